"""What every scan source produces, before anyone has decided what the scan means."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

GS = "\x1d"
"""ASCII 29, the GS1 group separator: it must survive every path from scanner to parser."""


@dataclass(frozen=True, slots=True)
class ScanEvent:
    raw: str
    """The data as read, GS characters kept; without the AIM prefix when ``aim`` is set."""
    aim: str | None
    """AIM symbology identifier such as ``]C1`` (GS1-128), ``]d2`` (GS1 DataMatrix), ``]Q3``, ``]E0``."""
    source: str
    """Which device read it (``wedge``, ``serial:/dev/ttyACM0``, ``camera:0`` ...)."""
    at: datetime
