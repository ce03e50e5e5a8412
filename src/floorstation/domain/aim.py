"""AIM symbology identifiers (ISO/IEC 15424): the ``]`` + code + modifier a scanner may put before the data.

A scanner programmed to transmit them tells us which symbology it read, and for GS1 symbologies that the data
is GS1 element strings: ``]C1`` GS1-128, ``]d2`` GS1 DataMatrix, ``]Q3`` GS1 QR, ``]e0`` GS1 DataBar. That is the
only way to tell ``010950110153000310ABC`` from a bare Code 128 number that happens to look like it.

A Data Matrix in one of the rectangular extension sizes (DMRE, ISO/IEC 21471) is reported with 6 added to the
modifier, as zxing-cpp does: ``]d7`` Data Matrix, ``]d8`` GS1 DataMatrix. A printer may pick a DMRE size for a
long GS1 label by itself, so ``]d8`` means GS1 element strings just as ``]d2`` does.
"""

from __future__ import annotations

import re

_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")

#: The identifiers a plant is likely to meet, with the name a person setting up a scanner recognises.
SYMBOLOGIES: dict[str, str] = {
    "]A0": "Code 39",
    "]C0": "Code 128",
    "]C1": "GS1-128",
    "]C2": "Code 128 (FNC1 in second position)",
    "]C4": "Code 128 (ISBT concatenation)",
    "]d0": "Data Matrix (ECC 000-140)",
    "]d1": "Data Matrix",
    "]d2": "GS1 DataMatrix",
    "]d7": "Data Matrix (DMRE)",
    "]d8": "GS1 DataMatrix (DMRE)",
    "]Q0": "QR Code (model 1)",
    "]Q1": "QR Code",
    "]Q3": "GS1 QR Code",
    "]E0": "EAN-13 / UPC-A",
    "]E1": "EAN two-digit add-on",
    "]E2": "EAN five-digit add-on",
    "]E3": "EAN-13 with add-on",
    "]E4": "EAN-8",
    "]e0": "GS1 DataBar",
    "]e1": "GS1 Composite",
    "]e2": "GS1 Composite (escape mode)",
    "]I0": "Interleaved 2 of 5",
    "]I1": "ITF-14",
    "]L0": "PDF417",
    "]z0": "Aztec",
    "]J1": "GS1 DotCode",
    "]X0": "other symbology",
}

#: Symbologies whose data is GS1 element strings (FNC1 in first position).
GS1_ELEMENT_STRINGS = frozenset({"]C1", "]d2", "]d8", "]Q3", "]e0", "]e1", "]e2", "]J1"})
#: Symbologies that carry a bare GTIN.
GTIN_ONLY = frozenset({"]E0", "]E3", "]E4", "]I1"})
#: Symbologies in which a GS1 Digital Link URI may be encoded.
URI_CAPABLE = frozenset({"]d1", "]d2", "]d7", "]d8", "]Q1", "]Q3", "]z0"})


def split_aim(data: str) -> tuple[str | None, str]:
    """``("]C1", rest)`` when ``data`` starts with an AIM symbology identifier, else ``(None, data)``."""
    if _AIM.match(data):
        return data[:3], data[3:]
    return None, data


def is_aim(text: str) -> bool:
    return len(text) == 3 and _AIM.fullmatch(text) is not None


def symbology_name(aim: str | None) -> str | None:
    """What a person calls the symbology, or None when no identifier was sent."""
    if aim is None:
        return None
    known = SYMBOLOGIES.get(aim)
    if known is not None:
        return known
    family = next((name for known_aim, name in SYMBOLOGIES.items() if known_aim[:2] == aim[:2]), None)
    return f"{family} (modifier {aim[2]})" if family else f"symbology {aim[1]!r}"
