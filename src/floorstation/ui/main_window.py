"""The terminal's window: status bar, side menu, the screens, a message line, the sync and device health it polls,
printing, settings behind the admin's PIN and the kiosk's admin-only close. What a scan does is carried out by
``ui.scan_outcomes``; who is still here (sign-outs, the first look after a start) is watched by
``ui.people_watch``, the sync state by ``ui.sync_watch``, keys typed into no field by ``ui.stray_typing``."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from floorstation.app.handle import StationHandle
from floorstation.app.lookup import Identified
from floorstation.app.status import SyncReport
from floorstation.app.views import StationView
from floorstation.domain.devices import DeviceStatus
from floorstation.domain.enrolment_code import read_enrolment_code
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.admin_gate import ADMIN_ALLOWED, AdminGate
from floorstation.ui.bridge import Bridge
from floorstation.ui.device_watch import DeviceWatch
from floorstation.ui.enrolment import EnrolmentScans
from floorstation.ui.i18n import Translations, is_language_change
from floorstation.ui.idle import IdleWatch
from floorstation.ui.people_watch import PeopleWatch
from floorstation.ui.print_queue import PrintQueue
from floorstation.ui.scan_feedback import KeptLabels, ScanToast
from floorstation.ui.scan_outcomes import ScanOutcomes
from floorstation.ui.screen_context import ScreenContext, mode_name
from floorstation.ui.screen_stack import ScreenStack, screen_class
from floorstation.ui.screens.base import Screen
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from floorstation.ui.screens.sign_in import SignInScreen
from floorstation.ui.screens.titles import screen_title
from floorstation.ui.stray_typing import StrayTyping
from floorstation.ui.sync_watch import SyncWatch
from floorstation.ui.tap_guard import TapGuard
from floorstation.ui.theme import set_look
from floorstation.ui.who_acts import WhoActs
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.more_panel import MorePanel
from floorstation.ui.widgets.nav_rail import NavRail
from floorstation.ui.widgets.overlay import Overlay
from floorstation.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from floorstation.ui.demo_panel import DemoPanel
    from floorstation.ui.screens.dispatch import DispatchScreen
    from floorstation.ui.screens.goods_in import GoodsInScreen
    from floorstation.ui.screens.home import HomeScreen
    from floorstation.ui.screens.machine_down import MachineDownScreen
    from floorstation.ui.screens.pallet import PalletScreen
    from floorstation.ui.screens.quality import QualityScreen
    from floorstation.ui.screens.settings import SettingsScreen
    from floorstation.ui.screens.task import TaskScreen
    from floorstation.ui.screens.trace import TraceScreen

log = logging.getLogger(__name__)

SyncStatusSource = Callable[[], SyncReport]
DeviceStatusSource = Callable[[], Sequence[DeviceStatus]]
#: How often the station view, sync state and device health are read again (seconds).
REFRESH_SECONDS = 5
#: The side menu, in order of use at a machine; on a short screen the last ones go under "More".
MENU = ("home", "task", "pallet", "machine_down", "trace", "sign_in", "quality", "dispatch", "settings")
#: A goods-in station's menu starts with its own screen (elsewhere a supplier's label opens goods-in anyway).
GOODS_IN_MENU = ("goods_in", *MENU)


class MainWindow(QWidget):
    def __init__(
        self,
        station: StationHandle,
        *,
        kiosk: bool = False,
        demo: bool = False,
        idle_seconds: float | None = None,
        translations: Translations | None = None,
        beep: Callable[[], None] | None = None,
    ) -> None:
        """``station``: the runtime's handle (context, configuration, database thread, sync, devices, printing);
        ``beep``: the sound every scan makes (``QApplication.beep`` unless told)."""
        super().__init__()
        ctx, config, devices = station.ctx, station.config, station.devices
        self.station = station
        self.setObjectName("terminal")
        self.kiosk = kiosk
        self._may_close = not kiosk
        self._config_seen: object = None
        self.registry = devices
        self.demo_panel: DemoPanel | None = None
        self._language_chosen: str | None = None
        self._context_restored = False
        self.bridge = Bridge(station.executor, self)
        self.sync_watch = SyncWatch(self.bridge, station.sync_status, self)
        self.sync_watch.changed.connect(self._on_sync)
        body = QWidget()
        self.overlay = Overlay(self)
        printing, printers = station.printing, station.printers
        self.print_queue = (
            PrintQueue(printing, station.print_worker, self.bridge, printers)
            if printing is not None and station.print_worker is not None
            else None
        )
        # Devices: the registry's news (a reader thread's state, a serial or camera scan) reaches this thread only
        # through the bridge; the printers' health comes from the print queue.
        self.devices = DeviceWatch(
            self.bridge,
            devices,
            polled=station.device_status,
            print_queue=self.print_queue,
            on_scan=self.on_scan_received,
        )
        self.devices.changed.connect(self._show_devices)
        self.terminal = ScreenContext(
            ctx,
            config,
            self.bridge,
            self.overlay,
            print_queue=self.print_queue,
            printers=self.print_queue.printers if self.print_queue is not None else printers,
        )
        self.who_acts = WhoActs(self.terminal, self.say, self)
        self.admin = AdminGate(
            self.terminal,
            open_settings=lambda allowed: self.go("settings", allowed),
            close=self.force_close,
            parent=self,
        )
        app = QCoreApplication.instance()
        if translations is None and app is not None:
            translations = Translations(app)
        self.translations = translations

        self.status_bar = StatusBar()
        self.status_bar.operator_tapped.connect(self.ask_to_act)
        self.status_bar.machine_tapped.connect(lambda: self.go("home"))
        self.status_bar.more_tapped.connect(lambda: self.go("sign_in"))
        self.status_bar.device_tapped.connect(self.show_device)
        # Two lines always (a longer message is set smaller): a message that wraps never moves the screen above.
        self.banner = FixedLines(lines=2)
        self.banner.setObjectName("banner")
        self.kept_labels = KeptLabels()
        self.kept_labels.receive_requested.connect(self.receive_label)

        # The sign-in screen is the first one shown; every other is built the first time it is opened (or asked
        # for), in the language chosen by then (``ui.screen_stack``).
        self.stack = ScreenStack({name: self._maker(name, kiosk) for name in (*MENU, "goods_in")})
        self.stack.built.connect(self._on_screen_built)
        sign_in = self.stack.named("sign_in")
        assert isinstance(sign_in, SignInScreen)
        self.sign_in = sign_in
        self.enrolment = EnrolmentScans(
            self.bridge,
            enrol=station.enrol,
            server_info=station.server_info,
            say=self.say,
            show_error=self.terminal.show_error,
            admin_here=lambda: self.stack.made("settings") is self.current(),
            parent=self,
        )
        self.enrolment.changed.connect(self._on_enrolment)
        self.rail = NavRail()
        self.rail.chosen.connect(self.chosen)
        self.rail.more_tapped.connect(self.show_more)
        for name in GOODS_IN_MENU if self.terminal.mode == "goods_in" else MENU:
            self.rail.add(name, screen_title(name))
        self.nav: dict[str, BigButton] = self.rail.buttons

        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        message_line = QHBoxLayout()
        message_line.setContentsMargins(0, 0, 0, 0)
        message_line.setSpacing(0)
        message_line.addWidget(self.banner, 1)
        message_line.addWidget(self.kept_labels)
        column.addLayout(message_line)
        middle.addWidget(self.rail)
        middle.addLayout(column, 1)
        if demo:
            from floorstation.ui.demo_panel import DemoPanel  # (the demo's alone: not loaded before a plant's screen)

            self.demo_panel = DemoPanel(self.terminal)
            self.demo_panel.scan_received.connect(self.on_scan_received)
            middle.addWidget(self.demo_panel)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status_bar)
        layout.addLayout(middle, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        self.overlay.raise_()
        self.toast = ScanToast(self, beep=beep) if beep is not None else ScanToast(self)
        self.stray_typing = StrayTyping(self)
        self.stray_typing.said.connect(self._say_stray)

        self.bridge.failed.connect(self.terminal.show_error)
        self.bridge.bug_raised.connect(self._on_bug)
        self.terminal.message.connect(self.say)
        self.terminal.navigate.connect(self.go)
        self.terminal.view_changed.connect(self._on_view)
        self.terminal.active_changed.connect(self._show_people)
        self.terminal.machine_changed.connect(self._on_machine_changed)
        self.terminal.mode_changed.connect(self._on_mode_changed)

        seconds = config.idle_sign_out_seconds if idle_seconds is None else idle_seconds
        self.idle = IdleWatch(seconds, self)
        self.idle.used.connect(lambda: ctx.proofs.touched(ctx.now()))
        self.people = PeopleWatch(self, seconds)
        self.people_timer = self.people.timer
        self.idle.went_idle.connect(self.people.on_idle)
        self.outcomes = ScanOutcomes(self)
        self.tap_guard = TapGuard(config.tap_guard_ms, self)
        self.stack.currentChanged.connect(lambda _index: self.tap_guard.screen_changed())
        self.overlay.presented.connect(self.tap_guard.screen_changed)
        self.overlay.dismissed.connect(self.tap_guard.screen_changed)
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.tap_guard)
        # The sync state, devices and print queue are polled every REFRESH_SECONDS; the station is read again when
        # its last reading is that old (each scan's answer brings a fresh one: a busy terminal reads it no more
        # often, and a scan seldom waits behind a whole station's read on the database thread).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_SECONDS * 1000)
        self._refresh_timer.timeout.connect(self.poll)
        self._refresh_timer.start()
        self._view_timer = QTimer(self)
        self._view_timer.setInterval(REFRESH_SECONDS * 1000)
        self._view_timer.timeout.connect(self.terminal.refresh)
        self._view_timer.start()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._show_time)
        self._clock_timer.start()
        self._show_time()
        self.retranslate()
        self.go("sign_in")
        self.refresh()
        self.enrolment.check()

    # --- the screens, built on first use ---------------------------------------------------------------------

    def _maker(self, name: str, kiosk: bool) -> Callable[[], Screen]:
        def make() -> Screen:
            kind = screen_class(name)
            if name == "sign_in":
                return SignInScreen(self.terminal, kiosk=kiosk)
            if name == "settings":
                from floorstation.ui.screens.settings import SettingsScreen, SettingsSources

                station = self.station
                return SettingsScreen(
                    self.terminal,
                    SettingsSources(
                        devices=self.device_reports,
                        sync=lambda: self.sync,
                        server=station.server_info,
                        translations=self.translations,
                        save_language=station.save_language,
                        save_mode=station.save_mode,
                    ),
                )
            return kind(self.terminal)

        return make

    def _on_screen_built(self, screen: Screen) -> None:
        """A screen was just built: what it asks of the window is wired now."""
        if isinstance(screen, SignInScreen):
            screen.close_requested.connect(self.ask_admin_close)
        elif screen.name == "settings":
            settings = cast("SettingsScreen", screen)
            settings.language_changed.connect(self._on_language_chosen)
            settings.device_tapped.connect(self.show_device)

    @property
    def screens(self) -> ScreenStack:
        """Every screen by name (``window.screens["trace"]`` builds the trace screen when nobody opened it yet)."""
        return self.stack

    @property
    def home(self) -> HomeScreen:
        return cast("HomeScreen", self.stack.named("home"))

    @property
    def task(self) -> TaskScreen:
        return cast("TaskScreen", self.stack.named("task"))

    @property
    def pallet(self) -> PalletScreen:
        return cast("PalletScreen", self.stack.named("pallet"))

    @property
    def dispatch(self) -> DispatchScreen:
        return cast("DispatchScreen", self.stack.named("dispatch"))

    @property
    def goods_in(self) -> GoodsInScreen:
        return cast("GoodsInScreen", self.stack.named("goods_in"))

    @property
    def machine_down(self) -> MachineDownScreen:
        return cast("MachineDownScreen", self.stack.named("machine_down"))

    @property
    def trace(self) -> TraceScreen:
        return cast("TraceScreen", self.stack.named("trace"))

    @property
    def quality(self) -> QualityScreen:
        return cast("QualityScreen", self.stack.named("quality"))

    @property
    def settings(self) -> SettingsScreen:
        return cast("SettingsScreen", self.stack.named("settings"))

    # --- languages --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        config = self.terminal.config
        self.setWindowTitle(self.tr("floorstation – %s") % (config.name or config.station_id))
        for name in self.rail.buttons:
            self.rail.set_title(name, screen_title(name))
        self.status_bar.set_mode(mode_name(self.terminal.mode))
        # A message in the language just left would stay on screen: after a switch the line says the switch
        # (when it was made here) or goes back to the standing prompt.
        chosen, self._language_chosen = self._language_chosen, None
        if chosen is not None:
            english = chosen == "en"
            self.say(self.tr("The terminal speaks English now.") if english else self.tr("Language changed."), "ok")
        else:
            self.prompt()
        self._show_devices()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _on_language_chosen(self, code: str) -> None:
        """The switch reaches the window as a language change event a moment later; it says so then."""
        self._language_chosen = code

    # --- navigation and messages ----------------------------------------------------------------------------

    def current(self) -> Screen:
        return self.stack.shown()

    def go(self, name: str, argument: object = None) -> None:
        if name == "settings" and argument is not ADMIN_ALLOWED:
            self.ask_admin_settings()
            return
        task = cast("TaskScreen | None", self.stack.made("task"))
        if name == "task" and argument is None and (task is None or task.task_id is None):
            machine = self.terminal.machine()
            active = machine.active_task if machine else None
            if active is None:
                self.say(self.tr("No task is running here: open one from the queue."), "warn")
                name = "home"
            else:
                argument = active.task.id
        screen = self.stack.named(name)
        self.overlay.dismiss()
        self.stack.setCurrentWidget(screen)
        self.rail.set_current(name)
        screen.shown(argument)

    def chosen(self, name: str) -> None:
        """A person picked a screen from the menu: what was said on the last one (a result, an error) goes."""
        if self.stack.made(name) is not self.current():
            self.prompt()
        self.go(name)

    def prompt(self) -> None:
        """The standing line under every screen when there is nothing else to say."""
        self.say(self.tr("Scan a badge, lot, machine or pallet label at any time."), "info")

    def show_more(self, names: list[str]) -> None:
        panel = MorePanel([(n, screen_title(n)) for n in names], self.chosen)
        self.overlay.present(self.tr("More"), panel, close=True)  # a menu: nothing in progress, a scan closes it

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
        """Read the station, the sync state, the devices and the print queue again."""
        self.terminal.refresh()
        self.poll()

    def poll(self) -> None:
        """Read the sync state, the devices and the print queue again."""
        self.poll_sync()
        self.devices.poll()
        if self.print_queue is not None:
            self.print_queue.poll()

    @property
    def sync(self) -> SyncReport | None:
        """The sync state last read (None: this station does not sync, or not read yet)."""
        return self.sync_watch.report

    def poll_sync(self) -> None:
        self.sync_watch.poll()

    def _on_sync(self, report: SyncReport | None) -> None:
        self.status_bar.set_sync(report)
        self._take_server_config(getattr(report, "config", None))
        self._settings_live()

    def _take_server_config(self, outcome: object) -> None:
        """The server's settings for this station, as the station took them: a new mode is taken at once (the
        rest waits for a restart, as the status strip says)."""
        if outcome is None or outcome == self._config_seen:
            return
        self._config_seen = outcome
        mode = getattr(outcome, "mode", None)
        if mode and mode != self.terminal.mode:
            self.terminal.set_mode(mode)
            self.say(self.tr("The server set this terminal's mode: %s.") % mode_name(mode), "info")
        elif getattr(outcome, "restart", ()):
            self.say(self.tr("The server changed this station's settings: restart the terminal to use them."), "info")

    def _on_enrolment(self) -> None:
        self.sign_in.set_enrolled(self.enrolment.enrolled)
        if (settings := self._made_settings()) is not None:
            settings.refresh_server()

    def device_reports(self) -> list[DeviceStatus]:
        """Everything known about the devices now (``ui.device_watch``)."""
        self.devices.demo_panel = self.tr("demo panel") if self.demo_panel is not None else None
        return self.devices.reports()

    def _show_devices(self) -> None:
        self.status_bar.set_devices(self.device_reports())
        self._settings_live()

    def _made_settings(self) -> SettingsScreen | None:
        """The settings screen when somebody opened it (one nobody opened has nothing on screen to update)."""
        return cast("SettingsScreen | None", self.stack.made("settings"))

    def _settings_live(self) -> None:
        if (settings := self._made_settings()) is not None:
            settings.refresh_live()

    def _on_view(self, view: StationView) -> None:
        self._view_timer.start()  # (restarted: the next reading is due REFRESH_SECONDS after this one)
        self._show_people()
        self._show_machine()
        self.current().on_view(view)
        if not self._context_restored:
            self._context_restored = True
            self.people.restore_after_start(view)

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
        """From the wedge filter, a serial or camera reader (through the bridge), or the demo panel."""
        self.idle.poke()
        if read_enrolment_code(event.raw) is not None:
            self.toast.read(event.raw)
            self.enrolment.take(event.raw)
            return
        # The database thread starts on the scan first; what was read is shown while it works (in the same turn
        # of the event loop, so before any answer comes back).
        self.outcomes.take(event.raw, event.aim)
        self.toast.read(event.raw)

    def route(self, item: Identified) -> None:
        """Carry out what the routing table says the scan does (``ui.scan_outcomes``)."""
        self.outcomes.route(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Keys no field took (nothing to type into is open): never dropped without a word."""
        self.stray_typing.key(event.text())
        super().keyPressEvent(event)

    def _say_stray(self, text: str) -> None:
        self.say(text, "warn")
        self.toast.refused(text)

    # --- looking into a device ----------------------------------------------------------------------------

    def show_device(self, kind: str) -> None:
        """The printer's queue or the camera's picture, over the current screen."""
        if kind == "printer":
            from floorstation.ui.screens.print_jobs import PrintJobsPanel

            self.overlay.present(self.tr("Print queue"), PrintJobsPanel(self.terminal), close=True)
            return
        from floorstation.ui.screens.camera_panel import CameraPanel

        panel = CameraPanel(self.registry)
        panel.use_scan.connect(self._use_camera_scan)
        self.overlay.present(self.tr("Camera"), panel, close=True)

    def _use_camera_scan(self, item: Identified) -> None:
        """ "Use this scan": the person asked for it, so a supplier's label is received now, not kept."""
        self.overlay.dismiss()
        if item.kind == "label":
            self.receive_label(item)
        else:
            self.route(item)

    def _on_mode_changed(self, mode: str) -> None:
        """Switched in the settings: the status bar says it, and people land on the mode's screen from now on."""
        self.status_bar.set_mode(mode_name(mode))
        if mode == "goods_in" and "goods_in" not in self.rail.buttons:
            self.rail.add("goods_in", screen_title("goods_in"))
        self.say(self.tr("This terminal is a %s now.") % mode_name(mode), "ok")

    def receive_label(self, item: Identified) -> None:
        """A kept supplier's label the person asked to receive: goods-in over the current screen."""
        self.kept_labels.forget(item)
        if self.terminal.mode == "goods_in" or self.current() is self.stack.made("goods_in"):
            self.go("goods_in")
            self.goods_in.accept_scan(item)
            return
        self.overlay.present(self.tr("Goods in: %s") % item.label, GoodsInPanel(self.terminal, item), cancel=False)

    # --- who acts ------------------------------------------------------------------------------------------

    def ask_to_act(self, operator_id: str) -> None:
        """A signed-in person's name was tapped (``ui.who_acts``)."""
        self._show_people()
        self.who_acts.ask(operator_id)

    # --- what only an admin may do ------------------------------------------------------------------------

    def ask_admin_settings(self) -> None:
        self.admin.ask_settings()

    def ask_admin_close(self) -> None:
        self.admin.ask_close()

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
        """Stop timers, the device subscriptions, the print worker and the database thread (finishing a write in
        progress)."""
        self._refresh_timer.stop()
        self._view_timer.stop()
        self.sync_watch.stop()
        self._clock_timer.stop()
        self.people_timer.stop()
        self.devices.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.tap_guard)
        if self.print_queue is not None:
            self.print_queue.stop()
        self.bridge.close()
