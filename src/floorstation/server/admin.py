"""Read-side queries for the admin CLI: the station list and the event export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select

from floorstation.domain.events import Event
from floorstation.server.ingest import row_to_event
from floorstation.server.models import EventRow, StationRow, StationTokenRow


@dataclass(frozen=True)
class StationInfo:
    station_id: str
    enrolled: bool
    last_contact_at: str | None
    pending_count: int | None
    oldest_pending_age_s: float | None
    app_version: str | None
    clock_offset_ms: int | None
    disk_free_bytes: int | None
    events: int

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def stations(engine: Engine) -> list[StationInfo]:
    with engine.connect() as conn:
        counts: dict[str, int] = {
            row[0]: int(row[1])
            for row in conn.execute(select(EventRow.station_id, func.count()).group_by(EventRow.station_id))
        }
        live = set(conn.scalars(select(StationTokenRow.station_id).where(StationTokenRow.revoked_at.is_(None))))
        rows = conn.execute(select(StationRow).order_by(StationRow.id)).all()
    return [
        StationInfo(
            station_id=r.id,
            enrolled=r.id in live,
            last_contact_at=r.last_contact_at,
            pending_count=r.pending_count,
            oldest_pending_age_s=r.oldest_pending_age_s,
            app_version=r.app_version,
            clock_offset_ms=r.clock_offset_ms,
            disk_free_bytes=r.disk_free_bytes,
            events=int(counts.get(r.id, 0)),
        )
        for r in rows
    ]


def offset_text(offset_ms: int | None) -> str:
    """A station's clock offset (server minus station) for people: ``+850 ms``, ``-12 min`` (the station is 12
    minutes ahead), ``+3652 days``."""
    if offset_ms is None:
        return "-"
    sign = "+" if offset_ms >= 0 else "-"
    size = abs(offset_ms)
    if size < 60_000:
        return f"{sign}{size} ms"
    if size < 7_200_000:
        return f"{sign}{size / 60_000:.0f} min"
    if size < 172_800_000:
        return f"{sign}{size / 3_600_000:.0f} h"
    return f"{sign}{size / 86_400_000:.0f} days"


def ago(stamp: str | None, now: datetime | None = None) -> str:
    if stamp is None:
        return "never"
    seconds = ((now or datetime.now(UTC)) - datetime.fromisoformat(stamp)).total_seconds()
    if seconds < 120:
        return f"{seconds:.0f} s ago"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 172800:
        return f"{seconds / 3600:.0f} h ago"
    return f"{seconds / 86400:.0f} days ago"


def iter_events(engine: Engine, station_id: str | None = None, *, batch: int = 5000) -> Iterator[Event]:
    """Every stored event in (station, epoch, seq) order, streamed."""
    query = select(EventRow).order_by(EventRow.station_id, EventRow.epoch, EventRow.seq)
    if station_id is not None:
        query = query.where(EventRow.station_id == station_id)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=batch).execute(query):
            yield row_to_event(row)
