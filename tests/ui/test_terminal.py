"""What is always on screen (sync state, device health), where scans go, the database thread, and the kiosk."""

from __future__ import annotations

import dataclasses
import threading

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app.context import StationContext
from floorstation.app.status import LocalSync
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.ports import UnitOfWork
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.admin_close import AdminClosePanel
from tests.ui.conftest import MakeWindow, runtime_for
from tests.ui.terminal import TASK, events, open_task, scan, settle, sign_in, tap, type_keys


def test_offline_with_the_count_of_events_no_server_has_acknowledged(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    assert window.status_bar.sync_label.text() == "offline"
    for badge in ("B1001", "B1002"):
        scan(qtbot, window, badge)

    window.refresh()
    settle(qtbot, window)

    assert len(events(station)) == 2
    assert window.status_bar.sync_label.text() == "offline · 2 to send"
    assert window.status_bar.sync_label.toolTip() == "No sync worker is running."


def test_devices_nobody_reports_are_not_configured_never_ok(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert window.status_bar.devices_label.text().count("not configured") == 3

    reports = [
        DeviceStatus("label", "printer", DeviceState.ERROR, "paper out"),
        DeviceStatus("dock", "serial", DeviceState.CONNECTED, "dock"),
    ]
    window = make_window(device_status=lambda: reports, sync_status=lambda: LocalSync(0, online=True))
    text = window.status_bar.devices_label.text()
    assert "Scanner: <span style='color:#7fd08f'>ready</span>" in text
    assert "Scanner: ready (dock)" in window.status_bar.devices_label.toolTip()
    assert "Camera: <span style='color:#aab4bf'>not configured</span>" in text
    assert "Printer: <span style='color:#ff8a80'>error (paper out)</span>" in text
    assert window.status_bar.sync_label.text() == "online"


def test_a_machine_code_switches_the_terminal_to_that_machine(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window, window.nav["trace"])
    scan(qtbot, window, "M:M03")  # a machine label

    assert window.current() is window.home
    assert window.status_bar.machine_chip.text() == "M03 · IDLE"
    assert window.status_bar.machine_name.text() == "Packing line"
    assert list(window.home.cards) == ["306/2023-10"]


def test_an_unknown_code_is_explained_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    scan(qtbot, window, "HELLO-WORLD")

    assert window.banner.text().startswith("Scan not recognised: 'HELLO-WORLD'")
    assert window.banner.property("level") == "error"
    assert events(station) == []


def test_a_lot_scanned_with_no_task_running_opens_its_trace(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "B1001")
    scan(qtbot, window, "MB-0502")

    assert window.current() is window.trace
    assert window.trace.code == "MB-0502"


def test_every_database_call_runs_on_the_one_database_thread(
    qtbot: QtBot, station: bootstrap.Station, make_window: MakeWindow
) -> None:
    threads: set[str] = set()
    opened = station.ctx.uow

    def watched() -> UnitOfWork:
        threads.add(threading.current_thread().name)
        return opened()

    ctx: StationContext = dataclasses.replace(station.ctx, uow=watched)
    station_view = dataclasses.replace(station, ctx=ctx)
    runtime, handle = runtime_for(station_view, {})
    window = MainWindow(handle, idle_seconds=0)
    qtbot.addWidget(window)
    window.show()
    try:
        settle(qtbot, window)
        sign_in(qtbot, window, "B1001")
        open_task(qtbot, window)
        tap(qtbot, window, window.task.start_button)
        scan(qtbot, window, "PP-2401")
    finally:
        window.shutdown()
        runtime.stop()

    assert threads, "nothing was read or written"
    assert {name.rsplit("_", 1)[0] for name in threads} == {"station-db"}
    assert threading.current_thread().name not in threads
    assert window.task.task_id == TASK


def test_the_kiosk_closes_only_with_an_admin_pin(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(kiosk=True)

    window.close()  # Alt+F4, or the window manager
    assert window.isVisible()
    panel = window.overlay.panel
    assert isinstance(panel, AdminClosePanel)

    tap(qtbot, window, panel.buttons["B9001"])
    type_keys(qtbot, window, panel.pin.keypad, "1111")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert window.isVisible()
    assert "Wrong PIN for Station admin" in panel.pin.error.text()

    scan(qtbot, window, "B1001")  # an operator's badge on the close panel: she is no admin
    type_keys(qtbot, window, panel.pin.keypad, "1111")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert window.isVisible()
    assert "needs the admin role" in panel.pin.error.text()

    tap(qtbot, window, panel.buttons["B9001"])
    type_keys(qtbot, window, panel.pin.keypad, "9999")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_background_work_waits_for_the_first_reading_on_screen(qtbot: QtBot, make_window: MakeWindow) -> None:
    from floorstation.ui import application

    window = make_window()
    calls: list[int] = []
    application._after_first_screen(window, lambda: calls.append(1), after_ms=0, at_latest_ms=60_000)
    assert calls == []

    window.refresh()
    qtbot.waitUntil(lambda: calls == [1])
    window.refresh()
    settle(qtbot, window)
    assert calls == [1]
