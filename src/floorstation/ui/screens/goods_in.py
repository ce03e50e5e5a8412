"""Goods-in: the screen a goods-in station opens on after sign-in.

A big prompt to scan a supplier's label; the label opens the goods-in panel (``goods_in_panel.py``), and each
receipt queues our lot card on the station's lot-card printer at once (through the print queue: the screen never
waits for the printer). Below, the lots received here today (supplier lot, our lot code, material, quantity,
expiry), each with its card: print it again, or without a lot-card printer, look at it.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from floorstation.app import goods_in, printing
from floorstation.app.goods_in import Receipt, ReceivedLabel
from floorstation.app.lookup import Identified
from floorstation.domain.printjobs import JobState, PrintJob
from floorstation.ui.locale_text import date_text, number_text, unit_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.layouts import discard, scrolling


class ReceiptRow(QFrame):
    """One lot received today: what it is, and its card (print again, or preview without a printer)."""

    def __init__(self, receipt: Receipt, *, can_print: bool, can_preview: bool) -> None:
        super().__init__()
        self.setProperty("panel", True)
        self.receipt = receipt
        expiry = date_text(receipt.expiry) if receipt.expiry else self.tr("no expiry")
        self.text = QLabel(
            f"<b>{receipt.lot_code}</b> · {receipt.material_name}<br>"
            + self.tr("supplier lot %s · %s %s · expires %s")
            % (receipt.supplier_lot or "–", number_text(receipt.quantity), unit_text(receipt.unit), expiry)
        )
        self.text.setWordWrap(True)
        set_look(self.text, role="small")
        self.card_button = BigButton(
            self.tr("Reprint card") if receipt.cards_printed else self.tr("Print card"), kind="flat"
        )
        self.card_button.setVisible(can_print)
        self.preview_button = BigButton(self.tr("Preview card"), kind="flat")
        self.preview_button.setVisible(not can_print and can_preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.card_button)
        layout.addWidget(self.preview_button)


class GoodsInScreen(Screen):
    name = "goods_in"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.receipts: list[Receipt] = []
        self.rows: dict[str, ReceiptRow] = {}
        self.panel: GoodsInPanel | None = None

        self.prompt = QLabel("")
        set_look(self.prompt, role="big")
        self.prompt.setWordWrap(True)
        self.printer_note = QLabel("")
        self.printer_note.setWordWrap(True)
        set_look(self.printer_note, role="hint")
        self.list_title = QLabel("")
        set_look(self.list_title, role="subtitle")
        self.empty = QLabel("")
        set_look(self.empty, role="muted")
        self._list = QVBoxLayout()
        self._list.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.prompt)
        layout.addWidget(self.printer_note)
        layout.addWidget(self.list_title)
        layout.addWidget(scrolling(self._list, empty=self.empty), 1)
        if terminal.print_queue is not None:
            terminal.print_queue.job_changed.connect(self._on_job)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Scan a supplier label"))
        self.empty.setText(self.tr("Nothing received here today yet."))
        printer = self.lot_printer()
        if printer is not None:
            self.printer_note.setText(self.tr("Each lot received gets our lot card on %s.") % printer)
        elif self.terminal.print_queue is not None:
            self.printer_note.setText(
                self.tr("No lot-card printer is set up at this station: preview the card and print it elsewhere.")
            )
        else:
            self.printer_note.setText(self.tr("No lot-card printer is set up at this station."))
        self._show_list()

    def lot_printer(self) -> str | None:
        """The printer lot cards go to here, or None when none is set up."""
        queue = self.terminal.print_queue
        return queue.default("lot") if queue is not None and self.terminal.printers else None

    # --- the list of today's receipts -------------------------------------------------------------------

    def shown(self, argument: object = None) -> None:
        self.load()

    def load(self) -> None:
        self.terminal.run(goods_in.received_today, done=self._loaded, refresh=False)

    def _loaded(self, receipts: list[Receipt]) -> None:
        self.receipts = receipts
        self._show_list()

    def _on_job(self, job: PrintJob) -> None:
        """A lot card came out: its row offers a reprint from now on."""
        if job.card == "lot" and job.state is JobState.DONE and job.subject in self.rows:
            self.load()

    def _show_list(self) -> None:
        discard(*self.rows.values())
        self.rows = {}
        can_print = self.lot_printer() is not None
        for receipt in self.receipts:
            row = ReceiptRow(receipt, can_print=can_print, can_preview=self.terminal.print_queue is not None)
            row.card_button.clicked.connect(lambda _=False, r=receipt: self.print_card(r))
            row.preview_button.clicked.connect(lambda _=False, r=receipt: self.preview_card(r))
            self._list.addWidget(row)
            self.rows[receipt.lot_code] = row
        self.list_title.setText(self.tr("Received today: %n lot(s)", "", len(self.receipts)))
        self.empty.setVisible(not self.receipts)

    # --- scans and cards -----------------------------------------------------------------------------------

    def accept_scan(self, item: Identified) -> bool:
        if item.kind != "label":
            return False
        self.panel = GoodsInPanel(self.terminal, item, print_at_once=True, on_received=self._on_received)
        self.terminal.overlay.present(self.tr("Goods in: %s") % item.label, self.panel, cancel=False)
        return True

    def _on_received(self, received: ReceivedLabel) -> None:
        if self.lot_printer() is None:
            self.terminal.say(
                self.tr("Received as lot %s. No lot-card printer is set up here: preview its card in the list.")
                % received.lot_code,
                "warn",
            )
        self.load()

    def print_card(self, receipt: Receipt) -> None:
        queue = self.terminal.print_queue
        operator = self.terminal.acting()
        if queue is None or operator is None:
            return

        def queued(_job: PrintJob) -> None:
            self.terminal.say(self.tr("The lot card for %s is on its way to the printer.") % receipt.lot_code, "ok")
            self.load()

        queue.request(
            operator,
            "lot",
            receipt.lot_code,
            reprint=receipt.cards_printed > 0,
            done=queued,
            error=self.terminal.show_error,
        )

    def preview_card(self, receipt: Receipt) -> None:
        queue = self.terminal.print_queue
        if queue is None:
            return

        def drawn(png: bytes) -> None:
            picture = QPixmap()
            shown = QLabel()
            if picture.loadFromData(png, "PNG"):
                shown.setPixmap(picture)
            self.preview = shown
            self.terminal.overlay.present(self.tr("Lot card %s") % receipt.lot_code, shown)

        self.terminal.bridge.submit(
            printing.preview_card, queue.pctx, "lot", receipt.lot_code, on_done=drawn, on_error=self.terminal.show_error
        )
