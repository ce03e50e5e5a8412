"""The station calling: who it is (from its token, checked at the door), what its clock says, when it last called."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import update

from floorstation.server.api.problems import Unauthorized
from floorstation.server.models import StationRow
from floorstation.sync import wire


def station(request: Request) -> str:
    """The station the request's token belongs to: the door (``server/gatekeeper.py``) checked it before the
    body was read, and refused the request if there was none."""
    found = request.scope.get("state", {}).get("station_id")
    if not isinstance(found, str):
        raise Unauthorized("This request needs a station token (Authorization: Bearer ...); enroll first.")
    return found


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


def touch(conn: Any, station_id: str, **values: Any) -> None:
    """Records that the station called now, with what it said about itself (None values are left as they were)."""
    values = {k: v for k, v in values.items() if v is not None}
    values["last_contact_at"] = datetime.now(UTC).isoformat(timespec="milliseconds")
    conn.execute(update(StationRow).where(StationRow.id == station_id).values(**values))
