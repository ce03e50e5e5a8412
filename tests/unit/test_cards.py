"""Code 128 plans, GS1 element strings and card documents: pure, and checked against an independent decoder."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

import biip
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ImageOps

from floorstation.devices.printing.raster import code128_image
from floorstation.domain.cards import CardLayout, LotCard, PalletCard, card_from_json, card_to_json, document
from floorstation.domain.code128 import encode
from floorstation.domain.codes import GS1_CHARSET_82
from floorstation.domain.gs1_elements import Element, element_string, pack


def _scan(data: str, *, gs1: bool, b_to_c: bool = True) -> tuple[str, str]:
    img = ImageOps.expand(
        code128_image(encode(data, gs1=gs1, b_to_c=b_to_c), module=2, height=40).convert("L"), 10, 255
    )
    [result] = zxingcpp.read_barcodes(img, text_mode=zxingcpp.TextMode.Plain)
    return result.symbology_identifier, result.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=sorted(GS1_CHARSET_82), min_size=1, max_size=20), st.booleans())
def test_any_lot_code_scans_back_unchanged(lot: str, b_to_c: bool) -> None:
    assert _scan(lot, gs1=False, b_to_c=b_to_c) == ("]C0", lot)
    assert encode(lot, gs1=False, b_to_c=b_to_c).data == lot


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=string.digits + "ABC-/", min_size=1, max_size=20), st.integers(1, 99_999_999))
def test_gs1_symbols_keep_their_separators(lot: str, count: int) -> None:
    elements = [Element("02", "05901234000017"), Element("37", str(count)), Element("10", lot)]
    data = element_string(elements)
    assert _scan(data, gs1=True) == ("]C1", data)
    message = biip.parse("]C1" + data).gs1_message
    assert message is not None
    assert [(e.ai.ai, e.value) for e in message.element_strings] == [(e.ai, e.value) for e in elements]


def test_escpos_and_zpl_payloads_follow_the_same_plan() -> None:
    code = encode("10M01-26327-001", gs1=True)
    assert code.escpos_payload() == "{C{110{BM01-2{C6327{B-001"
    assert code.zpl_payload() == ">;>810>6M01-2>56327>6-001"
    assert encode("10M01-26327-001", gs1=True, b_to_c=False).zpl_payload() == ">;>810>6M01-26327-001"


def test_elements_are_checked() -> None:
    with pytest.raises(ValueError, match="check digit"):
        Element("00", "059012340000000018")
    with pytest.raises(ValueError, match="YYMMDD"):
        Element("17", "291323")
    with pytest.raises(ValueError, match="lot"):
        Element("10", "LOT WITH SPACES")


def test_packing_keeps_48_characters_and_puts_fixed_length_first() -> None:
    elements = [Element("02", "05901234000017"), Element("37", "2000"), Element("10", "ABCDEFGHIJ0123456789")]
    elements += [Element("17", "291123"), Element("11", "261123")]
    symbols = pack(elements)
    assert all(len(element_string(s)) <= 48 for s in symbols)
    assert [[e.ai for e in s] for s in symbols] == [["02", "37", "10"], ["17", "11"]]
    for s in symbols:
        fixed = [e.fixed for e in s]
        assert fixed == sorted(fixed, reverse=True)


CARD = PalletCard(
    sscc="059012340000000017",
    product="RESIN-PP",
    product_name="Polypropylene resin",
    lot="PP-2401",
    quantity=Decimal("1500.5"),
    unit="kg",
    station="ST-01",
    expiry=date(2028, 3, 31),
    work_order="304/2023",
)


def test_without_gtin_the_lot_is_plain_and_internal_data_uses_ais_9x() -> None:
    doc = document(CARD)
    symbols = doc.symbols()
    assert symbols[0].kind == "code128" and symbols[0].data == "PP-2401"
    assert symbols[-1].data == "00059012340000000017"
    assert "91RESIN-PP\x1d92280331\x1d93304/2023" in [s.data for s in symbols]
    assert not any(e.ai in ("02", "10", "17") for e in doc.gs1)


def test_cards_survive_the_queue() -> None:
    lot = LotCard("L1", "M", "Name ÄÖ", Decimal("2.500"), "kg", "ST-01", reprint=True, produced_on=date(2026, 1, 2))
    for card in (CARD, lot):
        assert card_from_json(card_to_json(card)) == card


def test_best_before_is_ai_15_and_titled_so() -> None:
    card = PalletCard(
        sscc=CARD.sscc,
        product="CHEESE",
        product_name="Gouda",
        lot=CARD.lot,
        quantity=Decimal(40),
        unit="kg",
        station="ST-01",
        gtin="05901234000017",
        expiry=CARD.expiry,
        date_kind="best_before",
    )
    doc = document(card)
    assert [e.ai for e in doc.gs1] == ["02", "37", "10", "15"]
    assert ("BEST BEFORE", "2028-03-31") in [(f.title, f.value) for f in doc.fields]
    assert "15=280331" in doc.qr and "17=" not in doc.qr
    assert card_from_json(card_to_json(card)).date_kind == "best_before"


def test_a_site_layout_picks_and_orders_the_text_lines_only() -> None:
    plain = document(CARD)
    layout = CardLayout(company="ACME Plastics", pallet_lines=("lot", "sscc", "date"), qr=False)
    doc = document(CARD, layout)
    assert [f.title for f in doc.fields] == ["BATCH/LOT", "SSCC", "EXPIRY"]
    assert (doc.company, doc.qr) == ("ACME Plastics", "")
    assert doc.symbols() == plain.symbols()  # the barcodes never depend on the layout
    assert [f.title for f in plain.fields][:5] == ["SSCC", "PRODUCT", "QUANTITY", "BATCH/LOT", "EXPIRY"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"pallet_lines": ("lot",)}, "must include 'sscc'"),
        ({"lot_lines": ("lot", "sscc")}, "unknown"),
        ({"lot_lines": ("lot", "lot")}, "twice"),
    ],
)
def test_a_layout_must_name_known_lines_and_its_subject(options: dict[str, tuple[str, ...]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CardLayout(**options)  # type: ignore[arg-type]
