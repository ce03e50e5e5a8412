"""USB-serial scanners over real pty pairs (the master side is the scanner), ``loop://`` and ``socket://``.

Closing the master is an unplug: the device node disappears and the next read fails, as with a USB-CDC
scanner pulled out. Plugging back in is a new pty, found again by its by-id style link or its USB ids.
"""

from __future__ import annotations

import os
import queue
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import serial
from serial.tools.list_ports_common import ListPortInfo

from floorstation.devices.scanner_config import ScannerConfig, ScannerKind
from floorstation.devices.serial_scanner import SerialScanner, find_port
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.scanning import GS, ScanEvent

WAIT_S = 3.0
RECONNECT_BUDGET_S = 2.0


class Pty:
    """One end a scanner writes into (the master) and the device node the station opens (the slave)."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        self.path = os.ttyname(slave)
        os.close(slave)  # the reader opens the node itself; the pty lives while the master is open

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def unplug(self) -> None:
        os.close(self.master)


@dataclass
class Listener:
    scans: queue.Queue[ScanEvent] = field(default_factory=queue.Queue)
    statuses: queue.Queue[DeviceStatus] = field(default_factory=queue.Queue)
    history: list[DeviceStatus] = field(default_factory=list)

    def on_status(self, status: DeviceStatus) -> None:
        self.history.append(status)
        self.statuses.put(status)

    def wait_state(self, state: DeviceState, timeout: float = WAIT_S) -> DeviceStatus:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                status = self.statuses.get(timeout=left)
            except queue.Empty:
                break
            if status.state is state:
                return status
        raise AssertionError(f"no {state} within {timeout} s; saw {self.history}")

    def take(self, n: int) -> list[str]:
        return [self.scans.get(timeout=WAIT_S).raw for _ in range(n)]

    def nothing_more(self) -> None:
        with pytest.raises(queue.Empty):
            self.scans.get(timeout=0.3)


@pytest.fixture
def listener() -> Listener:
    return Listener()


@pytest.fixture
def started() -> Iterator[list[SerialScanner]]:
    readers: list[SerialScanner] = []
    yield readers
    for reader in readers:
        reader.stop()


def start(readers: list[SerialScanner], config: ScannerConfig, listener: Listener, **kwargs: Any) -> SerialScanner:
    reader = SerialScanner(
        config, on_scan=listener.scans.put, on_status=listener.on_status, retry_s=0.05, read_timeout_s=0.05, **kwargs
    )
    readers.append(reader)
    reader.start()
    return reader


def relink(link: Path, target: str) -> None:
    """Point the by-id style link at a new node, atomically, as udev does on a replug."""
    tmp = link.with_name(link.name + ".new")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target)
    tmp.replace(link)


@pytest.mark.allow_log_warnings  # the scan cut by the unplug is logged as dropped
def test_scans_before_and_after_an_unplug_arrive_once_each(
    tmp_path: Path, listener: Listener, started: list[SerialScanner]
) -> None:
    link = tmp_path / "usb-Honeywell_1900-if00"
    first = Pty()
    relink(link, first.path)
    start(started, ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port=str(link)), listener)
    assert listener.wait_state(DeviceState.CONNECTED).detail == str(link)

    first.send(f"]C10105901234000017{GS}10LOT1\r".encode())
    first.send(b"M:M01\r")
    assert listener.take(2) == [f"0105901234000017{GS}10LOT1", "M:M01"]

    first.send(b"0109501101")  # half a scan on the wire when the cable comes out
    time.sleep(0.1)
    first.unplug()
    assert "unplugged" in listener.wait_state(DeviceState.DISCONNECTED).detail

    second = Pty()
    relink(link, second.path)
    plugged_in = time.monotonic()
    listener.wait_state(DeviceState.CONNECTED, timeout=RECONNECT_BUDGET_S)
    assert time.monotonic() - plugged_in < RECONNECT_BUDGET_S

    second.send(b"B:B1001\rT:304/2023-10\r")
    assert listener.take(2) == ["B:B1001", "T:304/2023-10"]
    listener.nothing_more()  # the half scan was dropped, not glued to the next one, and nothing came twice
    second.unplug()


def test_found_again_by_usb_ids_under_another_name(listener: Listener, started: list[SerialScanner]) -> None:
    plugged: list[ListPortInfo] = []

    def scanner_port(path: str) -> ListPortInfo:
        info = ListPortInfo(path, skip_link_detection=True)
        info.vid, info.pid, info.serial_number = 0x0C2E, 0x0B61, "21012B0123"
        return info

    other = ListPortInfo("/dev/ttyS0", skip_link_detection=True)
    config = ScannerConfig(id="dock", kind=ScannerKind.SERIAL, usb_vid="0c2e", usb_pid="0b61", usb_serial="21012B0123")
    start(started, config, listener, ports=lambda: [other, *plugged])
    missing = listener.wait_state(DeviceState.DISCONNECTED)
    assert "not plugged in (looking for USB 0c2e:0b61 21012B0123)" in missing.detail

    first = Pty()
    plugged[:] = [scanner_port(first.path)]
    assert listener.wait_state(DeviceState.CONNECTED).detail == first.path
    first.send(b"SCAN-1\r")
    assert listener.take(1) == ["SCAN-1"]

    first.unplug()
    plugged.clear()
    listener.wait_state(DeviceState.DISCONNECTED)
    second = Pty()
    plugged[:] = [scanner_port(second.path)]
    assert listener.wait_state(DeviceState.CONNECTED, timeout=RECONNECT_BUDGET_S).detail == second.path
    second.send(b"SCAN-2\r")
    assert listener.take(1) == ["SCAN-2"]
    listener.nothing_more()
    second.unplug()


def test_a_port_held_by_another_program_is_an_error_until_it_lets_go(
    listener: Listener, started: list[SerialScanner]
) -> None:
    pty = Pty()
    squatter = serial.serial_for_url(pty.path, exclusive=True)
    start(started, ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port=pty.path), listener)
    assert "in use by another program" in listener.wait_state(DeviceState.ERROR).detail
    squatter.close()
    listener.wait_state(DeviceState.CONNECTED)
    pty.send(b"AFTER\r")
    assert listener.take(1) == ["AFTER"]
    pty.unplug()


def test_the_reader_opens_exclusively(listener: Listener, started: list[SerialScanner]) -> None:
    pty = Pty()
    start(started, ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port=pty.path), listener)
    listener.wait_state(DeviceState.CONNECTED)
    with pytest.raises(serial.SerialException, match="exclusively lock"):
        serial.serial_for_url(pty.path, exclusive=True)
    pty.unplug()


def test_a_missing_port_is_disconnected_not_an_exception(listener: Listener, started: list[SerialScanner]) -> None:
    start(started, ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port="/dev/serial/by-id/nothing"), listener)
    assert "not plugged in" in listener.wait_state(DeviceState.DISCONNECTED).detail


def test_loop_url(listener: Listener, started: list[SerialScanner]) -> None:
    loop = serial.serial_for_url("loop://", timeout=0.05)
    opened: list[dict[str, Any]] = []

    def opener(url: str, **kwargs: Any) -> Any:
        opened.append({"url": url, **kwargs})
        return loop

    start(started, ScannerConfig(id="loop", kind=ScannerKind.SERIAL, port="loop://"), listener, opener=opener)
    listener.wait_state(DeviceState.CONNECTED)
    loop.write(f"]d20109501101530003{GS}10A\r\n".encode())
    loop.write(b"]C0M:M02\r\n")
    scans = [listener.scans.get(timeout=WAIT_S) for _ in range(2)]
    assert [(s.aim, s.raw, s.source) for s in scans] == [
        ("]d2", f"0109501101530003{GS}10A", "serial:loop"),
        ("]C0", "M:M02", "serial:loop"),
    ]
    assert opened[0]["url"] == "loop://" and opened[0]["exclusive"] is True


def test_socket_url(listener: Listener, started: list[SerialScanner]) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    connected = threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            connected.wait(WAIT_S)  # pyserial clears its input when it opens: talk once the reader is there
            conn.sendall(b"NET-1\rNET-2\r")
            time.sleep(0.5)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    start(started, ScannerConfig(id="net", kind=ScannerKind.SERIAL, port=f"socket://127.0.0.1:{port}"), listener)
    listener.wait_state(DeviceState.CONNECTED)
    connected.set()
    assert listener.take(2) == ["NET-1", "NET-2"]
    thread.join()
    server.close()


def test_find_port_by_path_url_or_ids(tmp_path: Path) -> None:
    node = tmp_path / "ttyACM0"
    node.touch()
    assert find_port(ScannerConfig(id="a", kind=ScannerKind.SERIAL, port=str(node)), []) == str(node)
    assert find_port(ScannerConfig(id="a", kind=ScannerKind.SERIAL, port=str(tmp_path / "gone")), []) is None
    assert find_port(ScannerConfig(id="a", kind=ScannerKind.SERIAL, port="rfc2217://host:1"), []) == "rfc2217://host:1"
    info = ListPortInfo("/dev/ttyACM3", skip_link_detection=True)
    info.vid, info.pid, info.serial_number = 0x05E0, 0x1200, "X"
    by_ids = ScannerConfig(id="a", kind=ScannerKind.SERIAL, usb_vid="05e0", usb_pid="1200")
    assert find_port(by_ids, [info]) == "/dev/ttyACM3"
    assert (
        find_port(
            ScannerConfig(id="a", kind=ScannerKind.SERIAL, usb_vid="05e0", usb_pid="1200", usb_serial="Y"), [info]
        )
        is None
    )
