"""The FastAPI application: the station protocol's endpoints (v1, ``floorstation.sync.wire``) behind the door.

A station's identity comes only from its bearer token, never from a request body. Every refusal is a
:class:`~floorstation.sync.wire.Problem` with a machine-readable ``error``. The endpoints live in
``server/api/``, one module per job; this module puts them together.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from sqlalchemy import Engine

from floorstation import __version__
from floorstation.server import enrollment, integration_tokens, office, packages
from floorstation.server.api import (
    confirmations,
    download,
    enroll,
    health,
    heartbeat,
    integration_auth,
    integration_orders,
    problems,
    trace,
    upload,
)
from floorstation.server.gatekeeper import DoorCounts, Gatekeeper
from floorstation.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    app = FastAPI(title="floorstation server", version=__version__, openapi_url="/openapi.json")

    def authenticate(token: str) -> str | None:
        with engine.begin() as conn:
            return enrollment.station_of_token(conn, token)

    def may_upload(cookie_header: str) -> bool:
        from floorstation.server.office.masterdata_page import may_import

        return may_import(engine, cookie_header)

    app.state.door = DoorCounts()
    app.add_middleware(
        Gatekeeper,
        authenticate=authenticate,
        max_body=settings.max_body_bytes,
        max_anonymous_body=settings.max_anonymous_body_bytes,
        max_anonymous=settings.max_anonymous,
        counts=app.state.door,
        retry_after_s=settings.retry_after_s,
        authenticate_integration=lambda token: integration_tokens.caller_of(engine, token),
        may_upload=may_upload,
    )
    app.state.ingest_gate = upload.IngestGate(settings.max_concurrent_batches, settings.busy_wait_s)
    problems.install(app, settings)
    integration_auth.install(app, engine)

    app.include_router(health.router())
    app.include_router(enroll.router(engine, settings))
    app.include_router(upload.router(engine, settings, app.state.ingest_gate))
    app.include_router(download.router(engine))
    app.include_router(trace.router(engine))
    app.include_router(heartbeat.router(engine))
    app.include_router(integration_orders.router(engine))
    _mount_extras(app, engine, settings)
    _describe_upload_body(app)
    return app


def _mount_extras(app: FastAPI, engine: Engine, settings: ServerSettings) -> None:
    """Parts of the server beyond the station protocol mount here, one line each: ``part.mount(app, engine,
    settings)``."""
    office.mount(app, engine, settings)
    confirmations.mount(app, engine, settings)
    packages.mount(app, settings.packages_dir)


def _describe_upload_body(app: FastAPI) -> None:
    """Lists the upload's body models in the OpenAPI document (the endpoint reads its body itself)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = FastAPI.openapi(app)
            spec.setdefault("components", {}).setdefault("schemas", {}).update(upload.batch_schemas())
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
