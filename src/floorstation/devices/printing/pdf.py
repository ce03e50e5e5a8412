"""Office printers: the card as a PDF page (A5 by default) for a folder, a mail or ``lp``.

Pillow writes the PDF from the same raster the preview shows, at 300 dpi with a whole number of pixels per
barcode module (0.51 mm), so bars are never resampled. Qt's QPdfWriter would give vector text, but would put Qt
into devices/ and the server; a raster page prints and scans just as well.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

from PIL import Image

from floorstation.devices.printing.raster import render_card
from floorstation.devices.printing.urls import PrinterUrl
from floorstation.domain.cards import CardDocument
from floorstation.domain.printjobs import PrinterNotReady

PAGES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A6": (105.0, 148.0)}


class PdfCardPrinter:
    def __init__(self, url: PrinterUrl) -> None:
        self.url = url.url
        self.path = Path(url.path)
        self.dpi = int(url.number("dpi", 300))
        page = url.option("page", "A5").upper()
        self.page_mm = PAGES_MM.get(page, PAGES_MM["A5"])
        self.module = int(url.number("module", max(1, round(0.5 / 25.4 * self.dpi))))

    def render(self, doc: CardDocument) -> bytes:
        width, height = (round(mm / 25.4 * self.dpi) for mm in self.page_mm)
        card = render_card(
            doc,
            width=width,
            dpi=self.dpi,
            module=self.module,
            bar_height=round(25 / 25.4 * self.dpi),
            max_height=height,
        )
        page = Image.new("1", (width, max(height, card.height)), 1)
        page.paste(card, (0, 0))
        out = io.BytesIO()
        page.save(out, format="PDF", resolution=self.dpi, title=f"{doc.kind} card {doc.subject}")
        return out.getvalue()

    def target(self, doc: CardDocument) -> Path:
        if self.url.endswith("/") or self.path.is_dir():
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
