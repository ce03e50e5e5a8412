"""A problem kept as text keeps its code and facts: in memory (``Said``), and in a text column across a restart
(``store/said_column.py``); a text written without them reads back as the plain text it was."""

from __future__ import annotations

import json

from floorstation.domain.errors import NotFound, Said
from floorstation.domain.scan_meaning import explain
from floorstation.store.said_column import from_column, to_column


def test_an_error_said_as_text_keeps_its_english_code_and_facts() -> None:
    error = NotFound(
        "Lot 'X' is not known at this station.", "Check the lot code.", code="lot.unknown", params={"lot": "X"}
    )
    said = error.said
    assert said == "Lot 'X' is not known at this station. Check the lot code."
    assert (said.code, said.params) == ("lot.unknown", {"lot": "X"})
    assert json.dumps({"error": said}) == json.dumps({"error": str(said)})  # JSON and logs see the English


def test_a_said_text_survives_its_column_and_a_plain_text_stays_plain() -> None:
    said = Said("Printer p is out of paper.", "printer.paper_out", {"printer": "p"})
    stored = to_column(said)
    assert stored is not None and stored.startswith("Printer p is out of paper.")
    back = from_column(stored)
    assert isinstance(back, Said)
    assert (back, back.code, back.params) == (said, "printer.paper_out", {"printer": "p"})
    assert from_column("Printer p is out of paper.") == "Printer p is out of paper."
    assert not isinstance(from_column("Printer p is out of paper."), Said)
    assert (to_column(None), from_column(None), to_column("plain")) == (None, None, "plain")


def test_what_a_scan_is_not_carries_its_code() -> None:
    unknown = explain("HELLO-42").errors[0]
    assert isinstance(unknown, Said)
    assert (unknown.code, unknown.params) == ("scan.not_ours", {"code": "HELLO-42"})
    assert "floorstation scan explain" in unknown  # the whole rule stays for the person setting up scanners
    sscc = explain("059012340000000018").errors[0]
    assert isinstance(sscc, Said)
    assert (sscc.code, sscc.params["expected"]) == ("scan.bad_check_digit", "7")
