"""Barcode decoders for camera frames, behind one small interface: a frame in, the symbols in it out.

Two backends:

* ``zxing`` (zxing-cpp, the default): Code 128 / GS1-128, DataMatrix (also GS1), QR (also GS1), EAN-13/8 and
  a few more. Text is taken in ``TextMode.Plain``, so GS1 field separators arrive as real ASCII 29 (the default
  ``HRI`` mode would give ``(01)...(10)...`` and hide them), and the AIM symbology identifier comes from the
  decoder itself (``]C1`` GS1-128, ``]d2`` GS1 DataMatrix, ``]Q3`` GS1 QR, ``]E0`` EAN-13, ``]E4`` EAN-8; a GS1
  DataMatrix in a rectangular-extension (DMRE) size is ``]d8``: zxing-cpp adds 6 to the modifier for DMRE).
* ``pyzbar`` (zbar, the alternative): 1D codes and QR, **no DataMatrix**. pyzbar hides zbar's symbol
  modifiers, so this backend drives zbar through pyzbar's ctypes wrapper and asks ``zbar_symbol_get_modifiers``
  itself: the GS1 flag (FNC1 in first position) gives ``]C1``/``]Q3``, the AIM flag (FNC1 in second position)
  ``]C2``/``]Q5``. Limits: zbar does not report ECI, so QR never gets ``]Q2``/``]Q4``/``]Q6``; ITF is always
  ``]I0`` and Code 39 ``]A0`` (zbar does not say whether a check character was verified); EAN/UPC add-ons are
  not read. zbar emits GS for FNC1 separators, so GS1 data keeps its GS here too.

Formats are restricted to what the site uses (``DEFAULT_FORMATS``): fewer formats is faster and gives fewer
false reads from texture. Names are ours (``code128``, ``datamatrix`` ...) so the station's configuration does
not depend on a library's spelling; ``barcode_formats`` lists them per backend and checks a configuration
without loading this module.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

import cv2
import numpy as np
import zxingcpp

from floorstation.devices.barcode_formats import DEFAULT_FORMATS, check_decoder, check_formats
from floorstation.domain.errors import FloorstationError

__all__ = ["DEFAULT_FORMATS", "Decoder", "Point", "PyzbarDecoder", "Symbol", "ZxingDecoder", "make_decoder"]

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Symbol:
    """One symbol found in one frame."""

    raw: str
    """The data as encoded, GS (ASCII 29) kept, without the AIM prefix."""
    aim: str | None
    """AIM symbology identifier (``]C1``, ``]d2``, ``]Q3``, ``]E0`` ...); ``None`` when the backend cannot tell."""
    format: str
    """Our format name (``code128``, ``datamatrix``, ``qr``, ``ean13`` ...)."""
    corners: tuple[Point, ...]
    """Outline in frame pixels (four corners for zxing; zbar's outline of the scan lines that hit a 1D code)."""


class Decoder(Protocol):
    """Finds the symbols in one frame (a BGR or grey ``uint8`` array). Not shared between threads."""

    name: str
    formats: tuple[str, ...]

    def decode(self, frame: np.ndarray) -> list[Symbol]: ...


def make_decoder(name: str = "zxing", formats: Sequence[str] | None = None) -> Decoder:
    """The decoder called ``name`` reading ``formats`` (default: the site's formats that backend can read).

    Raises ``InvalidInput`` for an unknown decoder or a format the backend cannot read, and
    ``FloorstationError`` when pyzbar's system library (libzbar0) is missing.
    """
    check_decoder(name, formats)
    return ZxingDecoder(formats) if name == "zxing" else PyzbarDecoder(formats)


def _grey(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 3:
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return np.ascontiguousarray(frame)


class ZxingDecoder:
    """zxing-cpp with the site's formats, dark-on-light symbols only, any rotation."""

    name = "zxing"
    FORMATS: ClassVar[dict[str, zxingcpp.BarcodeFormat]] = {
        "code128": zxingcpp.BarcodeFormat.Code128,
        "datamatrix": zxingcpp.BarcodeFormat.DataMatrix,
        "qr": zxingcpp.BarcodeFormat.QRCode,
        "ean13": zxingcpp.BarcodeFormat.EAN13,
        "ean8": zxingcpp.BarcodeFormat.EAN8,
        "itf": zxingcpp.BarcodeFormat.ITF,
        "databar": zxingcpp.BarcodeFormat.DataBar,
        "databar-expanded": zxingcpp.BarcodeFormat.DataBarExp,
        "code39": zxingcpp.BarcodeFormat.Code39,
    }

    def __init__(self, formats: Sequence[str] | None = None, *, try_invert: bool = False) -> None:
        self.formats = check_formats(self.name, formats, self.FORMATS)
        # A tuple: ``BarcodeFormat | BarcodeFormat`` is deprecated in zxing-cpp 3.
        self._formats = zxingcpp.BarcodeFormats(tuple(self.FORMATS[f] for f in self.formats))
        self._names = {self.FORMATS[f]: f for f in self.formats}
        # Light-on-dark labels are rare on the floor and the inverted pass doubles the time per frame.
        self._try_invert = try_invert

    def decode(self, frame: np.ndarray) -> list[Symbol]:
        found = zxingcpp.read_barcodes(
            _grey(frame),
            formats=self._formats,
            try_invert=self._try_invert,
            text_mode=zxingcpp.TextMode.Plain,
        )
        symbols = []
        for b in found:
            p = b.position
            corners = tuple((q.x, q.y) for q in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
            fmt = self._names.get(b.format, str(b.format))
            symbols.append(Symbol(b.text, b.symbology_identifier or None, fmt, corners))
        return symbols


class PyzbarDecoder:
    """zbar through pyzbar's ctypes wrapper, so that zbar's GS1/AIM modifiers give the AIM identifier."""

    name = "pyzbar"
    #: our name -> zbar symbol type (``zbar_symbol_type_t``)
    FORMATS: ClassVar[dict[str, int]] = {
        "code128": 128,
        "qr": 64,
        "ean13": 13,
        "ean8": 8,
        "itf": 25,
        "databar": 34,
        "databar-expanded": 35,
        "code39": 39,
    }
    _MOD_GS1 = 1 << 0  # ZBAR_MOD_GS1: FNC1 in first position
    _MOD_AIM = 1 << 1  # ZBAR_MOD_AIM: FNC1 in second position
    _Y800 = int.from_bytes(b"Y800", "little")
    _lock = threading.Lock()
    _lib: ClassVar[Any] = None

    def __init__(self, formats: Sequence[str] | None = None) -> None:
        self.formats = check_formats(self.name, formats, self.FORMATS)
        self._zbar = self._load()
        self._types = {self.FORMATS[f]: f for f in self.formats}
        # zbar's type for UPC-A/ISBN-13 read while only EAN-13 is enabled is still EAN-13; map them anyway.
        if "ean13" in self.formats:
            self._types.update({12: "ean13", 14: "ean13"})

    @classmethod
    def _load(cls) -> Any:
        with cls._lock:
            if cls._lib is None:
                cls._lib = _ZbarLib.load()
            return cls._lib

    def decode(self, frame: np.ndarray) -> list[Symbol]:
        z = self._zbar
        grey = _grey(frame)
        height, width = grey.shape
        scanner = z.w.zbar_image_scanner_create()
        image = z.w.zbar_image_create()
        try:
            z.w.zbar_image_scanner_set_config(scanner, 0, z.w.ZBarConfig.CFG_ENABLE, 0)
            for symbol_type in self._types:
                if symbol_type in (12, 14):
                    continue
                z.w.zbar_image_scanner_set_config(scanner, symbol_type, z.w.ZBarConfig.CFG_ENABLE, 1)
            z.w.zbar_image_set_format(image, self._Y800)
            z.w.zbar_image_set_size(image, width, height)
            z.w.zbar_image_set_data(image, grey.ctypes.data, grey.nbytes, None)
            if z.w.zbar_scan_image(scanner, image) < 0:
                raise RuntimeError("zbar refused a grey 8-bit image")
            return list(self._symbols(image))
        finally:
            z.w.zbar_image_destroy(image)
            z.w.zbar_image_scanner_destroy(scanner)

    def _symbols(self, image: Any) -> Iterable[Symbol]:
        z = self._zbar
        symbol = z.w.zbar_image_first_symbol(image)
        while symbol:
            symbol_type = z.get_type(symbol)
            fmt = self._types.get(symbol_type)
            if fmt is not None:
                data = ctypes.string_at(z.w.zbar_symbol_get_data(symbol), z.w.zbar_symbol_get_data_length(symbol))
                points = [
                    (z.w.zbar_symbol_get_loc_x(symbol, i), z.w.zbar_symbol_get_loc_y(symbol, i))
                    for i in range(z.w.zbar_symbol_get_loc_size(symbol))
                ]
                yield Symbol(_text(data), self._aim(fmt, z.get_modifiers(symbol)), fmt, _outline(points))
            symbol = z.w.zbar_symbol_next(symbol)

    def _aim(self, fmt: str, modifiers: int) -> str | None:
        gs1, aim = bool(modifiers & self._MOD_GS1), bool(modifiers & self._MOD_AIM)
        if fmt == "code128":
            return "]C1" if gs1 else "]C2" if aim else "]C0"
        if fmt == "qr":
            return "]Q3" if gs1 else "]Q5" if aim else "]Q1"
        return {
            "ean13": "]E0",
            "ean8": "]E4",
            "itf": "]I0",
            "databar": "]e0",
            "databar-expanded": "]e0",
            "code39": "]A0",
        }.get(fmt)


class _ZbarLib:
    """pyzbar's wrapper plus the two zbar calls pyzbar does not expose."""

    def __init__(self, wrapper: Any) -> None:
        self.w = wrapper
        symbol_p = ctypes.POINTER(wrapper.zbar_symbol)
        self.get_type = wrapper.zbar_function("zbar_symbol_get_type", ctypes.c_int, symbol_p)
        self.get_modifiers = wrapper.zbar_function("zbar_symbol_get_modifiers", ctypes.c_uint, symbol_p)

    @classmethod
    def load(cls) -> _ZbarLib:
        try:
            from pyzbar import wrapper  # type: ignore[import-untyped]

            return cls(wrapper)
        except (ImportError, OSError, AttributeError) as exc:
            raise FloorstationError(
                f"The pyzbar decoder cannot load the zbar library ({exc}).",
                "Install it (Debian/Ubuntu: apt install libzbar0) or use the zxing decoder.",
            ) from exc


def _text(data: bytes) -> str:
    """zbar hands QR text over as UTF-8 and 1D data as the symbol's bytes (ISO 8859-1 for Code 128)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _outline(points: list[Point]) -> tuple[Point, ...]:
    if len(points) < 3:
        return tuple(points)
    hull = cv2.convexHull(np.array(points, dtype=np.int32)).reshape(-1, 2)
    return tuple((int(x), int(y)) for x, y in hull)
