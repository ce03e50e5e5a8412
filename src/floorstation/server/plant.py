"""Read-side queries over the plant projections: machine status, and the genealogy walks of ``server.trace``
(recursive CTEs that run unchanged on PostgreSQL and SQLite). Recall reports and exports build on these."""

from __future__ import annotations

from sqlalchemy import Connection, select

from floorstation.domain.marks import Mark
from floorstation.server.models import PlantMarkClearRow, PlantMarkRow
from floorstation.server.trace import Edge, walk

__all__ = ["Edge", "machines_down", "open_marks", "walk"]


def open_marks(conn: Connection, machine_id: str | None = None) -> list[Mark]:
    """Marks raised and not (yet) named by any clear: the machine is down while it has one."""
    cleared = select(PlantMarkClearRow.mark_id)
    query = select(PlantMarkRow).where(PlantMarkRow.mark_id.not_in(cleared)).order_by(PlantMarkRow.mark_id)
    if machine_id is not None:
        query = query.where(PlantMarkRow.machine_id == machine_id)
    return [
        Mark(r.mark_id, r.machine_id, r.reason, r.note, raised_by=r.raised_by, raised_at=r.raised_at)
        for r in conn.execute(query)
    ]


def machines_down(conn: Connection) -> dict[str, list[str]]:
    """Machine id → its open mark ids, for every machine that is down."""
    down: dict[str, list[str]] = {}
    for mark in open_marks(conn):
        down.setdefault(mark.machine_id, []).append(mark.mark_id)
    return down
