"""A device's state as the screen shows it: connected, disconnected or in error, with a sentence why."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class DeviceState(enum.StrEnum):
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    """Not there (unplugged, not yet plugged in); it is looked for again and again."""
    ERROR = "error"
    """There but unusable (no permission, in use by another program, a library missing); says what to do."""


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    device_id: str
    kind: str
    """``wedge``, ``serial``, ``evdev``, ``camera``, ``printer``."""
    state: DeviceState
    detail: str = ""


StatusListener = Callable[[DeviceStatus], None]
