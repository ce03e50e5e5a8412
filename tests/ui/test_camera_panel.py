"""The camera at the terminal: its button in the status bar opens its live picture, the code it read and its
state; a camera that sends no pictures says so and what to do; the settings' devices open it too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.registry import DeviceRegistry
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.camera_panel import CameraPanel
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import scan, tap
from tests.ui.test_camera_preview import video  # noqa: F401 (a fixture: one second of a GS1 DataMatrix label)
from tests.ui.test_print_jobs import open_settings


@pytest.fixture
def devices(request: pytest.FixtureRequest) -> Iterator[DeviceRegistry]:
    registry = DeviceRegistry((), (CameraConfig(id="table", source=request.param),))
    yield registry
    registry.stop()


def camera_panel(qtbot: QtBot, window: MainWindow) -> CameraPanel:
    button = window.status_bar.device_buttons["camera"]
    qtbot.waitUntil(button.isVisible)
    tap(qtbot, window, button)
    panel = window.overlay.panel
    assert isinstance(panel, CameraPanel)
    return panel


@pytest.fixture
def label_camera(video: Path) -> Iterator[DeviceRegistry]:  # noqa: F811
    registry = DeviceRegistry((), (CameraConfig(id="table", source=f"file://{video}?loop=1"),))
    yield registry
    registry.stop()


def test_the_cameras_button_shows_its_live_picture_and_the_code_it_read(
    qtbot: QtBot, make_window: MakeWindow, label_camera: DeviceRegistry
) -> None:
    window = make_window(devices=label_camera)
    scan(qtbot, window, "B1001")
    label_camera.start()
    panel = camera_panel(qtbot, window)
    assert window.overlay.title.text() == "Camera"

    qtbot.waitUntil(lambda: panel.pictures > 0, timeout=10_000)
    image = panel.preview.image
    assert image is not None and (image.width(), image.height()) == (480, 360)
    qtbot.waitUntil(lambda: "SUP-9" in panel.read.text(), timeout=10_000)
    assert panel.read.text().replace("\u200b", "") == "(01)05901234000017(10)SUP-9(17)281231"
    assert panel.read_what.text().startswith("This is a supplier's label:")
    qtbot.waitUntil(lambda: panel.state.text() == "Camera table is connected: the picture is live.", timeout=5000)
    assert window.overlay.panel is panel  # aiming acts on nothing by itself

    tap(qtbot, window, panel.use_button)  # the person takes the read: goods-in, as for any label scanned
    assert isinstance(window.overlay.panel, GoodsInPanel)


@pytest.mark.parametrize("devices", ["/dev/video-nobody-plugged-in"], indirect=True)
def test_a_camera_that_sends_no_pictures_says_so_and_what_to_do(
    qtbot: QtBot, make_window: MakeWindow, devices: DeviceRegistry
) -> None:
    window = make_window(devices=devices)
    devices.start()
    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["devices"])
    tap(qtbot, window, window.settings.device_buttons["camera"])
    panel = window.overlay.panel
    assert isinstance(panel, CameraPanel)
    qtbot.waitUntil(lambda: panel.state.text().startswith("Camera table sends no pictures:"), timeout=10_000)
    assert panel.todo.text().startswith("Check its cable")
    assert panel.preview.image is None
    assert not panel.use_button.isEnabled()
    assert window.status_bar.device_buttons["camera"].property("device") in ("offline", "error")
