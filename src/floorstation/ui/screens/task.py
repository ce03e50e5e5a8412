"""The task: Start / Pause / Resume / Stop, the production lot, the lots consumed, a live timer; scanning a lot
consumes it into the task (the quantity used is asked, with the lot's balance and the BOM need shown, unless typed
before the scan), and a refusal fills the screen before any quantity is asked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from floorstation.app import handover, lots, tasks, views
from floorstation.app.lookup import Identified
from floorstation.app.lots import ConsumePrompt, ConsumeResult, Override
from floorstation.app.scans import ConsumeAsked
from floorstation.app.views import TaskDetail
from floorstation.domain.errors import FefoReasonNeeded, FloorstationError, NeedsConfirmation, Refused
from floorstation.domain.master import ReasonKind
from floorstation.domain.ports import HandoverNote
from floorstation.ui.error_texts import error_sentence, rule_name
from floorstation.ui.locale_text import date_text, material_name, number_text, reason_text, unit_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.screens.count_panels import CountPanel, HandoverPanel
from floorstation.ui.screens.home import parameters_text, status_word
from floorstation.ui.screens.refusal import FefoPanel, RefusalPanel, RepeatPanel
from floorstation.ui.screens.task_panels import PausePanel, QuantityPanel, StopPanel, UsedQuantityPanel
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keyboard import Keyboard, ask_text


def elapsed(since: str | None, now: datetime, pauses: Sequence[tuple[str, str | None]] = ()) -> str:
    """Working time since the start: the time paused does not count, so the clock stands still during a pause."""
    if not since:
        return "--:--:--"
    paused = sum(
        ((datetime.fromisoformat(end) if end else now) - datetime.fromisoformat(begin)).total_seconds()
        for begin, end in pauses
    )
    seconds = max(0, int((now - datetime.fromisoformat(since)).total_seconds() - paused))
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class TaskScreen(Screen):
    name = "task"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.task_id: str | None = None
        self.detail: TaskDetail | None = None
        self.next_qty: str | None = None
        self.panel: object = None
        self._notes_shown: set[str] = set()
        """Handover notes already put up on this screen (shown once per visit, not at every refresh)."""

        # Every line above the buttons keeps its height whatever it says (a task starting, a crew joining, a
        # long product name): the buttons stay where the finger expects them.
        self.heading = FixedLines(lines=1, min_px=18)
        set_look(self.heading, role="title")
        self.chip = QLabel("")
        self.timer_label = QLabel("--:--:--")
        set_look(self.timer_label, role="big")
        self.info = FixedLines(lines=2)
        self.params = FixedLines(lines=1)
        set_look(self.params, role="muted")

        self.start_button = BigButton("", kind="go", height=68, expand=True)
        self.pause_button = BigButton("", kind="warn", height=68, expand=True)
        self.resume_button = BigButton("", kind="go", height=68, expand=True)
        self.count_button = BigButton("", kind="primary", height=68, expand=True)
        self.stop_button = BigButton("", kind="danger", height=68, expand=True)
        self.count_button.clicked.connect(self.ask_count)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.ask_pause)
        self.resume_button.clicked.connect(self.resume)
        self.stop_button.clicked.connect(self.ask_stop)

        self.materials = QLabel("")
        set_look(self.materials, role="small")
        self.materials.setWordWrap(True)
        self.materials.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.qty_button = BigButton("", kind="flat", expand=True)
        self.qty_button.clicked.connect(self.ask_quantity)
        self.type_button = BigButton("", kind="flat", expand=True)
        self.type_button.clicked.connect(self.ask_lot_code)
        self.lot_label = FixedLines(lines=2, min_px=16)
        set_look(self.lot_label, role="subtitle")
        self.new_lot_button = BigButton("", kind="flat")
        self.new_lot_button.clicked.connect(self.new_lot)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The lot and its quantity are never cut; time and who share what is left.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(100)

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.chip)
        head.addWidget(self.timer_label)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        for button in (self.start_button, self.pause_button, self.resume_button, self.count_button, self.stop_button):
            actions.addWidget(button, 1)  # equal shares: "Start" becoming "Join" moves no button
        needs = QFrame()
        needs.setProperty("panel", True)
        self.needs_title = needs_title = QLabel("")
        set_look(needs_title, role="subtitle")
        needs_layout = QVBoxLayout(needs)
        needs_layout.addWidget(needs_title)
        materials = QScrollArea()
        materials.setWidgetResizable(True)
        materials.setWidget(self.materials)
        materials.setFrameShape(QFrame.Shape.NoFrame)
        materials.setMinimumHeight(72)
        needs_layout.addWidget(materials, 1)
        scan_buttons = QHBoxLayout()
        scan_buttons.addWidget(self.qty_button, 1)
        scan_buttons.addWidget(self.type_button, 1)
        needs_layout.addLayout(scan_buttons)
        used = QFrame()
        used.setProperty("panel", True)
        used_layout = QVBoxLayout(used)
        lot_row = QHBoxLayout()
        lot_row.addWidget(self.lot_label, 1)
        lot_row.addWidget(self.new_lot_button)
        used_layout.addLayout(lot_row)
        used_layout.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        # Half the width each, whatever their words would like: the used lots' four columns need their half on
        # a 1024 px screen (the long German scan buttons would otherwise take it).
        for panel in (needs, used):
            panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            body.addWidget(panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.info)
        layout.addWidget(self.params)
        layout.addLayout(actions)
        layout.addLayout(body, 1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        terminal.active_changed.connect(self._show_buttons)
        terminal.active_changed.connect(self._someone_else)
        self.retranslate()

    def retranslate(self) -> None:
        self.pause_button.setText(self.tr("Pause"))
        self.resume_button.setText(self.tr("Resume"))
        self.count_button.setText(self.tr("Count"))
        self.stop_button.setText(self.tr("Stop"))
        self.type_button.setText(self.tr("Type a\nlot code"))
        self.new_lot_button.setText(self.tr("New lot"))
        self.needs_title.setText(self.tr("Scan the lots you use"))
        self.table.setHorizontalHeaderLabels([self.tr("Lot"), self.tr("Quantity"), self.tr("Time"), self.tr("By")])
        self._show(self.detail)

    # --- loading and drawing ----------------------------------------------------------------------------

    def shown(self, argument: object = None) -> None:
        self._notes_shown.clear()
        if isinstance(argument, str) and argument != self.task_id:
            self.task_id = argument
            self.next_qty = None
        self.load()

    def load(self) -> None:
        if self.task_id is not None:
            self.terminal.run(views.task_detail, self.task_id, done=self._show, refresh=False)

    def on_view(self, view: object) -> None:
        if self.isVisible():
            self.load()

    def _show(self, detail: TaskDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("No task open: pick one from the machine's queue on Home."))
            for label in (self.info, self.params, self.materials, self.lot_label, self.chip):
                label.setText("")
            self.table.setRowCount(0)
            self._show_buttons()
            return
        task, state, view = detail.task, detail.state, self.terminal.view
        if task.machine_id != self.terminal.machine_id and view is not None and view.machine(task.machine_id):
            self.terminal.set_machine(task.machine_id)  # the status bar's machine is the one this task runs on
        unit = unit_text(detail.product.unit) if detail.product else ""
        self.heading.setText(f"{task.work_order} · {task.name}")
        pauses = view.reasons.get(ReasonKind.PAUSE, ()) if view else ()
        pause = reason_text(pauses, state.pause_reason) if state.pause_reason else ""
        self.chip.setText(status_word(state.status) + (f": {pause}" if pause else ""))
        set_look(self.chip, status=state.status)
        crew = ", ".join(o.name if (o := view.operator(i) if view else None) else i for i in state.crew)
        machine = detail.machine.name if detail.machine else task.machine_id
        product = material_name(detail.product) if detail.product else task.product
        self.info.setText(
            self.tr("%s (%s) on %s · done %s / %s %s")
            % (product, task.product, machine, number_text(state.good_qty), number_text(task.planned_qty), unit)
            + (" · " + self.tr("scrap %s") % number_text(state.scrap_qty) if state.scrap_qty else "")
            + (" · " + self.tr("rework %s") % number_text(state.rework_qty) if state.rework_qty else "")
            + (" · " + self.tr("crew: %s") % crew if crew else "")
        )
        self.params.setText(parameters_text(views.QueueItem(task, state, detail.product, {})))
        self.lot_label.setText(self.tr("Production lot: %s") % (state.output_lot or self.tr("opens at Start")))
        lines = []
        for need in detail.needs:
            m_unit = unit_text(need.material.unit) if need.material else ""
            name = material_name(need.material) if need.material else need.line.material
            lines.append(
                f"<b>{need.line.material}</b> · {name} · {number_text(need.line.qty_per_unit)} {m_unit}/{unit}"
            )
            if need.suggested_lot is not None:
                expiry = need.suggested_lot.expiry
                when = self.tr(", expires %s") % date_text(expiry) if expiry else ""
                qty = f" · {number_text(need.suggested_qty)} {m_unit}" if need.suggested_qty is not None else ""
                lines.append(self.tr("&nbsp;&nbsp;use first: <b>%s</b>%s%s") % (need.suggested_lot.code, when, qty))
            else:
                lines.append("&nbsp;&nbsp;" + self.tr("no usable lot on record"))
        self.materials.setText("<br>".join(lines) or self.tr("This task uses no materials."))
        self.table.setRowCount(len(detail.consumptions))
        for row, used in enumerate(reversed(detail.consumptions)):
            who = view.operator(used.operator_id) if view and used.operator_id else None
            cells = (
                used.input_lot,
                f"{number_text(used.quantity)} {unit_text(detail.units.get(used.input_lot, ''))}",
                used.occurred_at[11:16],
                who.name.split()[0] if who else (used.operator_id or ""),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._show_buttons()
        self._tick()
        self._show_handovers(detail)

    def _show_handovers(self, detail: TaskDetail) -> None:
        """Notes left at this machine that nobody has read yet: put up once per visit, over nothing else."""
        notes = [n for n in detail.handovers if n.written_by != self.terminal.active]
        if not any(n.event_id not in self._notes_shown for n in notes) or self.terminal.overlay.isVisible():
            return
        self._notes_shown.update(n.event_id for n in notes)
        view = self.terminal.view
        panel = HandoverPanel(notes, view.operators if view else ())
        ids = [n.event_id for n in notes]
        panel.acknowledged.connect(lambda: self._acknowledge(ids))
        self.terminal.overlay.present(self.tr("A note from the previous shift"), panel)

    def _someone_else(self) -> None:
        """Another person at the terminal: the notes they have not seen are put up for them."""
        self._notes_shown.clear()
        if self.isVisible():
            self.load()

    def _acknowledge(self, ids: list[str]) -> None:
        operator = self.terminal.acting()
        if operator is None:
            return

        def done(_: object) -> None:
            self.terminal.overlay.dismiss()
            self.load()

        self.terminal.run(handover.acknowledge_notes, operator, ids, done=done)

    def _show_buttons(self) -> None:
        state = self.detail.state if self.detail else None
        status = state.status if state else None
        joining = status == "running" and self.terminal.active not in (state.crew if state else ())
        self.start_button.setText(self.tr("Join") if joining else self.tr("Start"))
        self.start_button.setEnabled(status == "idle" or joining)
        self.pause_button.setEnabled(status == "running")
        self.resume_button.setEnabled(status == "paused")
        self.stop_button.setEnabled(status in ("running", "paused"))
        self.count_button.setEnabled(status in ("running", "paused"))
        self.new_lot_button.setEnabled(status in ("running", "paused"))
        self.qty_button.setText(
            self.tr("Next scan:\n%s") % self.next_qty if self.next_qty else self.tr("Next scan:\nBOM quantity")
        )
        self.qty_button.setEnabled(state is not None)
        self.type_button.setEnabled(state is not None)

    def _tick(self) -> None:
        state = self.detail.state if self.detail else None
        running = state is not None and state.status in ("running", "paused")
        pauses = self.detail.pauses if self.detail else ()
        self.timer_label.setText(
            elapsed(state.started_at if running and state else None, self.terminal.ctx.now(), pauses)
        )

    # --- actions ----------------------------------------------------------------------------------------

    def _act(self, fn: object, *args: object, said: str, **kwargs: object) -> None:
        operator = self.terminal.acting()
        if operator is None or self.task_id is None:
            return

        def done(_: object) -> None:
            self.terminal.overlay.dismiss()
            self.terminal.say(said, "ok")
            self.load()

        self.terminal.run(fn, self.task_id, operator, *args, done=done, **kwargs)  # type: ignore[arg-type]

    def start(self) -> None:
        self._act(tasks.start_task, said=self.tr("Started %s.") % self.task_id)

    def ask_pause(self) -> None:
        view = self.terminal.view
        panel = PausePanel(view.reasons.get(ReasonKind.PAUSE, ()) if view else ())
        panel.chosen.connect(lambda code: self._act(tasks.pause_task, code, said=self.tr("Paused.")))
        self.panel = panel
        self.terminal.overlay.present(self.tr("Pause %s") % self.task_id, panel)

    def resume(self) -> None:
        self._act(tasks.resume_task, said=self.tr("Resumed."))

    def ask_count(self) -> None:
        view = self.terminal.view
        unit = unit_text(self.detail.product.unit) if self.detail and self.detail.product else ""
        panel = CountPanel(view.reasons.get(ReasonKind.SCRAP, ()) if view else (), unit)
        panel.submitted.connect(self._count)
        self.panel = panel
        self.terminal.overlay.present(
            self.tr("Count for %s: what did you make since the last count?") % self.task_id, panel
        )

    def _count(self, good: str, scrap: dict[str, str], rework: str) -> None:
        panel = self.panel
        operator = self.terminal.acting()
        if operator is None or self.task_id is None:
            return
        scrapped = sum((Decimal(q) for q in scrap.values()), Decimal(0))
        said = self.tr("Counted: %s good, %s scrap, %s rework.") % (good, number_text(scrapped), rework)

        def done(_: object) -> None:
            self.terminal.overlay.dismiss()
            self.terminal.say(said, "ok")
            self.load()

        def failed(exc: FloorstationError) -> None:
            if isinstance(panel, CountPanel):
                panel.show_error(error_sentence(exc))

        self.terminal.run(
            tasks.count_task, self.task_id, operator, good=good, scrap=scrap, rework=rework, done=done, error=failed
        )

    def ask_stop(self) -> None:
        view = self.terminal.view
        unit = unit_text(self.detail.product.unit) if self.detail and self.detail.product else ""
        panel = StopPanel(view.reasons.get(ReasonKind.SCRAP, ()) if view else (), unit)
        panel.submitted.connect(self._stop)
        self.panel = panel
        self.terminal.overlay.present(self.tr("Stop %s: anything not counted yet?") % self.task_id, panel)

    def _stop(self, good: str, scrap: str, reason: str | None, finished: bool) -> None:
        if finished:
            said = self.tr("Operation finished: %s good, %s scrap.") % (good, scrap)
        else:
            said = self.tr("Stopped for now: %s good, %s scrap.") % (good, scrap)
        panel = self.panel
        error = panel.error.setText if isinstance(panel, StopPanel) else None
        operator = self.terminal.acting()
        task_id = self.task_id
        machine_id = self.detail.task.machine_id if self.detail else None
        if operator is None or task_id is None:
            return

        def done(_: object) -> None:
            self.terminal.overlay.dismiss()
            self.terminal.say(said, "ok")
            self.load()
            if not finished and machine_id is not None:
                self.ask_note(machine_id, task_id)

        def failed(exc: FloorstationError) -> None:
            if error is not None:
                error(error_sentence(exc))

        self.terminal.run(
            tasks.stop_task,
            task_id,
            operator,
            good=good,
            scrap=scrap,
            scrap_reason=reason,
            finished=finished,
            done=done,
            error=failed,
        )

    def ask_note(self, machine_id: str, task_id: str) -> None:
        """After "Stop for now": a note for whoever comes next (Cancel: none)."""

        def typed(text: str) -> None:
            operator = self.terminal.acting()
            if operator is None:
                return
            self.terminal.run(
                handover.leave_note,
                machine_id,
                operator,
                text,
                task_id=task_id,
                done=left,
            )

        def left(note: HandoverNote) -> None:
            self._notes_shown.add(note.event_id)  # not put up again to the person who wrote it
            self.terminal.say(self.tr("Note left for whoever takes over."), "ok")

        self.panel = ask_text(
            self.terminal.overlay,
            self.tr("A note for whoever takes over? (Cancel: no note)"),
            typed,
            accept_text=self.tr("Leave note"),
            max_length=handover.MAX_NOTE,
        )

    def new_lot(self) -> None:
        self._act(tasks.open_production_lot, said=self.tr("A new production lot is open."))

    def ask_quantity(self) -> None:
        panel = QuantityPanel(self.next_qty)
        panel.chosen.connect(self._set_quantity)
        self.panel = panel
        self.terminal.overlay.present(self.tr("Quantity for the next scan"), panel)

    def _set_quantity(self, value: str | None) -> None:
        self.next_qty = value or None
        self.terminal.overlay.dismiss()
        self._show_buttons()

    def ask_lot_code(self) -> None:
        keyboard = Keyboard(max_length=20, accept_text=self.tr("Use this lot"))
        keyboard.accepted.connect(self._typed)
        self.panel = keyboard
        self.terminal.overlay.present(self.tr("Type the lot code from the label"), keyboard)

    def _typed(self, code: str) -> None:
        self.terminal.overlay.dismiss()
        self.consume(code)

    # --- consuming lots ---------------------------------------------------------------------------------

    def accept_scan(self, item: Identified) -> bool:
        if item.kind == "lot" and self.task_id is not None:
            self.consume(item.key)
            return True
        return False

    def consume(
        self,
        lot_code: str,
        *,
        override: Override | None = None,
        confirm_repeat: bool = False,
        fefo_reason: str | None = None,
        asked: ConsumeAsked | None = None,
    ) -> None:
        """A lot scanned (or typed): a refusal first, then why an older lot is not used (when one is on hand), then
        the quantity used is asked with the lot's balance and the BOM need shown, unless it was typed before the scan
        (the quantity button). ``asked``: what to ask, read with the scan for this task, lot and operator."""
        operator = self.terminal.acting()
        if operator is None or self.task_id is None:
            return
        if self.next_qty is not None:
            self._record(lot_code, self.next_qty, override, confirm_repeat, fefo_reason)
            return
        if asked is not None and (asked.task_id, asked.operator_id, asked.lot) == (self.task_id, operator, lot_code):
            if asked.prompt is not None:
                self._ask_used(asked.prompt, override, confirm_repeat, fefo_reason)
            elif asked.refused is not None:
                self._refused(asked.refused, lot_code, override, confirm_repeat, None, fefo_reason=fefo_reason)
            return
        self.terminal.run(
            lots.consumption_prompt,
            self.task_id,
            lot_code,
            operator,
            override=override,
            fefo_reason=fefo_reason,
            done=lambda prompt: self._ask_used(prompt, override, confirm_repeat, fefo_reason),
            error=lambda exc: self._refused(exc, lot_code, override, confirm_repeat, None, fefo_reason=fefo_reason),
            refresh=False,  # asking records nothing: the screen stays as it is
        )

    def _ask_used(
        self, prompt: ConsumePrompt, override: Override | None, confirm: bool, fefo_reason: str | None
    ) -> None:
        panel = UsedQuantityPanel(prompt)
        panel.chosen.connect(lambda qty: self._record(prompt.lot, qty, override, confirm, fefo_reason))
        self.panel = panel
        self.terminal.overlay.present(self.tr("How much of lot %s did you use?") % prompt.lot, panel)

    def _record(
        self, lot_code: str, quantity: str, override: Override | None, confirm: bool, fefo_reason: str | None = None
    ) -> None:
        operator = self.terminal.acting()
        if operator is None or self.task_id is None:
            return
        self.terminal.run(
            lots.consume_lot,
            self.task_id,
            lot_code,
            operator,
            quantity=quantity,
            override=override,
            confirm_repeat=confirm,
            fefo_reason=fefo_reason,
            done=self._consumed,
            error=lambda exc: self._refused(exc, lot_code, override, confirm, quantity, fefo_reason=fefo_reason),
        )

    def _consumed(self, result: ConsumeResult) -> None:
        self.terminal.overlay.dismiss()
        self.panel = None
        self.next_qty = None
        payload = result.event.payload
        unit = unit_text(payload.get("unit", ""))
        text = self.tr("Used %s %s of %s") % (number_text(result.quantity), unit, payload["input_lot"])
        if result.overridden:
            text += " " + self.tr("(override: %s)") % ", ".join(rule_name(rule) for rule in result.overridden)
        if result.beyond_balance:
            beyond = self.tr("%s more than the lot has on record, within the plant's tolerance: tell your shift lead.")
            self.terminal.say(f"{text}. {beyond % number_text(result.beyond_balance)}", "warn")
        elif fefo := payload.get("fefo_override"):
            view = self.terminal.view
            why = reason_text(view.reasons.get(ReasonKind.FEFO, ()) if view else (), fefo["reason_code"])
            self.terminal.say(f"{text}. " + self.tr("Older lot %s not used: %s.") % (fefo["older_lot"], why), "ok")
        else:
            self.terminal.say(text + ".", "ok")
        self.load()

    def _refused(
        self,
        exc: FloorstationError,
        lot_code: str,
        override: Override | None,
        confirm: bool,
        quantity: str | None,
        *,
        fefo_reason: str | None = None,
    ) -> None:
        """``quantity``: what the operator said they used, when the refusal came after it (past the balance)."""
        panel = self.panel

        def again(ov: Override | None, confirm_repeat: bool, fefo: str | None = fefo_reason) -> None:
            if quantity is None:
                self.consume(lot_code, override=ov, confirm_repeat=confirm_repeat, fefo_reason=fefo)
            else:
                self._record(lot_code, quantity, ov, confirm_repeat, fefo)

        questions = NeedsConfirmation | FefoReasonNeeded
        if override is not None and isinstance(panel, RefusalPanel) and not isinstance(exc, questions):
            panel.show_error(exc)  # the override itself failed (wrong PIN, not allowed to sign): stay on it
        elif isinstance(exc, FefoReasonNeeded):
            ask = FefoPanel(self.terminal, exc)
            ask.chosen.connect(lambda code: again(override, confirm, code))
            self.panel = ask
            title = self.tr("Lot %s expires before %s: why not use it?") % (exc.older_lot, lot_code)
            self.terminal.overlay.present(title, ask)
        elif isinstance(exc, Refused):
            refusal = RefusalPanel(self.terminal, exc)
            refusal.override_requested.connect(lambda ov: again(ov, confirm))
            self.panel = refusal
            self.terminal.overlay.present(self.tr("Lot %s cannot be used") % lot_code, refusal, tone="refusal")
        elif isinstance(exc, NeedsConfirmation):
            repeat = RepeatPanel(self.terminal, exc)
            repeat.confirmed.connect(lambda: again(override, True))
            self.panel = repeat
            self.terminal.overlay.present(self.tr("Same lot again?"), repeat)
        elif isinstance(panel, UsedQuantityPanel):
            panel.show_error(error_sentence(exc))  # a quantity that cannot be right: type it again
        else:
            self.terminal.show_error(exc)
