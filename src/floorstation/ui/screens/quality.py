"""Quality: scan or type a lot, see its status and the decision behind it, hold it or release it (signed).

Shift leads and operators see the screen (a held lot's reason is useful to everyone) but the Hold and Release
buttons stay disabled for them, with a line saying that a quality person must do it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from floorstation.app import quality
from floorstation.app.lookup import Identified
from floorstation.app.quality import LotStatusView
from floorstation.app.signatures import Signature
from floorstation.app.views import StationView
from floorstation.domain import signatures
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Lot, LotStatus, ReasonKind, Role
from floorstation.ui.error_texts import error_sentence
from floorstation.ui.locale_text import date_text, name_in_language
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.theme import TOUCH, set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keyboard import ask_text
from floorstation.ui.widgets.reason_grid import ReasonGrid
from floorstation.ui.widgets.signature import SignaturePanel


class QualityScreen(Screen):
    name = "quality"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.code = ""
        self.status: LotStatusView | None = None
        self.typed_reason = ""
        self.sign_panel: SignaturePanel | None = None

        self.code_button = BigButton("", kind="flat", expand=True)
        self.code_button.clicked.connect(self.ask_code)
        self.status_word = QLabel("")
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        set_look(self.facts, role="subtitle")
        self.decision = QLabel("")
        self.decision.setWordWrap(True)
        set_look(self.decision, role="muted")
        left_panel = QFrame()
        left_panel.setProperty("panel", True)
        left = QVBoxLayout(left_panel)
        left.addWidget(self.code_button)
        left.addWidget(self.status_word)
        left.addWidget(self.facts)
        left.addWidget(self.decision)
        left.addStretch(1)

        self.reason_title = QLabel("")
        set_look(self.reason_title, role="subtitle")
        self.reasons = ReasonGrid(columns=2, height=64)
        self.reasons.chosen.connect(self._reason_tapped)
        self.type_reason_button = BigButton("", kind="flat", expand=True)
        self.type_reason_button.clicked.connect(self.ask_reason)
        self.role_hint = FixedLines(lines=2)  # its room is kept while it says nothing
        set_look(self.role_hint, role="hint")
        self.hold_button = BigButton("", kind="danger", height=80, expand=True)
        self.hold_button.clicked.connect(lambda: self.ask_signature(hold=True))
        self.release_button = BigButton("", kind="go", height=80, expand=True)
        self.release_button.clicked.connect(lambda: self.ask_signature(hold=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hold_button)
        buttons.addWidget(self.release_button)
        right_panel = QFrame()
        right_panel.setProperty("panel", True)
        right = QVBoxLayout(right_panel)
        right.addWidget(self.reason_title)
        right.addWidget(self.reasons)
        right.addWidget(self.type_reason_button)
        right.addStretch(1)
        right.addWidget(self.role_hint)
        right.addLayout(buttons)

        # The lot (its code on top) beside the decision: on a 600 px screen there is no height for a row of its own,
        # and the decision side gets the wider half so that Hold and Release are never cut.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(left_panel, 2)
        layout.addWidget(right_panel, 3)
        terminal.active_changed.connect(self._show_controls)
        self.retranslate()

    def retranslate(self) -> None:
        self.reason_title.setText(self.tr("Why"))
        self.hold_button.setText(self.tr("Hold the lot"))
        self.release_button.setText(self.tr("Release the lot"))
        for button in (self.hold_button, self.release_button):  # never narrower than its words
            button.setMinimumWidth(max(button.sizeHint().width(), TOUCH))
        self._show_status()
        self._show_controls()

    def shown(self, argument: object = None) -> None:
        if self.terminal.view is not None:
            self.on_view(self.terminal.view)
        if isinstance(argument, str) and argument:
            self.load(argument)
        elif self.code:
            self.load(self.code)

    def on_view(self, view: StationView) -> None:
        self.reasons.set_reasons_once(view.reasons.get(ReasonKind.HOLD, ()))
        self._show_controls()

    def accept_scan(self, item: Identified) -> bool:
        if item.kind == "lot":
            self.load(item.key)
            return True
        return False

    # --- the lot ------------------------------------------------------------------------------------------

    def ask_code(self) -> None:
        ask_text(
            self.terminal.overlay, self.tr("Lot code"), self.load, accept_text=self.tr("Show the lot"), max_length=24
        )

    def load(self, code: str) -> None:
        self.code = code.strip()
        if not self.code:
            return

        def failed(error: FloorstationError) -> None:
            self.status = None
            self._show_status(error_sentence(error))
            self._show_controls()

        self.terminal.run(quality.lot_status, self.code, done=self._loaded, error=failed, refresh=False)

    def _loaded(self, status: LotStatusView) -> None:
        self.status = status
        self._show_status()
        self._show_controls()

    def _status_text(self, lot: Lot) -> str:
        return {
            LotStatus.RELEASED: self.tr("RELEASED"),
            LotStatus.HOLD: self.tr("ON HOLD"),
            LotStatus.RECALLED: self.tr("RECALLED"),
        }[lot.status]

    def _show_status(self, problem: str = "") -> None:
        self.code_button.setText(self.code or self.tr("Lot: scan its label or tap to type"))
        status = self.status
        if status is None:
            self.status_word.setText("")
            set_look(self.status_word, status=None)
            self.facts.setText(problem or self.tr("Scan a lot label, or tap the box above to type its code."))
            self.decision.setText("")
            return
        lot = status.lot
        self.status_word.setText(self._status_text(lot))
        set_look(self.status_word, status={"released": "running"}.get(lot.status.value, lot.status.value))
        self.facts.setText(self.tr("Lot %s · %s") % (lot.code, lot.material))
        if status.by and status.at:
            said = {
                LotStatus.HOLD: self.tr("Held by %s on %s: %s"),
                LotStatus.RELEASED: self.tr("Released by %s on %s: %s"),
            }.get(lot.status)
            reason = name_in_language(status.reason or "", status.reason_names)
            text = said % (status.by, date_text(status.at), reason) if said else ""
        elif lot.status is LotStatus.RECALLED:
            text = self.tr("A recall is undone only centrally by quality on the server.")
        else:
            text = ""
        self.decision.setText(text)

    # --- hold and release -----------------------------------------------------------------------------------

    def _reason_tapped(self, _code: str) -> None:
        self.typed_reason = ""
        self._show_controls()

    def ask_reason(self) -> None:
        title, accept = self.tr("Reason, in your words"), self.tr("Use this reason")
        ask_text(self.terminal.overlay, title, self._typed_reason, accept_text=accept, value=self.typed_reason)

    def _typed_reason(self, text: str) -> None:
        self.typed_reason = text.strip()
        if self.typed_reason:
            self.reasons.clear_selection()
        self._show_controls()

    def reason(self) -> str | None:
        return self.typed_reason or self.reasons.selected()

    def _show_controls(self) -> None:
        typed = self.typed_reason
        self.type_reason_button.setText(self.tr("Reason: %s") % typed if typed else self.tr("Type another reason"))
        is_quality = self.terminal.active_has(Role.QUALITY)
        lot = self.status.lot if self.status else None
        has_reason = self.reason() is not None
        self.hold_button.setEnabled(is_quality and lot is not None and lot.status is LotStatus.RELEASED and has_reason)
        self.release_button.setEnabled(is_quality and lot is not None and lot.status is LotStatus.HOLD and has_reason)
        if not is_quality:
            hint = self.tr("Only quality holds or releases a lot: a quality person must sign in and do it.")
        elif lot is None:
            hint = ""
        elif lot.status is LotStatus.RECALLED:
            hint = self.tr("Lot %s is recalled: it is not released here.") % lot.code
        elif not has_reason:
            hint = self.tr("Tap a reason or type one.")
        else:
            hint = ""
        self.role_hint.setText(hint)

    def ask_signature(self, *, hold: bool) -> None:
        operator = self.terminal.acting()
        reason = self.reason()
        if operator is None or self.status is None or reason is None:
            return
        code = self.status.lot.code
        panel = SignaturePanel(
            self.terminal.view,
            meaning=signatures.LOT_HELD if hold else signatures.LOT_RELEASED,
            role=Role.QUALITY,
            what=(self.tr("Lot %s goes on hold.") if hold else self.tr("Lot %s is released.")) % code,
        )
        panel.signed.connect(lambda signature: self._signed(panel, operator, code, reason, signature, hold=hold))
        self.sign_panel = panel
        title = self.tr("Sign: hold lot %s") if hold else self.tr("Sign: release lot %s")
        self.terminal.overlay.present(title % code, panel, tone="refusal" if hold else None)

    def _signed(
        self, panel: SignaturePanel, operator: str, code: str, reason: str, signature: Signature, *, hold: bool
    ) -> None:
        def done(lot: Lot) -> None:
            self.terminal.overlay.dismiss()
            self.typed_reason = ""
            self.reasons.clear_selection()
            if hold:
                self.terminal.say(self.tr("Lot %s is on hold: it cannot be used until released.") % lot.code, "warn")
            else:
                self.terminal.say(self.tr("Lot %s is released: it may be used again.") % lot.code, "ok")
            self.load(lot.code)

        action = quality.hold_lot if hold else quality.release_lot
        self.terminal.run(action, operator, code, reason, signature=signature, done=done, error=panel.show_error)
