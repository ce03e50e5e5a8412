"""Sign in (badge scan, or name + PIN on the keypad), see who is signed in here, sign out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from floorstation.app import operators
from floorstation.app.lookup import Identified
from floorstation.app.views import StationView
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator, Role
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.layouts import clear, discard
from floorstation.ui.widgets.pin_entry import PinEntry


class SignInScreen(Screen):
    """Signals: close_requested(): the admin wants to close the kiosk."""

    name = "sign_in"
    close_requested = Signal()

    def __init__(self, terminal: ScreenContext, *, kiosk: bool = False) -> None:
        super().__init__(terminal)
        self.name_buttons: dict[str, BigButton] = {}
        self.sign_out_buttons: dict[str, BigButton] = {}
        self.pin_entry: PinEntry | None = None
        self._shown_names: list[str] = []
        self._shown_signed_in: list[str] = []

        self.prompt = prompt = QLabel("")
        set_look(prompt, role="big")
        prompt.setWordWrap(True)
        self.sub = sub = QLabel("")
        set_look(sub, role="subtitle")
        sub.setWordWrap(True)
        self._names = QGridLayout()
        self._names.setSpacing(10)
        names = QWidget()
        names.setLayout(self._names)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(names)
        self.enrol_note = QLabel("")
        set_look(self.enrol_note, role="notice")
        self.enrol_note.setWordWrap(True)
        # Always whole: the names below scroll instead.
        self.enrol_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.enrol_note.setVisible(False)
        self._enrolled: bool | None = None
        left = QVBoxLayout()
        left.addWidget(self.enrol_note)
        left.addWidget(prompt)
        left.addWidget(sub)
        left.addWidget(scroll, 1)
        self._names.setRowStretch(99, 1)

        panel = QFrame()
        panel.setProperty("panel", True)
        panel.setMinimumWidth(220)
        self.header = header = QLabel("")
        set_look(header, role="subtitle")
        self._signed_in = QVBoxLayout()
        self._signed_in.setSpacing(8)
        self.nobody = QLabel("")
        set_look(self.nobody, role="muted")
        self.close_button = BigButton("", kind="flat")
        self.close_button.setVisible(kiosk)
        self.close_button.clicked.connect(self.close_requested)
        right = QVBoxLayout(panel)
        right.addWidget(header)
        right.addWidget(self.nobody)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addLayout(self._signed_in)
        inner.addStretch(1)
        people = QScrollArea()
        people.setWidgetResizable(True)
        people.setWidget(holder)
        people.setMinimumHeight(80)
        right.addWidget(people, 1)
        right.addWidget(self.close_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        layout.addLayout(left, 3)
        layout.addWidget(panel, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Scan your badge"))
        self.sub.setText(self.tr("… or tap your name and type your PIN"))
        self.header.setText(self.tr("Signed in here"))
        self.nobody.setText(self.tr("Nobody yet."))
        self.close_button.setText(self.tr("Close terminal (admin)"))
        for button in self.sign_out_buttons.values():
            button.setText(self.tr("Sign out"))
        self.enrol_note.setText(
            self.tr(
                "Not enrolled with the plant's server yet: records stay here. To enrol, scan the QR code the office "
                "shows for this station."
            )
        )

    def set_enrolled(self, enrolled: bool | None) -> None:
        """Whether the station is enrolled (None: not known); a station that is not asks for the office's code."""
        self._enrolled = enrolled
        self.enrol_note.setVisible(enrolled is False)

    def shown(self, argument: object = None) -> None:
        if self.terminal.view is not None:
            self.on_view(self.terminal.view)

    def on_view(self, view: StationView) -> None:
        everyone = [o for o in view.operators if o.active]
        if [o.id for o in everyone] != self._shown_names:
            self._rebuild_names(everyone)
        if [o.id for o in view.signed_in] != self._shown_signed_in:
            self._rebuild_signed_in(list(view.signed_in))

    def _rebuild_names(self, everyone: list[Operator]) -> None:
        discard(*self.name_buttons.values())
        self.name_buttons = {}
        columns = 2
        for i, operator in enumerate(everyone):
            button = BigButton(operator.name.replace(" ", "\n", 1), height=72, expand=True)
            button.clicked.connect(lambda _=False, o=operator: self.ask_pin(o))
            self._names.addWidget(button, i // columns, i % columns)
            self.name_buttons[operator.id] = button
        self._shown_names = [o.id for o in everyone]

    def _rebuild_signed_in(self, signed_in: list[Operator]) -> None:
        clear(self._signed_in)
        self.sign_out_buttons = {}
        for operator in signed_in:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(operator.name)
            label.setWordWrap(True)
            button = BigButton(self.tr("Sign out"), kind="flat")
            button.clicked.connect(lambda _=False, oid=operator.id: self.sign_out(oid))
            line.addWidget(label, 1)
            line.addWidget(button)
            self._signed_in.addWidget(row)
            self.sign_out_buttons[operator.id] = button
        self.nobody.setVisible(not signed_in)
        self._shown_signed_in = [o.id for o in signed_in]

    # --- signing in and out ------------------------------------------------------------------------------

    def ask_pin(self, operator: Operator, *, badge: str | None = None) -> None:
        entry = PinEntry(prompt=self.tr("PIN for %s") % operator.name, accept_text=self.tr("Sign in"))
        entry.accepted.connect(lambda pin: self._sign_in(operator, pin, badge))
        self.pin_entry = entry
        self.terminal.overlay.present(self.tr("Sign in: %s") % operator.name, entry)

    def _sign_in(self, operator: Operator, pin: str, badge: str | None) -> None:
        entry = self.pin_entry

        def failed(error: FloorstationError) -> None:
            if entry is not None:
                entry.show_error(error)

        self.terminal.run(
            operators.sign_in,
            badge=badge,
            operator_id=None if badge else operator.id,
            pin=pin,
            done=self.signed_in,
            error=failed,
        )

    def badge_scanned(self, item: Identified) -> None:
        """A badge was scanned anywhere: sign in (asking for the PIN too when the station wants it)."""
        if self.terminal.config.pin_with_badge and item.key not in self._shown_signed_in:
            operator = self.terminal.view.operator(item.key) if self.terminal.view else None
            if operator is not None:
                self.ask_pin(operator, badge=item.badge)
                return
        self.terminal.run(operators.sign_in, badge=item.badge, done=self.signed_in)

    def signed_in(self, operator: Operator) -> None:
        """Signed in (by badge, or badge and PIN): who acts now, and the next step for them."""
        self.terminal.overlay.dismiss()
        self.pin_entry = None
        self.terminal.set_active(operator.id)
        said = self._next_step(operator) % operator.name
        machine = self.terminal.machine()
        if machine is not None and any(n.written_by != operator.id for n in machine.handovers):
            said += " " + self.tr("A note from the previous shift is waiting: open the task to read it.")
        self.terminal.say(said, "ok")
        if self.isVisible():
            self.terminal.go_start()

    def _next_step(self, operator: Operator) -> str:
        """What this person does next here: by the station's mode, and at a machine by what their role is for."""
        if self.terminal.mode == "goods_in":
            return self.tr("%s: signed in. Scan a supplier label to receive a lot.")
        if self.terminal.mode == "dispatch":
            return self.tr("%s: signed in. Choose the customer, then scan each pallet as it is loaded.")
        if operator.has_role(Role.OPERATOR) or operator.has_role(Role.SHIFT_LEAD):
            return self.tr("%s: signed in. Tap a task to work on it.")
        if operator.has_role(Role.MAINTENANCE):
            return self.tr("%s: signed in. Open Out of order to mark a machine down or put it back in service.")
        if operator.has_role(Role.QUALITY):
            return self.tr("%s: signed in. Scan a lot or pallet to trace it; Quality holds and releases lots.")
        return self.tr("%s: signed in.")

    def sign_out(self, operator_id: str) -> None:
        operator = self.terminal.view.operator(operator_id) if self.terminal.view else None
        name = operator.name if operator else operator_id

        def done(_: object) -> None:
            if self.terminal.active == operator_id:
                self.terminal.set_active(None)
            self.terminal.say(self.tr("%s: signed out.") % name, "ok")

        self.terminal.run(operators.sign_out, operator_id, done=done)
