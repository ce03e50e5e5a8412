"""Goods-in at the terminal: a supplier's GS1 label scanned anywhere opens this panel over the screen.

It shows what the label says (material, supplier lot, expiry, count), takes the quantity on the keypad (the
label's count offered with one tap, never filled in unasked), and receives the lot for the operator who acts
(``goods_in.receive_label`` on the database thread). Then it says the new lot code and offers its lot card when
the terminal prints. A refusal (expired, unknown GTIN, already received) is shown with what to do; nothing is
recorded then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app import goods_in
from floorstation.app.goods_in import ReceivedLabel
from floorstation.app.lookup import Identified
from floorstation.domain.errors import FloorstationError, Refused
from floorstation.ui.error_texts import error_text, violation_text
from floorstation.ui.locale_text import date_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.keypad import Keypad


class GoodsInPanel(QWidget):
    """The label's facts on the left, the quantity keypad (its accept button is Receive) on the right."""

    def __init__(
        self,
        terminal: ScreenContext,
        item: Identified,
        *,
        print_at_once: bool = False,
        on_received: Callable[[ReceivedLabel], None] | None = None,
    ) -> None:
        """``print_at_once``: queue the lot card as soon as the lot is received (a goods-in station) instead of
        offering it; ``on_received`` hears of every receipt."""
        super().__init__()
        assert item.kind == "label" and item.gs1 is not None
        self.terminal = terminal
        self.item = item
        self.print_at_once = print_at_once
        self.on_received = on_received
        self.received: ReceivedLabel | None = None
        self._busy = False
        label = item.gs1
        operator = terminal.active_operator()
        self.operator_id = operator.id if operator is not None else None

        facts = [
            self.tr("Material: %s") % item.label,
            self.tr("Supplier lot: %s") % (label.lot or self.tr("none on the label")),
            self.tr("Expiry: %s") % (date_text(label.expiry) if label.expiry else self.tr("none on the label")),
            self.tr("Quantity on the label: %s") % label.quantity
            if label.quantity is not None
            else self.tr("The label has no quantity: type it on the keypad."),
        ]
        left = QVBoxLayout()
        left.setSpacing(10)
        for text in facts:
            fact = QLabel(text)
            fact.setWordWrap(True)
            set_look(fact, role="subtitle")
            left.addWidget(fact)
        self.who = QLabel()
        self.who.setWordWrap(True)
        left.addWidget(self.who)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.hide()
        left.addWidget(self.message)
        left.addStretch(1)
        buttons = QHBoxLayout()
        self.print_button = BigButton(self.tr("Print lot card"), kind="primary", height=80, expand=True)
        self.print_button.clicked.connect(self.print_lot_card)
        self.print_button.hide()
        self.cancel_button = BigButton(self.tr("Cancel"), kind="flat", height=80, expand=True)
        self.cancel_button.clicked.connect(terminal.overlay.dismiss)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        left.addLayout(buttons)

        self.keypad = Keypad(accept_text=self.tr("Receive"), key_height=64)
        self.keypad.setMaximumWidth(360)
        self.receive_button = self.keypad.accept_button
        self.keypad.accepted.connect(lambda _value: self.receive())
        # The label's count is offered, never filled in: the quantity received is one the person confirmed.
        self.use_count_button = BigButton("", kind="flat", height=64, expand=True)
        self.use_count_button.clicked.connect(self.use_label_count)
        if label.quantity is not None:
            self.use_count_button.setText(self.tr("Use the label's count: %s") % label.quantity)
            left.insertWidget(left.count() - 2, self.use_count_button)
        else:
            self.use_count_button.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)

        if item.received_as:
            self._tell(
                self.tr("Supplier lot %s was already received here as lot %s: it is not received twice.")
                % (label.lot, item.received_as),
                "error",
            )
        if self.operator_id is None:
            self.who.setText(self.tr("Sign in first: scan your badge, then scan the label again."))
            set_look(self.who, role="violation")
        else:
            assert operator is not None
            self.who.setText(self.tr("Received by: %s") % operator.name)
            set_look(self.who, role="subtitle")
        self.keypad.setVisible(self.operator_id is not None and not item.received_as)
        self.use_count_button.setVisible(label.quantity is not None and self.keypad.isVisibleTo(self))

    def use_label_count(self) -> None:
        """The person confirms the count printed on the label as the quantity received."""
        assert self.item.gs1 is not None
        if self.item.gs1.quantity is not None:
            self.keypad.set_value(str(self.item.gs1.quantity))

    def accept_scan(self, item: Identified) -> bool:
        """The same label again does nothing new; anything else is routed as usual (another label replaces this)."""
        same = item.kind == "label" and item.gs1 is not None and self.item.gs1 is not None
        return same and item.gs1.data == self.item.gs1.data  # type: ignore[union-attr]

    def receive(self) -> None:
        if self._busy or self.received is not None or self.operator_id is None or self.item.received_as:
            return
        assert self.item.gs1 is not None
        self._busy = True
        self.receive_button.setEnabled(False)
        self.terminal.run(
            goods_in.receive_label,
            self.operator_id,
            self.item.gs1.data,
            quantity=self.keypad.value(),
            aim=self.item.gs1.aim,
            done=self._received,
            error=self._refused,
        )

    def _received(self, received: ReceivedLabel) -> None:
        self._busy = False
        self.received = received
        self.keypad.hide()
        self.use_count_button.hide()
        text = self.tr("Received as lot %s.") % received.lot_code
        self._tell(text, "ok")
        self.terminal.say(text, "ok")
        self.cancel_button.setText(self.tr("Done"))
        queue = self.terminal.print_queue
        can_print = queue is not None and bool(self.terminal.printers)
        if self.print_at_once and can_print:
            self.print_lot_card()
        else:
            self.print_button.setVisible(can_print)
        if self.on_received is not None:
            self.on_received(received)

    def _refused(self, error: FloorstationError) -> None:
        self._busy = False
        self.receive_button.setEnabled(bool(self.keypad.value()))
        said = [violation_text(v) for v in error.violations] if isinstance(error, Refused) else [error_text(error)]
        self._tell("\n".join(f"{m}\n→ {h}" if h else m for m, h in said), "error")

    def print_lot_card(self) -> None:
        queue = self.terminal.print_queue
        if queue is None or self.received is None or self.operator_id is None:
            return
        lot = self.received.lot_code

        def queued(_job: object) -> None:
            self.terminal.say(self.tr("The lot card for %s is on its way to the printer.") % lot, "ok")

        self.print_button.setEnabled(False)
        queue.request(self.operator_id, "lot", lot, done=queued, error=self.terminal.show_error)

    def _tell(self, text: str, level: str) -> None:
        self.message.setText(text)
        set_look(self.message, role="violation" if level == "error" else "subtitle")
        self.message.show()
