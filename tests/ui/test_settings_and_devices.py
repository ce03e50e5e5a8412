"""Device health from the real device registry, live (states and scans from reader threads come through the
bridge); the settings behind an admin's PIN; the side menu on a short screen."""

from __future__ import annotations

import threading
from datetime import datetime

from pytestqt.qtbot import QtBot

from floorstation.app.status import ServerInfo
from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.reader import ScanListener
from floorstation.devices.registry import DeviceRegistry
from floorstation.devices.scanner_config import ScannerConfig, ScannerKind
from floorstation.domain.devices import DeviceState, DeviceStatus, StatusListener
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.admin_close import AdminPanel
from floorstation.ui.widgets.more_panel import MorePanel
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import scan, tap, type_keys


class IdleReader:
    """A reader that starts no thread: the test plays the scanner and the camera from threads of its own."""

    def start(self) -> None: ...
    def stop(self, timeout: float = 2.0) -> None: ...
    def preview(self) -> None:
        return None


def idle_reader(config: object, *, on_scan: ScanListener, on_status: StatusListener) -> IdleReader:
    return IdleReader()


def registry() -> DeviceRegistry:
    dock = ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port="/dev/ttyACM0")
    camera = CameraConfig(id="goods-in", source="/dev/video0")
    made = DeviceRegistry((dock,), (camera,), readers=idle_reader, camera_factory=idle_reader)
    made.start()
    return made


def from_a_thread(fn: object, *args: object) -> None:
    worker = threading.Thread(target=fn, args=args)  # type: ignore[arg-type]
    worker.start()
    worker.join()


def devices_text(window: MainWindow) -> str:
    return window.status_bar.devices_label.text()


def test_device_states_and_scans_from_reader_threads_reach_the_screen_live(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    devices = registry()
    window = make_window(devices=devices)
    assert "Scanner: <span style='color:#ffd166'>disconnected (not started)</span>" in devices_text(window)
    assert "Camera: <span style='color:#ffd166'>disconnected (not started)</span>" in devices_text(window)

    from_a_thread(devices.report, DeviceStatus("dock", "serial", DeviceState.CONNECTED, "/dev/ttyACM0"))
    qtbot.waitUntil(lambda: "Scanner: ready (/dev/ttyACM0)" in window.status_bar.devices_label.toolTip())
    from_a_thread(devices.report, DeviceStatus("goods-in", "camera", DeviceState.ERROR, "no permission"))
    qtbot.waitUntil(lambda: "Camera: <span style='color:#ff8a80'>error (no permission)" in devices_text(window))

    from_a_thread(devices.publish_scan, ScanEvent("B1002", None, "dock", datetime.now().astimezone()))
    qtbot.waitUntil(lambda: window.terminal.active == "piotr")
    assert "Piotr Wiśniewski: signed in" in window.banner.text()

    window.shutdown()
    from_a_thread(devices.report, DeviceStatus("dock", "serial", DeviceState.DISCONNECTED, "unplugged"))
    assert devices.status("dock") == DeviceStatus("dock", "serial", DeviceState.DISCONNECTED, "unplugged")


def test_a_keyboard_wedge_is_listening_never_ready(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(devices=DeviceRegistry(()))
    assert "Scanner: <span style='color:#9ccaff'>listening</span>" in devices_text(window)
    assert "Scanner: listening (keyboard)" in window.status_bar.devices_label.toolTip()


def open_settings(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window, window.nav["settings"])
    panel = window.overlay.panel
    assert isinstance(panel, AdminPanel)
    tap(qtbot, window, panel.buttons["B9001"])
    type_keys(qtbot, window, panel.pin.keypad, "9999")
    tap(qtbot, window, panel.pin.keypad.accept_button)


def test_settings_open_only_with_an_admin_pin(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window, window.nav["settings"])
    panel = window.overlay.panel
    assert isinstance(panel, AdminPanel)
    assert window.current() is not window.settings

    scan(qtbot, window, "B1001")  # an operator's badge names her as the one asking: no admin
    type_keys(qtbot, window, panel.pin.keypad, "1111")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert "needs the admin role" in panel.pin.error.text()
    tap(qtbot, window, panel.buttons["B9001"])
    type_keys(qtbot, window, panel.pin.keypad, "1234")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert "Wrong PIN" in panel.pin.error.text()
    assert window.current() is not window.settings

    type_keys(qtbot, window, panel.pin.keypad, "9999")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert window.current() is window.settings
    assert not window.overlay.isVisible()

    tap(qtbot, window, window.settings.close_button)
    assert window.current() is window.home
    tap(qtbot, window, window.nav["settings"])  # the PIN again, every time
    assert isinstance(window.overlay.panel, AdminPanel)


def test_settings_show_the_station_its_devices_live_and_the_server(qtbot: QtBot, make_window: MakeWindow) -> None:
    devices = registry()
    window = make_window(
        devices=devices, server_info=lambda: ServerInfo("https://plant.example:8470", True), idle_seconds=0
    )
    open_settings(qtbot, window)
    screen = window.settings
    values = screen.values

    assert values["station.id"].text() == "ST-01  (locked: bound to the event log)"
    assert values["station.epoch"].text().startswith("1  (locked")
    assert values["station.name"].text() == "Demo station: presses and packing"

    tap(qtbot, window, screen.tabs["devices"])
    assert values["devices.dock"].text() == "disconnected · not started"
    from_a_thread(devices.report, DeviceStatus("dock", "serial", DeviceState.CONNECTED, "/dev/ttyACM0"))
    qtbot.waitUntil(lambda: screen.values["devices.dock"].text() == "ready · /dev/ttyACM0")
    assert screen.values["devices.goods-in"].text() == "disconnected · not started"

    tap(qtbot, window, screen.tabs["server"])
    assert screen.values["server.url"].text() == "https://plant.example:8470"
    assert screen.values["server.enrolled"].text() == "yes"
    assert screen.values["server.online"].text() == "offline"
    assert screen.values["server.pending"].text() == "0"


def test_on_a_short_screen_the_last_entries_are_under_more(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(size=(1024, 600))
    hidden = window.rail.hidden()
    assert hidden[-2:] == ["dispatch", "settings"]
    assert not window.nav["settings"].isVisible()
    assert window.nav["trace"].isVisible()

    tap(qtbot, window, window.rail.more_button)
    panel = window.overlay.panel
    assert isinstance(panel, MorePanel)
    assert list(panel.buttons) == hidden
    tap(qtbot, window, panel.buttons["dispatch"])

    assert window.current() is window.dispatch
    assert window.rail.more_button.isChecked()
