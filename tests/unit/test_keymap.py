"""Our US keymap for evdev scanners, fed synthetic Linux key codes, and the framer that cuts scans."""

from __future__ import annotations

from datetime import UTC, datetime

from floorstation.devices.keymap import KEY_DOWN, KEY_REPEAT, KEY_UP, KeyTranslator
from floorstation.devices.scan_framer import MAX_PENDING_CHARS, ScanFramer
from floorstation.devices.scanner_config import ScannerConfig, ScannerKind
from floorstation.domain.scanning import GS

# Linux key codes, as a scanner in keyboard mode sends them.
SHIFT, CTRL, ALT, CAPS, ENTER = 42, 29, 56, 58, 28
KEYS = {"1": 2, "0": 11, "-": 12, "q": 16, "]": 27, "a": 30, "d": 32, "m": 50, ";": 39, "/": 53, "6": 7, "b": 48}
KEYPAD = {"0": 82, "2": 80, "9": 73}

AT = datetime(2026, 11, 23, tzinfo=UTC)
SERIAL = ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port="loop://")


def press(t: KeyTranslator, code: int) -> str:
    return t.key(code, KEY_DOWN) + t.key(code, KEY_UP)


def with_mod(t: KeyTranslator, mod: int, code: int) -> str:
    return t.key(mod, KEY_DOWN) + press(t, code) + t.key(mod, KEY_UP)


def test_plain_and_shifted_keys_follow_the_us_layout() -> None:
    t = KeyTranslator()
    typed = "".join(press(t, KEYS[c]) for c in "qa1-/;")
    typed += with_mod(t, SHIFT, KEYS["m"]) + with_mod(t, SHIFT, KEYS[";"]) + with_mod(t, SHIFT, KEYS["1"])
    typed += press(t, ENTER)
    assert typed == "qa1-/;M:!\r"


def test_machine_code_as_a_scanner_types_it() -> None:
    t = KeyTranslator()
    typed = with_mod(t, SHIFT, KEYS["m"]) + with_mod(t, SHIFT, KEYS[";"])
    typed += with_mod(t, SHIFT, KEYS["m"]) + press(t, KEYS["0"]) + press(t, KEYS["1"]) + press(t, ENTER)
    assert typed == "M:M01\r"


def test_ctrl_bracket_is_gs_ctrl_caret_is_rs_ctrl_d_is_eot() -> None:
    t = KeyTranslator()
    assert with_mod(t, CTRL, KEYS["]"]) == GS
    t.key(CTRL, KEY_DOWN)
    assert with_mod(t, SHIFT, KEYS["6"]) == "\x1e"
    t.key(CTRL, KEY_UP)
    assert with_mod(t, CTRL, KEYS["d"]) == "\x04"
    assert with_mod(t, CTRL, KEYS["q"]) == ""  # other shortcuts type nothing


def test_alt_keypad_0029_is_gs_on_alt_release() -> None:
    t = KeyTranslator()
    out = t.key(ALT, KEY_DOWN)
    for digit in "0029":
        out += press(t, KEYPAD[digit])
    assert out == ""
    assert t.key(ALT, KEY_UP) == GS


def test_keypad_digits_without_alt_are_digits() -> None:
    t = KeyTranslator()
    assert press(t, KEYPAD["9"]) + press(t, KEYPAD["0"]) == "90"


def test_caps_lock_inverts_letters_only() -> None:
    t = KeyTranslator()
    press(t, CAPS)
    assert press(t, KEYS["a"]) + with_mod(t, SHIFT, KEYS["b"]) + press(t, KEYS["1"]) == "Ab1"


def test_auto_repeat_and_unknown_keys_type_nothing() -> None:
    t = KeyTranslator()
    assert t.key(KEYS["a"], KEY_REPEAT) == ""
    assert press(t, 59) == ""  # F1


def test_the_framer_cuts_at_the_suffix_and_keeps_an_unfinished_scan() -> None:
    framer = ScanFramer(SERIAL, lambda: AT)
    events = framer.feed(f"]C10109501101530003{GS}10A\r\nM:M0")
    assert [(e.aim, e.raw, e.source, e.at) for e in events] == [("]C1", f"0109501101530003{GS}10A", "serial:dock", AT)]
    assert framer.pending == "\nM:M0"
    assert [e.raw for e in framer.feed("1\r")] == ["M:M01"]


def test_crlf_and_empty_scans() -> None:
    framer = ScanFramer(SERIAL, lambda: AT)
    assert [e.raw for e in framer.feed("A1\r\nB2\r\n\r\n")] == ["A1", "B2"]
    assert framer.pending == "\n"
    assert [e.raw for e in framer.feed("C3\r")] == ["C3"]


def test_reset_forgets_half_a_scan_so_it_is_never_glued_to_the_next() -> None:
    framer = ScanFramer(SERIAL, lambda: AT)
    framer.feed("0109501")
    assert framer.reset() == "0109501"
    assert [e.raw for e in framer.feed("M:M01\r")] == ["M:M01"]


def test_a_runaway_stream_is_cut() -> None:
    framer = ScanFramer(SERIAL, lambda: AT)
    events = framer.feed("9" * (MAX_PENDING_CHARS + 1))
    assert [len(e.raw) for e in events] == [MAX_PENDING_CHARS + 1] and framer.pending == ""


def test_prefix_and_gs_substitute() -> None:
    config = ScannerConfig(id="x", kind=ScannerKind.SERIAL, port="loop://", prefix="\x02", gs_substitute="#")
    events = ScanFramer(config, lambda: AT).feed("\x02]C10109501101530003#10A\r")
    assert [(e.aim, e.raw) for e in events] == [("]C1", f"0109501101530003{GS}10A")]
