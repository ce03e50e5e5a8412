"""Office printers through Qt: ``qt://PRINTER_NAME`` prints a card on a printer of the operating system (CUPS on
Linux, the Windows spooler) with QPrinter.

What goes to the printer is the page image PDF cards and the preview are made of
(``devices.printing.pdf.page_image``), so the content is the same. It is rendered at a resolution the printer's
own divides by a whole number (300 dpi for a 600 or 1200 dpi printer) and drawn without smoothing, each image
pixel as k x k device pixels: every bar module stays a whole number of printer dots. The card fills the printable
area of the printer's paper, or of ``page=A4|A5|A6`` / ``width_mm`` and ``height_mm`` when the URL gives them.

devices/ is Qt-free, so it does not know this backend: the composition root hands ``backends()`` to
``bootstrap.printing``. QPrinter needs a QCoreApplication; when none runs (the command line), one
QApplication is made on first use — offscreen where Linux has no display. Painting on a QPrinter from a worker
thread is allowed by Qt (QPainter on QImage, QPrinter and QPicture), so the print worker may call ``send``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PIL import Image
from PySide6.QtCore import QCoreApplication, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from floorstation.devices.printing.pdf import default_module, page_image, page_mm
from floorstation.devices.printing.urls import PrinterUrl
from floorstation.domain.cards import CardDocument
from floorstation.domain.errors import InvalidInput
from floorstation.domain.ports import CardPrinter
from floorstation.domain.printjobs import PrinterNotReady

log = logging.getLogger(__name__)

_app: QCoreApplication | None = None
"""The application this module made for a process without one (kept so it is not collected)."""


class QtPrinters(Protocol):
    """The printers Qt can print to; the system's (``SystemPrinters``), or PDF files standing in for them in tests."""

    def names(self) -> list[str]: ...

    def printer(self, name: str) -> QPrinter:
        """A QPrinter for ``name`` in high-resolution mode, ready to paint on."""
        ...


class SystemPrinters:
    """The operating system's printers, as Qt sees them (``QPrinterInfo``)."""

    def names(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def printer(self, name: str) -> QPrinter:
        return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def ensure_application() -> None:
    """A QCoreApplication for QPrinter: the terminal's, or one made here (only on the main thread)."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("qt:// printers need the Qt application made on the main thread first")
    argv = ["floorstation"]
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]  # printing needs no screen; CUPS support is not a platform plugin
    _app = QApplication(argv)  # not a bare QGuiApplication: the same process may show widgets later


class QtCardPrinter:
    """One ``qt://NAME`` printer for one job. A name Qt does not know is refused when the printer is opened, so a
    card is never queued for a printer that does not exist."""

    def __init__(self, url: PrinterUrl, printers: QtPrinters | None = None) -> None:
        ensure_application()
        self.url = url.url
        self.name = url.host
        self.printers = printers or SystemPrinters()
        self.wanted_dpi = url.number("dpi", 300)
        self.module = int(url.number("module", 0))
        self.page = page_mm(url, default=None)
        known = self.printers.names()
        if self.name not in known:
            seen = f"it sees: {', '.join(known)}" if known else "it sees no printers at all"
            raise InvalidInput(
                f"Qt has no printer named {self.name!r} ({seen}).",
                "Printer names are case-sensitive; a printer must first be added to the system (lpstat -p lists "
                "them on Linux).",
            )

    def _open(self) -> _Page:
        printer = self.printers.printer(self.name)
        if self.page is not None:
            policy = QPageSize.SizeMatchPolicy.FuzzyMatch
            size = QPageSize(QSizeF(*self.page), QPageSize.Unit.Millimeter, "card", policy)
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            if not printer.setPageSize(size):  # the printer's own paper, then; the fit is checked against it
                log.warning("printer %s does not take %s pages", self.name, size.name())
        device = printer.resolution()
        scale = max(1, round(device / self.wanted_dpi))
        dpi = round(device / scale)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        width, height = int(area.width()) // scale, int(area.height()) // scale
        return _Page(printer, scale, dpi, width, height, self.module or default_module(dpi))

    def check(self, doc: CardDocument) -> None:
        self._open().image(doc)

    def send(self, doc: CardDocument) -> None:
        setup = self._open()
        page, printer, scale = setup.image(doc), setup.printer, setup.scale
        printer.setDocName(f"{doc.kind} card {doc.subject}{' (reprint)' if doc.reprint else ''}")
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterNotReady(
                f"Printer {self.name} cannot start a print job.", "Check it in the system's printer settings."
            )
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(QRect(0, 0, page.width * scale, page.height * scale), _qimage(page))
        finally:
            ended = painter.end()
        if not ended or printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterNotReady(f"Printer {self.name} did not take the card.", "Check it in the system's settings.")
        log.info("card %s %s sent to %s at %d dpi (x%d)", doc.kind, doc.subject, self.name, setup.dpi, scale)


@dataclass(frozen=True)
class _Page:
    """A QPrinter made ready for one card, and the card image that fills its printable area."""

    printer: QPrinter
    scale: int
    """Device pixels per image pixel, each way."""
    dpi: int
    """The image's resolution: the printer's divided by ``scale``."""
    width: int
    height: int
    module: int

    def image(self, doc: CardDocument) -> Image.Image:
        return page_image(doc, width=self.width, height=self.height, dpi=self.dpi, module=self.module)


def _qimage(img: Image.Image) -> QImage:
    gray = img.convert("L")
    return QImage(gray.tobytes(), gray.width, gray.height, gray.width, QImage.Format.Format_Grayscale8).copy()


def backends(printers: QtPrinters | None = None) -> dict[str, Callable[[PrinterUrl], CardPrinter]]:
    """``{"qt": ...}`` for ``bootstrap.printing(station, backends=...)``; ``printers`` stands in for the system's."""

    def open_qt(url: PrinterUrl) -> CardPrinter:
        return QtCardPrinter(url, printers)

    return {"qt": open_qt}
