"""Signing in by badge (scan) and by name and PIN (keypad taps), signing out, and idle sign-out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import tasks
from floorstation.ui.main_window import MainWindow
from floorstation.ui.widgets.pin_entry import PinEntry
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import TASK, events, of_type, payload, scan, settle, tap, type_keys


def test_a_badge_scan_signs_in_and_the_operator_acts_from_then_on(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    scan(qtbot, window, "B1001")

    assert window.terminal.active == "anna"
    assert window.status_bar.chip("anna").isChecked()
    assert "Anna Nowak: signed in" in window.banner.text()
    assert window.current() is window.home
    [signed] = of_type(station, "operator.signed_in")
    assert signed.operator_id == "anna"
    assert payload(signed)["method"] == "badge"


def test_a_badge_scan_shows_the_person_signed_in_everywhere_at_once(qtbot: QtBot, window: MainWindow) -> None:
    """The message line and the status bar's names change together: the scan's one trip to the database brings
    the station as it is after the sign-in, not a second read after it."""
    seen: list[tuple[str, list[str]]] = []
    window.terminal.message.connect(
        lambda text, *_: seen.append(
            (text, [o.id for o in window.terminal.view.signed_in] if window.terminal.view else [])
        )
    )
    scan(qtbot, window, "B1001")

    said = [names for text, names in seen if "signed in" in text]
    assert said == [["anna"]]


def test_a_keyboard_wedge_scan_signs_in_whatever_has_focus(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, station: bootstrap.Station
) -> None:
    from floorstation.devices.scanner_config import DEFAULT_WEDGE
    from floorstation.ui.wedge_filter import WedgeFilter

    wedge = WedgeFilter(DEFAULT_WEDGE, parent=window)
    wedge.scan_received.connect(window.on_scan_received)
    qapp.installEventFilter(wedge)
    try:
        with qtbot.waitSignal(wedge.scan_received, timeout=2000):
            qtbot.keyClicks(window.trace.code_button, "B1002")
            qtbot.keyClick(window.trace.code_button, Qt.Key.Key_Return)
        settle(qtbot, window)
    finally:
        qapp.removeEventFilter(wedge)

    assert window.terminal.active == "piotr"
    assert [e.operator_id for e in of_type(station, "operator.signed_in")] == ["piotr"]


def test_a_name_and_pin_on_the_keypad_sign_in(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    tap(qtbot, window, window.sign_in.name_buttons["piotr"])
    entry = window.overlay.panel
    assert isinstance(entry, PinEntry)
    assert "Piotr" in window.overlay.title.text()

    type_keys(qtbot, window, entry.keypad, "2222")
    assert entry.keypad.display.text() == "●●●●"
    tap(qtbot, window, entry.keypad.accept_button)

    assert not window.overlay.isVisible()
    assert window.terminal.active == "piotr"
    [signed] = of_type(station, "operator.signed_in")
    assert (signed.operator_id, payload(signed)["method"]) == ("piotr", "pin")


def test_a_wrong_pin_says_so_and_records_nothing(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    tap(qtbot, window, window.sign_in.name_buttons["piotr"])
    entry = window.overlay.panel
    assert isinstance(entry, PinEntry)
    type_keys(qtbot, window, entry.keypad, "1234")
    tap(qtbot, window, entry.keypad.accept_button)

    assert window.overlay.isVisible()
    assert "Wrong PIN for Piotr" in entry.error.text()
    assert "Type your PIN again" in entry.error.text()
    assert entry.keypad.value() == ""
    assert events(station) == []
    assert window.terminal.active is None


def test_several_operators_sign_in_and_one_signs_out(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    for badge in ("B1001", "B1002", "B2001"):
        scan(qtbot, window, badge)
    assert window.terminal.active == "marta"
    tap(qtbot, window, window.status_bar.chip("anna"))
    assert window.terminal.active == "anna"

    tap(qtbot, window, window.nav["sign_in"])
    tap(qtbot, window, window.sign_in.sign_out_buttons["anna"])

    assert window.terminal.active is None
    assert sorted(window.sign_in.sign_out_buttons) == ["marta", "piotr"]
    [left] = of_type(station, "operator.signed_out")
    assert (left.operator_id, payload(left)["reason"]) == ("anna", "manual")


def test_idle_terminal_signs_out_everyone_not_working_on_a_task(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    window = make_window()
    scan(qtbot, window, "B1001")
    scan(qtbot, window, "B2001")
    tasks.start_task(station.ctx, TASK, "marta")
    window.idle.set_seconds(0.3)  # from now: on a busy machine a scan alone may take longer than that

    qtbot.waitUntil(lambda: bool(of_type(station, "operator.signed_out")), timeout=5000)
    settle(qtbot, window)

    [left] = of_type(station, "operator.signed_out")
    assert (left.operator_id, payload(left)["reason"]) == ("anna", "idle")
    assert window.terminal.active is None
    assert window.current() is window.sign_in
    assert list(window.sign_in.sign_out_buttons) == ["marta"]
    assert "Signed out after no one touched the terminal: Anna Nowak." in window.banner.text()
