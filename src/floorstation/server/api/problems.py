"""Every refusal in one shape: a :class:`~floorstation.sync.wire.Problem` with a machine-readable ``error``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from floorstation.server import enrollment
from floorstation.server.gatekeeper import problem
from floorstation.server.ingest import Refusal
from floorstation.server.settings import ServerSettings
from floorstation.sync import wire


class Busy(Exception):
    """Backpressure: answered 503 (every ingest slot taken) or 429 (this station already has a batch in flight),
    both with Retry-After."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message


class Unauthorized(Exception):
    pass


class CursorExpired(Exception):
    """Answered 410 ``CURSOR_EXPIRED`` with where to fetch a snapshot."""


class Malformed(Exception):
    """A request body the server cannot take: answered 422 ``INVALID_REQUEST`` naming the field, and for an
    event of a batch its ``event_id`` and ``seq`` (the station shows them: docs/sync.md, "A refused event")."""

    def __init__(self, field: str, why: str, *, event_id: str | None = None, seq: int | None = None) -> None:
        super().__init__(f"{field}: {why}")
        self.field = field
        self.why = why
        self.event_id = event_id
        self.seq = seq

    @property
    def message(self) -> str:
        if self.event_id is None:
            return f"{self.field}: {self.why}"
        where = f"event {self.event_id}" + (f" (seq {self.seq})" if self.seq is not None else "")
        return f"{where}: {self.field}: {self.why}"


def malformed(errors: Sequence[Any], data: Any = None) -> Malformed:
    """The first of pydantic's ``errors`` as a :class:`Malformed` (``data``: the body, to name the event)."""
    first = errors[0] if errors else {"loc": (), "msg": "invalid"}
    why = str(first.get("msg")).removeprefix("Value error, ")
    loc = [p for p in first.get("loc", ()) if p != "body"]
    if len(loc) >= 2 and loc[0] == "events" and isinstance(loc[1], int):
        events = data.get("events") if isinstance(data, dict) else None
        event = events[loc[1]] if isinstance(events, list) and 0 <= loc[1] < len(events) else None
        event_id = event.get("event_id") if isinstance(event, dict) else None
        seq = event.get("seq") if isinstance(event, dict) else None
        return Malformed(
            ".".join(str(p) for p in loc[2:]) or "event",
            why,
            event_id=str(event_id)[:40] if event_id is not None else f"#{loc[1] + 1}",
            seq=seq if isinstance(seq, int) and not isinstance(seq, bool) and 0 <= seq <= wire.INT32 else None,
        )
    return Malformed(".".join(str(p) for p in loc) or "body", why)


def _field_problem(error: Any) -> dict[str, str]:
    loc = [str(p) for p in error.get("loc", ()) if p != "body"]
    return {"field": ".".join(loc) or "body", "message": str(error.get("msg")).removeprefix("Value error, ")}


def _on_malformed_body(exc: Malformed, status: int = 422) -> JSONResponse:
    return problem(status, "INVALID_REQUEST", exc.message, field=exc.field, event_id=exc.event_id, seq=exc.seq)


def install(app: FastAPI, settings: ServerSettings) -> None:
    """Answers every refusal the endpoints raise, and FastAPI's own, as a Problem."""

    @app.exception_handler(Busy)
    async def _on_busy(request: Request, exc: Busy) -> JSONResponse:
        return problem(exc.status, exc.error, exc.message, headers={"Retry-After": str(settings.retry_after_s)})

    @app.exception_handler(Unauthorized)
    async def _on_unauthorized(request: Request, exc: Unauthorized) -> JSONResponse:
        return problem(401, "UNAUTHORIZED", str(exc))

    @app.exception_handler(CursorExpired)
    async def _on_cursor_expired(request: Request, exc: CursorExpired) -> JSONResponse:
        return problem(410, "CURSOR_EXPIRED", str(exc), snapshot=wire.SNAPSHOT_PATH)

    @app.exception_handler(Refusal)
    async def _on_refusal(request: Request, exc: Refusal) -> JSONResponse:
        return problem(exc.status, exc.error, exc.message, epoch=exc.epoch, seq=exc.seq, expected_seq=exc.expected_seq)

    @app.exception_handler(enrollment.EnrollmentRefused)
    async def _on_enroll_refused(request: Request, exc: enrollment.EnrollmentRefused) -> JSONResponse:
        return problem(403, exc.error, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = malformed(exc.errors())
        errors = [_field_problem(e) for e in exc.errors()]
        return problem(422, "INVALID_REQUEST", first.message, field=first.field, errors=errors if errors else None)

    @app.exception_handler(Malformed)
    async def _on_malformed(request: Request, exc: Malformed) -> JSONResponse:
        return _on_malformed_body(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _on_http(request: Request, exc: StarletteHTTPException) -> Response:
        # FastAPI's own refusals (a body it cannot parse: 400; an unknown path: 404), in the shape of every other.
        if exc.status_code == 400:
            return _on_malformed_body(Malformed("body", "not valid JSON, or nested too deeply"), status=400)
        errors = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}
        return problem(
            exc.status_code, errors.get(exc.status_code, "HTTP_ERROR"), str(exc.detail), headers=dict(exc.headers or {})
        )
