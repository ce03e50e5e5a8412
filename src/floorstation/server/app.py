"""The FastAPI application: enrollment, event upload and heartbeat (protocol v1, ``floorstation.sync.wire``).

A station's identity comes only from its bearer token, never from a request body. Every refusal is a
:class:`~floorstation.sync.wire.Problem` with a machine-readable ``error``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import Engine, update
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from floorstation import __version__
from floorstation.compliance.profile import TraceProfile
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server import enrollment, feed, pins
from floorstation.server.authority import DEFAULT_MAX_SKEW
from floorstation.server.ingest import Refusal, ingest
from floorstation.server.models import StationRow
from floorstation.server.sscc import SsccPlan
from floorstation.sync import wire

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerSettings:
    max_body_bytes: int = 8 * 1024 * 1024
    enroll_grace: timedelta = timedelta(minutes=15)
    max_concurrent_batches: int = 8
    """Batches ingested at once; more wait up to ``busy_wait_s`` for a slot, then get 503 with Retry-After."""
    busy_wait_s: float = 2.0
    retry_after_s: int = 1
    """What Retry-After says (whole seconds) when the server is busy."""
    trace_profile: TraceProfile | None = None
    """Who the plant is (GS1 prefix, site): needed by the EPCIS export of ``GET /v1/recall/{lot}``."""
    sscc_plan: SsccPlan | None = None
    """How SSCC serial blocks are given to stations at enrollment; None: stations keep their station.toml range."""
    max_clock_skew: timedelta = DEFAULT_MAX_SKEW
    """A station whose clock is further off the server's (measured at each request), or a lot decision dated
    further ahead of it, is not taken for the plant's lot status (``server/authority.py``)."""


class Busy(Exception):
    """Backpressure: answered 503 (every ingest slot taken) or 429 (this station already has a batch in flight),
    both with Retry-After."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message


class IngestGate:
    """At most ``slots`` batches in the database at once, and one per station (the protocol's own rule: a
    second batch of a station that is still being stored is a retry that came too early)."""

    def __init__(self, slots: int, wait_s: float) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._wait_s = wait_s
        self._lock = threading.Lock()
        self._stations: set[str] = set()
        self.refused = 0

    @contextlib.contextmanager
    def enter(self, station_id: str) -> Iterator[None]:
        with self._lock:
            if station_id in self._stations:
                self.refused += 1
                raise Busy(429, "BATCH_IN_FLIGHT", "This station already has a batch being stored; try again shortly.")
            self._stations.add(station_id)
        try:
            if not self._slots.acquire(timeout=self._wait_s):
                with self._lock:
                    self.refused += 1
                raise Busy(503, "BUSY", "The server is busy storing other stations' batches; try again shortly.")
            try:
                yield
            finally:
                self._slots.release()
        finally:
            with self._lock:
                self._stations.discard(station_id)


def _problem(
    status: int, error: str, message: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = wire.Problem(error=error, message=message, **extra).model_dump(exclude_none=True)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(body, status_code=status, headers=headers or None)


class _Unauthorized(Exception):
    pass


class _CursorExpired(Exception):
    """Answered 410 ``CURSOR_EXPIRED`` with where to fetch a snapshot."""


class ServerTimeAndBodyLimit:
    """Answers 413 to bodies over the limit (counted as they arrive, chunked or not) before the app reads them,
    and stamps every answer with ``X-Server-Time``."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                stamp = datetime.now(UTC).isoformat(timespec="milliseconds").encode()
                message["headers"] = [*message.get("headers", []), (b"x-server-time", stamp)]
            await send(message)

        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, receive, stamped)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._too_large(scope, receive, stamped)
                return
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, stamped)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = _problem(
            413,
            "TOO_LARGE",
            f"The request body is larger than {self.limit} bytes.",
        )
        await response(scope, receive, send)


def _is_json(content_type: str | None) -> bool:
    """``application/json`` or ``application/*+json``, parameters aside: the bodies FastAPI reads as JSON."""
    kind, _, subtype = (content_type or "").partition(";")[0].strip().lower().partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def _read_batch(body: bytes, content_type: str | None) -> wire.BatchRequest:
    """An upload's body validated straight from its bytes by pydantic-core, with no Python objects built for the
    JSON first; raises :class:`RequestValidationError`.

    A body it refuses is read again the way FastAPI reads a declared body (Python's ``json``, then validation),
    so a refusal says what it always said, and what only Python's ``json`` reads (a BOM, UTF-16) is still taken.
    """
    if body and _is_json(content_type):
        with contextlib.suppress(ValidationError):
            return wire.BatchRequest.model_validate_json(body)
    if not body:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required", "input": None}])
    data: Any = body  # a body that is not JSON is validated as it is, and refused
    if _is_json(content_type):
        try:
            data = json.loads(body)
        except ValueError as exc:
            where = ("body", exc.pos) if isinstance(exc, json.JSONDecodeError) else ("body",)
            error: dict[str, Any] = {"type": "json_invalid", "loc": where, "msg": "JSON decode error", "input": {}}
            raise RequestValidationError([error]) from None
    try:
        return wire.BatchRequest.model_validate(data, from_attributes=True)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from None


def _batch_schemas() -> dict[str, Any]:
    """:class:`~floorstation.sync.wire.BatchRequest` and the models it refers to, as OpenAPI components: the
    upload endpoint reads its body itself, so FastAPI does not list them on its own."""
    schema = wire.BatchRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    return {"BatchRequest": schema, **schema.pop("$defs", {})}


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    app = FastAPI(title="floorstation server", version=__version__, openapi_url="/openapi.json")
    app.add_middleware(ServerTimeAndBodyLimit, limit=settings.max_body_bytes)

    gate = IngestGate(settings.max_concurrent_batches, settings.busy_wait_s)
    app.state.ingest_gate = gate

    @app.exception_handler(Busy)
    async def _on_busy(request: Request, exc: Busy) -> JSONResponse:
        return _problem(exc.status, exc.error, exc.message, headers={"Retry-After": str(settings.retry_after_s)})

    @app.exception_handler(_Unauthorized)
    async def _on_unauthorized(request: Request, exc: _Unauthorized) -> JSONResponse:
        return _problem(401, "UNAUTHORIZED", str(exc))

    @app.exception_handler(_CursorExpired)
    async def _on_cursor_expired(request: Request, exc: _CursorExpired) -> JSONResponse:
        return _problem(410, "CURSOR_EXPIRED", str(exc), snapshot=wire.SNAPSHOT_PATH)

    @app.exception_handler(Refusal)
    async def _on_refusal(request: Request, exc: Refusal) -> JSONResponse:
        return _problem(exc.status, exc.error, exc.message, epoch=exc.epoch, seq=exc.seq, expected_seq=exc.expected_seq)

    @app.exception_handler(enrollment.EnrollmentRefused)
    async def _on_enroll_refused(request: Request, exc: enrollment.EnrollmentRefused) -> JSONResponse:
        return _problem(403, exc.error, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid"}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _problem(422, "INVALID_REQUEST", f"{where}: {first.get('msg')}")

    def station(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise _Unauthorized("This request needs a station token (Authorization: Bearer ...); enroll first.")
        with engine.begin() as conn:
            found = enrollment.station_of_token(conn, token.strip())
        if found is None:
            raise _Unauthorized("This station token is unknown or revoked; enroll the station again.")
        return found

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.post(wire.ENROLL_PATH, responses={403: {"model": wire.Problem}})
    def enroll(body: wire.EnrollRequest) -> wire.EnrollResponse:
        done = enrollment.enroll(
            engine, body.code, body.station_id, grace=settings.enroll_grace, sscc_plan=settings.sscc_plan
        )
        log.info("station %s enrolled", done.station_id)
        with engine.begin() as conn:
            _touch(conn, done.station_id, app_version=body.app_version or None)
        block = done.sscc_block
        return wire.EnrollResponse(
            station_id=done.station_id,
            token=done.token,
            sscc_block=wire.SsccBlock(
                extension=block.extension,
                company_prefix=block.company_prefix,
                first_serial=block.first_serial,
                last_serial=block.last_serial,
            )
            if block is not None
            else None,
        )

    @app.post(
        wire.BATCH_PATH,
        responses={
            401: {"model": wire.Problem},
            403: {"model": wire.Problem},
            409: {"model": wire.Problem},
            413: {"model": wire.Problem},
            422: {"model": wire.Problem},
            429: {"model": wire.Problem},
            503: {"model": wire.Problem},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}},
            }
        },
    )
    async def upload(request: Request) -> wire.BatchResponse:
        body = await request.body()

        def store() -> wire.BatchResponse:
            # The order in which FastAPI answers a declared body: a body that is not JSON is refused before the
            # token is looked at; any other problem with it after (a missing or unknown token is 401 first).
            try:
                batch = _read_batch(body, request.headers.get("content-type"))
            except RequestValidationError as exc:
                if exc.errors()[0]["type"] != "json_invalid":
                    station(request)
                raise
            station_id = station(request)
            offset = station_clock(request)
            with gate.enter(station_id):
                return ingest(
                    engine,
                    station_id,
                    [e.to_event() for e in batch.events],
                    clock_offset_ms=offset,
                    max_skew=settings.max_clock_skew,
                )

        return await run_in_threadpool(store)

    @app.get(wire.CHANGES_PATH, responses={401: {"model": wire.Problem}, 410: {"model": wire.Problem}})
    def changes(
        request: Request, station_id: str = Depends(station), cursor: str = "", limit: int = 1000
    ) -> wire.ChangesResponse:
        if cursor and not (cursor.isdigit() and len(cursor) <= 18):
            raise Refusal(422, "INVALID_CURSOR", "The cursor is not one this server hands out.")
        after = int(cursor) if cursor else None
        size = max(1, min(limit, 100_000))
        offset = station_clock(request)
        if offset is not None:
            with engine.begin() as conn:
                _touch(conn, station_id, clock_offset_ms=stored_offset(offset))
        with engine.connect() as conn:
            page = feed.changes_after(conn, after or 0, size)
            # Checked after the page was read: a horizon raised before the read is visible now.
            expired = feed.cursor_expired(feed.counters(conn), after)
        if expired is not None:
            log.info("station %s: download cursor %s expired: %s", station_id, cursor or "(none)", expired)
            raise _CursorExpired(expired)
        page = pins.for_station(page, station_id)  # outside the connection: a new PIN's key costs a scrypt
        rows = [wire.MasterChange(version=c.version, entity=c.entity, data=c.data, deleted=c.deleted) for c in page]
        next_cursor = str(page[-1].version) if page else str(after or 0)
        return wire.ChangesResponse(changes=rows, next_cursor=next_cursor, has_more=len(page) == size)

    @app.get(wire.SNAPSHOT_PATH, responses={401: {"model": wire.Problem}})
    def snapshot(station_id: str = Depends(station)) -> wire.SnapshotResponse:
        """Everything a station downloads (master data and derived state) and the cursor it is complete up to,
        read in one consistent snapshot (REPEATABLE READ on PostgreSQL; one transaction on SQLite)."""
        options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
        with engine.connect().execution_options(**options) as conn, conn.begin():
            changes, cursor = feed.snapshot(conn, station_id)
        changes = pins.for_station(changes, station_id)
        log.info("station %s: snapshot of %d rows up to %d", station_id, len(changes), cursor)
        return wire.SnapshotResponse(
            changes=[
                wire.MasterChange(version=c.version, entity=c.entity, data=c.data, deleted=c.deleted) for c in changes
            ],
            cursor=str(cursor),
        )

    @app.get(
        "/v1/recall/{lot:path}",
        responses={
            200: {"content": {"text/csv": {}, "application/ld+json": {}}},
            401: {"model": wire.Problem},
            404: {"model": wire.Problem},
            409: {"model": wire.Problem},
        },
    )
    def recall(
        lot: str, format: Literal["json", "csv", "epcis"] = "json", station_id: str = Depends(station)
    ) -> Response:
        """The recall report of a lot (json, csv) or the EPCIS 2.0 document of its events; any enrolled station."""
        from floorstation.server.recall import MEDIA_TYPES, build_recall, render

        try:
            with engine.connect() as conn:
                found = build_recall(conn, lot)
        except NotFound as exc:
            return _problem(404, "UNKNOWN_LOT", exc.message)
        if format == "epcis" and settings.trace_profile is None:
            return _problem(409, "NO_TRACE_PROFILE", "This server has no trace profile; start it with --profile.")
        try:
            body = render(found, format, settings.trace_profile)
        except InvalidInput as exc:
            return _problem(409, "EXPORT_FAILED", exc.message)
        log.info("recall report of lot %s (%s) for station %s", lot, format, station_id)
        filename = "".join(c if c.isalnum() or c in "-_." else "_" for c in lot)
        extension = {"json": "json", "csv": "csv", "epcis": "jsonld"}[format]
        headers = {"Content-Disposition": f'attachment; filename="recall-{filename}.{extension}"'}
        return Response(body, media_type=MEDIA_TYPES[format], headers=headers)

    @app.post(wire.HEARTBEAT_PATH, responses={401: {"model": wire.Problem}})
    def heartbeat(body: wire.Heartbeat, station_id: str = Depends(station)) -> wire.HeartbeatResponse:
        now = datetime.now(UTC)
        try:
            offset: int | None = round((now - datetime.fromisoformat(body.station_time)).total_seconds() * 1000)
        except (ValueError, TypeError, OverflowError):
            offset = None
        if offset is not None and abs(offset) > wire.INT32:
            offset = None  # a clock off by more than 24 days: not a measurement worth keeping
        with engine.begin() as conn:
            _touch(
                conn,
                station_id,
                app_version=body.app_version or None,
                pending_count=body.pending_count,
                oldest_pending_age_s=body.oldest_pending_age_s,
                clock_offset_ms=body.clock_offset_ms if body.clock_offset_ms is not None else offset,
                disk_free_bytes=body.disk_free_bytes,
            )
        return wire.HeartbeatResponse(server_time=now.isoformat(timespec="milliseconds"))

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = FastAPI.openapi(app)
            spec.setdefault("components", {}).setdefault("schemas", {}).update(_batch_schemas())
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def station_clock(request: Request) -> int | None:
    """The station's clock offset (server minus station, ms) from the time it stamped on this request."""
    stamp = request.headers.get(wire.STATION_TIME_HEADER)
    if not stamp:
        return None
    try:
        sent = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if sent.tzinfo is None:
        return None
    try:
        return round((datetime.now(UTC) - sent).total_seconds() * 1000)
    except OverflowError:
        return None


def stored_offset(offset: int) -> int:
    """An offset as the station table keeps it (32 bits: a clock off by more than 24 days is kept as 24 days)."""
    return max(-wire.INT32, min(wire.INT32, offset))


def _touch(conn: Any, station_id: str, **values: Any) -> None:
    values = {k: v for k, v in values.items() if v is not None}
    values["last_contact_at"] = datetime.now(UTC).isoformat(timespec="milliseconds")
    conn.execute(update(StationRow).where(StationRow.id == station_id).values(**values))
