"""What only an admin may do (close the kiosk, open the settings): the admin's badge or name, with their PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app import operators
from floorstation.app.lookup import Identified
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator, Role
from floorstation.ui.terminal import Terminal
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.pin_entry import PinEntry


class AdminPanel(QWidget):
    """Signals: allowed(): an admin authorised the action.

    ``action`` is recorded in the log's words ("close the terminal"); ``accept_text`` is the PIN pad's button.
    """

    allowed = Signal()

    def __init__(self, terminal: Terminal, *, action: str, accept_text: str, kind: str = "go") -> None:
        super().__init__()
        self.terminal = terminal
        self.action = action
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
        self.pin = PinEntry(prompt=self.tr("Admin PIN"), accept_text=accept_text)
        self.pin.keypad.accept_button.set_kind(kind)
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
            action=self.action,
            done=done,
            error=refused,
            refresh=False,
        )


class AdminClosePanel(AdminPanel):
    """Closing the kiosk."""

    def __init__(self, terminal: Terminal) -> None:
        close = QCoreApplication.translate("AdminClosePanel", "Close terminal")
        super().__init__(terminal, action="close the terminal", accept_text=close, kind="danger")
