"""The demo's side panel: the plant's badges, lots, machines and pallets to "scan" with a tap."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from floorstation.app import views
from floorstation.domain.master import Lot, Machine, Operator
from floorstation.domain.ports import Pallet
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.i18n import Retranslating
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.keyboard import Keyboard
from floorstation.ui.widgets.layouts import clear

SOURCE = "demo-panel"


class DemoPanel(Retranslating, QFrame):
    """Emits what a scanner would: ``scan_received(ScanEvent)`` with source ``demo-panel``."""

    scan_received = Signal(object)

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__()
        self.setObjectName("demoPanel")
        self.setFixedWidth(210)
        self.terminal = terminal
        self.buttons: dict[str, BigButton] = {}
        self._shown: object = None
        self._codes: tuple[list[Operator], list[Lot], list[Machine], list[Pallet]] | None = None
        self.title = title = QLabel("")
        set_look(title, role="subtitle")
        self.type_button = BigButton("", kind="flat")
        self.type_button.clicked.connect(self.ask_code)
        self._list = QGridLayout()
        self._list.setSpacing(6)
        self._row = 0
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addLayout(self._list)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.type_button)
        layout.addWidget(scroll, 1)
        terminal.view_changed.connect(lambda _view: self.load())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Demo codes"))
        self.type_button.setText(self.tr("Type a code…"))
        if self._codes is not None:
            self._shown = None
            self._show(self._codes)

    def load(self) -> None:
        self.terminal.run(views.demo_codes, done=self._show, refresh=False)

    def _show(self, codes: tuple[list[Operator], list[Lot], list[Machine], list[Pallet]]) -> None:
        self._codes = codes
        operators, lots, machines, pallets = codes
        signature = (
            [o.badge for o in operators],
            [x.code for x in lots],
            [m.id for m in machines],
            [p.sscc for p in pallets],
        )
        if signature == self._shown:
            return
        self._shown = signature
        clear(self._list)
        self._row = 0
        self.buttons = {}
        self._section(self.tr("Badges"), [(o.badge, o.name.split()[0]) for o in operators])
        self._section(self.tr("Lots"), [(x.code, x.code) for x in lots], columns=1)
        self._section(self.tr("Machines"), [(m.code, m.code) for m in machines])
        self._section(self.tr("Pallets"), [(p.sscc, f"…{p.sscc[-8:]}") for p in pallets[-6:]], columns=1)

    def _section(self, title: str, entries: list[tuple[str, str]], columns: int = 2) -> None:
        if not entries:
            return
        label = QLabel(title)
        set_look(label, role="muted")
        self._list.addWidget(label, self._row, 0, 1, 2)
        self._row += 1
        for i, (code, text) in enumerate(entries):
            button = BigButton(text, kind="demo")
            button.setToolTip(code)
            button.clicked.connect(lambda _=False, c=code: self.scan(c))
            self._list.addWidget(button, self._row + i // columns, i % columns, 1, 3 - columns)
            self.buttons[code] = button
        self._row += (len(entries) + columns - 1) // columns

    def scan(self, code: str) -> None:
        self.scan_received.emit(ScanEvent(code, None, SOURCE, datetime.now().astimezone()))

    def _typed(self, code: str) -> None:
        self.terminal.overlay.dismiss()
        self.scan(code)

    def ask_code(self) -> None:
        keyboard = Keyboard(max_length=48, accept_text=self.tr("Scan it"))
        keyboard.accepted.connect(self._typed)
        self.keyboard = keyboard
        self.terminal.overlay.present(self.tr("Type what the label says"), keyboard)
