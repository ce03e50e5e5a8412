"""The station's scanners and cameras, built from its configuration: started, stopped, each one's state published.

The UI subscribes with plain callbacks (no Qt here); they are called on the thread that produced the news, a
scanner's reader thread or a camera's decode thread for most, so the UI's bridge must move them to the GUI
thread. Keyboard-wedge scans arrive in the UI's event filter; it hands them to :meth:`DeviceRegistry.publish_scan`
so every scan, whatever its source, reaches the same listeners. A camera's newest picture, with the symbols
found in it, is :meth:`DeviceRegistry.preview` (the UI polls it). Printers may report their state here too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.reader import ScanListener
from floorstation.devices.scanner_config import ScannerConfig, ScannerKind, effective
from floorstation.devices.status import camera_device_status
from floorstation.domain.devices import DeviceState, DeviceStatus, StatusListener
from floorstation.domain.scanning import ScanEvent

if TYPE_CHECKING:
    from floorstation.devices.camera import Preview

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


class CameraReader(Reader, Protocol):
    def preview(self) -> Preview | None: ...


class CameraFactory(Protocol):
    def __call__(self, config: CameraConfig, *, on_scan: ScanListener, on_status: StatusListener) -> CameraReader: ...


def default_camera(config: CameraConfig, *, on_scan: ScanListener, on_status: StatusListener) -> CameraReader:
    """The real camera (OpenCV and the decoders are imported only when a camera is configured)."""
    from floorstation.devices.camera import AcceptRules, Camera, CameraStatus

    where = config.where

    def on_state(status: CameraStatus) -> None:
        on_status(camera_device_status(config.id, status, where))

    return Camera(
        config.source,
        on_scan=on_scan,
        on_state=on_state,
        decoder=config.decoder,
        formats=config.formats or None,
        rules=AcceptRules(config.confirmations, config.confirm_window_s, config.debounce_s),
        width=config.width,
        height=config.height,
        name=config.id,
    )


class DeviceRegistry:
    def __init__(
        self,
        scanners: Sequence[ScannerConfig] = (),
        cameras: Sequence[CameraConfig] = (),
        *,
        readers: ReaderFactory = default_reader,
        camera_factory: CameraFactory = default_camera,
    ) -> None:
        self.scanners = effective(scanners)
        self.cameras = tuple(cameras)
        self._factory = readers
        self._camera_factory = camera_factory
        self._lock = threading.Lock()
        self._statuses: dict[str, DeviceStatus] = {}
        self._status_listeners: list[StatusListener] = []
        self._scan_listeners: list[ScanListener] = []
        self._readers: list[Reader] = []
        self._cameras: dict[str, CameraReader] = {}
        for config in self.scanners:
            if config.kind is ScannerKind.WEDGE:
                status = DeviceStatus(config.id, config.kind.value, DeviceState.CONNECTED, config.where)
            else:
                status = DeviceStatus(config.id, config.kind.value, DeviceState.DISCONNECTED, "not started")
            self._statuses[config.id] = status
        for camera in self.cameras:
            self._statuses[camera.id] = DeviceStatus(camera.id, "camera", DeviceState.DISCONNECTED, "not started")

    @property
    def wedge(self) -> ScannerConfig | None:
        """The keyboard-wedge settings for the UI's event filter, or None when the station has no wedge scanner."""
        return next((c for c in self.scanners if c.kind is ScannerKind.WEDGE), None)

    def camera_ids(self) -> list[str]:
        return [camera.id for camera in self.cameras]

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

    def preview(self, camera_id: str) -> Preview | None:
        """Camera ``camera_id``'s newest picture (BGR) with the symbols decoded in it; ``None`` while it has none
        (not started, away, not a camera). Any thread; the UI polls it."""
        with self._lock:
            camera = self._cameras.get(camera_id)
        return camera.preview() if camera is not None else None

    def start(self) -> None:
        """Start a reader thread for each serial and evdev scanner and the threads of each camera; a missing
        device is a status, not an error. A camera's scans reach the same listeners as a scanner's."""
        with self._lock:
            if self._readers:
                return
            configs = [c for c in self.scanners if c.kind is not ScannerKind.WEDGE]
        on_scan, on_status = self.publish_scan, self.report
        readers: list[Reader] = [self._factory(c, on_scan=on_scan, on_status=on_status) for c in configs]
        cameras = {c.id: self._camera_factory(c, on_scan=on_scan, on_status=on_status) for c in self.cameras}
        with self._lock:
            self._readers = [*readers, *cameras.values()]
            self._cameras = cameras
            started = list(self._readers)
        for reader in started:
            reader.start()

    def stop(self) -> None:
        with self._lock:
            readers, self._readers, self._cameras = self._readers, [], {}
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
