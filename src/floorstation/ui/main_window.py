"""The terminal's window: status bar, navigation rail, the screens, a message line, scan routing, idle sign-out
and the kiosk's admin-only close."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from floorstation.app import operators
from floorstation.app.context import StationContext
from floorstation.app.lookup import Identified, identify
from floorstation.app.status import DeviceHealth, DeviceReport, SyncReport
from floorstation.app.views import StationView
from floorstation.config import StationConfig
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.bridge import Bridge
from floorstation.ui.demo_panel import DemoPanel
from floorstation.ui.idle import IdleWatch
from floorstation.ui.screens.admin_close import AdminClosePanel
from floorstation.ui.screens.base import Screen
from floorstation.ui.screens.home import HomeScreen
from floorstation.ui.screens.machine_down import MachineDownScreen
from floorstation.ui.screens.pallet import PalletScreen
from floorstation.ui.screens.sign_in import SignInScreen
from floorstation.ui.screens.task import TaskScreen
from floorstation.ui.screens.trace import TraceScreen
from floorstation.ui.terminal import Terminal
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.overlay import Overlay
from floorstation.ui.widgets.status_bar import StatusBar

log = logging.getLogger(__name__)

SyncStatusSource = Callable[[], SyncReport]
DeviceStatusSource = Callable[[], Sequence[DeviceReport]]
#: How often the station view, sync state and device health are read again (seconds).
REFRESH_SECONDS = 5


class MainWindow(QWidget):
    def __init__(
        self,
        ctx: StationContext,
        config: StationConfig,
        *,
        kiosk: bool = False,
        demo: bool = False,
        sync_status: SyncStatusSource | None = None,
        device_status: DeviceStatusSource | None = None,
        idle_seconds: float | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("terminal")
        self.setWindowTitle(self.tr("floorstation – %s") % (config.name or config.station_id))
        self.kiosk = kiosk
        self._may_close = not kiosk
        self._sync_status = sync_status
        self._device_status = device_status
        self.bridge = Bridge(self)
        body = QWidget()
        self.overlay = Overlay(self)
        self.terminal = Terminal(ctx, config, self.bridge, self.overlay)

        self.status_bar = StatusBar()
        self.status_bar.operator_tapped.connect(self.terminal.set_active)
        self.status_bar.machine_tapped.connect(lambda: self.go("home"))
        self.status_bar.more_tapped.connect(lambda: self.go("sign_in"))
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.say(self.tr("Scan a badge, lot, machine or pallet label at any time."), "info")

        self.sign_in = SignInScreen(self.terminal, kiosk=kiosk)
        self.sign_in.close_requested.connect(self.ask_admin_close)
        self.home = HomeScreen(self.terminal)
        self.task = TaskScreen(self.terminal)
        self.pallet = PalletScreen(self.terminal)
        self.machine_down = MachineDownScreen(self.terminal)
        self.trace = TraceScreen(self.terminal)
        self.screens: dict[str, Screen] = {}
        self.nav: dict[str, BigButton] = {}
        self.stack = QStackedWidget()
        rail = QFrame()
        rail.setObjectName("navRail")
        rail.setFixedWidth(184)
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(8, 10, 8, 10)
        rail_layout.setSpacing(8)
        for screen in (self.home, self.task, self.pallet, self.machine_down, self.trace, self.sign_in):
            self.screens[screen.name] = screen
            self.stack.addWidget(screen)
            button = BigButton(screen.title(), kind="nav", checkable=True, height=64)
            button.clicked.connect(lambda _=False, name=screen.name: self.go(name))
            rail_layout.addWidget(button)
            self.nav[screen.name] = button
        rail_layout.addStretch(1)

        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(rail)
        middle.addWidget(self.stack, 1)
        self.demo_panel: DemoPanel | None = None
        if demo:
            self.demo_panel = DemoPanel(self.terminal)
            self.demo_panel.scan_received.connect(self.on_scan_received)
            middle.addWidget(self.demo_panel)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status_bar)
        layout.addLayout(middle, 1)
        layout.addWidget(self.banner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        self.overlay.raise_()

        self.bridge.failed.connect(self.terminal.show_error)
        self.bridge.bug_raised.connect(self._on_bug)
        self.terminal.message.connect(self.say)
        self.terminal.navigate.connect(self.go)
        self.terminal.view_changed.connect(self._on_view)
        self.terminal.active_changed.connect(self._show_people)
        self.terminal.machine_changed.connect(self._on_machine_changed)

        seconds = config.idle_sign_out_seconds if idle_seconds is None else idle_seconds
        self.idle = IdleWatch(seconds, self)
        self.idle.went_idle.connect(self.on_idle)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_SECONDS * 1000)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._show_time)
        self._clock_timer.start()
        self._show_time()
        self.go("sign_in")
        self.refresh()

    # --- navigation and messages ----------------------------------------------------------------------------

    def current(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def go(self, name: str, argument: object = None) -> None:
        if name == "task" and argument is None and self.task.task_id is None:
            machine = self.terminal.machine()
            active = machine.active_task if machine else None
            if active is None:
                self.say(self.tr("No task is running here: open one from the queue."), "warn")
                name = "home"
            else:
                argument = active.task.id
        screen = self.screens[name]
        self.overlay.dismiss()
        self.stack.setCurrentWidget(screen)
        for key, button in self.nav.items():
            button.setChecked(key == name)
        screen.shown(argument)

    def say(self, text: str, level: str = "info") -> None:
        self.banner.setText(text)
        set_look(self.banner, level=level)

    def _on_bug(self, error: BaseException) -> None:
        self.say(
            self.tr(
                "Something went wrong inside floorstation (%s). Try again; if it keeps happening, tell the shift lead."
            )
            % type(error).__name__,
            "error",
        )

    # --- the station view, sync and devices -----------------------------------------------------------------

    def refresh(self) -> None:
        self.terminal.refresh()
        if self._sync_status is not None:
            self.bridge.submit(self._sync_status, on_done=self.status_bar.set_sync)
        else:
            self.status_bar.set_sync(None)
        if self._device_status is not None:
            self.bridge.submit(self._device_status, on_done=self._show_devices)
        else:
            self._show_devices([])

    def _show_devices(self, reports: Sequence[DeviceReport]) -> None:
        demo = [DeviceHealth("scanner", "ready", "demo panel")] if self.demo_panel is not None else []
        self.status_bar.set_devices([*reports, *demo])

    def _on_view(self, view: StationView) -> None:
        self._show_people()
        self._show_machine()
        self.current().on_view(view)

    def _show_people(self) -> None:
        view = self.terminal.view
        self.status_bar.set_operators(view.signed_in if view else (), self.terminal.active)

    def _show_machine(self) -> None:
        machine = self.terminal.machine()
        if machine is not None:
            self.status_bar.set_machine(machine.machine.code, machine.machine.name, machine.status)

    def _on_machine_changed(self) -> None:
        self._show_machine()
        self.terminal.refresh()

    def _show_time(self) -> None:
        self.status_bar.set_time(self.terminal.ctx.now().strftime("%H:%M"))

    # --- scans ------------------------------------------------------------------------------------------------

    def on_scan_received(self, event: ScanEvent) -> None:
        """From the wedge filter, a serial or camera reader (through a Qt signal), or the demo panel."""
        self.idle.poke()
        self.bridge.submit(identify, self.terminal.ctx, event.raw, event.aim, on_done=self.route)

    def route(self, item: Identified) -> None:
        panel = self.overlay.panel if self.overlay.isVisible() else None
        taker = getattr(panel, "accept_scan", None)
        if taker is not None and taker(item):
            return
        if self.current().accept_scan(item):
            return
        if item.kind == "badge":
            self.sign_in.badge_scanned(item)
        elif item.kind == "machine":
            self.terminal.set_machine(item.key)
            self.say(self.tr("This terminal now shows %s.") % item.label, "ok")
            self.go("home")
        elif item.kind == "task":
            self.go("task", item.key)
        elif item.kind == "lot":
            self._route_lot(item)
        elif item.kind == "pallet":
            self.go("trace", item.key)
        else:
            self.say(self.tr("Scan not recognised: %s") % item.problem, "error")

    def _route_lot(self, item: Identified) -> None:
        machine = self.terminal.machine()
        active = machine.active_task if machine else None
        if active is not None and active.state.status == "running":
            self.go("task", active.task.id)
            self.task.consume(item.key)
        else:
            self.go("trace", item.key)

    # --- idle sign-out ------------------------------------------------------------------------------------

    def on_idle(self) -> None:
        def done(left: list[str]) -> None:
            self.terminal.set_active(None)
            if left:
                self.say(self.tr("Signed out after no one touched the terminal: %s.") % ", ".join(left), "info")
            self.go("sign_in")

        self.terminal.run(operators.sign_out_idle, done=done)

    # --- closing ------------------------------------------------------------------------------------------

    def ask_admin_close(self) -> None:
        panel = AdminClosePanel(self.terminal)
        panel.allowed.connect(self._close_allowed)
        self.overlay.present(self.tr("Close the terminal"), panel)

    def _close_allowed(self) -> None:
        self.force_close()

    def force_close(self) -> None:
        """Close without asking (the system is shutting the terminal down, e.g. SIGTERM from systemd)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._may_close:
            event.ignore()
            self.ask_admin_close()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop timers and the database thread (finishing a write in progress)."""
        self._refresh_timer.stop()
        self._clock_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.bridge.close()
