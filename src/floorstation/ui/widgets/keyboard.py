"""A text keyboard for codes and short notes (lot codes, SSCCs, a note on a machine mark): tapped on the screen
(capitals for codes; Shift for lower case; a row of Polish letters), or typed on a plugged-in keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton

if TYPE_CHECKING:
    from floorstation.ui.widgets.overlay import Overlay

_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM/.,", "ĄĆĘŁŃÓŚŹŻ")
SHIFT = "⇧"
SPACE = "␣"
BACKSPACE = "⌫"


class Keyboard(Retranslating, QFrame):
    """Letters (Polish ones too), digits and the few signs lot codes use; Shift switches to lower case for notes.

    Signals:
        accepted(str): the accept button was pressed.
    """

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, max_length: int = 80, accept_text: str = "") -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value = ""
        self._max = max_length
        self._lower = False
        self._keys: dict[str, BigButton] = {}
        self._accept_text = accept_text

        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        set_look(self.display, role="display")
        self.display.setFixedHeight(60)

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
        shift = self._key(SHIFT, SHIFT)
        shift.setCheckable(True)
        bottom.addWidget(shift, 1)
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

    @property
    def lower_case(self) -> bool:
        """Shift is on: letters type in lower case."""
        return self._lower

    def type_text(self, text: str) -> None:
        """Type as a person would, key by key, with Shift for lower case (used by tests and the demo)."""
        for char in text:
            if char == " ":
                self.press(SPACE)
                continue
            if char.isalpha() and char.upper() in self._keys and char.islower() != self._lower:
                self.press(SHIFT)
            self.press(char.upper() if char.upper() in self._keys else char)

    def press(self, key: str) -> None:
        if key == BACKSPACE:
            self._value = self._value[:-1]
        elif key == SHIFT:
            self._lower = not self._lower
            self._keys[SHIFT].setChecked(self._lower)
            for k, button in self._keys.items():
                if len(k) == 1 and k.isalpha():
                    button.setText(k.lower() if self._lower else k)
        elif len(self._value) < self._max:
            char = " " if key == SPACE else key
            self._value += char.lower() if self._lower else char
        self._show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """The keyboard on screen takes a plugged-in keyboard's keys."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """A plugged-in keyboard types what its keys say (its own Shift and Polish letters included)."""
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.accept_button.isEnabled():
                self.accept_button.click()
        elif text and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_value(self._value + text)
        else:
            super().keyPressEvent(event)

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
