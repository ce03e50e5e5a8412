"""Scans through the real keyboard-wedge event filter at a running terminal: nothing takes over the screen, no scan
is lost, every scan is answered, and a plugged-in keyboard types into the PIN, quantity and note fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.domain.scanning import GS
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from floorstation.ui.screens.refusal import RefusalPanel
from floorstation.ui.widgets.keyboard import SHIFT, Keyboard
from tests.ui.conftest import MakeWindow
from tests.ui.keys import Keys
from tests.ui.terminal import events, of_type, open_task, payload, settle, sign_in, tap, used

CAP_28 = "05901234000017"
LABEL = f"]C101{CAP_28}17281231{GS}10SUP-7001{GS}30500"


@pytest.fixture
def beeps() -> list[None]:
    return []


@pytest.fixture
def window(make_window: MakeWindow, beeps: list[None]) -> MainWindow:
    return make_window(beep=lambda: beeps.append(None))


@pytest.fixture
def keys(qapp: QApplication, window: MainWindow, qtbot: QtBot) -> Iterator[Keys]:
    keys = Keys()
    keys.wedge.scan_received.connect(window.on_scan_received)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qapp.installEventFilter(keys.wedge)
    yield keys
    keys.wedge.flush()
    qapp.removeEventFilter(keys.wedge)


def scanned(qtbot: QtBot, window: MainWindow, keys: Keys, code: str, **options: dict[int, float]) -> None:
    keys.scan(code, **options)
    settle(qtbot, window)


def half_signed_override(qtbot: QtBot, window: MainWindow, keys: Keys) -> RefusalPanel:
    """Anna's task runs; an expired lot is refused; the shift lead Marta picks her name and the reason and has
    typed half her PIN."""
    scanned(qtbot, window, keys, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scanned(qtbot, window, keys, "PP-2312")  # expired
    panel = window.overlay.panel
    assert isinstance(panel, RefusalPanel)
    tap(qtbot, window, panel.override_button)
    tap(qtbot, window, panel.lead_buttons["B2001"])
    tap(qtbot, window, panel.reasons.button("supplier_confirmed"))
    tap(qtbot, window, panel.pin.keypad.key("3"))
    tap(qtbot, window, panel.pin.keypad.key("3"))
    return panel


def test_a_label_read_during_a_half_signed_override_leaves_the_override_alone(
    qtbot: QtBot, window: MainWindow, keys: Keys, station: bootstrap.Station
) -> None:
    panel = half_signed_override(qtbot, window, keys)
    received_before = len(of_type(station, "lot.received"))

    scanned(qtbot, window, keys, LABEL)  # the camera on the bench, or a scanner, reads a supplier's label

    assert window.overlay.isVisible() and window.overlay.panel is panel
    assert panel.pin.keypad.value() == "33"  # the half-typed PIN is still there, the keys where they were
    assert not any(isinstance(w, GoodsInPanel) for w in window.findChildren(GoodsInPanel) if w.isVisible())
    assert window.toast.isVisible() and "kept for goods in" in window.toast.text()
    assert window.kept_labels.labels and window.kept_labels.labels[0].gs1 is not None
    assert len(of_type(station, "lot.received")) == received_before

    # Marta finishes her PIN; the override and the consumption are recorded.
    tap(qtbot, window, panel.pin.keypad.key("3"))
    tap(qtbot, window, panel.pin.keypad.key("3"))
    tap(qtbot, window, panel.pin.keypad.accept_button)
    used(qtbot, window)  # signed: now the quantity used is asked
    assert not window.overlay.isVisible()
    override, _signed, consumed = events(station)[-3:]
    assert (override.type, consumed.type, payload(consumed)["input_lot"]) == (
        "rule.overridden",
        "lot.consumed",
        "PP-2312",
    )

    # The kept label waits below the screen until someone asks; its count is offered, never filled in.
    tap(qtbot, window, window.kept_labels)
    goods_in = window.overlay.panel
    assert isinstance(goods_in, GoodsInPanel)
    assert goods_in.keypad.value() == "" and not goods_in.receive_button.isEnabled()
    assert "500" in goods_in.use_count_button.text()


def test_a_lot_scanned_during_a_signature_is_refused_with_why_and_the_signature_stays(
    qtbot: QtBot, window: MainWindow, keys: Keys
) -> None:
    panel = half_signed_override(qtbot, window, keys)
    scanned(qtbot, window, keys, "MB-0501")
    assert window.overlay.panel is panel and panel.pin.keypad.value() == "33"
    assert "finish or cancel what is open first" in window.toast.text()
    assert "MB-0501" in window.banner.text()


def test_a_plugged_in_keyboard_types_the_pin(
    qtbot: QtBot, window: MainWindow, keys: Keys, station: bootstrap.Station
) -> None:
    panel = half_signed_override(qtbot, window, keys)
    assert QApplication.focusWidget() is panel.pin.keypad  # tapping names and reasons did not take the focus
    keys.person("\b\b3333")
    assert panel.pin.keypad.value() == "3333"
    keys.person("\r")
    settle(qtbot, window)
    used(qtbot, window)  # signed: now the quantity used is asked
    assert not window.overlay.isVisible()
    assert of_type(station, "lot.consumed")[-1].operator_id == "anna"


def test_a_plugged_in_keyboard_types_notes_and_the_screen_keyboard_has_lower_case_and_polish_letters(
    qtbot: QtBot, window: MainWindow, keys: Keys
) -> None:
    sign_in(qtbot, window, "B1001")
    tap(qtbot, window, window.nav["trace"])
    tap(qtbot, window, window.trace.code_button)
    keyboard = window.overlay.panel
    assert isinstance(keyboard, Keyboard)
    for letter in "ĄĆĘŁŃÓŚŹŻ":
        assert keyboard.key(letter).isVisible()
    tap(qtbot, window, keyboard.key("Ż"))
    tap(qtbot, window, keyboard.key(SHIFT))
    assert keyboard.key("Ó").text() == "ó"
    tap(qtbot, window, keyboard.key("Ó"))
    tap(qtbot, window, keyboard.key("Ł"))
    assert keyboard.value() == "Żół"

    keys.person("\b\b\bPP-2312")
    assert keyboard.value() == "PP-2312"


def test_every_scan_beeps_and_shows_what_was_read_and_a_refused_one_says_why(
    qtbot: QtBot, window: MainWindow, keys: Keys, beeps: list[None]
) -> None:
    scanned(qtbot, window, keys, "B1001")
    assert len(beeps) == 1
    assert window.toast.isVisible() and window.toast.text() == "Read: B1001"

    scanned(qtbot, window, keys, "NOPE-4711")
    assert len(beeps) == 3  # the read, then the refusal
    assert "NOPE-4711" in window.toast.text() and "not a code this station knows" in window.toast.text()
    assert window.banner.text().startswith("Scan not recognised")

    scanned(qtbot, window, keys, "ŁÓDŹ-1234")  # a scanner whose keyboard country does not match the PC
    assert "ŁÓŹ" in window.toast.text() and "keyboard" in window.toast.text()


def test_no_scan_is_lost_when_the_terminal_gets_to_the_keys_late(qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    """The machine is busy: the terminal gets to the burst's keys with a 90 ms pause in the middle that the scanner
    never made (the keys' own timestamps are 4 ms apart)."""
    tap(qtbot, window, window.nav["trace"])
    tap(qtbot, window, window.trace.code_button)
    keyboard = window.overlay.panel
    assert isinstance(keyboard, Keyboard)
    for n in range(10):
        keys.scan("B1001", late_ms={3: 90.0})
        assert len(keys.scans) == n + 1
    assert keyboard.value() == ""  # nothing of the bursts typed into the open field
    assert [s.raw for s in keys.scans] == ["B1001"] * 10


def test_keys_already_queued_when_the_quiet_timer_fires_finish_the_burst(
    qtbot: QtBot, window: MainWindow, keys: Keys
) -> None:
    """The quiet timer fires while the rest of the burst waits in the queue: the burst is not quiet."""
    strokes = list(keys.strokes("B1001\r", 4))
    target = keys.target()
    for event in strokes[:3]:
        QApplication.sendEvent(target, event)
    keys.t += 0.5  # the terminal was busy; the rest of the keys arrived meanwhile and wait
    for event in strokes[3:]:
        QApplication.postEvent(target, event)
    keys.wedge._timer.timeout.emit()  # the timer fires before the queue is handled
    assert [s.raw for s in keys.scans] == ["B1001"]
    settle(qtbot, window)
    assert window.terminal.active == "anna"


def test_typing_with_no_field_open_is_not_dropped_without_a_word(qtbot: QtBot, window: MainWindow, keys: Keys) -> None:
    window.setFocus()
    keys.person("1250")
    qtbot.waitUntil(lambda: "1250" in window.banner.text())
    assert "no field is open" in window.banner.text() and window.toast.isVisible()
