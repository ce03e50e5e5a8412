"""The task screen's count and handover panels: an interim count (good, scrap by reason, rework) on one keypad,
and the handover notes left at the machine for whoever comes next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from floorstation.domain.master import Operator, ReasonCode
from floorstation.domain.ports import HandoverNote
from floorstation.ui.locale_text import reason_label
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keypad_fields import KeypadFields
from floorstation.ui.widgets.keypad_fields import number as _number

GOOD, REWORK = "good", "rework"


class CountPanel(KeypadFields):
    """Good, rework and scrap of each reason, each a button that shows its quantity: tap one, type on the keypad;
    several scrap reasons may be filled in one count. Nothing is recorded until "Record count".

    Signals:
        submitted(str, object, str): good, scrap by reason code (dict of the non-zero ones), rework.
    """

    submitted = Signal(str, object, str)

    def __init__(self, reasons: Sequence[ReasonCode], unit: str) -> None:
        self._unit = unit
        self._reasons = {r.code: r for r in reasons}
        super().__init__([GOOD, REWORK, *self._reasons], QCoreApplication.translate("CountPanel", "Record count"))
        group = QButtonGroup(self)
        self.good_button = BigButton("", checkable=True, height=72, expand=True)
        self.rework_button = BigButton("", checkable=True, height=72, expand=True)
        self.scrap_buttons: dict[str, BigButton] = {}
        for field, button in ((GOOD, self.good_button), (REWORK, self.rework_button)):
            group.addButton(button)
            button.clicked.connect(lambda _=False, f=field: self._choose(f))
        self.good_button.setChecked(True)
        scrap_title = QLabel(self.tr("Scrap by reason (tap a reason, type how many)"))
        set_look(scrap_title, role="subtitle")
        scrap_grid = QGridLayout()
        scrap_grid.setSpacing(8)
        for i, code in enumerate(self._reasons):
            button = BigButton("", kind="reason", checkable=True, height=68, expand=True)
            group.addButton(button)
            button.clicked.connect(lambda _=False, f=code: self._choose(f))
            scrap_grid.addWidget(button, i // 2, i % 2)
            self.scrap_buttons[code] = button
        self.error = FixedLines(lines=2)
        set_look(self.error, role="hint")
        self.keypad.accepted.connect(self._submit)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.good_button, 1)
        top.addWidget(self.rework_button, 1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(top)
        left.addWidget(scrap_title)
        left.addLayout(scrap_grid)
        left.addWidget(self.error)
        left.addStretch(1)
        self._beside_keypad(left)
        self.edited.connect(self._show)
        self._show()

    def _show(self) -> None:
        unit = f" {self._unit}" if self._unit else ""
        self.good_button.setText(self.tr("Good: %s") % f"{self._values[GOOD] or '0'}{unit}")
        self.rework_button.setText(self.tr("Rework: %s") % f"{self._values[REWORK] or '0'}{unit}")
        for code, button in self.scrap_buttons.items():
            label = reason_label(self._reasons[code])
            qty = self._values[code]
            button.setText(f"{label}\n{qty}{unit}" if qty and _number(qty) > 0 else label)
        self.keypad.accept_button.setEnabled(True)

    def _submit(self, _value: str) -> None:
        good, rework = self._values[GOOD] or "0", self._values[REWORK] or "0"
        scrap = {code: qty for code, qty in self._values.items() if code in self._reasons and _number(qty) > 0}
        if _number(good) == 0 and _number(rework) == 0 and not scrap:
            self.error.setText(self.tr("Type a quantity first: tap Good, Rework or a scrap reason, then the number."))
            return
        self.error.setText("")
        self.submitted.emit(good, scrap, rework)

    def show_error(self, text: str) -> None:
        self.error.setText(text)


class HandoverPanel(QWidget):
    """The notes left at the machine, oldest first, with who wrote them and when; one button says they were read.

    Signals:
        acknowledged(): the person read them.
    """

    acknowledged = Signal()

    def __init__(self, notes: Sequence[HandoverNote], operators: Sequence[Operator]) -> None:
        super().__init__()
        names = {o.id: o.name for o in operators}
        body = QWidget()
        lines = QVBoxLayout(body)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(12)
        self.labels: list[QLabel] = []
        for note in notes:
            who = names.get(note.written_by or "", note.written_by or "")
            head = QLabel(self.tr("%s, %s:") % (who, f"{note.written_at[:10]} {note.written_at[11:16]}"))
            set_look(head, role="muted")
            text = QLabel(note.note)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            set_look(text, role="subtitle")
            lines.addWidget(head)
            lines.addWidget(text)
            self.labels.append(text)
        lines.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.read_button = BigButton(self.tr("Read it: carry on"), kind="go", height=72)
        self.read_button.clicked.connect(self.acknowledged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.read_button)
