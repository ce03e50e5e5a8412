"""Dispatch: choose the customer, then scan each pallet's SSCC as it goes onto the truck; every scan records
``pallet.shipped`` for the open shipment. The pallets ready to ship and those already loaded are listed."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from floorstation.app import pallets, views
from floorstation.app.lookup import Identified
from floorstation.app.views import DispatchBoard
from floorstation.domain.master import LotStatus
from floorstation.domain.ports import Pallet
from floorstation.ui.locale_text import material_name
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.keyboard import Keyboard
from floorstation.ui.widgets.layouts import clear, discard, scrolling
from floorstation.ui.widgets.lot_rows import PalletLine


class DispatchScreen(Screen):
    name = "dispatch"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.board: DispatchBoard | None = None
        self.customer: str | None = None
        self.shipment: str | None = None
        self.customer_buttons: dict[str, BigButton] = {}
        self.loaded_labels: dict[str, QLabel] = {}
        self.ready_labels: dict[str, QLabel] = {}
        self._shown_customers: list[str] = []

        self.heading = QLabel("")
        set_look(self.heading, role="subtitle")
        self.customer_title = QLabel("")
        set_look(self.customer_title, role="muted")
        self._customers = QGridLayout()
        self._customers.setSpacing(8)
        self.shipment_button = BigButton("", kind="flat", expand=True)
        self.shipment_button.clicked.connect(self.ask_shipment)
        self.new_button = BigButton("", kind="primary", expand=True)
        self.new_button.clicked.connect(self.new_shipment)
        left_panel = QFrame()
        left_panel.setProperty("panel", True)
        left = QVBoxLayout(left_panel)
        left.addWidget(self.heading)
        left.addWidget(self.customer_title)
        left.addWidget(scrolling(self._customers, min_height=80), 1)
        left.addWidget(self.shipment_button)
        left.addWidget(self.new_button)

        self.loaded_title = QLabel("")
        set_look(self.loaded_title, role="subtitle")
        self.loaded_title.setWordWrap(True)
        self.scan_hint = FixedLines(lines=2)  # its room is kept while it says nothing
        set_look(self.scan_hint, role="hint")
        self._loaded = QVBoxLayout()
        self._loaded.setSpacing(4)
        self.ready_title = QLabel("")
        set_look(self.ready_title, role="muted")
        self._ready = QVBoxLayout()
        self._ready.setSpacing(4)
        self.type_button = BigButton("", kind="flat")
        self.type_button.clicked.connect(self.ask_sscc)
        right_panel = QFrame()
        right_panel.setProperty("panel", True)
        lists = QVBoxLayout()
        lists.setSpacing(10)
        lists.addLayout(self._loaded)
        lists.addWidget(self.ready_title)
        lists.addLayout(self._ready)
        title_row = QHBoxLayout()
        title_row.addWidget(self.loaded_title, 1)
        title_row.addWidget(self.type_button)
        right = QVBoxLayout(right_panel)
        right.addLayout(title_row)
        right.addWidget(self.scan_hint)
        right.addWidget(scrolling(lists, min_height=80), 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(left_panel, 2)
        layout.addWidget(right_panel, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Load a shipment"))
        self.customer_title.setText(self.tr("Customer"))
        self.new_button.setText(self.tr("New shipment"))
        self.type_button.setText(self.tr("Type an SSCC"))
        if self.board is not None:
            self._show_board(self.board)
        else:
            self._show_texts()

    def shown(self, argument: object = None) -> None:
        self.load()

    def load(self) -> None:
        self.terminal.run(views.dispatch_board, self.shipment, done=self._show_board, refresh=False)

    # --- drawing ------------------------------------------------------------------------------------------

    def _show_board(self, board: DispatchBoard) -> None:
        self.board = board
        self.shipment = board.shipment
        if board.loaded and board.loaded[0].customer_id:
            self.customer = board.loaded[0].customer_id
        if [c.id for c in board.customers] != self._shown_customers:
            discard(*self.customer_buttons.values())
            self.customer_buttons = {}
            for i, customer in enumerate(board.customers):
                button = BigButton(customer.name, checkable=True, expand=True)
                button.setToolTip(customer.id)
                button.clicked.connect(lambda _=False, cid=customer.id: self.choose_customer(cid))
                self._customers.addWidget(button, i, 0)
                self.customer_buttons[customer.id] = button
            self._shown_customers = [c.id for c in board.customers]
        for key, button in self.customer_buttons.items():
            button.setChecked(key == self.customer)
        clear(self._loaded)
        clear(self._ready)
        self.loaded_labels = {p.sscc: self._line(self._loaded, p) for p in board.loaded}
        self.ready_labels = {p.sscc: self._line(self._ready, p) for p in board.ready}
        self._show_texts()

    def _line(self, layout: QVBoxLayout, pallet: Pallet) -> QLabel:
        board = self.board
        material = board.materials.get(pallet.material) if board else None
        name = material_name(material) if material else ""
        line = PalletLine(pallet.sscc, pallet.lot_code, pallet.quantity, pallet.unit, name)
        blocked = board.blocked.get(pallet.sscc) if board else None
        if blocked is not None:
            status = (
                self.tr("lot %s in it is RECALLED: do not load")
                if blocked.status is LotStatus.RECALLED
                else self.tr("lot %s in it is ON HOLD: do not load")
            )
            line.setText(f"{line.text()}<br><b>⚠ {escape(status % blocked.code)}</b>")
            set_look(line, role="violation")
        layout.addWidget(line)
        return line

    def _show_texts(self) -> None:
        board = self.board
        shipment = self.shipment or "…"
        count = len(board.loaded) if board else 0
        self.shipment_button.setText(self.tr("Shipment: %s") % shipment)
        self.loaded_title.setText(self.tr("On shipment %s: %n pallet(s)", "", count) % shipment)
        name = self._customer_name()
        self.scan_hint.setText(
            self.tr("Scan each pallet's SSCC as it is loaded – for %s") % name
            if name
            else self.tr("Choose the customer, then scan each pallet's SSCC as it is loaded.")
        )
        self.ready_title.setText(self.tr("Ready to ship: %n pallet(s)", "", len(board.ready) if board else 0))
        self.new_button.setEnabled(count > 0)

    def _customer_name(self) -> str:
        board = self.board
        found = next((c for c in board.customers if c.id == self.customer), None) if board else None
        return found.name if found else ""

    # --- actions ----------------------------------------------------------------------------------------

    def choose_customer(self, customer_id: str) -> None:
        board = self.board
        if board is not None and board.loaded and board.loaded[0].customer_id not in (None, customer_id):
            self.terminal.say(
                self.tr("Shipment %s is for %s: start a new shipment for another customer.")
                % (board.shipment, self._customer_name()),
                "warn",
            )
        else:
            self.customer = customer_id
        for key, button in self.customer_buttons.items():
            button.setChecked(key == self.customer)
        self._show_texts()

    def new_shipment(self) -> None:
        self.shipment = None
        self.customer = None
        self.load()

    def ask_shipment(self) -> None:
        keyboard = Keyboard(max_length=32, accept_text=self.tr("Use this number"))
        keyboard.set_value(self.shipment or "")
        keyboard.accepted.connect(self._typed_shipment)
        self.keyboard = keyboard
        self.terminal.overlay.present(self.tr("Shipment number"), keyboard)

    def _typed_shipment(self, text: str) -> None:
        self.terminal.overlay.dismiss()
        self.shipment = text.strip() or None
        self.load()

    def ask_sscc(self) -> None:
        keyboard = Keyboard(max_length=20, accept_text=self.tr("Load it"))
        keyboard.accepted.connect(self._typed_sscc)
        self.keyboard = keyboard
        self.terminal.overlay.present(self.tr("SSCC from the pallet card (18 digits)"), keyboard)

    def _typed_sscc(self, text: str) -> None:
        self.terminal.overlay.dismiss()
        code = text.strip()
        self.load_pallet(code[2:] if len(code) == 20 and code.startswith("00") else code)

    def load_pallet(self, sscc: str) -> None:
        """Record the pallet as loaded on the open shipment for the chosen customer."""
        operator = self.terminal.acting()
        if operator is None:
            return
        if self.customer is None or self.shipment is None:
            self.terminal.say(self.tr("Choose the customer first, then scan the pallet again."), "warn")
            return
        name, shipment = self._customer_name(), self.shipment

        def done(pallet: Pallet) -> None:
            self.terminal.say(self.tr("Pallet %s loaded for %s on %s.") % (pallet.sscc, name, shipment), "ok")
            self.load()

        self.terminal.run(pallets.ship_pallet, operator, sscc, self.customer, shipment, done=done)

    def accept_scan(self, item: Identified) -> bool:
        if item.kind == "pallet":
            self.load_pallet(item.key)
            return True
        return False
