"""A reference model of the server's plant projections, computed in plain Python from a set of events, and the
same view read from a server database. Tests compare the two: whatever order the events arrived in, the server
must agree with the model."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, select

from floorstation.domain import events as ev
from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import Event
from floorstation.domain.marks import Mark, MarkSet
from floorstation.domain.quantities import to_milli
from floorstation.server import plant
from floorstation.server.models import PLANT_TABLES, PlantLotEdgeRow, PlantLotRow, PlantPalletRow, PlantTaskRow


@dataclass
class PlantView:
    edges: set[tuple[str, str, str | None, int]] = field(default_factory=set)
    """(event id, input lot, output lot, quantity in thousandths)."""
    down: dict[str, list[str]] = field(default_factory=dict)
    """Machine → its open mark ids."""
    pallets: dict[str, tuple[str | None, str | None, str | None, bool]] = field(default_factory=dict)
    """SSCC → (lot, customer, shipment, voided)."""
    consumed: dict[str, int] = field(default_factory=dict)
    """Lot → thousandths consumed."""
    palletized: dict[str, int] = field(default_factory=dict)
    """Lot → thousandths on pallets that are not void."""
    tasks: dict[str, str] = field(default_factory=dict)
    """Task → running, paused or stopped: what its latest start, pause, resume or stop (in time) made it."""


def reference(events: Iterable[Event]) -> PlantView:
    view = PlantView()
    marks = MarkSet()
    consumed: Counter[str] = Counter()
    built: dict[str, tuple[str, int]] = {}
    shipped: dict[str, tuple[str, str]] = {}
    voided: set[str] = set()
    latest: dict[str, tuple[tuple[datetime, str, int, int], str]] = {}
    for event in events:
        try:
            p = event.typed_payload()
        except InvalidInput:
            continue
        if isinstance(p, ev.TaskStarted | ev.TaskPaused | ev.TaskResumed | ev.TaskStopped):
            order = (datetime.fromisoformat(event.occurred_at), event.station_id, event.epoch, event.seq)
            state = {ev.TaskPaused: "paused", ev.TaskStopped: "stopped"}.get(type(p), "running")
            if p.task_id not in latest or order > latest[p.task_id][0]:
                latest[p.task_id] = (order, state)
        if isinstance(p, ev.LotConsumed):
            view.edges.add((event.event_id, p.input_lot, p.output_lot, to_milli(p.quantity)))
            consumed[p.input_lot] += to_milli(p.quantity)
        elif isinstance(p, ev.MachineMarkedDown):
            marks.mark_down(Mark(p.mark_id, p.machine_id, p.reason))
        elif isinstance(p, ev.MachineCleared):
            marks.clear(p.mark_ids)
        elif isinstance(p, ev.PalletBuilt):
            built.setdefault(p.sscc, (p.lot_code, to_milli(p.quantity)))
        elif isinstance(p, ev.PalletShipped):
            shipped.setdefault(p.sscc, (p.customer_id, p.shipment_id))
        elif isinstance(p, ev.PalletVoided):
            voided.add(p.sscc)
    for mark in marks.open_marks():
        view.down.setdefault(mark.machine_id, []).append(mark.mark_id)
    palletized: Counter[str] = Counter()
    for sscc in built.keys() | shipped.keys() | voided:
        customer, shipment = shipped.get(sscc, (None, None))
        lot, qty = built.get(sscc, (None, 0))
        view.pallets[sscc] = (lot, customer, shipment, sscc in voided)
        if lot is not None and sscc not in voided:
            palletized[lot] += qty
    view.consumed = {lot: n for lot, n in consumed.items() if n}
    view.palletized = {lot: n for lot, n in palletized.items() if n}
    view.tasks = {task: state for task, (_, state) in latest.items()}
    return view


def server_view(engine: Engine) -> PlantView:
    with engine.connect() as conn:
        edges = {
            (r.event_id, r.input_lot, r.output_lot, r.qty_milli)
            for r in conn.execute(
                select(
                    PlantLotEdgeRow.event_id,
                    PlantLotEdgeRow.input_lot,
                    PlantLotEdgeRow.output_lot,
                    PlantLotEdgeRow.qty_milli,
                )
            )
        }
        pallets = {
            r.sscc: (r.lot_code, r.customer_id, r.shipment_id, r.voided_event is not None)
            for r in conn.execute(select(PlantPalletRow))
        }
        lots = conn.execute(select(PlantLotRow.code, PlantLotRow.consumed_milli, PlantLotRow.palletized_milli)).all()
        tasks = {r.task_id: r.state for r in conn.execute(select(PlantTaskRow)) if r.state is not None}
        return PlantView(
            edges,
            plant.machines_down(conn),
            pallets,
            {r.code: r.consumed_milli for r in lots if r.consumed_milli},
            {r.code: r.palletized_milli for r in lots if r.palletized_milli},
            tasks,
        )


def snapshot(engine: Engine, *, versions: bool = False) -> dict[str, list[tuple[object, ...]]]:
    """Every plant projection table's rows (without surrogate ids), sorted: equal snapshots, equal state.
    ``versions``: with the change-feed versions marks, clears and edges carry (they follow arrival order)."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with engine.connect() as conn:
        for table in PLANT_TABLES:
            columns = [c for c in table.__table__.columns if c.name != "id" and (versions or c.name != "version")]
            rows = conn.execute(select(*columns)).all()
            out[table.__tablename__] = sorted((tuple(r) for r in rows), key=repr)
    return out
