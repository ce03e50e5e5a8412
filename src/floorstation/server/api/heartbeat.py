"""``POST /v1/heartbeat``: how a station is doing (its queue, clock, disk, version), kept on its station row; the
answer tells the station the plant's version and the configuration the server keeps for it."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Request
from sqlalchemy import Engine, func, select

from floorstation.server import provisioning
from floorstation.server.api.caller import station, station_clock, stored_offset, touch
from floorstation.server.models import StationCursorRow
from floorstation.sync import wire


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.post(wire.HEARTBEAT_PATH, responses={401: {"model": wire.Problem}})
    def heartbeat(request: Request, body: wire.Heartbeat, station_id: str = Depends(station)) -> wire.HeartbeatResponse:
        now = datetime.now(UTC)
        measured = station_clock(request)
        if measured is None:
            measured = round((now - datetime.fromisoformat(body.station_time)).total_seconds() * 1000)
        offset = stored_offset(body.clock_offset_ms if body.clock_offset_ms is not None else measured)
        with engine.begin() as conn:
            touch(
                conn,
                station_id,
                app_version=body.app_version or None,
                pending_count=body.pending_count,
                oldest_pending_age_s=body.oldest_pending_age_s,
                clock_offset_ms=offset,
                disk_free_bytes=body.disk_free_bytes,
            )
            target = provisioning.plant_version(conn)
            config = provisioning.station_config(conn, station_id)
            epoch = conn.scalar(
                select(func.max(StationCursorRow.epoch)).where(StationCursorRow.station_id == station_id)
            )
        return wire.HeartbeatResponse(
            server_time=now.isoformat(timespec="milliseconds"), plant_version=target, config=config, epoch=epoch
        )

    return routes
