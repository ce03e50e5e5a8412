"""What the terminal's screens show, read in one transaction each: the station at a glance and one task.

These are plain reads (no events); the UI runs them on its database thread and draws the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from floorstation.app.context import StationContext
from floorstation.app.lots import fefo_reasons, suggested_quantity
from floorstation.app.pallets import blocking_lot
from floorstation.domain import rules
from floorstation.domain.marks import Mark
from floorstation.domain.master import (
    BomLine,
    Customer,
    Lot,
    LotStatus,
    Machine,
    Material,
    Operator,
    ReasonCode,
    ReasonKind,
    Task,
    schedule_order,
)
from floorstation.domain.ports import Consumption, HandoverNote, Pallet, StationData, TaskState


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One task in a machine's queue, with what the operator needs to see beside it."""

    task: Task
    state: TaskState
    product: Material | None
    materials: dict[str, Material]


@dataclass(frozen=True, slots=True)
class MachineView:
    machine: Machine
    status: str
    """``down`` (an open out-of-order mark), ``running``, ``paused`` or ``idle``."""
    marks: tuple[Mark, ...]
    queue: tuple[QueueItem, ...]
    handovers: tuple[HandoverNote, ...] = ()
    """Notes left at the machine (about it, or about a task in its queue) that nobody has acknowledged yet."""

    @property
    def active_task(self) -> QueueItem | None:
        """The running task, else a paused one: what a scanned lot goes into."""
        for wanted in ("running", "paused"):
            for item in self.queue:
                if item.state.status == wanted:
                    return item
        return None


@dataclass(frozen=True, slots=True)
class StationView:
    operators: tuple[Operator, ...]
    signed_in: tuple[Operator, ...]
    machines: tuple[MachineView, ...]
    reasons: dict[ReasonKind, tuple[ReasonCode, ...]]

    def machine(self, machine_id: str | None) -> MachineView | None:
        return next((m for m in self.machines if m.machine.id == machine_id), None)

    def operator(self, operator_id: str | None) -> Operator | None:
        return next((o for o in self.operators if o.id == operator_id), None)

    def signing_in(self, person: Operator, signed_in_ids: Sequence[str]) -> StationView | None:
        """This view with ``signed_in_ids`` signed in (``person`` just signed in), as :func:`station_view` would
        read it; None when one of them is not among the operators this view knows (then read the station)."""
        known = {o.id: o for o in self.operators}
        known[person.id] = person
        if any(i not in known for i in signed_in_ids):
            return None
        return dataclasses.replace(self, signed_in=tuple(known[i] for i in signed_in_ids))

    def reason_label(self, kind: ReasonKind, code: str | None) -> str:
        found = next((r.label for r in self.reasons.get(kind, ()) if r.code == code), None)
        return found or (code or "")


def machine_status(marks: Sequence[Mark], states: Sequence[TaskState]) -> str:
    if marks:
        return "down"
    statuses = {s.status for s in states}
    for status in ("running", "paused"):
        if status in statuses:
            return status
    return "idle"


def _queue_item(data: StationData, task_id: str, materials: dict[str, Material]) -> QueueItem | None:
    """The task as its machine's queue shows it; None when it is not in the queue: unknown, or of a closed or
    cancelled work order and not running or paused (work under way stays until it is stopped)."""
    task = data.task(task_id)
    if task is None:
        return None
    state = data.task_state(task_id)
    if state.status == "finished":
        return None  # a finished operation has left the queue
    if not task.order_status.queued and state.status not in ("running", "paused"):
        return None
    for code in (task.product, *(line.material for line in task.bom)):
        if code not in materials and (found := data.material(code)) is not None:
            materials[code] = found
    return QueueItem(task, state, materials.get(task.product), materials)


def station_view(ctx: StationContext, machine_ids: Sequence[str] = ()) -> StationView:
    """Everything the home screen and the status bar need; ``machine_ids`` empty means every machine."""
    with ctx.uow() as uow:
        operators = tuple(uow.operators())
        by_id = {o.id: o for o in operators}
        signed_in = tuple(by_id[i] for i in uow.signed_in() if i in by_id)
        known = uow.machines()
        chosen = [m for m in known if m.id in machine_ids] if machine_ids else known
        materials: dict[str, Material] = {}
        machines = []
        for machine in chosen:
            items = (q for t in uow.task_ids(machine.id) if (q := _queue_item(uow, t, materials)) is not None)
            queue = tuple(sorted(items, key=lambda q: schedule_order(q.task)))
            marks = tuple(uow.open_marks(machine.id))
            status = machine_status(marks, [q.state for q in queue])
            queued = {q.task.id for q in queue}
            # A note about an operation finished since is no one's to read at this machine any more.
            notes = tuple(n for n in uow.handover_notes(machine.id) if n.task_id is None or n.task_id in queued)
            machines.append(MachineView(machine, status, marks, queue, notes))
        reasons = {kind: tuple(uow.reasons(kind)) for kind in ReasonKind}
        reasons[ReasonKind.FEFO] = fefo_reasons(uow)
        return StationView(operators, signed_in, tuple(machines), reasons)


@dataclass(frozen=True, slots=True)
class MaterialNeed:
    """A bill-of-materials line as the task screen shows it: what to scan, how much, which lot first."""

    line: BomLine
    material: Material | None
    suggested_lot: Lot | None
    """First-expired-first-out choice among the usable lots of this material."""
    suggested_qty: Decimal | None
    """What scanning ``suggested_lot`` would consume unless the operator types a quantity."""


@dataclass(frozen=True, slots=True)
class TaskDetail:
    task: Task
    state: TaskState
    machine: Machine | None
    product: Material | None
    needs: tuple[MaterialNeed, ...]
    consumptions: tuple[Consumption, ...]
    units: dict[str, str]
    """Unit of each consumed lot's material, by lot code."""
    marks: tuple[Mark, ...]
    pauses: tuple[tuple[str, str | None], ...] = ()
    """Pauses since the task started: (paused at, resumed at or None while it is paused)."""
    handovers: tuple[HandoverNote, ...] = ()
    """Notes left at the task's machine (for this task or the machine) that nobody has acknowledged yet."""


def task_detail(ctx: StationContext, task_id: str) -> TaskDetail | None:
    with ctx.uow() as uow:
        task = uow.task(task_id)
        if task is None:
            return None
        state = uow.task_state(task_id)
        today = ctx.now().date()
        needs = []
        for line in task.bom:
            best = rules.fefo_choice(uow.lots_of_material(line.material), today)
            qty = suggested_quantity(task, best, state.good_qty) if best is not None else None
            needs.append(MaterialNeed(line, uow.material(line.material), best, qty))
        consumptions = tuple(uow.task_consumptions(task_id))
        units: dict[str, str] = {}
        for used in consumptions:
            lot = uow.lot(used.input_lot)
            material = uow.material(lot.material) if lot else None
            units[used.input_lot] = material.unit if material else ""
        return TaskDetail(
            task,
            state,
            uow.machine(task.machine_id),
            uow.material(task.product),
            tuple(needs),
            consumptions,
            units,
            tuple(uow.open_marks(task.machine_id)),
            tuple(uow.task_pauses(task_id, state.started_at)) if state.started_at else (),
            tuple(n for n in uow.handover_notes(task.machine_id) if n.task_id in (None, task_id)),
        )


@dataclass(frozen=True, slots=True)
class PalletBoard:
    """The pallet screen: lots with quantity not yet on a pallet, and the pallets built here, newest first."""

    lots: tuple[Lot, ...]
    pallets: tuple[Pallet, ...]
    materials: dict[str, Material]
    cards_printed: dict[str, int]
    """How many pallet cards were recorded as printed, by SSCC (more than 0: the next one is a reprint)."""
    lot_cards_printed: dict[str, int]
    """The same for the lot cards of the lots listed, by lot code."""


def pallet_board(ctx: StationContext, *, recent: int = 12, include: str | None = None) -> PalletBoard:
    """``include``: an SSCC to list even when it is not among the most recent (a scanned pallet)."""
    with ctx.uow() as uow:
        lots = tuple(
            lot
            for lot in uow.all_lots()
            if lot.supplier is None and lot.balance > 0 and lot.status is LotStatus.RELEASED
        )
        pallets = tuple(reversed(uow.pallets()[-recent:]))
        if include is not None and all(p.sscc != include for p in pallets):
            pallets += tuple(p for p in (uow.pallet(include),) if p is not None)
        codes = {lot.material for lot in lots} | {p.material for p in pallets}
        materials = {c: m for c in codes if (m := uow.material(c)) is not None}
        printed = {p.sscc: uow.cards_printed("pallet", p.sscc) for p in pallets}
        lot_cards = {lot.code: uow.cards_printed("lot", lot.code) for lot in lots}
        return PalletBoard(lots, pallets, materials, printed, lot_cards)


@dataclass(frozen=True, slots=True)
class DispatchBoard:
    """The dispatch screen: customers, the pallets ready to ship, and those already on the open shipment."""

    customers: tuple[Customer, ...]
    ready: tuple[Pallet, ...]
    loaded: tuple[Pallet, ...]
    """On ``shipment`` (any customer), in SSCC order."""
    shipment: str
    """The shipment asked about, or a new number (``SH-<yymmdd>-<n>``) when none was given."""
    materials: dict[str, Material]
    blocked: dict[str, Lot] = field(default_factory=dict)
    """Ready pallets that must not ship, by SSCC: the held or recalled lot in them (any depth)."""


def dispatch_board(ctx: StationContext, shipment: str | None = None) -> DispatchBoard:
    with ctx.uow() as uow:
        # Pallets built at the lines reach a dispatch station through the plant's change feed (``elsewhere``).
        shipped = uow.pallets("shipped", elsewhere=True)
        if not shipment:
            prefix = f"SH-{ctx.now():%y%m%d}-"
            taken = {p.shipment_id for p in shipped if p.shipment_id and p.shipment_id.startswith(prefix)}
            number = len(taken) + 1
            while f"{prefix}{number}" in taken:
                number += 1
            shipment = f"{prefix}{number}"
        ready = tuple(uow.pallets("built", elsewhere=True))
        loaded = tuple(p for p in shipped if p.shipment_id == shipment)
        codes = {p.material for p in (*ready, *loaded)}
        materials = {c: m for c in codes if (m := uow.material(c)) is not None}
        blocked = {p.sscc: lot for p in ready if (lot := blocking_lot(uow, p)) is not None}
        return DispatchBoard(tuple(uow.customers()), ready, loaded, shipment, materials, blocked)


def demo_codes(ctx: StationContext) -> tuple[list[Operator], list[Lot], list[Machine], list[Pallet]]:
    """What the demo panel offers to "scan": badges, lots, machines and pallets."""
    with ctx.uow() as uow:
        return uow.operators(), uow.all_lots(), uow.machines(), uow.pallets(elsewhere=True)
