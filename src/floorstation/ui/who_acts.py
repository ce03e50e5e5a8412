"""Who acts at the terminal: a tap on a signed-in person's name makes them the one who acts, if
``app/acting.py`` says the tap is enough; otherwise they prove who they are (badge or PIN) first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from floorstation.app import acting
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator
from floorstation.ui.screen_context import ScreenContext


class WhoActs(QObject):
    def __init__(self, terminal: ScreenContext, say: Callable[[str, str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._terminal = terminal
        self._say = say

    def ask(self, operator_id: str) -> None:
        """Until the answer, the strip keeps showing who acts."""
        terminal = self._terminal
        operator = terminal.view.operator(operator_id) if terminal.view else None
        if operator is None or operator_id == terminal.active:
            return

        def done(who: Operator) -> None:
            terminal.set_active(who.id)
            self._say(self.tr("%s acts at this terminal now.") % who.name, "ok")

        def refused(error: FloorstationError) -> None:
            if isinstance(error, acting.ProofNeeded):
                from floorstation.ui.screens.acting_proof import ActingProofPanel

                terminal.overlay.present(self.tr("Who acts: %s") % operator.name, ActingProofPanel(terminal, operator))
            else:
                terminal.show_error(error)

        terminal.run(acting.act_as, operator_id, done=done, error=refused)
