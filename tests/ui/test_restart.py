"""After a restart (a crash, a power cut) on the same data folder, people find the terminal as they left it, or
are told in one line what to do."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.runtime import Runtime
from floorstation.ui.main_window import MainWindow
from tests.conftest import ManualClock
from tests.ui.conftest import runtime_for
from tests.ui.terminal import TASK, open_task, settle, sign_in, tap

_RUNNING: dict[int, Runtime] = {}
"""Each window's runtime (stopped with it, as a crash stops everything)."""


def _terminal(qtbot: QtBot, station: bootstrap.Station) -> MainWindow:
    runtime, handle = runtime_for(station, {})
    window = MainWindow(handle, idle_seconds=0)
    _RUNNING[id(window)] = runtime
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot, window)
    return window


def _stop(window: MainWindow) -> None:
    window.shutdown()
    _RUNNING.pop(id(window)).stop()


def _restart(qtbot: QtBot, window: MainWindow, station: bootstrap.Station, clock: ManualClock) -> tuple:  # type: ignore[type-arg]
    """What a crash leaves: the window and the database handles gone, the data folder as it was on disk."""
    _stop(window)
    window.hide()
    root = station.root
    station.close()
    again = bootstrap.build(Path(root), clock=clock)
    return again, _terminal(qtbot, again)


def test_after_a_restart_the_one_person_signed_in_is_back_on_their_task(
    qtbot: QtBot, station_dir: Path, clock: ManualClock
) -> None:
    station = bootstrap.build(station_dir, clock=clock)
    window = _terminal(qtbot, station)
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)

    station, window = _restart(qtbot, window, station, clock)
    try:
        assert window.terminal.active == "anna"
        assert window.current() is window.task and window.task.task_id == TASK
        assert window.task.chip.text() == "RUNNING"
        assert window.banner.text() == f"Back after a restart: Anna Nowak, your task {TASK} is open."
    finally:
        _stop(window)
        station.close()


def test_after_a_restart_with_several_people_signed_in_one_line_says_what_to_do(
    qtbot: QtBot, station_dir: Path, clock: ManualClock
) -> None:
    station = bootstrap.build(station_dir, clock=clock)
    window = _terminal(qtbot, station)
    sign_in(qtbot, window, "B1001")
    sign_in(qtbot, window, "B1002")

    station, window = _restart(qtbot, window, station, clock)
    try:
        assert window.terminal.active is None
        assert window.banner.text() == (
            "Still signed in after the restart: Anna, Piotr. Tap your name at the top to act, then open your task."
        )
    finally:
        _stop(window)
        station.close()


def test_after_a_restart_the_person_back_on_their_task_still_acts_once_the_screen_reads_the_station_again(
    qtbot: QtBot, station_dir: Path, clock: ManualClock
) -> None:
    station = bootstrap.build(station_dir, clock=clock)
    window = _terminal(qtbot, station)
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)

    station, window = _restart(qtbot, window, station, clock)
    try:
        window.refresh()  # the terminal reads the station again every few seconds
        settle(qtbot, window)
        assert window.terminal.active == "anna"
        assert window.status_bar.chip("anna").isChecked()
        tap(qtbot, window, window.task.pause_button)
        assert window.overlay.isVisible(), "Anna pauses her task without being asked for her badge first"
    finally:
        _stop(window)
        station.close()
