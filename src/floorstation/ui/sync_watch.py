"""The sync state the status bar shows: read on the database thread every two seconds (a server that stopped
answering shows within a few seconds), passed on only when it changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from floorstation.app.status import SyncReport
from floorstation.ui.bridge import Bridge

#: How often the sync state is read: a server that stopped answering shows within a few seconds.
SYNC_POLL_SECONDS = 2


class SyncWatch(QObject):
    """changed(SyncReport | None): the sync state differs from the one shown (None: this station does not sync)."""

    changed = Signal(object)

    def __init__(
        self, bridge: Bridge, status: Callable[[], SyncReport | None] | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._status = status
        self.report: SyncReport | None = None
        self._shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_POLL_SECONDS * 1000)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self._status is not None:
            self._bridge.submit(self._status, on_done=self._on_report)
        else:
            self._on_report(None)

    def _on_report(self, report: SyncReport | None) -> None:
        if report == self.report and self._shown:
            return  # the same as two seconds ago: nothing to lay out or draw again
        self.report = report
        self._shown = True
        self.changed.emit(report)

    def stop(self) -> None:
        self.timer.stop()
