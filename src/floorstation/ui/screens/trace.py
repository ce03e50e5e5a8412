"""Trace (quality, shift lead): type or scan a lot or an SSCC; the genealogy as a picture and as a table."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from floorstation.app.lookup import Identified, TraceRead, TraceView, finish_trace, needs_server, read_trace
from floorstation.domain.errors import FloorstationError
from floorstation.ui.error_texts import error_sentence
from floorstation.ui.locale_text import date_text, number_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.genealogy_view import GenealogyView
from floorstation.ui.widgets.keyboard import Keyboard


def _local(stamp: str) -> str:
    """A stored time (any offset) as the terminal's local date and time."""
    return date_text(datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None))


class TraceScreen(Screen):
    name = "trace"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.code = ""
        self.result: TraceView | None = None
        self.code_button = BigButton("", kind="flat", expand=True)
        self.code_button.clicked.connect(self.ask_code)
        self.trace_button = BigButton("", kind="primary")
        self.trace_button.setMinimumWidth(140)
        self.trace_button.clicked.connect(lambda: self.trace(self.code))
        self.quality_button = BigButton("", kind="warn")
        self.quality_button.clicked.connect(self.open_quality)
        self.picture_button = BigButton("", checkable=True)
        self.table_button = BigButton("", checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.picture_button)
        group.addButton(self.table_button)
        self.picture_button.setChecked(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        set_look(self.summary, role="muted")

        self.picture = GenealogyView()
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.picture)
        self.pages.addWidget(self.table)
        self.picture_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.table_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))

        # The code gets the whole first row (with Trace) so that it is never cut, even in Polish at 1024 px; what
        # to do with the result sits next to its summary.
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.code_button, 1)
        top.addWidget(self.trace_button)
        under = QHBoxLayout()
        under.setSpacing(10)
        under.addWidget(self.summary, 1)
        under.addWidget(self.quality_button)
        under.addWidget(self.picture_button)
        under.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(under)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.trace_button.setText(self.tr("Trace"))
        self.quality_button.setText(self.tr("Hold / release"))
        self.picture_button.setText(self.tr("Picture"))
        self.table_button.setText(self.tr("Table"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Direction"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Quantity"),
                self.tr("Where"),
                self.tr("Who"),
                self.tr("When"),
            ]
        )
        if self.result is not None:
            self._show(self.result)
        elif not self.code:
            self.summary.setText(self.tr("Scan a lot or pallet label, or tap the box above to type its code."))
        self._show_code()

    def shown(self, argument: object = None) -> None:
        if isinstance(argument, str) and argument:
            self.trace(argument)

    def _show_code(self) -> None:
        self.code_button.setText(self.code or self.tr("Lot or SSCC: tap to type"))
        self.trace_button.setEnabled(bool(self.code))
        self.quality_button.setEnabled(self.result is not None)

    def open_quality(self) -> None:
        """The traced lot (or the pallet's lot) on the quality screen, to hold or release it."""
        if self.result is not None:
            self.terminal.go("quality", self.result.genealogy.lot)

    def ask_code(self) -> None:
        keyboard = Keyboard(max_length=24, accept_text=self.tr("Trace"))
        keyboard.accepted.connect(self._typed)
        self.keyboard = keyboard
        self.terminal.overlay.present(self.tr("Lot code or SSCC"), keyboard)

    def _typed(self, code: str) -> None:
        self.terminal.overlay.dismiss()
        self.trace(code)

    def trace(self, code: str) -> None:
        self.code = code.strip()
        self._show_code()
        if not self.code:
            return
        self.terminal.run(read_trace, self.code, done=self._read, error=self._failed, refresh=False)

    def _read(self, found: TraceRead) -> None:
        """The station's own answer; when its plant copy is behind, the server is asked off the database thread
        (a slow server holds up no scan), and what the station knows is shown meanwhile."""
        if found.text != self.code:
            return  # another code was asked for meanwhile
        ctx = self.terminal.ctx
        if needs_server(ctx, found):
            if found.known:
                self._show(finish_trace(ctx, found, live=False))
            self.terminal.bridge.submit_away(
                finish_trace,
                ctx,
                found,
                on_done=lambda view: self._show(view) if found.text == self.code else None,
                on_error=lambda error: self._failed(error) if found.text == self.code else None,
            )
            return
        try:
            self._show(finish_trace(ctx, found, live=False))
        except FloorstationError as error:
            self._failed(error)

    def _failed(self, error: FloorstationError) -> None:
        self.result = None
        self._show_code()
        self.picture.show_trace(None)
        self.table.setRowCount(0)
        self.summary.setText(error_sentence(error))
        self.terminal.show_error(error)

    def _show(self, result: TraceView) -> None:
        self.result = result
        self._show_code()
        g = result.genealogy
        info = g.lots.get(g.lot)
        parts = [g.lot]
        if info is not None:
            what = f"{info.material}, {self._status(info.status)}"
            if info.expiry:
                what += self.tr(", expires %s") % date_text(info.expiry)
            parts = [self.tr("Lot %s (%s)") % (g.lot, what)]
        if result.pallet is not None:
            parts.insert(0, self.tr("Pallet %s holds") % result.pallet.sscc)
        # Each count in its language's plural form ("1 Palette", "2 palety", "5 palet").
        counts = (
            self.tr("%n link(s) back", "", len(g.backward)),
            self.tr("%n forward", "", len(g.forward)),
            self.tr("%n pallet(s)", "", len(g.pallets)),
        )
        parts.append(", ".join(counts))
        if g.customers:
            names = ", ".join(result.customer_names.get(c, c) for c in g.customers)
            parts.append(self.tr("customers: %s") % names)
        parts.extend(g.truncated)
        parts.append(self._freshness(result))
        self.summary.setText(" · ".join(p for p in parts if p))
        self.picture.show_trace(result)
        self._fill_table(result)

    def _freshness(self, result: TraceView) -> str:
        """Where the answer comes from: this station, its plant copy as of the last download, the server live;
        nothing for a station that has no server (everything it knows is its own)."""
        g = result.genealogy
        if g.server_asked_at:
            return self.tr("sources: this station, the server (asked %s)") % _local(g.server_asked_at)
        if not g.plant_as_of and not g.server_unreachable:
            return ""
        copy = (
            self.tr("sources: this station, plant copy of %s") % _local(g.plant_as_of)
            if g.plant_as_of
            else self.tr("sources: this station (no plant copy yet)")
        )
        return copy + (self.tr("; server not reachable") if g.server_unreachable else "")

    def _source(self, source: str) -> str:
        words = {"plant": self.tr("plant copy"), "server": self.tr("server")}
        return f" · {words[source]}" if source in words else ""

    def _status(self, status: str) -> str:
        """A lot's or a pallet's status in the terminal's language."""
        words = {
            "released": self.tr("released"),
            "hold": self.tr("on hold"),
            "recalled": self.tr("recalled"),
            "built": self.tr("built"),
            "shipped": self.tr("shipped"),
            "voided": self.tr("void"),
        }
        return words.get(status, status)

    def _fill_table(self, result: TraceView) -> None:
        g = result.genealogy
        rows: list[tuple[str, ...]] = []
        for direction, links in ((self.tr("back"), g.backward), (self.tr("forward"), g.forward)):
            for link in links:
                rows.append(
                    (
                        f"{direction} {link.depth}{self._source(link.source)}",
                        link.input_lot,
                        link.output_lot or "",
                        number_text(link.quantity),
                        result.machine_names.get(link.machine_id or "", link.machine_id or ""),
                        result.operator_names.get(link.operator_id or "", link.operator_id or ""),
                        date_text(link.occurred_at[:16]),
                    )
                )
        for pallet in g.pallets:
            customer = result.customer_names.get(pallet.customer_id or "", pallet.customer_id or "")
            rows.append(
                (
                    self.tr("pallet"),
                    pallet.lot_code,
                    pallet.sscc,
                    number_text(pallet.quantity),
                    self._status(pallet.status),
                    customer,
                    pallet.shipment_id or "",
                )
            )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def accept_scan(self, item: Identified) -> bool:
        if item.kind in ("lot", "pallet"):
            self.trace(item.key)
            return True
        return False
