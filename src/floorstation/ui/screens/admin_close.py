"""What only an admin may do (close the kiosk, open the settings): the admin's badge or name, with their PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

from floorstation.app import operators
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator, Role
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.badge_pin import BadgeAndPin


class AdminPanel(BadgeAndPin):
    """Signals: allowed(): an admin authorised the action.

    ``action`` is recorded in the log's words ("close the terminal"); ``accept_text`` is the PIN pad's button.
    """

    allowed = Signal()

    def __init__(self, terminal: ScreenContext, *, action: str, accept_text: str, kind: str = "go") -> None:
        title = QLabel(QCoreApplication.translate("AdminPanel", "Admin: tap your name or scan your badge"))
        set_look(title, role="subtitle")
        title.setWordWrap(True)
        view = terminal.view
        super().__init__(
            [o for o in (view.operators if view else ()) if o.active and o.has_role(Role.ADMIN)],
            heading=(title,),
            prompt=QCoreApplication.translate("AdminPanel", "Admin PIN"),
            accept_text=accept_text,
            kind=kind,
        )
        self.terminal = terminal
        self.action = action

    def nobody_chosen(self) -> None:
        self.pin.error.setText(self.tr("Tap your name or scan your badge first."))

    def identified(self, who: str, pin: str) -> None:
        def refused(error: FloorstationError) -> None:
            self.pin.show_error(error)

        def done(_admin: Operator) -> None:
            self.allowed.emit()

        self.terminal.run(
            operators.authorise_admin,
            who,
            pin,
            action=self.action,
            done=done,
            error=refused,
            refresh=False,
        )


class AdminClosePanel(AdminPanel):
    """Closing the kiosk."""

    def __init__(self, terminal: ScreenContext) -> None:
        close = QCoreApplication.translate("AdminClosePanel", "Close terminal")
        super().__init__(terminal, action="close the terminal", accept_text=close, kind="danger")
