"""A touch button: at least 64 px each way, a look chosen by ``kind`` (primary, go, warn, danger, flat ...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from floorstation.ui.theme import TOUCH, set_look


class BigButton(QPushButton):
    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        height: int = TOUCH,
        checkable: bool = False,
        expand: bool = False,
    ) -> None:
        super().__init__(text, parent)
        # A tap never takes the keyboard's focus from the field being typed into (a PIN, a quantity, a note).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(TOUCH, max(height, TOUCH))
        self.setCheckable(checkable)
        self.setAutoDefault(False)
        if expand:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if kind:
            set_look(self, kind=kind)

    def set_kind(self, kind: str | None) -> None:
        set_look(self, kind=kind)
