"""Every endpoint that needs a station token refuses every way of not having one, and text the server cannot
store is refused or kept safely (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from floorstation.server import admin, enrollment
from floorstation.sync import wire
from tests.integration.serverkit import LiveServer, chain, post_batch

Request = Callable[[LiveServer, dict[str, str]], httpx.Response]


def _batch(server: LiveServer, headers: dict[str, str]) -> httpx.Response:
    body = {"events": [e.as_dict() for e in chain("ST-A", 1)]}
    return httpx.post(server.url + wire.BATCH_PATH, json=body, headers=headers)


def _heartbeat(server: LiveServer, headers: dict[str, str]) -> httpx.Response:
    body = {"pending_count": 0, "station_time": "2026-11-23T08:00:00.000+01:00"}
    return httpx.post(server.url + wire.HEARTBEAT_PATH, json=body, headers=headers)


def _changes(server: LiveServer, headers: dict[str, str]) -> httpx.Response:
    return httpx.get(server.url + wire.CHANGES_PATH, params={"cursor": ""}, headers=headers)


def _snapshot(server: LiveServer, headers: dict[str, str]) -> httpx.Response:
    return httpx.get(server.url + wire.SNAPSHOT_PATH, headers=headers)


ENDPOINTS = {"upload": _batch, "heartbeat": _heartbeat, "changes": _changes, "snapshot": _snapshot}


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_every_station_endpoint_refuses_a_missing_unknown_revoked_or_malformed_token(
    live_server: LiveServer, endpoint: str
) -> None:
    call = ENDPOINTS[endpoint]
    revoked = live_server.enroll("ST-A")
    enrollment.revoke(live_server.engine, "ST-A")
    valid = live_server.enroll("ST-A")  # enrolled again: a new token
    other_station = live_server.enroll("ST-B")
    refused = {
        "missing": {},
        "empty": {"Authorization": "Bearer"},
        "unknown": {"Authorization": "Bearer fst_" + "x" * 43},
        "revoked": {"Authorization": f"Bearer {revoked}"},
        "basic scheme": {"Authorization": f"Basic {valid}"},
        "token alone": {"Authorization": valid},
        "code instead of token": {"Authorization": f"Bearer {enrollment.create_code(live_server.engine, 'ST-A')}"},
    }
    for what, headers in refused.items():
        answer = call(live_server, headers)
        assert answer.status_code == 401, what
        assert answer.headers["www-authenticate"] == "Bearer", what
        assert answer.json()["error"] == "UNAUTHORIZED", what
    assert live_server.events() == []
    assert (admin.stations(live_server.engine)[0].pending_count, live_server.count()) == (None, 0)
    assert call(live_server, {"Authorization": f"Bearer {valid}"}).status_code == 200
    other = call(live_server, {"Authorization": f"Bearer {other_station}"})
    assert other.status_code == (403 if endpoint == "upload" else 200), "ST-B's token is ST-B, whatever the body says"


def test_text_with_nul_characters_is_refused_or_kept_without_harm(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-A")
    for field, value in (("operator_id", "an\x00na"), ("type", "card.pr\x00inted"), ("event_id", "e\x00")):
        answer = post_batch(live_server, token, chain("ST-A", 1, **{field: value}))
        assert (answer.status_code, answer.json()["error"]) == (422, "INVALID_REQUEST"), field
    heartbeat = httpx.post(
        live_server.url + wire.HEARTBEAT_PATH,
        json={"pending_count": 0, "station_time": "2026-11-23T08:00:00+01:00", "app_version": "1\x00"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert heartbeat.status_code == 422
    # In a payload it is kept (the JSON escapes it) and flagged rather than refused: a station is never stuck.
    events = chain("ST-A", 1, type="lot.consumed", payload={"input_lot": "L\x00", "output_lot": None})
    answer = post_batch(live_server, token, events)
    assert answer.status_code == 200
    assert [r["code"] for r in answer.json()["results"]] == ["payload_invalid"]
    assert live_server.events() == events


def test_numbers_the_database_cannot_hold_are_refused(live_server: LiveServer) -> None:
    """Found by schemathesis on PostgreSQL: an epoch of 2**31 used to end in a 500."""
    token = live_server.enroll("ST-A")
    for field in ("epoch", "seq", "schema_version"):
        answer = post_batch(live_server, token, chain("ST-A", 1, **{field: 2**31}))
        assert (answer.status_code, answer.json()["error"]) == (422, "INVALID_REQUEST"), field
    heartbeat = httpx.post(
        live_server.url + wire.HEARTBEAT_PATH,
        json={"pending_count": 2**31, "station_time": "0001-01-01T00:00:00+00:00"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert heartbeat.status_code == 422
    ancient = httpx.post(
        live_server.url + wire.HEARTBEAT_PATH,
        json={"pending_count": 1, "station_time": "0001-01-01T00:00:00+00:00"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert ancient.status_code == 200, "a clock centuries off is not stored as an offset"
    assert admin.stations(live_server.engine)[0].clock_offset_ms is None
    assert live_server.events() == []
