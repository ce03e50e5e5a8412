"""The server's published OpenAPI schema, fuzzed with schemathesis (research/sync_trace.md D4 #9): whatever a
client sends to any endpoint, valid by the schema or not, with or without a valid station token, the server
never answers 5xx, never shows a traceback, and refuses with a ``Problem`` that names the field. The app runs in
process (schemathesis' own ASGI client), on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from sqlalchemy import Engine

from floorstation.server import enrollment, integration_tokens
from floorstation.server.app import create_app
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.sync import wire
from tests.integration.serverkit import DEMO_PLANT


def refusals_are_problems(ctx: Any, response: Any, case: Any) -> bool | None:
    """No answer shows a traceback, and every 4xx is a ``Problem`` (a 422 also names the field it refuses)."""
    text = response.text or ""
    assert "Traceback" not in text and 'File "' not in text, text[:300]
    if 400 <= response.status_code < 500:
        problem = wire.Problem.model_validate_json(text)
        if response.status_code == 422 and problem.error == "INVALID_REQUEST":
            assert problem.field, text
    return None


CHECKS = [not_a_server_error, refusals_are_problems]

OPERATIONS = [
    ("POST", wire.ENROLL_PATH),
    ("POST", wire.BATCH_PATH),
    ("POST", wire.HEARTBEAT_PATH),
    ("GET", wire.CHANGES_PATH),
    ("GET", wire.SNAPSHOT_PATH),
    ("GET", "/v1/health"),
    ("GET", "/v1/recall/{lot}"),
    ("GET", wire.TRACE_PATH + "/{lot}"),
    ("POST", "/v1/work-orders"),
    ("PATCH", "/v1/work-orders/{number}"),
    ("POST", "/v1/materials"),
    ("POST", "/v1/operators"),
    ("POST", "/v1/customers"),
    ("GET", "/v1/confirmations"),
]
INTEGRATION = {
    "/v1/work-orders",
    "/v1/work-orders/{number}",
    "/v1/materials",
    "/v1/operators",
    "/v1/customers",
    "/v1/confirmations",
}


@pytest.fixture
def api(server_engine: Engine) -> tuple[Any, str, str]:
    token = enrollment.enroll(server_engine, enrollment.create_code(server_engine, "ST-FUZZ"), "ST-FUZZ").token
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    erp = integration_tokens.add_token(server_engine, "erp-fuzz")
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(server_engine)), token, erp


def test_every_endpoint_is_fuzzed(api: tuple[Any, str, str]) -> None:
    schema, _token, _erp = api
    published = {(op.ok().method.upper(), op.ok().path) for op in schema.get_all_operations()}
    assert published == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_request_makes_the_server_fail(api: tuple[Any, str, str], method: str, path: str) -> None:
    schema, token, erp = api
    operation = schema[path][method]
    cases = operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(GenerationMode.NEGATIVE)

    @given(case=cases)
    @settings(max_examples=25, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def fuzz(case: Any) -> None:
        tokens = (token, erp) if path in INTEGRATION else (token,)
        for headers in (*({"Authorization": f"Bearer {t}"} for t in tokens), {}):
            case.call_and_validate(headers=headers, checks=CHECKS)
        if path == wire.BATCH_PATH and isinstance(case.body, dict) and isinstance(case.body.get("events"), list):
            # Past the identity check too: the events claim to be the token's station, so ingest gets them.
            for event in case.body["events"]:
                if isinstance(event, dict):
                    event["station_id"] = "ST-FUZZ"
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)

    fuzz()
