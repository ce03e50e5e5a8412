"""Who may use the integration endpoints (an ERP's work orders in, results out): a bearer token of scope
``integration`` (``floorstation-server token add NAME --scope integration``), nothing else.

An endpoint declares ``caller: Caller = Depends(require_integration)``. The server's door (``gatekeeper.py``)
has already checked an integration token before the body was read; this dependency turns every other credential
away with a problem body that says which one is needed:

* no credential, or a token the server does not know or has revoked: 401 ``UNAUTHORIZED``;
* a station token, or an office sign-in (its session cookie): 403 ``INTEGRATION_TOKEN_REQUIRED`` (these are real
  credentials, for other doors).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select

from floorstation.server import enrollment, integration_tokens
from floorstation.server.gatekeeper import problem
from floorstation.server.integration_tokens import Caller
from floorstation.server.models import StationTokenRow

__all__ = ["Caller", "IntegrationRefused", "install", "require_integration"]

_NEEDED = (
    "This endpoint needs an integration token (Authorization: Bearer fsi_...); the server admin makes one with "
    "floorstation-server token add NAME --scope integration."
)


class IntegrationRefused(Exception):
    """A request to an integration endpoint without an integration token: answered 401 or 403 as a Problem."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message


def install(app: FastAPI, engine: Engine) -> None:
    """Lets :func:`require_integration` reach the database and answers its refusals; ``create_app`` calls it."""
    app.state.integration_engine = engine

    @app.exception_handler(IntegrationRefused)
    async def _on_refused(request: Request, exc: IntegrationRefused) -> JSONResponse:
        return problem(exc.status, exc.error, exc.message)


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def require_integration(request: Request) -> Caller:
    """The FastAPI dependency of every integration endpoint: the calling token, or a refusal (401 / 403)."""
    checked = request.scope.get("state", {}).get("integration_caller")
    if isinstance(checked, Caller):
        return _in_scope(checked)
    engine: Engine = request.app.state.integration_engine
    token = _bearer(request)
    if token:
        if token.startswith(integration_tokens.TOKEN_PREFIX):
            caller = integration_tokens.caller_of(engine, token)
            if caller is not None:
                return _in_scope(caller)
            raise IntegrationRefused(401, "UNAUTHORIZED", "This integration token is unknown or revoked. " + _NEEDED)
        with engine.connect() as conn:  # a look only: the station token is not marked as used
            station = conn.scalar(
                select(StationTokenRow.station_id).where(
                    StationTokenRow.token_hash == enrollment.digest(token), StationTokenRow.revoked_at.is_(None)
                )
            )
        if station is not None:
            raise IntegrationRefused(
                403,
                "INTEGRATION_TOKEN_REQUIRED",
                f"A station token (station {station}) does not open the integration API. " + _NEEDED,
            )
        raise IntegrationRefused(401, "UNAUTHORIZED", "This token is unknown or revoked. " + _NEEDED)
    from floorstation.server.office.auth import COOKIE, session_of

    secret = request.cookies.get(COOKIE)
    if secret and session_of(engine, secret) is not None:
        raise IntegrationRefused(
            403, "INTEGRATION_TOKEN_REQUIRED", "An office sign-in does not open the integration API. " + _NEEDED
        )
    raise IntegrationRefused(401, "UNAUTHORIZED", _NEEDED)


def _in_scope(caller: Caller) -> Caller:
    if caller.scope != "integration":
        raise IntegrationRefused(
            403, "INTEGRATION_TOKEN_REQUIRED", f"Token {caller.name} has scope {caller.scope!r}. " + _NEEDED
        )
    return caller
