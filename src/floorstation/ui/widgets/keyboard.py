"""An on-screen text keyboard for codes and short notes (lot codes, SSCCs, a note on a machine mark)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton

if TYPE_CHECKING:
    from floorstation.ui.widgets.overlay import Overlay

_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM/.,")
SHIFT = "⇧"
SPACE = "␣"
BACKSPACE = "⌫"


class Keyboard(Retranslating, QFrame):
    """Letters, digits and the few signs lot codes use; Shift switches to lower case for notes.

    Signals:
        accepted(str): the accept button was pressed.
    """

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, max_length: int = 80, accept_text: str = "") -> None:
        super().__init__(parent)
        self._value = ""
        self._max = max_length
        self._lower = False
        self._keys: dict[str, BigButton] = {}
        self._accept_text = accept_text

        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        set_look(self.display, role="display")
        self.display.setFixedHeight(68)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.display)
        for row in _ROWS:
            line = QHBoxLayout()
            line.setSpacing(6)
            for key in row:
                line.addWidget(self._key(key, key))
            layout.addLayout(line)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self._key(SHIFT, SHIFT), 1)
        bottom.addWidget(self._key(SPACE, ""), 4)
        bottom.addWidget(self._key(BACKSPACE, BACKSPACE), 1)
        self.accept_button = BigButton("", kind="go")
        self.accept_button.clicked.connect(lambda: self.accepted.emit(self._value.strip()))
        bottom.addWidget(self.accept_button, 2)
        layout.addLayout(bottom)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self._keys[SPACE].setText(self.tr("space"))
        self.accept_button.setText(self._accept_text or self.tr("OK"))

    def _key(self, key: str, text: str) -> BigButton:
        button = BigButton(text, kind="key")
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self._keys[key] = button
        return button

    def key(self, key: str) -> BigButton:
        return self._keys[key]

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value[: self._max]
        self._show()

    def type_text(self, text: str) -> None:
        """Type as a person would, key by key (used by tests and the demo)."""
        for char in text:
            if char == " ":
                self.press(SPACE)
            else:
                self.press(char)

    def press(self, key: str) -> None:
        if key == BACKSPACE:
            self._value = self._value[:-1]
        elif key == SHIFT:
            self._lower = not self._lower
            for k, button in self._keys.items():
                if len(k) == 1 and k.isalpha():
                    button.setText(k.lower() if self._lower else k)
        elif len(self._value) < self._max:
            char = " " if key == SPACE else key
            self._value += char.lower() if self._lower else char
        self._show()

    def _show(self) -> None:
        self.display.setText(self._value or " ")
        self.accept_button.setEnabled(bool(self._value.strip()))


def ask_text(
    overlay: Overlay,
    title: str,
    typed: Callable[[str], None],
    *,
    accept_text: str,
    value: str = "",
    max_length: int = 200,
) -> Keyboard:
    """The keyboard on ``overlay`` under ``title``, holding ``value`` to edit; its accept button closes the overlay
    and hands the text to ``typed``."""
    keyboard = Keyboard(max_length=max_length, accept_text=accept_text)
    keyboard.set_value(value)

    def accepted(text: str) -> None:
        overlay.dismiss()
        typed(text)

    keyboard.accepted.connect(accepted)
    overlay.present(title, keyboard)
    return keyboard
