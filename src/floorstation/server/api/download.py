"""``GET /v1/changes`` and ``GET /v1/snapshot``: what a station downloads, master data and derived state, as
a change feed after its cursor or as one consistent snapshot (``server/feed/``)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Request
from sqlalchemy import Engine

from floorstation.server import feed, pins
from floorstation.server.api.caller import station, station_clock, stored_offset, touch
from floorstation.server.api.problems import CursorExpired
from floorstation.server.ingest import Refusal
from floorstation.sync import wire

log = logging.getLogger(__name__)


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get(wire.CHANGES_PATH, responses={401: {"model": wire.Problem}, 410: {"model": wire.Problem}})
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
                touch(conn, station_id, clock_offset_ms=stored_offset(offset))
        with engine.connect() as conn:
            page = feed.changes_after(conn, after or 0, size)
            # Checked after the page was read: a horizon raised before the read is visible now.
            expired = feed.cursor_expired(feed.counters(conn), after)
        if expired is not None:
            log.info("station %s: download cursor %s expired: %s", station_id, cursor or "(none)", expired)
            raise CursorExpired(expired)
        page = pins.for_station(page, station_id)  # outside the connection: a new PIN's key costs a scrypt
        rows = [wire.MasterChange(version=c.version, entity=c.entity, data=c.data, deleted=c.deleted) for c in page]
        next_cursor = str(page[-1].version) if page else str(after or 0)
        return wire.ChangesResponse(changes=rows, next_cursor=next_cursor, has_more=len(page) == size)

    @routes.get(wire.SNAPSHOT_PATH, responses={401: {"model": wire.Problem}})
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

    return routes
