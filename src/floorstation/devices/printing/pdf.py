"""Office printers: the card as a PDF page (A5 by default) for a folder, a mail or ``lp``.

Pillow writes the PDF from the same raster the preview shows, at 300 dpi with a whole number of pixels per
barcode module (0.51 mm), so bars are never resampled. Qt's QPdfWriter would give vector text, but would put Qt
into devices/ and the server; a raster page prints and scans just as well. ``page_image`` is also what the Qt
backend (``ui/qt_printer.py``) sends to a system printer, so both print the same card.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

from PIL import Image

from floorstation.devices.printing.fit import check_height, check_width
from floorstation.devices.printing.raster import MARGIN_MM, render_card
from floorstation.devices.printing.urls import PrinterUrl
from floorstation.domain.cards import CardDocument
from floorstation.domain.errors import InvalidInput
from floorstation.domain.printjobs import PrinterNotReady

PAGES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A6": (105.0, 148.0)}


def page_mm(url: PrinterUrl, default: str | None = "A5") -> tuple[float, float] | None:
    """The page size the URL asks for: ``page=A4|A5|A6``, then ``width_mm``/``height_mm``; None: not said."""
    page = url.option("page", default or "").upper()
    if page and page not in PAGES_MM:
        raise InvalidInput(
            f"{url.url}: page={page} is not one of {', '.join(PAGES_MM)}.", "Or give width_mm and height_mm."
        )
    size = PAGES_MM.get(page)
    width = url.number("width_mm", size[0] if size else 0)
    height = url.number("height_mm", size[1] if size else 0)
    if not (width or height):
        return None
    if not (20 <= width <= 1000 and 20 <= height <= 2000):
        raise InvalidInput(
            f"{url.url}: a page of {width:g} x {height:g} mm cannot be right.", "Give width_mm and height_mm."
        )
    return width, height


def default_module(dpi: float) -> int:
    """Dots per bar module near 0.5 mm, the X-dimension GS1 asks of logistic labels."""
    return max(1, round(0.5 / 25.4 * dpi))


def page_image(doc: CardDocument, *, width: int, height: int, dpi: int, module: int) -> Image.Image:
    """The card on a white page of ``width`` x ``height`` pixels, or ``CardDoesNotFit``."""
    margin = round(MARGIN_MM / 25.4 * dpi)
    check_width(doc, width=width - 2 * margin, dpi=dpi, module=module)
    card = render_card(doc, width=width, dpi=dpi, module=module, bar_height=round(25 / 25.4 * dpi), max_height=height)
    check_height(doc, needed=card.height, height=height, dpi=dpi)
    page = Image.new("1", (width, height), 1)
    page.paste(card, (0, 0))
    return page


class PdfCardPrinter:
    def __init__(self, url: PrinterUrl) -> None:
        self.url = url.url
        self.path = Path(url.path)
        self.folder = url.path.endswith("/")
        self.dpi = int(url.number("dpi", 300))
        size = page_mm(url)
        assert size is not None
        self.page_mm = size
        self.module = int(url.number("module", default_module(self.dpi)))

    def _page(self, doc: CardDocument) -> Image.Image:
        width, height = (round(mm / 25.4 * self.dpi) for mm in self.page_mm)
        return page_image(doc, width=width, height=height, dpi=self.dpi, module=self.module)

    def check(self, doc: CardDocument) -> None:
        self._page(doc)

    def render(self, doc: CardDocument) -> bytes:
        out = io.BytesIO()
        self._page(doc).save(out, format="PDF", resolution=self.dpi, title=f"{doc.kind} card {doc.subject}")
        return out.getvalue()

    def target(self, doc: CardDocument) -> Path:
        if self.folder or self.path.is_dir():
            name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{doc.kind}-{doc.subject}{'-reprint' if doc.reprint else ''}")
            return self.path / f"{name}.pdf"
        return self.path

    def send(self, doc: CardDocument) -> None:
        data = self.render(doc)
        target = self.target(doc)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".card-", suffix=".pdf")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            raise PrinterNotReady(f"Cannot write the card to {target}: {exc}.", "Check the folder.") from None
