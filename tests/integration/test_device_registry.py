"""The device registry built from configuration (a real serial scanner on a pty) and device discovery."""

from __future__ import annotations

import os
import queue
import time
from pathlib import Path

from floorstation import bootstrap
from floorstation.devices.discovery import cameras, inventory, keyboards, printers
from floorstation.devices.registry import DeviceRegistry
from floorstation.devices.scanner_config import DEFAULT_WEDGE, ScannerConfig, ScannerKind
from floorstation.devices.status import DeviceState, DeviceStatus
from floorstation.domain.scanning import ScanEvent

WAIT_S = 3.0


def wait_for(statuses: queue.Queue[DeviceStatus], device_id: str, state: DeviceState) -> DeviceStatus:
    deadline = time.monotonic() + WAIT_S
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
        wait_for(statuses, "dock", DeviceState.DISCONNECTED)
        assert registry.status("dock") == DeviceStatus(
            "dock", "serial", DeviceState.DISCONNECTED, "unplugged; waiting for it to come back"
        )
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
    registry = bootstrap.scanners(station)
    assert registry.wedge == DEFAULT_WEDGE
    assert [s.device_id for s in registry.statuses()] == ["wedge"]
