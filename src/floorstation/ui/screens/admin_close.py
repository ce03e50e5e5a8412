"""Closing the kiosk: only an admin, by badge or name, with their PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app import operators
from floorstation.app.lookup import Identified
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator, Role
from floorstation.ui.terminal import Terminal
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.pin_entry import PinEntry


class AdminClosePanel(QWidget):
    """Signals: allowed(): an admin authorised closing the terminal."""

    allowed = Signal()

    def __init__(self, terminal: Terminal) -> None:
        super().__init__()
        self.terminal = terminal
        self.admin: str | None = None
        self.admin_buttons: dict[str, BigButton] = {}
        title = QLabel(self.tr("Admin: tap your name or scan your badge"))
        set_look(title, role="subtitle")
        title.setWordWrap(True)
        names = QVBoxLayout()
        view = terminal.view
        for operator in view.operators if view else ():
            if operator.active and operator.has_role(Role.ADMIN):
                button = BigButton(operator.name, checkable=True, expand=True)
                button.clicked.connect(lambda _=False, badge=operator.badge: self.choose(badge))
                names.addWidget(button)
                self.admin_buttons[operator.badge] = button
        self.pin = PinEntry(prompt=self.tr("Admin PIN"), accept_text=self.tr("Close terminal"))
        self.pin.keypad.accept_button.set_kind("danger")
        self.pin.accepted.connect(self._submit)
        left = QVBoxLayout()
        left.addWidget(title)
        left.addLayout(names)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.pin)

    def choose(self, badge: str) -> None:
        self.admin = badge
        for key, button in self.admin_buttons.items():
            button.setChecked(key == badge)

    def accept_scan(self, item: Identified) -> bool:
        if item.kind != "badge":
            return False
        self.choose(item.badge)
        return True

    def _submit(self, pin: str) -> None:
        if self.admin is None:
            self.pin.error.setText(self.tr("Tap your name or scan your badge first."))
            return

        def refused(error: FloorstationError) -> None:
            self.pin.show_error(error)

        def done(_admin: Operator) -> None:
            self.allowed.emit()

        self.terminal.run(
            operators.authorise_admin,
            self.admin,
            pin,
            action="close the terminal",
            done=done,
            error=refused,
            refresh=False,
        )
