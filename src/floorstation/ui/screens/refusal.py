"""A refused lot fills the screen: what is wrong, what to do, who the plant lets override it, and the override
(a reason that answers the refusal, then the electronic signature of someone allowed to give it: badge or name, PIN;
a held lot: a quality person). A repeat scan asks before it is recorded twice; a lot that expires after another one
on hand asks why before it is used (first-expired, first-out)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from floorstation.app.lookup import Identified
from floorstation.app.lots import Override
from floorstation.app.signatures import Signature
from floorstation.domain import signatures
from floorstation.domain.errors import FefoReasonNeeded, FloorstationError, NeedsConfirmation, Refused, RuleViolation
from floorstation.domain.master import ReasonKind, Role
from floorstation.domain.overrides import OverridePolicy
from floorstation.ui.error_texts import error_text, most_important_first, refusal_hint, violation_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.reason_grid import ReasonGrid
from floorstation.ui.widgets.signature import SignaturePanel, role_text


class RefusalPanel(QWidget):
    """Signals: override_requested(Override): someone allowed to authorised using the lot anyway."""

    override_requested = Signal(object)
    scan_kinds = frozenset({"badge"})
    """The scans this panel takes while it is open: a badge names the shift lead who signs."""

    def __init__(self, terminal: ScreenContext, refused: Refused) -> None:
        super().__init__()
        self.terminal = terminal
        self.lead_buttons: dict[str, BigButton] = {}
        view = terminal.view
        policy = OverridePolicy.of(view.reasons.get(ReasonKind.OVERRIDE, ()) if view else ())
        # The plant's reasons that answer every refusal shown, and the roles that may sign them.
        self.offered = policy.reasons_for(refused.rules)
        found = {Role(r) for v in refused.violations for r in v.signers}
        self.roles = tuple(r for r in Role if r in found)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._facts(refused))
        self._pages.addWidget(self._override_form())

    def _facts(self, refused: Refused) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for violation in most_important_first(refused.violations):
            message, what_to_do = violation_text(violation)
            text = f"{message}\n→ {what_to_do}" if what_to_do else message
            if len(refused.violations) > 1:  # one alone: the hint below says who may override it
                text += f"\n{who_may_override(violation)}"
            label = QLabel(text)
            label.setWordWrap(True)
            set_look(label, role="violation")
            layout.addWidget(label)
        unanswered = refused.overridable and not self.offered
        hint = QLabel(
            self.tr("No override reason of the plant's answers all of these together: put the lot aside.")
            if unanswered
            else refusal_hint(refused)
        )
        hint.setWordWrap(True)
        set_look(hint, role="hint")
        layout.addWidget(hint)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.aside_button = BigButton(self.tr("Put the lot aside"), kind="flat", height=80, expand=True)
        self.aside_button.clicked.connect(self.terminal.overlay.dismiss)
        buttons.addWidget(self.aside_button)
        if self.roles == (Role.QUALITY,):
            override_text = self.tr("Quality signature")
        elif self.roles == (Role.SHIFT_LEAD,):
            override_text = self.tr("Shift lead override")
        else:
            override_text = self.tr("Override")
        self.override_button = BigButton(override_text, kind="warn", height=80, expand=True)
        self.override_button.clicked.connect(lambda: self._pages.setCurrentIndex(1))
        buttons.addWidget(self.override_button)
        layout.addLayout(buttons)
        # Shown or hidden once it has a parent: a parentless widget shown becomes a window of its own for a moment,
        # and on a kiosk's bare X session the keyboard's focus goes with it.
        self.override_button.setVisible(refused.overridable and bool(self.offered))
        return page

    def _override_form(self) -> QWidget:
        """The override is its signer's electronic signature: reason, then badge or name, then PIN."""
        page = QWidget()
        view = self.terminal.view
        reason_title = QLabel(self.tr("Reason"))
        set_look(reason_title, role="subtitle")
        # A few reasons stand one above the other, so a long one ("Lieferant hat die Charge bestätigt") has the
        # column's whole width; many share two columns.
        self.reasons = ReasonGrid(columns=1 if len(self.offered) <= 4 else 2, height=64)
        self.reasons.set_reasons(self.offered)
        self.error = FixedLines(lines=2)  # its room is kept while it says nothing
        set_look(self.error, role="hint")
        roles = self.roles or (Role.SHIFT_LEAD,)
        self.signature = SignaturePanel(view, meaning=signatures.OVERRIDE, role=roles)
        self.signature.signed.connect(self._submit)
        self.lead_buttons = self.signature.buttons
        self.pin = self.signature.pin
        left = QVBoxLayout()
        left.addWidget(reason_title)
        left.addWidget(self.reasons)
        left.addWidget(self.error)
        left.addStretch(1)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 2)
        layout.addWidget(self.signature, 3)
        return page

    def choose_lead(self, badge: str) -> None:
        self.signature.choose_badge(badge)
        self._pages.setCurrentIndex(1)

    def accept_scan(self, item: Identified) -> bool:
        """A badge scanned while the refusal is shown names the shift lead who signs the override."""
        if item.kind != "badge":
            return False
        self.choose_lead(item.badge)
        return True

    def _submit(self, signature: Signature) -> None:
        reason = self.reasons.selected()
        if reason is None:
            self.error.setText(self.tr("Pick the reason for the override."))
            self.pin.keypad.clear()
        else:
            self.error.setText("")
            self.override_requested.emit(Override(signature.signer, signature.pin, reason))

    def show_error(self, error: FloorstationError) -> None:
        self.pin.show_error(error)


def who_may_override(violation: RuleViolation) -> str:
    """Who the plant lets override this refusal (master data), as the refusal screen says it."""
    signers = violation.signers
    if not signers:
        return QCoreApplication.translate("Refusal", "Nobody may override this at the station.")
    if signers == ("quality",):
        return QCoreApplication.translate("Refusal", "A quality person may sign this.")
    if signers == ("shift_lead",):
        return QCoreApplication.translate("Refusal", "A shift lead may override.")
    who = ", ".join(role_text(Role(r)) for r in signers)
    return QCoreApplication.translate("Refusal", "May override: %s.") % who


class RepeatPanel(QWidget):
    """The same lot again within seconds: record it again only if it was really used again.

    Signals: confirmed(): record it again.
    """

    confirmed = Signal()

    def __init__(self, terminal: ScreenContext, question: NeedsConfirmation) -> None:
        super().__init__()
        message, hint_text = error_text(question)
        text = QLabel(message)
        text.setWordWrap(True)
        set_look(text, role="subtitle")
        hint = QLabel(hint_text)
        hint.setWordWrap(True)
        set_look(hint, role="hint")
        self.no_button = BigButton(self.tr("No, it was one scan"), kind="go", height=80, expand=True)
        self.no_button.clicked.connect(terminal.overlay.dismiss)
        self.yes_button = BigButton(self.tr("Yes, record it again"), kind="warn", height=80, expand=True)
        self.yes_button.clicked.connect(self.confirmed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addLayout(buttons)


class FefoPanel(QWidget):
    """A lot scanned while an older lot of the same material is on hand: one tap on a reason uses it anyway (the
    reason is recorded with the consumption); Cancel records nothing.

    Signals: chosen(str): the FEFO reason code tapped.
    """

    chosen = Signal(str)

    def __init__(self, terminal: ScreenContext, question: FefoReasonNeeded) -> None:
        super().__init__()
        message, hint_text = error_text(question)
        text = QLabel(message)
        text.setWordWrap(True)
        set_look(text, role="subtitle")
        hint = QLabel(hint_text)
        hint.setWordWrap(True)
        set_look(hint, role="hint")
        view = terminal.view
        self.grid = ReasonGrid(columns=2, height=96)
        self.grid.set_reasons(view.reasons.get(ReasonKind.FEFO, ()) if view else ())
        self.grid.chosen.connect(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addWidget(self.grid)
        layout.addStretch(1)
