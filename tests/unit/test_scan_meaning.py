"""What a scan means (domain/scan_meaning.py, gs1_strict.py, own_codes.py): vectors a scanner really sends.

Known-good identifiers: GTIN 09501101530003 (GS1's own example), SSCC 106141412345678908, and the demo plant's
GTINs. Every refusal is checked for the words a person needs: what is wrong and what to do.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from floorstation.domain.codes import LotCodePattern
from floorstation.domain.errors import InvalidInput
from floorstation.domain.own_codes import ScanSettings, lot_shape
from floorstation.domain.scan_meaning import MAX_SCAN_CHARS, ScanKind, ScanMeaning, explain
from floorstation.domain.scanning import GS, ScanEvent

GTIN = "09501101530003"
SSCC = "106141412345678908"
BADGES = ScanSettings(badge_pattern="B[0-9]{4}")


def meaning(data: str, **kwargs: Any) -> ScanMeaning:
    result = explain(data, **kwargs)
    json.dumps(result.as_dict())  # always printable by `floorstation scan explain`
    return result


def fields(m: ScanMeaning) -> dict[str, Any]:
    return {k: v for k, v in m.as_dict().items() if v not in (None, False, [], "") and k not in ("data", "elements")}


# --- GS1 element strings ----------------------------------------------------------------------------------

GOOD = [
    pytest.param(
        f"]C101{GTIN}{GS}10LOT123{GS}17261231",
        {"kind": "gs1", "aim": "]C1", "symbology": "GS1-128", "gtin": GTIN, "lot": "LOT123", "expiry": "2026-12-31"},
        id="gs1-128-with-aim-and-gs",
    ),
    pytest.param(
        f"01{GTIN}10LOT123{GS}17261231",
        {"kind": "gs1", "gtin": GTIN, "lot": "LOT123", "expiry": "2026-12-31"},
        id="no-aim",
    ),
    pytest.param(
        f"]d201{GTIN}17261231" + "10LOT123",
        {
            "kind": "gs1",
            "aim": "]d2",
            "symbology": "GS1 DataMatrix",
            "gtin": GTIN,
            "lot": "LOT123",
            "expiry": "2026-12-31",
        },
        id="datamatrix-fixed-fields-first-need-no-gs",
    ),
    pytest.param(
        f"]d801{GTIN}10LOT123{GS}17261231",
        {
            "kind": "gs1",
            "aim": "]d8",
            "symbology": "GS1 DataMatrix (DMRE)",
            "gtin": GTIN,
            "lot": "LOT123",
            "expiry": "2026-12-31",
        },
        id="datamatrix-in-a-rectangular-extension-size-as-zxing-cpp-reports-it",
    ),
    pytest.param(
        f"]Q301{GTIN}{GS}10ABC{GS}21S/N-1{GS}30100{GS}91A{GS}99XYZ",
        {
            "kind": "gs1",
            "aim": "]Q3",
            "symbology": "GS1 QR Code",
            "gtin": GTIN,
            "lot": "ABC",
            "serial": "S/N-1",
            "quantity": 100,
        },
        id="qr-serial-count-internal",
    ),
    pytest.param(
        f"{GS}01{GTIN}{GS}10LOT123{GS}",
        {"kind": "gs1", "gtin": GTIN, "lot": "LOT123"},
        id="leading-and-trailing-gs-are-harmless",
    ),
    pytest.param(f"]C100{SSCC}", {"kind": "sscc", "aim": "]C1", "symbology": "GS1-128", "sscc": SSCC}, id="ai-00"),
    pytest.param(
        f"]C100{SSCC}02{GTIN}3740{GS}10L7{GS}15270630",
        {
            "kind": "sscc",
            "aim": "]C1",
            "symbology": "GS1-128",
            "sscc": SSCC,
            "gtin": GTIN,
            "quantity": 40,
            "lot": "L7",
            "expiry": "2027-06-30",
            "best_before": "2027-06-30",
        },
        id="logistic-label-00-02-37-10-15",
    ),
    pytest.param(
        f"]C102{GTIN}3712",
        {"kind": "gs1", "aim": "]C1", "symbology": "GS1-128", "gtin": GTIN, "quantity": 12},
        id="02-with-37-middle-barcode-of-a-pallet-label",
    ),
    pytest.param(
        f"]C101{GTIN}11261101{GS}10B1",
        {"kind": "gs1", "aim": "]C1", "symbology": "GS1-128", "gtin": GTIN, "produced": "2026-11-01", "lot": "B1"},
        id="ai-11-production-date",
    ),
    pytest.param(
        f"]C101{GTIN}17261200",
        {"kind": "gs1", "aim": "]C1", "symbology": "GS1-128", "gtin": GTIN, "expiry": "2026-12-31"},
        id="day-00-is-the-end-of-the-month",
    ),
    pytest.param(
        f"]C101{GTIN}15270101{GS}17261231",
        {
            "kind": "gs1",
            "aim": "]C1",
            "symbology": "GS1-128",
            "gtin": GTIN,
            "expiry": "2026-12-31",
            "best_before": "2027-01-01",
        },
        id="expiry-17-wins-over-best-before-15",
    ),
    pytest.param(
        f"]C101{GTIN}" + "".join(f"{ai}V{ai}{GS}" for ai in range(91, 100)),
        {"kind": "gs1", "aim": "]C1", "symbology": "GS1-128", "gtin": GTIN},
        id="ais-91-to-99",
    ),
    pytest.param(f"]E0{GTIN[1:]}", {"kind": "gs1", "aim": "]E0", "symbology": "EAN-13 / UPC-A", "gtin": GTIN}),
    pytest.param(
        "]E496385074", {"kind": "gs1", "aim": "]E4", "symbology": "EAN-8", "gtin": "00000096385074"}, id="ean-8"
    ),
    pytest.param(GTIN[1:], {"kind": "gs1", "gtin": GTIN}, id="bare-gtin-13"),
    pytest.param(SSCC, {"kind": "sscc", "sscc": SSCC}, id="bare-sscc"),
]


@pytest.mark.parametrize(("data", "expected"), GOOD)
def test_good_gs1_scans_read_with_no_errors(data: str, expected: dict[str, Any]) -> None:
    assert fields(meaning(data)) == expected


def test_every_ai_we_use_is_listed_with_its_title() -> None:
    data = f"]C100{SSCC}01{GTIN}11261101152701011726123110L1{GS}21S1{GS}3055"
    m = meaning(data)
    assert [(ai, title) for ai, title, _ in m.elements] == [
        ("00", "SSCC"),
        ("01", "GTIN"),
        ("11", "PROD DATE"),
        ("15", "BEST BEFORE or BEST BY"),
        ("17", "USE BY or EXPIRY"),
        ("10", "BATCH/LOT"),
        ("21", "SERIAL"),
        ("30", "VAR. COUNT"),
    ]
    assert m.errors == ()


BAD = [
    pytest.param(
        f"]C101{GTIN[:-1]}4",
        "(01) GTIN 09501101530004 has a wrong check digit|should end in 3|misprinted",
        id="gtin-check-digit",
    ),
    pytest.param(
        "]C100106141412345678901",
        "(00) SSCC 106141412345678901 has a wrong check digit|should end in 8",
        id="sscc-check-digit",
    ),
    pytest.param(f"]C102{GTIN[:-1]}9{GS}3712", "(02) CONTENT|wrong check digit", id="content-check-digit"),
    pytest.param(f"]C101{GTIN}17261331", "(17) USE BY or EXPIRY: '261331' is not a date", id="month-13"),
    pytest.param(f"]C101{GTIN}17260230", "(17) USE BY or EXPIRY: 260230 is not a real date", id="30-february"),
    pytest.param(f"]C101{GTIN}15261232", "(15) BEST BEFORE or BEST BY: '261232' is not a date", id="day-32"),
    pytest.param(f"]C101{GTIN}11AB1231", "(11) PROD DATE: 'AB1231' is not a date", id="letters-in-date"),
    pytest.param("]C110LOT123", "(10) BATCH/LOT needs (01) or (02)|a lot number alone", id="lot-without-gtin"),
    pytest.param("]C117261231", "(17) USE BY or EXPIRY needs (01)", id="expiry-without-gtin"),
    pytest.param(f"]C102{GTIN}", "(02) CONTENT needs (37)", id="02-without-37"),
    pytest.param("]C13712", "(37) COUNT needs (02) or (8026)", id="37-without-02"),
    pytest.param("]C121SER1", "(21) SERIAL needs (01) or (03) or (8006)", id="serial-without-gtin"),
    pytest.param("]C13040", "(30) VAR. COUNT needs (01) or (02)", id="count-without-gtin"),
    pytest.param(f"]C101{GTIN}02{GTIN}3712", "(01) and (02) must not be in the same barcode", id="01-with-02"),
    pytest.param(f"]C101{GTIN}3712", "(01) and (37) must not be in the same barcode", id="01-with-37"),
    pytest.param(
        f"]C101{GTIN}10A{GS}10B", "(10) BATCH/LOT appears twice with different values: 'A' and 'B'", id="duplicate-ai"
    ),
    pytest.param(
        f"]C101{GTIN}10{'A' * 21}",
        "(10)AAAAAAAAAAAAAAAAAAAA the data does not go on|longer than GS1 allows",
        id="lot-too-long",
    ),
    pytest.param("]C1", "empty", id="empty-gs1"),
    pytest.param(f"]C1{GS}", "empty", id="only-gs"),
    pytest.param("]C1ABC", "does not start with a GS1 Application Identifier", id="not-element-strings"),
    pytest.param(f"]C101{GTIN}10LOT^1", "After (10)LOT the data does not go on", id="character-outside-set-82"),
]


@pytest.mark.parametrize(("data", "message"), BAD)
def test_bad_gs1_scans_are_errors_that_say_what_is_wrong(data: str, message: str) -> None:
    m = meaning(data)
    assert m.kind in (ScanKind.GS1, ScanKind.SSCC, ScanKind.UNKNOWN)
    text = " ".join(m.errors)
    assert all(part in text for part in message.split("|")), text


# --- a lost GS ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("aim", ["", "]C1", "]d2"])
def test_a_lost_gs_that_merges_lot_and_expiry_is_reported_not_merged(aim: str) -> None:
    m = meaning(f"{aim}01{GTIN}10LOT12317261231")
    assert m.errors, "a merged lot must never pass as a lot"
    assert "run together" in m.errors[0]
    assert "(10)LOT123(17)261231" in m.errors[0]
    assert "transmit GS" in m.errors[0]


def test_a_lost_gs_before_an_sscc_or_gtin_is_reported() -> None:
    m = meaning(f"]C100{SSCC}10ABC02{GTIN}3712")
    assert m.errors and "run together" in m.errors[0]
    assert f"(10)ABC(02){GTIN}(37)12" in m.errors[0]


def test_a_field_ended_by_gs_is_taken_as_it_is() -> None:
    m = meaning(f"]C101{GTIN}10LOT12317261231{GS}21X")
    assert (m.lot, m.errors) == ("LOT12317261231", ())


def test_ordinary_lot_codes_last_are_not_suspected() -> None:
    for lot in ("M02-26327-007", "BP240117", "0329", "L2024-0001", "A1B2C3"):
        m = meaning(f"]C101{GTIN}17261231" + f"10{lot}")
        assert (m.lot, m.errors) == (lot, ()), lot


# --- GS1 Digital Link ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        f"https://id.gs1.org/01/{GTIN}/10/ABC123?17=261231",
        f"]Q1https://id.gs1.org/01/{GTIN}/10/ABC123?17=261231",
        f"]Q3https://id.gs1.org/01/{GTIN}/10/ABC123?17=261231",
        f"]d7https://id.gs1.org/01/{GTIN}/10/ABC123?17=261231",
        f"]d8https://id.gs1.org/01/{GTIN}/10/ABC123?17=261231",
        f"HTTPS://id.gs1.org/01/{GTIN}/10/ABC123?17=261231",
        f"https://brand.example.com/products/01/{GTIN}/10/ABC123?17=261231&utm=x",
    ],
)
def test_digital_link_uris(uri: str) -> None:
    m = meaning(uri)
    assert (m.kind, m.gtin, m.lot, m.expiry, m.errors) == (ScanKind.GS1, GTIN, "ABC123", date(2026, 12, 31), ())


def test_digital_link_with_a_wrong_check_digit_is_an_error() -> None:
    m = meaning(f"https://id.gs1.org/01/{GTIN[:-1]}7/10/A")
    assert "wrong check digit" in m.errors[0]


def test_a_web_address_that_is_not_a_digital_link_is_unknown() -> None:
    m = meaning("https://example.com/hello")
    assert m.kind is ScanKind.UNKNOWN
    assert "not a GS1 Digital Link" in m.errors[0]


def test_a_web_address_in_a_linear_barcode_is_unknown() -> None:
    assert meaning(f"]C0https://id.gs1.org/01/{GTIN}").kind is ScanKind.UNKNOWN


# --- our own codes -------------------------------------------------------------------------------------------

OWN = [
    pytest.param("M:M01", {"kind": "machine", "machine": "M01"}, id="machine"),
    pytest.param("m:M01", {"kind": "machine", "machine": "M01"}, id="machine-caps-lock"),
    pytest.param("T:304/2023-10", {"kind": "task", "task": "304/2023-10"}, id="task"),
    pytest.param("B:B1001", {"kind": "badge", "badge": "B1001"}, id="badge-prefixed"),
    pytest.param("B1001", {"kind": "badge", "badge": "B1001"}, id="badge-bare"),
    pytest.param("M02-26327-007", {"kind": "lot", "lot": "M02-26327-007", "internal_lot": True}, id="lot"),
    pytest.param("G1-26327-002", {"kind": "lot", "lot": "G1-26327-002", "internal_lot": True}, id="goods-in-lot"),
    pytest.param("M02-26327-1234", {"kind": "lot", "lot": "M02-26327-1234", "internal_lot": True}, id="lot-seq-1234"),
    pytest.param("L:M02-26327-007", {"kind": "lot", "lot": "M02-26327-007", "internal_lot": True}, id="lot-prefixed"),
    pytest.param(
        "]C0M:M03", {"kind": "machine", "aim": "]C0", "symbology": "Code 128", "machine": "M03"}, id="code-128-aim"
    ),
    pytest.param(
        f"]C101{GTIN}10M02-26327-007",
        {
            "kind": "gs1",
            "aim": "]C1",
            "symbology": "GS1-128",
            "gtin": GTIN,
            "lot": "M02-26327-007",
            "internal_lot": True,
        },
        id="our-lot-in-ai-10",
    ),
]


@pytest.mark.parametrize(("data", "expected"), OWN)
def test_our_own_codes_are_told_apart_without_the_database(data: str, expected: dict[str, Any]) -> None:
    assert fields(meaning(data, settings=BADGES)) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("M:", "This machine code is empty"),
        ("T:  ", "This task code is empty"),
        ("B:" + "9" * 65, "65 characters long"),
        ("M:M 01", "spaces or control characters"),
        ("L:nope", "'nope' is not a lot code of this station (they look like M02-26327-007)"),
    ],
)
def test_damaged_own_codes_say_so(data: str, message: str) -> None:
    m = meaning(data)
    assert message in m.errors[0]


def test_a_bare_badge_needs_the_configured_pattern() -> None:
    m = meaning("B1001")
    assert m.kind is ScanKind.UNKNOWN
    assert "a badge (B:...)" in m.errors[0]


def test_lot_shape_follows_the_configured_pattern() -> None:
    settings = ScanSettings(lot_pattern=LotCodePattern("{station}/{yyyy}{mm}{dd}/{seq:4}"), station_code="GI")
    assert settings.example_lot() == "GI/20261123/0007"
    assert meaning("GI/20261123/0042", settings=settings).kind is ScanKind.LOT
    assert meaning("M02-26327-007", settings=settings).kind is ScanKind.UNKNOWN
    assert lot_shape(LotCodePattern()).fullmatch("M02-26327-007")


def test_a_badge_pattern_that_is_not_a_regex_is_refused() -> None:
    with pytest.raises(InvalidInput, match="not a regular expression"):
        ScanSettings(badge_pattern="B[0-9")


# --- junk -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param("hello world", "'hello world' is not a code floorstation knows", id="text"),
        pytest.param("\x00\x01\xff\xfe", "control characters or binary data", id="binary"),
        pytest.param("\x1b[A\x1b[B", "control characters or binary data", id="escape-sequences"),
        pytest.param("M:M01\x07", "control characters or binary data", id="bell"),
        pytest.param("zażółć", "keyboard country probably does not match", id="wrong-keyboard-layout"),
        pytest.param("", "The scan is empty", id="empty"),
        pytest.param("\r\n", "The scan is empty", id="just-the-suffix"),
        pytest.param("[)>\x1e06\x1d1PABC\x1e\x04", "ISO/IEC 15434", id="iso-15434-envelope"),
        pytest.param("9501101530004", "looks like a GTIN, but its check digit is wrong", id="bad-bare-gtin"),
        pytest.param("106141412345678901", "looks like an SSCC, but its check digit is wrong", id="bad-bare-sscc"),
        pytest.param("]E09501101530004", "check digit is wrong", id="bad-ean"),
        pytest.param("]E0ABC", "EAN-13 / UPC-A should hold 8, 12, 13 or 14 digits", id="ean-with-letters"),
        pytest.param("9112", "not a code floorstation knows", id="internal-ai-without-aim-is-not-guessed"),
    ],
)
def test_junk_is_unknown_and_says_what_it_is_not_and_what_to_do(data: str, message: str) -> None:
    m = meaning(data)
    assert m.kind is ScanKind.UNKNOWN
    assert len(m.errors) == 1
    assert message in m.errors[0]


def test_the_unknown_message_names_every_kind_of_code_and_what_to_do() -> None:
    text = meaning("hello").errors[0]
    for words in ("not a GS1 label", "not an SSCC", "B:", "M:", "T:", "M02-26327-007", "Scan the right label"):
        assert words in text


def test_a_10000_character_burst_is_refused_quickly_and_shortly() -> None:
    m = meaning("7" * 10_000)
    assert m.kind is ScanKind.UNKNOWN
    assert "10,000 characters long" in m.errors[0] and "stuck" in m.errors[0]
    assert len(json.dumps(m.as_dict())) < 1000


def test_the_longest_accepted_scan_is_still_read() -> None:
    data = f"]d201{GTIN}" + "".join(f"{GS}91{'X' * 88}" for _ in range(40))
    assert len(data) <= MAX_SCAN_CHARS + 3
    assert meaning(data).errors == ()


def test_an_aim_given_apart_from_the_data() -> None:
    event = ScanEvent(f"01{GTIN}10A", "]d2", "camera:0", None)  # type: ignore[arg-type]
    from floorstation.domain.scan_meaning import explain_scan

    m = explain_scan(event)
    assert (m.aim, m.gtin, m.lot) == ("]d2", GTIN, "A")
    assert explain("x", aim="C1").errors[0].startswith("'C1' is not an AIM symbology identifier")
