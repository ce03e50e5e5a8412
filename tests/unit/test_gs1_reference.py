"""GS1 scans read as GS1's own Barcode Syntax Engine and Syntax Dictionary read them.

Valid data is accepted: a "fields run together" suspicion needs another reading in which every field is valid
(the shortened one too), (03) is a GTIN-type key, a GS in the scan proves the scanner sends GS, and the bracketed
human-readable line a person types from a damaged label reads as the barcode would.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from floorstation.domain.codes import GS1_CHARSET_82, gs1_check_digit
from floorstation.domain.gs1_strict import read_element_strings
from floorstation.domain.scan_meaning import ScanKind, explain
from floorstation.domain.scanning import GS

GTIN = "09501101530003"
MTO_GTIN = "03" + GTIN  # (03): GTIN of a made-to-order trade item

gtins = st.integers(min_value=0, max_value=10**13 - 1).map(lambda n: f"{n:013d}" + str(gs1_check_digit(f"{n:013d}")))
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2049, 12, 31, 23, 59))
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2049, 12, 31))


@pytest.mark.parametrize(
    ("data", "ai", "value"),
    [
        pytest.param(f"01{GTIN}70032611171230", "7003", "2611171230", id="7003-expiry-time"),
        pytest.param(f"01{GTIN}70011234511261117", "7001", "1234511261117", id="7001-nsn"),
        pytest.param(f"01{GTIN}70112611171030", "7011", "2611171030", id="7011-test-by-date-time"),
        pytest.param(f"8006{GTIN}010217261231", "8006", f"{GTIN}0102", id="8006-itip"),
    ],
)
@pytest.mark.parametrize("aim", ["]C1", "]d2"])
def test_valid_data_is_not_taken_for_fields_run_together(data: str, ai: str, value: str, aim: str | None) -> None:
    """The "other reading" would shorten a fixed-length field ((7003)26 ...): it is invalid, so there is none."""
    m = explain(data, aim=aim)
    assert m.errors == ()
    assert (ai, value) in {(e[0], e[2]) for e in m.elements}


@settings(max_examples=200, deadline=None)
@given(gtins, moments)
def test_any_real_expiry_time_reads_without_errors(gtin: str, moment: datetime) -> None:
    m = explain(f"]C101{gtin}7003{moment:%y%m%d%H%M}")
    assert (m.gtin, m.errors) == (gtin, ())


@settings(max_examples=200, deadline=None)
@given(gtins, days, st.sampled_from(["", "0000", "1230", "2359"]))
def test_any_real_test_by_date_reads_without_errors(gtin: str, day: date, time: str) -> None:
    m = explain(f"]C101{gtin}7011{day:%y%m%d}{time}")
    assert m.errors == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (f"01{GTIN}70032613171230", "(7003) EXPIRY TIME: 2613171230 is not a real date and time"),
        (f"01{GTIN}70032611172460", "not a real date and time"),
        (f"01{GTIN}70112602301030", "(7011)"),
        (f"8006{GTIN}0302", "does not say a piece of a total"),
        (f"8006{GTIN[:-1]}10102", "wrong check digit"),
    ],
)
def test_what_the_syntax_dictionary_checks_inside_a_field_is_checked(data: str, message: str) -> None:
    assert any(message in e for e in read_element_strings(data).errors)


def test_a_lost_gs_is_still_reported_when_the_other_reading_is_valid() -> None:
    m = explain(f"]C101{GTIN}10LOT12317261231")
    assert m.errors and "(10)LOT123(17)261231" in m.errors[0]


@pytest.mark.parametrize("ai", ["10", "17", "21"])
def test_03_is_a_gtin_type_key(ai: str) -> None:
    value = {"10": "ABC", "17": "261231", "21": "SN1"}[ai]
    m = explain(f"]C1{MTO_GTIN}{ai}{value}")
    assert m.errors == ()


def test_03_and_01_do_not_share_a_barcode() -> None:
    m = explain(f"]C101{GTIN}{MTO_GTIN}")
    assert any("(01) and (03)" in e for e in m.errors)


def test_a_scan_that_ends_with_a_gs_comes_from_a_scanner_that_sends_gs() -> None:
    """Without the trailing GS the lot would be suspected of holding an expiry; with it, it is one lot."""
    m = explain(f"]C101{GTIN}10LOT12317261231{GS}")
    assert (m.lot, m.expiry, m.errors) == ("LOT12317261231", None, ())


@settings(max_examples=200, deadline=None)
@given(gtins, st.text(alphabet=sorted(GS1_CHARSET_82), min_size=1, max_size=20), days)
def test_a_gs_anywhere_means_no_field_ran_into_another(gtin: str, lot: str, expiry: date) -> None:
    m = explain(f"]C101{gtin}17{expiry:%y%m%d}10{lot}{GS}")
    assert (m.gtin, m.lot, m.expiry, m.errors) == (gtin, lot, expiry, ())


# --- the bracketed human-readable form ----------------------------------------------------------------------


def test_the_bracketed_form_typed_from_a_damaged_label_is_accepted() -> None:
    m = explain("(01)09501101530003(10)ABC(17)261231")
    assert (m.kind, m.gtin, m.lot, m.expiry, m.errors) == (ScanKind.GS1, GTIN, "ABC", date(2026, 12, 31), ())


def test_a_bracketed_lot_last_is_never_suspected_of_running_together() -> None:
    m = explain("(01)09501101530003(10)LOT12317261231")
    assert (m.lot, m.errors) == ("LOT12317261231", ())


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("(01)09501101530004(10)ABC", "check digit"),
        ("(01)09501101530003(17)261331", "(17)"),
        ("(10)ABC", "needs (01)"),
        ("(01)09501101530003(10)", "(10) is empty"),
    ],
)
def test_a_bracketed_form_with_a_mistake_says_what_is_wrong(typed: str, message: str) -> None:
    m = explain(typed)
    assert m.errors and any(message in e for e in m.errors), m.errors


@settings(max_examples=200, deadline=None)
@given(gtins, st.text(alphabet=sorted(GS1_CHARSET_82 - {"(", ")"}), min_size=1, max_size=20), days)
def test_any_label_typed_in_brackets_reads_as_its_barcode(gtin: str, lot: str, expiry: date) -> None:
    typed = explain(f"(01){gtin}(10){lot}(17){expiry:%y%m%d}")
    scanned = explain(f"]C101{gtin}10{lot}{GS}17{expiry:%y%m%d}")
    assert (typed.gtin, typed.lot, typed.expiry, typed.errors) == (gtin, lot, expiry, ())
    assert (typed.gtin, typed.lot, typed.expiry) == (scanned.gtin, scanned.lot, scanned.expiry)
