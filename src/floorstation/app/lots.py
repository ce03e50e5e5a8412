"""Consuming lots into a running task, and receiving supplier lots at goods-in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_UP, Decimal

from floorstation.app.context import StationContext, known_task, required_text, signed_in_operator
from floorstation.app.numbering import next_lot_code
from floorstation.app.quality import hold_decision
from floorstation.app.signatures import Signature, Signer, authenticate_signer, record_signature
from floorstation.domain import overrides, rules
from floorstation.domain.codes import is_gs1_ai82
from floorstation.domain.errors import (
    FefoReasonNeeded,
    InvalidInput,
    NeedsConfirmation,
    NotAllowedNow,
    NotFound,
    PermissionDenied,
    Refused,
    RuleViolation,
)
from floorstation.domain.events import (
    Event,
    FefoOverride,
    LotConsumed,
    LotHoldOverridden,
    LotReceived,
    RuleOverridden,
)
from floorstation.domain.master import (
    FEFO_DEFAULT_REASONS,
    DateKind,
    Lot,
    Material,
    ReasonCode,
    ReasonKind,
    Role,
    Task,
)
from floorstation.domain.overrides import OverridePolicy
from floorstation.domain.ports import StationData, TaskState, UnitOfWork
from floorstation.domain.quantities import fmt, parse_quantity
from floorstation.domain.rules import FefoWarning


@dataclass(frozen=True, slots=True)
class Override:
    """Authority to go past a refusal: who (badge scanned, or operator id when the name was picked), their PIN,
    and why (an override reason code of the plant's that answers the refusal). It is their electronic signature
    on each override it records; the plant's reasons say who may give it (a held lot: a quality person)."""

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
    beyond_balance: Decimal = Decimal(0)
    """How much more than the lot's balance was recorded within the plant's tolerance (no override)."""


@dataclass(frozen=True, slots=True)
class ConsumePrompt:
    """What the terminal shows when it asks how much of a scanned lot was used: the lot's balance (on hand, less
    what is on pallets), the BOM need for the rest of the order, and the quantity it proposes."""

    lot: str
    material: str
    unit: str
    balance: Decimal
    need: Decimal | None
    """The BOM need for the rest of the order; None when the material is not in the BOM (an override)."""
    suggested: Decimal | None
    """The need, at most the balance; None when there is nothing left on record to propose."""


def bom_need(task: Task, material: str, done: Decimal) -> Decimal | None:
    """The BOM need of ``material`` for the rest of the order (one unit's worth once the plan is made).

    Rounded up to the thousandths quantities are recorded in, so a tiny per-unit need is never recorded as zero.
    """
    line = task.bom_line(material)
    if line is None:
        return None
    need = line.qty_per_unit * max(task.planned_qty - done, Decimal(0))
    if need <= 0:
        need = line.qty_per_unit
    return need.quantize(Decimal("0.001"), rounding=ROUND_UP)


def suggested_quantity(task: Task, lot: Lot, done: Decimal) -> Decimal | None:
    """What the terminal proposes for a scan: the BOM need for the rest of the order, at most the lot's balance
    (what is on pallets or shipped is not there to use); None when the lot has nothing left on record."""
    need = bom_need(task, lot.material, done)
    if lot.balance <= 0:
        return None
    return lot.balance if need is None else min(need, lot.balance)


def _policy(uow: UnitOfWork) -> OverridePolicy:
    return OverridePolicy.of(uow.reasons(ReasonKind.OVERRIDE))


def _with_signers(violations: list[RuleViolation], policy: OverridePolicy) -> list[RuleViolation]:
    """Each violation with the roles the plant lets override it; one nobody may override is not overridable."""
    out = []
    for v in violations:
        roles = tuple(r.value for r in policy.roles_for(v.rule)) if v.overridable else ()
        out.append(
            RuleViolation(v.rule, v.message, v.hint, overridable=bool(roles), roles=roles, code=v.code, params=v.params)
        )
    return out


def _authorise(
    ctx: StationContext, uow: UnitOfWork, override: Override, violations: list[RuleViolation], policy: OverridePolicy
) -> tuple[Signer, ReasonCode]:
    """The override's reason must be one of the plant's that answers every refusal, and its signer must hold a role
    the plant lets override each of them with that reason (a held lot: a quality person)."""
    if not all(v.overridable for v in violations):
        raise Refused(violations)
    code = required_text(override.reason, "reason for the override")
    reason = uow.reason(ReasonKind.OVERRIDE, code)
    if reason is None:
        raise NotFound(
            f"{code!r} is not an override reason in master data.",
            "Pick the reason from the list.",
            code="override.reason_unknown",
            params={"reason": code},
        )
    rules_ = [v.rule for v in violations]
    unfit = [rule for rule in rules_ if not overrides.signers(reason, rule)]
    if unfit:
        raise InvalidInput(
            f"'{reason.label}' is not a reason to override {', '.join(unfit)}.",
            "Pick a reason that fits what was refused.",
            code="override.reason_unfit",
            params={"reason": reason.label, "rules": ", ".join(unfit)},
        )
    roles = tuple(role for role in Role if any(role in overrides.signers(reason, rule) for rule in rules_))
    held = "lot_on_hold" in rules_
    signer = authenticate_signer(
        uow,
        ctx.signing,
        Signature(override.authoriser, override.pin),
        ctx.now(),
        role=roles,
        action="sign the use of a lot on hold" if held else "override a refusal",
    )
    if not policy.may_sign(reason, rules_, signer.operator.roles):
        raise PermissionDenied(
            f"{signer.operator.name} may not override all of {', '.join(rules_)} with '{reason.label}'.",
            "Ask someone who may override each of them to sign.",
            code="override.signer_not_allowed",
            params={"name": signer.operator.name, "rules": ", ".join(rules_), "reason": reason.label},
        )
    return signer, reason


def fefo_reasons(data: StationData) -> tuple[ReasonCode, ...]:
    """The reasons an operator may give for using a lot while an older one is on hand: the plant's (master data,
    kind ``fefo``), else the station's defaults."""
    plant = sorted(data.reasons(ReasonKind.FEFO), key=lambda r: r.code == "other")  # "other" last, as people expect
    return tuple(plant) or FEFO_DEFAULT_REASONS


def _fefo_override(uow: UnitOfWork, lot: Lot, today: date, reason: str | None) -> FefoOverride | None:
    """Nothing when no lot of the material expires before ``lot``; else the operator's reason for using it anyway,
    or :class:`FefoReasonNeeded` (nothing recorded) when none was given."""
    older = rules.fefo_warning(lot, uow.lots_of_material(lot.material), today)
    if older is None:
        return None
    if reason is None or not reason.strip():
        expiry = older.suggested_expiry.isoformat() if older.suggested_expiry else ""
        raise FefoReasonNeeded(
            f"Lot {older.suggested} (expires {expiry}) expires before {lot.code} and is on hand.",
            "Use the older lot first, or say why you use this one.",
            code="lot.fefo_reason_needed",
            params={"lot": lot.code, "older": older.suggested, "expiry": expiry},
        )
    code = reason.strip()
    if all(r.code != code for r in fefo_reasons(uow)):
        raise NotFound(
            f"'{code}' is not a reason for using a later-expiring lot.",
            "Pick the reason from the list.",
            code="fefo.reason_unknown",
            params={"reason": code},
        )
    return FefoOverride(reason_code=code, older_lot=older.suggested)


def _running_task(uow: UnitOfWork, task_id: str) -> TaskState:
    state = uow.task_state(task_id)
    if state.status != "running":
        raise NotAllowedNow(
            f"No task is running: {task_id} is {state.status}.",
            "Start (or resume) the task before scanning lots into it.",
            code="lot.no_task_running",
            params={"task": task_id, "status": state.status},
        )
    return state


def _known_lot(uow: UnitOfWork, lot_code: str) -> Lot:
    code = lot_code.strip()
    lot = uow.lot(code)
    if lot is None:
        raise NotFound(
            f"Lot {code!r} is not known at this station.",
            "Check the label; a new supplier lot must be received at goods-in first.",
            code="lot.unknown_consume",
            params={"lot": code},
        )
    return lot


def _lot_refusals(uow: UnitOfWork, task: Task, lot: Lot, now: datetime, policy: OverridePolicy) -> list[RuleViolation]:
    """What forbids the lot whatever the quantity: recalled, on hold, expired, not in the BOM, machine down."""
    found = rules.lot_violations(
        task, lot, now.date(), machine_down=uow.open_marks(task.machine_id), hold=hold_decision(uow, lot)
    )
    return _with_signers(found, policy)


def consumption_prompt(
    ctx: StationContext,
    task_id: str,
    lot_code: str,
    operator_id: str,
    *,
    override: Override | None = None,
    fefo_reason: str | None = None,
) -> ConsumePrompt:
    """What the terminal asks after a lot is scanned: refuses first (recall, hold, expiry, wrong material, machine
    down: :class:`Refused`, changing nothing), asks why when an older lot of the material is on hand
    (:class:`FefoReasonNeeded`, unless ``fefo_reason`` answers it), then says the balance and the BOM need so the
    operator types the quantity used. With ``override`` the refusals are checked against it (reason, signer, PIN)
    before the quantity is asked; nothing is recorded until :func:`consume_lot`."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        task = known_task(uow, task_id)
        lot = _known_lot(uow, lot_code)
        state = _running_task(uow, task_id)
        policy = _policy(uow)
        violations = _lot_refusals(uow, task, lot, ctx.now(), policy)
        if violations:
            if override is None:
                raise Refused(violations)
            _authorise(ctx, uow, override, violations, policy)
        _fefo_override(uow, lot, ctx.now().date(), fefo_reason)
        return _prompt(uow, task, lot, state.good_qty)


def _prompt(uow: UnitOfWork, task: Task, lot: Lot, done: Decimal) -> ConsumePrompt:
    material = uow.material(lot.material)
    return ConsumePrompt(
        lot.code,
        lot.material,
        material.unit if material else "",
        lot.balance,
        bom_need(task, lot.material, done),
        suggested_quantity(task, lot, done),
    )


def consume_lot(
    ctx: StationContext,
    task_id: str,
    lot_code: str,
    operator_id: str,
    *,
    quantity: object | None = None,
    override: Override | None = None,
    confirm_repeat: bool = False,
    fefo_reason: str | None = None,
) -> ConsumeResult:
    """Record that a lot went into the task's production lot, or refuse and say why (changing nothing).

    The refusals that do not depend on the quantity come first, so a wrong material is never asked its quantity.
    A lot used while one of the same material that expires sooner is on hand needs ``fefo_reason`` (a FEFO reason
    code, :func:`fefo_reasons`); without it :class:`FefoReasonNeeded` is raised and nothing recorded. The reason
    and the older lot are recorded in the ``lot.consumed`` event (``fefo_override``).
    Without ``quantity`` the proposal of :func:`consumption_prompt` is used; past the lot's balance (and the plant's
    tolerance) the consumption needs an override.
    """
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        task = known_task(uow, task_id)
        lot = _known_lot(uow, lot_code)
        state = _running_task(uow, task_id)
        now = ctx.now()
        policy = _policy(uow)
        violations = _lot_refusals(uow, task, lot, now, policy)
        if violations and override is None:
            raise Refused(violations)
        fefo_override = _fefo_override(uow, lot, now.date(), fefo_reason)
        if quantity is None:
            qty = suggested_quantity(task, lot, state.good_qty)
            if qty is None:
                raise InvalidInput(
                    f"Lot {lot.code} has nothing left on record.",
                    "Enter the quantity you used.",
                    code="lot.empty",
                    params={"lot": lot.code},
                )
        else:
            qty = parse_quantity(quantity, what="quantity")
        if not confirm_repeat:
            _refuse_quick_repeat(uow, task_id, lot.code, now, ctx.rules.repeat_scan_seconds)
        tolerance = ctx.rules.over_balance_tolerance_percent
        if (over := rules.balance_violation(lot, qty, tolerance)) is not None:
            violations += _with_signers([over], policy)
        warnings: list[str] = []
        beyond = qty - max(lot.balance, Decimal(0)) if over is None and qty > lot.balance else Decimal(0)
        if beyond:
            warnings.append(
                f"{fmt(beyond)} more than lot {lot.code} has on record (within the plant's {tolerance:g} % tolerance)."
            )
        overridden: tuple[str, ...] = ()
        if violations:
            if override is None:
                raise Refused(violations)
            signer, reason = _authorise(ctx, uow, override, violations, policy)
            lead_id = signer.operator.id
            for violation in violations:
                if violation.rule == "lot_on_hold":
                    payload: LotHoldOverridden | RuleOverridden = LotHoldOverridden(
                        lot_code=lot.code,
                        task_id=task_id,
                        status=lot.status.value,
                        authorised_by=lead_id,
                        reason=reason.code,
                    )
                else:
                    payload = RuleOverridden(
                        rule=violation.rule,
                        subject=lot.code,
                        task_id=task_id,
                        authorised_by=lead_id,
                        reason=reason.code,
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
                fefo_override=fefo_override,
            ),
            operator_id=operator_id,
            at=now,
        )
        uow.commit()
        return ConsumeResult(event, qty, state.output_lot, fefo, overridden, tuple(warnings), beyond)


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
