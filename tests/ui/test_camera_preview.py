"""The camera preview widget shows what a camera playing a video file sees, with the label it read outlined."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from floorstation.devices.camera import Camera, Preview
from floorstation.ui.widgets.camera_preview import CameraPreview, bgr_image

W, H = 480, 360
OUTLINE = (0, 200, 0)  # BGR green: what Preview.annotated draws


@pytest.fixture
def video(tmp_path: Path) -> Path:
    """One second of a GS1 DataMatrix label on a white table, MJPG."""
    symbol = np.asarray(
        zxingcpp.create_barcode(
            "(01)05901234000017(10)SUP-9(17)281231", zxingcpp.BarcodeFormat.DataMatrix, gs1=True
        ).to_image(scale=8)
    )
    frame = np.full((H, W), 255, np.uint8)
    y, x = (H - symbol.shape[0]) // 2, (W - symbol.shape[1]) // 2
    frame[y : y + symbol.shape[0], x : x + symbol.shape[1]] = symbol
    path = tmp_path / "label.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 25, (W, H))
    try:
        for _ in range(25):
            writer.write(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR))
    finally:
        writer.release()
    return path


@pytest.fixture
def camera(video: Path) -> Iterator[Camera]:
    camera = Camera(f"file://{video}?loop=1", on_scan=lambda _: None, name="table")
    camera.start()
    yield camera
    camera.stop()


def test_the_preview_shows_the_cameras_picture_with_the_label_outlined(qtbot: QtBot, camera: Camera) -> None:
    widget = CameraPreview(camera.preview, interval_ms=20)
    qtbot.addWidget(widget)
    widget.resize(W, H)
    with qtbot.waitSignal(widget.picture_shown, timeout=10_000, check_params_cb=lambda _index, found: found == 1):
        widget.show()
    image = widget.image
    assert image is not None and not image.isNull()
    assert (image.width(), image.height()) == (W, H)
    shown = widget.grab().toImage()
    lightness = {shown.pixelColor(x, y).lightness() // 64 for x in range(0, W, 8) for y in range(0, H, 8)}
    assert {0, 3} <= lightness  # the white table and the symbol's dark modules are on screen
    assert (pixels(image) == OUTLINE).all(axis=2).sum() > 100  # the label's outline is drawn on the picture


def pixels(image: QImage) -> np.ndarray:
    """A BGR888 QImage as an array (rows are padded to 4 bytes)."""
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3)


def test_no_picture_is_shown_while_the_camera_has_none(qtbot: QtBot) -> None:
    pictures: list[Preview | None] = [None]
    widget = CameraPreview(lambda: pictures[-1])
    qtbot.addWidget(widget)
    widget.show()
    assert widget.image is None
    frame = np.zeros((90, 160, 3), np.uint8)
    frame[:, :, 2] = 255  # red in BGR
    pictures.append(Preview(frame, (), 7))
    with qtbot.waitSignal(widget.picture_shown, timeout=2_000) as shown:
        widget.on_tick()
    assert shown.args == [7, 0]
    assert widget.image is not None and widget.image.pixelColor(0, 0).name() == "#ff0000"
    pictures.append(None)  # the camera went away: its old picture is not left on screen
    widget.on_tick()
    assert widget.image is None


def test_grey_frames_convert_too() -> None:
    grey = np.full((4, 6), 200, np.uint8)
    image = bgr_image(grey)
    assert (image.width(), image.height(), image.pixelColor(5, 3).name()) == (6, 4, "#c8c8c8")
