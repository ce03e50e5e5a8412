"""The task screen's full-window panels: pause reason, stop with quantities, quantity for the next scan."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app.lots import ConsumePrompt
from floorstation.domain.master import ReasonCode
from floorstation.domain.quantities import fmt
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keypad import Keypad
from floorstation.ui.widgets.reason_grid import ReasonGrid


class PausePanel(QWidget):
    """Signals: chosen(str): the pause reason tapped (one tap pauses)."""

    chosen = Signal(str)

    def __init__(self, reasons: Sequence[ReasonCode]) -> None:
        super().__init__()
        hint = QLabel(self.tr("Why are you stopping? One tap pauses the task."))
        set_look(hint, role="subtitle")
        self.grid = ReasonGrid(columns=2, height=110)
        self.grid.set_reasons(reasons)
        self.grid.chosen.connect(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.grid)
        layout.addStretch(1)


def _number(text: str) -> Decimal:
    try:
        return Decimal(text or "0")
    except InvalidOperation:
        return Decimal(0)


class StopPanel(QWidget):
    """Good and scrap quantities on one keypad (tap a field, then type), and the scrap reason when scrap > 0.

    Signals:
        submitted(str, str, object): good, scrap, scrap reason code (None without scrap).
    """

    submitted = Signal(str, str, object)

    def __init__(self, reasons: Sequence[ReasonCode], unit: str) -> None:
        super().__init__()
        self._unit = unit
        self._values = {"good": "", "scrap": ""}
        self._field = "good"
        self.good_button = BigButton("", checkable=True, height=80, expand=True)
        self.scrap_button = BigButton("", checkable=True, height=80, expand=True)
        group = QButtonGroup(self)
        for field, button in (("good", self.good_button), ("scrap", self.scrap_button)):
            group.addButton(button)
            button.clicked.connect(lambda _=False, f=field: self._choose(f))
        self.good_button.setChecked(True)
        reason_title = QLabel(self.tr("Scrap reason"))
        set_look(reason_title, role="subtitle")
        self.reasons = ReasonGrid(columns=2, height=64)
        self.reasons.set_reasons(reasons)
        self.error = FixedLines(lines=2)
        set_look(self.error, role="hint")
        self.keypad = Keypad(decimals=True, accept_text=self.tr("Stop task"))
        self.keypad.setMaximumWidth(420)
        self.keypad.changed.connect(self._typed)
        self.keypad.accepted.connect(self._submit)
        self.keypad.accept_button.set_kind("danger")

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.good_button)
        left.addWidget(self.scrap_button)
        left.addWidget(reason_title)
        left.addWidget(self.reasons)
        left.addWidget(self.error)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)
        self._show()

    def _choose(self, field: str) -> None:
        self._field = field
        self.keypad.set_value(self._values[field])

    def _typed(self, value: str) -> None:
        self._values[self._field] = value
        self._show()

    def _show(self) -> None:
        good, scrap = self._values["good"] or "0", self._values["scrap"] or "0"
        self.good_button.setText(self.tr("Good: %s %s") % (good, self._unit))
        self.scrap_button.setText(self.tr("Scrap: %s %s") % (scrap, self._unit))
        self.reasons.setEnabled(_number(scrap) > 0)
        self.keypad.accept_button.setEnabled(True)

    def _submit(self, _value: str) -> None:
        good, scrap = self._values["good"] or "0", self._values["scrap"] or "0"
        reason = self.reasons.selected() if _number(scrap) > 0 else None
        if _number(scrap) > 0 and reason is None:
            self.error.setText(self.tr("Pick the scrap reason, then press Stop again."))
            return
        self.submitted.emit(good, scrap, reason)


class QuantityPanel(QWidget):
    """The quantity the next scanned lot records, instead of the bill-of-materials quantity.

    Signals:
        chosen(object): the quantity typed (str), or None to go back to the BOM quantity.
    """

    chosen = Signal(object)

    def __init__(self, current: str | None) -> None:
        super().__init__()
        hint = QLabel(
            self.tr("The next lot you scan records this quantity. Without it, the quantity comes from the BOM.")
        )
        hint.setWordWrap(True)
        set_look(hint, role="subtitle")
        self.keypad = Keypad(decimals=True, accept_text=self.tr("Use for\nnext scan"))
        self.keypad.setMaximumWidth(420)
        self.keypad.set_value(current or "")
        self.keypad.accepted.connect(self._typed)
        self.bom_button = BigButton(self.tr("Use the BOM quantity"), kind="flat")
        self.bom_button.clicked.connect(lambda: self.chosen.emit(None))
        left = QVBoxLayout()
        left.addWidget(hint)
        left.addWidget(self.bom_button)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)

    def _typed(self, value: str) -> None:
        self.chosen.emit(value)


class UsedQuantityPanel(QWidget):
    """How much of a scanned lot was used: its balance on record and the BOM need are shown, the keypad holds the
    proposal (the need, at most the balance) and the operator confirms or types what they really used.

    Signals:
        chosen(str): the quantity to record.
    """

    chosen = Signal(str)

    def __init__(self, prompt: ConsumePrompt) -> None:
        super().__init__()
        unit = f" {prompt.unit}" if prompt.unit else ""
        self.balance_label = QLabel(self.tr("Left on record: %s") % f"{fmt(max(prompt.balance, Decimal(0)))}{unit}")
        set_look(self.balance_label, role="subtitle")
        need = f"{fmt(prompt.need)}{unit}" if prompt.need is not None else self.tr("not in the bill of materials")
        self.need_label = QLabel(self.tr("BOM need for the rest of the order: %s") % need)
        self.need_label.setWordWrap(True)
        set_look(self.need_label, role="hint")
        advice = (
            self.tr("Type the quantity you used, or confirm the proposal.")
            if prompt.suggested is not None
            else self.tr("Nothing of this lot is left on record: type the quantity you used.")
        )
        hint = QLabel(advice)
        hint.setWordWrap(True)
        set_look(hint, role="hint")
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_look(self.error, role="hint")
        self.keypad = Keypad(decimals=True, accept_text=self.tr("Record"))
        self.keypad.setMaximumWidth(420)
        self.keypad.set_value(fmt(prompt.suggested) if prompt.suggested is not None else "")
        self.keypad.accepted.connect(self._typed)
        left = QVBoxLayout()
        left.addWidget(self.balance_label)
        left.addWidget(self.need_label)
        left.addWidget(hint)
        left.addWidget(self.error)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)

    def _typed(self, value: str) -> None:
        if not value.strip():
            self.error.setText(self.tr("Type the quantity you used."))
            return
        self.error.setText("")
        self.chosen.emit(value)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
