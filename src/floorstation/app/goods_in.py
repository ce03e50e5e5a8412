"""Goods-in by scan: a supplier's GS1 label (GTIN, lot, expiry, count) becomes a received lot in one scan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from floorstation.app.context import StationContext, signed_in_operator
from floorstation.app.lots import record_receipt
from floorstation.domain.errors import InvalidInput, NotAllowedNow, NotFound
from floorstation.domain.master import DateKind, Lot
from floorstation.domain.own_codes import ScanSettings
from floorstation.domain.ports import StationData
from floorstation.domain.quantities import parse_quantity
from floorstation.domain.scan_meaning import ScanKind, ScanMeaning, explain

_RESCAN = "Scan the supplier's label again, or receive the lot by hand."


@dataclass(frozen=True, slots=True)
class ReceivedLabel:
    lot_code: str
    """The internal lot the receipt created."""
    material: str
    quantity: Decimal
    supplier_lot: str | None
    expiry: date | None
    scan: ScanMeaning


def receive_label(
    ctx: StationContext,
    operator_id: str,
    raw: str,
    *,
    quantity: object | None = None,
    aim: str | None = None,
    supplier: str | None = None,
) -> ReceivedLabel:
    """Receive the lot a supplier's GS1 label describes; refuse (recording nothing) and say why otherwise.

    The material is the one whose GTIN is on the label ((01), or (02) on a logistic label); the quantity is
    ``quantity`` when the operator entered one, else the label's count ((30) or (37)). ``raw`` may start with an
    AIM identifier, or give it as ``aim``. A supplier lot of the material already received here is refused
    (:class:`NotAllowedNow`): the same label scanned twice is one delivery, not two.

    The receipt records who the goods came from (FSMA 204's immediate previous source and TLC source):
    ``supplier`` when the person named one, else the supplier the material's lots in master data come from when
    they all name the same one. A label does not name its supplier; the material usually does, through them.
    It also records what kind of date the label gave: (17) expiry, or (15) best-before, which stays one.
    """
    scan = explain(raw, aim=aim, settings=ScanSettings.from_rules(ctx.rules))
    if scan.errors:
        first = scan.errors[0]
        raise InvalidInput(first, _RESCAN, code=getattr(first, "code", ""), params=getattr(first, "params", None))
    if scan.kind not in (ScanKind.GS1, ScanKind.SSCC) or scan.gtin is None:
        raise InvalidInput(
            f"This is {_what(scan)}, not a supplier's GS1 label with a GTIN.",
            "Scan the barcode that holds the GTIN (01), the lot (10) and the expiry date (17).",
            code="goods_in.not_a_label",
            params={"what": _what(scan)},
        )
    if quantity is not None:
        qty = parse_quantity(quantity)
    elif scan.quantity is not None:
        qty = parse_quantity(scan.quantity)
    else:
        raise InvalidInput(
            "The label does not say how many arrived (no count (30) or (37)).",
            "Enter the quantity.",
            code="goods_in.no_count",
        )
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        material = uow.material_by_gtin(scan.gtin)
        if material is None:
            raise NotFound(
                f"No material in master data has the GTIN {scan.gtin}.",
                "Ask the office to add this GTIN to the material, or receive the lot by hand.",
                code="goods_in.gtin_unknown",
                params={"gtin": str(scan.gtin)},
            )
        if material.lot_tracked and scan.lot is None:
            raise InvalidInput(
                f"The label has no lot number (10), and {material.name} is lot-tracked.",
                "Scan the barcode with the lot number, or receive the lot by hand and type it.",
                code="goods_in.no_lot",
                params={"material": material.name},
            )
        if scan.lot is not None and (known := already_received(uow, material.code, scan.lot)) is not None:
            raise NotAllowedNow(
                f"Supplier lot {scan.lot} of {material.name} was already received here as lot {known.code}.",
                "Do not receive it twice: put the label aside, or ask the office if this is a second delivery.",
                code="goods_in.received_before",
                params={"supplier_lot": str(scan.lot), "material": material.name, "lot": known.code},
            )
        code = record_receipt(
            uow,
            ctx,
            operator_id,
            material,
            qty,
            supplier=supplier or usual_supplier(uow, material.code),
            supplier_lot=scan.lot,
            expiry=scan.expiry,
            gtin=scan.gtin,
            date_kind=_date_kind(scan),
        )
        uow.commit()
    return ReceivedLabel(code, material.code, qty, scan.lot, scan.expiry, scan)


@dataclass(frozen=True, slots=True)
class Receipt:
    """One lot received here, as the goods-in screen lists it."""

    lot_code: str
    supplier_lot: str | None
    material: str
    material_name: str
    quantity: Decimal
    """As received."""
    unit: str
    expiry: date | None
    cards_printed: int
    """Lot cards of it recorded as printed (0: none yet, so the next one is no reprint)."""


def received_today(ctx: StationContext) -> list[Receipt]:
    """The lots received at this station today, newest first."""
    with ctx.uow() as uow:
        found = []
        for lot in uow.lots_received_on(ctx.now().date()):
            material = uow.material(lot.material)
            found.append(
                Receipt(
                    lot.code,
                    lot.supplier_lot,
                    lot.material,
                    material.name if material else lot.material,
                    lot.quantity,
                    material.unit if material else "",
                    lot.expiry,
                    uow.cards_printed("lot", lot.code),
                )
            )
    return found[::-1]


def usual_supplier(data: StationData, material: str) -> str | None:
    """The one supplier the known lots of ``material`` name; None when they name none or several."""
    named = {lot.supplier for lot in data.lots_of_material(material) if lot.supplier}
    return named.pop() if len(named) == 1 else None


def _date_kind(scan: ScanMeaning) -> DateKind | None:
    """What ``scan.expiry`` is: (17) when the label has it, else the (15) best-before it was taken from."""
    if _has(scan, "17"):
        return "expiry"
    return "best_before" if _has(scan, "15") else None


def _has(scan: ScanMeaning, ai: str) -> bool:
    return any(element[0] == ai for element in scan.elements)


def already_received(data: StationData, material: str, supplier_lot: str) -> Lot | None:
    """The lot this station already received for ``material`` with the supplier's lot number, if any."""
    wanted = supplier_lot.strip()
    return next((lot for lot in data.lots_of_material(material) if lot.supplier_lot == wanted), None)


def _what(scan: ScanMeaning) -> str:
    named = {
        ScanKind.BADGE: "a badge",
        ScanKind.MACHINE: "a machine code",
        ScanKind.TASK: "a task code",
        ScanKind.LOT: "one of our lot codes",
        ScanKind.SSCC: "a pallet's SSCC",
        ScanKind.GS1: "a GS1 barcode without a GTIN",
    }
    return named.get(scan.kind, "not a code floorstation knows")
