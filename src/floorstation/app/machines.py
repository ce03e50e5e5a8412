"""Out of order (anyone signed in may raise it) and back in service (maintenance clears the marks it saw)."""

from __future__ import annotations

from collections.abc import Sequence

from floorstation.app.context import StationContext, signed_in_operator
from floorstation.app.signatures import Signature, authenticate_signer, record_signature
from floorstation.domain import rules
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.domain.events import MachineCleared, MachineMarkedDown
from floorstation.domain.ids import uuid7
from floorstation.domain.marks import Mark
from floorstation.domain.master import ReasonKind, Role


def mark_machine_down(ctx: StationContext, operator_id: str, machine_id: str, reason: str, note: str = "") -> str:
    """Raise an out-of-order mark; returns its id. A machine may carry several marks at once."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        if uow.machine(machine_id) is None:
            raise NotFound(
                f"Unknown machine {machine_id!r}.",
                "Pick the machine from the list or scan its code.",
                code="machine.unknown_mark",
                params={"machine": machine_id},
            )
        if uow.reason(ReasonKind.OUT_OF_ORDER, reason) is None:
            raise NotFound(
                f"Unknown out-of-order reason {reason!r}.",
                "Pick a reason from the list.",
                code="reason.out_of_order_unknown",
                params={"reason": reason},
            )
        mark_id = uuid7()
        uow.record(
            MachineMarkedDown(machine_id=machine_id, mark_id=mark_id, reason=reason, note=note.strip()),
            operator_id=operator_id,
            at=ctx.now(),
        )
        uow.commit()
        return mark_id


def clear_marks(
    ctx: StationContext,
    operator_id: str,
    machine_id: str,
    mark_ids: Sequence[str],
    note: str = "",
    *,
    signature: Signature,
) -> list[Mark]:
    """Put a machine back in service by clearing exactly the marks the technician was shown, signed by a
    maintenance person ("I confirm the machine is fixed").

    Returns the marks still open afterwards (raised meanwhile, not seen by the technician).
    """
    with ctx.uow() as uow:
        operator = signed_in_operator(uow, operator_id)
        rules.require_role(operator, Role.MAINTENANCE, action="put a machine back in service")
        if uow.machine(machine_id) is None:
            raise NotFound(
                f"Unknown machine {machine_id!r}.",
                "Pick the machine from the list.",
                code="machine.unknown",
                params={"machine": machine_id},
            )
        if not mark_ids:
            raise InvalidInput(
                "No out-of-order mark was chosen to clear.", "Tick the marks you have fixed.", code="marks.none_chosen"
            )
        open_ids = {m.mark_id for m in uow.open_marks(machine_id)}
        unknown = [m for m in mark_ids if m not in open_ids]
        if unknown:
            raise InvalidInput(
                f"Mark {unknown[0]} is not open on {machine_id}.",
                "Refresh the list of open marks and try again.",
                code="marks.not_open",
                params={"mark": unknown[0], "machine": machine_id},
            )
        now = ctx.now()
        signer = authenticate_signer(
            uow, ctx.signing, signature, now, role=Role.MAINTENANCE, action="put a machine back in service"
        )
        cleared = uow.record(
            MachineCleared(machine_id=machine_id, mark_ids=tuple(dict.fromkeys(mark_ids)), note=note.strip()),
            operator_id=operator_id,
            at=now,
        )
        record_signature(uow, cleared, signer, now)
        uow.commit()
        return uow.open_marks(machine_id)
