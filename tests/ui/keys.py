"""A keyboard-wedge scanner and a person at a plugged-in keyboard, as key events through the real event filter.

Every key is a ``QKeyEvent`` with the timestamp X would give it, sent to the widget that has the keyboard's focus
(as the window system does); the filter's clock moves by hand, so a test says how late the terminal got to a key.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from floorstation.devices.scanner_config import DEFAULT_WEDGE
from floorstation.domain.scanning import GS, ScanEvent
from floorstation.ui.wedge_filter import WedgeFilter

SCANNER_MS = 4
PERSON_MS = 150


class Keys:
    """The X server's key timestamps (``x_ms``) and the filter's clock (``t``, seconds), moved together unless a
    test holds the terminal up."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.x_ms = 5_000_000
        self.wedge = WedgeFilter(
            DEFAULT_WEDGE, clock=lambda: self.t, wall=lambda: datetime(2026, 11, 23, 8, tzinfo=UTC)
        )
        self.scans: list[ScanEvent] = []
        self.wedge.scan_received.connect(self.scans.append)

    def target(self) -> QObject:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "no widget has the keyboard's focus"
        return widget

    def event(self, char: str) -> QKeyEvent:
        mods = Qt.KeyboardModifier.NoModifier
        if char == GS:
            key, mods, text = int(Qt.Key.Key_BracketRight), Qt.KeyboardModifier.ControlModifier, GS
        elif char == "\r":
            key, text = int(Qt.Key.Key_Return), "\r"
        elif char == "\b":
            key, text = int(Qt.Key.Key_Backspace), "\b"
        else:
            key, text = ord(char.upper()), char
        event = QKeyEvent(QEvent.Type.KeyPress, key, mods, text)
        event.setTimestamp(self.x_ms)
        return event

    def strokes(self, text: str, gap_ms: float, *, late_ms: dict[int, float] | None = None) -> Iterator[QKeyEvent]:
        """The key events of ``text``, ``gap_ms`` apart by X's clock; the terminal gets to key ``i`` ``late_ms[i]``
        later than that (it was busy)."""
        for i, char in enumerate(text):
            self.x_ms += int(gap_ms)
            self.t += gap_ms / 1000 + (late_ms or {}).get(i, 0) / 1000
            yield self.event(char)

    def type(self, text: str, gap_ms: float, *, late_ms: dict[int, float] | None = None) -> None:
        for event in self.strokes(text, gap_ms, late_ms=late_ms):
            QCoreApplication.sendEvent(self.target(), event)

    def scan(self, code: str, *, late_ms: dict[int, float] | None = None) -> None:
        """A scanner's burst: the code and Enter, a few milliseconds apart."""
        self.type(code + "\r", SCANNER_MS, late_ms=late_ms)

    def person(self, text: str) -> None:
        """A person typing, then a pause: every key reaches the focused field."""
        self.type(text, PERSON_MS)
        self.quiet()

    def quiet(self) -> None:
        """Time passes with no key: whatever the filter holds is settled."""
        self.t += 1
        self.x_ms += 1000
        self.wedge.poll()
