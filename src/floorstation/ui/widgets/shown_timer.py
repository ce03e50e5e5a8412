"""A timer that runs only while its widget is on screen: a panel that follows something (a camera's picture and
state, the print queue) stops reading it as soon as it is hidden, and starts again when it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class ShownTimer(QTimer):
    """Calls ``tick`` every ``interval_ms`` while ``widget`` is shown; ``at_show``: once more the moment it is shown,
    before the widget's own show handling (so its first picture does not wait a whole interval)."""

    def __init__(self, widget: QWidget, interval_ms: int, tick: Callable[[], None], *, at_show: bool = False) -> None:
        super().__init__(widget)
        self.setInterval(interval_ms)
        self.timeout.connect(tick)
        self._at_show = tick if at_show else None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show:
            self.start()
            if self._at_show is not None:
                self._at_show()
        elif event.type() == QEvent.Type.Hide:
            self.stop()
        return False
