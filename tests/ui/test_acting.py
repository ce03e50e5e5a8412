"""Who acts: a tap on a signed-in person's name in the status strip makes them act only right after their badge
scan or PIN; later the terminal asks for one, and until then the strip keeps showing who acts."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import tasks
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.acting_proof import ActingProofPanel
from tests.conftest import ManualClock
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import TASK, of_type, payload, scan, settle, tap, type_keys


def _tomasz_then_anna(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    scan(qtbot, window, "B3001")
    scan(qtbot, window, "B1001")
    assert window.terminal.active == "anna"
    clock.advance(120)


def test_a_tap_on_a_name_after_the_window_asks_for_that_persons_badge(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station, clock: ManualClock
) -> None:
    _tomasz_then_anna(qtbot, window, clock)

    tap(qtbot, window, window.status_bar.chip("tomasz"))

    panel = window.overlay.panel
    assert window.overlay.isVisible() and isinstance(panel, ActingProofPanel)
    assert "Tomasz Zieliński: scan your badge, or type your PIN" in panel.pin.prompt.text()
    assert window.terminal.active == "anna"
    assert window.status_bar.chip("anna").isChecked()
    assert not window.status_bar.chip("tomasz").isChecked()

    scan(qtbot, window, "B1001")  # Anna's badge is not Tomasz's proof
    assert "This badge is not Tomasz Zieliński's." in panel.pin.error.text()
    assert window.terminal.active == "anna"

    scan(qtbot, window, "B3001")
    assert not window.overlay.isVisible()
    assert window.terminal.active == "tomasz"
    assert window.status_bar.chip("tomasz").isChecked()
    assert not window.status_bar.chip("anna").isChecked()
    assert "Tomasz Zieliński acts at this terminal now." in window.banner.text()
    assert len(of_type(station, "operator.signed_in")) == 2  # a proof, not a second sign-in


def test_the_pin_proves_the_person_and_a_wrong_one_says_how_many_tries_are_left(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    _tomasz_then_anna(qtbot, window, clock)
    tap(qtbot, window, window.status_bar.chip("tomasz"))
    panel = window.overlay.panel
    assert isinstance(panel, ActingProofPanel)

    type_keys(qtbot, window, panel.pin.keypad, "1111")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert "Wrong PIN for Tomasz Zieliński." in panel.pin.error.text()
    assert "2 more tries" in panel.pin.error.text()
    assert window.terminal.active == "anna"

    type_keys(qtbot, window, panel.pin.keypad, "4444")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert window.terminal.active == "tomasz"
    assert window.status_bar.chip("tomasz").isChecked()


def test_a_tap_right_after_a_badge_scan_switches_without_asking(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    scan(qtbot, window, "B3001")
    scan(qtbot, window, "B1001")
    clock.advance(20)

    tap(qtbot, window, window.status_bar.chip("tomasz"))

    assert not window.overlay.isVisible()
    assert window.terminal.active == "tomasz"
    assert window.status_bar.chip("tomasz").isChecked()


def test_at_the_end_of_a_shift_everyone_is_signed_out_and_nobody_acts(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, clock: ManualClock
) -> None:
    rules = replace(station.ctx.rules, shift_ends=("08:30",))
    window = make_window(ctx=replace(station.ctx, rules=rules), config=replace(station.config, shift_ends=("08:30",)))
    assert window.people_timer.isActive()
    scan(qtbot, window, "B3001")
    scan(qtbot, window, "B1001")
    tasks.start_task(station.ctx, TASK, "tomasz")

    clock.advance(29 * 60)
    window.people_timer.timeout.emit()
    settle(qtbot, window)
    assert of_type(station, "operator.signed_out") == []

    clock.advance(2 * 60)
    window.people_timer.timeout.emit()
    settle(qtbot, window)

    assert sorted((e.operator_id, payload(e)["reason"]) for e in of_type(station, "operator.signed_out")) == [
        ("anna", "shift_end"),
        ("tomasz", "shift_end"),
    ]
    assert window.terminal.active is None
    assert window.current() is window.sign_in
    assert "The shift ended: everyone was signed out." in window.banner.text()


def test_someone_not_seen_for_the_idle_time_is_signed_out_while_another_keeps_working(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, clock: ManualClock
) -> None:
    window = make_window(idle_seconds=600)
    scan(qtbot, window, "B1002")  # Piotr, 08:00, then walks away
    clock.advance(5 * 60)
    scan(qtbot, window, "B1001")  # Anna acts from 08:05 and keeps using the terminal
    for _ in range(3):
        clock.advance(4 * 60)
        tap(qtbot, window, window.nav["trace"])
        window.people_timer.timeout.emit()
        settle(qtbot, window)

    assert [(e.operator_id, payload(e)["reason"]) for e in of_type(station, "operator.signed_out")] == [
        ("piotr", "idle")
    ]
    assert "Signed out after a while without being seen here: Piotr Wiśniewski." in window.banner.text()
    assert window.terminal.active == "anna"
    assert window.status_bar.chip("anna").isChecked()
