"""Pallets (shift lead): build one from a lot and a quantity, see its card, print or reprint it through the print
queue, print a lot's card, and void a pallet with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from floorstation.app import pallets, printing, views
from floorstation.app.lookup import Identified
from floorstation.app.printing import CardName
from floorstation.app.signatures import Signature
from floorstation.app.status import NamedPrinter
from floorstation.app.views import PalletBoard
from floorstation.domain import signatures
from floorstation.domain.errors import FloorstationError, NotAllowedNow
from floorstation.domain.master import Role
from floorstation.domain.ports import Pallet
from floorstation.domain.printjobs import JobState, PrintJob
from floorstation.ui.error_texts import error_sentence, stored_error_text
from floorstation.ui.locale_text import material_name, number_text, unit_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.screens.pallet_panels import ReprintPanel, VoidPanel
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keypad import Keypad
from floorstation.ui.widgets.layouts import clear, scrolling
from floorstation.ui.widgets.lot_rows import LotChoice, amount
from floorstation.ui.widgets.pallet_card import CardData, PalletCardPreview
from floorstation.ui.widgets.signature import SignaturePanel

#: Without a printer set up, a card printed by other means is recorded with this printer name.
MANUAL_PRINTER = "manual"


class PalletScreen(Screen):
    name = "pallet"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.board: PalletBoard | None = None
        self.lot: str | None = None
        self.quantity: str | None = None
        self.pallet: Pallet | None = None
        self.lot_buttons: dict[str, BigButton] = {}
        self.pallet_buttons: dict[str, BigButton] = {}
        self.printer_name: str | None = None
        """The printer chosen here; None: each card kind's default printer of the station."""
        self.job: PrintJob | None = None
        self.panel: QWidget | None = None
        self._pictures: dict[str, QPixmap] = {}

        self.build_title = QLabel("")
        set_look(self.build_title, role="subtitle")
        # Its room is kept whoever acts (empty for a shift lead): the lots and buttons under it never move.
        self.role_hint = FixedLines(lines=2, min_px=14)
        set_look(self.role_hint, role="hint")
        self.lots_title = QLabel("")
        set_look(self.lots_title, role="muted")
        self._lots = QVBoxLayout()
        self._lots.setSpacing(8)
        self.qty_button = BigButton("", kind="flat", expand=True)
        self.qty_button.clicked.connect(self.ask_quantity)
        self.build_button = BigButton("", kind="primary", expand=True)
        self.build_button.clicked.connect(self.build)
        self.lot_card_button = BigButton("", kind="flat", expand=True)
        self.lot_card_button.clicked.connect(self.print_lot_card)
        left_panel = QFrame()
        left_panel.setProperty("panel", True)
        left = QVBoxLayout(left_panel)
        left.addWidget(self.build_title)
        left.addWidget(self.role_hint)
        left.addWidget(self.lots_title)
        lots = scrolling(self._lots)
        # The list scrolls, so it may be short: the hint's kept room above it must not make a 600 px window taller.
        lots.setMinimumHeight(40)
        left.addWidget(lots, 1)
        left.addWidget(self.qty_button)
        build_row = QHBoxLayout()
        build_row.addWidget(self.build_button, 3)
        build_row.addWidget(self.lot_card_button, 2)
        left.addLayout(build_row)

        self.preview = PalletCardPreview()
        self.print_button = BigButton("", kind="go", expand=True)
        self.print_button.clicked.connect(self.print_pallet_card)
        self.void_button = BigButton("", kind="danger")
        self.void_button.clicked.connect(self.ask_void)
        self.job_label = QLabel("")
        self.job_label.setWordWrap(True)
        set_look(self.job_label, role="small")
        self.recent_title = QLabel("")
        set_look(self.recent_title, role="muted")
        self.printer_button = BigButton("", kind="flat")
        self.printer_button.clicked.connect(self.next_printer)
        self._pallets = QHBoxLayout()
        self._pallets.setSpacing(8)
        recent_holder = QWidget()
        recent_holder.setLayout(self._pallets)
        recent = QScrollArea()
        recent.setWidgetResizable(True)
        recent.setWidget(recent_holder)
        recent.setFixedHeight(72)
        recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        recent.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(recent.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button, 1)
        actions.addWidget(self.void_button)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent_title, 1)
        recent_row.addWidget(self.printer_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(actions)
        right.addWidget(self.job_label)
        right.addLayout(recent_row)
        right.addWidget(recent)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(left_panel, 2)
        layout.addLayout(right, 3)
        terminal.active_changed.connect(self._show_controls)
        if terminal.print_queue is not None:
            terminal.print_queue.job_changed.connect(self._on_job)
        self.retranslate()

    def retranslate(self) -> None:
        self.build_title.setText(self.tr("Build a pallet"))
        self.lots_title.setText(self.tr("Lot: scan its card or tap it"))
        self.build_button.setText(self.tr("Build pallet"))
        self.lot_card_button.setText(self.tr("Lot card"))
        self.void_button.setText(self.tr("Void"))
        self.recent_title.setText(self.tr("Pallets built here"))
        self._show_controls()
        if self.job is not None:
            self._on_job(self.job, announce=False)

    def shown(self, argument: object = None) -> None:
        self.load(argument if isinstance(argument, str) else None)

    def load(self, select: str | None = None) -> None:
        def done(board: PalletBoard) -> None:
            self._show_board(board)
            if select is not None:
                self.show_pallet(select)

        self.terminal.run(views.pallet_board, include=select, done=done, refresh=False)

    def _show_board(self, board: PalletBoard) -> None:
        self.board = board
        clear(self._lots)
        clear(self._pallets)
        self.lot_buttons, self.pallet_buttons = {}, {}
        for lot in board.lots:
            material = board.materials.get(lot.material)
            free = lot.balance
            unit = unit_text(material.unit) if material else ""
            name = material_name(material) if material else lot.material
            choice = LotChoice(lot.code, self.tr("%s free") % amount(free, unit), name)
            choice.setChecked(lot.code == self.lot)
            choice.clicked.connect(lambda _=False, code=lot.code: self.choose_lot(code))
            self._lots.addWidget(choice)
            self.lot_buttons[lot.code] = choice
        marks = {"shipped": " ✓", "voided": " ✕"}
        for pallet in board.pallets:
            button = BigButton(f"…{pallet.sscc[-6:]}{marks.get(pallet.status, '')}", kind="flat", checkable=True)
            button.setMinimumWidth(button.sizeHint().width())  # the row scrolls (drag it) rather than cut them
            button.setToolTip(pallet.sscc)
            button.setChecked(self.pallet is not None and pallet.sscc == self.pallet.sscc)
            button.clicked.connect(lambda _=False, sscc=pallet.sscc: self.show_pallet(sscc))
            self._pallets.addWidget(button)
            self.pallet_buttons[pallet.sscc] = button
        self._pallets.addStretch(1)
        if self.pallet is not None:
            self.show_pallet(self.pallet.sscc)
        self._show_controls()

    # --- printers -----------------------------------------------------------------------------------------

    def printers(self) -> list[NamedPrinter]:
        """The printers cards can go to; empty when this terminal has no print queue (cards recorded by hand)."""
        return list(self.terminal.printers) if self.terminal.print_queue is not None else []

    def printer(self, card: CardName = "pallet") -> str | None:
        """The name of the printer a card goes to: the one chosen here, else the station's default for the kind."""
        queue = self.terminal.print_queue
        if queue is None or not self.printers():
            return None
        return self.printer_name or queue.default(card)

    def next_printer(self) -> None:
        names = [p.name for p in self.printers()]
        current = self.printer()
        self.printer_name = names[(names.index(current) + 1) % len(names)] if current in names else names[0]
        self._show_controls()

    # --- drawing ------------------------------------------------------------------------------------------

    def _show_controls(self) -> None:
        lead = self.terminal.active_has(Role.SHIFT_LEAD)
        signed_in = self.terminal.active is not None
        self.role_hint.setText(
            "" if lead else self.tr("Only a shift lead builds and voids pallets: scan a shift lead's badge.")
        )
        unit = ""
        if self.board is not None and self.lot is not None:
            lot = next((x for x in self.board.lots if x.code == self.lot), None)
            material = self.board.materials.get(lot.material) if lot else None
            unit = unit_text(material.unit) if material else ""
        self.qty_button.setText(self.tr("Quantity: %s %s") % (self.quantity or "–", unit))
        self.build_button.setEnabled(lead and self.lot is not None and bool(self.quantity))
        self.lot_card_button.setEnabled(signed_in and self.lot is not None)
        printer = self.printer()
        printed = self.board.cards_printed.get(self.pallet.sscc, 0) if self.board and self.pallet else 0
        if printer is None:
            text = self.tr("Record reprint") if printed else self.tr("Record card printed")
        else:
            text = self.tr("Reprint card") if printed else self.tr("Print card")
        self.print_button.setText(text)
        built = self.pallet is not None and self.pallet.status == "built"
        self.print_button.setEnabled(self.pallet is not None and self.pallet.status != "voided" and signed_in)
        self.void_button.setEnabled(built and lead)
        several = len(self.printers()) > 1
        self.printer_button.setVisible(several)
        if printer is not None:
            self.printer_button.setText(self.tr("Printer: %s") % printer)
        if self.job is None:
            self.job_label.setText(
                self.tr("Cards print on %s.") % printer
                if printer is not None
                else self.tr("No printer is set up here: print the card by other means, then record it.")
            )

    def choose_lot(self, code: str) -> None:
        self.lot = code
        for key, button in self.lot_buttons.items():
            button.setChecked(key == code)
        self._show_controls()

    def show_pallet(self, sscc: str) -> None:
        board = self.board
        pallet = next((p for p in board.pallets if p.sscc == sscc), None) if board else None
        if pallet is None:
            return
        self.pallet = pallet
        material = board.materials.get(pallet.material) if board else None
        printed = board.cards_printed.get(sscc, 0) if board else 0
        card = CardData(
            sscc=pallet.sscc,
            lot_code=pallet.lot_code,
            material=pallet.material,
            material_name=material.name if material else pallet.material,
            quantity=number_text(pallet.quantity),
            unit=pallet.unit,
            station=self.terminal.config.station_id,
            reprint=printed > 0,
            void=pallet.status == "voided",
        )
        self.preview.show_card(card, self._pictures.get(sscc))
        queue = self.terminal.print_queue
        if queue is not None and sscc not in self._pictures:

            def drawn(png: bytes) -> None:
                picture = QPixmap()
                if picture.loadFromData(png, "PNG"):
                    self._pictures[sscc] = picture
                    if self.preview.card == card:
                        self.preview.show_card(card, picture)

            self.terminal.bridge.submit(
                printing.preview_card, queue.pctx, "pallet", sscc, on_done=drawn, on_error=lambda _e: None
            )
        for key, button in self.pallet_buttons.items():
            button.setChecked(key == sscc)
        self._show_controls()

    # --- building -----------------------------------------------------------------------------------------

    def ask_quantity(self) -> None:
        keypad = Keypad(decimals=True, accept_text=self.tr("Use this quantity"))
        keypad.setMaximumWidth(420)
        keypad.set_value(self.quantity or "")
        keypad.accepted.connect(self._set_quantity)
        self.keypad = keypad
        self.terminal.overlay.present(
            self.tr("How much of %s goes on the pallet?") % (self.lot or self.tr("the lot")), keypad
        )

    def _set_quantity(self, value: str) -> None:
        self.quantity = value
        self.terminal.overlay.dismiss()
        self._show_controls()

    def build(self) -> None:
        operator = self.terminal.acting()
        if operator is None or self.lot is None or not self.quantity:
            return

        def done(pallet: Pallet) -> None:
            self.pallet = pallet
            self.quantity = None
            self.terminal.say(
                self.tr("Pallet %s built: %s %s of %s.")
                % (pallet.sscc, number_text(pallet.quantity), unit_text(pallet.unit), pallet.lot_code),
                "ok",
            )
            self.load(pallet.sscc)

        self.terminal.run(pallets.build_pallet, operator, self.lot, self.quantity, done=done)

    # --- printing -----------------------------------------------------------------------------------------

    def print_pallet_card(self) -> None:
        if self.pallet is None:
            return
        printed = self.board.cards_printed.get(self.pallet.sscc, 0) if self.board else 0
        self._ask_or_print("pallet", self.pallet.sscc, printed > 0)

    def print_lot_card(self) -> None:
        if self.lot is None:
            return
        printed = self.board.lot_cards_printed.get(self.lot, 0) if self.board else 0
        self._ask_or_print("lot", self.lot, printed > 0)

    def _ask_or_print(self, card: CardName, subject: str, printed_before: bool) -> None:
        if printed_before:
            self.ask_reprint(card, subject)
        else:
            self.send(card, subject, reprint=False)

    def ask_reprint(self, card: CardName, subject: str, question: str | None = None) -> None:
        what = self.tr("pallet card") if card == "pallet" else self.tr("lot card")
        panel = ReprintPanel(question or self.tr("The %s for %s was printed before. Print it again?") % (what, subject))
        panel.confirmed.connect(lambda: self.send(card, subject, reprint=True))
        panel.declined.connect(self.terminal.overlay.dismiss)
        self.panel = panel
        self.terminal.overlay.present(self.tr("Reprint?"), panel)

    def send(self, card: CardName, subject: str, *, reprint: bool) -> None:
        """Ask for the card: through the print queue, or (no printer here) record it printed by other means."""
        operator = self.terminal.acting()
        if operator is None:
            return
        self.terminal.overlay.dismiss()
        queue = self.terminal.print_queue

        def refused(error: FloorstationError) -> None:
            # The queue refuses a second card unless it is asked for as a reprint (a card printed elsewhere, or
            # one still waiting for its printer): ask the person, as for a card printed here before.
            if isinstance(error, NotAllowedNow) and not reprint:
                self.ask_reprint(card, subject, error_sentence(error))
            else:
                self.terminal.show_error(error)

        if queue is not None and self.printers():
            queue.request(operator, card, subject, self.printer_name, reprint=reprint, error=refused)
            return

        def recorded(again: bool) -> None:
            said = self.tr("Reprint of the card for %s recorded.") if again else self.tr("Card for %s recorded.")
            self.terminal.say(said % subject, "ok")
            self.load(self.pallet.sscc if self.pallet else None)

        self.terminal.run(
            pallets.record_card_printed,
            operator,
            card=card,
            subject=subject,
            printer=MANUAL_PRINTER,
            done=recorded,
        )

    def _on_job(self, job: PrintJob, *, announce: bool = True) -> None:
        """A job asked for here was queued or changed state: say where it is (``announce``: on the message line
        too, when it printed or went wrong)."""
        if self.job is not None and job.id != self.job.id and job.created_at < self.job.created_at:
            return
        self.job = job
        queue = self.terminal.print_queue
        printer = queue.printer_named(job.printer) if queue is not None else job.printer
        card = self.tr("The reprint of the card for %s") if job.reprint else self.tr("The card for %s")
        what = card % job.subject
        words = {
            JobState.QUEUED: self.tr("%s is waiting for printer %s."),
            JobState.PRINTING: self.tr("%s is printing on %s …"),
            JobState.DONE: self.tr("%s was printed on %s."),
            JobState.FAILED: self.tr("%s cannot print on %s."),
            JobState.UNCERTAIN: self.tr("%s may not have come out of %s: check the printer."),
            JobState.CANCELLED: self.tr("%s was cancelled (%s)."),
        }
        text = words[job.state] % (what, printer)
        if job.last_error and job.state is not JobState.DONE:
            text += " " + stored_error_text(job.last_error)
        if job.state is JobState.QUEUED and job.last_error:
            text += " " + self.tr("It prints by itself once the printer is ready.")
        self.job_label.setText(text)
        level = {JobState.DONE: "ok", JobState.FAILED: "error", JobState.UNCERTAIN: "warn"}.get(job.state)
        if level is not None and announce:
            self.terminal.say(text, level)
        if job.state is JobState.DONE and announce:
            self.load(self.pallet.sscc if self.pallet else None)

    # --- voiding ------------------------------------------------------------------------------------------

    def ask_void(self) -> None:
        if self.pallet is None:
            return
        panel = VoidPanel(self.pallet.sscc)
        panel.submitted.connect(lambda reason, sscc=self.pallet.sscc: self.void(sscc, reason))
        self.panel = panel
        self.terminal.overlay.present(self.tr("Void pallet %s") % self.pallet.sscc, panel, tone="refusal")

    def void(self, sscc: str, reason: str) -> None:
        """The reason given, the void is signed by a shift lead (badge or name, PIN)."""
        operator = self.terminal.acting()
        if operator is None:
            return
        if not reason.strip():
            self.terminal.say(self.tr("Tap a reason or type one, then void."), "warn")
            return
        panel = SignaturePanel(
            self.terminal.view,
            meaning=signatures.PALLET_VOIDED,
            role=Role.SHIFT_LEAD,
            what=self.tr("Pallet %s is voided because: %s") % (sscc, reason.strip()),
        )
        panel.signed.connect(lambda signature: self._void_signed(panel, operator, sscc, reason, signature))
        self.panel = panel
        self.terminal.overlay.present(self.tr("Sign: void pallet %s") % sscc, panel, tone="refusal")

    def _void_signed(self, panel: SignaturePanel, operator: str, sscc: str, reason: str, signature: Signature) -> None:
        def done(pallet: Pallet) -> None:
            self.terminal.overlay.dismiss()
            self.terminal.say(
                self.tr("Pallet %s is void: %s %s of %s are free for a new pallet.")
                % (pallet.sscc, number_text(pallet.quantity), unit_text(pallet.unit), pallet.lot_code),
                "warn",
            )
            self.load(pallet.sscc)

        self.terminal.run(
            pallets.void_pallet, operator, sscc, reason, signature=signature, done=done, error=panel.show_error
        )

    def accept_scan(self, item: Identified) -> bool:
        if item.kind == "lot":
            self.choose_lot(item.key)
            if item.key not in self.lot_buttons:
                self.terminal.say(self.tr("Lot %s has nothing left to put on a pallet here.") % item.key, "warn")
            return True
        if item.kind == "pallet":
            self.load(item.key)
            return True
        return False
