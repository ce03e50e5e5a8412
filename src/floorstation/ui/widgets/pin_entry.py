"""A PIN keypad with a line that says what went wrong (wrong PIN, not allowed) without leaving the panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

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
        # What to type and what went wrong share one slot of two lines: a wrong PIN neither pushes the keypad
        # down nor takes room a small screen does not have.
        self.prompt = FixedLines(lines=2)
        set_look(self.prompt, role="subtitle")
        self.error = _ErrorLine(self._show_error_line)
        set_look(self.error, role="hint")
        self._slot = QWidget()  # a plain widget: no background of its own over a coloured panel
        self._pages = QStackedLayout(self._slot)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self._pages.addWidget(self.prompt)
        self._pages.addWidget(self.error)
        self._slot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._slot.setFixedHeight(max(self.prompt.height(), self.error.height()))
        self.keypad = Keypad(masked=True, decimals=False, max_length=12, accept_text=accept_text)
        self.keypad.setMaximumWidth(420)
        self.keypad.accepted.connect(self.accepted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._slot)
        layout.addWidget(self.keypad)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self._prompt or self.tr("Type your PIN"))

    def type_pin(self, pin: str) -> None:
        """Tap the digits (tests and the demo)."""
        for digit in pin:
            self.keypad.key(digit).click()

    def _show_error_line(self, text: str) -> None:
        self._pages.setCurrentWidget(self.error if text else self.prompt)

    def show_error(self, error: FloorstationError) -> None:
        self.error.setText(error_sentence(error))
        self.keypad.clear()


class _ErrorLine(FixedLines):
    """The error line of a PIN entry: it takes the prompt's place while it says something."""

    def __init__(self, said: Callable[[str], None]) -> None:
        self._said: Callable[[str], None] | None = None
        super().__init__(lines=2)
        self._said = said

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        if self._said is not None:
            self._said(text)
