"""A printer on loopback port 9100-style, and readers that turn what it received back into barcode content.

``FakePrinter`` answers ESC/POS ``DLE EOT n`` and ZPL ``~HS`` status queries like a real printer and keeps each
connection's remaining bytes as one job. ``escpos_barcodes`` reads the ``GS k 73`` payloads and ``GS v 0``
rasters of an ESC/POS job and returns what a scanner would transmit: the symbology identifier and the data
(FNC1 separators as GS), decoding rasters with zxing-cpp. ``PtyPrinter`` is a serial printer at the far end of a
pty pair; ``read_zpl`` reads our own ``^BC`` fields back.
"""

from __future__ import annotations

import errno
import os
import re
import select
import socket
import threading
import time
from dataclasses import dataclass, field

import zxingcpp
from PIL import Image, ImageOps

DLE_EOT = b"\x10\x04"
STATUS_READY = {1: 0x12, 2: 0x12, 4: 0x12}
PAPER_OUT = 0x72
HS_READY = b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02000,0,0,0,0,2,4,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"
HS_PAPER_OUT = HS_READY.replace(b"\x02030,0,0", b"\x02030,1,0", 1)


def free_port() -> int:
    """A loopback port nobody listens on (so connecting is refused, like a printer that is off)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class FakePrinter:
    port: int = 0
    status: dict[int, int] = field(default_factory=lambda: dict(STATUS_READY))
    hs_reply: bytes = HS_READY
    answer: bool = True
    jobs: list[bytes] = field(default_factory=list)
    queries: int = 0

    def __post_init__(self) -> None:
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", self.port))
        self._server.listen(5)
        self.port = int(self._server.getsockname()[1])
        self._lock = threading.Lock()
        self._stop = False
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self._thread.start()

    @property
    def url_host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        buf = b""
        with conn:
            conn.settimeout(10)
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                buf += chunk
                buf = self._answer_queries(conn, buf)
        if buf:
            with self._lock:
                self.jobs.append(buf)

    def _answer_queries(self, conn: socket.socket, buf: bytes) -> bytes:
        while True:
            if buf.startswith(DLE_EOT) and len(buf) >= 3:
                self.queries += 1
                if self.answer:
                    conn.sendall(bytes([self.status.get(buf[2], 0x12)]))
                buf = buf[3:]
            elif buf.startswith(b"~HS"):
                self.queries += 1
                if self.answer:
                    conn.sendall(self.hs_reply)
                buf = buf[5:] if buf.startswith(b"~HS\r\n") else buf[3:]
            else:
                return buf

    def wait_for_jobs(self, n: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.jobs) >= n:
                    return list(self.jobs)
            time.sleep(0.01)
        return list(self.jobs)

    def close(self) -> None:
        self._stop = True
        self._server.close()


# --- reading ESC/POS back ------------------------------------------------------------------------------------


def code128_payload_to_scan(payload: bytes) -> tuple[str, str]:
    """``{C{1...{B...`` as ESC/POS GS k 73 data -> (AIM identifier, transmitted data); FNC1 first means GS1."""
    text = payload.decode("ascii")
    out: list[str] = []
    code_set = ""
    i = 0
    gs1 = False
    while i < len(text):
        if text[i] == "{" and i + 1 < len(text) and text[i + 1] != "{":
            mark = text[i + 1]
            if mark in "ABC":
                code_set = mark
            elif mark == "1":
                if not out:
                    gs1 = True
                else:
                    out.append("\x1d")
            i += 2
            continue
        if text[i] == "{":  # "{{" is a literal brace
            out.append("{")
            i += 2
            continue
        if code_set == "C":
            pair = text[i : i + 2]
            assert pair.isdigit() and len(pair) == 2, f"bad set C data {pair!r}"
            out.append(pair)
            i += 2
        else:
            out.append(text[i])
            i += 1
    return ("]C1" if gs1 else "]C0"), "".join(out)


def _raster(data: bytes, i: int) -> tuple[Image.Image, int]:
    width_bytes = data[i + 4] | data[i + 5] << 8
    height = data[i + 6] | data[i + 7] << 8
    start = i + 8
    bits = data[start : start + width_bytes * height]
    img = ImageOps.invert(Image.frombytes("1", (width_bytes * 8, height), bits).convert("L"))
    return img, start + width_bytes * height


def decode_image(img: Image.Image) -> list[tuple[str, str]]:
    padded = ImageOps.expand(img.convert("L"), border=40, fill=255)
    found = zxingcpp.read_barcodes(padded, text_mode=zxingcpp.TextMode.Plain)
    return [(r.symbology_identifier, r.text) for r in found]


@dataclass
class EscposJob:
    barcodes: list[tuple[str, str]]
    """(AIM identifier, data) top to bottom, from commands and from rasters."""
    qr: list[str]
    raster_images: int
    text: bytes


def read_escpos(data: bytes) -> EscposJob:
    barcodes: list[tuple[str, str]] = []
    qr: list[str] = []
    rasters = 0
    text = bytearray()
    i = 0
    while i < len(data):
        if data.startswith(b"\x1dkI", i):
            n = data[i + 3]
            barcodes.append(code128_payload_to_scan(data[i + 4 : i + 4 + n]))
            i += 4 + n
        elif data.startswith(b"\x1dv0", i):
            img, i = _raster(data, i)
            rasters += 1
            for aim, content in decode_image(img):
                (qr if aim.startswith("]Q") else barcodes).append(content if aim.startswith("]Q") else (aim, content))
        elif data.startswith(b"\x1d(k", i):
            n = data[i + 3] | data[i + 4] << 8
            body = data[i + 5 : i + 5 + n]
            if body[:3] == b"1P0":
                qr.append(body[3:].decode("ascii"))
            i += 5 + n
        else:
            text.append(data[i])
            i += 1
    return EscposJob(barcodes, qr, rasters, bytes(text))


# --- a serial printer on a pty pair ---------------------------------------------------------------------------


class PtyPrinter:
    """A serial receipt printer: the station opens the pty's slave (``device``) as its serial port, this reads the
    master. Status queries (``DLE EOT n``) are answered as ready; what one connection sent until it closed the
    port is one job (Linux reports EIO on the master while no one has the slave open)."""

    def __init__(self) -> None:
        self._master, slave = os.openpty()
        self.device = os.ttyname(slave)
        os.close(slave)
        self.jobs: list[bytes] = []
        self.queries = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="fake-serial-printer", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        buf = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 65536)
            except OSError as exc:
                if exc.errno != errno.EIO:
                    return
                if buf:  # the port was closed: the job is complete
                    with self._lock:
                        self.jobs.append(buf)
                    buf = b""
                time.sleep(0.01)
                continue
            buf += chunk
            while buf.startswith(DLE_EOT) and len(buf) >= 3:
                self.queries += 1
                os.write(self._master, bytes([STATUS_READY.get(buf[2], 0x12)]))
                buf = buf[3:]

    def wait_for_jobs(self, n: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.jobs) >= n:
                    return list(self.jobs)
            time.sleep(0.01)
        return list(self.jobs)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        os.close(self._master)


# --- reading ZPL back ----------------------------------------------------------------------------------------


def read_zpl(zpl: str) -> list[tuple[str, str]]:
    """What a scanner reads from the ``^BC`` fields of one label, top to bottom: explicit start code, ``>8`` FNC1
    (first: GS1-128, later: GS), ``>6``/``>5`` code-set switches dropped."""
    placed = re.findall(r"\^FO\d+,(\d+)\^BY\d\^BCN,\d+,N,N,N\^FD(.*?)\^FS", zpl)
    scans = []
    for _, data in sorted(placed, key=lambda p: int(p[0])):
        assert data[:2] in (">;", ">:"), data
        body = data[2:]
        gs1 = body.startswith(">8")
        body = body.removeprefix(">8").replace(">8", "\x1d").replace(">6", "").replace(">5", "")
        scans.append(("]C1" if gs1 else "]C0", body))
    return scans
