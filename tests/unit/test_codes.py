"""Lot codes and SSCCs (DESIGN §3): GS1-valid, unique per station, refused with a message a person can act on."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from floorstation.domain.codes import (
    GS1_CHARSET_82,
    LOT_CODE_MAX,
    LotCodePattern,
    SsccRange,
    gs1_check_digit,
    has_valid_check_digit,
    is_gs1_ai82,
)
from floorstation.domain.errors import InvalidInput

DAY = date(2026, 11, 23)  # day 327 of 2026


# --- GS1 check digit -----------------------------------------------------------------------------------------

# Published keys: Wikipedia's EAN-13, UPC-A and EAN-8 examples, an ISBN-13, and the GS1 General
# Specifications' SSCC example.
REAL_KEYS = ["4006381333931", "036000291452", "96385074", "9780306406157", "106141411234567897"]


@pytest.mark.parametrize("key", REAL_KEYS)
def test_check_digit_of_real_gtins_and_ssccs(key: str) -> None:
    assert gs1_check_digit(key[:-1]) == int(key[-1])
    assert has_valid_check_digit(key)


@pytest.mark.parametrize("key", REAL_KEYS)
def test_a_mistyped_digit_is_caught(key: str) -> None:
    wrong_check = key[:-1] + str((int(key[-1]) + 1) % 10)
    assert not has_valid_check_digit(wrong_check)
    first = str((int(key[0]) + 1) % 10)
    assert not has_valid_check_digit(first + key[1:])


@pytest.mark.parametrize("key", ["", "7", "40063813339a1", " 4006381333931", "４００６３８１３３３９３１"])
def test_what_is_not_a_gs1_key_is_not_valid(key: str) -> None:
    assert not has_valid_check_digit(key)


@pytest.mark.parametrize("digits", ["", "12a4", "٤٠٠٦"])
def test_check_digit_needs_ascii_digits(digits: str) -> None:
    with pytest.raises(ValueError, match="not digits"):
        gs1_check_digit(digits)


def test_gs1_charset_is_the_82_characters_of_the_spec() -> None:
    assert len(GS1_CHARSET_82) == 82
    assert is_gs1_ai82("AZaz09!\"%&'()*+,-./:;<=>?_")
    for bad in ("", "M 02", "M#02", "M02\n", "Łódź", "M02~"):
        assert not is_gs1_ai82(bad), bad


# --- lot codes -------------------------------------------------------------------------------------------------


def test_default_pattern_renders_machine_year_day_and_sequence() -> None:
    pattern = LotCodePattern()
    assert pattern.render(machine="M02", station="G1", day=DAY, seq=7) == "M02-26327-007"
    assert pattern.render(machine="M02", station="G1", day=date(2027, 1, 5), seq=123) == "M02-27005-123"
    assert pattern.prefix(machine="M02", station="G1", day=DAY) == "M02-26327-"


def test_station_pattern_for_goods_in() -> None:
    pattern = LotCodePattern("{station}/{yyyy}{mm}{dd}/{seq:4}")
    assert pattern.render(machine="M01", station="G1", day=DAY, seq=12) == "G1/20261123/0012"
    assert pattern.prefix(machine="M01", station="G1", day=DAY) == "G1/20261123/"


def test_different_machines_never_share_a_sequence() -> None:
    pattern = LotCodePattern()
    first = {pattern.render(machine=m, station="G1", day=DAY, seq=1) for m in ("M01", "M02", "M03")}
    assert len(first) == 3


def test_lot_code_longer_than_20_characters_is_refused() -> None:
    pattern = LotCodePattern()
    longest_ok = pattern.render(machine="M" * 10, station="G1", day=DAY, seq=1)
    assert len(longest_ok) == LOT_CODE_MAX
    with pytest.raises(InvalidInput, match="longer than GS1's 20 characters") as err:
        pattern.render(machine="M" * 11, station="G1", day=DAY, seq=1)
    assert "Shorten the machine code" in err.value.hint


@pytest.mark.parametrize("machine", ["M 02", "M#02", "Prasa-ł"])
def test_lot_code_outside_gs1_charset_is_refused(machine: str) -> None:
    with pytest.raises(InvalidInput, match="GS1 does not allow") as err:
        LotCodePattern().render(machine=machine, station="G1", day=DAY, seq=1)
    assert "letters, digits" in err.value.hint


def test_pattern_without_seq_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"needs a \{seq\} field"):
        LotCodePattern("{machine}-{yy}{doy}")


@pytest.mark.parametrize("template", ["LOT-{yy}{doy}-{seq:3}", "{seq:5}"])
def test_pattern_without_machine_or_station_is_refused(template: str) -> None:
    with pytest.raises(InvalidInput, match=r"needs \{machine\} or \{station\}"):
        LotCodePattern(template)


def test_pattern_with_unknown_field_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"unknown fields \['shift'\]"):
        LotCodePattern("{machine}-{shift}-{seq}")


def test_pattern_with_non_gs1_literal_is_refused() -> None:
    with pytest.raises(InvalidInput, match="characters GS1 does not allow"):
        LotCodePattern("{machine} #{seq:3}")


# --- SSCC ranges -----------------------------------------------------------------------------------------------


def test_sscc_matches_the_gs1_example() -> None:
    gs1 = SsccRange(extension=1, company_prefix="0614141", first_serial=0, last_serial=999_999_999)
    assert gs1.sscc(123456789) == "106141411234567897"
    assert gs1.serial_of("106141411234567897") == 123456789


def test_station_sscc_is_18_digits_with_valid_check_digit() -> None:
    station = SsccRange(0, "5901234", 1, 99_999)
    sscc = station.sscc(1)
    assert len(sscc) == 18
    assert sscc.isdigit()
    assert sscc.startswith("05901234000000001")
    assert has_valid_check_digit(sscc)


def test_serial_out_of_range_says_to_ask_for_a_new_range() -> None:
    station = SsccRange(0, "5901234", 100, 199)
    for serial in (99, 200):
        with pytest.raises(InvalidInput, match="used all its SSCC serials") as err:
            station.sscc(serial)
        assert "new SSCC range" in err.value.hint


def test_serial_of_ignores_ssccs_that_are_not_ours() -> None:
    station = SsccRange(0, "5901234", 100, 199)
    ours = station.sscc(150)
    assert station.serial_of(ours) == 150
    other_station = SsccRange(0, "5901234", 200, 299).sscc(250)
    assert station.serial_of(other_station) is None
    assert station.serial_of(SsccRange(1, "5901234", 100, 199).sscc(150)) is None
    assert station.serial_of(ours[:-1] + str((int(ours[-1]) + 1) % 10)) is None
    assert station.serial_of(ours[:-1]) is None


@pytest.mark.parametrize("prefix", ["", "59012", "5901234567890", "59O1234", "5901 234"])
def test_bad_company_prefix_is_refused(prefix: str) -> None:
    with pytest.raises(InvalidInput, match="must be 6 to 12 digits") as err:
        SsccRange(0, prefix, 1, 10)
    assert "GS1 membership" in err.value.hint


@pytest.mark.parametrize("prefix", ["５９０１２３４", "590123²"], ids=["full-width", "superscript"])
def test_company_prefix_in_non_ascii_digits_is_refused_when_configured(prefix: str) -> None:
    # str.isdigit() accepts full-width and superscript digits; such a prefix must be refused when the
    # configuration is loaded, not crash with a ValueError at the first pallet.
    with pytest.raises(InvalidInput, match="must be 6 to 12 digits"):
        SsccRange(0, prefix, 1, 10)


@pytest.mark.parametrize(("first", "last"), [(-1, 10), (10, 9), (1, 1_000_000_000)])
def test_serial_range_that_does_not_fit_is_refused(first: int, last: int) -> None:
    with pytest.raises(InvalidInput, match="does not fit the 9 digits") as err:
        SsccRange(0, "5901234", first, last)
    assert "999999999" in err.value.hint


@pytest.mark.parametrize("extension", [-1, 10])
def test_extension_digit_must_be_one_digit(extension: int) -> None:
    with pytest.raises(InvalidInput, match="extension digit must be 0-9"):
        SsccRange(extension, "5901234", 1, 10)


@st.composite
def ranges_and_serials(draw: st.DrawFn) -> tuple[SsccRange, int]:
    prefix = draw(st.text(alphabet="0123456789", min_size=6, max_size=12))
    max_serial = 10 ** (16 - len(prefix)) - 1
    first = draw(st.integers(0, max_serial))
    last = draw(st.integers(first, max_serial))
    return SsccRange(draw(st.integers(0, 9)), prefix, first, last), draw(st.integers(first, last))


@given(ranges_and_serials())
def test_every_sscc_of_a_range_is_valid_and_maps_back_to_its_serial(case: tuple[SsccRange, int]) -> None:
    sscc_range, serial = case
    sscc = sscc_range.sscc(serial)
    assert len(sscc) == 18
    assert has_valid_check_digit(sscc)
    assert sscc_range.serial_of(sscc) == serial
