"""ESC/POS receipt printers through python-escpos 3.1: network 9100, USB, serial, device file, CUPS.

A card is rendered once into python-escpos' ``Dummy`` (with the printer's capability profile), then sent in one
write over a fresh connection — never a cached handle, so an unplugged printer is just a failed connect.
Barcodes are ``GS k 73`` CODE128 commands with ``{1`` FNC1 when the profile has ``barcodeB``, raster images
(``GS v 0``) drawn from the same Code 128 plan when it does not or when the URL says ``barcodes=raster``.
Before sending, ``DLE EOT 1``/``DLE EOT 4`` ask whether the printer is online and has paper (network, USB and
serial only; a printer that does not answer is assumed ready).
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path
from typing import Any

import platformdirs

from floorstation.devices.printing.failures import transport_failure
from floorstation.devices.printing.fit import check_width
from floorstation.devices.printing.raster import code128_image, fits_width, qr_image, symbol_code
from floorstation.devices.printing.urls import PrinterUrl
from floorstation.domain.cards import CardDocument
from floorstation.domain.errors import InvalidInput
from floorstation.domain.printjobs import PrinterNotReady

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "TM-T20II"
"""80 mm paper, 576 dots at 203 dpi, CODE128 and QR commands: what most Epson-compatible printers accept."""

DLE_EOT = b"\x10\x04"
_OFFLINE = 0x08
_COVER_OPEN = 0x04
_PAPER_OUT = 0x60
_PAPER_NEAR_END = 0x0C


def _escpos() -> Any:
    """python-escpos, imported on first use: its capabilities module writes a pickle cache at import time."""
    cache = Path(platformdirs.user_cache_dir("floorstation", appauthor=False)) / "escpos"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
    import escpos.printer

    return escpos.printer


def _escpos_error() -> type[Exception]:
    _escpos()
    from escpos.exceptions import Error

    error: type[Exception] = Error
    return error


def _known(value: object, default: float) -> float:
    """A number from a capability profile, which says "Unknown" for some printers."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else default


def status_byte(data: bytes) -> int | None:
    """The last well-formed ESC/POS status byte (bits 0xx1xx10), or None for silence or noise."""
    for b in reversed(data):
        if b & 0x93 == 0x12:
            return b
    return None


class EscposCardPrinter:
    def __init__(self, url: PrinterUrl) -> None:
        self.url = url.url
        self._url = url
        self.profile = url.option("profile", DEFAULT_PROFILE)
        self.raster = url.option("barcodes", "auto") == "raster"
        self.module = int(url.number("module", 2))
        self.bar_height = int(url.number("bar_height", 160))
        self.timeout = url.number("timeout", 10)
        self.status = url.flag("status", url.transport in ("tcp", "usb", "serial"))
        try:
            media = self._dummy().profile.profile_data.get("media", {})
        except Exception as exc:  # python-escpos raises its own errors for unknown profiles
            raise InvalidInput(
                f"Unknown ESC/POS profile {self.profile!r} in {url.url}: {exc}.",
                code="printer.unknown_profile",
                params={"profile": str(self.profile), "printer": url.url, "cause": str(exc)},
            ) from None
        # Printable width in dots: width=, else width_mm= at the profile's dpi, else the profile's own.
        self.dpi = _known(media.get("dpi"), 203)
        by_profile = _known(media.get("width", {}).get("pixels"), 576)
        by_mm = round(url.number("width_mm", 0) / 25.4 * self.dpi)
        self.width = int(url.number("width", by_mm or by_profile))
        if url.transport == "cups" and not _escpos().CupsPrinter.is_usable():
            raise InvalidInput(
                "Printing to CUPS needs pycups.",
                "Install python-escpos[cups] on this station.",
                code="printer.needs_pycups",
            )

    def _dummy(self) -> Any:
        return _escpos().Dummy(profile=self.profile)

    def check(self, doc: CardDocument) -> None:
        """The paper margin is the quiet zone of a receipt printer, so barcodes may use the whole printable width."""
        check_width(doc, width=self.width, dpi=self.dpi, module=self.module, quiet_zones=False)

    def render(self, doc: CardDocument) -> bytes:
        self.check(doc)
        p = self._dummy()
        hw_barcodes = p.profile.supports("barcodeB") and not self.raster
        p.hw("INIT")
        if doc.company:
            p.set(align="center", bold=True)
            p.textln(doc.company)
        if doc.reprint:
            p.set(align="center", bold=True, invert=True, double_width=True, double_height=True)
            p.textln(" REPRINT ")
        p.set(align="left", bold=True, invert=False, double_width=True, double_height=True)
        p.textln(doc.title)
        p.set_with_default()
        p.textln(doc.subtitle)
        p.textln("-" * 42)
        for f in doc.fields:
            p.set_with_default(font="b")
            p.textln(f.title)
            p.set_with_default(bold=f.large, double_height=f.large)
            p.textln(f.value)
        p.set_with_default(align="center")
        if doc.qr and p.profile.supports("qrCode") and not self.raster:
            p.qr(doc.qr, size=5, native=True)
        elif doc.qr:
            p.image(qr_image(doc.qr, box=4), impl="bitImageRaster", center=True)
        for symbol in doc.symbols(fits=fits_width(self.width, self.module, quiet_zones=False)):
            code = symbol_code(symbol)
            p.set_with_default(align="center")
            if hw_barcodes:
                # _hw_barcode, not barcode(): the public one prints "Using hardware barcode renderer" to stdout.
                p._hw_barcode(
                    code.escpos_payload(),
                    "CODE128",
                    height=min(255, self.bar_height),
                    width=self.module,
                    pos="OFF",
                    function_type="B",
                    check=False,
                )
            else:
                p.image(
                    code128_image(code, module=self.module, height=self.bar_height, quiet_zones=False),
                    impl="bitImageRaster",
                    center=True,
                )
            p.textln(symbol.hri)
        p.set_with_default()
        p.cut()
        return bytes(p.output)

    def _connection(self) -> Any:
        printers, u = _escpos(), self._url
        if u.transport == "tcp":
            return printers.Network(u.host, u.port, timeout=self.timeout)
        if u.transport == "usb":
            vid, _, pid = u.host.partition(":")
            try:
                ids = int(vid, 16), int(pid, 16)
            except ValueError:
                raise InvalidInput(
                    f"{u.url}: USB printers are named VID:PID in hex, e.g. 04b8:0202.",
                    code="printer.usb_name",
                    params={"printer": u.url},
                ) from None
            return printers.Usb(
                ids[0],
                ids[1],
                timeout=int(self.timeout * 1000),
                in_ep=int(u.option("in_ep", "0x82"), 0),
                out_ep=int(u.option("out_ep", "0x01"), 0),
            )
        if u.transport == "serial":
            return printers.Serial(u.path, baudrate=int(u.number("baudrate", 9600)), timeout=min(self.timeout, 2))
        if u.transport == "file":
            return printers.File(u.path)
        return printers.CupsPrinter(u.host)

    def send(self, doc: CardDocument) -> None:
        data = self.render(doc)
        conn = self._connection()
        errors = (_escpos_error(), OSError)
        try:
            if self._url.transport == "tcp":
                # python-escpos 3.1's Network.open leaks its socket when the connect fails; connect here instead.
                conn.device = socket.create_connection((self._url.host, self._url.port), timeout=self.timeout)
            else:
                conn.open()
            if self.status:
                self._check_ready(conn)
            conn._raw(data)
            if self._url.transport == "cups":
                conn.close()  # CUPS submits the job on close
        except errors as exc:
            missing = type(exc).__name__ in ("DeviceNotFoundError", "USBNotFoundError")  # python-escpos' own
            raise transport_failure(self._url, exc, missing=missing) or PrinterNotReady(
                f"Printer {self.url} cannot be reached: {exc}.",
                "Check that it is on and connected.",
                code="printer.unreachable",
                params={"printer": self.url, "cause": str(exc)},
            ) from None
        finally:
            try:
                conn.close()
            except Exception:
                log.debug("closing %s failed", self.url, exc_info=True)

    def _query(self, conn: Any, n: int) -> int | None:
        conn._raw(DLE_EOT + bytes([n]))
        try:
            # python-escpos' Serial._read asks for 16 bytes and so always waits its whole timeout; the answer is one.
            reply = conn.device.read(1) if self._url.transport == "serial" else conn._read()
            return status_byte(reply or b"")
        except (OSError, NotImplementedError):
            return None
        except Exception:  # pyusb timeouts and the like: the printer does not answer status queries
            log.debug("no status from %s", self.url, exc_info=True)
            return None

    def _check_ready(self, conn: Any) -> None:
        sock = getattr(conn, "device", None) if self._url.transport == "tcp" else None
        if sock is not None:
            sock.settimeout(min(self.timeout, 1.0))
        try:
            online, paper = self._query(conn, 1), self._query(conn, 4)
            cause = self._query(conn, 2) if online is not None and online & _OFFLINE else None
        finally:
            if sock is not None:
                sock.settimeout(self.timeout)
        if paper is not None and paper & _PAPER_OUT == _PAPER_OUT:
            raise PrinterNotReady(
                f"Printer {self.url} is out of paper.",
                "Load paper; the card then prints by itself.",
                code="printer.paper_out",
                params={"printer": self.url},
            )
        if cause is not None and cause & _COVER_OPEN:
            raise PrinterNotReady(
                f"Printer {self.url} has its cover open.",
                "Close the cover.",
                code="printer.cover_open",
                params={"printer": self.url},
            )
        if online is not None and online & _OFFLINE:
            raise PrinterNotReady(
                f"Printer {self.url} is offline.",
                "Check the printer's lights and paper.",
                code="printer.offline",
                params={"printer": self.url},
            )
        if paper is not None and paper & _PAPER_NEAR_END:
            log.warning("printer %s: paper near its end", self.url)
