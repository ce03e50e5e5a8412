"""Fuzzing what a scan means: nothing crashes, junk says so, and a correctly encoded label always reads back."""

from __future__ import annotations

import json
import string
from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from floorstation.domain.codes import GS1_CHARSET_82, gs1_check_digit
from floorstation.domain.own_codes import ScanSettings
from floorstation.domain.scan_meaning import ScanKind, explain
from floorstation.domain.scanning import GS

AIMS = st.sampled_from([None, "]C0", "]C1", "]d1", "]d2", "]Q1", "]Q3", "]E0", "]E4", "]e0", "]I1", "]z0", "]X0"])
SCANNER_ALPHABET = string.printable + GS + "\x1e\x04"
BADGES = ScanSettings(badge_pattern="B[0-9]{4}")


def _check(data: str, aim: str | None) -> None:
    m = explain(data, aim=aim, settings=BADGES)
    json.dumps(m.as_dict())
    if m.kind is ScanKind.UNKNOWN:
        assert m.errors and all(isinstance(e, str) and len(e) > 20 for e in m.errors)
    for error in m.errors:
        assert error[0].isupper() or error[0] in "('\"0123456789", error


@settings(max_examples=500, deadline=None)
@given(st.text(), AIMS)
def test_any_text_gets_a_meaning_never_an_exception(data: str, aim: str | None) -> None:
    _check(data, aim)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=SCANNER_ALPHABET, max_size=120), AIMS)
def test_anything_a_scanner_can_send_gets_a_meaning(data: str, aim: str | None) -> None:
    _check(data, aim)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789" + GS, min_size=1, max_size=80))
def test_digit_strings_with_the_gs1_aim_get_a_meaning(data: str) -> None:
    _check(data, "]C1")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_binary_junk_is_unknown(raw: bytes) -> None:
    data = raw.decode("latin-1")
    assume(any(not (" " <= ch <= "~" or ch in GS + "\r\n\t") for ch in data.strip(" \r\n\t")))
    m = explain(data)
    assert m.kind is ScanKind.UNKNOWN
    assert m.errors


gtins = st.from_regex(r"[0-9]{13}", fullmatch=True).map(lambda body: body + str(gs1_check_digit(body)))
lots = st.text(alphabet=sorted(GS1_CHARSET_82), min_size=1, max_size=20)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2070, 12, 31))


@settings(max_examples=300, deadline=None)
@given(gtins, lots, dates, st.integers(min_value=1, max_value=99_999_999), st.sampled_from(["]C1", "]d2", "]Q3", None]))
def test_a_correctly_encoded_label_reads_back_exactly(
    gtin: str, lot: str, expiry: date, count: int, aim: str | None
) -> None:
    data = f"01{gtin}17{expiry:%y%m%d}10{lot}{GS}30{count}"
    m = explain(data, aim=aim)
    assert (m.kind, m.gtin, m.lot, m.expiry, m.quantity, m.errors) == (ScanKind.GS1, gtin, lot, expiry, count, ())


@settings(max_examples=300, deadline=None)
@given(gtins, lots, dates)
def test_a_lot_last_without_gs_is_read_exactly_or_flagged_never_changed(gtin: str, lot: str, expiry: date) -> None:
    m = explain(f"]C101{gtin}17{expiry:%y%m%d}10{lot}")
    assert m.lot == lot
    assert m.errors == () or "run together" in m.errors[0]


@settings(max_examples=300, deadline=None)
@given(gtins, lots, dates)
def test_a_lost_gs_never_passes_silently(gtin: str, lot: str, expiry: date) -> None:
    """(10) then (17) with the GS lost: either an error, or - only when the lot has GS1's full 20 characters,
    so the field ends by length - the right fields."""
    m = explain(f"]C101{gtin}10{lot}17{expiry:%y%m%d}")
    if m.errors == ():
        assert (m.lot, m.expiry) == (lot, expiry)
