"""What every screen shares: the core context, the bridge, who is acting, which machine, the station view.

Screens never talk to each other; they read and change this object, and the main window wires it to the
status bar, the navigation and the scan router.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from floorstation.app import views
from floorstation.app.context import StationContext
from floorstation.app.status import NamedPrinter
from floorstation.app.views import MachineView, StationView
from floorstation.config import StationConfig
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator, Role
from floorstation.ui.bridge import Bridge
from floorstation.ui.error_texts import error_sentence
from floorstation.ui.widgets.overlay import Overlay

if TYPE_CHECKING:
    from floorstation.ui.print_queue import PrintQueue


def mode_name(mode: str) -> str:
    """A station mode in the terminal's language."""
    names = {
        "production": QCoreApplication.translate("mode", "Production station"),
        "goods_in": QCoreApplication.translate("mode", "Goods-in station"),
        "dispatch": QCoreApplication.translate("mode", "Dispatch station"),
    }
    return names.get(mode, mode)


REFRESH_AFTER_ANSWER_MS = 50
"""After a badge's answer is shown the whole station is read again this much later: started at once, that read
would hold the interpreter while the screen draws the answer (nobody notices what changed elsewhere 50 ms later)."""


class ScreenContext(QObject):
    """Signals:
    view_changed(StationView): a fresh reading of the station arrived.
    active_changed(): a different operator acts now (or nobody).
    machine_changed(): the terminal switched machine.
    navigate(str, object): a screen asked to show another screen (name, argument).
    message(str, str): something to tell the person (text, level: info / ok / warn / error).
    mode_changed(str): the station's mode was switched in the settings (production, goods_in, dispatch).
    """

    view_changed = Signal(object)
    active_changed = Signal()
    machine_changed = Signal()
    navigate = Signal(str, object)
    message = Signal(str, str)
    mode_changed = Signal(str)

    def __init__(
        self,
        ctx: StationContext,
        config: StationConfig,
        bridge: Bridge,
        overlay: Overlay,
        *,
        print_queue: PrintQueue | None = None,
        printers: Sequence[NamedPrinter] = (),
    ) -> None:
        super().__init__(bridge)
        self.ctx = ctx
        self.config = config
        self.bridge = bridge
        self.overlay = overlay
        self.print_queue = print_queue
        """Cards go through the station's print queue; None: no printing here (cards are recorded by hand)."""
        self.printers = list(printers)
        self.view: StationView | None = None
        self.active: str | None = None
        self.machine_id: str | None = config.machines[0] if config.machines else None
        self.mode = config.mode
        """What this terminal is for (``station.toml`` ``mode``, switched in the settings): its start screen."""

    # --- running core calls ---------------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        error: Callable[[FloorstationError], None] | None = None,
        refresh: bool = True,
        **kwargs: Any,
    ) -> None:
        """Call ``fn(ctx, *args, **kwargs)`` on the database thread; then ``done(result)`` and a refresh."""

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            if refresh:
                self.refresh()

        self.bridge.submit(fn, self.ctx, *args, on_done=finished, on_error=error, **kwargs)

    def refresh(self) -> None:
        self.bridge.submit(views.station_view, self.ctx, self.config.machines, on_done=self.show_view)

    def refresh_soon(self) -> None:
        """:meth:`refresh` once what was just shown is drawn (after a scan's answer, ``REFRESH_AFTER_ANSWER_MS``)."""
        self.bridge.submit_later(
            REFRESH_AFTER_ANSWER_MS, views.station_view, self.ctx, self.config.machines, on_done=self.show_view
        )

    def show_view(self, view: StationView) -> None:
        """The station as read on the database thread, for every screen (after a refresh, or with a scan)."""
        self.view = view
        if self.machine_id is None or view.machine(self.machine_id) is None:
            self.machine_id = view.machines[0].machine.id if view.machines else None
        # Who acts is decided in app/acting.py (a proof: sign-in, badge scan, PIN); the screen shows it.
        acting = self.ctx.proofs.acting
        self.set_active(acting if any(o.id == acting for o in view.signed_in) else None)
        self.view_changed.emit(view)

    # --- who acts, on which machine -------------------------------------------------------------------------

    def set_active(self, operator_id: str | None) -> None:
        """Show who acts: only after app/acting.py (or signing in) made them the one who acts."""
        if operator_id != self.active:
            self.active = operator_id
            self.active_changed.emit()

    def active_operator(self) -> Operator | None:
        return self.view.operator(self.active) if self.view else None

    def acting(self) -> str | None:
        """The operator id actions are recorded for; says what to do and returns None when nobody is."""
        if self.active is None:
            self.say(self.tr("Scan your badge first (or sign in with your name and PIN)."), "warn")
        return self.active

    def active_has(self, role: Role) -> bool:
        operator = self.active_operator()
        return operator is not None and operator.has_role(role)

    def set_machine(self, machine_id: str) -> None:
        if machine_id != self.machine_id:
            self.machine_id = machine_id
            self.machine_changed.emit()

    def machine(self) -> MachineView | None:
        return self.view.machine(self.machine_id) if self.view else None

    # --- telling the person ----------------------------------------------------------------------------------

    def say(self, text: str, level: str = "info") -> None:
        self.message.emit(text, level)

    def show_error(self, error: FloorstationError) -> None:
        self.say(error_sentence(error), "error")

    def go(self, screen: str, argument: object = None) -> None:
        self.navigate.emit(screen, argument)

    def start_screen(self) -> str:
        """Where people land after signing in: the screen of the station's mode."""
        return {"goods_in": "goods_in", "dispatch": "dispatch"}.get(self.mode, "home")

    def go_start(self) -> None:
        self.go(self.start_screen())

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)
