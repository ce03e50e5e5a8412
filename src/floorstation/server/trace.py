"""The plant-wide trace: backward (what went into a lot: input lots, their suppliers, machines, operators, times)
and forward (what was made from it, its pallets, shipments and customers), over the plant projections with
recursive CTEs that run unchanged on PostgreSQL and SQLite.

Cycles (rework: a lot consumed into one of its own ancestors, or into itself) and very wide genealogies (a silo
lot shared by thousands of outputs) are bounded twice: by depth and by the number of links. A trace that hits a
bound keeps the nearest links and says which bound it hit in :attr:`Genealogy.truncated`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from floorstation.domain.genealogy import Genealogy, Link, LotInfo, PalletLink
from floorstation.domain.quantities import from_milli
from floorstation.server.models import PlantLotRow, PlantPalletRow

#: Keys per ``IN (...)`` list: well under SQLite's and psycopg's parameter limits.
CHUNK = 2000


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
    operator_id: str | None = None


# UNION (not UNION ALL) drops repeated (lot, depth) pairs and the depth bound stops rework cycles. Each step is
# an index range scan: ix_plant_lot_edge_out_in backward, ix_plant_lot_edge_in_out forward. The walk is breadth
# first (PostgreSQL: one iteration per depth; SQLite: a FIFO queue), so stopping it after :steps (lot, depth)
# rows keeps the nearest part and bounds the work of a very wide genealogy: PostgreSQL evaluates a recursive CTE
# only as far as its reader fetches (``reached``), SQLite stops at the LIMIT of the recursive select.
#
# Measured on 1 M lots / 5 M edges (bench/trace.py): the step does not filter out edges without an output lot
# (``e.next IS NOT NULL``): a NULL lot in ``walk`` joins nothing, and that filter makes SQLite (3.38+) build a
# Bloom filter over the whole edge table at every step (30 ms instead of 0.2 ms on 450k edges). Machines are
# looked up per returned edge after the limit: a join with plant_task lets PostgreSQL's planner, which cannot
# size the walk, hash the whole task table.
_WALK = """
WITH RECURSIVE walk(lot, depth) AS (
    SELECT CAST(:lot AS TEXT), 0
    UNION
    SELECT e.{next}, walk.depth + 1
    FROM plant_lot_edge AS e JOIN walk ON e.{this} = walk.lot
    WHERE walk.depth < :max_depth
    {step_limit}
),
reached AS (SELECT lot, depth FROM walk LIMIT :steps)
SELECT r.input_lot, r.output_lot, r.task_id,
       (SELECT t.machine_id FROM plant_task AS t WHERE t.task_id = r.task_id) AS machine_id,
       r.station_id, r.qty_milli, r.occurred_at, r.depth, r.operator_id, (SELECT COUNT(*) FROM reached) AS steps
FROM (
    SELECT e.id, e.input_lot, e.output_lot, e.task_id, e.station_id, e.qty_milli, e.occurred_at, e.operator_id,
           MIN(reached.depth) + 1 AS depth
    FROM reached JOIN plant_lot_edge AS e ON e.{this} = reached.lot
    GROUP BY e.id, e.input_lot, e.output_lot, e.task_id, e.station_id, e.qty_milli, e.occurred_at, e.operator_id
    ORDER BY depth, e.occurred_at, e.id
    LIMIT :limit
) AS r
ORDER BY r.depth, r.occurred_at, r.id
"""


def _walk(
    conn: Connection, lot: str, *, backward: bool, max_depth: int, limit: int, steps: int
) -> tuple[list[Edge], bool]:
    """The edges (nearest first, at most ``limit``) and whether the walk stopped at ``steps`` (lot, depth) rows."""
    this, nxt = ("output_lot", "input_lot") if backward else ("input_lot", "output_lot")
    postgresql = conn.dialect.name == "postgresql"
    if postgresql:
        # The planner cannot size a recursive walk, so its cost estimate passes jit_above_cost and PostgreSQL
        # spends ~10 ms compiling a query that runs in 1 ms. For this transaction only.
        conn.execute(text("SET LOCAL jit = off"))
    sql = _WALK.format(this=this, next=nxt, step_limit="" if postgresql else "LIMIT :steps")
    rows = conn.execute(text(sql), {"lot": lot, "max_depth": max_depth - 1, "limit": limit, "steps": steps}).all()
    return [Edge(*row[:-1]) for row in rows], bool(rows) and rows[0].steps >= steps


def walk(conn: Connection, lot: str, *, backward: bool, max_depth: int = 20, limit: int = 100_000) -> list[Edge]:
    """The edges reached from ``lot`` within ``max_depth`` steps, nearest first, at most ``limit`` of them:
    backward (what went into it) or forward (what was made from it). Each edge once, at its shortest depth. The
    walk itself stops after ``limit`` lots (see :func:`trace`, which says when a bound was hit)."""
    return _walk(conn, lot, backward=backward, max_depth=max_depth, limit=limit, steps=limit + 1)[0]


def rows_in(conn: Connection, column: Any, keys: Iterable[str], query: Any) -> Iterator[Any]:
    """``query`` restricted to ``column IN keys``, in chunks, each fetched at once."""
    ordered = sorted(set(keys))
    for i in range(0, len(ordered), CHUNK):
        yield from conn.execute(query.where(column.in_(ordered[i : i + CHUNK]))).all()


def trace(
    conn: Connection,
    lot: str,
    *,
    max_depth: int = 20,
    max_links: int = 10_000,
    backward: bool = True,
    forward: bool = True,
) -> Genealogy:
    """The genealogy of ``lot`` across the plant; ``truncated`` names each bound that was hit.

    A walk that reaches depth ``max_depth`` is noted even when nothing lies beyond (it is never missing when
    something was cut off). The size bound stops the walk itself after ``max_links`` lots (counted once per depth
    they are reached at) and keeps at most the nearest ``max_links`` links: a silo lot shared by thousands of
    outputs costs a bounded time, and says it was cut short.
    """
    result = Genealogy(lot)
    for back, wanted, direction in ((True, backward, "backward"), (False, forward, "forward")):
        if not wanted:
            continue
        edges, stopped = _walk(conn, lot, backward=back, max_depth=max_depth, limit=max_links + 1, steps=max_links + 1)
        if len(edges) > max_links or stopped:
            edges = edges[:max_links]
            result.truncated.append(f"{direction}: more than {max_links} links; showing the nearest {len(edges)}")
        if any(e.depth >= max_depth for e in edges):
            result.truncated.append(f"{direction}: stopped at depth {max_depth}")
        links = [
            Link(
                e.input_lot,
                e.output_lot,
                e.task_id,
                e.machine_id,
                e.operator_id,
                from_milli(e.qty_milli),
                e.occurred_at,
                e.depth,
            )
            for e in edges
        ]
        (result.backward if back else result.forward).extend(links)
    made = {lot} | {x.output_lot for x in result.forward if x.output_lot}
    if forward:
        pallet = PlantPalletRow
        query = select(
            pallet.sscc, pallet.lot_code, pallet.qty_milli, pallet.shipped_event, pallet.customer_id, pallet.shipment_id
        ).where(pallet.voided_event.is_(None), pallet.built_event.isnot(None))
        for p in rows_in(conn, PlantPalletRow.lot_code, made, query):
            status = "shipped" if p.shipped_event else "built"
            quantity = from_milli(p.qty_milli or 0)
            result.pallets.append(PalletLink(p.sscc, p.lot_code, quantity, status, p.customer_id, p.shipment_id))
        result.pallets.sort(key=lambda p: p.sscc)
    mentioned = made | {x.input_lot for x in result.backward} | {x.input_lot for x in result.forward}
    row = PlantLotRow
    lot_query = select(row.code, row.material, row.supplier, row.supplier_lot, row.status, row.expiry, row.made_on)
    for r in rows_in(conn, PlantLotRow.code, mentioned, lot_query):
        result.lots[r.code] = LotInfo(
            r.code, r.material or "", r.supplier, r.supplier_lot, r.status, r.expiry, r.made_on
        )
    return result
