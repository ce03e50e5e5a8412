"""Counts on the real task screen: two interim counts (scrap by reason, rework), "Stop for now" with a note for the
next shift, the next operator reads the note and carries on, then "Operation finished" takes the task off the
machine's queue."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.count_panels import CountPanel, HandoverPanel
from floorstation.ui.screens.task_panels import StopPanel
from floorstation.ui.widgets.keyboard import Keyboard
from tests.ui.terminal import TASK, of_type, open_task, payload, scan, sign_in, tap, type_keys


def _count(qtbot: QtBot, window: MainWindow, entries: dict[str, str]) -> None:
    tap(qtbot, window, window.task.count_button)
    panel = window.overlay.panel
    assert isinstance(panel, CountPanel)
    for field, qty in entries.items():
        button = {"good": panel.good_button, "rework": panel.rework_button}.get(field) or panel.scrap_buttons[field]
        tap(qtbot, window, button)
        type_keys(qtbot, window, panel.keypad, qty)
    tap(qtbot, window, panel.keypad.accept_button)
    assert not window.overlay.isVisible()


def test_count_twice_stop_for_now_note_next_operator_resumes_and_finishes(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")  # Anna
    open_task(qtbot, window)
    screen = window.task
    assert not screen.count_button.isEnabled()  # nothing to count before Start
    tap(qtbot, window, screen.start_button)

    tap(qtbot, window, screen.count_button)
    empty = window.overlay.panel
    assert isinstance(empty, CountPanel)
    tap(qtbot, window, empty.keypad.accept_button)
    assert "Type a quantity first" in empty.error.text()  # nothing recorded
    tap(qtbot, window, window.overlay.cancel_button)
    assert not of_type(station, "task.counted")

    _count(qtbot, window, {"good": "400", "flash": "3", "short_shot": "2"})
    assert "Counted: 400 good, 5 scrap, 0 rework." in window.banner.text()
    _count(qtbot, window, {"good": "150", "rework": "4"})
    first, second = (payload(e) for e in of_type(station, "task.counted"))
    assert first["scrap"] == [{"reason": "flash", "qty": "3"}, {"reason": "short_shot", "qty": "2"}]
    assert (second["good_qty"], second["rework_qty"]) == ("150", "4")
    assert "done 550 / 20000 pcs · scrap 5 · rework 4" in screen.info.text()

    tap(qtbot, window, screen.stop_button)
    stop = window.overlay.panel
    assert isinstance(stop, StopPanel)
    assert stop.keypad.accept_button.text() == "Stop for now"
    tap(qtbot, window, stop.keypad.accept_button)  # everything was counted already
    assert payload(of_type(station, "task.stopped")[-1])["finished"] is False
    assert screen.chip.text() == "IDLE"
    note = window.overlay.panel
    assert isinstance(note, Keyboard), "no note offered after Stop for now"
    note.type_text("Feeder 2 jams")
    tap(qtbot, window, note.accept_button)
    assert payload(of_type(station, "handover.noted")[-1])["note"] == "Feeder 2 jams"
    assert not window.overlay.isVisible()  # not shown again to the person who wrote it

    scan(qtbot, window, "B1002")  # Piotr takes over
    assert window.terminal.active == "piotr"
    assert "A note from the previous shift is waiting" in window.banner.text()
    tap(qtbot, window, window.nav["home"])
    assert "a note from the previous shift waits" in window.home.cards[TASK].schedule.text()
    open_task(qtbot, window)
    shown = window.overlay.panel
    assert isinstance(shown, HandoverPanel), "the note is not shown to the next operator"
    assert [label.text() for label in shown.labels] == ["Feeder 2 jams"]
    tap(qtbot, window, shown.read_button)
    assert of_type(station, "handover.acknowledged")[-1].operator_id == "piotr"
    assert not window.overlay.isVisible()
    tap(qtbot, window, window.nav["home"])
    assert "note" not in window.home.cards[TASK].schedule.text()  # read: no longer waiting
    tap(qtbot, window, window.home.cards[TASK].open_button)
    assert not window.overlay.isVisible()

    tap(qtbot, window, screen.start_button)  # another operator resumes the same task
    started = of_type(station, "task.started")[-1]
    assert (started.operator_id, payload(started)["joined"]) == ("piotr", False)
    assert len(of_type(station, "lot.produced")) == 1  # same production lot
    tap(qtbot, window, screen.stop_button)
    stop = window.overlay.panel
    assert isinstance(stop, StopPanel)
    tap(qtbot, window, stop.good_button)
    type_keys(qtbot, window, stop.keypad, "50")
    tap(qtbot, window, stop.finished_button)
    assert payload(of_type(station, "task.stopped")[-1])["finished"] is True
    assert "Operation finished: 50 good, 0 scrap." in window.banner.text()
    assert not window.overlay.isVisible()  # no note asked when the operation is done
    tap(qtbot, window, window.nav["home"])
    assert TASK not in window.home.cards  # left the machine's queue
