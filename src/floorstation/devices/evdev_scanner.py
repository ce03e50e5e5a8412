"""Linux evdev scanners: the scanner's input device, grabbed, read with our own US keymap.

``grab()`` (EVIOCGRAB) takes the device away from the desktop, so its keys never type into any window; the
keymap in :mod:`floorstation.devices.keymap` makes the PC's keyboard layout irrelevant. Optional at run time:
the ``evdev`` package is imported only when such a scanner starts, and its absence is a status that says
what to install, never a crash. Unplugging raises ``OSError`` (ENODEV) on read: the status goes
``disconnected`` and the device is looked for again, as for serial scanners.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import sys
from typing import Any

from floorstation.devices.keymap import KeyTranslator
from floorstation.devices.reader import ScanListener, ScannerThread
from floorstation.devices.scan_framer import Wall, wall_now
from floorstation.devices.scanner_config import ScannerConfig
from floorstation.domain.devices import DeviceState, StatusListener
from floorstation.domain.errors import FloorstationError

_OTHER_KINDS = 'or set this scanner\'s kind to "wedge" or "serial" in station.toml'


def require_evdev() -> Any:
    """The ``evdev`` module, or a FloorstationError saying what to do without it."""
    if not sys.platform.startswith("linux"):
        raise FloorstationError(
            "Reading a scanner through evdev works on Linux only.", f"Use another mode: {_OTHER_KINDS}."
        )
    try:
        import evdev  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise FloorstationError(
            "Reading a scanner through evdev needs the Python package 'evdev', which is not installed.",
            f"Install it (pip install evdev), {_OTHER_KINDS}.",
        ) from None
    return evdev


class EvdevScanner(ScannerThread):
    """One grabbed input device; ``start`` it, get ``on_scan`` and ``on_status`` calls on its thread."""

    def __init__(
        self,
        config: ScannerConfig,
        *,
        on_scan: ScanListener,
        on_status: StatusListener,
        evdev_module: Any = None,
        wall: Wall = wall_now,
        retry_s: float = 0.5,
        poll_s: float = 0.2,
    ) -> None:
        super().__init__(config, on_scan=on_scan, on_status=on_status, wall=wall)
        self._evdev = evdev_module
        self._keys = KeyTranslator()
        self._retry_s = retry_s
        self._poll_s = poll_s

    def _run(self) -> None:
        try:
            ev = self._evdev or require_evdev()
        except FloorstationError as exc:
            self._report(DeviceState.ERROR, str(exc))
            return
        while not self._stop.is_set():
            device = self._open(ev)
            if device is None:
                self._stop.wait(self._retry_s)
                continue
            try:
                self._read(ev, device)
            finally:
                for release in (device.ungrab, device.close):
                    with contextlib.suppress(OSError):
                        release()
        self._report(DeviceState.DISCONNECTED, "stopped")

    def _find(self, ev: Any) -> str | None:
        c = self.config
        if c.device:
            return c.device if os.path.exists(c.device) else None
        for path in ev.list_devices():
            try:
                device = ev.InputDevice(path)
            except OSError:
                continue
            try:
                name_ok = not c.name_contains or c.name_contains.lower() in device.name.lower()
                ids_ok = not c.usb_vid or (device.info.vendor, device.info.product) == (
                    int(c.usb_vid, 16),
                    int(c.usb_pid, 16),
                )
            finally:
                device.close()
            if name_ok and ids_ok:
                return str(path)
        return None

    def _open(self, ev: Any) -> Any | None:
        path = self._find(ev)
        if path is None:
            self._report(DeviceState.DISCONNECTED, f"not plugged in (looking for {self.config.where})")
            return None
        try:
            device = ev.InputDevice(path)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM):
                self._report(
                    DeviceState.ERROR,
                    f"no permission to read {path}: install resources/udev/99-floorstation-scanners.rules",
                )
            else:
                self._report(DeviceState.DISCONNECTED, f"{path} went away ({exc.strerror})")
            return None
        try:
            device.grab()
        except OSError as exc:
            device.close()
            self._report(DeviceState.ERROR, f"{path} is grabbed by another program ({exc.strerror})")
            return None
        self._keys.reset()
        self._framer.reset()
        self._report(DeviceState.CONNECTED, f"{device.name} ({path})")
        return device

    def _read(self, ev: Any, device: Any) -> None:
        key_type = ev.ecodes.EV_KEY
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([device.fd], [], [], self._poll_s)
                if not ready:
                    continue
                events = list(device.read())
            except BlockingIOError:
                continue
            except OSError as exc:
                self._lost(exc)
                return
            text = "".join(self._keys.key(e.code, e.value) for e in events if e.type == key_type)
            if text:
                self._feed(text)
