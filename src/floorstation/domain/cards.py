"""Pallet cards and lot identification cards, independent of any printer.

A card (``PalletCard``, ``LotCard``) holds the facts; ``document`` turns it into what every backend draws: a title,
titled human-readable fields, a QR code and linear barcodes top to bottom. A printer backend decides only how
wide a barcode may be (``CardDocument.symbols(fits=...)``), so all backends carry the same GS1 data.

The pallet card follows the GS1 logistic label (GenSpecs §6.6.4): data titles, GS1-128 symbols with (02)+(37)
(the GTIN of the goods and their count), (10) lot, (11) production date and (17) expiry or (15) best-before,
and the (00) SSCC alone in the lowest symbol. A material without a GTIN cannot use (02), (10) or the dates
(they need a GTIN-type key), so its lot goes in a plain Code 128 symbol and the rest in internal AIs:
(91) material code, (92) its date YYMMDD (expiry or best-before, as the material says), (93) work order.

Goods we did not make (``supplier_lot`` set, or ``bought``) carry the supplier's identity, as the EPCIS and FSMA
204 exports do (docs/compliance.md, "The pallet card says the same"): (10) is the supplier's lot number (none
when the supplier gave none: our code under their GTIN would name a lot that exists nowhere else), the date keeps
the kind the supplier's label gave it ((15) stays best-before), and there is no (11): the day we received the
goods is no production date. Our internal lot code is printed as text (OUR LOT); our stations find the pallet by
its SSCC.

What a site prints besides the barcodes — its company name, which text lines and in what order, the QR code —
is a ``CardLayout`` (the ``[card]`` table of ``station.toml``). The barcodes never change with the layout.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from floorstation.domain.gs1_elements import Element, digital_link, element_string, gs1_date, pack
from floorstation.domain.master import DateKind
from floorstation.domain.quantities import fmt

CardKind = Literal["pallet", "lot"]
SymbolKind = Literal["gs1-128", "code128", "qr"]

AI_MATERIAL = "91"
AI_DATE_INTERNAL = "92"
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
    bought: bool = False
    """Goods we did not make: (10) is the supplier's lot, and ``lot`` (our code) is printed as text."""
    supplier_lot: str | None = None
    received_on: date | None = None

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

PALLET_LINES = (
    "sscc",
    "content",
    "product",
    "count",
    "lot",
    "our_lot",
    "date",
    "produced",
    "received",
    "work_order",
    "station",
    "operator",
    "printed",
)
"""The text lines a pallet card can show, in their default order (``count`` is COUNT or QUANTITY, ``date`` is
EXPIRY or BEST BEFORE; ``lot`` is the supplier's lot for bought goods, ``our_lot`` then our code; a line with nothing
to say is left out)."""
LOT_LINES = ("lot", "gtin", "material", "quantity", "date", "produced", "work_order", "station", "operator", "printed")
_REQUIRED = {"pallet": "sscc", "lot": "lot"}


@dataclass(frozen=True, slots=True)
class CardLayout:
    """What a site prints on its cards besides the barcodes. Raises ``ValueError`` for unknown or missing lines."""

    company: str = field(default="", metadata={"help": "A line at the top of every card, e.g. the company name."})
    pallet_lines: tuple[str, ...] = field(
        default=PALLET_LINES,
        metadata={"help": f"Text lines of pallet cards, in order; sscc is required. All: {', '.join(PALLET_LINES)}."},
    )
    lot_lines: tuple[str, ...] = field(
        default=LOT_LINES,
        metadata={"help": f"Text lines of lot cards, in order; lot is required. All: {', '.join(LOT_LINES)}."},
    )
    qr: bool = field(default=True, metadata={"help": "Print the QR code (GS1 Digital Link) on cards."})

    def __post_init__(self) -> None:
        for kind, lines, known in (("pallet", self.pallet_lines, PALLET_LINES), ("lot", self.lot_lines, LOT_LINES)):
            unknown = [line for line in lines if line not in known]
            if unknown:
                raise ValueError(f"{kind}_lines: unknown {unknown}; known: {', '.join(known)}")
            if len(set(lines)) != len(lines):
                raise ValueError(f"{kind}_lines names a line twice")
            if _REQUIRED[kind] not in lines:
                raise ValueError(f"{kind}_lines must include {_REQUIRED[kind]!r}: it says what the card is about")
        if len(self.company) > 60:
            raise ValueError("company is longer than 60 characters; it would not fit on a card")

    def lines(self, kind: CardKind) -> tuple[str, ...]:
        return self.pallet_lines if kind == "pallet" else self.lot_lines


DEFAULT_LAYOUT = CardLayout()


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
    """The QR code's text; empty when the site prints none."""
    gs1: tuple[Element, ...] = ()
    """Element strings for GS1-128, in label order; packed into symbols per printer."""
    plain: str | None = None
    """A plain Code 128 symbol (the lot when there is no GTIN)."""
    sscc: str | None = None
    """The SSCC, always the lowest symbol on a pallet card."""
    company: str = ""
    """The site's line above the title (``CardLayout.company``)."""

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


def document(card: Card, layout: CardLayout = DEFAULT_LAYOUT) -> CardDocument:
    """What every backend draws for ``card``, with the site's ``layout`` of text lines."""
    lines, doc = _pallet_document(card) if isinstance(card, PalletCard) else _lot_document(card)
    chosen = tuple(lines[name] for name in layout.lines(doc.kind) if name in lines)
    return replace(doc, fields=chosen, qr=doc.qr if layout.qr else "", company=layout.company)


def _common_lines(card: Card) -> dict[str, Field]:
    out: dict[str, Field] = {}
    if card.expiry:
        out["date"] = Field(_date_title(card.date_kind), card.expiry.isoformat(), large=True)
    if card.produced_on:
        out["produced"] = Field("PROD. DATE", card.produced_on.isoformat())
    if card.work_order:
        out["work_order"] = Field("WORK ORDER", card.work_order)
    out["station"] = Field("STATION", card.station)
    if card.operator:
        out["operator"] = Field("OPERATOR", card.operator)
    if card.issued_at:
        out["printed"] = Field("PRINTED", card.issued_at)
    return out


def _pallet_document(card: PalletCard) -> tuple[dict[str, Field], CardDocument]:
    whole = card.quantity == card.quantity.to_integral_value() and card.quantity < 10**8
    use_gtin = card.gtin is not None and whole
    lines = {"sscc": Field("SSCC", card.sscc, large=True)}
    if card.gtin:
        lines["content"] = Field("CONTENT", f"{card.gtin}  {card.product}")
    lines["product"] = Field("PRODUCT", f"{card.product} {card.product_name}".strip())
    lines["count"] = Field("COUNT" if use_gtin else "QUANTITY", _qty(card.quantity, card.unit), large=True)
    bought = card.bought or card.supplier_lot is not None
    gs1_lot = card.supplier_lot if bought else card.lot
    if gs1_lot:
        lines["lot"] = Field("BATCH/LOT", gs1_lot, large=True)
    if bought:
        lines["our_lot"] = Field("OUR LOT", card.lot, large=not gs1_lot)
    lines.update(_common_lines(card))
    if bought:
        lines.pop("produced", None)
        if card.received_on:
            lines["received"] = Field("RECEIVED", card.received_on.isoformat())
    elements: list[Element] = []
    plain = None
    if use_gtin:
        assert card.gtin is not None
        elements += [Element("02", card.gtin), Element("37", str(int(card.quantity)))]
        if gs1_lot:
            elements.append(Element("10", gs1_lot))
        if card.expiry:
            elements.append(Element(_date_ai(card.date_kind), gs1_date(card.expiry)))
        if card.produced_on and not bought:
            elements.append(Element("11", gs1_date(card.produced_on)))
    else:
        plain = card.lot
        elements.append(Element(AI_MATERIAL, card.product))
        if card.expiry:
            elements.append(Element(AI_DATE_INTERNAL, gs1_date(card.expiry)))
        if card.work_order:
            elements.append(Element(AI_WORK_ORDER, card.work_order))
    return lines, CardDocument(
        kind="pallet",
        subject=card.sscc,
        title="PALLET",
        subtitle=card.product_name or card.product,
        reprint=card.reprint,
        fields=tuple(lines.values()),
        qr=digital_link([Element("00", card.sscc), *elements]),
        gs1=tuple(elements),
        plain=plain,
        sscc=card.sscc,
    )


def _lot_document(card: LotCard) -> tuple[dict[str, Field], CardDocument]:
    lines = {"lot": Field("LOT", card.lot, large=True)}
    if card.gtin:
        lines["gtin"] = Field("GTIN", card.gtin)
    lines["material"] = Field("MATERIAL", f"{card.material} {card.material_name}".strip())
    lines["quantity"] = Field("QUANTITY", _qty(card.quantity, card.unit), large=True)
    lines.update(_common_lines(card))
    elements: list[Element] = []
    if card.gtin:
        elements += [Element("01", card.gtin), Element("10", card.lot)]
        if card.expiry:
            elements.append(Element(_date_ai(card.date_kind), gs1_date(card.expiry)))
        if card.produced_on:
            elements.append(Element("11", gs1_date(card.produced_on)))
    return lines, CardDocument(
        kind="lot",
        subject=card.lot,
        title="LOT",
        subtitle=card.material_name or card.material,
        reprint=card.reprint,
        fields=tuple(lines.values()),
        qr=digital_link(elements) if elements else card.lot,
        gs1=tuple(elements),
        plain=card.lot,
    )


# --- persistence: the print queue keeps the card as JSON ---------------------------------------------------


def card_to_json(card: Card) -> str:
    data = asdict(card)
    data["quantity"] = format(card.quantity, "f")
    for name in ("expiry", "produced_on", "received_on"):
        if name in data:
            data[name] = data[name].isoformat() if data[name] else None
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def card_from_json(text: str) -> Card:
    data: dict[str, Any] = json.loads(text)
    cls: type[PalletCard] | type[LotCard] = PalletCard if data.pop("kind") == "pallet" else LotCard
    known = {f.name for f in fields(cls) if f.init}
    args = {k: v for k, v in data.items() if k in known}
    args["quantity"] = Decimal(args["quantity"])
    for name in ("expiry", "produced_on", "received_on"):
        if name in known:
            args[name] = date.fromisoformat(args[name]) if args.get(name) else None
    return cls(**args)
