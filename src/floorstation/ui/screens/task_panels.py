"""The task screen's full-window panels: pause reason, stop with quantities, quantity for the next scan."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app.lots import ConsumePrompt
from floorstation.domain.master import ReasonCode
from floorstation.domain.quantities import fmt
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keypad import Keypad
from floorstation.ui.widgets.keypad_fields import KeypadFields
from floorstation.ui.widgets.keypad_fields import number as _number
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


class StopPanel(KeypadFields):
    """Good and scrap not counted yet on one keypad (tap a field, then type), the scrap reason when scrap > 0, and
    the choice: "Stop for now" (the keypad's button: a shift's end or a break, the task stays in the queue) or
    "Operation finished" (it leaves the queue).

    Signals:
        submitted(str, str, object, bool): good, scrap, scrap reason code (None without scrap), finished.
    """

    submitted = Signal(str, str, object, bool)

    def __init__(self, reasons: Sequence[ReasonCode], unit: str) -> None:
        super().__init__(["good", "scrap"], QCoreApplication.translate("StopPanel", "Stop for now"))
        self._unit = unit
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
        self.keypad.accepted.connect(lambda _value: self._submit(finished=False))
        self.keypad.accept_button.set_kind("warn")
        self.finished_button = BigButton(self.tr("Operation finished"), kind="danger", height=68, expand=True)
        self.finished_button.clicked.connect(lambda: self._submit(finished=True))

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.good_button)
        left.addWidget(self.scrap_button)
        left.addWidget(reason_title)
        left.addWidget(self.reasons)
        left.addWidget(self.error)
        left.addStretch(1)
        left.addWidget(self.finished_button)
        self._beside_keypad(left)
        self.edited.connect(self._show)
        self._show()

    def _show(self) -> None:
        good, scrap = self._values["good"] or "0", self._values["scrap"] or "0"
        self.good_button.setText(self.tr("Good: %s %s") % (good, self._unit))
        self.scrap_button.setText(self.tr("Scrap: %s %s") % (scrap, self._unit))
        self.reasons.setEnabled(_number(scrap) > 0)
        self.keypad.accept_button.setEnabled(True)

    def _submit(self, *, finished: bool) -> None:
        good, scrap = self._values["good"] or "0", self._values["scrap"] or "0"
        reason = self.reasons.selected() if _number(scrap) > 0 else None
        if _number(scrap) > 0 and reason is None:
            self.error.setText(self.tr("Pick the scrap reason, then press Stop again."))
            return
        self.submitted.emit(good, scrap, reason, finished)


class QuantityPanel(QWidget):
    """A quantity typed on the keypad beside a heading and, below it, the lines that help choosing it. By itself:
    the quantity the next scanned lot records instead of the bill-of-materials quantity (with a button back to the
    BOM quantity); :class:`UsedQuantityPanel` uses the same panel for how much of a scanned lot was used.

    Signals:
        chosen(object): the quantity typed (str), or None to go back to the BOM quantity.
    """

    chosen = Signal(object)

    def __init__(
        self,
        current: str | None,
        *,
        heading: str | None = None,
        lines: Sequence[str] = (),
        accept_text: str | None = None,
        empty_error: str | None = None,
    ) -> None:
        """``lines``: hints under the heading; ``empty_error``: said when nothing is typed (a quantity is needed, so
        there is no way back to the BOM quantity); without it an empty keypad keeps the BOM quantity."""
        super().__init__()
        next_scan = empty_error is None
        self._empty_error = empty_error
        self.heading = QLabel(
            heading
            if heading is not None
            else self.tr("The next lot you scan records this quantity. Without it, the quantity comes from the BOM.")
        )
        self.heading.setWordWrap(True)
        set_look(self.heading, role="subtitle")
        self.lines = []
        for text in lines:
            line = QLabel(text)
            line.setWordWrap(True)
            set_look(line, role="hint")
            self.lines.append(line)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_look(self.error, role="hint")
        self.keypad = Keypad(decimals=True, accept_text=accept_text or self.tr("Use for\nnext scan"))
        self.keypad.setMaximumWidth(420)
        self.keypad.set_value(current or "")
        self.keypad.accepted.connect(self._typed)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        for line in self.lines:
            left.addWidget(line)
        if next_scan:
            self.bom_button = BigButton(self.tr("Use the BOM quantity"), kind="flat")
            self.bom_button.clicked.connect(lambda: self.chosen.emit(None))
            left.addWidget(self.bom_button)
        left.addWidget(self.error)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)

    def _typed(self, value: str) -> None:
        if self._empty_error is not None and not value.strip():
            self.error.setText(self._empty_error)
            return
        self.error.setText("")
        self.chosen.emit(value)

    def show_error(self, text: str) -> None:
        self.error.setText(text)


class UsedQuantityPanel(QuantityPanel):
    """How much of a scanned lot was used: its balance on record and the BOM need are shown, the keypad holds the
    proposal (the need, at most the balance) and the operator confirms or types what they really used.

    Signals:
        chosen(object): the quantity to record (str).
    """

    def __init__(self, prompt: ConsumePrompt) -> None:
        # Said before the panel exists, so in the panel's translation context by name.
        unit = f" {prompt.unit}" if prompt.unit else ""
        need = (
            f"{fmt(prompt.need)}{unit}"
            if prompt.need is not None
            else QCoreApplication.translate("UsedQuantityPanel", "not in the bill of materials")
        )
        advice = (
            QCoreApplication.translate("UsedQuantityPanel", "Type the quantity you used, or confirm the proposal.")
            if prompt.suggested is not None
            else QCoreApplication.translate(
                "UsedQuantityPanel", "Nothing of this lot is left on record: type the quantity you used."
            )
        )
        super().__init__(
            fmt(prompt.suggested) if prompt.suggested is not None else None,
            heading=QCoreApplication.translate("UsedQuantityPanel", "Left on record: %s")
            % f"{fmt(max(prompt.balance, Decimal(0)))}{unit}",
            lines=(
                QCoreApplication.translate("UsedQuantityPanel", "BOM need for the rest of the order: %s") % need,
                advice,
            ),
            accept_text=QCoreApplication.translate("UsedQuantityPanel", "Record"),
            empty_error=QCoreApplication.translate("UsedQuantityPanel", "Type the quantity you used."),
        )
        self.balance_label = self.heading
        self.need_label = self.lines[0]
