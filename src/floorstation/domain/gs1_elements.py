"""GS1 element strings for the barcodes floorstation prints (GS1 General Specifications §3, §5.4, §7.8).

What is here: the few application identifiers our cards use, their checks, where an FNC1 separator is needed,
the human-readable form with parentheses, the GS1 Digital Link URI for the QR code, and how a label's elements
are shared out over GS1-128 symbols of at most 48 characters each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from floorstation.domain.code128 import FNC1
from floorstation.domain.codes import LOT_CODE_MAX, has_valid_check_digit, is_gs1_ai82

MAX_GS1_128_CHARS = 48
"""Data characters per GS1-128 symbol, FNC1 separators included (GenSpecs §5.4.1)."""

DIGITAL_LINK_DOMAIN = "https://id.gs1.org"

_KEYS = ("00", "01", "02")
_DATES = ("11", "13", "15", "16", "17")
_INTERNAL = tuple(str(n) for n in range(91, 100))


def _numeric(max_len: int) -> Callable[[str], bool]:
    return lambda v: v.isascii() and v.isdigit() and 1 <= len(v) <= max_len


def _check(ai: str, value: str) -> str | None:
    """Why ``value`` is not a valid (ai) value, or None."""
    if ai == "00":
        ok = len(value) == 18 and has_valid_check_digit(value)
        return None if ok else "an SSCC is 18 digits with a valid check digit"
    if ai in ("01", "02"):
        ok = len(value) == 14 and has_valid_check_digit(value)
        return None if ok else "a GTIN is 14 digits with a valid check digit"
    if ai in _DATES:
        ok = len(value) == 6 and value.isascii() and value.isdigit() and 1 <= int(value[2:4]) <= 12
        return None if ok else "a date is YYMMDD"
    if ai in ("30", "37"):
        return None if _numeric(8)(value) else "a count is 1 to 8 digits"
    if ai == "10":
        ok = len(value) <= LOT_CODE_MAX and is_gs1_ai82(value)
        return None if ok else f"a lot is 1 to {LOT_CODE_MAX} GS1 characters"
    if len(ai) == 4 and ai.startswith("310") and ai[3].isdigit():
        return None if len(value) == 6 and _numeric(6)(value) else "a net weight is 6 digits"
    if ai in _INTERNAL:
        return None if len(value) <= 90 and is_gs1_ai82(value) else "internal data is 1 to 90 GS1 characters"
    return f"AI ({ai}) is not one floorstation prints"


def predefined_length(ai: str) -> bool:
    """Whether the AI has a predefined length, so no FNC1 is needed after it (GenSpecs figure 7.8.5-2)."""
    return ai in _KEYS or ai in _DATES or ai.startswith("31")


@dataclass(frozen=True, slots=True)
class Element:
    """One element string: an application identifier and its value, checked when made."""

    ai: str
    value: str

    def __post_init__(self) -> None:
        problem = _check(self.ai, self.value)
        if problem:
            raise ValueError(f"({self.ai}){self.value}: {problem}")

    @property
    def fixed(self) -> bool:
        return predefined_length(self.ai)

    def hri(self) -> str:
        return f"({self.ai}){self.value}"


def gs1_date(day: date) -> str:
    return f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"


def arrange(elements: Sequence[Element]) -> tuple[Element, ...]:
    """Predefined-length elements first, so only separators between variable-length ones are needed."""
    return tuple(e for e in elements if e.fixed) + tuple(e for e in elements if not e.fixed)


def element_string(elements: Sequence[Element]) -> str:
    """The data of one GS1 symbol (without the leading FNC1): GS after each variable-length element but the last."""
    out = []
    for n, e in enumerate(elements):
        out.append(e.ai + e.value)
        if not e.fixed and n < len(elements) - 1:
            out.append(FNC1)
    return "".join(out)


def hri(elements: Sequence[Element]) -> str:
    return "".join(e.hri() for e in elements)


def pack(
    elements: Sequence[Element], *, fits: Callable[[Sequence[Element]], bool] | None = None
) -> list[tuple[Element, ...]]:
    """Share ``elements`` out over as few GS1-128 symbols as keep their order, each within 48 characters.

    ``fits`` lets a printer add its own limit (a symbol must fit its paper); an element that cannot fit even alone
    is an error, not a silently unreadable label.
    """
    symbols: list[tuple[Element, ...]] = []
    current: tuple[Element, ...] = ()

    def ok(candidate: tuple[Element, ...]) -> bool:
        arranged = arrange(candidate)
        return len(element_string(arranged)) <= MAX_GS1_128_CHARS and (fits is None or fits(arranged))

    for element in elements:
        if ok((*current, element)):
            current = (*current, element)
            continue
        if current:
            symbols.append(arrange(current))
        if not ok((element,)):
            raise ValueError(f"{element.hri()} does not fit in one GS1-128 symbol on this printer")
        current = (element,)
    if current:
        symbols.append(arrange(current))
    return symbols


def digital_link(elements: Sequence[Element], *, domain: str = DIGITAL_LINK_DOMAIN) -> str:
    """A GS1 Digital Link URI: the primary key in the path ((01) with (10) as qualifier), the rest as query.

    Phones open it; GS1-aware scanners and biip turn it back into the element strings.
    """
    by_ai = {e.ai: e.value for e in elements}
    key = next((ai for ai in ("00", "01") if ai in by_ai), None)
    if key is None:
        raise ValueError("a Digital Link needs (00) or (01)")
    path = f"/{key}/{by_ai.pop(key)}"
    if key == "01" and "10" in by_ai:
        path += "/10/" + quote(by_ai.pop("10"), safe="")
    query = "&".join(f"{ai}={quote(v, safe='')}" for ai, v in by_ai.items())
    return domain.rstrip("/") + path + (f"?{query}" if query else "")
