"""What a scan means: GS1 label, SSCC, badge, machine, task, lot - or nothing we know, said plainly.

Pure and total: any string gives a :class:`ScanMeaning`, never an exception. A meaning with ``errors`` must not
be acted on; the first error is what the operator sees. The order of the checks is part of the contract (see
docs/scanners.md): our prefixed codes, then what the AIM identifier says, then the bracketed human-readable form a
person types from a damaged label, then bare SSCCs, badges, lot codes, GTINs and GS1 element strings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from floorstation.domain import aim as aims
from floorstation.domain.codes import gs1_check_digit, has_valid_check_digit
from floorstation.domain.errors import Said
from floorstation.domain.gs1_strict import (
    Gs1Reading,
    looks_bracketed,
    looks_like_uri,
    read_bracketed,
    read_digital_link,
    read_element_strings,
)
from floorstation.domain.own_codes import OwnCode, ScanSettings, read_prefixed
from floorstation.domain.scanning import GS, ScanEvent

#: No label floorstation reads holds more; a longer "scan" is a stuck key or text pasted into the scanner input.
MAX_SCAN_CHARS = 4096
_RS, _EOT = "\x1e", "\x04"
_TRIM = " \r\n\t"
_GTIN_LENGTHS = (8, 12, 13, 14)


class ScanKind(enum.StrEnum):
    GS1 = "gs1"
    BADGE = "badge"
    MACHINE = "machine"
    TASK = "task"
    LOT = "lot"
    SSCC = "sscc"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ScanMeaning:
    kind: ScanKind
    data: str
    """The scan's data without the AIM identifier (GS characters kept)."""
    aim: str | None = None
    gtin: str | None = None
    """Always 14 digits (GTIN-13 and GTIN-8 zero-padded), as master data keeps them."""
    lot: str | None = None
    expiry: date | None = None
    """AI (17) expiry, or AI (15) best-before when the label has no (17)."""
    best_before: date | None = None
    produced: date | None = None
    sscc: str | None = None
    quantity: int | None = None
    """AI (30) variable count or AI (37) count of contained items."""
    serial: str | None = None
    badge: str | None = None
    machine: str | None = None
    task: str | None = None
    internal_lot: bool = False
    """The lot has the shape of this station's lot codes (an internal lot, not a supplier's)."""
    elements: tuple[tuple[str, str, str], ...] = ()
    """GS1 element strings as ``(ai, data title, value)``."""
    errors: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def symbology(self) -> str | None:
        return aims.symbology_name(self.aim)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, for ``floorstation scan explain``."""
        return {
            "kind": self.kind.value,
            "aim": self.aim,
            "symbology": self.symbology,
            "data": self.data,
            "gtin": self.gtin,
            "lot": self.lot,
            "internal_lot": self.internal_lot,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "best_before": self.best_before.isoformat() if self.best_before else None,
            "produced": self.produced.isoformat() if self.produced else None,
            "sscc": self.sscc,
            "quantity": self.quantity,
            "serial": self.serial,
            "badge": self.badge,
            "machine": self.machine,
            "task": self.task,
            "elements": [{"ai": ai, "title": title, "value": value} for ai, title, value in self.elements],
            "errors": list(self.errors),
        }


def explain_scan(event: ScanEvent, settings: ScanSettings | None = None) -> ScanMeaning:
    return explain(event.raw, aim=event.aim, settings=settings)


def explain(data: str, *, aim: str | None = None, settings: ScanSettings | None = None) -> ScanMeaning:
    """What ``data`` means; ``aim`` when the source reported the identifier apart from the data.

    Without ``aim``, an identifier at the start of ``data`` is split off.
    """
    settings = settings or ScanSettings()
    if aim is None:
        aim, data = aims.split_aim(data)
    elif not aims.is_aim(aim):
        return _unknown(
            data,
            None,
            Said(f"{aim!r} is not an AIM symbology identifier (']' and two characters).", "scan.not_aim", {"aim": aim}),
        )
    if len(data) > MAX_SCAN_CHARS:
        return _unknown(
            data[:64] + "...",
            aim,
            Said(
                f"The scan is {len(data):,} characters long; no label floorstation reads holds more than "
                f"{MAX_SCAN_CHARS:,}. A key may be stuck, or text was pasted into the scanner input.",
                "scan.too_long",
                {"length": str(len(data))},
            ),
        )
    text = data.strip(_TRIM)
    if problem := _character_problem(text):
        return _unknown(text, aim, problem)
    if not text:
        return _unknown(
            text,
            aim,
            Said("The scan is empty: the scanner sent only its prefix or suffix. Scan the label again.", "scan.empty"),
        )

    if (own := read_prefixed(text)) is not None:
        return _own(text, aim, own, settings)
    if looks_like_uri(text):
        reading = read_digital_link(text)
        if not reading.elements:
            said = reading.errors[0] + " Scan the label's GS1 barcode instead."
            return _unknown(text, aim, Said(said, "scan.not_digital_link"))
        if aim is not None and aim not in aims.URI_CAPABLE:
            symbology = str(aims.symbology_name(aim))
            said = f"A web address in a {symbology} is not a GS1 Digital Link."
            return _unknown(text, aim, Said(said, "scan.uri_in_symbology", {"symbology": symbology}))
        return _gs1(text, aim, reading, settings)
    if aim in aims.GS1_ELEMENT_STRINGS:
        return _gs1(text, aim, read_element_strings(text), settings)
    if looks_bracketed(text):
        return _gs1(text, aim, read_bracketed(text), settings)
    if aim in aims.GTIN_ONLY:
        return _gtin(text, aim)
    digits = text.isdigit() and text.isascii()
    if digits and len(text) == 18:
        if has_valid_check_digit(text):
            return ScanMeaning(ScanKind.SSCC, text, aim, sscc=text)
        return _unknown(text, aim, _bad_check_digit("an SSCC", text))
    if settings.is_badge(text):
        return ScanMeaning(ScanKind.BADGE, text, aim, badge=text)
    if settings.is_lot(text):
        return ScanMeaning(ScanKind.LOT, text, aim, lot=text, internal_lot=True)
    if digits and len(text) in _GTIN_LENGTHS:
        return _gtin(text, aim)
    if GS in text or text.startswith(("00", "01", "02")):
        return _gs1(text, aim, read_element_strings(text), settings)
    return _unknown(text, aim, _not_ours(text, settings))


def _character_problem(text: str) -> Said | None:
    if _RS in text and text.startswith("[)>"):
        return Said(
            "This is an ISO/IEC 15434 envelope ('[)>' with RS separators), a format floorstation does not read. "
            "Scan the GS1 barcode on the label instead.",
            "scan.envelope",
        )
    odd = [ch for ch in text if not (" " <= ch <= "~" or ch == GS)]
    if not odd:
        return None
    if all(ch.isprintable() for ch in odd):
        sample = "".join(dict.fromkeys(odd))[:8]
        return Said(
            f"The scan has characters no barcode label carries ({sample}). The scanner's keyboard country probably "
            "does not match this PC's keyboard layout: set the scanner to the PC's layout, or use its serial mode.",
            "scan.keyboard_layout",
            {"sample": sample},
        )
    return Said(
        "The scan holds control characters or binary data, not text: it is not a label floorstation reads. "
        "Check the scanner's data-format settings, or scan the right label.",
        "scan.binary",
    )


def _not_ours(text: str, settings: ScanSettings) -> Said:
    """The whole rule for the person setting up scanners (``floorstation scan explain``); the terminal says only
    what the operator can act on (by the code)."""
    shown = text if len(text) <= 32 else text[:32] + "..."
    badge = "a badge (B:...)" if not settings.badge_pattern else f"a badge (B:... or {settings.badge_pattern})"
    return Said(
        f"{shown!r} is not a code floorstation knows: not a GS1 label, not an SSCC, not {badge}, machine (M:...) or "
        f"task (T:...) code, and not a lot code like {settings.example_lot()}. Scan the right label; if it is the "
        "right one, check the scanner's settings with 'floorstation scan explain'.",
        "scan.not_ours",
        {"code": shown},
    )


def _unknown(data: str, aim: str | None, error: Said) -> ScanMeaning:
    return ScanMeaning(ScanKind.UNKNOWN, data, aim, errors=(error,))


def _bad_check_digit(what: str, digits: str) -> Said:
    expected = gs1_check_digit(digits[:-1])
    return Said(
        f"{digits} looks like {what}, but its check digit is wrong (it should end in {expected}): "
        "the label is misprinted or was misread. Scan it again.",
        "scan.bad_check_digit",
        {"digits": digits, "what": what, "expected": str(expected)},
    )


def _own(text: str, aim: str | None, own: OwnCode, settings: ScanSettings) -> ScanMeaning:
    kind, value = own.kind, own.value
    errors: tuple[str, ...] = (Said(own.error, "scan.own_code", {"code": text, "kind": kind}),) if own.error else ()
    if kind == "lot":
        if not errors and not settings.is_lot(value):
            example = settings.example_lot()
            said = f"{value!r} is not a lot code of this station (they look like {example})."
            errors = (Said(said, "scan.not_our_lot", {"lot": value, "example": example}),)
        return ScanMeaning(ScanKind.LOT, text, aim, lot=value, internal_lot=not errors, errors=errors)
    return ScanMeaning(
        ScanKind(kind),
        text,
        aim,
        badge=value if kind == "badge" else None,
        machine=value if kind == "machine" else None,
        task=value if kind == "task" else None,
        errors=errors,
    )


def _gtin(text: str, aim: str | None) -> ScanMeaning:
    if not (text.isdigit() and text.isascii() and len(text) in _GTIN_LENGTHS):
        symbology = str(aims.symbology_name(aim))
        said = f"{symbology} should hold 8, 12, 13 or 14 digits, not {text!r}."
        return _unknown(text, aim, Said(said, "scan.gtin_length", {"symbology": symbology, "code": text}))
    if not has_valid_check_digit(text):
        return _unknown(text, aim, _bad_check_digit("a GTIN", text))
    return ScanMeaning(ScanKind.GS1, text, aim, gtin=text.zfill(14))


def _gs1(text: str, aim: str | None, reading: Gs1Reading, settings: ScanSettings) -> ScanMeaning:
    def value(ai: str) -> str | None:
        element = reading.get(ai)
        return element.value if element else None

    def when(ai: str) -> date | None:
        element = reading.get(ai)
        return element.date if element else None

    gtin = value("01") or value("02")
    lot = value("10")
    count = value("30") or value("37")
    sscc = value("00")
    return ScanMeaning(
        ScanKind.SSCC if sscc else ScanKind.GS1,
        text,
        aim,
        gtin=gtin,
        lot=lot,
        expiry=when("17") or when("15"),
        best_before=when("15"),
        produced=when("11"),
        sscc=sscc,
        quantity=int(count) if count and count.isdigit() and count.isascii() else None,
        serial=value("21"),
        internal_lot=bool(lot) and settings.is_lot(lot or ""),
        elements=tuple((e.ai, e.title, e.value) for e in reading.elements),
        errors=reading.errors,
    )
