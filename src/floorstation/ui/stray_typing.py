"""Keys typed where no field takes them (nothing to type into is open): gathered while the typing goes on and
said once it stops, never dropped without a word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

#: Typing that reached no field is pointed out this long after the last key (milliseconds).
STRAY_TYPING_MS = 600


class StrayTyping(QObject):
    """said(str): what to tell the person about the keys that went nowhere, once they stopped typing."""

    said = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STRAY_TYPING_MS)
        self._timer.timeout.connect(self._say)

    def key(self, text: str) -> None:
        """A key no field took: printable ones are kept until the typing stops."""
        if text and text.isprintable():
            self._typed += text
            self._timer.start()

    def _say(self) -> None:
        typed, self._typed = self._typed, ""
        self.said.emit(
            QCoreApplication.translate(
                "MainWindow", 'Typed "%s", but no field is open to take it: tap the field first, then type.'
            )
            % typed
        )
