"""A realistic shift played through the real use cases: the demo's engine and the load generator.

Operators sign in and out, start, pause, resume and stop tasks, scan lots (some of them wrong, expired, on hold or
more than the lot has left, a few overridden by whoever the plant lets sign that override), pallets are built and
shipped, machines break down and are repaired, goods come in. Every action goes through the same service a person
would trigger; refusals are counted, not hidden. The clock is simulated so a shift's worth of actions takes seconds.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from floorstation.app import lots, machines, operators, pallets, quality, tasks
from floorstation.app.context import StationContext
from floorstation.app.signatures import Signature
from floorstation.domain.errors import FefoReasonNeeded, FloorstationError, NeedsConfirmation, Refused
from floorstation.domain.marks import Mark
from floorstation.domain.master import (
    Customer,
    Lot,
    LotStatus,
    Machine,
    Operator,
    ReasonCode,
    ReasonKind,
    Role,
    Task,
)
from floorstation.domain.overrides import OverridePolicy
from floorstation.domain.ports import TaskState
from floorstation.domain.quantities import fmt

T = TypeVar("T")


class SimulatedClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


@dataclass(frozen=True)
class View:
    """What the simulated people see before each action."""

    operators: dict[str, Operator]
    signed_in: list[str]
    tasks: list[tuple[Task, TaskState]]
    lots: list[Lot]
    machines: list[Machine]
    marks: dict[str, list[Mark]]
    customers: list[Customer]
    pause: list[ReasonCode]
    scrap: list[ReasonCode]
    out_of_order: list[ReasonCode]
    built_pallets: list[str]
    overrides: OverridePolicy
    fefo: list[ReasonCode] = field(default_factory=list)
    """The reasons an operator may give for not using the lot that expires first."""

    def signed(self, role: Role | None = None) -> list[str]:
        return [o for o in self.signed_in if role is None or self.operators[o].has_role(role)]

    def active(self, status: str = "running") -> list[tuple[Task, TaskState]]:
        return [(t, s) for t, s in self.tasks if s.status == status and s.crew]


@dataclass
class SimulationReport:
    actions: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    done: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)


class ShiftSimulator:
    #: Average simulated seconds between two actions at the station.
    STEP_SECONDS = 45.0

    def __init__(
        self,
        ctx: StationContext,
        *,
        start: datetime,
        seed: int = 1,
        pins: dict[str, str] | None = None,
        echo: Callable[[str], None] | None = None,
        holds: bool = False,
    ) -> None:
        self.clock = SimulatedClock(start)
        self.ctx = replace(ctx, clock=self.clock)
        self.rng = random.Random(seed)
        self.report = SimulationReport()
        self.echo = echo
        self.names: dict[str, str] = {}
        #: PINs the simulated shift leads type when they override (the demo plant's are public).
        self.pins = pins or {}
        #: Whether quality holds and releases lots during the shift (off by default: seeded shifts stay as they were).
        self.holds = holds

    # --- helpers -----------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        line = f"{self.clock.now():%H:%M} {text}"
        self.report.lines.append(line)
        if self.echo is not None:
            self.echo(line)

    def _view(self) -> View:
        with self.ctx.uow() as uow:
            ops = uow.operators()
            self.names = {o.id: o.name for o in ops}
            machine_list = uow.machines()
            return View(
                operators={o.id: o for o in ops},
                signed_in=uow.signed_in(),
                tasks=[
                    (task, state)
                    for t in uow.task_ids()
                    if (task := uow.task(t)) is not None
                    and ((state := uow.task_state(t)).status == "running" or task.order_status.startable)
                ],
                lots=uow.all_lots(),
                machines=machine_list,
                marks={m.id: uow.open_marks(m.id) for m in machine_list},
                customers=uow.customers(),
                pause=uow.reasons(ReasonKind.PAUSE),
                scrap=uow.reasons(ReasonKind.SCRAP),
                out_of_order=uow.reasons(ReasonKind.OUT_OF_ORDER),
                built_pallets=[p.sscc for p in uow.pallets("built")],
                overrides=OverridePolicy.of(uow.reasons(ReasonKind.OVERRIDE)),
                fefo=list(lots.fefo_reasons(uow)),
            )

    def run(self, actions: int) -> SimulationReport:
        moves: list[tuple[Callable[[View], str | None], int]] = [
            (self._sign_in, 10),
            (self._sign_out, 2),
            (self._start, 12),
            (self._pause_or_resume, 8),
            (self._consume, 30),
            (self._stop, 8),
            (self._build_pallet, 6),
            (self._ship, 4),
            (self._machine_down, 2),
            (self._repair, 5),
            (self._receive, 3),
        ]
        if self.holds:
            moves.append((self._hold_or_release, 4))
        funcs = [m for m, _ in moves]
        weights = [w for _, w in moves]
        for _ in range(actions):
            self.clock.advance(self.rng.expovariate(1 / self.STEP_SECONDS))
            view = self._view()
            move = self.rng.choices(funcs, weights)[0]
            self.report.actions += 1
            try:
                said = move(view)
            except Refused as exc:
                self.report.refused["+".join(exc.rules)] += 1
                self._say(f"REFUSED {exc.message}")
            except FloorstationError as exc:
                self.report.refused[type(exc).__name__] += 1
                self._say(f"REFUSED {exc.message}")
            else:
                if said:
                    self.report.done[move.__name__.strip("_")] += 1
                    self._say(said)
        return self.report

    def _pick(self, items: Sequence[T]) -> T | None:
        return self.rng.choice(items) if items else None

    # --- moves -------------------------------------------------------------------------------------------

    def _sign_in(self, view: View) -> str | None:
        away = [o for o in view.operators.values() if o.id not in view.signed_in]
        if not away:
            return None
        op = self.rng.choice(away)
        if self.rng.random() < 0.05:
            operators.sign_in(self.ctx, badge="B" + str(self.rng.randint(5000, 5999)))  # an unknown badge
        operators.sign_in(self.ctx, badge=op.badge)
        return f"{op.name} signed in"

    def _sign_out(self, view: View) -> str | None:
        op = self._pick(view.signed())
        if op is None:
            return None
        operators.sign_out(self.ctx, op)
        return f"{self.names[op]} signed out"

    def _start(self, view: View) -> str | None:
        busy = {member for _, state in view.tasks for member in state.crew}
        # Now and then someone already busy tries another task and is told to stop the first one.
        free = [o for o in view.signed(Role.OPERATOR) if o not in busy or self.rng.random() < 0.05]
        op = self._pick(free)
        if op is None:
            return None
        candidates = [t for t, s in view.tasks if s.status != "paused" and op not in s.crew]
        task = self._pick(candidates)
        if task is None:
            return None
        state = tasks.start_task(self.ctx, task.id, op)
        verb = "joined" if len(state.crew) > 1 else "started"
        return f"{self.names[op]} {verb} {task.id} ({task.name}); production lot {state.output_lot}"

    def _pause_or_resume(self, view: View) -> str | None:
        paused = view.active("paused")
        if paused and self.rng.random() < 0.6:
            task, state = self.rng.choice(paused)
            tasks.resume_task(self.ctx, task.id, state.crew[0])
            return f"{self.names[state.crew[0]]} resumed {task.id}"
        running = view.active()
        if not running:
            return None
        task, state = self.rng.choice(running)
        reason = self.rng.choice(view.pause).code
        tasks.pause_task(self.ctx, task.id, state.crew[0], reason)
        return f"{self.names[state.crew[0]]} paused {task.id}: {reason}"

    def _consume(self, view: View) -> str | None:
        running = view.active()
        if not running:
            return None
        task, state = self.rng.choice(running)
        all_lots = view.lots
        wanted = {line.material for line in task.bom}
        right = [lot for lot in all_lots if lot.material in wanted and lot.balance > 0]
        pool = right if right and self.rng.random() < 0.85 else all_lots
        lot = self._pick(pool)
        if lot is None:
            return None
        op = state.crew[0]
        line = task.bom_line(lot.material)
        qty = None
        if line is not None:
            qty = min(lot.balance, (line.qty_per_unit * self.rng.randint(100, 2000)).quantize(Decimal("0.001")))
            if self.rng.random() < 0.05:
                qty = max(lot.balance, Decimal(0)) + self.rng.randint(1, 50)  # more than the lot has on record
            if qty <= 0:
                return None
        override: lots.Override | None = None
        fefo_reason: str | None = None
        while True:
            try:
                result = lots.consume_lot(
                    self.ctx, task.id, lot.code, op, quantity=qty, override=override, fefo_reason=fefo_reason
                )
                break
            except NeedsConfirmation:
                self.report.refused["repeat_scan_asked"] += 1
                return None
            except FefoReasonNeeded:  # the operator says why the older lot is not used
                if fefo_reason is not None:
                    raise
                fefo_reason = self.rng.choice(view.fefo).code
            except Refused as exc:
                if override is not None:
                    raise
                override = self._override(view, exc) if exc.overridable and self.rng.random() < 0.3 else None
                if override is None:
                    raise
        extra = f" [{'; '.join(result.warnings)}]" if result.warnings else ""
        over = f" (override: {', '.join(result.overridden)})" if result.overridden else ""
        return f"{self.names[op]} consumed {fmt(result.quantity)} of {lot.code} into {result.output_lot}{over}{extra}"

    def _override(self, view: View, refused: Refused) -> lots.Override | None:
        """Someone signed in who may override every refusal here gives a reason that answers them, if there is."""
        reason = self._pick(view.overrides.reasons_for(refused.rules))
        if reason is None:
            return None
        allowed = [o for o in view.signed() if view.overrides.may_sign(reason, refused.rules, view.operators[o].roles)]
        signer = self._pick(allowed)
        if signer is None:
            return None
        person = view.operators[signer]
        return lots.Override(person.badge, self.pins.get(person.id, ""), reason.code)

    def _stop(self, view: View) -> str | None:
        running = view.active() + view.active("paused")
        if not running:
            return None
        task, state = self.rng.choice(running)
        good = self.rng.randint(200, 3000) if task.product != "CASE-28" else self.rng.randint(1, 3)
        scrap = self.rng.choice([0, 0, 0, self.rng.randint(1, 40)])
        reason = self.rng.choice(view.scrap).code if scrap else None
        tasks.stop_task(self.ctx, task.id, state.crew[0], good=good, scrap=scrap, scrap_reason=reason)
        return f"{self.names[state.crew[0]]} stopped {task.id}: {good} good, {scrap} scrap"

    def _build_pallet(self, view: View) -> str | None:
        lead = self._pick(view.signed(Role.SHIFT_LEAD))
        if lead is None:
            return None
        made = [
            lot for lot in view.lots if lot.supplier is None and lot.balance > 0 and lot.status is LotStatus.RELEASED
        ]
        lot = self._pick(made)
        if lot is None:
            return None
        free = lot.balance
        qty = min(free, Decimal(self.rng.choice([500, 1000, 2000])))
        pallet = pallets.build_pallet(self.ctx, lead, lot.code, qty)
        pallets.record_card_printed(self.ctx, lead, card="pallet", subject=pallet.sscc, printer="demo")
        return f"{self.names[lead]} built pallet {pallet.sscc} with {fmt(qty)} of {lot.code}"

    def _ship(self, view: View) -> str | None:
        op = self._pick(view.signed())
        customer = self._pick(view.customers)
        if op is None or customer is None:
            return None
        sscc = self._pick(view.built_pallets)
        if sscc is None:
            return None
        shipment = f"SH-{self.clock.now():%y%m%d}-{self.rng.randint(1, 9)}"
        pallets.ship_pallet(self.ctx, op, sscc, customer.id, shipment)
        return f"pallet {sscc} shipped to {customer.name} on {shipment}"

    def _machine_down(self, view: View) -> str | None:
        op = self._pick(view.signed())
        machine = self._pick(view.machines)
        if op is None or machine is None:
            return None
        reason = self.rng.choice(view.out_of_order).code
        machines.mark_machine_down(self.ctx, op, machine.id, reason, "seen during the shift")
        return f"{self.names[op]} marked {machine.name} out of order: {reason}"

    def _repair(self, view: View) -> str | None:
        tech = self._pick(view.signed(Role.MAINTENANCE))
        down = [(m, marks) for m, marks in view.marks.items() if marks]
        if tech is None or not down:
            return None
        machine_id, marks = self.rng.choice(down)
        signature = Signature(tech, self.pins.get(tech, ""))
        machines.clear_marks(self.ctx, tech, machine_id, [m.mark_id for m in marks], "repaired", signature=signature)
        return f"{self.names[tech]} put {machine_id} back in service ({len(marks)} mark(s) cleared)"

    def _hold_or_release(self, view: View) -> str | None:
        inspector = self._pick(view.signed(Role.QUALITY))
        held = [lot for lot in view.lots if lot.status is LotStatus.HOLD]
        released = [lot for lot in view.lots if lot.status is LotStatus.RELEASED]
        lot = self._pick(held if held and (not released or self.rng.random() < 0.5) else released)
        if inspector is None or lot is None:
            return None
        signature = Signature(inspector, self.pins.get(inspector, ""))
        if lot.status is LotStatus.HOLD:
            quality.release_lot(self.ctx, inspector, lot.code, "lab test passed", signature=signature)
            return f"{self.names[inspector]} released lot {lot.code}"
        quality.hold_lot(self.ctx, inspector, lot.code, "lab_test_pending", signature=signature)
        return f"{self.names[inspector]} put lot {lot.code} on hold"

    def _receive(self, view: View) -> str | None:
        op = self._pick(view.signed())
        if op is None:
            return None
        material = self.rng.choice(["RESIN-PP", "RESIN-PP", "MB-BLUE", "CARTON-S"])
        qty = {"RESIN-PP": 1000, "MB-BLUE": 50, "CARTON-S": 400}[material]
        expiry = (self.clock.now() + timedelta(days=self.rng.randint(200, 700))).date()
        supplier_lot = f"S{self.rng.randint(100000, 999999)}"
        code = lots.receive_lot(
            self.ctx,
            op,
            material=material,
            quantity=qty,
            supplier="Demo supplier",
            supplier_lot=supplier_lot,
            expiry=expiry if material != "CARTON-S" else None,
        )
        return f"{self.names[op]} received {qty} of {material} as lot {code}"
