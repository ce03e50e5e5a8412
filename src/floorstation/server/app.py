"""The FastAPI application: enrollment, event upload and heartbeat (protocol v1, ``floorstation.sync.wire``).

A station's identity comes only from its bearer token, never from a request body. Every refusal is a
:class:`~floorstation.sync.wire.Problem` with a machine-readable ``error``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import Engine, update
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from floorstation import __version__
from floorstation.compliance.profile import TraceProfile
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server import enrollment, feed, pins
from floorstation.server.authority import DEFAULT_MAX_SKEW
from floorstation.server.gatekeeper import DoorCounts, Gatekeeper, problem
from floorstation.server.ingest import Refusal, ingest
from floorstation.server.models import StationRow
from floorstation.server.sscc import SsccPlan
from floorstation.sync import wire

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerSettings:
    max_body_bytes: int = 8 * 1024 * 1024
    """Largest body an enrolled station may send (an upload batch); 413 above, decided before it is read."""
    max_anonymous_body_bytes: int = 16 * 1024
    """Largest body of a request without a station token (an enrollment is a few hundred bytes)."""
    max_anonymous: int = 16
    """Requests without a station token (enrollment, health, the OpenAPI document) served at once; more get
    503 with Retry-After at once."""
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


_problem = problem


def _on_malformed_body(exc: Malformed, status: int = 422) -> JSONResponse:
    return _problem(status, "INVALID_REQUEST", exc.message, field=exc.field, event_id=exc.event_id, seq=exc.seq)


class _Unauthorized(Exception):
    pass


class _CursorExpired(Exception):
    """Answered 410 ``CURSOR_EXPIRED`` with where to fetch a snapshot."""


def _is_json(content_type: str | None) -> bool:
    """``application/json`` or ``application/*+json``, parameters aside: the bodies FastAPI reads as JSON."""
    kind, _, subtype = (content_type or "").partition(";")[0].strip().lower().partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


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


def _read_batch(body: bytes, content_type: str | None) -> wire.BatchRequest:
    """An upload's body validated straight from its bytes by pydantic-core, with no Python objects built for the
    JSON first; raises :class:`Malformed` naming the field (and the event) it refuses.

    A body it refuses is read again with Python's ``json`` (what only that reads, a BOM, UTF-16, is still
    taken), so the refusal can name the event by its id.
    """
    if not body:
        raise Malformed("body", 'an upload needs a body: {"events": [...]}')
    if not _is_json(content_type):
        raise Malformed("body", "an upload is JSON (Content-Type: application/json)")
    with contextlib.suppress(ValidationError):
        return wire.BatchRequest.model_validate_json(body)
    try:
        data: Any = json.loads(body)
    except RecursionError:
        raise Malformed("body", "the JSON is nested too deeply") from None
    except ValueError as exc:
        where = f" at character {exc.pos}" if isinstance(exc, json.JSONDecodeError) else ""
        raise Malformed("body", f"not valid JSON{where}") from None
    try:
        return wire.BatchRequest.model_validate(data)
    except ValidationError as exc:
        raise malformed(exc.errors(include_url=False), data) from None
    except RecursionError:
        raise Malformed("body", "the JSON is nested too deeply") from None


def _batch_schemas() -> dict[str, Any]:
    """:class:`~floorstation.sync.wire.BatchRequest` and the models it refers to, as OpenAPI components: the
    upload endpoint reads its body itself, so FastAPI does not list them on its own."""
    schema = wire.BatchRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    return {"BatchRequest": schema, **schema.pop("$defs", {})}


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    app = FastAPI(title="floorstation server", version=__version__, openapi_url="/openapi.json")

    def authenticate(token: str) -> str | None:
        with engine.begin() as conn:
            return enrollment.station_of_token(conn, token)

    door = DoorCounts()
    app.state.door = door
    app.add_middleware(
        Gatekeeper,
        authenticate=authenticate,
        max_body=settings.max_body_bytes,
        max_anonymous_body=settings.max_anonymous_body_bytes,
        max_anonymous=settings.max_anonymous,
        counts=door,
        retry_after_s=settings.retry_after_s,
    )

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
        return _on_malformed_body(malformed(exc.errors()))

    @app.exception_handler(Malformed)
    async def _on_malformed(request: Request, exc: Malformed) -> JSONResponse:
        return _on_malformed_body(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _on_http(request: Request, exc: StarletteHTTPException) -> Response:
        # FastAPI's own refusals (a body it cannot parse: 400; an unknown path: 404), in the shape of every other.
        if exc.status_code == 400:
            return _on_malformed_body(Malformed("body", "not valid JSON, or nested too deeply"), status=400)
        errors = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}
        return _problem(
            exc.status_code, errors.get(exc.status_code, "HTTP_ERROR"), str(exc.detail), headers=dict(exc.headers or {})
        )

    def station(request: Request) -> str:
        """The station the request's token belongs to: the door (``server/gatekeeper.py``) checked it before the
        body was read, and refused the request if there was none."""
        found = request.scope.get("state", {}).get("station_id")
        if not isinstance(found, str):
            raise _Unauthorized("This request needs a station token (Authorization: Bearer ...); enroll first.")
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
            station_id = station(request)
            batch = _read_batch(body, request.headers.get("content-type"))
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

    @app.get(wire.TRACE_PATH + "/{lot:path}", responses={401: {"model": wire.Problem}, 404: {"model": wire.Problem}})
    def plant_trace(lot: str, station_id: str = Depends(station)) -> Response:
        """The plant-wide genealogy of a lot (backward and forward, its pallets), asked live by a station whose
        copy of the plant's genealogy is behind; 404 when no station has recorded anything of it."""
        from floorstation.server.trace import trace

        with engine.connect() as conn:
            found = trace(conn, lot)
        if not found.lots and not found.backward and not found.forward:
            return _problem(404, "UNKNOWN_LOT", f"Lot {lot!r} is not known to the server.")
        log.info("trace of lot %s for station %s", lot, station_id)
        return JSONResponse(found.as_dict())

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
    def heartbeat(request: Request, body: wire.Heartbeat, station_id: str = Depends(station)) -> wire.HeartbeatResponse:
        now = datetime.now(UTC)
        measured = station_clock(request)
        if measured is None:
            measured = round((now - datetime.fromisoformat(body.station_time)).total_seconds() * 1000)
        offset = stored_offset(body.clock_offset_ms if body.clock_offset_ms is not None else measured)
        with engine.begin() as conn:
            _touch(
                conn,
                station_id,
                app_version=body.app_version or None,
                pending_count=body.pending_count,
                oldest_pending_age_s=body.oldest_pending_age_s,
                clock_offset_ms=offset,
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


def stored_offset(offset: int | None) -> int | None:
    """An offset as the station table keeps it: as measured, up to a century either way (a clock further off
    than that is not a measurement worth keeping)."""
    return offset if offset is not None and abs(offset) <= wire.MAX_CLOCK_OFFSET_MS else None


def _touch(conn: Any, station_id: str, **values: Any) -> None:
    values = {k: v for k, v in values.items() if v is not None}
    values["last_contact_at"] = datetime.now(UTC).isoformat(timespec="milliseconds")
    conn.execute(update(StationRow).where(StationRow.id == station_id).values(**values))
