"""What the terminal knows about its devices: the scanners' and cameras' live states (relayed from the threads
that notice them), the devices it polls, the printers' health from the print queue, and the demo panel.

The main window shows it on the status bar and the settings; this object only gathers it and says when it
changed. Scans from the registry's readers reach the window through the same relay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.ports import ScanSources
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.bridge import Bridge
from floorstation.ui.print_queue import PrintQueue


class DeviceWatch(QObject):
    """Signals:
    changed(): a device's state changed, or a poll answered.
    """

    changed = Signal()

    def __init__(
        self,
        bridge: Bridge,
        sources: ScanSources | None,
        *,
        polled: Callable[[], Sequence[DeviceStatus]] | None = None,
        print_queue: PrintQueue | None = None,
        on_scan: Callable[[ScanEvent], None] | None = None,
    ) -> None:
        super().__init__(bridge)
        self._bridge = bridge
        self._polled_source = polled
        self._print_queue = print_queue
        self._polled: list[DeviceStatus] = []
        self._live: dict[str, DeviceStatus] = {}
        self._unsubscribe: list[Callable[[], None]] = []
        self.demo_panel: str | None = None
        """The demo panel's name on screen, when it is there (a scanner that is always ready)."""
        if sources is not None:
            self._live = {s.device_id: s for s in sources.statuses()}
            self._unsubscribe.append(sources.on_status(bridge.relay(self._on_status)))
            if on_scan is not None:
                self._unsubscribe.append(sources.on_scan(bridge.relay(on_scan)))
        if print_queue is not None:
            print_queue.health_changed.connect(lambda _health: self.changed.emit())

    def reports(self) -> list[DeviceStatus]:
        """Everything known about the devices now: the registry's, polled ones, the printers', the demo panel."""
        reports: list[DeviceStatus] = [*self._live.values(), *self._polled]
        if self._print_queue is not None:
            reports.extend(self._print_queue.health)
        if self.demo_panel is not None:
            reports.append(DeviceStatus("demo", "scanner", DeviceState.CONNECTED, self.demo_panel))
        return reports

    def poll(self) -> None:
        """Ask the polled devices again (on the database thread), or just say what is known."""
        if self._polled_source is not None:
            self._bridge.submit(self._polled_source, on_done=self._on_polled)
        else:
            self.changed.emit()

    def _on_polled(self, reports: Sequence[DeviceStatus]) -> None:
        self._polled = list(reports)
        self.changed.emit()

    def _on_status(self, status: DeviceStatus) -> None:
        """A device's state changed (relayed from the thread that noticed)."""
        self._live[status.device_id] = status
        self.changed.emit()

    def stop(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
