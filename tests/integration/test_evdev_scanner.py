"""Evdev scanners without /dev/input: the missing package is a clear status, and the reader loop runs against
a stand-in for python-evdev's ``InputDevice`` (a pipe for ``select``, synthetic key events, ENODEV on unplug)."""

from __future__ import annotations

import errno
import importlib.util
import os
import queue
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

from floorstation.devices.evdev_scanner import EvdevScanner, require_evdev
from floorstation.devices.scanner_config import ScannerConfig, ScannerKind
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.errors import FloorstationError
from floorstation.domain.scanning import GS, ScanEvent

EV_KEY = 1
SHIFT, CTRL, ENTER = 42, 29, 28
CODES = {"m": 50, ";": 39, "0": 11, "1": 2, "2": 3, "]": 27, "a": 30, "c": 46}
WAIT_S = 3.0


@dataclass
class Event:
    type: int
    code: int
    value: int


class FakeDevice:
    """A plugged-in scanner: a pipe to wake ``select``, the key events it has sent, and whether it is gone."""

    def __init__(self, path: str, name: str) -> None:
        self.path, self.name = path, name
        self.r, self._w = os.pipe()
        self.pending: list[Event] = []
        self.grabbed = False
        self.gone = False

    def type(self, text: str) -> None:
        for ch in text:
            if ch == GS:
                self._key(CTRL, 1)
                self._click(CODES["]"])
                self._key(CTRL, 0)
            elif ch == "\r":
                self._click(ENTER)
            elif ch.isupper() or ch == ":":
                self._key(SHIFT, 1)
                self._click(CODES[ch.lower() if ch.isalpha() else ";"])
                self._key(SHIFT, 0)
            else:
                self._click(CODES[ch])
        os.write(self._w, b"x")

    def unplug(self) -> None:
        self.gone = True
        os.write(self._w, b"x")

    def close(self) -> None:
        os.close(self.r)
        os.close(self._w)

    def _click(self, code: int) -> None:
        self._key(code, 1)
        self._key(code, 0)

    def _key(self, code: int, value: int) -> None:
        self.pending.append(Event(EV_KEY, code, value))


class Handle:
    """What EvdevScanner uses of ``evdev.InputDevice``: one open of a device node."""

    def __init__(self, device: FakeDevice) -> None:
        self.device = device
        self.name = device.name
        self.fd = device.r
        self.info = SimpleNamespace(vendor=0x0C2E, product=0x0B61)

    def grab(self) -> None:
        self.device.grabbed = True

    def ungrab(self) -> None:
        self.device.grabbed = False

    def close(self) -> None:
        pass

    def read(self) -> Iterator[Event]:
        if self.device.gone:
            raise OSError(errno.ENODEV, "No such device")
        os.read(self.fd, 4096)
        events, self.device.pending = self.device.pending, []
        return iter(events)


class FakeEvdev:
    """The module: ``list_devices``, ``InputDevice``, ``ecodes``; plugging in and out by hand."""

    def __init__(self) -> None:
        self.ecodes = SimpleNamespace(EV_KEY=EV_KEY)
        self.devices: dict[str, FakeDevice] = {}
        self.made: list[FakeDevice] = []

    def list_devices(self) -> list[str]:
        return sorted(self.devices)

    def InputDevice(self, path: str) -> Handle:  # noqa: N802 (python-evdev's name)
        if path not in self.devices:
            raise OSError(errno.ENOENT, "No such file or directory")
        return Handle(self.devices[path])

    def plug(self, path: str, name: str = "Honeywell Imaging 1900 Keyboard") -> FakeDevice:
        device = FakeDevice(path, name)
        self.devices[path] = device
        self.made.append(device)
        return device

    def close(self) -> None:
        for device in self.made:
            device.close()


@pytest.fixture
def statuses() -> queue.Queue[DeviceStatus]:
    return queue.Queue()


def wait_state(statuses: queue.Queue[DeviceStatus], state: DeviceState) -> DeviceStatus:
    deadline = time.monotonic() + WAIT_S
    seen = []
    while (left := deadline - time.monotonic()) > 0:
        try:
            status = statuses.get(timeout=left)
        except queue.Empty:
            break
        seen.append(status)
        if status.state is state:
            return status
    raise AssertionError(f"no {state}; saw {seen}")


def test_without_the_evdev_package_the_scanner_says_what_to_install(statuses: queue.Queue[DeviceStatus]) -> None:
    if importlib.util.find_spec("evdev") is not None:
        pytest.skip("evdev is installed here")
    with pytest.raises(FloorstationError) as info:
        require_evdev()
    assert "needs the Python package 'evdev', which is not installed" in info.value.message
    assert "pip install evdev" in info.value.hint and '"wedge" or "serial"' in info.value.hint

    config = ScannerConfig(id="line1", kind=ScannerKind.EVDEV, name_contains="Honeywell")
    reader = EvdevScanner(config, on_scan=lambda e: None, on_status=statuses.put)
    reader.start()
    status = wait_state(statuses, DeviceState.ERROR)
    reader.stop()
    assert "evdev" in status.detail and "pip install evdev" in status.detail


@pytest.mark.allow_log_warnings  # the scan cut by the unplug is logged as dropped
def test_a_grabbed_scanner_is_read_with_our_keymap_and_found_again_after_an_unplug(
    statuses: queue.Queue[DeviceStatus],
) -> None:
    evdev = FakeEvdev()
    evdev.plug("/dev/input/event3", "AT Translated Set 2 keyboard")  # the PC's own keyboard: not ours
    scans: queue.Queue[ScanEvent] = queue.Queue()
    config = ScannerConfig(id="line1", kind=ScannerKind.EVDEV, name_contains="honeywell")
    reader = EvdevScanner(config, on_scan=scans.put, on_status=statuses.put, evdev_module=evdev, retry_s=0.05)
    reader.start()
    try:
        assert "not plugged in (looking for honeywell)" in wait_state(statuses, DeviceState.DISCONNECTED).detail
        scanner = evdev.plug("/dev/input/event7")
        connected = wait_state(statuses, DeviceState.CONNECTED)
        assert connected.detail == "Honeywell Imaging 1900 Keyboard (/dev/input/event7)"
        assert scanner.grabbed

        scanner.type(f"M:M01\r]C1012{GS}a\r")
        assert [scans.get(timeout=WAIT_S).raw for _ in range(2)] == ["M:M01", f"012{GS}a"]

        scanner.type("M:M0")  # half a scan, then the cable comes out
        time.sleep(0.1)
        scanner.unplug()
        del evdev.devices["/dev/input/event7"]
        wait_state(statuses, DeviceState.DISCONNECTED)

        again = evdev.plug("/dev/input/event8")
        wait_state(statuses, DeviceState.CONNECTED)
        again.type("M:M02\r")
        assert scans.get(timeout=WAIT_S).raw == "M:M02"
        assert scans.empty()
    finally:
        reader.stop()
        evdev.close()


def test_a_device_path_that_is_not_there_is_disconnected(statuses: queue.Queue[DeviceStatus]) -> None:
    evdev: Any = FakeEvdev()
    config = ScannerConfig(id="line1", kind=ScannerKind.EVDEV, device="/dev/input/by-id/usb-nothing-event-kbd")
    reader = EvdevScanner(config, on_scan=lambda e: None, on_status=statuses.put, evdev_module=evdev, retry_s=0.05)
    reader.start()
    try:
        assert "/dev/input/by-id/usb-nothing-event-kbd" in wait_state(statuses, DeviceState.DISCONNECTED).detail
    finally:
        reader.stop()
