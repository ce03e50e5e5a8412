"""What the main window expects of a screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from floorstation.app.lookup import Identified
from floorstation.app.views import StationView
from floorstation.ui.i18n import Retranslating
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.titles import screen_title


class Screen(Retranslating, QWidget):
    """A page of the terminal. Subclasses draw from the station view and may take scans before the router.

    Texts from translations are set in ``retranslate`` (called by the subclass at the end of its constructor, and
    by Qt's language change), so switching the language in the settings redraws every screen.
    """

    name = ""

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__()
        self.terminal = terminal

    def title(self) -> str:
        return screen_title(self.name)

    def shown(self, argument: object = None) -> None:
        """The screen became visible (with the argument it was opened with); reload what it shows."""

    def on_view(self, view: StationView) -> None:
        """A fresh reading of the station arrived."""

    def accept_scan(self, item: Identified) -> bool:
        """Take a scan this screen has a meaning for (a lot on the trace screen); False lets the router decide."""
        return False
