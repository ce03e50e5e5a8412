"""A printer for terminal tests that keeps what it was sent, and can hold a job for seconds like a printer whose
cable hangs (the queue, the worker thread and the card documents are all the real ones)."""

from __future__ import annotations

import threading
from dataclasses import replace

from floorstation import bootstrap
from floorstation.app.printing import PrintContext
from floorstation.devices.printing.factory import DevicePrinters
from floorstation.domain.cards import CardDocument
from floorstation.domain.errors import InvalidInput
from floorstation.domain.printers import StationPrinter


class FakeCardPrinter:
    def __init__(self, url: str, owner: FakePrinters) -> None:
        self.url = url
        self.owner = owner

    def check(self, document: CardDocument) -> None:
        """Every card fits."""

    def send(self, document: CardDocument) -> None:
        owner = self.owner
        owner.sending.set()
        if owner.block_seconds:
            owner.release.wait(owner.block_seconds)  # a printer that does not answer; released by the test
        owner.sent.append((self.url, document))


class FakePrinters:
    """``Printers`` for ``fake://NAME`` URLs; the preview is the real one."""

    def __init__(self, *, block_seconds: float = 0.0) -> None:
        self.block_seconds = block_seconds
        self.release = threading.Event()
        self.sending = threading.Event()
        self.sent: list[tuple[str, CardDocument]] = []
        self._real = DevicePrinters()

    def open(self, url: str) -> FakeCardPrinter:
        if not url.startswith("fake://"):
            raise InvalidInput(f"floorstation cannot print to {url!r}.")
        return FakeCardPrinter(url, self)

    def preview_png(self, document: CardDocument) -> bytes:
        return self._real.preview_png(document)


def print_context(station: bootstrap.Station, printers: FakePrinters, *names: str) -> PrintContext:
    """The station's real print queue, with printers ``fake://<name>`` (the first is every card's default)."""
    made = bootstrap.printing(station, printers=printers)
    return replace(made, station_printers=tuple(StationPrinter(n, f"fake://{n}") for n in names or ("dock",)))
