"""Read-side queries over the plant projections: machine status and genealogy walks (recursive CTEs that run
unchanged on PostgreSQL and SQLite). Recall reports and exports build on these."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from floorstation.domain.marks import Mark
from floorstation.server.models import PlantMarkClearRow, PlantMarkRow


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


@dataclass(frozen=True, slots=True)
class Edge:
    input_lot: str
    output_lot: str | None
    task_id: str
    machine_id: str | None
    station_id: str
    qty_milli: int
    occurred_at: str
    depth: int


# UNION (not UNION ALL) drops repeated (lot, depth) pairs and the depth bound stops rework cycles. Each step is
# an index range scan: ix_plant_lot_edge_out_in backward, ix_plant_lot_edge_in_out forward.
_WALK = """
WITH RECURSIVE walk(lot, depth) AS (
    SELECT CAST(:lot AS TEXT), 0
    UNION
    SELECT e.{next}, walk.depth + 1
    FROM plant_lot_edge AS e JOIN walk ON e.{this} = walk.lot
    WHERE walk.depth < :max_depth AND e.{next} IS NOT NULL
)
SELECT e.input_lot, e.output_lot, e.task_id, t.machine_id, e.station_id, e.qty_milli, e.occurred_at,
       MIN(walk.depth) + 1 AS depth
FROM walk JOIN plant_lot_edge AS e ON e.{this} = walk.lot
LEFT JOIN plant_task AS t ON t.task_id = e.task_id
GROUP BY e.id, e.input_lot, e.output_lot, e.task_id, t.machine_id, e.station_id, e.qty_milli, e.occurred_at
ORDER BY depth, e.occurred_at, e.id
LIMIT :limit
"""


def walk(conn: Connection, lot: str, *, backward: bool, max_depth: int = 20, limit: int = 100_000) -> list[Edge]:
    """The edges reached from ``lot``: backward (what went into it) or forward (what was made from it)."""
    this, nxt = ("output_lot", "input_lot") if backward else ("input_lot", "output_lot")
    rows = conn.execute(
        text(_WALK.format(this=this, next=nxt)), {"lot": lot, "max_depth": max_depth - 1, "limit": limit}
    ).all()
    return [Edge(*row) for row in rows]
