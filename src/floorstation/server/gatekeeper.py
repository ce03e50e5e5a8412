"""The door of the server: who may send a body, and how large, decided before a byte of it is read.

A request to a station endpoint without a valid token is answered 401 from its headers alone; a body declared
larger than the limit is answered 413 from its Content-Length, and one that turns out larger (chunked) as soon
as it passes the limit. Only then does the app see the request (its body read into memory once, bounded). The
endpoints open to anyone (enrollment, health, the OpenAPI document) take small bodies only, and at most
``max_anonymous`` of those that carry a body are served at once (503 with Retry-After beyond): a client without
a token can cost the server a few kilobytes, not gigabytes.

A request that carries an integration token (``fsi_...``, ``server/integration_tokens.py``) on any other path is
checked the same way: unknown or revoked, 401 before the body is read; valid, its body may be as large as a
station's, and the endpoint finds the caller in ``request.state.integration_caller``.

Every answer is stamped with ``X-Server-Time`` (the station measures its clock from it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from floorstation.server.integration_tokens import TOKEN_PREFIX as INTEGRATION_PREFIX
from floorstation.sync import wire

UPLOAD_PATHS = ("/masterdata/preview",)
"""Where a signed-in office user who may import sends a file (a master-data file is larger than a form)."""
STATION_PATHS = (
    wire.BATCH_PATH,
    wire.HEARTBEAT_PATH,
    wire.CHANGES_PATH,
    wire.SNAPSHOT_PATH,
    wire.TRACE_PATH + "/",
)
"""Endpoints only an enrolled station may use: the token is checked before the body is read."""


def problem(
    status: int, error: str, message: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """A refusal as every endpoint answers it (:class:`~floorstation.sync.wire.Problem`)."""
    body = wire.Problem(error=error, message=message, **extra).model_dump(exclude_none=True)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(body, status_code=status, headers=headers or None)


@dataclass
class DoorCounts:
    """What the door has let in and turned away since the server started (read by tests and operators)."""

    body_bytes_read: int = 0
    """Bytes of request bodies read off the network, all requests together."""
    unauthenticated: int = 0
    too_large: int = 0
    anonymous_busy: int = 0


class Gatekeeper:
    """ASGI middleware; ``authenticate`` maps a bearer token to a station id (None: unknown or revoked) and runs
    in the thread pool (it reads the database)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        authenticate: Callable[[str], str | None],
        max_body: int,
        max_anonymous_body: int,
        max_anonymous: int,
        counts: DoorCounts,
        retry_after_s: int = 1,
        authenticate_integration: Callable[[str], object | None] | None = None,
        may_upload: Callable[[str], bool] | None = None,
    ) -> None:
        self.app = app
        self.authenticate = authenticate
        self.authenticate_integration = authenticate_integration
        self.may_upload = may_upload
        """Given a request's Cookie header, whether it is an office session that may send a file to one of
        :data:`UPLOAD_PATHS` (then the body may be as large as a station's batch)."""
        self.max_body = max_body
        self.max_anonymous_body = max_anonymous_body
        self.retry_after_s = retry_after_s
        self.counts = counts
        self._anonymous = threading.BoundedSemaphore(max_anonymous)
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                stamp = datetime.now(UTC).isoformat(timespec="milliseconds").encode()
                message["headers"] = [*message.get("headers", []), (b"x-server-time", stamp)]
            await send(message)

        path: str = scope.get("path", "")
        if path.startswith(STATION_PATHS):
            refusal = await self._identify(scope)
            if refusal is not None:
                self._count("unauthenticated")
                await refusal(scope, receive, stamped)
                return
            await self._admit(scope, receive, stamped, self.max_body)
            return
        if self.authenticate_integration is not None and _bearer(scope).startswith(INTEGRATION_PREFIX):
            caller = await run_in_threadpool(self.authenticate_integration, _bearer(scope))
            if caller is None:
                self._count("unauthenticated")
                refusal = problem(
                    401,
                    "UNAUTHORIZED",
                    "This integration token is unknown or revoked; ask the server admin for a new one "
                    "(floorstation-server token add NAME --scope integration).",
                )
                await refusal(scope, receive, stamped)
                return
            scope.setdefault("state", {})["integration_caller"] = caller
            await self._admit(scope, receive, stamped, self.max_body)
            return
        if path in UPLOAD_PATHS and self.may_upload is not None and _has_body(scope):
            cookie = _header(scope, b"cookie").decode("latin-1")
            if await run_in_threadpool(self.may_upload, cookie):
                await self._admit(scope, receive, stamped, self.max_body)
                return
        if not _has_body(scope):  # health, the OpenAPI document: nothing to read, answered at once
            await self._admit(scope, receive, stamped, 0)
            return
        if not self._anonymous.acquire(blocking=False):
            self._count("anonymous_busy")
            busy = problem(
                503,
                "BUSY",
                "The server is answering too many requests without a station token; try again shortly.",
                headers={"Retry-After": str(self.retry_after_s)},
            )
            await busy(scope, receive, stamped)
            return
        try:
            await self._admit(scope, receive, stamped, self.max_anonymous_body)
        finally:
            self._anonymous.release()

    async def _identify(self, scope: Scope) -> JSONResponse | None:
        header = _header(scope, b"authorization").decode("latin-1")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return problem(
                401, "UNAUTHORIZED", "This request needs a station token (Authorization: Bearer ...); enroll first."
            )
        station = await run_in_threadpool(self.authenticate, token.strip())
        if station is None:
            return problem(401, "UNAUTHORIZED", "This station token is unknown or revoked; enroll the station again.")
        scope.setdefault("state", {})["station_id"] = station
        return None

    async def _admit(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        declared = _header(scope, b"content-length")
        if declared:
            if not declared.isdigit():
                await problem(400, "INVALID_REQUEST", "Content-Length is not a number.")(scope, receive, send)
                return
            if int(declared) > limit:
                await self._too_large(scope, receive, send, limit)
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            self._count("body_bytes_read", len(chunk))
            if size > limit:
                await self._too_large(scope, receive, send, limit)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        self._count("too_large")
        await problem(413, "TOO_LARGE", f"The request body is larger than {limit} bytes.")(scope, receive, send)

    def _count(self, what: str, n: int = 1) -> None:
        with self._lock:
            setattr(self.counts, what, getattr(self.counts, what) + n)


def _has_body(scope: Scope) -> bool:
    declared = _header(scope, b"content-length")
    return declared not in (b"", b"0") or bool(_header(scope, b"transfer-encoding"))


def _bearer(scope: Scope) -> str:
    """The request's bearer token ('' when it has none)."""
    scheme, _, token = _header(scope, b"authorization").decode("latin-1").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value)
    return b""
