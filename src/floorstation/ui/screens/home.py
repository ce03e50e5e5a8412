"""Station home: the machines with their status colours, and the chosen machine's queue in schedule order
(``domain.master.schedule_order``: priority, then due date, then work-order number). A task whose work order is
on hold is shown marked as such; one whose order was closed or cancelled is shown only while it runs or is
paused (``app.views``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from floorstation.app.views import MachineView, QueueItem, StationView
from floorstation.domain.master import WorkOrderStatus
from floorstation.ui.locale_text import date_text, material_name, number_text, unit_text
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.screens.base import Screen
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.layouts import discard, scrolling


def status_word(status: str) -> str:
    words = {
        "running": QCoreApplication.translate("status", "RUNNING"),
        "idle": QCoreApplication.translate("status", "IDLE"),
        "paused": QCoreApplication.translate("status", "PAUSED"),
        "down": QCoreApplication.translate("status", "OUT OF ORDER"),
    }
    return words.get(status, status.upper())


def order_word(status: WorkOrderStatus) -> str:
    """A work order's status where the queue shows it (only what is not ``released`` is shown)."""
    words = {
        WorkOrderStatus.ON_HOLD: QCoreApplication.translate("status", "ORDER ON HOLD"),
        WorkOrderStatus.CLOSED: QCoreApplication.translate("status", "ORDER CLOSED"),
        WorkOrderStatus.CANCELLED: QCoreApplication.translate("status", "ORDER CANCELLED"),
    }
    return words.get(status, "")


def parameters_text(item: QueueItem) -> str:
    return " · ".join(f"{k.replace('_', ' ')} {v}" for k, v in item.task.parameters.items())


def bom_text(item: QueueItem) -> str:
    unit = unit_text(item.product.unit) if item.product else ""
    parts = []
    for line in item.task.bom:
        material = item.materials.get(line.material)
        parts.append(
            f"{line.material} {number_text(line.qty_per_unit)} {unit_text(material.unit) if material else ''}".strip()
        )
    per = QCoreApplication.translate("status", "per %s: ") % unit if unit else ""
    return per + " · ".join(parts)


class QueueCard(QFrame):
    """One task of the queue, with its parameters and bill of materials next to it."""

    def __init__(self, item: QueueItem, terminal: ScreenContext) -> None:
        super().__init__()
        self.setProperty("panel", True)
        task, state = item.task, item.state
        unit = unit_text(item.product.unit) if item.product else ""
        title = QLabel(f"{task.work_order} · {task.name}")
        set_look(title, role="subtitle")
        title.setWordWrap(True)
        held = task.order_status is not WorkOrderStatus.RELEASED and state.status == "idle"
        self.chip = chip = QLabel(order_word(task.order_status) if held else status_word(state.status))
        set_look(chip, status="paused" if held else state.status)
        done = QLabel(self.tr("done %s / %s %s") % (number_text(state.good_qty), number_text(task.planned_qty), unit))
        product = QLabel(f"{task.product} · {material_name(item.product) if item.product else ''}")
        product.setWordWrap(True)
        done.setWordWrap(True)
        self.schedule = QLabel(self._schedule_text(item))
        set_look(self.schedule, role="muted")
        params = QLabel(parameters_text(item))
        set_look(params, role="muted")
        params.setWordWrap(True)
        bom = QLabel(self.tr("BOM") + " " + bom_text(item))
        set_look(bom, role="muted")
        bom.setWordWrap(True)
        self.open_button = BigButton(self.tr("Open"), kind="primary")
        self.open_button.setMinimumWidth(100)
        self.open_button.clicked.connect(lambda: terminal.go("task", task.id))

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(chip)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(top)
        line = QHBoxLayout()
        line.addWidget(product, 3)
        line.addWidget(done, 2)
        text.addLayout(line)
        text.addWidget(self.schedule)
        text.addWidget(params)
        text.addWidget(bom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button)

    def _schedule_text(self, item: QueueItem) -> str:
        due = item.task.due_date
        parts = [self.tr("due %s") % date_text(due) if due else self.tr("no due date")]
        if item.task.priority is not None:
            parts.append(self.tr("priority %s") % item.task.priority)
        if item.task.order_status is not WorkOrderStatus.RELEASED and item.state.status != "idle":
            parts.append(order_word(item.task.order_status))  # the chip says how the work stands
        return " · ".join(parts)


class HomeScreen(Screen):
    name = "home"

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__(terminal)
        self.tiles: dict[str, BigButton] = {}
        self.cards: dict[str, QueueCard] = {}
        self._signature: object = None
        self._tiles = QGridLayout()
        self._tiles.setSpacing(10)
        self.queue_title = QLabel("")
        set_look(self.queue_title, role="subtitle")
        self.queue_title.setWordWrap(True)
        self._queue = QVBoxLayout()
        self._queue.setSpacing(10)
        self.empty = QLabel("")
        set_look(self.empty, role="muted")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._tiles)
        layout.addWidget(self.queue_title)
        layout.addWidget(scrolling(self._queue, empty=self.empty), 1)
        terminal.machine_changed.connect(lambda: self.on_view(terminal.view) if terminal.view else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No tasks are planned on this machine."))
        self._signature = None
        if self.terminal.view is not None:
            self.on_view(self.terminal.view)

    def shown(self, argument: object = None) -> None:
        if self.terminal.view is not None:
            self.on_view(self.terminal.view)

    def on_view(self, view: StationView) -> None:
        signature = (
            self.terminal.machine_id,
            tuple((m.machine.id, m.status) for m in view.machines),
            tuple((q.task, q.state) for m in view.machines for q in m.queue),
            tuple(n.event_id for m in view.machines for n in m.handovers),
        )
        if signature == self._signature:
            return
        self._signature = signature
        self._show_tiles(view)
        machine = view.machine(self.terminal.machine_id)
        if machine is not None:
            self._show_queue(machine)

    def _show_tiles(self, view: StationView) -> None:
        discard(*self.tiles.values())
        self.tiles = {}
        for i, machine in enumerate(view.machines):
            tile = BigButton(
                f"{machine.machine.code} · {status_word(machine.status)}\n{machine.machine.name}",
                kind="tile",
                checkable=True,
                height=76,
                expand=True,
            )
            set_look(tile, status=machine.status)
            tile.setChecked(machine.machine.id == self.terminal.machine_id)
            tile.clicked.connect(lambda _=False, mid=machine.machine.id: self.terminal.set_machine(mid))
            self._tiles.addWidget(tile, 0, i)
            self.tiles[machine.machine.id] = tile

    def _show_queue(self, machine: MachineView) -> None:
        discard(*self.cards.values())
        self.cards = {}
        self.queue_title.setText(
            self.tr("Queue of %s (%s), by priority, then due date") % (machine.machine.code, machine.machine.name)
        )
        for item in machine.queue:
            card = QueueCard(item, self.terminal)
            if any(n.task_id in (None, item.task.id) for n in machine.handovers):
                card.schedule.setText(card.schedule.text() + " · " + self.tr("a note from the previous shift waits"))
            self._queue.addWidget(card)
            self.cards[item.task.id] = card
        self.empty.setVisible(not machine.queue)
