"""Machine out of order: anyone raises a mark (reason + note); maintenance clears exactly the marks it lists."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from floorstation.app import machines
from floorstation.app.signatures import Signature
from floorstation.app.views import MachineView, StationView
from floorstation.domain import signatures
from floorstation.domain.marks import Mark
from floorstation.domain.master import ReasonKind, Role
from floorstation.ui.locale_text import reason_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.screens.home import status_word
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.keyboard import ask_text
from floorstation.ui.widgets.layouts import discard, scrolling
from floorstation.ui.widgets.reason_grid import ReasonGrid
from floorstation.ui.widgets.signature import SignaturePanel


class MachineDownScreen(Screen):
    name = "machine_down"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.note = ""
        self.tiles: dict[str, BigButton] = {}
        self.mark_buttons: dict[str, BigButton] = {}
        self._signature: object = None
        self.sign_panel: SignaturePanel | None = None
        """The signature panel of the last back-in-service, while it is open."""
        self._tiles = QHBoxLayout()
        self._tiles.setSpacing(10)

        self.raise_title = QLabel("")
        set_look(self.raise_title, role="subtitle")
        self.reasons = ReasonGrid(columns=2, height=64)
        self.reasons.chosen.connect(lambda _code: self._show_controls())
        self.note_button = BigButton("", kind="flat", expand=True)
        self.note_button.clicked.connect(self.ask_note)
        self.mark_button = BigButton("", kind="danger", expand=True)
        self.mark_button.clicked.connect(self.mark_down)
        left_panel = QFrame()
        left_panel.setProperty("panel", True)
        left = QVBoxLayout(left_panel)
        left.addWidget(self.raise_title)
        left.addWidget(self.reasons)
        left.addStretch(1)
        left.addWidget(self.note_button)
        left.addWidget(self.mark_button)

        self.marks_title = QLabel("")
        set_look(self.marks_title, role="subtitle")
        self._marks = QVBoxLayout()
        self._marks.setSpacing(8)
        self.clear_hint = QLabel("")
        self.clear_hint.setWordWrap(True)
        set_look(self.clear_hint, role="hint")
        self.clear_button = BigButton("", kind="go", expand=True)
        self.clear_button.clicked.connect(self.clear)
        right_panel = QFrame()
        right_panel.setProperty("panel", True)
        right = QVBoxLayout(right_panel)
        right.addWidget(self.marks_title)
        right.addWidget(scrolling(self._marks), 1)
        right.addWidget(self.clear_hint)
        right.addWidget(self.clear_button)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(left_panel, 1)
        body.addWidget(right_panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._tiles)
        layout.addLayout(body, 1)
        terminal.active_changed.connect(self._show_controls)
        terminal.machine_changed.connect(lambda: self.on_view(terminal.view) if terminal.view else None)
        self.retranslate()

    def retranslate(self) -> None:
        self._signature = None
        if self.terminal.view is not None:
            self.on_view(self.terminal.view)

    def machine(self) -> MachineView | None:
        return self.terminal.machine()

    def shown(self, argument: object = None) -> None:
        if self.terminal.view is not None:
            self.on_view(self.terminal.view)

    def on_view(self, view: StationView) -> None:
        machine = view.machine(self.terminal.machine_id)
        signature = (
            self.terminal.machine_id,
            tuple((m.machine.id, m.status) for m in view.machines),
            tuple(m.mark_id for m in machine.marks) if machine else (),
        )
        if signature == self._signature:
            return
        self._signature = signature
        discard(*self.tiles.values())
        self.tiles = {}
        for m in view.machines:
            tile = BigButton(f"{m.machine.code}\n{status_word(m.status)}", checkable=True, height=68, expand=True)
            set_look(tile, status=m.status)
            tile.setChecked(m.machine.id == self.terminal.machine_id)
            tile.clicked.connect(lambda _=False, mid=m.machine.id: self.terminal.set_machine(mid))
            self._tiles.addWidget(tile)
            self.tiles[m.machine.id] = tile
        self.reasons.set_reasons_once(view.reasons.get(ReasonKind.OUT_OF_ORDER, ()))
        self._show_marks(machine.marks if machine else ())
        self._show_controls()

    def _show_marks(self, marks: tuple[Mark, ...]) -> None:
        discard(*self.mark_buttons.values())
        self.mark_buttons = {}
        view = self.terminal.view
        for mark in marks:
            who = view.operator(mark.raised_by) if view and mark.raised_by else None
            reason = reason_text(view.reasons.get(ReasonKind.OUT_OF_ORDER, ()), mark.reason) if view else mark.reason
            when = (mark.raised_at or "")[11:16]
            by = who.name.split()[0] if who else (mark.raised_by or "")
            note = mark.note if len(mark.note) <= 24 else mark.note[:23] + "…"
            button = BigButton(
                f"{reason} · {when}\n{by}" + (f": {note}" if note else ""),
                kind="mark",
                checkable=True,
                height=72,
                expand=True,
            )
            button.setToolTip(mark.note)
            button.setChecked(True)
            button.clicked.connect(self._show_controls)
            self._marks.addWidget(button)
            self.mark_buttons[mark.mark_id] = button

    def chosen_marks(self) -> list[str]:
        return [mark_id for mark_id, button in self.mark_buttons.items() if button.isChecked()]

    def _show_controls(self) -> None:
        machine = self.machine()
        code = machine.machine.code if machine else "?"
        self.raise_title.setText(self.tr("What is wrong with %s?") % code)
        self.note_button.setText(self.tr("Note: %s") % self.note if self.note else self.tr("Add a note (optional)"))
        self.mark_button.setText(self.tr("Mark %s out of order") % code)
        self.mark_button.setEnabled(machine is not None and self.reasons.selected() is not None)
        count = len(self.mark_buttons)
        self.marks_title.setText(
            self.tr("Open marks on %s: %s") % (code, count) if count else self.tr("%s has no open marks.") % code
        )
        chosen = len(self.chosen_marks())
        many = self.tr("Back in service:\nclear %s marks") % chosen
        self.clear_button.setText(self.tr("Back in service:\nclear 1 mark") if chosen == 1 else many)
        maintenance = self.terminal.active_has(Role.MAINTENANCE)
        self.clear_button.setEnabled(maintenance and chosen > 0)
        self.clear_button.setVisible(count > 0)
        self.clear_hint.setText(
            "" if maintenance or not count else self.tr("Only maintenance puts a machine back in service.")
        )
        self.clear_hint.setVisible(bool(count) and not maintenance)

    # --- actions ----------------------------------------------------------------------------------------

    def ask_note(self) -> None:
        title, accept = self.tr("Note for maintenance"), self.tr("Use this note")
        ask_text(self.terminal.overlay, title, self._set_note, accept_text=accept, value=self.note)

    def _set_note(self, text: str) -> None:
        self.note = text
        self._show_controls()

    def mark_down(self) -> None:
        operator = self.terminal.acting()
        machine = self.machine()
        reason = self.reasons.selected()
        if operator is None or machine is None or reason is None:
            return

        def done(_mark_id: str) -> None:
            self.note = ""
            self.reasons.clear_selection()
            self.terminal.say(self.tr("%s is marked out of order. Maintenance is told.") % machine.machine.name, "warn")

        self.terminal.run(machines.mark_machine_down, operator, machine.machine.id, reason, self.note, done=done)

    def clear(self) -> None:
        """Back in service is signed: the technician's badge or name and PIN, meaning "the machine is fixed"."""
        operator = self.terminal.acting()
        machine = self.machine()
        chosen = self.chosen_marks()
        if operator is None or machine is None or not chosen:
            return
        count = len(chosen)
        what = (
            self.tr("%s goes back in service: 1 mark is cleared.") % machine.machine.name
            if count == 1
            else self.tr("%s goes back in service: %s marks are cleared.") % (machine.machine.name, count)
        )
        panel = SignaturePanel(self.terminal.view, meaning=signatures.MACHINE_FIXED, role=Role.MAINTENANCE, what=what)
        panel.signed.connect(lambda signature: self._clear_signed(panel, operator, machine, chosen, signature))
        self.sign_panel = panel
        self.terminal.overlay.present(self.tr("Sign: %s back in service") % machine.machine.code, panel)

    def _clear_signed(
        self, panel: SignaturePanel, operator: str, machine: MachineView, chosen: list[str], signature: Signature
    ) -> None:
        def done(still_open: list[Mark]) -> None:
            self.terminal.overlay.dismiss()
            if still_open:
                text = self.tr("Cleared %s; %s raised meanwhile stay open (not seen when you cleared).")
                self.terminal.say(text % (len(chosen), len(still_open)), "warn")
            else:
                self.terminal.say(self.tr("%s is back in service.") % machine.machine.name, "ok")

        self.terminal.run(
            machines.clear_marks,
            operator,
            machine.machine.id,
            chosen,
            signature=signature,
            done=done,
            error=panel.show_error,
        )
