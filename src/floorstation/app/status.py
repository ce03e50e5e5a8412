"""What the terminal always shows about itself: sync state and device health, as plain values.

The screen reads them through callbacks the composition root passes in (the sync worker's ``status``, the
device registry's states); the shapes below are what it needs, so those reports fit without conversion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.errors import Said


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


class NamedPrinter(Protocol):
    """A printer the terminal offers: a name people know and the URL the print queue sends to."""

    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str: ...


@dataclass(frozen=True, slots=True)
class PrinterChoice:
    name: str
    url: str


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """Where this station syncs to: the server's URL once enrolled; ``detail`` says why not otherwise."""

    url: str | None
    enrolled: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class EnrolmentDone:
    """A scanned enrolment code was taken: this station now syncs with ``server`` as ``station_id``."""

    station_id: str
    server: str


class QueuedJob(Protocol):
    """What :func:`printer_health` reads of a print job (``floorstation.domain.printjobs.PrintJob``)."""

    @property
    def printer(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def last_error(self) -> str | None: ...


def printer_health(printers: Sequence[NamedPrinter], jobs: Sequence[QueuedJob]) -> list[DeviceStatus]:
    """Each printer's state as its newest print job tells it (``jobs`` newest first).

    No job yet: ``configured`` (nobody knows whether it is on until it prints). Done or sending: ``connected``.
    Waiting with an error (off, out of paper): ``disconnected`` with the printer's words. Failed, or uncertain
    after a crash: ``error``.
    """
    health = []
    for printer in printers:
        newest = next((job for job in jobs if job.printer in (printer.url, printer.name)), None)
        state = str(newest.state) if newest is not None else ""
        if newest is None or state == "cancelled":
            health.append(DeviceStatus(printer.name, "printer", DeviceState.CONFIGURED, printer.name))
        elif state in ("done", "printing") or (state == "queued" and not newest.last_error):
            health.append(DeviceStatus(printer.name, "printer", DeviceState.CONNECTED, printer.name))
        elif state == "queued":
            said = _named(printer.name, newest.last_error or "")
            health.append(DeviceStatus(printer.name, "printer", DeviceState.DISCONNECTED, said))
        else:
            said = _named(printer.name, newest.last_error or state)
            health.append(DeviceStatus(printer.name, "printer", DeviceState.ERROR, said))
    return health


def _named(device: str, problem: str) -> Said:
    """``"name: problem"``, keeping the problem's code and facts (the device's name joins them as ``device``)."""
    return Said(
        f"{device}: {problem}", getattr(problem, "code", ""), {**getattr(problem, "params", {}), "device": device}
    )
