"""The electronic signature: what signing means, who signs (badge scanned, or name tapped) and their PIN, typed
now even when that person is signed in. Used by every signed action (overrides, back in service, hold, release,
void)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

from floorstation.app.signatures import Signature
from floorstation.app.views import StationView
from floorstation.domain import signatures
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator, Role
from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.badge_pin import BadgeAndPin


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


class SignaturePanel(Retranslating, BadgeAndPin):
    """Signals: signed(Signature): the signer and PIN, when Sign is pressed (the action then checks them)."""

    signed = Signal(object)

    def __init__(
        self,
        view: StationView | None,
        *,
        meaning: str,
        role: Role | tuple[Role, ...],
        what: str = "",
    ) -> None:
        what_label = QLabel(what)
        what_label.setWordWrap(True)
        what_label.setVisible(bool(what))
        set_look(what_label, role="hint")
        meaning_label = QLabel("")
        meaning_label.setWordWrap(True)
        set_look(meaning_label, role="subtitle")
        who_title = QLabel("")
        who_title.setWordWrap(True)
        roles = (role,) if isinstance(role, Role) else role
        # Panels are made when needed, in the language of the moment (like the keypad's own texts).
        super().__init__(
            [o for o in (view.operators if view else ()) if o.active and o.has_role(*roles)],
            heading=(what_label, meaning_label, who_title),
            prompt=QCoreApplication.translate("SignaturePanel", "PIN of the person signing"),
            accept_text=QCoreApplication.translate("SignaturePanel", "Sign"),
            kind="warn",
            spacing=8,
        )
        self.meaning = meaning
        self.roles = roles
        self.what, self.meaning_label, self.who_title = what_label, meaning_label, who_title
        self.retranslate()

    def retranslate(self) -> None:
        self.meaning_label.setText(self.tr("Signing means: “%s”") % meaning_text(self.meaning))
        self.who_title.setText(
            self.tr("Who signs (%s): scan your badge or tap your name, then type your PIN.")
            % " / ".join(role_text(r) for r in self.roles)
        )

    @property
    def error(self) -> QLabel:
        return self.pin.error

    def tapped(self, operator: Operator) -> None:
        """A name tapped signs as the operator's id, a badge scanned as the badge (the signature says which)."""
        self.choose(operator.badge, operator.id)

    def choose(self, badge: str, who: str | None = None) -> None:
        super().choose(badge, who)
        self.pin.error.setText("")

    def nobody_chosen(self) -> None:
        self.pin.error.setText(self.tr("Scan your badge or tap your name first, then type your PIN."))
        self.pin.keypad.clear()

    def identified(self, who: str, pin: str) -> None:
        self.signed.emit(Signature(who, pin))

    def show_error(self, error: FloorstationError) -> None:
        self.pin.show_error(error)
