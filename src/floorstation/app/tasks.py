"""Start / Pause / Resume / Count / Stop work registration, and the production lot each task fills.

Stop has two meanings an operator chooses between: "stop for now" (end of a shift or a break: the task stays in
the machine's queue, anyone may start it again) and "operation finished" (the task leaves the queue for good).
Counts record good, scrap by reason and rework while the task runs, any number of times."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal

from floorstation.app.context import StationContext, known_task, required_text, signed_in_operator
from floorstation.app.numbering import lot_source, next_lot_code
from floorstation.domain import rules
from floorstation.domain.errors import InvalidInput, NotAllowedNow, NotFound
from floorstation.domain.events import (
    LotProduced,
    ScrapCount,
    TaskCounted,
    TaskPaused,
    TaskResumed,
    TaskStarted,
    TaskStopped,
)
from floorstation.domain.master import ReasonKind, Task, WorkOrderStatus
from floorstation.domain.ports import StationData, TaskState, UnitOfWork
from floorstation.domain.quantities import fmt, parse_quantity


def start_task(ctx: StationContext, task_id: str, operator_id: str) -> TaskState:
    """Start a task, or join it when someone else already started it. Opens a production lot if it has none."""
    with ctx.uow() as uow:
        operator = signed_in_operator(uow, operator_id)
        task = known_task(uow, task_id)
        machine = uow.machine(task.machine_id)
        state = uow.task_state(task_id)
        for other in uow.tasks_of_operator(operator_id):
            if other.task_id != task_id and other.status in ("running", "paused"):
                raise NotAllowedNow(
                    f"{operator.name} is already working on task {other.task_id}.",
                    "Stop that task, or sign out of it, before starting another.",
                    code="task.busy_elsewhere",
                    params={"name": operator.name, "task": other.task_id},
                )
        if state.status == "finished":
            raise NotAllowedNow(
                f"Task {task_id} is finished: its operation was reported done.",
                "Pick another task from the machine's queue, or ask the office to reopen the order.",
                code="task.finished",
                params={"task": task_id},
            )
        if state.status == "paused":
            raise NotAllowedNow(
                f"Task {task_id} is paused.",
                "Press Resume to continue it.",
                code="task.paused_resume",
                params={"task": task_id},
            )
        if state.status == "running" and operator_id in state.crew:
            raise NotAllowedNow(
                f"{operator.name} is already working on task {task_id}.",
                "Nothing to do.",
                code="task.already_on",
                params={"name": operator.name, "task": task_id},
            )
        require_order_open(task)
        joined = state.status == "running"
        if not joined:
            rules.require_machine_up(
                machine.name if machine else task.machine_id,
                uow.open_marks(task.machine_id),
                uow.reasons(ReasonKind.OUT_OF_ORDER),
            )
        uow.record(
            TaskStarted(task_id=task_id, machine_id=task.machine_id, work_order=task.work_order, joined=joined),
            operator_id=operator_id,
            at=ctx.now(),
        )
        if not joined and state.output_lot is None:
            _open_lot(ctx, uow, task, operator_id)
        uow.commit()
        return uow.task_state(task_id)


def require_order_open(task: Task) -> None:
    """Work starts (and resumes) only on a released work order: one on hold, closed or cancelled by the plant's
    planning is refused. Pausing and stopping stay possible, so work already under way is recorded whole."""
    status = task.order_status
    if status is WorkOrderStatus.ON_HOLD:
        raise NotAllowedNow(
            f"Work order {task.work_order} is on hold.",
            "Ask your shift lead; its tasks can be started once the order is released again.",
            code="order.on_hold",
            params={"order": task.work_order},
        )
    if status is WorkOrderStatus.CLOSED:
        raise NotAllowedNow(
            f"Work order {task.work_order} is closed.",
            "Pick another task from the machine's queue.",
            code="order.closed",
            params={"order": task.work_order},
        )
    if status is WorkOrderStatus.CANCELLED:
        raise NotAllowedNow(
            f"Work order {task.work_order} was cancelled.",
            "Pick another task from the machine's queue.",
            code="order.cancelled",
            params={"order": task.work_order},
        )


def _running(uow: UnitOfWork, task_id: str, *, allow_paused: bool = False) -> TaskState:
    state = uow.task_state(task_id)
    if state.status == "running" or (allow_paused and state.status == "paused"):
        return state
    if state.status == "paused":
        raise NotAllowedNow(
            f"Task {task_id} is paused.", "Press Resume first.", code="task.paused", params={"task": task_id}
        )
    raise NotAllowedNow(
        f"Task {task_id} is not running.", "Press Start first.", code="task.not_running", params={"task": task_id}
    )


def pause_task(ctx: StationContext, task_id: str, operator_id: str, reason: str) -> TaskState:
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        known_task(uow, task_id)
        _running(uow, task_id)
        code = required_text(reason, "pause reason")
        if uow.reason(ReasonKind.PAUSE, code) is None:
            raise NotFound(
                f"Unknown pause reason {code!r}.",
                "Pick a reason from the list.",
                code="reason.pause_unknown",
                params={"reason": code},
            )
        uow.record(TaskPaused(task_id=task_id, reason=code), operator_id=operator_id, at=ctx.now())
        uow.commit()
        return uow.task_state(task_id)


def resume_task(ctx: StationContext, task_id: str, operator_id: str) -> TaskState:
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        known_task(uow, task_id)
        if uow.task_state(task_id).status != "paused":
            raise NotAllowedNow(
                f"Task {task_id} is not paused.", "Nothing to resume.", code="task.not_paused", params={"task": task_id}
            )
        task = known_task(uow, task_id)
        require_order_open(task)
        machine = uow.machine(task.machine_id)
        rules.require_machine_up(
            machine.name if machine else task.machine_id,
            uow.open_marks(task.machine_id),
            uow.reasons(ReasonKind.OUT_OF_ORDER),
        )
        uow.record(TaskResumed(task_id=task_id), operator_id=operator_id, at=ctx.now())
        uow.commit()
        return uow.task_state(task_id)


def _scrap_reason(data: StationData, code: str | None) -> str:
    reason = required_text(code, "scrap reason")
    if data.reason(ReasonKind.SCRAP, reason) is None:
        raise NotFound(
            f"Unknown scrap reason {reason!r}.",
            "Pick a reason from the list.",
            code="reason.scrap_unknown",
            params={"reason": reason},
        )
    return reason


def _not_too_much(task: Task, total: Decimal) -> None:
    limit = task.planned_qty * 10
    if total > max(limit, Decimal(1)) and task.planned_qty > 0:
        raise InvalidInput(
            f"{fmt(total)} is more than ten times the planned {fmt(task.planned_qty)} for {task.work_order}.",
            "Check the quantities and enter them again.",
            code="task.too_much",
            params={"qty": fmt(total), "planned": fmt(task.planned_qty), "order": task.work_order},
        )


def _reporting(uow: UnitOfWork, task_id: str, operator_id: str, good: object) -> tuple[Task, TaskState, Decimal]:
    """What a count and a stop check first: who reports, on which task (running or paused), how many good."""
    signed_in_operator(uow, operator_id)
    task = known_task(uow, task_id)
    state = _running(uow, task_id, allow_paused=True)
    return task, state, parse_quantity(good, what="good quantity", allow_zero=True)


def count_task(
    ctx: StationContext,
    task_id: str,
    operator_id: str,
    *,
    good: object = 0,
    scrap: Mapping[str, object] | None = None,
    rework: object = 0,
) -> TaskState:
    """Record an interim count on a running or paused task: good, scrap by reason (code -> quantity) and rework
    made since the last count. The good go into the task's production lot at once."""
    with ctx.uow() as uow:
        task, state, good_qty = _reporting(uow, task_id, operator_id, good)
        rework_qty = parse_quantity(rework, what="rework quantity", allow_zero=True)
        scraps = []
        for code, qty in sorted((scrap or {}).items()):
            scrap_qty = parse_quantity(qty, what="scrap quantity", allow_zero=True)
            if scrap_qty > 0:
                scraps.append(ScrapCount(reason=_scrap_reason(uow, code), qty=scrap_qty))
        counted = TaskCounted(
            task_id=task_id, good_qty=good_qty, scrap=tuple(scraps), rework_qty=rework_qty, output_lot=state.output_lot
        )
        if good_qty == 0 and rework_qty == 0 and not scraps:
            raise InvalidInput(
                "Nothing to count: every quantity is zero.",
                "Type the good, scrap or rework quantity first.",
                code="task.count_empty",
            )
        _not_too_much(task, good_qty + counted.scrap_qty)
        uow.record(counted, operator_id=operator_id, at=ctx.now())
        uow.commit()
        return uow.task_state(task_id)


def stop_task(
    ctx: StationContext,
    task_id: str,
    operator_id: str,
    *,
    good: object,
    scrap: object = 0,
    scrap_reason: str | None = None,
    finished: bool | None = None,
) -> TaskState:
    """Stop the task for its whole crew, reporting good and scrap quantities not counted yet. ``finished``: the
    operation is done and leaves the queue; False: stopped for now (a shift's end, a break), to be started again."""
    with ctx.uow() as uow:
        task, state, good_qty = _reporting(uow, task_id, operator_id, good)
        scrap_qty = parse_quantity(scrap, what="scrap quantity", allow_zero=True)
        reason = _scrap_reason(uow, scrap_reason) if scrap_qty > 0 else None
        _not_too_much(task, good_qty + scrap_qty)
        uow.record(
            TaskStopped(
                task_id=task_id,
                good_qty=good_qty,
                scrap_qty=scrap_qty,
                scrap_reason=reason,
                output_lot=state.output_lot,
                finished=finished,
            ),
            operator_id=operator_id,
            at=ctx.now(),
        )
        uow.commit()
        return uow.task_state(task_id)


def _open_lot(ctx: StationContext, uow: UnitOfWork, task: Task, operator_id: str) -> str:
    machine = uow.machine(task.machine_id)
    product = uow.material(task.product)
    if product is None:
        raise NotFound(
            f"Product {task.product!r} of {task.work_order} is not in master data.",
            "Ask the office.",
            code="product.unknown",
            params={"product": task.product, "order": task.work_order},
        )
    now = ctx.now()
    source = lot_source(ctx.rules, task.machine_id, machine.code if machine else task.machine_id)
    code = next_lot_code(uow, ctx.rules, machine_code=source, day=now.date())
    expiry = now.date() + timedelta(days=product.shelf_life_days) if product.shelf_life_days else None
    uow.record(
        LotProduced(
            lot_code=code,
            material=product.code,
            task_id=task.id,
            work_order=task.work_order,
            machine_id=task.machine_id,
            produced_on=now.date(),
            expiry=expiry,
        ),
        operator_id=operator_id,
        at=now,
    )
    return code


def open_production_lot(ctx: StationContext, task_id: str, operator_id: str) -> str:
    """Open a new production lot for a task (a new shift, a new batch); what follows goes into it."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        task = known_task(uow, task_id)
        code = _open_lot(ctx, uow, task, operator_id)
        uow.commit()
        return code
