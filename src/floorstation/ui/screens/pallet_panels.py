"""The pallet screen's full-window panels: confirming a reprint, voiding a pallet with a reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.keyboard import Keyboard


class ReprintPanel(QWidget):
    """A card printed before is printed again only when the person says so; it then says REPRINT.

    Signals: confirmed(): print it again.
    """

    confirmed = Signal()
    declined = Signal()

    def __init__(self, question: str) -> None:
        super().__init__()
        text = QLabel(question)
        text.setWordWrap(True)
        set_look(text, role="subtitle")
        hint = QLabel(self.tr("The new card says REPRINT, and the log records it as a reprint."))
        hint.setWordWrap(True)
        set_look(hint, role="hint")
        self.no_button = BigButton(self.tr("No, keep the card I have"), kind="flat", height=80, expand=True)
        self.no_button.clicked.connect(self.declined)
        self.yes_button = BigButton(self.tr("Yes, reprint"), kind="warn", height=80, expand=True)
        self.yes_button.clicked.connect(self.confirmed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addLayout(buttons)


class VoidPanel(QWidget):
    """Why the pallet is void: tap a common reason or type one; the reason is recorded with the void.

    Signals: submitted(str): the reason.
    """

    submitted = Signal(str)

    def __init__(self, sscc: str) -> None:
        super().__init__()
        what = QLabel(
            self.tr("Pallet %s will be void: its quantity goes back to the lot and its card must not be used.") % sscc
        )
        what.setWordWrap(True)
        set_look(what, role="hint")
        common = QLabel(self.tr("Reason"))
        set_look(common, role="subtitle")
        self.keyboard = Keyboard(max_length=200, accept_text=self.tr("Void pallet"))
        self.keyboard.accept_button.set_kind("danger")
        self.keyboard.accepted.connect(self.submitted)
        self.reason_buttons: list[BigButton] = []
        reasons = QVBoxLayout()
        reasons.setSpacing(8)
        reasons.addWidget(common)
        for reason in (self.tr("Wrong quantity"), self.tr("Damaged goods"), self.tr("Card unreadable")):
            button = BigButton(reason, kind="reason", expand=True)
            button.clicked.connect(lambda _=False, text=reason: self.keyboard.set_value(text))
            reasons.addWidget(button)
            self.reason_buttons.append(button)
        reasons.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(reasons, 1)
        body.addWidget(self.keyboard, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(what)
        layout.addLayout(body, 1)
