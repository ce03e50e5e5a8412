"""A grid of big reason buttons (pause, scrap, out of order, override): one tap picks one reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QWidget

from floorstation.domain.master import ReasonCode
from floorstation.ui.i18n import is_language_change
from floorstation.ui.locale_text import reason_label
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.layouts import discard


def two_lines(label: str, longest: int = 12) -> str:
    """A long label broken at the space nearest its middle, so a grid of reasons fits a narrow screen."""
    if len(label) <= longest or " " not in label:
        return label
    middle = len(label) // 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]


class ReasonGrid(QWidget):
    """Signals: chosen(str): the code of the reason tapped."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2, height: int = 72) -> None:
        super().__init__(parent)
        self._columns = columns
        self._height = height
        self._buttons: dict[str, BigButton] = {}
        self._reasons: dict[str, ReasonCode] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def set_reasons(self, reasons: Sequence[ReasonCode]) -> None:
        for button in self._buttons.values():
            self._group.removeButton(button)
        discard(*self._buttons.values())
        self._buttons = {}
        self._reasons = {reason.code: reason for reason in reasons}
        for i, reason in enumerate(reasons):
            label = two_lines(reason_label(reason))
            button = BigButton(label, kind="reason", checkable=True, height=self._height, expand=True)
            button.clicked.connect(lambda _=False, code=reason.code: self.chosen.emit(code))
            self._group.addButton(button)
            self._layout.addWidget(button, i // self._columns, i % self._columns)
            self._buttons[reason.code] = button

    def set_reasons_once(self, reasons: Sequence[ReasonCode]) -> None:
        """``reasons``, unless the grid shows some already: a screen redrawn from every refresh of the station
        keeps the reason a person is choosing."""
        if not self._buttons:
            self.set_reasons(reasons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """The labels follow the terminal's language (master data may name a reason in it), the choice stays."""
        if is_language_change(event):
            for code, button in self._buttons.items():
                button.setText(two_lines(reason_label(self._reasons[code])))
        super().changeEvent(event)

    def button(self, code: str) -> BigButton:
        return self._buttons[code]

    def selected(self) -> str | None:
        return next((code for code, b in self._buttons.items() if b.isChecked()), None)

    def clear_selection(self) -> None:
        self._group.setExclusive(False)
        for button in self._buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)
