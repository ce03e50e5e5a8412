"""Quality holds and releases lots at a terminal, each decision signed (``lot.held`` / ``lot.released``).

A held lot is refused at consumption (a shift lead may override, signed) and cannot go on a pallet. A recalled
lot is not released here: a recall is a plant decision, undone centrally on the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from floorstation.app.context import StationContext, signed_in_operator
from floorstation.app.signatures import Signature, authenticate_signer, record_signature
from floorstation.domain import rules
from floorstation.domain.errors import InvalidInput, NotAllowedNow, NotFound
from floorstation.domain.events import LotHeld, LotReleased, Payload
from floorstation.domain.master import Lot, LotStatus, ReasonKind, Role
from floorstation.domain.ports import StationData
from floorstation.domain.rules import HoldDecision

REASON_LIMIT = 200


@dataclass(frozen=True, slots=True)
class LotStatusView:
    """A lot as the quality screen shows it: its status and the decision behind it, in words."""

    lot: Lot
    reason: str | None
    """The reason's label (a hold reason code's label, or the text typed)."""
    by: str | None
    """The deciding person's name (or id when this station does not know them)."""
    at: str | None
    """When, as ``YYYY-MM-DD HH:MM`` station time."""
    reason_names: tuple[tuple[str, str], ...] = ()
    """The reason's label in other languages, from master data."""


def _who(data: StationData, operator_id: str | None) -> str | None:
    if not operator_id:
        return None
    operator = data.operator(operator_id)
    return operator.name if operator else operator_id


def reason_label(data: StationData, reason: str | None) -> str | None:
    if not reason:
        return None
    code = data.reason(ReasonKind.HOLD, reason)
    return code.label if code else reason


def _when(at: str | None) -> str | None:
    if not at:
        return None
    try:
        return datetime.fromisoformat(at).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def hold_decision(data: StationData, lot: Lot) -> HoldDecision | None:
    """Who held ``lot``, when and why, when that is known (a hold from master data may not say)."""
    if lot.status is not LotStatus.HOLD or not lot.status_at:
        return None
    return HoldDecision(
        by=_who(data, lot.status_by) or "?",
        at=_when(lot.status_at) or "?",
        reason=reason_label(data, lot.status_reason) or "?",
        reason_names=_reason_names(data, lot.status_reason),
    )


def _reason_names(data: StationData, reason: str | None) -> tuple[tuple[str, str], ...]:
    code = data.reason(ReasonKind.HOLD, reason) if reason else None
    return code.labels if code else ()


def lot_status(ctx: StationContext, lot_code: str) -> LotStatusView:
    with ctx.uow() as uow:
        lot = _known_lot(uow, lot_code)
        return LotStatusView(
            lot,
            reason_label(uow, lot.status_reason),
            _who(uow, lot.status_by),
            _when(lot.status_at),
            _reason_names(uow, lot.status_reason),
        )


def _known_lot(data: StationData, lot_code: str) -> Lot:
    code = lot_code.strip()
    lot = data.lot(code) if code else None
    if lot is None:
        raise NotFound(
            f"Lot {code!r} is not known at this station.",
            "Scan the lot card or type the code again.",
            code="quality.lot_unknown",
            params={"lot": code},
        )
    return lot


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise InvalidInput("A reason is required.", "Tap a reason or type one.", code="quality.reason_required")
    if len(text) > REASON_LIMIT:
        raise InvalidInput(
            f"The reason is longer than {REASON_LIMIT} characters.",
            "Say it in fewer words.",
            code="reason.too_long",
            params={"limit": str(REASON_LIMIT)},
        )
    return text


def hold_lot(ctx: StationContext, operator_id: str, lot_code: str, reason: str, *, signature: Signature) -> Lot:
    """Put a released lot on hold, signed by a quality person; returns the lot as it is now."""
    return _decide(ctx, operator_id, lot_code, reason, signature, hold=True)


def release_lot(ctx: StationContext, operator_id: str, lot_code: str, reason: str, *, signature: Signature) -> Lot:
    """Release a held lot, signed by a quality person; returns the lot as it is now."""
    return _decide(ctx, operator_id, lot_code, reason, signature, hold=False)


def _decide(
    ctx: StationContext, operator_id: str, lot_code: str, reason: str, signature: Signature, *, hold: bool
) -> Lot:
    action = "put lots on hold" if hold else "release lots"
    with ctx.uow() as uow:
        operator = signed_in_operator(uow, operator_id)
        rules.require_role(operator, Role.QUALITY, action=action)
        lot = _known_lot(uow, lot_code)
        if lot.status is LotStatus.RECALLED:
            raise NotAllowedNow(
                f"Lot {lot.code} is RECALLED; a recall is not changed at a terminal.",
                "Keep it in quarantine; quality undoes a recall centrally on the server.",
                code="quality.recalled",
                params={"lot": lot.code},
            )
        if hold and lot.status is LotStatus.HOLD:
            raise NotAllowedNow(
                f"Lot {lot.code} is already on hold.",
                "Nothing to do; release it when it is cleared.",
                code="quality.already_held",
                params={"lot": lot.code},
            )
        if not hold and lot.status is not LotStatus.HOLD:
            raise NotAllowedNow(
                f"Lot {lot.code} is not on hold.",
                "Nothing to release; hold it first if it is suspect.",
                code="quality.not_held",
                params={"lot": lot.code},
            )
        why = _reason(reason)
        now = ctx.now()
        signer = authenticate_signer(uow, ctx.signing, signature, now, role=Role.QUALITY, action=action)
        payload: Payload = (
            LotHeld(lot_code=lot.code, reason=why) if hold else LotReleased(lot_code=lot.code, reason=why)
        )
        record_signature(uow, uow.record(payload, operator_id=operator_id, at=now), signer, now)
        uow.commit()
        decided = uow.lot(lot.code)
        assert decided is not None
        return decided
