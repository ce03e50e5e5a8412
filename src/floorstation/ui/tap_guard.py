"""A second tap that lands on a screen the first tap just changed does nothing.

People double-tap touch screens (a habit from the desktop, or a panel that felt slow). When the first tap opens
a panel or another screen, the second lands on whatever is now under the finger — a reason, a keypad key, a
customer. The guard swallows a press that comes within ``ms`` of the tap that changed the screen, timed by the
events' own timestamps (never by when the GUI thread gets to them, and never by sleeping).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QSinglePointEvent

#: Default for ``tap_guard_ms``: shorter than a deliberate second tap on a new screen (people need longer to see
#: it), longer than the gap inside a double tap.
DEFAULT_MS = 350

_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class TapGuard(QObject):
    """An application-wide event filter; call :meth:`screen_changed` whenever the screen changed (another screen,
    a panel opened or closed)."""

    def __init__(self, ms: int = DEFAULT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ms = ms
        self._last_release: int | None = None
        self._changed_at: int | None = None
        self._swallowing = False
        self.swallowed = 0
        """Presses ignored so far (for tests and the log)."""

    def screen_changed(self) -> None:
        """The screen changed: the tap released last is the one that changed it."""
        self._changed_at = self._last_release

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Every event of the application comes here: the cheap type check first (asking for the event's type
        # makes a Python enum each time, and paint, timer and layout events are most of them).
        if not isinstance(event, QSinglePointEvent):
            return False
        kind = event.type()
        if kind in _PRESSES:
            changed = self._changed_at
            if self.ms > 0 and changed is not None and 0 <= event.timestamp() - changed < self.ms:
                if kind == QEvent.Type.MouseButtonPress:
                    self.swallowed += 1
                self._swallowing = True
                return True
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            if self._swallowing:
                self._swallowing = False
                return True
            self._last_release = event.timestamp()
        return False
