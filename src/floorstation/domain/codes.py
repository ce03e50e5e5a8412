"""Lot codes and SSCCs: unique across stations without coordination, valid GS1 data (DESIGN §3)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date

from floorstation.domain.errors import InvalidInput

#: GS1 General Specifications, figure 7.11-1: the 82 characters allowed in AI (10) and most alphanumeric AIs.
GS1_CHARSET_82 = frozenset(string.ascii_letters + string.digits + "!\"%&'()*+,-./:;<=>?_")
LOT_CODE_MAX = 20


def is_gs1_ai82(text: str) -> bool:
    return bool(text) and all(ch in GS1_CHARSET_82 for ch in text)


def gs1_check_digit(digits: str) -> int:
    """Mod-10 check digit of a GS1 key (GTIN, SSCC, GLN) given without its check digit."""
    if not digits.isdigit() or not digits.isascii():
        raise ValueError(f"not digits: {digits!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def has_valid_check_digit(key: str) -> bool:
    return len(key) >= 2 and key.isdigit() and key.isascii() and gs1_check_digit(key[:-1]) == int(key[-1])


_FIELD = re.compile(r"\{(\w+)(?::(\d+))?\}")
_KNOWN_FIELDS = {"machine", "station", "yy", "yyyy", "doy", "mm", "dd", "seq"}


@dataclass(frozen=True, slots=True)
class LotCodePattern:
    """A template such as ``{machine}-{yy}{doy}-{seq:3}``.

    Uniqueness without coordination comes from the prefix: a machine (or a goods-in station) belongs to exactly
    one station, so two stations never draw from the same (prefix, day) sequence. ``seq`` is the only counter
    and it is per prefix and day. ``{seq:3}`` pads to three digits.
    """

    template: str = "{machine}-{yy}{doy}-{seq:3}"

    def __post_init__(self) -> None:
        names = [m.group(1) for m in _FIELD.finditer(self.template)]
        unknown = set(names) - _KNOWN_FIELDS
        if unknown:
            raise InvalidInput(f"Lot-code pattern {self.template!r} uses unknown fields {sorted(unknown)}.")
        if "seq" not in names:
            raise InvalidInput(f"Lot-code pattern {self.template!r} needs a {{seq}} field to be unique.")
        if "machine" not in names and "station" not in names:
            raise InvalidInput(
                f"Lot-code pattern {self.template!r} needs {{machine}} or {{station}} to be unique across stations."
            )
        literal = _FIELD.sub("", self.template)
        if literal and not is_gs1_ai82(literal):
            raise InvalidInput(f"Lot-code pattern {self.template!r} has characters GS1 does not allow in a lot.")

    def _render(self, values: dict[str, str], seq: int | None) -> str:
        def field(match: re.Match[str]) -> str:
            name, width = match.group(1), match.group(2)
            if name == "seq":
                return "\0" if seq is None else str(seq).zfill(int(width or 1))
            return values[name]

        return _FIELD.sub(field, self.template)

    def prefix(self, *, machine: str, station: str, day: date) -> str:
        """Everything before the sequence: the key its counter is kept under."""
        return self._render(self._values(machine, station, day), None).split("\0", 1)[0]

    def render(self, *, machine: str, station: str, day: date, seq: int) -> str:
        code = self._render(self._values(machine, station, day), seq)
        if len(code) > LOT_CODE_MAX:
            raise InvalidInput(
                f"Lot code {code!r} is longer than GS1's {LOT_CODE_MAX} characters.",
                "Shorten the machine code or the lot-code pattern in the station configuration.",
                code="lot_code.too_long",
                params={"lot": code, "limit": str(LOT_CODE_MAX)},
            )
        if not is_gs1_ai82(code):
            raise InvalidInput(
                f"Lot code {code!r} has characters GS1 does not allow in a lot number.",
                "Use letters, digits and - . / _ in machine codes and the lot-code pattern.",
                code="lot_code.characters",
                params={"lot": code},
            )
        return code

    @staticmethod
    def _values(machine: str, station: str, day: date) -> dict[str, str]:
        return {
            "machine": machine,
            "station": station,
            "yy": f"{day.year % 100:02d}",
            "yyyy": f"{day.year:04d}",
            "doy": f"{day.timetuple().tm_yday:03d}",
            "mm": f"{day.month:02d}",
            "dd": f"{day.day:02d}",
        }


@dataclass(frozen=True, slots=True)
class SsccRange:
    """SSCC = extension digit + company prefix + serial reference + check digit (18 digits).

    Each station is given its own range of serial references in its configuration, so stations never
    allocate the same SSCC without talking to each other.
    """

    extension: int
    company_prefix: str
    first_serial: int
    last_serial: int

    def __post_init__(self) -> None:
        if not 0 <= self.extension <= 9:
            raise InvalidInput("The SSCC extension digit must be 0-9.")
        if not (
            self.company_prefix.isascii() and self.company_prefix.isdigit() and 6 <= len(self.company_prefix) <= 12
        ):
            raise InvalidInput(
                f"GS1 company prefix {self.company_prefix!r} must be 6 to 12 digits.",
                "Copy it from your GS1 membership in the station configuration.",
            )
        if not 0 <= self.first_serial <= self.last_serial <= self.max_serial:
            raise InvalidInput(
                f"SSCC serial range {self.first_serial}-{self.last_serial} does not fit the "
                f"{self.serial_width} digits left after the company prefix.",
                "Give this station a range inside 0 to " + str(self.max_serial) + ".",
            )

    @property
    def serial_width(self) -> int:
        return 16 - len(self.company_prefix)

    @property
    def max_serial(self) -> int:
        return int(10**self.serial_width) - 1

    def sscc(self, serial: int) -> str:
        if not self.first_serial <= serial <= self.last_serial:
            raise InvalidInput(
                f"This station has used all its SSCC serials ({self.first_serial}-{self.last_serial}).",
                "Ask IT to give the station a new SSCC range.",
                code="sscc.used_up",
                params={"first": str(self.first_serial), "last": str(self.last_serial)},
            )
        body = f"{self.extension}{self.company_prefix}{serial:0{self.serial_width}d}"
        return body + str(gs1_check_digit(body))

    def serial_of(self, sscc: str) -> int | None:
        """The serial reference of an SSCC from this range, or None when it is not one of ours."""
        prefix = f"{self.extension}{self.company_prefix}"
        if len(sscc) != 18 or not sscc.startswith(prefix) or not has_valid_check_digit(sscc):
            return None
        serial: int = int(sscc[len(prefix) : 17])
        return serial if self.first_serial <= serial <= self.last_serial else None
