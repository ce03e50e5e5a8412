"""The proof a tap on a signed-in person's name asks for: their badge scan or their PIN (app/acting.py decides
when a tap is enough)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from floorstation.app import acting
from floorstation.app.lookup import Identified
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.widgets.pin_entry import PinEntry


class ActingProofPanel(QWidget):
    """``operator`` scans their badge (any scanner) or types their PIN; then they act."""

    scan_kinds = frozenset({"badge"})

    def __init__(self, terminal: ScreenContext, operator: Operator) -> None:
        super().__init__()
        self.terminal = terminal
        self.operator = operator
        self.pin = PinEntry(
            prompt=self.tr("%s: scan your badge, or type your PIN, to act at this terminal.") % operator.name,
            accept_text=self.tr("Act"),
        )
        self.pin.accepted.connect(lambda pin: self._prove(pin=pin))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pin)

    def accept_scan(self, item: Identified) -> bool:
        """A badge scanned while the panel is open is the proof (or is refused if it is someone else's)."""
        if item.kind != "badge":
            return False
        self._prove(badge=item.badge)
        return True

    def _prove(self, *, pin: str | None = None, badge: str | None = None) -> None:
        self.terminal.run(acting.act_as, self.operator.id, pin=pin, badge=badge, done=self._proved, error=self._refused)

    def _refused(self, error: FloorstationError) -> None:
        self.pin.show_error(error)

    def _proved(self, operator: Operator) -> None:
        self.terminal.overlay.dismiss()
        self.terminal.set_active(operator.id)
        self.terminal.say(self.tr("%s acts at this terminal now.") % operator.name, "ok")
