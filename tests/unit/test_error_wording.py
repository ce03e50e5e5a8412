"""An error's English wording read back: the facts come out of the sentence, a fact said twice must be the same,
and a stored "message hint" text is recognised with or without its hint."""

from __future__ import annotations

from floorstation.domain.errors import NotFound, Wording

LOT = Wording("lot.unknown", "Lot '{lot}' is not known at this station.", "Check the lot code.")
REQUIRED = Wording("text.required", "A {what} is required.", "Choose or type the {what}.")


def test_the_facts_come_back_out_of_the_sentence() -> None:
    error = NotFound("Lot 'PP-1 A' is not known at this station.", "Check the lot code.")
    assert LOT.read(error.message, error.hint) == {"lot": "PP-1 A"}
    assert LOT.read(error.message, "Another hint.") is None
    assert LOT.read("Lot PP-1 is on hold.", "Check the lot code.") is None


def test_a_fact_said_twice_must_be_the_same() -> None:
    assert REQUIRED.read("A reason is required.", "Choose or type the reason.") == {"what": "reason"}
    assert REQUIRED.read("A reason is required.", "Choose or type the quantity.") is None


def test_a_stored_text_is_read_with_or_without_its_hint() -> None:
    assert LOT.read_text("Lot 'X' is not known at this station. Check the lot code.") == ({"lot": "X"}, True)
    assert LOT.read_text("Lot 'X' is not known at this station.") == ({"lot": "X"}, False)
    assert LOT.read_text("Something else.") is None


def test_an_error_keeps_its_english_and_may_carry_a_code() -> None:
    error = NotFound(
        "Lot 'X' is not known at this station.", "Check the lot code.", code="lot.unknown", params={"lot": "X"}
    )
    assert (str(error), error.code, error.params) == (
        "Lot 'X' is not known at this station. Check the lot code.",
        "lot.unknown",
        {"lot": "X"},
    )
