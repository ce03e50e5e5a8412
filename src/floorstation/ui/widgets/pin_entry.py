"""A PIN keypad with a line that says what went wrong (wrong PIN, not allowed) without leaving the panel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from floorstation.domain.errors import FloorstationError
from floorstation.ui.error_texts import error_sentence
from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keypad import Keypad


class PinEntry(Retranslating, QWidget):
    """Signals: accepted(str): the PIN typed, when the accept button is pressed."""

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, prompt: str = "", accept_text: str = "") -> None:
        super().__init__(parent)
        self._prompt = prompt
        self.prompt = QLabel("")
        set_look(self.prompt, role="subtitle")
        self.prompt.setWordWrap(True)
        # Room for two lines of error from the start: a wrong PIN does not push the keypad down.
        self.error = FixedLines(lines=2)
        set_look(self.error, role="hint")
        self.keypad = Keypad(masked=True, decimals=False, max_length=12, accept_text=accept_text)
        self.keypad.setMaximumWidth(420)
        self.keypad.accepted.connect(self.accepted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.error)
        layout.addWidget(self.keypad)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self._prompt or self.tr("Type your PIN"))

    def type_pin(self, pin: str) -> None:
        """Tap the digits (tests and the demo)."""
        for digit in pin:
            self.keypad.key(digit).click()

    def show_error(self, error: FloorstationError) -> None:
        self.error.setText(error_sentence(error))
        self.keypad.clear()
