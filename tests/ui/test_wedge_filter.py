"""The keyboard-wedge event filter with real QKeyEvents into a focused QLineEdit and a hand-moved clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from floorstation.devices.scanner_config import DEFAULT_WEDGE
from floorstation.domain.scanning import GS, ScanEvent
from floorstation.ui.wedge_filter import WedgeFilter

AT = datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))
SCANNER_MS = 4
PERSON_MS = 150


class Clock:
    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t

    def advance(self, ms: float) -> None:
        self.t += ms / 1000


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for name in ("quantity", "note"):
        edit = QLineEdit(window)
        edit.setObjectName(name)
        layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def edit(window: QWidget) -> QLineEdit:
    edit = window.findChild(QLineEdit, "quantity")
    assert edit is not None
    edit.setFocus()
    return edit


@pytest.fixture
def wedge(qapp: QApplication, clock: Clock) -> Iterator[WedgeFilter]:
    wedge = WedgeFilter(DEFAULT_WEDGE, clock=clock, wall=lambda: AT)
    qapp.installEventFilter(wedge)
    yield wedge
    wedge.flush()
    qapp.removeEventFilter(wedge)


class Scans:
    def __init__(self, wedge: WedgeFilter) -> None:
        self.got: list[ScanEvent] = []
        wedge.scan_received.connect(self.got.append)


def press(widget: QWidget, clock: Clock, text: str, gap_ms: float) -> None:
    for ch in text:
        clock.advance(gap_ms)
        if ch == "\r":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.keyClick(widget, ch)


def ctrl(widget: QWidget, clock: Clock, key: Qt.Key, gap_ms: float = SCANNER_MS) -> None:
    clock.advance(gap_ms)
    QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def settle(wedge: WedgeFilter, clock: Clock) -> None:
    clock.advance(100)
    wedge.poll()


def test_a_scanner_burst_becomes_one_scan_and_never_types_into_the_field(
    edit: QLineEdit, wedge: WedgeFilter, clock: Clock
) -> None:
    scans = Scans(wedge)
    press(edit, clock, "M:M01\r", SCANNER_MS)
    assert [(s.raw, s.aim, s.source, s.at) for s in scans.got] == [("M:M01", None, "wedge:wedge", AT)]
    assert edit.text() == ""
    assert not wedge.holding


def test_typing_goes_through_to_the_field(edit: QLineEdit, wedge: WedgeFilter, clock: Clock) -> None:
    scans = Scans(wedge)
    press(edit, clock, "1250", PERSON_MS)
    settle(wedge, clock)
    assert edit.text() == "1250"
    assert scans.got == []


def test_typed_enter_still_reaches_the_field(qtbot: QtBot, edit: QLineEdit, wedge: WedgeFilter, clock: Clock) -> None:
    press(edit, clock, "12", PERSON_MS)
    with qtbot.waitSignal(edit.returnPressed, timeout=1000):
        press(edit, clock, "\r", PERSON_MS)
    assert edit.text() == "12"


def test_gs_as_ctrl_bracket_survives_a_qlineedit_focus(edit: QLineEdit, wedge: WedgeFilter, clock: Clock) -> None:
    scans = Scans(wedge)
    press(edit, clock, "]C10105901234000017", SCANNER_MS)
    press(edit, clock, "10SUP-1", SCANNER_MS)
    ctrl(edit, clock, Qt.Key.Key_BracketRight)
    press(edit, clock, "17281231\r", SCANNER_MS)
    assert [(s.aim, s.raw) for s in scans.got] == [("]C1", f"010590123400001710SUP-1{GS}17281231")]
    assert edit.text() == ""


def test_a_fast_burst_below_min_length_is_typing(edit: QLineEdit, wedge: WedgeFilter, clock: Clock) -> None:
    scans = Scans(wedge)
    press(edit, clock, "42\r", SCANNER_MS)
    assert scans.got == []
    assert edit.text() == "42"


def test_a_scan_in_the_middle_of_typing_leaves_the_typing_alone(
    edit: QLineEdit, wedge: WedgeFilter, clock: Clock
) -> None:
    scans = Scans(wedge)
    press(edit, clock, "12", PERSON_MS)
    clock.advance(PERSON_MS)
    press(edit, clock, "B:B1001\r", SCANNER_MS)
    press(edit, clock, "5", PERSON_MS)
    settle(wedge, clock)
    assert edit.text() == "125"
    assert [s.raw for s in scans.got] == ["B:B1001"]


def test_a_scan_works_whatever_widget_has_focus(window: QWidget, wedge: WedgeFilter, clock: Clock) -> None:
    scans = Scans(wedge)
    note = window.findChild(QLineEdit, "note")
    assert note is not None
    note.setFocus()
    press(note, clock, "T:304/2023-10\r", SCANNER_MS)
    press(window, clock, "M:M02\r", SCANNER_MS)
    assert [s.raw for s in scans.got] == ["T:304/2023-10", "M:M02"]
    assert note.text() == ""


def test_ctrl_bracket_in_a_scan_does_not_fire_a_shortcut(
    window: QWidget, edit: QLineEdit, wedge: WedgeFilter, clock: Clock
) -> None:
    fired: list[bool] = []
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+]"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    scans = Scans(wedge)
    press(edit, clock, "0105901234000017" + "10A", SCANNER_MS)
    ctrl(edit, clock, Qt.Key.Key_BracketRight)
    press(edit, clock, "17281231\r", SCANNER_MS)
    assert [s.raw for s in scans.got] == [f"010590123400001710A{GS}17281231"]
    assert fired == []


def test_held_keys_come_back_on_the_timer(qtbot: QtBot, qapp: QApplication, edit: QLineEdit) -> None:
    wedge = WedgeFilter(DEFAULT_WEDGE)  # the real clock: the QTimer settles the held key
    qapp.installEventFilter(wedge)
    try:
        QTest.keyClick(edit, "7")
        assert edit.text() == ""  # held for one gap
        qtbot.waitUntil(lambda: edit.text() == "7", timeout=1000)
        assert not wedge.holding
    finally:
        qapp.removeEventFilter(wedge)


def test_a_persons_shortcut_reaches_the_field(edit: QLineEdit, wedge: WedgeFilter, clock: Clock) -> None:
    edit.setText("abc")
    edit.selectAll()
    ctrl(edit, clock, Qt.Key.Key_X, PERSON_MS)  # Ctrl+X: cut
    assert edit.text() == ""


def test_a_held_down_key_repeats_at_once(edit: QLineEdit, wedge: WedgeFilter, clock: Clock) -> None:
    clock.advance(PERSON_MS)
    QTest.keyPress(edit, "z")
    assert edit.text() == ""  # the first press is held for one gap
    clock.advance(500)
    QApplication.sendEvent(
        edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z, Qt.KeyboardModifier.NoModifier, "z", True)
    )
    assert edit.text() == "zz"  # auto-repeat is a person: what was held comes back, the repeat goes through
    assert not wedge.holding


def test_a_burst_the_terminal_gets_to_late_is_still_one_scan(qapp: QApplication, edit: QLineEdit) -> None:
    """Under load the GUI thread gets to a burst's keys with pauses the scanner never made: the keys' own X
    timestamps say they came 4 ms apart, so each burst is one scan and nothing is typed into the field."""
    from tests.ui.keys import Keys

    keys = Keys()
    qapp.installEventFilter(keys.wedge)
    try:
        for n, late in enumerate((60.0, 120.0, 45.0, 300.0)):
            keys.scan("LOT-4711", late_ms={1 + n: late})
        keys.quiet()
    finally:
        qapp.removeEventFilter(keys.wedge)
    assert [s.raw for s in keys.scans] == ["LOT-4711"] * 4
    assert edit.text() == ""


def test_keys_queued_when_the_quiet_timer_fires_still_finish_the_burst(qapp: QApplication, edit: QLineEdit) -> None:
    """The quiet timer fires while the rest of the burst waits in the queue: the burst is not quiet yet."""
    from tests.ui.keys import Keys

    keys = Keys()
    qapp.installEventFilter(keys.wedge)
    try:
        strokes = list(keys.strokes("LOT-4711\r", SCANNER_MS))
        for event in strokes[:4]:
            QApplication.sendEvent(edit, event)
        keys.t += 0.5  # the terminal was busy; meanwhile the rest of the keys arrived and wait in the queue
        for event in strokes[4:]:
            QApplication.postEvent(edit, event)
        keys.wedge._timer.timeout.emit()  # the timer fires before the queue is handled
        keys.quiet()
    finally:
        qapp.removeEventFilter(keys.wedge)
    assert [s.raw for s in keys.scans] == ["LOT-4711"]
    assert edit.text() == ""
