"""The device registry built from configuration (a real serial scanner on a pty, cameras playing image folders)
and device discovery."""

from __future__ import annotations

import os
import queue
import threading
import time
from pathlib import Path

import pytest

from floorstation import bootstrap
from floorstation.app.handle import StationHandle
from floorstation.demo import camera_pictures
from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.discovery import cameras, inventory, keyboards, printers
from floorstation.devices.reader import ScanListener
from floorstation.devices.registry import DeviceRegistry
from floorstation.devices.scanner_config import DEFAULT_WEDGE, ScannerConfig, ScannerKind
from floorstation.domain.devices import DeviceState, DeviceStatus, StatusListener
from floorstation.domain.scan_meaning import explain
from floorstation.domain.scanning import ScanEvent

WAIT_S = 3.0
DEMO_GTINS = ("05901234000017", "05901234000024", "15901234000014")
"""The demo camera's labels, in the order it shows them."""


def wait_for(
    statuses: queue.Queue[DeviceStatus], device_id: str, state: DeviceState, within: float = WAIT_S
) -> DeviceStatus:
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        try:
            status = statuses.get(timeout=left)
        except queue.Empty:
            break
        if status.device_id == device_id and status.state is state:
            return status
    raise AssertionError(f"{device_id} never became {state}")


def test_a_station_without_scanner_tables_has_one_wedge() -> None:
    registry = DeviceRegistry(())
    assert registry.wedge == DEFAULT_WEDGE
    assert registry.statuses() == [
        DeviceStatus("wedge", "wedge", DeviceState.CONNECTED, "keyboard input of the terminal's window")
    ]


@pytest.mark.allow_log_warnings  # the broken listener is logged, the others still called
def test_serial_scanner_states_and_scans_reach_the_listeners() -> None:
    master, slave = os.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    dock = ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port=path)
    registry = DeviceRegistry((dock,))
    assert registry.wedge is None
    assert registry.status("dock") == DeviceStatus("dock", "serial", DeviceState.DISCONNECTED, "not started")

    statuses: queue.Queue[DeviceStatus] = queue.Queue()
    scans: queue.Queue[ScanEvent] = queue.Queue()
    registry.on_status(statuses.put)
    registry.on_scan(_broken)  # a listener with a bug does not stop the others
    registry.on_scan(scans.put)
    registry.start()
    try:
        assert wait_for(statuses, "dock", DeviceState.CONNECTED).detail == path
        os.write(master, b"M:M01\r")
        event = scans.get(timeout=WAIT_S)
        assert (event.raw, event.source) == ("M:M01", "serial:dock")
        os.close(master)
        # The first news after the unplug (the next, "not plugged in", follows on the retry timer).
        assert wait_for(statuses, "dock", DeviceState.DISCONNECTED) == DeviceStatus(
            "dock", "serial", DeviceState.DISCONNECTED, "unplugged; waiting for it to come back"
        )
        now = registry.status("dock")
        assert now is not None and now.state is DeviceState.DISCONNECTED
    finally:
        registry.stop()


def _broken(event: ScanEvent) -> None:
    raise RuntimeError("a bug in a listener")


def test_other_devices_report_here_too_and_listeners_can_leave() -> None:
    registry = DeviceRegistry(())
    seen: list[DeviceStatus] = []
    leave = registry.on_status(seen.append)
    camera = DeviceStatus("cam0", "camera", DeviceState.ERROR, "no frames for 5 s")
    registry.report(camera)
    registry.report(camera)  # no change, no news
    leave()
    registry.report(DeviceStatus("cam0", "camera", DeviceState.CONNECTED, "/dev/video0"))
    assert seen == [camera]
    assert registry.status("cam0") == DeviceStatus("cam0", "camera", DeviceState.CONNECTED, "/dev/video0")


def test_wedge_scans_published_by_the_ui_reach_the_same_listeners() -> None:
    registry = DeviceRegistry(())
    got: list[ScanEvent] = []
    registry.on_scan(got.append)
    event = ScanEvent("B:B1001", None, "wedge:wedge", None)  # type: ignore[arg-type]
    registry.publish_scan(event)
    assert got == [event]


PROC_INPUT = """\
I: Bus=0011 Vendor=0001 Product=0001 Version=ab41
N: Name="AT Translated Set 2 keyboard"
H: Handlers=sysrq kbd event0 leds

I: Bus=0003 Vendor=0c2e Product=0b61 Version=0111
N: Name="Honeywell Imaging & Mobility 1900"
H: Handlers=sysrq kbd leds event5

I: Bus=0003 Vendor=1a2c Product=4c5e Version=0110
N: Name="USB Barcode Reader"
H: Handlers=kbd event7

I: Bus=0003 Vendor=046d Product=c077 Version=0111
N: Name="Logitech USB Optical Mouse"
H: Handlers=mouse0 event3
"""


def test_keyboards_and_likely_scanners_from_proc(tmp_path: Path) -> None:
    devices = tmp_path / "devices"
    devices.write_text(PROC_INPUT, encoding="utf-8")
    found = [(k.path, k.name, k.usb, k.note) for k in keyboards(devices)]
    assert found == [
        ("/dev/input/event0", "AT Translated Set 2 keyboard", "", ""),
        ("/dev/input/event5", "Honeywell Imaging & Mobility 1900", "0c2e:0b61", "probably a Honeywell scanner"),
        ("/dev/input/event7", "USB Barcode Reader", "1a2c:4c5e", "probably a scanner"),
    ]
    assert keyboards(tmp_path / "missing") == []


def test_cameras_printers_and_configured_scanners_in_a_fake_root(tmp_path: Path) -> None:
    (tmp_path / "dev/usb").mkdir(parents=True)
    (tmp_path / "dev/serial/by-id").mkdir(parents=True)
    for node in ("dev/video0", "dev/video10", "dev/video2", "dev/usb/lp0", "dev/serial/by-id/usb-Honeywell-if00"):
        (tmp_path / node).touch()
    (tmp_path / "sys/class/video4linux/video0").mkdir(parents=True)
    (tmp_path / "sys/class/video4linux/video0/name").write_text("Integrated Camera\n")
    (tmp_path / "proc/bus/input").mkdir(parents=True)
    (tmp_path / "proc/bus/input/devices").write_text(PROC_INPUT)

    assert [(c.path.removeprefix(str(tmp_path)), c.name) for c in cameras(tmp_path)] == [
        ("/dev/video0", "Integrated Camera"),
        ("/dev/video2", ""),
        ("/dev/video10", ""),
    ]
    assert [p.path.removeprefix(str(tmp_path)) for p in printers(tmp_path)] == ["/dev/usb/lp0"]

    configured = (
        ScannerConfig(id="front"),
        ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port="/dev/serial/by-id/usb-Honeywell-if00"),
        ScannerConfig(id="gone", kind=ScannerKind.SERIAL, port="/dev/serial/by-id/usb-Zebra-if00"),
        ScannerConfig(id="line1", kind=ScannerKind.EVDEV, name_contains="honeywell"),
    )
    found = inventory(configured, root=tmp_path)
    assert [(s.id, s.present) for s in found.scanners] == [
        ("front", "n/a"),
        ("dock", "/dev/serial/by-id/usb-Honeywell-if00"),
        ("gone", ""),
        ("line1", "/dev/input/event5"),
    ]


def test_bootstrap_builds_the_registry_from_the_station_configuration(station: bootstrap.Station) -> None:
    """The demo station: the default wedge and the simulated camera, whose scans come in like a scanner's."""
    registry = bootstrap.scanners(station)
    assert registry.wedge == DEFAULT_WEDGE
    assert [(s.device_id, s.kind, s.state) for s in registry.statuses()] == [
        ("wedge", "wedge", DeviceState.CONNECTED),
        ("goods-in", "camera", DeviceState.DISCONNECTED),
    ]
    statuses: queue.Queue[DeviceStatus] = queue.Queue()
    scans: queue.Queue[ScanEvent] = queue.Queue()
    registry.on_status(statuses.put)
    registry.on_scan(scans.put)
    registry.start()
    try:
        connected = wait_for(statuses, "goods-in", DeviceState.CONNECTED)
        assert connected.detail.startswith(f"folder://{station.root}/demo-camera?")
        event = scans.get(timeout=10)
        assert event.source == "camera:goods-in"
        assert explain(event.raw, aim=event.aim).gtin in DEMO_GTINS
    finally:
        registry.stop()
    assert registry.status("goods-in") == DeviceStatus("goods-in", "camera", DeviceState.DISCONNECTED, "stopped")


def test_camera_scans_and_states_reach_the_same_listeners(tmp_path: Path) -> None:
    folder = tmp_path / "labels"
    camera_pictures.write(folder)
    source = f"folder://{folder}?fps=40&hold=6"
    registry = DeviceRegistry((), (CameraConfig(id="table", source=source),))
    assert registry.status("table") == DeviceStatus("table", "camera", DeviceState.DISCONNECTED, "not started")
    assert registry.preview("table") is None
    statuses: queue.Queue[DeviceStatus] = queue.Queue()
    scans: queue.Queue[ScanEvent] = queue.Queue()
    registry.on_status(statuses.put)
    registry.on_scan(scans.put)
    registry.start()
    try:
        assert wait_for(statuses, "table", DeviceState.CONNECTED).detail == source
        ended = wait_for(statuses, "table", DeviceState.DISCONNECTED, within=20)
        assert ended.detail == "The whole file was played."
        got = [scans.get(timeout=WAIT_S) for _ in camera_pictures.LABELS]
        assert scans.empty()
        assert {e.source for e in got} == {"camera:table"}
        assert [explain(e.raw, aim=e.aim).gtin for e in got] == list(DEMO_GTINS)
        preview = registry.preview("table")
        assert preview is not None and preview.frame.shape == (540, 960, 3)
        assert registry.preview("nothing") is None
    finally:
        registry.stop()
    assert registry.preview("table") is None


def test_a_camera_that_is_not_there_is_a_state_and_has_no_picture() -> None:
    gone = CameraConfig(id="gone", source="/dev/video-floorstation-missing")
    registry = DeviceRegistry((), (gone,))
    statuses: queue.Queue[DeviceStatus] = queue.Queue()
    registry.on_status(statuses.put)
    registry.start()
    try:
        status = wait_for(statuses, "gone", DeviceState.DISCONNECTED)
        assert status.detail.startswith("No camera at /dev/video-floorstation-missing.")
        assert "Retrying every 2 s" in status.detail
        assert registry.preview("gone") is None
    finally:
        registry.stop()
    assert registry.status("gone") == DeviceStatus("gone", "camera", DeviceState.DISCONNECTED, "stopped")


class FakeCamera:
    """A camera the registry starts and stops, reporting what a test tells it to."""

    def __init__(self, config: CameraConfig, *, on_scan: ScanListener, on_status: StatusListener) -> None:
        self.config, self.on_scan, self.on_status = config, on_scan, on_status
        self.running = False

    def start(self) -> None:
        self.running = True
        self.on_status(DeviceStatus(self.config.id, "camera", DeviceState.CONNECTED, self.config.source))

    def stop(self, timeout: float = 2.0) -> None:
        self.running = False

    def preview(self) -> None:
        return None


def test_cameras_are_built_by_the_factory_next_to_the_scanners() -> None:
    made: list[FakeCamera] = []

    def factory(config: CameraConfig, *, on_scan: ScanListener, on_status: StatusListener) -> FakeCamera:
        made.append(FakeCamera(config, on_scan=on_scan, on_status=on_status))
        return made[-1]

    cameras = (CameraConfig(id="a", source="0"), CameraConfig(id="b", source="1"))
    registry = DeviceRegistry((), cameras, camera_factory=factory)
    got: list[ScanEvent] = []
    registry.on_scan(got.append)
    registry.start()
    registry.start()  # started once only
    assert [(c.config.id, c.running) for c in made] == [("a", True), ("b", True)]
    assert [(s.device_id, s.state) for s in registry.statuses()] == [
        ("wedge", DeviceState.CONNECTED),
        ("a", DeviceState.CONNECTED),
        ("b", DeviceState.CONNECTED),
    ]
    event = ScanEvent("M:M01", "]Q1", "camera:b", None)  # type: ignore[arg-type]
    made[1].on_scan(event)
    assert got == [event]
    registry.stop()
    assert [c.running for c in made] == [False, False]


def test_configured_cameras_found_or_not(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev/video0").touch()
    folder = tmp_path / "labels"
    camera_pictures.write(folder)
    (tmp_path / "empty").mkdir()
    configured = (
        CameraConfig(id="first", source="0"),
        CameraConfig(id="second", source="1"),
        CameraConfig(id="node", source="/dev/video0"),
        CameraConfig(id="net", source="rtsp://viewer:secret@10.0.0.7/stream1"),
        CameraConfig(id="photos", source=f"folder://{folder}?loop=1"),
        CameraConfig(id="no-photos", source=f"folder://{tmp_path}/empty"),
        CameraConfig(id="clip", source=f"file://{tmp_path}/missing.avi"),
        CameraConfig(id="bad", source="ftp://x"),
    )
    found = inventory((), configured, root=tmp_path)
    assert [(c.id, c.present) for c in found.configured_cameras] == [
        ("first", "/dev/video0"),
        ("second", ""),
        ("node", "/dev/video0"),
        ("net", "n/a"),
        ("photos", str(folder)),
        ("no-photos", ""),
        ("clip", ""),
        ("bad", ""),
    ]
    assert found.configured_cameras[3].source == "rtsp://viewer@10.0.0.7/stream1"


def test_the_terminal_gets_the_started_demo_camera(station_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`floorstation` hands the terminal the station's started devices, the demo camera among them, and stops
    them when the terminal closes."""
    from floorstation import cli
    from floorstation.ui import application

    shown: list[DeviceStatus | None] = []

    def run(station: StationHandle, **options: object) -> int:
        devices = station.devices
        assert devices is not None
        statuses: queue.Queue[DeviceStatus] = queue.Queue()
        devices.on_status(statuses.put)
        station.after_first_screen()  # the terminal starts its devices once the first screen is up
        if (now := devices.status("goods-in")) is not None and now.state is DeviceState.CONNECTED:
            statuses.put(now)
        shown.append(wait_for(statuses, "goods-in", DeviceState.CONNECTED))
        return 0

    monkeypatch.setattr(application, "run", run)
    assert cli.main(["--data-dir", str(station_dir)]) == 0
    [camera] = shown
    assert camera is not None and camera.kind == "camera"
    assert [t.name for t in threading.enumerate() if t.name.startswith("camera:")] == []


def test_the_demo_cameras_labels_never_act_on_the_demo_plant(station: bootstrap.Station) -> None:
    """The demo camera loops forever: its labels must not sign anyone in, switch machines or pick a lot — each
    is a supplier label, which only opens the goods-in panel that asks before receiving anything."""
    from floorstation.app.lookup import identify
    from floorstation.devices.camera import read_video

    scans = [event for _, event in read_video(station.root / camera_pictures.FOLDER)]
    assert len(scans) == len(camera_pictures.LABELS)
    assert [identify(station.ctx, e.raw, e.aim).kind for e in scans] == ["label"] * len(scans)
