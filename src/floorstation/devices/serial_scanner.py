"""USB-serial (CDC-ACM) scanners: byte-exact data, GS included, read on the scanner's own thread.

The port is opened through pyserial's ``serial_for_url`` (so a test or a demo can hand it a pty, ``loop://`` or
``socket://``) with ``exclusive=True``, so no second program (ModemManager, a terminal) reads half the scans.
It is found by its path or URL, or by USB vendor/product id and serial number, which stay the same when the
scanner is plugged into another socket and comes back as ``/dev/ttyACM1``.

Unplugging is a status, not an exception: the reader reports ``disconnected``, forgets the scan that was
half-way through the cable (the scanner never finished sending it), and looks for the port again every
``retry_s`` until it is back. Each complete scan is reported exactly once: a scan is handed on as soon as its
suffix is read, and reads ask only for the bytes already waiting, so an unplug cannot throw away bytes that
pyserial had read but not returned.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import serial  # type: ignore[import-untyped]
from serial.tools import list_ports  # type: ignore[import-untyped]

from floorstation.devices.reader import ScanListener, ScannerThread
from floorstation.devices.scan_framer import Wall, wall_now
from floorstation.devices.scanner_config import ScannerConfig
from floorstation.domain.devices import DeviceState, StatusListener

Opener = Callable[..., Any]


class PortInfo(Protocol):
    """What :func:`serial.tools.list_ports.comports` lists (``ListPortInfo``)."""

    device: str
    vid: int | None
    pid: int | None
    serial_number: str | None


def find_port(config: ScannerConfig, ports: Iterable[PortInfo]) -> str | None:
    """The path or URL to open for ``config``, or None when the scanner is not there now."""
    if config.port:
        if "://" in config.port or os.path.exists(config.port):
            return config.port
        return None
    vid, pid = int(config.usb_vid, 16), int(config.usb_pid, 16)
    for port in ports:
        if port.vid == vid and port.pid == pid and (not config.usb_serial or port.serial_number == config.usb_serial):
            return port.device
    return None


class SerialScanner(ScannerThread):
    """One serial scanner; ``start`` it, get ``on_scan`` and ``on_status`` calls on its thread, ``stop`` it."""

    def __init__(
        self,
        config: ScannerConfig,
        *,
        on_scan: ScanListener,
        on_status: StatusListener,
        ports: Callable[[], Iterable[PortInfo]] = list_ports.comports,
        opener: Opener = serial.serial_for_url,
        wall: Wall = wall_now,
        retry_s: float = 0.25,
        read_timeout_s: float = 0.1,
    ) -> None:
        super().__init__(config, on_scan=on_scan, on_status=on_status, wall=wall)
        self._ports = ports
        self._opener = opener
        self._retry_s = retry_s
        self._read_timeout_s = read_timeout_s

    def _run(self) -> None:
        while not self._stop.is_set():
            port = self._open()
            if port is None:
                self._stop.wait(self._retry_s)
                continue
            try:
                self._read(port)
            finally:
                _close(port)
        self._report(DeviceState.DISCONNECTED, "stopped")

    def _open(self) -> Any | None:
        try:
            target = find_port(self.config, self._ports())
        except Exception as exc:  # listing ports touches sysfs; a hiccup there is not fatal
            self._report(DeviceState.ERROR, f"cannot list serial ports: {exc}")
            return None
        if target is None:
            self._report(DeviceState.DISCONNECTED, f"not plugged in (looking for {self.config.where})")
            return None
        try:
            port = self._opener(target, baudrate=self.config.baudrate, timeout=self._read_timeout_s, exclusive=True)
        except (serial.SerialException, OSError, ValueError) as exc:
            self._report(*_open_problem(target, exc))
            return None
        self._framer.reset()
        self._report(DeviceState.CONNECTED, target)
        return port

    def _read(self, port: Any) -> None:
        while not self._stop.is_set():
            try:
                # Ask only for what is waiting (or one byte): pyserial drops bytes it read in the same call
                # when the device vanishes before the call returns.
                chunk: bytes = port.read(port.in_waiting or 1)
            except (serial.SerialException, OSError) as exc:
                self._lost(exc)
                return
            if chunk:
                self._feed(chunk.decode("latin-1"))


def _close(port: Any) -> None:
    with contextlib.suppress(serial.SerialException, OSError):
        port.close()


def _open_problem(target: str, exc: BaseException) -> tuple[DeviceState, str]:
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code in (errno.EACCES, errno.EPERM) or "Permission denied" in text:
        return DeviceState.ERROR, (
            f"no permission to open {target}: install resources/udev/99-floorstation-scanners.rules "
            "or add this user to the dialout group"
        )
    if code in (errno.EAGAIN, errno.EBUSY) or "exclusively lock" in text or "busy" in text.lower():
        return DeviceState.ERROR, f"{target} is in use by another program (ModemManager or a terminal?)"
    if code == errno.ENOENT or "No such file" in text:
        return DeviceState.DISCONNECTED, f"not plugged in ({target} is gone)"
    return DeviceState.ERROR, f"cannot open {target}: {text}"
