"""The decoder backends: exact raw data (GS kept), the right AIM identifier, only the formats asked for."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from floorstation.devices.barcode_formats import BACKEND_FORMATS
from floorstation.devices.decoders import DEFAULT_FORMATS, PyzbarDecoder, Symbol, ZxingDecoder, make_decoder
from floorstation.domain.errors import InvalidInput
from floorstation.domain.scanning import GS

F = zxingcpp.BarcodeFormat
LOT_LABEL = "(01)05901234123457(10)LOT-42(17)271231"
LOT_RAW = f"010590123412345710LOT-42{GS}17271231"


def symbol_image(content: str, fmt: zxingcpp.BarcodeFormat, *, gs1: bool = False, scale: int = 3) -> np.ndarray:
    """A clean, grey picture of one symbol with its quiet zone (zxing-cpp's writer; ``gs1`` takes HRI input)."""
    barcode = zxingcpp.create_barcode(content, fmt, gs1=True) if gs1 else zxingcpp.create_barcode(content, fmt)
    image = np.asarray(barcode.to_image(scale=scale))
    return np.pad(image, 20, constant_values=255)


Read = tuple[str, str | None, str]


def only(symbols: list[Symbol]) -> Read:
    assert len(symbols) == 1, symbols
    return symbols[0].raw, symbols[0].aim, symbols[0].format


ZXING_CASES = [
    pytest.param(LOT_LABEL, F.DataMatrix, True, (LOT_RAW, "]d2", "datamatrix"), id="gs1-datamatrix"),
    pytest.param(LOT_LABEL, F.Code128, True, (LOT_RAW, "]C1", "code128"), id="gs1-128"),
    pytest.param(LOT_LABEL, F.QRCode, True, (LOT_RAW, "]Q3", "qr"), id="gs1-qr"),
    pytest.param("(00)106141412345678908", F.Code128, True, ("00106141412345678908", "]C1", "code128"), id="sscc"),
    pytest.param("5901234123457", F.EAN13, False, ("5901234123457", "]E0", "ean13"), id="ean13"),
    pytest.param("96385074", F.EAN8, False, ("96385074", "]E4", "ean8"), id="ean8"),
    pytest.param("M01", F.Code128, False, ("M01", "]C0", "code128"), id="code128"),
    pytest.param("B1001", F.DataMatrix, False, ("B1001", "]d1", "datamatrix"), id="datamatrix"),
    pytest.param("Zółw 42", F.QRCode, False, ("Zółw 42", "]Q1", "qr"), id="qr-utf8"),
]


@pytest.mark.parametrize(("content", "fmt", "gs1", "expected"), ZXING_CASES)
def test_zxing_reads_raw_data_and_aim(content: str, fmt: zxingcpp.BarcodeFormat, gs1: bool, expected: Read) -> None:
    assert only(make_decoder("zxing").decode(symbol_image(content, fmt, gs1=gs1))) == expected


PYZBAR_CASES = [p for p in ZXING_CASES if p.id not in ("gs1-datamatrix", "datamatrix")]


@pytest.mark.parametrize(("content", "fmt", "gs1", "expected"), PYZBAR_CASES)
def test_pyzbar_reads_raw_data_and_aim(content: str, fmt: zxingcpp.BarcodeFormat, gs1: bool, expected: Read) -> None:
    """zbar's GS1 modifier gives ]C1/]Q3 although pyzbar itself does not expose it."""
    assert only(make_decoder("pyzbar").decode(symbol_image(content, fmt, gs1=gs1))) == expected


def test_gs1_dmre_keeps_its_own_aim_identifier() -> None:
    """A rectangular-extension DataMatrix with GS1 data is ]d8, not ]d2: scan meaning must accept both."""
    image = symbol_image("(01)09501101530003(10)0A0AA0A0(17)270101", F.DataMatrix, gs1=True)
    (bare,) = zxingcpp.read_barcodes(image)
    extra = bare.extra
    if not isinstance(extra, dict) or extra.get("Version") != "8x64":  # DMRE sizes are ISO/IEC 21471's; 8x64 is one
        pytest.skip("zxing-cpp's writer no longer picks a DMRE symbol for this data")
    raw, aim, fmt = only(make_decoder().decode(image))
    assert (raw, aim, fmt) == (f"0109501101530003100A0AA0A0{GS}17270101", "]d8", "datamatrix")


@pytest.mark.parametrize("decoder", ["zxing", "pyzbar"])
def test_colour_and_grey_frames_read_the_same(decoder: str) -> None:
    grey = symbol_image(LOT_LABEL, F.Code128, gs1=True)
    colour = cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
    dec = make_decoder(decoder)
    assert only(dec.decode(colour)) == only(dec.decode(grey)) == (LOT_RAW, "]C1", "code128")


def test_symbol_outline_is_where_the_symbol_is() -> None:
    frame = np.full((400, 600), 255, np.uint8)
    symbol = symbol_image(LOT_LABEL, F.DataMatrix, gs1=True, scale=4)
    h, w = symbol.shape
    frame[100 : 100 + h, 300 : 300 + w] = symbol
    (found,) = make_decoder().decode(frame)
    xs, ys = [x for x, _ in found.corners], [y for _, y in found.corners]
    assert len(found.corners) == 4
    assert min(xs) >= 300 and max(xs) <= 300 + w
    assert min(ys) >= 100 and max(ys) <= 100 + h


def test_nothing_is_read_from_an_empty_or_noisy_frame() -> None:
    rng = np.random.default_rng(7)
    noise = rng.integers(0, 256, (720, 1280), dtype=np.uint8)
    for name in ("zxing", "pyzbar"):
        dec = make_decoder(name)
        assert dec.decode(np.full((720, 1280, 3), 200, np.uint8)) == []
        assert dec.decode(noise) == []


def test_formats_not_asked_for_are_not_read() -> None:
    code128 = symbol_image(LOT_LABEL, F.Code128, gs1=True)
    matrix = symbol_image(LOT_LABEL, F.DataMatrix, gs1=True)
    aztec = symbol_image("B1001", F.Aztec)
    only_matrix = make_decoder("zxing", ["datamatrix"])
    assert only_matrix.formats == ("datamatrix",)
    assert only_matrix.decode(code128) == []
    assert only(only_matrix.decode(matrix))[1] == "]d2"
    assert make_decoder("zxing").decode(aztec) == []
    assert make_decoder("pyzbar", ["ean13"]).decode(code128) == []


def test_default_formats_are_the_sites_and_pyzbar_drops_datamatrix() -> None:
    assert make_decoder("zxing").formats == DEFAULT_FORMATS
    assert make_decoder("pyzbar").formats == tuple(f for f in DEFAULT_FORMATS if f != "datamatrix")


def test_pyzbar_refuses_datamatrix_with_a_hint() -> None:
    with pytest.raises(InvalidInput) as caught:
        make_decoder("pyzbar", ["code128", "DataMatrix"])
    assert "datamatrix" in caught.value.message
    assert "zxing" in caught.value.hint


@pytest.mark.parametrize(
    ("name", "formats", "says"),
    [("zbarcam", None, "zbarcam"), ("zxing", ["pdf417"], "pdf417"), ("zxing", [], "No barcode formats")],
)
def test_bad_decoder_settings_are_refused(name: str, formats: list[str] | None, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        make_decoder(name, formats)


LOT_CHARS = st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789-./", min_size=1, max_size=12)
DATES = st.dates().map(lambda d: d.strftime("%y%m%d"))


@settings(max_examples=30, deadline=None)
@given(lot=LOT_CHARS, expiry=DATES, fmt=st.sampled_from([F.DataMatrix, F.Code128, F.QRCode]))
def test_gs1_separators_survive_the_zxing_path(lot: str, expiry: str, fmt: zxingcpp.BarcodeFormat) -> None:
    """A lost GS would merge (10) and (17) into one lot: the raw data must keep it, whatever the lot."""
    image = symbol_image(f"(01)09501101530003(10){lot}(17){expiry}", fmt, gs1=True)
    raw, aim, _ = only(make_decoder("zxing").decode(image))
    assert raw == f"010950110153000310{lot}{GS}17{expiry}"
    # The writer sometimes picks a rectangular-extension (DMRE) symbol: zxing-cpp reads GS1 DMRE as ]d8 (]d2 + 6).
    assert aim in {F.DataMatrix: ("]d2", "]d8"), F.Code128: ("]C1",), F.QRCode: ("]Q3",)}[fmt]


def test_a_configuration_is_checked_against_the_formats_each_decoder_really_reads() -> None:
    """``barcode_formats`` checks station.toml without loading the decoders; its lists must be theirs."""
    assert tuple(ZxingDecoder.FORMATS) == BACKEND_FORMATS["zxing"]
    assert tuple(PyzbarDecoder.FORMATS) == BACKEND_FORMATS["pyzbar"]
