"""Pallet cards and lot identification cards, independent of any printer.

A card (``PalletCard``, ``LotCard``) holds the facts; ``document`` turns it into what every backend draws: a title,
titled human-readable fields, a QR code and linear barcodes top to bottom. A printer backend decides only how
wide a barcode may be (``CardDocument.symbols(fits=...)``), so all backends carry the same GS1 data.

The pallet card follows the GS1 logistic label (GenSpecs §6.6.4): data titles, GS1-128 symbols with (02)+(37)
(the GTIN of the goods and their count), (10) lot, (11) production date and (17) expiry or (15) best-before,
and the (00) SSCC alone in the lowest symbol. A material without a GTIN cannot use (02), (10) or the dates
(they need a GTIN-type key), so its lot goes in a plain Code 128 symbol and the rest in internal AIs:
(91) material code, (92) expiry YYMMDD, (93) work order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from floorstation.domain.gs1_elements import Element, digital_link, element_string, gs1_date, pack
from floorstation.domain.quantities import fmt

CardKind = Literal["pallet", "lot"]
DateKind = Literal["expiry", "best_before"]
SymbolKind = Literal["gs1-128", "code128", "qr"]

AI_MATERIAL = "91"
AI_EXPIRY_INTERNAL = "92"
AI_WORK_ORDER = "93"


@dataclass(frozen=True, slots=True)
class PalletCard:
    sscc: str
    product: str
    product_name: str
    lot: str
    quantity: Decimal
    unit: str
    station: str
    gtin: str | None = None
    expiry: date | None = None
    date_kind: DateKind = "expiry"
    work_order: str | None = None
    produced_on: date | None = None
    operator: str | None = None
    issued_at: str = ""
    reprint: bool = False

    kind: CardKind = field(default="pallet", init=False)

    @property
    def subject(self) -> str:
        return self.sscc


@dataclass(frozen=True, slots=True)
class LotCard:
    lot: str
    material: str
    material_name: str
    quantity: Decimal
    unit: str
    station: str
    gtin: str | None = None
    expiry: date | None = None
    date_kind: DateKind = "expiry"
    work_order: str | None = None
    produced_on: date | None = None
    operator: str | None = None
    issued_at: str = ""
    reprint: bool = False

    kind: CardKind = field(default="lot", init=False)

    @property
    def subject(self) -> str:
        return self.lot


Card = PalletCard | LotCard


@dataclass(frozen=True, slots=True)
class Field:
    title: str
    value: str
    large: bool = False


@dataclass(frozen=True, slots=True)
class Symbol:
    """One barcode: ``data`` is what a scanner transmits after its AIM prefix (GS between GS1 fields)."""

    kind: SymbolKind
    data: str
    hri: str

    @property
    def gs1(self) -> bool:
        return self.kind == "gs1-128"


@dataclass(frozen=True, slots=True)
class CardDocument:
    kind: CardKind
    subject: str
    title: str
    subtitle: str
    reprint: bool
    fields: tuple[Field, ...]
    qr: str
    gs1: tuple[Element, ...] = ()
    """Element strings for GS1-128, in label order; packed into symbols per printer."""
    plain: str | None = None
    """A plain Code 128 symbol (the lot when there is no GTIN)."""
    sscc: str | None = None
    """The SSCC, always the lowest symbol on a pallet card."""

    def symbols(self, *, fits: Callable[[Sequence[Element]], bool] | None = None) -> list[Symbol]:
        """Linear barcodes top to bottom; ``fits(elements)`` is the printer's width limit for a GS1-128 symbol."""
        out: list[Symbol] = []
        if self.plain:
            out.append(Symbol("code128", self.plain, self.plain))
        for group in pack(self.gs1, fits=fits):
            out.append(Symbol("gs1-128", element_string(group), "".join(e.hri() for e in group)))
        if self.sscc:
            sscc = Element("00", self.sscc)
            out.append(Symbol("gs1-128", element_string([sscc]), sscc.hri()))
        return out


def _date_ai(kind: DateKind) -> str:
    return "17" if kind == "expiry" else "15"


def _date_title(kind: DateKind) -> str:
    return "EXPIRY" if kind == "expiry" else "BEST BEFORE"


def _qty(quantity: Decimal, unit: str) -> str:
    return f"{fmt(quantity)} {unit}".strip()


def document(card: Card) -> CardDocument:
    return _pallet_document(card) if isinstance(card, PalletCard) else _lot_document(card)


def _common_fields(card: Card) -> list[Field]:
    out: list[Field] = []
    if card.expiry:
        out.append(Field(_date_title(card.date_kind), card.expiry.isoformat(), large=True))
    if card.produced_on:
        out.append(Field("PROD. DATE", card.produced_on.isoformat()))
    if card.work_order:
        out.append(Field("WORK ORDER", card.work_order))
    out.append(Field("STATION", card.station))
    if card.operator:
        out.append(Field("OPERATOR", card.operator))
    if card.issued_at:
        out.append(Field("PRINTED", card.issued_at))
    return out


def _pallet_document(card: PalletCard) -> CardDocument:
    whole = card.quantity == card.quantity.to_integral_value() and card.quantity < 10**8
    use_gtin = card.gtin is not None and whole
    head = [Field("SSCC", card.sscc, large=True)]
    if card.gtin:
        head.append(Field("CONTENT", f"{card.gtin}  {card.product}"))
    head += [
        Field("PRODUCT", f"{card.product} {card.product_name}".strip()),
        Field("COUNT" if use_gtin else "QUANTITY", _qty(card.quantity, card.unit), large=True),
        Field("BATCH/LOT", card.lot, large=True),
    ]
    elements: list[Element] = []
    plain = None
    if use_gtin:
        assert card.gtin is not None
        elements += [Element("02", card.gtin), Element("37", str(int(card.quantity))), Element("10", card.lot)]
        if card.expiry:
            elements.append(Element(_date_ai(card.date_kind), gs1_date(card.expiry)))
        if card.produced_on:
            elements.append(Element("11", gs1_date(card.produced_on)))
    else:
        plain = card.lot
        elements.append(Element(AI_MATERIAL, card.product))
        if card.expiry:
            elements.append(Element(AI_EXPIRY_INTERNAL, gs1_date(card.expiry)))
        if card.work_order:
            elements.append(Element(AI_WORK_ORDER, card.work_order))
    return CardDocument(
        kind="pallet",
        subject=card.sscc,
        title="PALLET",
        subtitle=card.product_name or card.product,
        reprint=card.reprint,
        fields=(*head, *_common_fields(card)),
        qr=digital_link([Element("00", card.sscc), *elements]),
        gs1=tuple(elements),
        plain=plain,
        sscc=card.sscc,
    )


def _lot_document(card: LotCard) -> CardDocument:
    head = [Field("LOT", card.lot, large=True)]
    if card.gtin:
        head.append(Field("GTIN", card.gtin))
    head += [
        Field("MATERIAL", f"{card.material} {card.material_name}".strip()),
        Field("QUANTITY", _qty(card.quantity, card.unit), large=True),
    ]
    elements: list[Element] = []
    if card.gtin:
        elements += [Element("01", card.gtin), Element("10", card.lot)]
        if card.expiry:
            elements.append(Element(_date_ai(card.date_kind), gs1_date(card.expiry)))
        if card.produced_on:
            elements.append(Element("11", gs1_date(card.produced_on)))
    return CardDocument(
        kind="lot",
        subject=card.lot,
        title="LOT",
        subtitle=card.material_name or card.material,
        reprint=card.reprint,
        fields=(*head, *_common_fields(card)),
        qr=digital_link(elements) if elements else card.lot,
        gs1=tuple(elements),
        plain=card.lot,
    )


# --- persistence: the print queue keeps the card as JSON ---------------------------------------------------


def card_to_json(card: Card) -> str:
    data = asdict(card)
    data["quantity"] = format(card.quantity, "f")
    for name in ("expiry", "produced_on"):
        data[name] = data[name].isoformat() if data[name] else None
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def card_from_json(text: str) -> Card:
    data: dict[str, Any] = json.loads(text)
    cls: type[PalletCard] | type[LotCard] = PalletCard if data.pop("kind") == "pallet" else LotCard
    known = {f.name for f in fields(cls) if f.init}
    args = {k: v for k, v in data.items() if k in known}
    args["quantity"] = Decimal(args["quantity"])
    for name in ("expiry", "produced_on"):
        args[name] = date.fromisoformat(args[name]) if args.get(name) else None
    return cls(**args)
