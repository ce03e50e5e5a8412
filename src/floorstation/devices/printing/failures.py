"""Why a printer took no card, as a code and its facts the terminal words in its language.

The operating system says "[Errno 111] Connection refused"; a person at the line needs to hear which printer does
not answer and what to do. Each transport failure a station meets is named here; the card stays in the queue,
which tries again by itself.
"""

from __future__ import annotations

import errno
import socket

from floorstation.devices.printing.urls import PrinterUrl
from floorstation.domain.printjobs import PrinterNotReady

_NO_ROUTE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EHOSTDOWN, errno.ENETDOWN}
_NO_DEVICE = {errno.ENOENT, errno.ENODEV, errno.ENXIO}


def address_of(url: PrinterUrl) -> str:
    """Where the printer is, as a technician finds it: host and port, a device file, a USB id, a queue's name."""
    return f"{url.host}:{url.port}" if url.transport == "tcp" else url.path or url.host or url.url


def _os_error(exc: BaseException) -> BaseException:
    """The operating system's error behind ``exc`` (a printer library wraps it in its own), else ``exc``."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return exc


def transport_failure(url: PrinterUrl, exc: BaseException, *, missing: bool = False) -> PrinterNotReady | None:
    """The failure of ``exc`` in words a person acts on, or None when it is none of the known ones. ``missing``:
    the printer library says the device is not there (a USB or serial printer unplugged)."""
    address = address_of(url)
    exc = _os_error(exc)
    number = exc.errno if isinstance(exc, OSError) else None
    if isinstance(exc, ConnectionRefusedError):
        return PrinterNotReady(
            f"Printer at {address} does not answer.",
            "Check that it is on and connected; the card waits in the queue.",
            code="printer.refused",
            params={"address": address},
        )
    if isinstance(exc, TimeoutError):
        return PrinterNotReady(
            f"Printer at {address} did not answer in time.",
            "Check that it is on, connected and not busy; the card waits in the queue.",
            code="printer.timed_out",
            params={"address": address},
        )
    if isinstance(exc, socket.gaierror):
        return PrinterNotReady(
            f"The network does not know the printer's address {url.host}.",
            "Ask IT to check the printer's address in the station's settings; the card waits in the queue.",
            code="printer.unknown_host",
            params={"host": url.host},
        )
    if number in _NO_ROUTE:
        return PrinterNotReady(
            f"Printer at {address} cannot be reached from this station.",
            "Check the network cables of the station and the printer; the card waits in the queue.",
            code="printer.no_route",
            params={"address": address},
        )
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
        return PrinterNotReady(
            f"Printer at {address} broke off the connection.",
            "Check that it is on and ready; the card waits in the queue.",
            code="printer.dropped",
            params={"address": address},
        )
    if missing or isinstance(exc, FileNotFoundError) or number in _NO_DEVICE:
        return PrinterNotReady(
            f"Printer {address} is not plugged in.",
            "Plug it in and switch it on; the card waits in the queue.",
            code="printer.not_plugged_in",
            params={"address": address},
        )
    if isinstance(exc, PermissionError):
        return PrinterNotReady(
            f"This station may not use printer {address}.",
            "Ask IT to give the station access to the printer; the card waits in the queue.",
            code="printer.no_permission",
            params={"address": address},
        )
    return None
