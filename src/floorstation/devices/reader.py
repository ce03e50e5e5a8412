"""What every threaded scanner reader shares: its thread, its status, and listeners that cannot kill it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from floorstation.devices.scan_framer import ScanFramer, Wall
from floorstation.devices.scanner_config import ScannerConfig
from floorstation.domain.devices import DeviceState, DeviceStatus, StatusListener
from floorstation.domain.scanning import ScanEvent

log = logging.getLogger(__name__)

ScanListener = Callable[[ScanEvent], None]


class ScannerThread:
    """A scanner read on its own named thread. Listeners are called on that thread; the UI's bridge moves
    them to the GUI thread. A listener that raises is logged, and the reader carries on."""

    def __init__(self, config: ScannerConfig, *, on_scan: ScanListener, on_status: StatusListener, wall: Wall) -> None:
        self.config = config
        self._on_scan = on_scan
        self._on_status = on_status
        self._framer = ScanFramer(config, wall)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status: DeviceStatus | None = None

    @property
    def status(self) -> DeviceStatus | None:
        return self._status

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name=f"scanner-{self.config.id}", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        raise NotImplementedError

    def _feed(self, text: str) -> None:
        for event in self._framer.feed(text):
            try:
                self._on_scan(event)
            except Exception:
                log.exception("scan listener failed for %s", self.config.id)

    def _lost(self, exc: BaseException) -> None:
        """The device went away: forget the half-sent scan (never glue it to the next one), say so."""
        lost = self._framer.reset()
        log.info("scanner %s went away: %s", self.config.id, exc)
        if lost:
            log.warning("scanner %s unplugged mid-scan; dropped %r", self.config.id, lost)
        self._report(DeviceState.DISCONNECTED, "unplugged; waiting for it to come back")

    def _report(self, state: DeviceState, detail: str) -> None:
        status = DeviceStatus(self.config.id, self.config.kind.value, state, detail)
        if status == self._status:
            return
        self._status = status
        try:
            self._on_status(status)
        except Exception:
            log.exception("status listener failed for %s", self.config.id)
