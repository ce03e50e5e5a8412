"""Pallets (shift leads build them from a lot and void them; dispatch ships them) and the cards printed for them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from floorstation.app.context import StationContext, required_text, signed_in_operator
from floorstation.app.numbering import next_sscc
from floorstation.app.signatures import Signature, authenticate_signer, record_signature
from floorstation.domain import rules
from floorstation.domain.errors import InvalidInput, NotAllowedNow, NotFound
from floorstation.domain.events import CardPrinted, PalletBuilt, PalletShipped, PalletVoided
from floorstation.domain.master import Lot, LotStatus, Role
from floorstation.domain.ports import Pallet, StationData, UnitOfWork
from floorstation.domain.quantities import fmt, parse_quantity


def build_pallet(ctx: StationContext, operator_id: str, lot_code: str, quantity: object) -> Pallet:
    """Put a quantity of a lot on a new pallet with the next SSCC from this station's range."""
    with ctx.uow() as uow:
        operator = signed_in_operator(uow, operator_id)
        rules.require_role(operator, Role.SHIFT_LEAD, action="build pallets")
        lot = uow.lot(lot_code.strip())
        if lot is None:
            raise NotFound(
                f"Lot {lot_code.strip()!r} is not known at this station.",
                "Scan the lot card again.",
                code="lot.unknown_card",
                params={"lot": lot_code.strip()},
            )
        if lot.status is not LotStatus.RELEASED:
            raise NotAllowedNow(
                f"Lot {lot.code} is {lot.status.value.upper()}; it cannot be put on a pallet.",
                "Ask quality to release it first.",
                code="pallet.lot_not_released",
                params={"lot": lot.code, "status": lot.status.value.upper()},
            )
        qty = parse_quantity(quantity)
        free = lot.balance
        if qty > free:
            raise InvalidInput(
                f"Lot {lot.code} has {fmt(max(free, Decimal(0)))} not yet on a pallet, less than {fmt(qty)}.",
                "Enter a smaller quantity, or report the production first (Stop with the good quantity).",
                code="pallet.too_much",
                params={"lot": lot.code, "free": fmt(max(free, Decimal(0))), "qty": fmt(qty)},
            )
        material = uow.material(lot.material)
        sscc = next_sscc(uow, ctx.rules)
        uow.record(
            PalletBuilt(
                sscc=sscc,
                lot_code=lot.code,
                material=lot.material,
                quantity=qty,
                unit=material.unit if material else "",
            ),
            operator_id=operator_id,
            at=ctx.now(),
        )
        uow.commit()
        pallet = uow.pallet(sscc)
        assert pallet is not None
        return pallet


def blocking_lot(data: StationData, pallet: Pallet) -> Lot | None:
    """The lot that keeps ``pallet`` from leaving the plant: its own lot or any lot that went into it at any depth,
    recalled (first) or on hold (the nearest the pallet); None when all are released."""
    found = []
    for code in [pallet.lot_code, *data.upstream_lots(pallet.lot_code)]:
        lot = data.lot(code)
        if lot is not None and lot.status is not LotStatus.RELEASED:
            found.append(lot)
    recalled = next((lot for lot in found if lot.status is LotStatus.RECALLED), None)
    return recalled or (found[0] if found else None)


def _refuse_held_contents(uow: UnitOfWork, pallet: Pallet) -> None:
    """A pallet whose lot, or any lot that went into it at any depth, is recalled or on hold does not leave the
    plant."""
    lot = blocking_lot(uow, pallet)
    if lot is None:
        return
    if lot.status is LotStatus.RECALLED:
        raise NotAllowedNow(
            f"Pallet {pallet.sscc} cannot be loaded: it contains lot {lot.code}, which is RECALLED.",
            "Put the pallet aside in quarantine and call quality.",
            code="pallet.contains_recalled",
            params={"sscc": pallet.sscc, "lot": lot.code},
        )
    raise NotAllowedNow(
        f"Pallet {pallet.sscc} cannot be loaded: it contains lot {lot.code}, which is ON HOLD by quality.",
        f"Put the pallet aside until quality releases lot {lot.code}.",
        code="pallet.contains_held",
        params={"sscc": pallet.sscc, "lot": lot.code},
    )


def ship_pallet(ctx: StationContext, operator_id: str, sscc: str, customer_id: str, shipment_id: str) -> Pallet:
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        pallet = uow.pallet(sscc.strip())
        if pallet is None:
            raise NotFound(
                f"Pallet {sscc.strip()!r} is not known at this station.",
                "Scan the pallet card's SSCC.",
                code="pallet.unknown",
                params={"sscc": sscc.strip()},
            )
        if pallet.status in ("shipped", "voided"):
            raise _already_gone(pallet)
        _refuse_held_contents(uow, pallet)
        if uow.customer(customer_id) is None:
            raise NotFound(
                f"Unknown customer {customer_id!r}.",
                "Pick the customer from the list.",
                code="customer.unknown",
                params={"customer": customer_id},
            )
        shipment = required_text(shipment_id, "shipment number")
        uow.record(
            PalletShipped(sscc=pallet.sscc, customer_id=customer_id, shipment_id=shipment),
            operator_id=operator_id,
            at=ctx.now(),
        )
        uow.commit()
        shipped = uow.pallet(pallet.sscc)
        assert shipped is not None
        return shipped


def _already_gone(pallet: Pallet) -> NotAllowedNow:
    """Why a shipped or voided pallet cannot ship, naming where and when that happened when it is known (for a
    pallet built elsewhere, from the plant's change feed or this station's own log)."""
    when = _when(pallet.status_at)
    facts = {"sscc": pallet.sscc, "when": when or ""}
    if pallet.status_station:
        facts["station"] = pallet.status_station
    where = "station {station}" if pallet.status_station else "this station"
    if pallet.status == "shipped":
        hint = "Check the pallet card; each pallet ships once."
        facts |= {"customer": pallet.customer_id or "?", "shipment": pallet.shipment_id or "?"}
        if when is None:
            sentence, code = "Pallet {sscc} was already shipped to {customer} on {shipment}.", "pallet.shipped"
            facts.pop("when")
        else:
            sentence = "Pallet {sscc} was already shipped to {customer} on {shipment} at " + where + " on {when}."
            code = "pallet.shipped_elsewhere" if pallet.status_station else "pallet.shipped_here"
    else:
        hint = "Take its card off; the shift lead builds a new pallet for the goods."
        if when is None or not pallet.void_reason:
            return NotAllowedNow(
                f"Pallet {pallet.sscc} is void; it cannot ship.",
                hint,
                code="pallet.void_no_ship",
                params={"sscc": pallet.sscc},
            )
        facts["reason"] = pallet.void_reason
        sentence = "Pallet {sscc} was voided at " + where + " on {when} ({reason}); it cannot ship."
        code = "pallet.voided_elsewhere" if pallet.status_station else "pallet.voided_here"
    return NotAllowedNow(sentence.format(**facts), hint, code=code, params=facts)


def _when(at: str | None) -> str | None:
    if not at:
        return None
    try:
        return datetime.fromisoformat(at).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def void_pallet(ctx: StationContext, operator_id: str, sscc: str, reason: str, *, signature: Signature) -> Pallet:
    """Void a pallet that has not shipped (wrong quantity, damaged, card unreadable): its quantity goes back to
    the lot, free for a new pallet, and its SSCC is never used again. Shift leads only, signed by a shift lead."""
    with ctx.uow() as uow:
        operator = signed_in_operator(uow, operator_id)
        rules.require_role(operator, Role.SHIFT_LEAD, action="void pallets")
        pallet = uow.pallet(sscc.strip())
        if pallet is None:
            raise NotFound(
                f"Pallet {sscc.strip()!r} is not known at this station.",
                "Scan the pallet card's SSCC.",
                code="pallet.unknown",
                params={"sscc": sscc.strip()},
            )
        if pallet.status != "built":
            raise NotAllowedNow(
                f"Pallet {pallet.sscc} is {pallet.status}; only a pallet that has not shipped can be voided.",
                "A shipped pallet is returned through the customer, not voided.",
                code="pallet.not_voidable",
                params={"sscc": pallet.sscc, "status": pallet.status},
            )
        why = required_text(reason, "reason")
        if len(why) > 200:
            raise InvalidInput(
                "The reason is longer than 200 characters.",
                "Say it in fewer words.",
                code="reason.too_long",
                params={"limit": "200"},
            )
        now = ctx.now()
        signer = authenticate_signer(uow, ctx.signing, signature, now, role=Role.SHIFT_LEAD, action="void pallets")
        voided_event = uow.record(PalletVoided(sscc=pallet.sscc, reason=why), operator_id=operator_id, at=now)
        record_signature(uow, voided_event, signer, now)
        uow.commit()
        voided = uow.pallet(pallet.sscc)
        assert voided is not None
        return voided


def record_card_printed(
    ctx: StationContext, operator_id: str, *, card: Literal["pallet", "lot"], subject: str, printer: str
) -> bool:
    """Record a printed card; returns whether it was a reprint (a card for this subject was printed before)."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        pallet = uow.pallet(subject) if card == "pallet" else None
        if card == "pallet" and pallet is None:
            raise NotFound(
                f"Pallet {subject!r} is not known at this station.",
                "Build the pallet first.",
                code="pallet.unknown_build",
                params={"sscc": subject},
            )
        if pallet is not None and pallet.status == "voided":
            raise NotAllowedNow(
                f"Pallet {subject} is void; its card is not printed again.",
                "Build a new pallet.",
                code="pallet.void_no_card",
                params={"sscc": subject},
            )
        if card == "lot" and uow.lot(subject) is None:
            raise NotFound(
                f"Lot {subject!r} is not known at this station.",
                "Check the lot code.",
                code="lot.unknown",
                params={"lot": subject},
            )
        reprint = uow.cards_printed(card, subject) > 0
        uow.record(
            CardPrinted(card=card, subject=subject, printer=printer, reprint=reprint),
            operator_id=operator_id,
            at=ctx.now(),
        )
        uow.commit()
        return reprint
