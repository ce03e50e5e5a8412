"""The menu entries a short screen has no room for ("More" in the side menu), as big buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from floorstation.ui.widgets.big_button import BigButton


class MorePanel(QWidget):
    """The menu entries a short screen has no room for, as big buttons."""

    def __init__(self, entries: Sequence[tuple[str, str]], go: Callable[[str], None]) -> None:
        super().__init__()
        self.buttons: dict[str, BigButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for name, title in entries:
            button = BigButton(title, kind="nav", height=80)
            button.setMaximumWidth(480)
            button.clicked.connect(lambda _=False, n=name: go(n))
            layout.addWidget(button)
            self.buttons[name] = button
        layout.addStretch(1)
