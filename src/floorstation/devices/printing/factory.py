"""``Printers`` for the app: a printer URL to a backend, and the preview image."""

from __future__ import annotations

from floorstation.devices.printing.escpos_backend import EscposCardPrinter
from floorstation.devices.printing.pdf import PdfCardPrinter
from floorstation.devices.printing.raster import png_bytes, preview_image
from floorstation.devices.printing.urls import parse
from floorstation.devices.printing.zpl import ZplCardPrinter
from floorstation.domain.cards import CardDocument

CardPrinterBackend = EscposCardPrinter | ZplCardPrinter | PdfCardPrinter


class DevicePrinters:
    """Implements :class:`floorstation.domain.ports.Printers`. Opens a fresh backend per job (no cached handles)."""

    def open(self, url: str) -> CardPrinterBackend:
        parsed = parse(url)
        if parsed.language == "escpos":
            return EscposCardPrinter(parsed)
        if parsed.language == "zpl":
            return ZplCardPrinter(parsed)
        return PdfCardPrinter(parsed)

    def preview_png(self, document: CardDocument) -> bytes:
        return png_bytes(preview_image(document))
