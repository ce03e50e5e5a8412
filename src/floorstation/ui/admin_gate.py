"""What only an admin may do at the terminal: open the settings, and close a kiosk (each after an admin's PIN)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.admin_close import AdminClosePanel, AdminPanel

ADMIN_ALLOWED = object()
"""The argument that opens the settings once an admin's PIN was checked."""


class AdminGate(QObject):
    def __init__(
        self,
        terminal: ScreenContext,
        *,
        open_settings: Callable[[object], None],
        close: Callable[[], None],
        parent: QObject,
    ) -> None:
        """``open_settings(ADMIN_ALLOWED)`` shows the settings; ``close()`` closes the terminal without asking."""
        super().__init__(parent)
        self._terminal = terminal
        self._open_settings = open_settings
        self._close = close

    def ask_settings(self) -> None:
        panel = AdminPanel(self._terminal, action="open the settings", accept_text=self.tr("Open\nsettings"))
        panel.allowed.connect(lambda: self._open_settings(ADMIN_ALLOWED))
        self._terminal.overlay.present(self.tr("Settings: admin only"), panel)

    def ask_close(self) -> None:
        panel = AdminClosePanel(self._terminal)
        panel.allowed.connect(self._close)
        self._terminal.overlay.present(self.tr("Close the terminal"), panel)
