"""The printers a station names in its configuration (``[[printer]]`` in ``station.toml``), and which one prints a
card when nobody says.

A person or the terminal asks for a card on a printer by its name (``dock``) or by a URL; without either, the
first configured printer whose role covers the card kind prints it. The options of a ``[[printer]]`` table are
declared here, once, with their meaning; ``devices/printing/printer_config.py`` reads and checks them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from floorstation.domain.cards import CardKind
from floorstation.domain.errors import InvalidInput

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")
"""Printer names: short, no spaces, never mistaken for a URL."""


class PrinterRole(enum.StrEnum):
    PALLET_CARD = "pallet_card"
    LOT_CARD = "lot_card"
    BOTH = "both"

    def prints(self, kind: CardKind) -> bool:
        return self is PrinterRole.BOTH or self.value == f"{kind}_card"


@dataclass(frozen=True)
class StationPrinter:
    name: str = field(metadata={"help": "How people and the terminal call this printer (e.g. dock, office)."})
    url: str = field(metadata={"help": "Where and how it prints: escpos+tcp://..., zpl+tcp://..., qt://..., pdf:..."})
    """Once loaded, with the table's profile and label size as URL options (``target``), and a relative ``pdf:``
    path made absolute."""
    role: PrinterRole = field(
        default=PrinterRole.BOTH,
        metadata={"help": "Which cards it prints when none is named: pallet_card, lot_card or both."},
    )
    profile: str = field(default="", metadata={"help": "ESC/POS only: the python-escpos capability profile."})
    label_width_mm: float = field(
        default=0.0, metadata={"help": "Label or printable paper width in mm (0: the printer's default)."}
    )
    label_height_mm: float = field(
        default=0.0, metadata={"help": "Label height in mm (ZPL, PDF, Qt; 0: the default; receipt rolls have none)."}
    )

    @property
    def target(self) -> str:
        """The URL with the table's profile and label size as URL options (what the backend is opened with)."""
        extra = {
            "profile": self.profile,
            "width_mm": _mm(self.label_width_mm),
            "height_mm": _mm(self.label_height_mm),
        }
        extra = {k: v for k, v in extra.items() if v}
        if not extra:
            return self.url
        parts = urlsplit(self.url)
        options = dict(parse_qsl(parts.query))
        for key, value in extra.items():
            if key in options and options[key] != value:
                raise InvalidInput(
                    f"Printer {self.name!r}: its URL says {key}={options[key]} but the table says {value}.",
                    "Give the option once, in the URL or in the [[printer]] table.",
                )
        return urlunsplit(parts._replace(query=urlencode({**options, **extra}, safe="/:")))

    def describe(self) -> str:
        return f"{self.name} ({self.url})"


def _mm(value: float) -> str:
    return "" if not value else f"{value:g}"


def is_url(text: str) -> bool:
    """A URL has a scheme (``escpos+tcp:``, ``pdf:``); a printer name never has a colon."""
    return ":" in text


def find(printers: Sequence[StationPrinter], name: str) -> StationPrinter | None:
    return next((p for p in printers if p.name == name), None)


def default_for(printers: Sequence[StationPrinter], kind: CardKind) -> StationPrinter | None:
    """The first configured printer whose role covers ``kind``."""
    return next((p for p in printers if p.role.prints(kind)), None)


def names(printers: Sequence[StationPrinter]) -> str:
    return ", ".join(p.name for p in printers) or "none"
