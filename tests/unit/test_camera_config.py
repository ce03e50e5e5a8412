"""Cameras in station.toml: ``[[camera]]`` tables, refused with a message when wrong, written back by dump."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from floorstation import config as station_config
from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.camera_sources import parse_camera_address
from floorstation.devices.status import CameraState, CameraStatus, camera_device_status
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.errors import InvalidInput

STATION = '[station]\nstation_id = "ST-09"\nstation_code = "G9"\n'


def load(tmp_path: Path, text: str) -> station_config.StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(STATION + text, encoding="utf-8")
    return station_config.load(path)


def test_no_camera_tables_means_no_camera(tmp_path: Path) -> None:
    assert load(tmp_path, "").cameras == ()


def test_every_option(tmp_path: Path) -> None:
    cfg = load(
        tmp_path,
        """
[[camera]]
id = "table"
source = "0"

[[camera]]
id = "dock"
source = "rtsp://viewer:secret@10.0.0.7/stream1"
decoder = "pyzbar"
formats = ["Code128", "ean13"]
confirmations = 3
confirm_window_s = 1
debounce_s = 5.5
width = 1920
height = 1080
""",
    )
    table, dock = cfg.cameras
    assert table == CameraConfig(id="table", source="0")
    assert (table.decoder, table.formats, table.confirmations, table.debounce_s) == ("zxing", (), 2, 2.0)
    assert (dock.decoder, dock.formats, dock.confirmations, dock.confirm_window_s, dock.debounce_s) == (
        "pyzbar",
        ("code128", "ean13"),
        3,
        1.0,
        5.5,
    )
    assert (dock.width, dock.height, dock.where) == (1920, 1080, "rtsp://viewer@10.0.0.7/stream1")


@pytest.mark.parametrize(
    ("written", "kind", "target", "loop"),
    [
        ("folder:labels?fps=5&loop=1", "folder", "labels", True),
        ("file:clips/dock%201.mp4", "file", "clips/dock 1.mp4", False),
        ("clips/dock.mp4", "file", "clips/dock.mp4", False),
    ],
)
def test_a_relative_file_or_folder_is_in_the_data_folder(
    tmp_path: Path, written: str, kind: str, target: str, loop: bool
) -> None:
    (camera,) = load(tmp_path, f'[[camera]]\nid = "c"\nsource = "{written}"\n').cameras
    address = parse_camera_address(camera.source)
    assert (address.kind, address.target, address.loop) == (kind, str(tmp_path / target), loop)


@pytest.mark.parametrize("source", ["0", "/dev/video2", "file:///srv/clip.avi?fps=50", "rtsp://10.0.0.7/s"])
def test_other_sources_are_kept_as_written(tmp_path: Path, source: str) -> None:
    (camera,) = load(tmp_path, f'[[camera]]\nid = "c"\nsource = "{source}"\n').cameras
    assert camera.source == source


def test_dump_writes_cameras_back(tmp_path: Path) -> None:
    cameras = (
        CameraConfig(id="table", source="/dev/video0"),
        CameraConfig(id="dock", source="file:///srv/a b.avi?loop=1", formats=("code128",), debounce_s=4.0, width=640),
    )
    original = station_config.StationConfig("ST-09", "G9", cameras=cameras)
    path = tmp_path / "station.toml"
    path.write_text(station_config.dump(original), encoding="utf-8")
    assert station_config.load(path) == original


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[camera]]\nsource = "0"\n', "camera 1: needs an id"),
        ('[[camera]]\nid = "c"\n', "camera 1 (c): needs a source"),
        ('[[camera]]\nid = "c"\nsource = "0"\ncolour = "red"\n', "unknown settings ['colour']"),
        ('[[camera]]\nid = "c"\nsource = "ftp://x/y.mp4"\n', "'ftp://x/y.mp4' is not a camera address"),
        ('[[camera]]\nid = "c"\nsource = "file:///x.avi?fps=0"\n', "fps must be above 0"),
        ('[[camera]]\nid = "c"\nsource = "0"\ndecoder = "zbar"\n', "Unknown barcode decoder 'zbar'"),
        (
            '[[camera]]\nid = "c"\nsource = "0"\ndecoder = "pyzbar"\nformats = ["datamatrix"]\n',
            "cannot read datamatrix",
        ),
        ('[[camera]]\nid = "c"\nsource = "0"\nformats = ["aztec"]\n', "cannot read aztec"),
        ('[[camera]]\nid = "c"\nsource = "0"\nformats = []\n', "formats is empty"),
        ('[[camera]]\nid = "c"\nsource = "0"\nformats = "qr"\n', "formats must be a list"),
        ('[[camera]]\nid = "c"\nsource = "0"\nconfirmations = 0\n', "confirmations must be 1 to 10"),
        ('[[camera]]\nid = "c"\nsource = "0"\ndebounce_s = "2"\n', "debounce_s must be a number"),
        ('[[camera]]\nid = "c"\nsource = "0"\ndebounce_s = 0\n', "debounce_s must be 0.2 to 3600, not 0"),
        ('[[camera]]\nid = "c"\nsource = "0"\nwidth = 1280.5\n', "width must be a whole number"),
        ('[[camera]]\nid = "c"\nsource = 0\n', "needs a source"),
        ('[[camera]]\nid = "c"\nsource = "0"\n[[camera]]\nid = "c"\nsource = "1"\n', "two cameras have the same id"),
        ('[[scanner]]\nid = "front"\n[[camera]]\nid = "front"\nsource = "0"\n', "are both called 'front'"),
        ('[[camera]]\nid = "wedge"\nsource = "0"\n', "are both called 'wedge'"),
        ("camera = 3\n", "unknown settings"),
    ],
)
def test_mistakes_are_refused_with_a_message(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(message)):
        load(tmp_path, text)


def test_a_top_level_camera_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('camera = "0"\n' + STATION, encoding="utf-8")
    with pytest.raises(InvalidInput, match=re.escape("'camera' must be a list of tables ([[camera]])")):
        station_config.load(path)


@pytest.mark.parametrize(
    ("status", "state", "detail"),
    [
        (CameraStatus(CameraState.CONNECTED), DeviceState.CONNECTED, "/dev/video0"),
        (CameraStatus(CameraState.DISCONNECTED, "No camera at /dev/video0."), DeviceState.DISCONNECTED, "No camera"),
        (CameraStatus(CameraState.ERROR, "No video file at /x."), DeviceState.ERROR, "No video file at /x."),
        (CameraStatus(CameraState.ENDED, "The whole file was played."), DeviceState.DISCONNECTED, "The whole file"),
        (CameraStatus(CameraState.STOPPED), DeviceState.DISCONNECTED, "stopped"),
    ],
)
def test_camera_states_as_device_states(status: CameraStatus, state: DeviceState, detail: str) -> None:
    shown = camera_device_status("table", status, "/dev/video0")
    assert shown == DeviceStatus("table", "camera", state, shown.detail)
    assert shown.detail.startswith(detail)
