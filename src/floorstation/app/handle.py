"""The one handle the terminal's screen gets from the runtime (``floorstation.runtime``): what runs beside it.

The screen needs the station's context and configuration, the database thread, live sources of the sync state
and of the devices, the print queue and its worker, and a few ways to write a setting back. The runtime builds,
starts and stops all of them; the UI only reads this handle (it never imports the store, sync or the runtime).
Tests build one around their own station.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from floorstation.app.context import StationContext
from floorstation.app.executor import StationExecutor
from floorstation.app.status import EnrolmentDone, NamedPrinter, ServerInfo, SyncReport
from floorstation.domain.devices import DeviceStatus

if TYPE_CHECKING:
    from floorstation.app.printing import PrintContext, PrintWorker
    from floorstation.config import StationConfig
    from floorstation.domain.enrolment_code import EnrolmentCode
    from floorstation.domain.ports import ScanSources


class Piece(Protocol):
    """Something that runs while the station runs: started once, stopped once, named in the log."""

    name: str

    def start(self) -> None: ...
    def stop(self) -> None: ...


def _nothing() -> None:
    return None


def _ignore(_value: str) -> None:
    return None


@dataclass
class StationHandle:
    """What the terminal is handed; every field but the context, configuration and executor is optional."""

    ctx: StationContext
    config: StationConfig
    executor: StationExecutor
    """The station's one database thread (the bridge submits to it)."""
    sync_status: Callable[[], SyncReport] | None = None
    """The sync state now (asked on the database thread every few seconds)."""
    device_status: Callable[[], Sequence[DeviceStatus]] | None = None
    """Devices the screen polls besides the registry's live ones."""
    devices: ScanSources | None = None
    """The scanners and cameras: their scans and states reach the screen through the bridge."""
    printing: PrintContext | None = None
    print_worker: PrintWorker | None = None
    """The worker the runtime runs on its ``print-worker`` thread; the print queue wakes it."""
    printers: Sequence[NamedPrinter] = ()
    server_info: Callable[[], ServerInfo] | None = None
    enrol: Callable[[EnrolmentCode], EnrolmentDone] | None = None
    """Enrol the station with the code scanned from the office's QR code (waits for the server: called on a thread
    of its own, never the database thread or the screen's)."""
    save_language: Callable[[str], None] = _ignore
    save_mode: Callable[[str], None] = _ignore
    log_file: Path | None = None
    after_first_screen: Callable[[], None] = _nothing
    """What can wait until the first screen is up (the runtime starts the sync and device threads)."""
    attach: Callable[[Piece], None] = field(default=lambda piece: piece.start())
    """Start a UI-side piece (the keyboard-wedge filter) as part of the runtime: stopped first, before the rest."""
