"""Quantity fields filled on one keypad: each field is a button showing its quantity; tap one, then type. The
stop panel (good, scrap) and the count panel (good, rework, scrap by reason) are built on it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QWidget

from floorstation.ui.widgets.keypad import Keypad


def number(text: str) -> Decimal:
    """What a field holds as a number: nothing typed, or a keypad half-way ("1."), counts as 0."""
    try:
        return Decimal(text or "0")
    except InvalidOperation:
        return Decimal(0)


class KeypadFields(QWidget):
    """Fields named by ``fields``, the first chosen; the keypad types into the chosen one.

    Signals:
        edited(): a field's value changed (the panel shows its fields again).
    """

    edited = Signal()

    def __init__(self, fields: list[str], accept_text: str) -> None:
        super().__init__()
        self._values: dict[str, str] = {field: "" for field in fields}
        self._field = fields[0]
        self.keypad = Keypad(decimals=True, accept_text=accept_text)
        self.keypad.setMaximumWidth(420)
        self.keypad.changed.connect(self._typed)

    def _choose(self, field: str) -> None:
        self._field = field
        self.keypad.set_value(self._values[field])

    def _typed(self, value: str) -> None:
        self._values[self._field] = value
        self.edited.emit()

    def _beside_keypad(self, fields: QLayout) -> None:
        """The panel's own layout: ``fields`` on the left, taking the room the keypad leaves."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(fields, 1)
        layout.addWidget(self.keypad)
