"""GS1 element strings and GS1 Digital Link URIs, read strictly.

biip does the parsing: the AI table, each AI's pattern, check digits, dates. It is lenient where a station must
not be: a wrong check digit is only noted on the element, a lot number without a GTIN is accepted, and when a
scanner drops the GS separator it merges the fields after a variable-length one without a word. This module
adds those checks and reports each problem as a sentence for the person holding the scanner.

Association rules follow the GS1 Barcode Syntax Dictionary, applied to one scan. Rules that the dictionary
means for the whole label (``(37)`` also wants the ``(00)`` that sits in another barcode of the same logistic
label) are left out, or every goods-in scan of a pallet label's middle barcode would be refused.

biip is imported on first use, or by :func:`load` (the terminal calls it on a worker thread once its first screen
is up): at import it decodes GS1's company-prefix tables, about 15 MB and a tenth of a second.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from floorstation.domain.codes import gs1_check_digit
from floorstation.domain.errors import Said
from floorstation.domain.scanning import GS

if TYPE_CHECKING:
    from biip import ParseConfig
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier
    from biip.gs1_element_strings import GS1ElementString


@cache
def _config() -> ParseConfig:
    from biip import ParseConfig

    return ParseConfig(gs1_element_strings_verify_date=False, separator_chars=(GS,))


def load() -> None:
    """Import biip now (any thread), so that the first GS1 scan does not wait for it."""
    for module in ("biip.gs1_application_identifiers", "biip.gs1_digital_link_uris", "biip.gs1_element_strings"):
        importlib.import_module(module)
    _config()


_KEYS_WITH_CHECK_DIGIT = frozenset({"00", "01", "02", "03"})
_DATES = frozenset({"11", "12", "13", "15", "16", "17"})
#: GTIN-type keys: what a lot, a date or a serial can belong to. (03) is the GTIN of a made-to-order trade item.
_TRADE_ITEM = frozenset({"01", "02", "03", "8006", "8026"})

#: AI -> the AIs of which at least one must be in the same scan (GS1 Barcode Syntax Dictionary ``req=``).
_REQUIRES: dict[str, frozenset[str]] = {
    "02": frozenset({"37"}),
    "10": _TRADE_ITEM,
    "11": _TRADE_ITEM,
    "13": _TRADE_ITEM,
    "15": _TRADE_ITEM,
    "16": _TRADE_ITEM,
    "17": _TRADE_ITEM | {"255"},
    "20": _TRADE_ITEM,
    "21": frozenset({"01", "03", "8006"}),
    "22": frozenset({"01"}),
    "30": frozenset({"01", "02"}),
    "37": frozenset({"02", "8026"}),
}
#: Measures (31nn-36nn): trade-item measures need (01)/(02), logistic measures (00)/(01).
_LOGISTIC_MEASURES = ("33", "34", "353", "354", "355", "362", "363", "367", "368", "369")
#: Pairs that must not share a scan (``ex=``).
_EXCLUDES = (("01", "02"), ("01", "03"), ("02", "03"), ("01", "37"), ("01", "255"), ("21", "235"))
#: Fixed-length AIs that carry a check digit or a date: a run-together field is only suspected when its tail
#: starts with one of these and all of the tail reads cleanly, so ordinary lot numbers are not flagged.
_STRONG_STARTS = ("00", "01", "02", "11", "13", "15", "16", "17")

_REASONS = {
    "10": "a lot number alone does not say what it is a lot of",
    "17": "an expiry date alone does not say what expires",
    "15": "a best-before date alone does not say what it is for",
    "21": "a serial number alone does not say what it numbers",
    "30": "a count alone does not say what was counted",
    "37": "a count of contained items needs the GTIN of those items",
    "02": "the GTIN of contained items needs their count",
}


@dataclass(frozen=True, slots=True)
class Gs1Element:
    ai: str
    title: str
    """GS1 data title, e.g. ``BATCH/LOT``."""
    value: str
    date: date | None = None

    @property
    def hri(self) -> str:
        return f"({self.ai}){self.value}"


@dataclass(frozen=True, slots=True)
class Gs1Reading:
    """What a GS1 scan holds, and everything that is wrong with it (nothing is dropped or merged silently)."""

    elements: tuple[Gs1Element, ...] = ()
    errors: tuple[str, ...] = field(default=())

    def get(self, ai: str) -> Gs1Element | None:
        return next((e for e in self.elements if e.ai == ai), None)


def looks_like_uri(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


def read_element_strings(data: str) -> Gs1Reading:
    """Read GS1 element strings (GS between fields, no AIM prefix).

    A variable-length field that no GS ends (the last one, or one cut at its maximum length) is checked for
    further fields run into it: that is what a scanner that drops GS produces. The other reading is proposed only
    when every field of it is valid, the shortened field included (``(7003)2611171230`` is no ``(7003)26`` followed
    by ``(11)171230``: (7003) has ten digits). Such a suspicion comes first among the errors, since it explains the
    others. A scan with a GS in it is never suspected: its scanner sends GS.
    """
    parsed = _parse(data.strip(GS))
    # A GS anywhere in the scan, even only after its last field, proves that this scanner transmits GS: a field
    # that no GS ends is then one field, whatever its tail looks like.
    errors = ([] if GS in data else _merge_suspects(parsed)) + parsed.errors
    if not parsed.elements and not errors:
        errors.append(Said("The scan is empty: a GS1 symbol with no data.", "scan.empty_gs1"))
    return _finish(parsed.elements, errors)


_BRACKETED_AI = re.compile(r"\((\d{2,4})\)")


def looks_bracketed(text: str) -> bool:
    """``(01)09501101530003(10)ABC``: the human-readable line under a GS1 barcode, as a person types it."""
    return _BRACKETED_AI.match(text) is not None


def read_bracketed(text: str) -> Gs1Reading:
    """Read the bracketed human-readable form, e.g. ``(01)09501101530003(10)ABC(17)261231`` typed from a damaged
    label. The brackets end every field, so no field can run into the next. A bracketed number that is no GS1
    Application Identifier is part of the value before it (set 82 allows brackets in a lot number)."""
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier

    fields: list[list[str]] = []
    pos = 0
    for match in _BRACKETED_AI.finditer(text):
        try:
            GS1ApplicationIdentifier.extract(match.group(1))
        except ParseError:
            continue
        if fields:
            fields[-1][1] += text[pos : match.start()]
        elif match.start() != 0:
            break
        fields.append([match.group(1), ""])
        pos = match.end()
    if not fields:
        return Gs1Reading(errors=(f"It does not start with a GS1 Application Identifier ({_snippet(text)}).",))
    fields[-1][1] += text[pos:]
    empty = [f"({ai}) is empty." for ai, value in fields if not value]
    if empty:
        return Gs1Reading(errors=tuple(empty))
    return read_element_strings(GS.join(ai + value for ai, value in fields))


def read_digital_link(uri: str) -> Gs1Reading:
    """Read a GS1 Digital Link URI such as ``https://id.gs1.org/01/09501101530003/10/ABC?17=261231``."""
    from biip import ParseError
    from biip.gs1_digital_link_uris import GS1DigitalLinkURI

    try:
        parsed = GS1DigitalLinkURI.parse(_lower_scheme(uri), config=_config())
    except (ParseError, ValueError) as exc:
        return Gs1Reading(errors=(Said(f"This web address is not a GS1 Digital Link: {exc}", "scan.not_digital_link"),))
    errors: list[str] = []
    elements = [_element(es, errors) for es in parsed.element_strings]
    return _finish(elements, errors)


def _lower_scheme(uri: str) -> str:
    scheme = urlsplit(uri).scheme
    return scheme.lower() + uri[len(scheme) :] if scheme else uri


def _finish(elements: list[Gs1Element], errors: list[str]) -> Gs1Reading:
    errors.extend(_association_errors(elements))
    return Gs1Reading(tuple(elements), tuple(dict.fromkeys(errors)))


@dataclass(slots=True)
class _Parsed:
    data: str
    elements: list[Gs1Element] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    open_ended: list[tuple[int, int]] = field(default_factory=list)
    """(element index, offset of its value in ``data``) of variable-length elements that no GS ended."""


def _parse(data: str) -> _Parsed:
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier
    from biip.gs1_element_strings import GS1ElementString

    config = _config()
    parsed = _Parsed(data)
    elements, errors = parsed.elements, parsed.errors
    pos = 0
    while pos < len(data):
        rest = data[pos:]
        try:
            ai = GS1ApplicationIdentifier.extract(rest)
        except ParseError:
            if not elements:
                said = f"It does not start with a GS1 Application Identifier ({_snippet(rest)})."
                errors.append(Said(said, "scan.gs1_damaged"))
            else:
                said = (
                    f"After {elements[-1].hri} the data does not go on with a GS1 Application Identifier "
                    f"({_snippet(rest)}): a field is longer than GS1 allows, or the label is damaged."
                )
                errors.append(Said(said, "scan.gs1_damaged"))
            break
        try:
            es = GS1ElementString.extract(rest, config=config)
        except ParseError:
            errors.append(Said(_format_error(ai, rest), "scan.gs1_damaged"))
            width = _fixed_width(ai)
            if width is None:
                break
            pos = _skip_separators(data, pos + len(ai.ai) + width)
            continue
        elements.append(_element(es, errors))
        end = pos + len(es)
        if es.ai.separator_required and not data.startswith(GS, end):
            parsed.open_ended.append((len(elements) - 1, pos + len(es.ai.ai)))
        pos = _skip_separators(data, end)
    return parsed


def _skip_separators(data: str, pos: int) -> int:
    while data.startswith(GS, pos):
        pos += 1
    return pos


def _element(es: GS1ElementString, errors: list[str]) -> Gs1Element:
    ai, title = es.ai.ai, es.ai.data_title
    if ai in _KEYS_WITH_CHECK_DIGIT and (es.gtin_error or es.sscc_error):
        errors.append(_check_digit_error(ai, title, es.value, es.gtin_error or es.sscc_error or ""))
    if ai in _DATES and es.date is None:
        said = f"({ai}) {title}: {es.value} is not a real date (YYMMDD)."
        errors.append(Said(said, "scan.bad_date", {"ai": ai, "title": title, "value": es.value}))
    if (problem := _component_problem(ai, es.value)) is not None:
        errors.append(Said(f"({ai}) {title}: {es.value} {problem}.", "scan.gs1_damaged"))
    if ai in ("30", "37") and not es.value:
        errors.append(Said(f"({ai}) {title} is empty.", "scan.element_empty", {"ai": ai, "title": title}))
    return Gs1Element(ai, title, es.value, es.date)


def _real_date(yymmdd: str, *, day_zero: bool = False) -> bool:
    """A real day in YYMMDD (29 February is checked in 20YY); DD 00 only where GS1 allows it (YYMMD0)."""
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return False
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if not 1 <= month <= 12:
        return False
    if day == 0:
        return day_zero
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def _real_time(hhmm: str) -> bool:
    return len(hhmm) == 4 and hhmm.isdigit() and int(hhmm[:2]) <= 23 and int(hhmm[2:]) <= 59


def _piece_of_total(pieces: str) -> bool:
    piece, total = int(pieces[:2]), int(pieces[2:])
    return 0 < piece <= total


def _component_problem(ai: str, value: str) -> str | None:
    """What the GS1 Barcode Syntax Dictionary's component checks find wrong in fields biip checks only for
    length: dates and times inside (7003), (7006), (7007), (7011), (4324)-(4326), (8008); the GTIN check digit
    and "piece of total" of (8006) and (8026). None when nothing is wrong, or for an AI not listed here."""
    if not value.isdigit() or not value.isascii():
        return None
    if ai in ("7003", "4324", "4325"):
        if not _real_date(value[:6], day_zero=ai != "7003") or not _real_time(value[6:10]):
            return "is not a real date and time (YYMMDDhhmm)"
    elif ai in ("7006", "4326"):
        if not _real_date(value[:6]):
            return "is not a real date (YYMMDD)"
    elif ai == "7007":
        if not all(_real_date(value[i : i + 6]) for i in range(0, len(value), 6)):
            return "is not a real date or date range (YYMMDD[YYMMDD])"
    elif ai == "7011":
        if not _real_date(value[:6]) or (len(value) > 6 and not _real_time(value[6:])):
            return "is not a real date, with or without a time (YYMMDD[hhmm])"
    elif ai == "8008":
        if not _real_date(value[:6]) or int(value[6:8]) > 23:
            return "is not a real date and hour (YYMMDDhh[mm[ss]])"
    elif ai in ("8006", "8026") and len(value) == 18:
        if gs1_check_digit(value[:13]) != int(value[13]):
            return f"has a wrong check digit in its GTIN (it should be {gs1_check_digit(value[:13])})"
        if not _piece_of_total(value[14:]):
            return "does not say a piece of a total (piece 01 to the total, total not 00)"
    return None


def _check_digit_error(ai: str, title: str, value: str, biip_error: str) -> str:
    if not value.isdigit() or not value.isascii():
        return Said(f"({ai}) {title}: {biip_error}", "scan.gs1_damaged")
    expected = gs1_check_digit(value[:-1])
    return Said(
        f"({ai}) {title} {value} has a wrong check digit (it should end in {expected}): "
        "the label is misprinted or was misread.",
        "scan.check_digit",
        {"ai": ai, "title": title, "value": value, "expected": str(expected)},
    )


def _format_error(ai: GS1ApplicationIdentifier, rest: str) -> str:
    data = rest[len(ai.ai) :].split(GS, 1)[0]
    if ai.ai in _DATES:
        return f"({ai.ai}) {ai.data_title}: {data[:6]!r} is not a date (YYMMDD)."
    if ai.ai in _KEYS_WITH_CHECK_DIGIT:
        return f"({ai.ai}) {ai.data_title} must be {_fixed_width(ai)} digits; the scan has {_snippet(data)}."
    return f"({ai.ai}) {ai.data_title}: {_snippet(data)} does not fit its format ({_format(ai)})."


def _format(ai: GS1ApplicationIdentifier) -> str:
    parts = ai.format.split("+", 1)
    return parts[1] if len(parts) == 2 else ai.format


_FIXED = re.compile(r"N(\d+)")


def _fixed_width(ai: GS1ApplicationIdentifier) -> int | None:
    """Data length of a predefined-length AI (``N2+N6`` -> 6), None for variable length."""
    if ai.separator_required:
        return None
    match = _FIXED.fullmatch(_format(ai))
    return int(match.group(1)) if match else None


def _snippet(text: str, limit: int = 24) -> str:
    shown = text[:limit].replace(GS, "<GS>")
    return repr(shown + ("..." if len(text) > limit else ""))


def _merge_suspects(parsed: _Parsed) -> list[str]:
    """Variable-length fields whose tail reads cleanly as further fields: what a lost GS looks like."""
    found: list[str] = []
    for index, value_at in parsed.open_ended:
        element = parsed.elements[index]
        for cut in range(1, len(element.value)):
            tail = parsed.data[value_at + cut :]
            if not tail.startswith(_STRONG_STARTS):
                continue
            again = _parse(element.ai + element.value[:cut] + GS + tail)
            if (
                len(again.elements) > 1
                and not again.errors
                and again.elements[0].value == element.value[:cut]
                and not _association_errors(again.elements, within=parsed.elements[:index])
            ):
                split = "".join(e.hri for e in again.elements[1:])
                said = (
                    f"({element.ai}) {element.title} {element.value!r} may be several fields run together: the "
                    f"scan also reads as ({element.ai}){element.value[:cut]}{split}. The scanner did not send the "
                    "GS separator after a variable-length field; set it to transmit GS (Ctrl+] in keyboard mode) "
                    "or use its serial (USB-CDC) mode."
                )
                facts = {"ai": element.ai, "title": element.title, "value": element.value}
                found.append(Said(said, "scan.gs_missing", facts))
                break
    return found


def _requirement(ai: str) -> frozenset[str] | None:
    if ai in _REQUIRES:
        return _REQUIRES[ai]
    if len(ai) == 4 and ai[:2] in ("31", "32", "33", "34", "35", "36"):
        if ai.startswith(_LOGISTIC_MEASURES):
            return frozenset({"00", "01"})
        return frozenset({"01"}) if ai.startswith("337") else frozenset({"01", "02"})
    return None


def _association_errors(elements: list[Gs1Element], *, within: Sequence[Gs1Element] = ()) -> list[str]:
    """What breaks GS1's pairing rules in ``elements`` (read together with the ``within`` before them)."""
    present = {e.ai for e in (*within, *elements)}
    errors: list[str] = []
    seen = {e.ai: e.value for e in within}
    for element in elements:
        ai = element.ai
        earlier = seen.setdefault(ai, element.value)
        if earlier != element.value:
            said = f"({ai}) {element.title} appears twice with different values: {earlier!r} and {element.value!r}."
            errors.append(Said(said, "scan.gs1_pairing"))
        needed = _requirement(ai)
        if needed is not None and not needed & present:
            options = " or ".join(f"({n})" for n in sorted(needed))
            reason = _REASONS.get(ai, "GS1 does not allow it on its own")
            errors.append(
                Said(f"({ai}) {element.title} needs {options} in the same barcode: {reason}.", "scan.gs1_pairing")
            )
    errors.extend(
        Said(f"({a}) and ({b}) must not be in the same barcode.", "scan.gs1_pairing")
        for a, b in _EXCLUDES
        if {a, b} <= present
    )
    return errors
