"""Keyboard-wedge scanners in the terminal: an application-wide event filter around the Qt-free assembler.

Install it on the QApplication (``app.installEventFilter(wedge)``) so a scan works whatever widget has focus.
Every key press goes to :class:`floorstation.devices.wedge.WedgeAssembler` and is held; a scanner's burst is
swallowed and comes out as one ``scan_received``, a person's keys are sent again, in order, to the object they
were meant for.

A busy machine must not split a scan. The gap between keys is measured by the key events' own timestamps (the
X server's time of each key press), not by when this thread gets to them; events without one (Qt's test events
carry 0) are timed by the injected clock. The timer that settles a burst that went quiet first takes in the
keys already waiting in the queue: a burst whose keys arrived but were not handled yet is not quiet.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from floorstation.devices.scan_framer import Wall, wall_now
from floorstation.devices.scanner_config import DEFAULT_WEDGE, ScannerConfig
from floorstation.devices.wedge import KeyStroke, WedgeAssembler, WedgeOutput

Key = Qt.Key
Mod = Qt.KeyboardModifier

_MODIFIER_KEYS = frozenset(
    {
        Key.Key_Shift,
        Key.Key_Control,
        Key.Key_Alt,
        Key.Key_AltGr,
        Key.Key_Meta,
        Key.Key_Super_L,
        Key.Key_Super_R,
        Key.Key_CapsLock,
        Key.Key_NumLock,
        Key.Key_ScrollLock,
    }
)
_CONTROL_TEXT = frozenset({"\x1d", "\x1e", "\x04"})
_SCANNER_CONTROL_KEYS = frozenset({Key.Key_BracketRight, Key.Key_AsciiCircum})
SETTLE_GRACE_MS = 60
"""The quiet timer fires this long after a gap has passed, so keys the system is still delivering come first (a
person's key then shows ~90 ms after it was typed, which nobody notices)."""


class WedgeFilter(QObject):
    """Turns keyboard-wedge scans into signals and keeps their keys out of the focused widget.

    Signals:
        scan_received(ScanEvent): a scanner's burst, complete; GS characters kept, AIM identifier split off.
    """

    scan_received = Signal(object)

    def __init__(
        self,
        config: ScannerConfig = DEFAULT_WEDGE,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Wall = wall_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._assembler = WedgeAssembler(config, clock=clock, wall=wall)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_quiet)
        self._replaying = False
        self._settling = False

    @property
    def holding(self) -> bool:
        """Keys are held back right now (a burst in progress, or typing not yet given back)."""
        return self._assembler.holding

    def poll(self) -> None:
        """Settle a burst that went quiet (the timer calls this; tests with a hand-moved clock may too)."""
        self._apply(self._assembler.poll())

    def _on_quiet(self) -> None:
        """The timer: let keys that are already queued in first (they may continue the burst), then settle."""
        if self._settling:  # fired again inside the queue just taken in: look again later
            self._arm()
            return
        self._settling = True
        try:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        finally:
            self._settling = False
        self.poll()

    def flush(self) -> None:
        """Give back every held key now (call before removing the filter)."""
        self._apply(self._assembler.flush())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Every event of the application comes here: the cheap type check first (asking for the event's type
        # makes a Python enum each time, and paint, timer and layout events are most of them).
        if self._replaying or not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._on_key_press(watched, event)
        if kind == QEvent.Type.KeyRelease:
            if event.key() == Key.Key_Alt and not event.isAutoRepeat():
                self._apply(self._assembler.alt_released())
            return False
        if kind == QEvent.Type.ShortcutOverride and self._claims_shortcut(event):
            event.accept()
            return True
        return False

    def _claims_shortcut(self, event: QKeyEvent) -> bool:
        """A key that is part of a burst, or Ctrl+] / Ctrl+^, must not trigger a shortcut: claiming it in the
        ShortcutOverride makes Qt deliver it as a key press, which comes here."""
        return self._assembler.holding or (_ctrl(event) and event.key() in _SCANNER_CONTROL_KEYS)

    def _on_key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            return False
        if event.isAutoRepeat():  # a held-down key: a person, never a scanner
            self.flush()
            return False
        mods = event.modifiers()
        stroke = KeyStroke(
            text=_stroke_text(event),
            ctrl=_ctrl(event),
            alt=bool(mods & Mod.AltModifier),
            keypad=bool(mods & Mod.KeypadModifier),
            token=(watched, QKeyEvent(event)),
            stamp=event.timestamp() / 1000 if event.timestamp() else None,
            unreadable=event.key() in (0, Key.Key_unknown) and not event.text(),
        )
        self._apply(self._assembler.press(stroke))
        return True

    def _apply(self, out: WedgeOutput) -> None:
        if out.release:
            self._replaying = True
            try:
                for stroke in out.release:
                    target, copy = cast(tuple[QObject, QKeyEvent], stroke.token)
                    if shiboken6.isValid(target):
                        QCoreApplication.sendEvent(target, copy)
            finally:
                self._replaying = False
        for scan in out.scans:
            self.scan_received.emit(scan)
        self._arm()

    def _arm(self) -> None:
        deadline = self._assembler.deadline
        if deadline is None:
            self._timer.stop()
            return
        self._timer.start(max(0, math.ceil((deadline - self._clock()) * 1000)) + SETTLE_GRACE_MS)


def _ctrl(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & Mod.ControlModifier)


def _stroke_text(event: QKeyEvent) -> str:
    """The character a key types; for Ctrl/Alt combinations the key's own character (``]`` for Ctrl+]).

    On X11 Ctrl+] arrives with text GS, from QTest with text ``]``, elsewhere with none: the key decides.
    """
    text = event.text()
    mods = event.modifiers()
    if mods & (Mod.ControlModifier | Mod.AltModifier) and text not in _CONTROL_TEXT:
        key = event.key()
        return chr(key) if 0x20 <= key < 0x7F else ""
    return text
