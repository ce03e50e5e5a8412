"""``POST /v1/events:batch``: a station's events, a batch at a time, with backpressure.

The body is read by the endpoint itself (straight from its bytes by pydantic-core), so a refusal can name the
event it refuses; at most ``max_concurrent_batches`` batches are stored at once, and one per station.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from floorstation.server.api.caller import station, station_clock
from floorstation.server.api.problems import Busy, Malformed, malformed
from floorstation.server.ingest import ingest
from floorstation.server.settings import ServerSettings
from floorstation.sync import wire


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


def _is_json(content_type: str | None) -> bool:
    """``application/json`` or ``application/*+json``, parameters aside: the bodies FastAPI reads as JSON."""
    kind, _, subtype = (content_type or "").partition(";")[0].strip().lower().partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def read_batch(body: bytes, content_type: str | None) -> wire.BatchRequest:
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


def batch_schemas() -> dict[str, Any]:
    """:class:`~floorstation.sync.wire.BatchRequest` and the models it refers to, as OpenAPI components: the
    upload endpoint reads its body itself, so FastAPI does not list them on its own."""
    schema = wire.BatchRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    return {"BatchRequest": schema, **schema.pop("$defs", {})}


def router(engine: Engine, settings: ServerSettings, gate: IngestGate) -> APIRouter:
    routes = APIRouter()

    @routes.post(
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
            batch = read_batch(body, request.headers.get("content-type"))
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

    return routes
