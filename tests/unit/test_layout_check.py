"""``floorstation scan test``: one scan of the test code tells whether the scanner's keyboard country and the PC's
layout agree, and if not, which layout the PC uses and what to change."""

from __future__ import annotations

import pytest

from floorstation import cli
from floorstation.devices.layout_check import TEST_CODE, check

GERMAN = 'FLOORSTATIONßTESTß1234567890ßzy-.Ö"'  # QWERTZ: y/z swapped, - is ß, / is -, : is Ö, @ is "
POLISH_214 = 'FLOORSTATION+TEST+1234567890+zy-.Ł"'
FRENCH = "FLOORSTQTION)TEST)&é\"'(-è_çà)yw!;M2"


def test_the_test_code_covers_letters_digits_and_the_symbols_that_move() -> None:
    assert {"y", "z", "F", "-", "/", ".", ":", "@"} <= set(TEST_CODE)
    assert set("0123456789") <= set(TEST_CODE)


@pytest.mark.parametrize("received", [TEST_CODE, TEST_CODE + "\r\n", "]C0" + TEST_CODE])
def test_a_scan_that_arrives_as_sent_is_fine(received: str) -> None:
    assert check(received).ok


@pytest.mark.parametrize(
    ("received", "layout", "says"),
    [
        (GERMAN, "de", "'y' came as 'z', 'z' came as 'y'"),
        (POLISH_214, "pl214", "'-' came as '+'"),
        (FRENCH, "fr", "'A' came as 'Q'"),
        (TEST_CODE.replace("@", '"'), "uk", "'@' came as '\"'"),
    ],
)
def test_a_garbled_scan_names_the_pcs_layout_and_what_to_change(received: str, layout: str, says: str) -> None:
    found = check(received)
    assert (found.ok, found.layout) == (False, layout)
    assert says in found.message
    assert "keyboard country" in found.hint and "evdev" in found.hint


def test_caps_lock_is_told_apart_from_a_layout() -> None:
    assert check(TEST_CODE.swapcase()).layout == "caps"
    german_caps = check("".join(c.swapcase() if len(c.swapcase()) == 1 else c for c in GERMAN))  # ß stays
    assert german_caps.layout == "de" and "Caps Lock is on as well" in german_caps.message


def test_an_unknown_mix_lists_the_keys_that_changed_and_another_code_is_not_taken_for_a_layout() -> None:
    odd = check(TEST_CODE.replace("/", "#"))
    assert (odd.ok, odd.layout) == (False, "")
    assert "'/' came as '#'" in odd.message
    assert "not the test code" in check("PP-2401").message


def test_the_command_says_ok_or_what_to_change(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["scan", "test", TEST_CODE]) == 0
    assert "agree" in capsys.readouterr().out
    assert cli.main(["scan", "test", GERMAN]) == 1
    out = capsys.readouterr().out
    assert "German (QWERTZ)" in out and "Set the scanner's keyboard country to German" in out
