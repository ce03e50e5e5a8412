"""The station's scanners, built from its configuration: started, stopped, and each one's state published.

The UI subscribes with plain callbacks (no Qt here); they are called on the thread that produced the news, a
scanner's reader thread for most, so the UI's bridge must move them to the GUI thread. Keyboard-wedge scans
arrive in the UI's event filter; it hands them to :meth:`DeviceRegistry.publish_scan` so every scan, whatever
its source, reaches the same listeners. Other devices (cameras, printers) may report their state here too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from floorstation.devices.reader import ScanListener
from floorstation.devices.scanner_config import ScannerConfig, ScannerKind, effective
from floorstation.devices.status import DeviceState, DeviceStatus, StatusListener
from floorstation.domain.scanning import ScanEvent

log = logging.getLogger(__name__)

Unsubscribe = Callable[[], None]
T = TypeVar("T")


class Reader(Protocol):
    def start(self) -> None: ...
    def stop(self, timeout: float = 2.0) -> None: ...


class ReaderFactory(Protocol):
    def __call__(self, config: ScannerConfig, *, on_scan: ScanListener, on_status: StatusListener) -> Reader: ...


def default_reader(config: ScannerConfig, *, on_scan: ScanListener, on_status: StatusListener) -> Reader:
    """The real reader for a serial or evdev scanner (imported only when one is configured)."""
    if config.kind is ScannerKind.SERIAL:
        from floorstation.devices.serial_scanner import SerialScanner

        return SerialScanner(config, on_scan=on_scan, on_status=on_status)
    if config.kind is ScannerKind.EVDEV:
        from floorstation.devices.evdev_scanner import EvdevScanner

        return EvdevScanner(config, on_scan=on_scan, on_status=on_status)
    raise ValueError(f"no reader thread for {config.kind} scanners")


class DeviceRegistry:
    def __init__(self, scanners: Sequence[ScannerConfig] = (), *, readers: ReaderFactory = default_reader) -> None:
        self.scanners = effective(scanners)
        self._factory = readers
        self._lock = threading.Lock()
        self._statuses: dict[str, DeviceStatus] = {}
        self._status_listeners: list[StatusListener] = []
        self._scan_listeners: list[ScanListener] = []
        self._readers: list[Reader] = []
        for config in self.scanners:
            if config.kind is ScannerKind.WEDGE:
                status = DeviceStatus(config.id, config.kind.value, DeviceState.CONNECTED, config.where)
            else:
                status = DeviceStatus(config.id, config.kind.value, DeviceState.DISCONNECTED, "not started")
            self._statuses[config.id] = status

    @property
    def wedge(self) -> ScannerConfig | None:
        """The keyboard-wedge settings for the UI's event filter, or None when the station has no wedge scanner."""
        return next((c for c in self.scanners if c.kind is ScannerKind.WEDGE), None)

    def statuses(self) -> list[DeviceStatus]:
        with self._lock:
            return list(self._statuses.values())

    def status(self, device_id: str) -> DeviceStatus | None:
        with self._lock:
            return self._statuses.get(device_id)

    def on_status(self, listener: StatusListener) -> Unsubscribe:
        """Call ``listener`` with every change of any device's status (not with the current ones: see statuses)."""
        return self._subscribe(self._status_listeners, listener)

    def on_scan(self, listener: ScanListener) -> Unsubscribe:
        return self._subscribe(self._scan_listeners, listener)

    def start(self) -> None:
        """Start a reader thread for each serial and evdev scanner; a missing scanner is a status, not an error."""
        with self._lock:
            if self._readers:
                return
            configs = [c for c in self.scanners if c.kind is not ScannerKind.WEDGE]
        readers = [self._factory(c, on_scan=self.publish_scan, on_status=self.report) for c in configs]
        with self._lock:
            self._readers = readers
        for reader in readers:
            reader.start()

    def stop(self) -> None:
        with self._lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            reader.stop()

    def report(self, status: DeviceStatus) -> None:
        """Record a device's status and tell the listeners when it changed. Any thread."""
        with self._lock:
            if self._statuses.get(status.device_id) == status:
                return
            self._statuses[status.device_id] = status
            listeners = list(self._status_listeners)
        for listener in listeners:
            _call(listener, status)

    def publish_scan(self, event: ScanEvent) -> None:
        """Hand a scan to the listeners. Any thread."""
        with self._lock:
            listeners = list(self._scan_listeners)
        for listener in listeners:
            _call(listener, event)

    def _subscribe(self, listeners: list[Callable[[T], None]], listener: Callable[[T], None]) -> Unsubscribe:
        with self._lock:
            listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in listeners:
                    listeners.remove(listener)

        return unsubscribe


def _call(listener: Callable[[T], None], value: T) -> None:
    try:
        listener(value)
    except Exception:
        log.exception("device listener %r failed", listener)
