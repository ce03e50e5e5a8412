"""Backward and forward genealogy with recursive CTEs over this station's edges (``lot_edge``) and its copy of the
plant's (``plant_lot_edge``, downloaded from the server's change feed) together, each link marked with where it
was found. An edge recorded here is in both once the feed has brought it back: the station's own copy wins."""

from __future__ import annotations

from sqlalchemy import Connection, select, text

from floorstation.domain.genealogy import Genealogy, Link, LotInfo, PalletLink
from floorstation.domain.quantities import from_milli
from floorstation.store.models import LotRow, PalletRow, PlantLotRow, PlantLotStatusRow, PlantPalletRow, SyncCursorRow

# Each step follows edges one way, through both edge tables (one recursive select each, each an index range scan);
# UNION (not UNION ALL) drops repeated (lot, depth) pairs and the depth bound stops cycles (rework loops), so the
# walk always ends. Edges without an output lot are not filtered out in the step: a NULL lot joins nothing, and
# that filter makes SQLite build a Bloom filter over the whole edge table at every step (see server/trace.py).
# A plant edge has no machine: the task's, from master data, is taken.
_WALK = """
WITH RECURSIVE walk(lot, depth) AS (
    SELECT :lot, 0
    UNION
    SELECT e.{next}, walk.depth + 1
    FROM lot_edge AS e JOIN walk ON e.{this} = walk.lot
    WHERE walk.depth < :max_depth
    UNION
    SELECT p.{next}, walk.depth + 1
    FROM plant_lot_edge AS p JOIN walk ON p.{this} = walk.lot
    WHERE walk.depth < :max_depth
)
SELECT * FROM (
    SELECT e.event_id, e.input_lot, e.output_lot, e.task_id, e.machine_id, e.operator_id, e.qty_milli,
           e.occurred_at, MIN(walk.depth) + 1 AS depth, 'station' AS source
    FROM walk JOIN lot_edge AS e ON e.{this} = walk.lot
    GROUP BY e.id
    UNION ALL
    SELECT p.event_id, p.input_lot, p.output_lot, p.task_id,
           (SELECT t.machine_id FROM task AS t WHERE t.id = p.task_id), p.operator_id, p.qty_milli,
           p.occurred_at, MIN(walk.depth) + 1 AS depth, 'plant' AS source
    FROM walk JOIN plant_lot_edge AS p ON p.{this} = walk.lot
    GROUP BY p.event_id
)
ORDER BY depth, occurred_at, source DESC, event_id
LIMIT :limit
"""


def _walk(conn: Connection, lot: str, *, backward: bool, max_depth: int, limit: int) -> list[Link]:
    this, nxt = ("output_lot", "input_lot") if backward else ("input_lot", "output_lot")
    # Twice the limit: an edge may come twice (here and in the plant copy) before the copies are merged.
    rows = conn.execute(
        text(_WALK.format(this=this, next=nxt)), {"lot": lot, "max_depth": max_depth - 1, "limit": 2 * limit + 2}
    ).all()
    links: dict[str, Link] = {}
    for r in rows:  # 'station' before 'plant' at the same depth and time: the station's own copy is kept
        if r.event_id in links:
            continue
        links[r.event_id] = Link(
            r.input_lot,
            r.output_lot,
            r.task_id,
            r.machine_id,
            r.operator_id,
            from_milli(r.qty_milli),
            r.occurred_at,
            r.depth,
            r.source,
        )
    return list(links.values())[: limit + 1]


def plant_as_of(conn: Connection) -> str | None:
    """When this station last applied a page of the plant's change feed (its plant copy is as of then)."""
    return conn.scalar(select(SyncCursorRow.updated_at).where(SyncCursorRow.channel == "download"))


def trace(conn: Connection, lot: str, *, max_depth: int = 20, max_links: int = 10_000) -> Genealogy:
    result = Genealogy(lot=lot, plant_as_of=plant_as_of(conn))
    for backward in (True, False):
        links = _walk(conn, lot, backward=backward, max_depth=max_depth, limit=max_links)
        direction = "backward" if backward else "forward"
        if len(links) > max_links:
            links = links[:max_links]
            result.truncated.append(f"{direction}: more than {max_links} links; showing the first {max_links}")
        if links and max(link.depth for link in links) >= max_depth:
            result.truncated.append(f"{direction}: stopped at depth {max_depth}")
        if backward:
            result.backward = links
        else:
            result.forward = links
    forward_lots = {lot} | {x.output_lot for x in result.forward if x.output_lot}
    pallets = conn.execute(select(PalletRow).where(PalletRow.lot_code.in_(forward_lots)).order_by(PalletRow.sscc)).all()
    result.pallets = [
        PalletLink(p.sscc, p.lot_code, from_milli(p.qty_milli), p.status, p.customer_id, p.shipment_id) for p in pallets
    ]
    here = {p.sscc for p in result.pallets}
    plant_pallets = select(PlantPalletRow).where(
        PlantPalletRow.lot_code.in_(forward_lots), PlantPalletRow.state != "voided"
    )
    for p in conn.execute(plant_pallets.order_by(PlantPalletRow.sscc)).all():
        if p.sscc not in here:
            result.pallets.append(
                PalletLink(p.sscc, p.lot_code, from_milli(p.qty_milli), p.state, p.customer_id, p.shipment_id)
            )
    result.pallets.sort(key=lambda p: p.sscc)
    codes = forward_lots | {x.input_lot for x in result.backward} | {x.input_lot for x in result.forward} | {lot}
    for row in conn.execute(select(LotRow).where(LotRow.code.in_(codes))).all():
        result.lots[row.code] = LotInfo(
            row.code, row.material, row.supplier, row.supplier_lot, row.status, row.expiry, row.made_on
        )
    plant_lots = (
        select(
            PlantLotRow.code,
            PlantLotRow.material,
            PlantLotRow.expiry,
            PlantLotRow.made_on,
            PlantLotStatusRow.status.label("decided"),
        )
        .outerjoin(PlantLotStatusRow, PlantLotStatusRow.code == PlantLotRow.code)
        .where(PlantLotRow.code.in_(codes - set(result.lots)))
    )
    for plant in conn.execute(plant_lots).all():
        result.lots[plant.code] = LotInfo(
            plant.code, plant.material or "", None, None, plant.decided or "released", plant.expiry, plant.made_on
        )
    return result


# Backward over this station's edges and the plant's (downloaded) together, so a dispatch station knows what went
# into pallets made at the lines. Two recursive steps, one per edge table, each an index range scan.
_UPSTREAM = """
WITH RECURSIVE up(lot, depth) AS (
    SELECT :lot, 0
    UNION
    SELECT e.input_lot, up.depth + 1 FROM lot_edge AS e JOIN up ON e.output_lot = up.lot WHERE up.depth < :max_depth
    UNION
    SELECT p.input_lot, up.depth + 1 FROM plant_lot_edge AS p JOIN up ON p.output_lot = up.lot
    WHERE up.depth < :max_depth
)
SELECT lot FROM up WHERE lot <> :lot GROUP BY lot ORDER BY MIN(depth), lot
"""


def upstream(conn: Connection, lot: str, *, max_depth: int = 50) -> list[str]:
    """The lots that went into ``lot`` at any depth (nearest first), from this station's and the plant's edges."""
    return list(conn.scalars(text(_UPSTREAM), {"lot": lot, "max_depth": max_depth}))
