"""A panel that covers the whole window (a keypad, a reason grid, a refusal): one thing to do at a time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton


class Overlay(Retranslating, QFrame):
    """Covers its parent; shows one panel with a title and a Cancel button until dismissed.

    Signals:
        presented(): a panel was put up.
        dismissed(): the panel was closed (by Cancel or by the screen that opened it).
    """

    presented = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.title = QLabel()
        set_look(self.title, role="title")
        self.title.setWordWrap(True)
        self.cancel_button = BigButton("", kind="flat")
        self.cancel_button.setMinimumWidth(160)
        self.cancel_button.clicked.connect(self.dismiss)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.cancel_button)
        self._body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self._body, 1)
        self.panel: QWidget | None = None
        self._close = False
        parent.installEventFilter(self)
        self.retranslate()
        self.hide()

    @property
    def only_shows(self) -> bool:
        """The open panel only shows something (its button says Close): nothing is in progress in it."""
        return self._close

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Close") if self._close else self.tr("Cancel"))

    def present(
        self, title: str, panel: QWidget, *, tone: str | None = None, cancel: bool = True, close: bool = False
    ) -> None:
        """``close``: the panel only shows something (a queue, a camera's picture), so the button says Close."""
        self._clear()
        self._close = close
        self.retranslate()
        self.title.setText(title)
        self.panel = panel
        self._body.addWidget(panel)
        self.cancel_button.setVisible(cancel)
        set_look(self, tone=tone)
        self._cover()
        self.show()
        self.raise_()
        self.presented.emit()

    def dismiss(self) -> None:
        was_open = self.isVisible()
        self._clear()
        self.hide()
        if was_open:
            self.dismissed.emit()

    def _clear(self) -> None:
        if self.panel is not None:
            self._body.removeWidget(self.panel)
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._cover()
        return False

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
