"""What the terminal always shows about itself: sync state and device health, as plain values.

The screen reads them through callbacks the composition root passes in (the sync worker's ``status``, the
device registry's states); the shapes below are what it needs, so those reports fit without conversion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class SyncReport(Protocol):
    """Satisfied by ``floorstation.sync.worker.SyncStatus`` and by :class:`LocalSync`."""

    @property
    def online(self) -> bool: ...
    @property
    def pending(self) -> int:
        """Events recorded here that no server has acknowledged yet."""
        ...


@dataclass(frozen=True, slots=True)
class LocalSync:
    """Sync status when no sync worker runs: offline, with the count of unacknowledged events."""

    pending: int
    online: bool = False
    last_error: str | None = "No sync worker is running."


class DeviceReport(Protocol):
    """Satisfied by ``floorstation.devices.status.DeviceStatus`` and by :class:`DeviceHealth`.

    ``kind``: ``wedge``, ``serial``, ``evdev`` or ``scanner`` (shown as the scanner), ``camera``, ``printer``.
    ``state``: ``connected``/``ready``, ``listening``, ``disconnected``/``offline``, ``error``.
    """

    @property
    def kind(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def detail(self) -> str: ...


@dataclass(frozen=True, slots=True)
class DeviceHealth:
    kind: str
    state: str
    detail: str = ""
