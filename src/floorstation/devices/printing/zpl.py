"""ZPL II label printers (Zebra and compatibles): our own small builder, sent raw over TCP 9100 or a device file.

GS1-128 is written as ``^BC`` in mode N with explicit ``>;``/``>:`` start codes, ``>8`` FNC1 and ``>6``
switches from C to B taken from the Code 128 plan (never back from B to C: see ``code128.encode``) — not mode D,
whose FNC1 after variable-length AIs is not reliable across firmware and emulators (research/devices.md §4.2).
Before sending over TCP, ``~HS`` asks for paper-out, pause and head-open; a printer that does not answer is
assumed ready.
"""

from __future__ import annotations

import logging
import socket
import time
from pathlib import Path

from floorstation.devices.printing.failures import transport_failure
from floorstation.devices.printing.fit import check_height, check_width
from floorstation.devices.printing.raster import fits_width, symbol_code
from floorstation.devices.printing.urls import PrinterUrl
from floorstation.domain.cards import CardDocument
from floorstation.domain.code128 import QUIET_ZONE_MODULES
from floorstation.domain.printjobs import PrinterNotReady

log = logging.getLogger(__name__)

STX, ETX = b"\x02", b"\x03"


def field_data(text: str) -> str:
    """``^FH\\^FD...^FS`` content: ZPL's control characters as hex escapes."""
    out = []
    for ch in text:
        out.append(f"\\{ord(ch):02X}" if ch in "^~\\" else ch)
    return "".join(out)


class ZplLabel:
    """A label being built, in dots; ``str()`` is the ZPL."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.commands = [f"^XA^CI28^PW{width}^LL{height}^LH0,0"]

    def text(self, x: int, y: int, size: int, text: str, *, reverse: bool = False) -> None:
        fr = "^FR" if reverse else ""
        self.commands.append(f"^FO{x},{y}{fr}^A0N,{size},{size}^FH\\^FD{field_data(text)}^FS")

    def box(self, x: int, y: int, w: int, h: int) -> None:
        self.commands.append(f"^FO{x},{y}^GB{w},{h},{min(w, h)}^FS")

    def code128(self, x: int, y: int, payload: str, *, module: int, height: int) -> None:
        self.commands.append(f"^FO{x},{y}^BY{module}^BCN,{height},N,N,N^FD{payload}^FS")

    def qr(self, x: int, y: int, data: str, *, magnification: int) -> None:
        self.commands.append(f"^FO{x},{y}^BQN,2,{magnification}^FH\\^FDMA,{field_data(data)}^FS")

    def __str__(self) -> str:
        return "\n".join([*self.commands, "^XZ"]) + "\n"


def card_zpl(doc: CardDocument, *, width: int, height: int, dpmm: int, module: int = 3) -> str:
    """The card as one ZPL label: the site's line, title, fields, the QR code beside them, barcodes at the bottom,
    SSCC lowest. ``CardDoesNotFit`` when a barcode is wider than the label or bars would be under 8 mm tall."""
    margin = 4 * dpmm
    inner = width - 2 * margin
    check_width(doc, width=inner, dpi=dpmm * 25.4, module=module, b_to_c=False)
    label = ZplLabel(width, height)
    y = margin
    if doc.company:
        label.text(margin, y, round(3.6 * dpmm), doc.company)
        y += round(3.6 * dpmm) + dpmm
    title = 7 * dpmm
    label.text(margin, y, title, doc.title)
    if doc.reprint:
        w = round(title * 0.62 * 9)
        label.box(width - margin - w, y - dpmm, w, title + dpmm)
        label.text(width - margin - w + dpmm, y, title, "REPRINT", reverse=True)
    y += title + dpmm
    label.text(margin, y, 4 * dpmm, doc.subtitle)
    y += 6 * dpmm
    label.box(margin, y, inner, max(2, dpmm // 3))
    y += 2 * dpmm
    fields_top = y
    value_x = margin + 30 * dpmm
    for f in doc.fields:
        size = round((5 if f.large else 3.6) * dpmm)
        label.text(margin, y + size - round(2.6 * dpmm), round(2.6 * dpmm), f.title)
        label.text(value_x, y, size, f.value)
        y += size + dpmm
    if doc.qr:
        magnification = max(2, round(0.5 * dpmm))
        qr_size = 45 * magnification  # version 6 and below, with margin
        label.qr(width - margin - qr_size, max(fields_top, y - qr_size), doc.qr, magnification=magnification)
        y = max(y, fields_top + qr_size)

    symbols = doc.symbols(fits=fits_width(inner, module, b_to_c=False))
    hri = 3 * dpmm
    per_symbol = hri + 3 * dpmm
    shortest = 8 * dpmm
    needed = y + len(symbols) * (shortest + per_symbol) + margin
    check_height(doc, needed=needed, height=height, dpi=dpmm * 25.4)
    bar_height = min(15 * dpmm, (height - margin - y) // max(1, len(symbols)) - per_symbol)
    bottom = height - margin
    for symbol in reversed(symbols):  # placed bottom-up, so the SSCC is lowest
        code = symbol_code(symbol, b_to_c=False)
        bars_width = (code.modules + 2 * QUIET_ZONE_MODULES) * module
        x = margin + (inner - bars_width) // 2 + QUIET_ZONE_MODULES * module
        bottom -= hri
        label.text(margin + max(0, (inner - round(len(symbol.hri) * hri * 0.55)) // 2), bottom, hri, symbol.hri)
        bottom -= bar_height + dpmm
        label.code128(x, bottom, code.zpl_payload(), module=module, height=bar_height)
        bottom -= 2 * dpmm
    return str(label)


def parse_host_status(reply: bytes) -> str | None:
    """What keeps the printer from printing, from its ``~HS`` reply; None when it is ready or did not say."""
    strings = [part.split(ETX, 1)[0].decode("ascii", "replace") for part in reply.split(STX)[1:]]
    if len(strings) < 2:
        return None
    first, second = strings[0].split(","), strings[1].split(",")
    if len(first) > 2 and first[1] == "1":
        return "out of paper"
    if len(second) > 2 and second[2] == "1":
        return "open (print head up)"
    if len(first) > 2 and first[2] == "1":
        return "paused"
    return None


class ZplCardPrinter:
    def __init__(self, url: PrinterUrl) -> None:
        self.url = url.url
        self._url = url
        self.dpmm = int(url.number("dpmm", 8))
        self.width = round(url.number("width_mm", 101.6) * self.dpmm)
        self.height = round(url.number("height_mm", 152.4) * self.dpmm)
        self.module = int(url.number("module", 3))
        self.timeout = url.number("timeout", 10)
        self.status = url.flag("status", url.transport == "tcp")

    def check(self, doc: CardDocument) -> None:
        self.render(doc)

    def render(self, doc: CardDocument) -> bytes:
        zpl = card_zpl(doc, width=self.width, height=self.height, dpmm=self.dpmm, module=self.module)
        return zpl.encode("utf-8")

    def send(self, doc: CardDocument) -> None:
        data = self.render(doc)
        if self._url.transport == "file":
            try:
                with Path(self._url.path).open("ab") as out:
                    out.write(data)
            except OSError as exc:
                raise transport_failure(self._url, exc) or PrinterNotReady(
                    f"Printer {self.url} cannot be written: {exc}.",
                    "Is it plugged in?",
                    code="printer.not_writable",
                    params={"printer": self.url, "cause": str(exc)},
                ) from None
            return
        try:
            with socket.create_connection((self._url.host, self._url.port), timeout=self.timeout) as sock:
                if self.status:
                    problem = self._host_status(sock)
                    if problem:
                        raise PrinterNotReady(
                            f"Printer {self.url} is {problem}.",
                            "The card prints once it is ready.",
                            code="printer.not_ready",
                            params={"printer": self.url, "problem": problem},
                        )
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
        except OSError as exc:
            raise transport_failure(self._url, exc) or PrinterNotReady(
                f"Printer {self.url} cannot be reached: {exc}.",
                "Check that it is on and connected.",
                code="printer.unreachable",
                params={"printer": self.url, "cause": str(exc)},
            ) from None

    def _host_status(self, sock: socket.socket) -> str | None:
        sock.sendall(b"~HS\r\n")
        reply = b""
        deadline = time.monotonic() + min(self.timeout, 1.0)
        try:
            while reply.count(ETX) < 3 and (left := deadline - time.monotonic()) > 0:
                sock.settimeout(left)
                chunk = sock.recv(256)
                if not chunk:
                    break
                reply += chunk
        except TimeoutError:
            log.debug("no ~HS reply from %s; assuming ready", self.url)
        finally:
            sock.settimeout(self.timeout)
        return parse_host_status(reply)
