"""Consuming lots into a running task, and receiving supplier lots at goods-in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_UP, Decimal

from floorstation.app.context import StationContext, known_task, required_text, signed_in_operator
from floorstation.app.numbering import next_lot_code
from floorstation.app.quality import hold_decision
from floorstation.app.signatures import Signature, Signer, authenticate_signer, record_signature
from floorstation.domain import rules
from floorstation.domain.codes import is_gs1_ai82
from floorstation.domain.errors import (
    InvalidInput,
    NeedsConfirmation,
    NotAllowedNow,
    NotFound,
    Refused,
    RuleViolation,
)
from floorstation.domain.events import Event, LotConsumed, LotHoldOverridden, LotReceived, RuleOverridden
from floorstation.domain.master import DateKind, Lot, Material, Role, Task
from floorstation.domain.ports import UnitOfWork
from floorstation.domain.quantities import fmt, parse_quantity
from floorstation.domain.rules import FefoWarning


@dataclass(frozen=True, slots=True)
class Override:
    """A shift lead's authority to go past a refusal: who (badge scanned, or operator id when the name was
    picked), their PIN, and why. It is their electronic signature on each override it records."""

    authoriser: str
    pin: str
    reason: str


@dataclass(frozen=True, slots=True)
class ConsumeResult:
    event: Event
    quantity: Decimal
    output_lot: str | None
    fefo: FefoWarning | None = None
    overridden: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def suggested_quantity(task: Task, lot: Lot, done: Decimal) -> Decimal:
    """What a scan consumes unless the operator edits it: the BOM need for the rest of the order, at most the lot.

    Rounded up to the thousandths quantities are recorded in, so a tiny per-unit need is never recorded as zero.
    """
    line = task.bom_line(lot.material)
    if line is None:
        return lot.quantity
    need = line.qty_per_unit * max(task.planned_qty - done, Decimal(0))
    if need <= 0:
        need = line.qty_per_unit
    need = need.quantize(Decimal("0.001"), rounding=ROUND_UP)
    return min(need, lot.quantity) if lot.quantity > 0 else need


def _authorise(ctx: StationContext, uow: UnitOfWork, override: Override, violations: list[RuleViolation]) -> Signer:
    if not all(v.overridable for v in violations):
        raise Refused(violations)
    signer = authenticate_signer(
        uow,
        ctx.signing,
        Signature(override.authoriser, override.pin),
        ctx.now(),
        role=Role.SHIFT_LEAD,
        action="override a refusal",
    )
    required_text(override.reason, "reason for the override")
    return signer


def consume_lot(
    ctx: StationContext,
    task_id: str,
    lot_code: str,
    operator_id: str,
    *,
    quantity: object | None = None,
    override: Override | None = None,
    confirm_repeat: bool = False,
) -> ConsumeResult:
    """Record that a lot went into the task's production lot, or refuse and say why (changing nothing)."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        task = known_task(uow, task_id)
        code = lot_code.strip()
        lot = uow.lot(code)
        if lot is None:
            raise NotFound(
                f"Lot {code!r} is not known at this station.",
                "Check the label; a new supplier lot must be received at goods-in first.",
                code="lot.unknown_consume",
                params={"lot": code},
            )
        state = uow.task_state(task_id)
        if state.status != "running":
            raise NotAllowedNow(
                f"No task is running: {task_id} is {state.status}.",
                "Start (or resume) the task before scanning lots into it.",
                code="lot.no_task_running",
                params={"task": task_id, "status": state.status},
            )
        now = ctx.now()
        qty = (
            suggested_quantity(task, lot, state.good_qty)
            if quantity is None
            else parse_quantity(quantity, what="quantity")
        )
        if qty <= 0:
            raise InvalidInput(
                f"Lot {lot.code} has nothing left on record.",
                "Enter the quantity you used.",
                code="lot.empty",
                params={"lot": lot.code},
            )
        if not confirm_repeat:
            _refuse_quick_repeat(uow, task_id, lot.code, now, ctx.rules.repeat_scan_seconds)
        violations = rules.lot_violations(
            task, lot, now.date(), machine_down=uow.open_marks(task.machine_id), hold=hold_decision(uow, lot)
        )
        if (over := rules.balance_violation(lot, qty)) is not None:
            violations.append(over)
        overridden: tuple[str, ...] = ()
        if violations:
            if override is None:
                raise Refused(violations)
            signer = _authorise(ctx, uow, override, violations)
            lead_id = signer.operator.id
            reason = override.reason.strip()
            for violation in violations:
                if violation.rule == "lot_on_hold":
                    payload: LotHoldOverridden | RuleOverridden = LotHoldOverridden(
                        lot_code=lot.code,
                        task_id=task_id,
                        status=lot.status.value,
                        authorised_by=lead_id,
                        reason=reason,
                    )
                else:
                    payload = RuleOverridden(
                        rule=violation.rule,
                        subject=lot.code,
                        task_id=task_id,
                        authorised_by=lead_id,
                        reason=reason,
                    )
                record_signature(uow, uow.record(payload, operator_id=lead_id, at=now), signer, now)
            overridden = tuple(v.rule for v in violations)
        material = uow.material(lot.material)
        fefo = rules.fefo_warning(lot, uow.lots_of_material(lot.material), now.date())
        event = uow.record(
            LotConsumed(
                input_lot=lot.code,
                output_lot=state.output_lot,
                task_id=task_id,
                material=lot.material,
                quantity=qty,
                unit=material.unit if material else "",
            ),
            operator_id=operator_id,
            at=now,
        )
        uow.commit()
        warnings = (fefo.message,) if fefo else ()
        return ConsumeResult(event, qty, state.output_lot, fefo, overridden, warnings)


def _refuse_quick_repeat(uow: UnitOfWork, task_id: str, lot_code: str, now: datetime, window: float) -> None:
    earlier = uow.consumptions(task_id, lot_code)
    if not earlier:
        return
    last = earlier[-1]
    since = now - datetime.fromisoformat(last.occurred_at)
    if since < timedelta(seconds=window):
        raise NeedsConfirmation(
            f"Lot {lot_code} was already scanned into {task_id} {since.total_seconds():.0f} s ago "
            f"({fmt(last.quantity)}).",
            "Was that the same lot scanned twice? Confirm only if you really used it again.",
            code="lot.scanned_twice",
            params={
                "lot": lot_code,
                "task": task_id,
                "seconds": f"{since.total_seconds():.0f}",
                "qty": fmt(last.quantity),
            },
        )


def receive_lot(
    ctx: StationContext,
    operator_id: str,
    *,
    material: str,
    quantity: object,
    supplier: str | None = None,
    supplier_lot: str | None = None,
    expiry: date | None = None,
    gtin: str | None = None,
) -> str:
    """Goods-in: a supplier lot arrives and becomes an internal lot with a code from this station's pattern."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        mat = uow.material(material)
        if mat is None:
            raise NotFound(
                f"Material {material!r} is not in master data.",
                "Check the label, or ask the office.",
                code="material.unknown",
                params={"material": material},
            )
        code = record_receipt(
            uow, ctx, operator_id, mat, quantity, supplier=supplier, supplier_lot=supplier_lot, expiry=expiry, gtin=gtin
        )
        uow.commit()
        return code


def record_receipt(
    uow: UnitOfWork,
    ctx: StationContext,
    operator_id: str,
    mat: Material,
    quantity: object,
    *,
    supplier: str | None = None,
    supplier_lot: str | None = None,
    expiry: date | None = None,
    gtin: str | None = None,
    date_kind: DateKind | None = None,
) -> str:
    """Validate a receipt of ``mat`` and record it in ``uow`` (the caller commits); returns the new lot code.
    ``date_kind``: what the supplier's label called the date, when it said ((15) best-before, (17) expiry)."""
    qty = parse_quantity(quantity)
    if supplier_lot is not None and (not supplier_lot.strip() or len(supplier_lot) > 64):
        raise InvalidInput(
            f"Supplier lot {supplier_lot!r} is not a lot number.",
            "Scan the supplier's label again.",
            code="goods_in.bad_supplier_lot",
            params={"supplier_lot": supplier_lot},
        )
    now = ctx.now()
    if expiry is not None and expiry < now.date():
        raise Refused(
            [
                RuleViolation(
                    "lot_expired",
                    f"This lot expired on {expiry:%Y-%m-%d}; it cannot be received.",
                    "Refuse the delivery, or call quality.",
                    overridable=False,
                    code="goods_in.expired",
                    params={"date": expiry.isoformat()},
                )
            ]
        )
    code = next_lot_code(uow, ctx.rules, machine_code=ctx.rules.station_code, day=now.date())
    if supplier_lot is not None and not is_gs1_ai82(supplier_lot.strip()):
        raise InvalidInput(
            f"Supplier lot {supplier_lot!r} has characters no GS1 label carries.",
            "Type it again.",
            code="goods_in.supplier_lot_characters",
            params={"supplier_lot": supplier_lot},
        )
    uow.record(
        LotReceived(
            lot_code=code,
            material=mat.code,
            quantity=qty,
            unit=mat.unit,
            supplier=supplier,
            supplier_lot=supplier_lot.strip() if supplier_lot else None,
            gtin=gtin or mat.gtin,
            expiry=expiry,
            received_on=now.date(),
            date_kind=date_kind if expiry is not None else None,
        ),
        operator_id=operator_id,
        at=now,
    )
    return code
