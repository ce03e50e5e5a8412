"""A device's state, one vocabulary for every device: scanners, cameras and printers, in the core and on screen.

The readers (``devices/``) report it as things happen, the print queue derives a printer's from its newest job
(``app.status.printer_health``), and the status bar and the settings show it. A disconnect is a state, never an
exception (STYLE §5).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class DeviceState(enum.StrEnum):
    CONNECTED = "connected"
    """There and working (a printer whose last job went out)."""
    LISTENING = "listening"
    """Waiting for input it cannot vouch for: a keyboard wedge cannot know whether a scanner is plugged in."""
    CONFIGURED = "configured"
    """Set up, never used yet: a printer nobody knows is on until it prints."""
    DISCONNECTED = "disconnected"
    """Not there (unplugged, off, out of paper, a camera file played out); it is looked for again and again."""
    ERROR = "error"
    """There but unusable (no permission, in use by another program, a library missing); says what to do."""


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    device_id: str
    kind: str
    """``wedge``, ``serial``, ``evdev`` or ``scanner`` (shown as the scanner), ``camera``, ``printer``."""
    state: DeviceState
    detail: str = ""
    """Why, in words (a ``Said`` with its code when the core said it), or where the device is."""


StatusListener = Callable[[DeviceStatus], None]
