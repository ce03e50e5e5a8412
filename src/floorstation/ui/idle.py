"""Notices when nobody has touched the terminal (or scanned) for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
}


class IdleWatch(QObject):
    """An application-wide event filter that restarts a single-shot timer on every touch, click or key.

    Signals:
        went_idle(): ``seconds`` passed without any activity.
        used(): a touch, click, key or scan (the person who acts is still here).
    """

    went_idle = Signal()
    used = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.went_idle)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: float) -> None:
        self.seconds = seconds
        self._timer.stop()
        if seconds > 0:
            self._timer.setInterval(int(seconds * 1000))
            self._timer.start()

    def poke(self) -> None:
        """Something happened (a scan counts too)."""
        self.used.emit()
        if self.seconds > 0:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Every event of the application comes here: the cheap type check first (most are paint, timer, layout).
        if isinstance(event, QInputEvent) and event.type() in _ACTIVITY:
            self.poke()
        return False
