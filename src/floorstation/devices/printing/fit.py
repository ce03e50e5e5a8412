"""Whether a card fits a printer: checked when the card is queued, and again before it is sent.

A barcode is never scaled down to fit (its bars would stop scanning): the Code 128 plan gives each symbol's
width in modules, the printer's module size and paper width decide. A GS1 element that does not fit alone, the
plain lot barcode or the SSCC wider than the paper, or a label too short for the card's lines and barcodes, is
refused with what the card needs, so the person can pick a wider printer.
"""

from __future__ import annotations

import math

from floorstation.devices.printing.raster import symbol_code
from floorstation.domain.cards import CardDocument, Symbol
from floorstation.domain.code128 import QUIET_ZONE_MODULES
from floorstation.domain.gs1_elements import Element, element_string
from floorstation.domain.printjobs import CardDoesNotFit


def _unsplittable(doc: CardDocument) -> list[Symbol]:
    """The narrowest symbols the card's barcodes can be shared out into: one per GS1 element, the lot, the SSCC."""
    out = [Symbol("code128", doc.plain, doc.plain)] if doc.plain else []
    out += [Symbol("gs1-128", element_string([e]), e.hri()) for e in doc.gs1]
    if doc.sscc:
        sscc = Element("00", doc.sscc)
        out.append(Symbol("gs1-128", element_string([sscc]), sscc.hri()))
    return out


def widest_symbol(doc: CardDocument, *, module: int, quiet_zones: bool = True, b_to_c: bool = True) -> tuple[str, int]:
    """The human-readable text and the width in dots of the widest symbol that cannot be split further."""
    quiet = 2 * QUIET_ZONE_MODULES if quiet_zones else 0
    widths = [(s.hri, (symbol_code(s, b_to_c=b_to_c).modules + quiet) * module) for s in _unsplittable(doc)]
    return max(widths, key=lambda w: w[1], default=("", 0))


def mm(dots: float, dpi: float) -> float:
    return dots / dpi * 25.4


def check_width(
    doc: CardDocument,
    *,
    width: int,
    dpi: float,
    module: int,
    quiet_zones: bool = True,
    b_to_c: bool = True,
) -> None:
    """Raise ``CardDoesNotFit`` when a barcode of ``doc`` is wider than ``width`` dots at ``module`` dots per module."""
    hri, needed = widest_symbol(doc, module=module, quiet_zones=quiet_zones, b_to_c=b_to_c)
    if needed <= width:
        return
    raise CardDoesNotFit(
        f"{doc.kind} card of {doc.subject}",
        f"its barcode {hri} needs {mm(needed, dpi):.0f} mm ({needed} dots at {module} per bar module), the paper "
        f"has {mm(width, dpi):.0f} mm ({width} dots)",
        f"Print it on a printer with at least {math.ceil(mm(needed, dpi))} mm of printable width.",
        code="card.too_wide",
        params={
            "card": doc.kind,
            "subject": doc.subject,
            "needed": f"{mm(needed, dpi):.0f}",
            "paper": f"{mm(width, dpi):.0f}",
            "least": str(math.ceil(mm(needed, dpi))),
            "printer": "this printer",
        },
    )


def check_height(doc: CardDocument, *, needed: int, height: int, dpi: float) -> None:
    """Raise ``CardDoesNotFit`` when the card needs ``needed`` dots of a label or page ``height`` dots tall."""
    if needed <= height:
        return
    raise CardDoesNotFit(
        f"{doc.kind} card of {doc.subject}",
        f"it needs a label or page {mm(needed, dpi):.0f} mm tall, the printer's is {mm(height, dpi):.0f} mm",
        f"Print it on a printer with labels at least {math.ceil(mm(needed, dpi))} mm tall, or leave lines off "
        "the card ([card] in station.toml).",
        code="card.too_tall",
        params={
            "card": doc.kind,
            "subject": doc.subject,
            "needed": f"{mm(needed, dpi):.0f}",
            "paper": f"{mm(height, dpi):.0f}",
            "least": str(math.ceil(mm(needed, dpi))),
            "printer": "this printer",
        },
    )
