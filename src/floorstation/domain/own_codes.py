"""The codes floorstation prints itself, and how a scan is recognised as one without asking the database.

* machine ``M:M01``, task ``T:304/2023-10``, badge ``B:B1001`` - a letter, a colon, the id. No GS1 data starts
  with a letter, no lot code made by a valid pattern contains a colon, so the prefix alone decides.
* a badge may also be bare (``B1001``) when the station configures ``badge_pattern``, a regular expression the
  whole scan must match: many plants already have badges and cannot reprint them.
* internal lot codes are bare (``M02-26327-007``): they go on GS1 labels as AI (10) data and are typed by people,
  so they carry no prefix. A scan is a lot when it has the shape of the station's lot-code pattern. ``L:`` may
  be put in front when a plant's pattern cannot be told apart from its badges.
* SSCCs are 18 digits with a valid check digit (or GS1 AI (00), see :mod:`floorstation.domain.gs1_strict`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from floorstation.domain.codes import LOT_CODE_MAX, LotCodePattern, is_gs1_ai82
from floorstation.domain.errors import InvalidInput
from floorstation.domain.station_rules import StationRules

#: Prefix letter -> the kind of code it introduces.
PREFIXES = {"B": "badge", "M": "machine", "T": "task", "L": "lot"}
OWN_CODE_MAX = 64

_FIELD = re.compile(r"\{(\w+)(?::(\d+))?\}")
_CODE = r"[A-Za-z0-9](?:[A-Za-z0-9._/-]{0,9}?)"
_FIELD_SHAPES = {
    "machine": _CODE,
    "station": _CODE,
    "yy": r"\d{2}",
    "yyyy": r"\d{4}",
    "doy": r"\d{3}",
    "mm": r"\d{2}",
    "dd": r"\d{2}",
}
_EXAMPLE_DAY = date(2026, 11, 23)


def lot_shape(pattern: LotCodePattern) -> re.Pattern[str]:
    """A regular expression that matches every code ``pattern`` can render (the codes' shape, not their truth)."""
    parts: list[str] = []
    pos = 0
    for match in _FIELD.finditer(pattern.template):
        parts.append(re.escape(pattern.template[pos : match.start()]))
        name, width = match.group(1), match.group(2)
        parts.append(rf"\d{{{int(width or 1)},}}" if name == "seq" else _FIELD_SHAPES[name])
        pos = match.end()
    parts.append(re.escape(pattern.template[pos:]))
    return re.compile("".join(parts))


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """What the station's configuration says about its own codes."""

    lot_pattern: LotCodePattern = field(default_factory=LotCodePattern)
    badge_pattern: str = ""
    """A regular expression a bare badge scan matches in full (``B[0-9]{4}``); empty: badges need ``B:``."""
    station_code: str = "S01"

    def __post_init__(self) -> None:
        if self.badge_pattern:
            try:
                re.compile(self.badge_pattern)
            except re.error as exc:
                raise InvalidInput(
                    f"The badge pattern {self.badge_pattern!r} is not a regular expression: {exc}.",
                    "Fix badge_pattern in the station configuration (for example B[0-9]{4}).",
                ) from None

    @classmethod
    def from_rules(cls, rules: StationRules) -> ScanSettings:
        return cls(lot_pattern=rules.lot_pattern, badge_pattern=rules.badge_pattern, station_code=rules.station_code)

    def is_badge(self, text: str) -> bool:
        return bool(self.badge_pattern) and re.fullmatch(self.badge_pattern, text) is not None

    def is_lot(self, text: str) -> bool:
        return len(text) <= LOT_CODE_MAX and is_gs1_ai82(text) and _shape(self.lot_pattern).fullmatch(text) is not None

    def example_lot(self) -> str:
        return self.lot_pattern.render(machine="M02", station=self.station_code, day=_EXAMPLE_DAY, seq=7)


@functools.lru_cache(maxsize=8)
def _shape(pattern: LotCodePattern) -> re.Pattern[str]:
    return lot_shape(pattern)


@dataclass(frozen=True, slots=True)
class OwnCode:
    kind: str
    """``badge``, ``machine``, ``task`` or ``lot``."""
    value: str
    error: str | None = None


def read_prefixed(text: str) -> OwnCode | None:
    """``M:M01`` -> machine ``M01``; None when ``text`` has none of our prefixes."""
    if len(text) < 2 or text[1] != ":" or text[0].upper() not in PREFIXES:
        return None
    kind = PREFIXES[text[0].upper()]
    value = text[2:].strip()
    if not value:
        return OwnCode(kind, value, f"This {kind} code is empty ({text!r}): the label is damaged or misprinted.")
    if len(value) > OWN_CODE_MAX:
        return OwnCode(kind, value, f"This {kind} code is {len(value)} characters long; ours have at most 64.")
    if not all(" " < ch <= "~" for ch in value):
        return OwnCode(kind, value, f"This {kind} code {value!r} has spaces or control characters in it.")
    return OwnCode(kind, value)
