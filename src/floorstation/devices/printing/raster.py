"""Cards and barcodes as images (Pillow): the preview, PDF pages and ESC/POS printers without barcode commands.

Bars are drawn from the same Code 128 plan the printer commands use (``domain.code128``), a whole number of
pixels per module and never scaled afterwards, so what a scanner reads from a PDF page is what the queue sent.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont

from floorstation.domain.cards import CardDocument, Symbol
from floorstation.domain.code128 import QUIET_ZONE_MODULES, Code128, encode
from floorstation.domain.gs1_elements import Element, element_string

_FONT_FILES = {
    False: (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ),
    True: (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "C:/Windows/Fonts/arialbd.ttf",
    ),
}

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
MARGIN_MM = 4.0
"""The white margin on every side of a rendered card; barcode quiet zones are drawn inside it."""


@cache
def font(size: int, *, bold: bool = False) -> Font:
    """DejaVu Sans (Latin, Greek, Cyrillic) where installed, else Pillow's built-in font."""
    for name in _FONT_FILES[bold]:
        if Path(name).is_file():
            return ImageFont.truetype(name, size)
    return ImageFont.load_default(size)


def code128_image(code: Code128, *, module: int, height: int, quiet_zones: bool = True) -> Image.Image:
    """The symbol (with its quiet zones), black on white, ``module`` pixels per module."""
    quiet = QUIET_ZONE_MODULES if quiet_zones else 0
    width = (code.modules + 2 * quiet) * module
    img = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(img)
    x = quiet * module
    for n, w in enumerate(code.bars()):
        if n % 2 == 0:
            draw.rectangle((x, 0, x + w * module - 1, height - 1), fill=0)
        x += w * module
    return img


def qr_image(text: str, *, box: int) -> Image.Image:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    img: Image.Image = qr.make_image(fill_color="black", back_color="white").get_image()
    return img.convert("1")


def symbol_code(symbol: Symbol, *, b_to_c: bool = True) -> Code128:
    return encode(symbol.data, gs1=symbol.gs1, b_to_c=b_to_c)


def fits_width(
    width_px: int, module: int, *, quiet_zones: bool = True, b_to_c: bool = True
) -> Callable[[Sequence[Element]], bool]:
    """A ``fits`` test for ``CardDocument.symbols``: the GS1-128 symbol (with its quiet zones) fits ``width_px``.

    Receipt printers pass ``quiet_zones=False``: the unprintable paper margin (4-5 mm) is their quiet zone.
    """
    quiet = 2 * QUIET_ZONE_MODULES if quiet_zones else 0

    def fits(elements: Sequence[Element]) -> bool:
        return (encode(element_string(elements), gs1=True, b_to_c=b_to_c).modules + quiet) * module <= width_px

    return fits


def render_card(
    doc: CardDocument,
    *,
    width: int,
    dpi: int,
    module: int,
    bar_height: int,
    max_height: int | None = None,
) -> Image.Image:
    """The whole card, ``width`` pixels wide: the site's line, title, fields beside the QR code, barcodes with the
    SSCC lowest. With ``max_height`` bars are made shorter (never narrower) to fit, down to 8 mm; the image may
    still be taller than ``max_height``, which the caller must refuse."""
    mm = dpi / 25.4
    margin = round(MARGIN_MM * mm)
    inner = width - 2 * margin
    symbols = doc.symbols(fits=fits_width(inner, module))
    codes = [symbol_code(s) for s in symbols]
    small, value, large = font(round(2.6 * mm)), font(round(3.6 * mm)), font(round(5.2 * mm), bold=True)
    title_font = font(round(7 * mm), bold=True)
    hri_font = font(round(2.8 * mm))
    qr = qr_image(doc.qr, box=max(2, round(0.6 * mm))) if doc.qr else Image.new("1", (0, 0), 1)
    if qr.width > inner // 2:
        qr = qr.resize((inner // 2, inner // 2), Image.Resampling.NEAREST)

    def line_height(f: Font) -> int:
        box = f.getbbox("ÅgÉy")
        return int(box[3] - box[1]) + round(0.8 * mm)

    fields_height = sum(line_height(small) + line_height(large if f.large else value) for f in doc.fields)
    head = line_height(title_font) + line_height(value) + round(2 * mm)
    company = line_height(value) if doc.company else 0
    head += company
    body = max(fields_height, qr.height)
    per_symbol = round(2 * mm) + line_height(hri_font)
    if max_height is not None:  # shrink bars, never modules, to fit the page
        room = max_height - 2 * margin - head - body - per_symbol * len(codes)
        bar_height = max(round(8 * mm), min(bar_height, room // max(1, len(codes))))
    height = 2 * margin + head + body + (bar_height + per_symbol) * len(codes)
    img = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(img)

    y = margin
    if doc.company:
        draw.text((margin, y), doc.company, font=font(round(3.6 * mm), bold=True), fill=0)
        y += company
    draw.text((margin, y), doc.title, font=title_font, fill=0)
    if doc.reprint:
        text = " REPRINT "
        w = int(draw.textlength(text, font=title_font))
        draw.rectangle((width - margin - w, y, width - margin, y + line_height(title_font)), fill=0)
        draw.text((width - margin - w, y), text, font=title_font, fill=1)
    y += line_height(title_font)
    draw.text((margin, y), doc.subtitle, font=value, fill=0)
    y += line_height(value) + round(2 * mm)
    draw.line((margin, y - round(1 * mm), width - margin, y - round(1 * mm)), fill=0, width=max(1, round(0.3 * mm)))

    if doc.qr:
        img.paste(qr, (width - margin - qr.width, y + body - qr.height))  # beside the short fields at the bottom
    fy = y
    for f in doc.fields:
        draw.text((margin, fy), f.title, font=small, fill=0)
        fy += line_height(small)
        draw.text((margin, fy), f.value, font=large if f.large else value, fill=0)
        fy += line_height(large if f.large else value)
    y += body

    for symbol, code in zip(symbols, codes, strict=True):
        y += round(2 * mm)
        bars = code128_image(code, module=module, height=bar_height)
        img.paste(bars, (margin + (inner - bars.width) // 2, y))
        y += bar_height
        hw = int(draw.textlength(symbol.hri, font=hri_font))
        draw.text((margin + (inner - hw) // 2, y), symbol.hri, font=hri_font, fill=0)
        y += line_height(hri_font)
    return img


PREVIEW_DPI = 203
PREVIEW_WIDTH_MM = 101.6


def preview_image(doc: CardDocument) -> Image.Image:
    """A 4-inch-wide card at 203 dpi, the size of the common pallet label."""
    width = round(PREVIEW_WIDTH_MM / 25.4 * PREVIEW_DPI)
    return render_card(doc, width=width, dpi=PREVIEW_DPI, module=3, bar_height=round(25 / 25.4 * PREVIEW_DPI))


def png_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()
