"""Pallets (shift lead): build one from a lot and a quantity, preview its card, record the card printed or
reprinted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from floorstation.app import pallets, views
from floorstation.app.lookup import Identified
from floorstation.app.views import PalletBoard
from floorstation.domain.master import Role
from floorstation.domain.ports import Pallet
from floorstation.domain.quantities import fmt
from floorstation.ui.screens.base import Screen
from floorstation.ui.terminal import Terminal
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.keypad import Keypad
from floorstation.ui.widgets.layouts import clear
from floorstation.ui.widgets.pallet_card import CardData, PalletCardPreview

#: Printing comes with the printer backends; until then a card printed by other means is recorded as "manual".
MANUAL_PRINTER = "manual"


def _scrolling(layout: QVBoxLayout) -> QScrollArea:
    holder = QWidget()
    inner = QVBoxLayout(holder)
    inner.setContentsMargins(0, 0, 6, 0)
    inner.addLayout(layout)
    inner.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    return scroll


class PalletScreen(Screen):
    name = "pallet"

    def __init__(self, terminal: Terminal) -> None:
        super().__init__(terminal)
        self.board: PalletBoard | None = None
        self.lot: str | None = None
        self.quantity: str | None = None
        self.pallet: Pallet | None = None
        self.lot_buttons: dict[str, BigButton] = {}
        self.pallet_buttons: dict[str, BigButton] = {}

        build_title = QLabel(self.tr("Build a pallet"))
        set_look(build_title, role="subtitle")
        self.role_hint = QLabel("")
        self.role_hint.setWordWrap(True)
        set_look(self.role_hint, role="hint")
        lots_title = QLabel(self.tr("Lot: scan its card or tap it"))
        set_look(lots_title, role="muted")
        self._lots = QVBoxLayout()
        self._lots.setSpacing(8)
        self.qty_button = BigButton("", kind="flat", expand=True)
        self.qty_button.clicked.connect(self.ask_quantity)
        self.build_button = BigButton(self.tr("Build pallet"), kind="primary", expand=True)
        self.build_button.clicked.connect(self.build)
        left_panel = QFrame()
        left_panel.setProperty("panel", True)
        left = QVBoxLayout(left_panel)
        left.addWidget(build_title)
        left.addWidget(self.role_hint)
        left.addWidget(lots_title)
        left.addWidget(_scrolling(self._lots), 1)
        left.addWidget(self.qty_button)
        left.addWidget(self.build_button)

        self.preview = PalletCardPreview()
        self.print_button = BigButton(self.tr("Record card printed"), kind="go", expand=True)
        self.print_button.clicked.connect(self.record_printed)
        recent_title = QLabel(self.tr("Pallets built here"))
        set_look(recent_title, role="muted")
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
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.print_button)
        right.addWidget(recent_title)
        right.addWidget(recent)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(left_panel, 2)
        layout.addLayout(right, 3)
        terminal.active_changed.connect(self._show_controls)
        self._show_controls()

    def title(self) -> str:
        return self.tr("Pallet")

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
            free = lot.quantity - lot.palletized
            unit = material.unit if material else ""
            button = BigButton(self.tr("%s\n%s %s free") % (lot.code, fmt(free), unit), checkable=True, expand=True)
            button.setToolTip(material.name if material else lot.material)
            button.setChecked(lot.code == self.lot)
            button.clicked.connect(lambda _=False, code=lot.code: self.choose_lot(code))
            self._lots.addWidget(button)
            self.lot_buttons[lot.code] = button
        for pallet in board.pallets:
            button = BigButton(f"…{pallet.sscc[-6:]}", kind="flat", checkable=True)
            button.setToolTip(pallet.sscc)
            button.setChecked(self.pallet is not None and pallet.sscc == self.pallet.sscc)
            button.clicked.connect(lambda _=False, sscc=pallet.sscc: self.show_pallet(sscc))
            self._pallets.addWidget(button)
            self.pallet_buttons[pallet.sscc] = button
        self._pallets.addStretch(1)
        if self.pallet is not None:
            self.show_pallet(self.pallet.sscc)
        self._show_controls()

    def _show_controls(self) -> None:
        lead = self.terminal.active_has(Role.SHIFT_LEAD)
        self.role_hint.setText("" if lead else self.tr("Only a shift lead builds pallets: scan a shift lead's badge."))
        self.role_hint.setVisible(not lead)
        unit = ""
        if self.board is not None and self.lot is not None:
            lot = next((x for x in self.board.lots if x.code == self.lot), None)
            material = self.board.materials.get(lot.material) if lot else None
            unit = material.unit if material else ""
        self.qty_button.setText(self.tr("Quantity: %s %s") % (self.quantity or "–", unit))
        self.build_button.setEnabled(lead and self.lot is not None and bool(self.quantity))
        printed = self.board.cards_printed.get(self.pallet.sscc, 0) if self.board and self.pallet else 0
        self.print_button.setText(self.tr("Record reprint") if printed else self.tr("Record card printed"))
        self.print_button.setEnabled(self.pallet is not None and self.terminal.active is not None)

    # --- actions ----------------------------------------------------------------------------------------

    def choose_lot(self, code: str) -> None:
        self.lot = code
        for key, button in self.lot_buttons.items():
            button.setChecked(key == code)
        self._show_controls()

    def ask_quantity(self) -> None:
        keypad = Keypad(decimals=True, accept_text=self.tr("Use this quantity"))
        keypad.setMaximumWidth(420)
        keypad.set_value(self.quantity or "")
        keypad.accepted.connect(self._set_quantity)
        self.keypad = keypad
        self.terminal.overlay.present(self.tr("How much of %s goes on the pallet?") % (self.lot or "the lot"), keypad)

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
                % (pallet.sscc, fmt(pallet.quantity), pallet.unit, pallet.lot_code),
                "ok",
            )
            self.load(pallet.sscc)

        self.terminal.run(pallets.build_pallet, operator, self.lot, self.quantity, done=done)

    def show_pallet(self, sscc: str) -> None:
        board = self.board
        pallet = next((p for p in board.pallets if p.sscc == sscc), None) if board else None
        if pallet is None:
            return
        self.pallet = pallet
        material = board.materials.get(pallet.material) if board else None
        printed = board.cards_printed.get(sscc, 0) if board else 0
        self.preview.show_card(
            CardData(
                sscc=pallet.sscc,
                lot_code=pallet.lot_code,
                material=pallet.material,
                material_name=material.name if material else pallet.material,
                quantity=fmt(pallet.quantity),
                unit=pallet.unit,
                station=self.terminal.config.station_id,
                reprint=printed > 0,
            )
        )
        for key, button in self.pallet_buttons.items():
            button.setChecked(key == sscc)
        self._show_controls()

    def record_printed(self) -> None:
        operator = self.terminal.acting()
        if operator is None or self.pallet is None:
            return
        sscc = self.pallet.sscc

        def done(reprint: bool) -> None:
            said = self.tr("Reprint of the card for %s recorded.") if reprint else self.tr("Card for %s recorded.")
            self.terminal.say(said % sscc, "ok")
            self.load(sscc)

        self.terminal.run(
            pallets.record_card_printed, operator, card="pallet", subject=sscc, printer=MANUAL_PRINTER, done=done
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
