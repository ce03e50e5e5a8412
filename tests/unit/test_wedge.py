"""The keyboard-wedge assembler with an injected clock: a burst is a scan, typing is given back untouched."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from floorstation.devices.scanner_config import ScannerConfig
from floorstation.devices.wedge import KeyStroke, WedgeAssembler, WedgeOutput
from floorstation.domain.scanning import GS, ScanEvent

AT = datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))
SCANNER_MS = 4  # a USB scanner: a few ms between keys
PERSON_MS = 150  # a person: 100 ms or more


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, ms: float) -> None:
        self.t += ms / 1000


class Wedge:
    """An assembler plus what came out of it so far."""

    def __init__(self, **config: object) -> None:
        self.clock = Clock()
        self.assembler = WedgeAssembler(ScannerConfig(id="front", **config), clock=self.clock, wall=lambda: AT)  # type: ignore[arg-type]
        self.released: list[str] = []
        self.scans: list[ScanEvent] = []

    def take(self, out: WedgeOutput) -> None:
        self.released.extend(s.text for s in out.release)
        self.scans.extend(out.scans)

    def key(self, text: str, gap_ms: float, **mods: bool) -> None:
        self.clock.advance(gap_ms)
        self.take(self.assembler.press(KeyStroke(text, token=text, **mods)))

    def type(self, text: str, gap_ms: float) -> None:
        for ch in text:
            self.key(ch, gap_ms)

    def settle(self, after_ms: float = 100) -> None:
        self.clock.advance(after_ms)
        self.take(self.assembler.poll())


def test_a_fast_burst_ending_with_the_suffix_is_one_scan_and_nothing_is_typed() -> None:
    w = Wedge()
    w.type("M:M01\r", SCANNER_MS)
    assert [(s.raw, s.aim, s.source, s.at) for s in w.scans] == [("M:M01", None, "wedge:front", AT)]
    assert w.released == []
    assert not w.assembler.holding


def test_slow_typing_is_given_back_in_order_and_is_never_a_scan() -> None:
    w = Wedge()
    w.type("12345\r", PERSON_MS)
    w.settle()
    assert w.scans == []
    assert "".join(w.released) == "12345\r"


def test_each_typed_key_comes_back_one_gap_later_at_the_latest() -> None:
    w = Wedge()
    w.key("7", PERSON_MS)
    assert w.released == [] and w.assembler.deadline == pytest.approx(w.clock.t + 0.030)
    w.clock.advance(31)
    w.take(w.assembler.poll())
    assert w.released == ["7"] and w.assembler.deadline is None


def test_gs_sent_as_ctrl_bracket_survives() -> None:
    w = Wedge()
    w.type("]C10109501101530003", SCANNER_MS)
    w.key("]", SCANNER_MS, ctrl=True)
    w.type("10LOT1\r", SCANNER_MS)
    assert [(s.aim, s.raw) for s in w.scans] == [("]C1", f"0109501101530003{GS}10LOT1")]


@pytest.mark.parametrize(
    ("stroke", "char"),
    [
        (KeyStroke(GS, ctrl=True), GS),  # X11 gives the control character as text
        (KeyStroke(GS), GS),  # a scanner sending the raw character
        (KeyStroke("^", ctrl=True), "\x1e"),
        (KeyStroke("6", ctrl=True), "\x1e"),
        (KeyStroke("D", ctrl=True), "\x04"),
    ],
)
def test_control_characters_from_ctrl_combinations(stroke: KeyStroke, char: str) -> None:
    w = Wedge()
    w.type("AB", SCANNER_MS)
    w.clock.advance(SCANNER_MS)
    w.take(w.assembler.press(stroke))
    w.type("CD\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == [f"AB{char}CD"]


def test_gs_sent_as_alt_0029_on_the_keypad() -> None:
    w = Wedge()
    w.type("0109501101530003", SCANNER_MS)
    for digit in "0029":
        w.key(digit, SCANNER_MS, alt=True, keypad=True)
    w.clock.advance(SCANNER_MS)
    w.take(w.assembler.alt_released())
    w.type("10A\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == [f"0109501101530003{GS}10A"]


def test_an_alt_code_the_system_composed_as_well_is_not_doubled() -> None:
    w = Wedge()
    w.type("AB", SCANNER_MS)
    for digit in "29":
        w.key(digit, SCANNER_MS, alt=True, keypad=True)
    w.take(w.assembler.alt_released())
    w.key(GS, 1)  # Windows delivers the composed character after Alt goes up
    w.type("CD\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == [f"AB{GS}CD"]


def test_an_alt_code_ends_at_the_next_ordinary_key_when_alt_release_is_not_seen() -> None:
    w = Wedge()
    w.type("AB", SCANNER_MS)
    for digit in "0029":
        w.key(digit, SCANNER_MS, alt=True, keypad=True)
    w.type("CD\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == [f"AB{GS}CD"]


def test_a_burst_shorter_than_min_length_is_typing() -> None:
    w = Wedge(min_length=4)
    w.type("123\r", SCANNER_MS)
    assert w.scans == [] and "".join(w.released) == "123\r"
    w.released.clear()
    w.type("1234\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == ["1234"] and w.released == []


def test_enter_alone_is_given_back_at_once() -> None:
    w = Wedge()
    w.key("\r", PERSON_MS)
    assert w.released == ["\r"]


def test_a_pause_inside_a_burst_splits_it_into_typing() -> None:
    w = Wedge()
    w.type("ABC", SCANNER_MS)
    w.type("DEF\r", PERSON_MS)
    assert w.scans == []
    assert "".join(w.released) == "ABCDEF\r"


def test_the_configured_gap_decides() -> None:
    w = Wedge(max_key_gap_ms=80)
    w.type("ABCDE\r", 60)
    assert [s.raw for s in w.scans] == ["ABCDE"]


def test_a_burst_without_the_suffix_is_given_back_when_a_suffix_is_configured() -> None:
    w = Wedge()
    w.type("ABCDEF", SCANNER_MS)
    w.settle()
    assert w.scans == [] and "".join(w.released) == "ABCDEF"


def test_without_a_suffix_a_burst_ends_when_the_keys_stop() -> None:
    w = Wedge(suffix="")
    w.type("ABCDEF", SCANNER_MS)
    assert w.scans == []
    w.settle()
    assert [s.raw for s in w.scans] == ["ABCDEF"] and w.released == []


def test_a_prefix_is_required_and_stripped() -> None:
    w = Wedge(prefix="\x02", suffix="\x03")
    w.type("\x02M:M01\x03", SCANNER_MS)
    assert [s.raw for s in w.scans] == ["M:M01"]
    w.type("M:M02\x03", SCANNER_MS)  # fast, but no prefix: not ours
    assert len(w.scans) == 1
    assert "".join(w.released) == "M:M02\x03"


def test_without_the_prefix_keys_are_given_back_at_the_first_wrong_one() -> None:
    w = Wedge(prefix="]")
    w.key("x", SCANNER_MS)
    assert w.released == ["x"]


def test_aim_prefix_is_split_off() -> None:
    w = Wedge()
    w.type("]d20109501101530003\r", SCANNER_MS)
    assert [(s.aim, s.raw) for s in w.scans] == [("]d2", "0109501101530003")]


def test_a_gs_substitute_becomes_gs() -> None:
    w = Wedge(gs_substitute="#")
    w.type("]C10109501101530003#10A\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == [f"0109501101530003{GS}10A"]


def test_a_shortcut_in_the_middle_gives_everything_back_in_order() -> None:
    w = Wedge()
    w.type("AB", SCANNER_MS)
    w.key("c", SCANNER_MS, ctrl=True)  # Ctrl+C is no scanner's key
    assert w.released == ["A", "B", "c"] and not w.assembler.holding


def test_keys_that_type_nothing_are_given_back() -> None:
    w = Wedge()
    w.key("A", SCANNER_MS)
    w.key("", SCANNER_MS)  # an arrow key
    assert w.released == ["A", ""]


def test_two_scans_back_to_back() -> None:
    w = Wedge()
    w.type("B:B1001\rM:M01\r", SCANNER_MS)
    assert [s.raw for s in w.scans] == ["B:B1001", "M:M01"]


def test_a_10000_character_burst_is_one_scan() -> None:
    w = Wedge()
    w.type("7" * 10_000 + "\r", 1)
    assert [len(s.raw) for s in w.scans] == [10_000]


def test_flush_gives_back_what_is_held() -> None:
    w = Wedge()
    w.type("AB", SCANNER_MS)
    w.take(w.assembler.flush())
    assert w.released == ["A", "B"] and not w.assembler.holding


def test_tokens_come_back_with_their_keys() -> None:
    w = Wedge()
    w.clock.advance(PERSON_MS)
    w.assembler.press(KeyStroke("x", token=("widget", 1)))
    w.clock.advance(PERSON_MS)
    out = w.assembler.poll()
    assert [s.token for s in out.release] == [("widget", 1)]


def test_a_key_the_layout_cannot_name_stays_in_the_burst_and_the_scan_says_so() -> None:
    """Keys X delivered without text (a character the keymap did not have yet) do not split a scanner's burst."""
    from floorstation.devices.wedge import UNREADABLE, KeyStroke, WedgeAssembler

    now = [10.0]
    assembler = WedgeAssembler(clock=lambda: now[0])
    scans = []
    for stroke in [KeyStroke("", unreadable=True), KeyStroke("D"), *(KeyStroke(c) for c in "-12\r")]:
        now[0] += 0.004
        out = assembler.press(stroke)
        assert out.release == ()
        scans.extend(out.scans)
    assert [s.raw for s in scans] == [f"{UNREADABLE}D-12"]


def test_a_burst_at_scanner_speed_waits_for_keys_the_terminal_gets_to_late() -> None:
    """Stamped 4 ms apart, the keys are a scanner's: a late quiet is the terminal's delay, not the end of typing."""
    from floorstation.devices.wedge import BURST_PATIENCE_S, NOTHING, KeyStroke, WedgeAssembler

    now = [10.0]
    assembler = WedgeAssembler(clock=lambda: now[0])
    for n, char in enumerate("LOT-"):
        assert assembler.press(KeyStroke(char, stamp=5.0 + n * 0.004)) == NOTHING
    now[0] += 0.1  # three gaps and more by the clock: nothing more came yet
    assert assembler.poll().release == () and assembler.holding
    out = assembler.press(KeyStroke("7", stamp=5.016))
    out += assembler.press(KeyStroke("\r", stamp=5.020))
    assert [s.raw for s in out.scans] == ["LOT-7"]

    person = WedgeAssembler(clock=lambda: now[0])
    person.press(KeyStroke("1", stamp=9.0))
    typed = person.press(KeyStroke("2", stamp=9.2))  # a person's pace by the stamps: the first key is typing
    assert [s.text for s in typed.release] == ["1"]
    now[0] += BURST_PATIENCE_S
    assert [s.text for s in person.poll().release] == ["2"]
