"""``Printers`` for the app: a printer URL to a backend, and the preview image.

ESC/POS, ZPL and PDF are built in. Other languages come from the composition root as ``backends`` (``qt`` from
``floorstation.ui.qt_printer``: devices/ stays Qt-free, so a process without the UI cannot print to ``qt://``).
A backend's module, and with it python-escpos, Pillow and qrcode, is imported when a card is first printed or
previewed, not while the terminal starts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from floorstation.devices.printing.urls import PrinterUrl, parse
from floorstation.domain.cards import CardDocument
from floorstation.domain.errors import InvalidInput
from floorstation.domain.ports import CardPrinter

BackendFactory = Callable[[PrinterUrl], CardPrinter]
"""Opens one printer of a language for one job: ``backends={"qt": ...}``."""


class DevicePrinters:
    """Implements :class:`floorstation.domain.ports.Printers`. Opens a fresh backend per job (no cached handles)."""

    def __init__(self, backends: Mapping[str, BackendFactory] | None = None) -> None:
        self.backends = dict(backends or {})

    def open(self, url: str) -> CardPrinter:
        parsed = parse(url)
        if parsed.language in self.backends:
            return self.backends[parsed.language](parsed)
        if parsed.language == "escpos":
            from floorstation.devices.printing.escpos_backend import EscposCardPrinter

            return EscposCardPrinter(parsed)
        if parsed.language == "zpl":
            from floorstation.devices.printing.zpl import ZplCardPrinter

            return ZplCardPrinter(parsed)
        if parsed.language == "pdf":
            from floorstation.devices.printing.pdf import PdfCardPrinter

            return PdfCardPrinter(parsed)
        raise InvalidInput(
            f"{url}: {parsed.language}:// printers are printed through the terminal's Qt, which this program does "
            "not load.",
            "Print from the terminal, or use a pdf:, escpos+ or zpl+ URL here.",
        )

    def preview_png(self, document: CardDocument) -> bytes:
        from floorstation.devices.printing.raster import png_bytes, preview_image

        return png_bytes(preview_image(document))
