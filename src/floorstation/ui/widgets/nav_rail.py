"""The side menu: one button per screen, in order of use; on a short screen the last ones go under "More"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import TOUCH
from floorstation.ui.widgets.big_button import BigButton

MARGIN = 8
SPACING = 6


class NavRail(Retranslating, QFrame):
    """Buttons are placed by hand, not by a layout, so the rail never asks the window to be taller than the
    screen: whatever does not fit (at 1024x600, the last entries) is reached through the More button.

    Signals:
        chosen(str): a screen's button was tapped (its name).
        more_tapped(list): More was tapped; the names of the screens it stands for.
    """

    chosen = Signal(str)
    more_tapped = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, width: int = 184) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        self.setFixedWidth(width)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.buttons: dict[str, BigButton] = {}
        self.current: str | None = None
        self.more_button = BigButton("", self, kind="nav", checkable=True, height=TOUCH)
        self.more_button.clicked.connect(lambda: self.more_tapped.emit(self.hidden()))
        self.more_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.more_button.setText(self.tr("More …"))

    def add(self, name: str, title: str) -> BigButton:
        button = BigButton(title, self, kind="nav", checkable=True, height=TOUCH)
        button.clicked.connect(lambda _=False: self.chosen.emit(name))
        self.buttons[name] = button
        self._place()
        return button

    def set_title(self, name: str, title: str) -> None:
        self.buttons[name].setText(title)

    def set_current(self, name: str) -> None:
        self.current = name
        for key, button in self.buttons.items():
            button.setChecked(key == name)
        self.more_button.setChecked(name in self.hidden())

    def slots(self) -> int:
        """How many buttons fit the rail's height."""
        return max(1, (self.height() - 2 * MARGIN + SPACING) // (TOUCH + SPACING))

    def hidden(self) -> list[str]:
        names = list(self.buttons)
        return [] if self.slots() >= len(names) else names[self.slots() - 1 :]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        hidden = set(self.hidden())
        width = self.width() - 2 * MARGIN
        y = MARGIN
        for name, button in self.buttons.items():
            button.setVisible(name not in hidden)
            if name not in hidden:
                button.setGeometry(MARGIN, y, width, TOUCH)
                y += TOUCH + SPACING
        self.more_button.setVisible(bool(hidden))
        self.more_button.setGeometry(MARGIN, y, width, TOUCH)
        self.more_button.setChecked(self.current in hidden)
