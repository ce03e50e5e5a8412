"""The electronic signature: what signing means, who signs (badge scanned, or name tapped) and their PIN, typed
now even when that person is signed in. Used by every signed action (overrides, back in service, hold, release,
void)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app.lookup import Identified
from floorstation.app.signatures import Signature
from floorstation.app.views import StationView
from floorstation.domain import signatures
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Role
from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.pin_entry import PinEntry


def meaning_text(meaning: str) -> str:
    """A signature's meaning in the terminal's language (the record keeps the English words)."""
    said = {
        signatures.OVERRIDE: QCoreApplication.translate("Signature", "I approve this override"),
        signatures.MACHINE_FIXED: QCoreApplication.translate("Signature", "I confirm the machine is fixed"),
        signatures.LOT_HELD: QCoreApplication.translate("Signature", "Lot held"),
        signatures.LOT_RELEASED: QCoreApplication.translate("Signature", "Lot released"),
        signatures.PALLET_VOIDED: QCoreApplication.translate("Signature", "Pallet voided"),
    }
    return said.get(meaning, meaning)


def role_text(role: Role) -> str:
    return {
        Role.SHIFT_LEAD: QCoreApplication.translate("Signature", "shift lead"),
        Role.MAINTENANCE: QCoreApplication.translate("Signature", "maintenance"),
        Role.QUALITY: QCoreApplication.translate("Signature", "quality"),
    }.get(role, role.value)


class SignaturePanel(Retranslating, QWidget):
    """Signals: signed(Signature): the signer and PIN, when Sign is pressed (the action then checks them)."""

    signed = Signal(object)

    def __init__(
        self,
        view: StationView | None,
        *,
        meaning: str,
        role: Role,
        what: str = "",
        columns: int = 2,
    ) -> None:
        super().__init__()
        self.meaning = meaning
        self.role = role
        self.signer: str | None = None
        """The badge scanned or the operator id of the name tapped."""
        self.badges: dict[str, str] = {}
        """Operator id by badge, to show who a scanned badge is."""
        self.buttons: dict[str, BigButton] = {}
        """The names that may sign, by badge."""
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.what.setVisible(bool(what))
        set_look(self.what, role="hint")
        self.meaning_label = QLabel("")
        self.meaning_label.setWordWrap(True)
        set_look(self.meaning_label, role="subtitle")
        self.who_title = QLabel("")
        self.who_title.setWordWrap(True)
        names = QGridLayout()
        names.setSpacing(8)
        people = [o for o in (view.operators if view else ()) if o.active and o.has_role(role)]
        for i, operator in enumerate(people):
            button = BigButton(operator.name, checkable=True, expand=True)
            button.clicked.connect(lambda _=False, key=operator.id, badge=operator.badge: self._tapped(key, badge))
            names.addWidget(button, i // columns, i % columns)
            self.buttons[operator.badge] = button
            self.badges[operator.badge] = operator.id
        # Panels are made when needed, in the language of the moment (like the keypad's own texts).
        self.pin = PinEntry(prompt=self.tr("PIN of the person signing"), accept_text=self.tr("Sign"))
        self.pin.keypad.accept_button.set_kind("warn")
        self.pin.accepted.connect(self._submit)
        left = QVBoxLayout()
        left.addWidget(self.what)
        left.addWidget(self.meaning_label)
        left.addWidget(self.who_title)
        left.addLayout(names)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.pin)
        self.retranslate()

    def retranslate(self) -> None:
        self.meaning_label.setText(self.tr("Signing means: “%s”") % meaning_text(self.meaning))
        self.who_title.setText(
            self.tr("Who signs (%s): scan your badge or tap your name, then type your PIN.") % role_text(self.role)
        )

    @property
    def error(self) -> QLabel:
        return self.pin.error

    def _tapped(self, operator_id: str, badge: str) -> None:
        self._choose(operator_id, badge)

    def choose_badge(self, badge: str) -> None:
        """A badge was scanned (the wedge, a serial scanner): it names the signer."""
        self._choose(badge, badge)

    def _choose(self, signer: str, badge: str) -> None:
        self.signer = signer
        for key, button in self.buttons.items():
            button.setChecked(key == badge)
        self.pin.error.setText("")

    def accept_scan(self, item: Identified) -> bool:
        if item.kind != "badge":
            return False
        self.choose_badge(item.badge)
        return True

    def _submit(self, pin: str) -> None:
        if self.signer is None:
            self.pin.error.setText(self.tr("Scan your badge or tap your name first, then type your PIN."))
            self.pin.keypad.clear()
            return
        self.signed.emit(Signature(self.signer, pin))

    def show_error(self, error: FloorstationError) -> None:
        self.pin.show_error(error)
