"""``GET /v1/changes`` and ``GET /v1/snapshot``: what a station downloads, master data and derived state, as
a change feed after its cursor or as one consistent snapshot (``server/feed/``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine

from floorstation.server import feed, pins
from floorstation.server.api.caller import station, station_clock, stored_offset, touch
from floorstation.server.api.problems import CursorExpired
from floorstation.server.feed.shapes import for_shape, shape_of
from floorstation.server.ingest import Refusal
from floorstation.sync import wire

log = logging.getLogger(__name__)


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get(wire.CHANGES_PATH, responses={401: {"model": wire.Problem}, 410: {"model": wire.Problem}})
    def changes(
        request: Request,
        station_id: str = Depends(station),
        cursor: str = "",
        limit: int = 1000,
        shape: int | None = Query(default=None, description=_SHAPE),
    ) -> wire.ChangesResponse:
        if cursor and not (cursor.isdigit() and len(cursor) <= 18):
            raise Refusal(422, "INVALID_CURSOR", "The cursor is not one this server hands out.")
        after = int(cursor) if cursor else None
        size = max(1, min(limit, 100_000))
        offset = station_clock(request)
        if offset is not None:
            with engine.begin() as conn:
                touch(conn, station_id, clock_offset_ms=stored_offset(offset))
        with engine.connect() as conn:
            page = feed.changes_after(conn, after or 0, size)
            # Checked after the page was read: a horizon raised before the read is visible now.
            expired = feed.cursor_expired(feed.counters(conn), after)
        if expired is not None:
            log.info("station %s: download cursor %s expired: %s", station_id, cursor or "(none)", expired)
            raise CursorExpired(expired)
        page = for_shape(pins.for_station(page, station_id), shape_of(shape))  # a new PIN's key costs a scrypt
        rows = [wire.MasterChange(version=c.version, entity=c.entity, data=c.data, deleted=c.deleted) for c in page]
        next_cursor = str(page[-1].version) if page else str(after or 0)
        return wire.ChangesResponse(changes=rows, next_cursor=next_cursor, has_more=len(page) == size)

    @routes.get(wire.SNAPSHOT_PATH, response_model=wire.SnapshotResponse, responses={401: {"model": wire.Problem}})
    def snapshot(
        station_id: str = Depends(station),
        limit: int | None = None,
        through: str = "",
        after: str = "",
        shape: int | None = Query(default=None, description=_SHAPE),
    ) -> Response | wire.SnapshotResponse:
        """Everything a station downloads (master data and derived state) and the cursor it is complete up to:
        a page at a time (``limit``; ``feed.snapshot_page`` says why pages read apart are still whole), or, for
        a station from before paging, all of it in one answer streamed page by page. Never built in memory."""
        through_v, after_v = _position(through), _position(after)
        if limit is None:
            return StreamingResponse(_stream(station_id, through_v, shape_of(shape)), media_type="application/json")
        size = max(1, min(limit, MAX_SNAPSHOT_PAGE))
        with engine.connect() as conn:
            if through_v is None:
                through_v = feed.counters(conn).latest
            page = feed.snapshot_page(conn, station_id, through_v, after_v or 0, size)
        if after_v is None:
            log.info("station %s: paged snapshot up to %d", station_id, through_v)
        return wire.SnapshotResponse(
            changes=[_wire(c) for c in for_shape(pins.for_station(page, station_id), shape_of(shape))],
            cursor=str(through_v),
            has_more=len(page) == size,
            next_after=str(page[-1].version) if page else str(after_v or 0),
        )

    def _stream(station_id: str, through: int | None, shape: int) -> Iterator[bytes]:
        with engine.connect() as conn:
            cursor = feed.counters(conn).latest if through is None else through
        yield b'{"changes":['
        after, sent = 0, 0
        while True:
            with engine.connect() as conn:
                page = feed.snapshot_page(conn, station_id, cursor, after, STREAM_PAGE)
            if page:
                rows = (
                    _wire(c).model_dump_json().encode() for c in for_shape(pins.for_station(page, station_id), shape)
                )
                yield (b"," if sent else b"") + b",".join(rows)
                sent += len(page)
                after = page[-1].version
            if len(page) < STREAM_PAGE:
                break
        yield b'],"cursor":"%d"}' % cursor
        log.info("station %s: snapshot of %d rows up to %d", station_id, sent, cursor)

    return routes


_SHAPE = (
    "The shape of master data the station reads (1 when left out: work orders without status and priority; 2: "
    "with them). Fields added after it are left out, so a station older than the server still reads the feed."
)
MAX_SNAPSHOT_PAGE = 100_000
STREAM_PAGE = 2_000
"""Rows the server reads at a time for a snapshot streamed in one answer."""


def _position(value: str) -> int | None:
    if not value:
        return None
    if not (value.isdigit() and len(value) <= 18):
        raise Refusal(422, "INVALID_CURSOR", "The cursor is not one this server hands out.")
    return int(value)


def _wire(change: feed.Change) -> wire.MasterChange:
    return wire.MasterChange(version=change.version, entity=change.entity, data=change.data, deleted=change.deleted)
