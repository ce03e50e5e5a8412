"""Every scan is answered at once: a short sound and a toast with what was read, over whatever is on screen.

The toast floats over the window (over an open panel too) and lets taps through, so it never moves or covers a
button a finger is on its way to. A scan that was not used says why in the toast and the message line; a supplier's
label a production terminal keeps for later waits in :class:`KeptLabels`, a button in the message line that the
person taps when they want to receive it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from floorstation.app.lookup import Identified
from floorstation.ui.i18n import Retranslating, is_language_change
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton

TOAST_MS = 2500
"""How long the toast stays."""
MAX_KEPT = 20
"""Supplier labels kept for goods-in, newest first; older ones are forgotten (they are still on the pallet)."""


def printable(raw: str) -> str:
    """A scan as people read it: control characters (GS between GS1 fields) as visible symbols."""
    return "".join(chr(0x2400 + ord(c)) if ord(c) < 0x20 else c for c in raw)


class ScanToast(QLabel):
    """A short line at the top of the window: what was read (ok), or why it was not used (error)."""

    def __init__(self, window: QWidget, *, beep: Callable[[], None] = QApplication.beep) -> None:
        super().__init__(window)
        self.setObjectName("scan_toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._beep = beep
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TOAST_MS)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def read(self, raw: str) -> None:
        """A scan came in: the sound and what was read, before anything is looked up."""
        self._beep()
        self.show_text(self.tr("Read: %s") % printable(raw), "ok")

    def refused(self, text: str) -> None:
        """The scan was not used: why, where the person is looking."""
        self._beep()
        self.show_text(text, "error")

    def show_text(self, text: str, level: str) -> None:
        self.setText(text)
        set_look(self, level=level)
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if is_language_change(event):  # a line in the language just left would stay on screen
            self.hide()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(window.width() - 32, max(480, window.width() * 2 // 3))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((window.width() - width) // 2, 8)


class KeptLabels(Retranslating, BigButton):
    """Supplier labels kept for goods-in; tapped, the newest is handed on to be received.

    Signals:
        receive_requested(Identified): the person asked to receive this label now.
    """

    receive_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__("", kind="primary", height=56)
        self.setObjectName("kept_labels")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedWidth(300)
        # Hidden, it leaves the whole line to the message; shown, it takes the line's right end (the line's height
        # never changes, so nothing above it moves).
        self.labels: list[Identified] = []
        self.clicked.connect(self._tapped)
        self.retranslate()

    def keep(self, item: Identified) -> bool:
        """Keep ``item``; False when the same label is already kept."""
        key = _label_key(item)
        if any(_label_key(kept) == key for kept in self.labels):
            return False
        self.labels.insert(0, item)
        del self.labels[MAX_KEPT:]
        self.retranslate()
        return True

    def forget(self, item: Identified) -> None:
        key = _label_key(item)
        self.labels = [kept for kept in self.labels if _label_key(kept) != key]
        self.retranslate()

    def retranslate(self) -> None:
        if not self.labels:
            self.hide()
            return
        newest = self.labels[0]
        more = len(self.labels) - 1
        text = self.tr("Goods in: %s") % newest.label
        if more:
            text += " " + self.tr("(+%d)") % more
        self.setToolTip(text)
        line = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.width() - 24)
        self.setText(line + "\n" + self.tr("Tap to receive"))
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        restyled = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if restyled and getattr(self, "labels", None):  # (the look is set before the list exists)
            self.retranslate()  # the line is cut to the width in the look's font

    def _tapped(self) -> None:
        if self.labels:
            item = self.labels.pop(0)
            self.retranslate()
            self.receive_requested.emit(item)


def _label_key(item: Identified) -> str:
    return item.gs1.data if item.gs1 is not None else item.raw
