"""A numeric keypad for quantities and PINs: tapped on the screen, or typed on a keyboard when one is plugged in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton

BACKSPACE = "⌫"
_ROWS = (("7", "8", "9"), ("4", "5", "6"), ("1", "2", "3"), (".", "0", BACKSPACE))


class Keypad(Retranslating, QFrame):
    """Digits, a decimal point (for quantities), backspace, Clear and an accept button.

    Signals:
        changed(str): the typed value changed.
        accepted(str): the accept button was pressed (only enabled while something is typed).
    """

    changed = Signal(str)
    accepted = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        masked: bool = False,
        decimals: bool = True,
        max_length: int = 10,
        accept_text: str = "",
        key_height: int = 66,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._masked = masked
        self._decimals = decimals
        self._max = max_length
        self._value = ""
        self._keys: dict[str, BigButton] = {}
        self._accept_text = accept_text

        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_look(self.display, role="display")
        self.display.setFixedHeight(68)

        grid = QGridLayout()
        grid.setSpacing(8)
        for r, row in enumerate(_ROWS):
            for c, key in enumerate(row):
                button = BigButton(key, kind="key", height=key_height)
                button.setMinimumWidth(84)
                if key == "." and not decimals:
                    policy = button.sizePolicy()
                    policy.setRetainSizeWhenHidden(True)
                    button.setSizePolicy(policy)
                    button.hide()
                button.clicked.connect(lambda _=False, k=key: self.press(k))
                grid.addWidget(button, r, c)
                self._keys[key] = button

        self.clear_button = BigButton("", kind="flat", height=key_height)
        self.clear_button.clicked.connect(self.clear)
        self.accept_button = BigButton("", kind="go", height=key_height)
        self.accept_button.clicked.connect(lambda: self.accepted.emit(self._value))
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.clear_button, 1)
        actions.addWidget(self.accept_button, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        layout.addLayout(actions)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.accept_button.setText(self._accept_text or self.tr("OK"))

    def key(self, key: str) -> BigButton:
        """The button for a key ("0"-"9", ".", BACKSPACE), so tests can tap it like a person."""
        return self._keys[key]

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value[: self._max]
        self._show()

    def clear(self) -> None:
        self.set_value("")

    def press(self, key: str) -> None:
        if key == BACKSPACE:
            self._value = self._value[:-1]
        elif key == ".":
            if "." not in self._value and len(self._value) < self._max:
                self._value = (self._value or "0") + "."
        elif len(self._value) < self._max:
            # A quantity never gets leading zeros ("07" -> "7"); a PIN keeps every digit typed.
            self._value = key if (self._value == "0" and not self._masked) else self._value + key
        self._show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """The keypad on screen takes the keyboard's keys (a PIN typed on a plugged-in keyboard lands here)."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, text = event.key(), event.text()
        if text and text in "0123456789":
            self.press(text)
        elif text in (".", ",") and text and self._decimals:  # the decimal comma of Polish and German keyboards
            self.press(".")
        elif key == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif key == Qt.Key.Key_Delete:
            self.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.accept_button.isEnabled():
                self.accept_button.click()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        self.display.setText("●" * len(self._value) if self._masked else self._value)
        self.accept_button.setEnabled(bool(self._value))
        self.changed.emit(self._value)
