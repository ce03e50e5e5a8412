"""Who is still at the terminal: every half minute a look at the people signed in (a shift that ended signs
everyone out; someone not seen for the idle time is signed out while others work on), the whole terminal left
untouched, and the first look after a start, when the one person still signed in acts again on a proof restored
by ``app.acting`` and finds their task open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from floorstation.app import acting, operators
from floorstation.app.views import StationView

if TYPE_CHECKING:
    from floorstation.ui.main_window import MainWindow

#: How often the terminal looks whether a shift ended or someone was not seen for the idle time (milliseconds).
PEOPLE_CHECK_MS = 30_000


class PeopleWatch(QObject):
    """The people timer and what the terminal says when it signs people out or brings one back after a start."""

    def __init__(self, window: MainWindow, idle_seconds: float) -> None:
        super().__init__(window)
        self.window = window
        self.idle_seconds = idle_seconds
        ctx = window.terminal.ctx
        self._shift_checked = ctx.now()
        self.timer = QTimer(self)
        self.timer.setInterval(PEOPLE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        if ctx.rules.shift_ends or idle_seconds > 0:
            self.timer.start()

    def names(self, operator_ids: list[str]) -> str:
        view = self.window.terminal.view
        found = [view.operator(i) if view else None for i in operator_ids]
        return ", ".join(o.name if o else i for o, i in zip(found, operator_ids, strict=True))

    def on_idle(self) -> None:
        """Nobody touched the terminal for the idle time: everyone is signed out."""
        window = self.window

        def done(left: list[str]) -> None:
            window.terminal.set_active(None)
            if left:
                text = QCoreApplication.translate("MainWindow", "Signed out after no one touched the terminal: %s.")
                window.say(text % self.names(left), "info")
            window.go("sign_in")

        window.terminal.run(operators.sign_out_idle, done=done)

    def check(self) -> None:
        """Every half minute: a shift that ended since the last look signs everyone out; someone not seen for the
        idle time is signed out even while others use the terminal."""
        window = self.window
        terminal = window.terminal
        since, until = self._shift_checked, terminal.ctx.now()
        self._shift_checked = until

        def shift_done(left: list[str]) -> None:
            if left:
                terminal.set_active(None)
                window.say(
                    QCoreApplication.translate(
                        "MainWindow", "The shift ended: everyone was signed out. Scan your badge to sign in."
                    ),
                    "info",
                )
                window.go("sign_in")

        def idle_done(left: list[str]) -> None:
            if left:
                text = QCoreApplication.translate("MainWindow", "Signed out after a while without being seen here: %s.")
                window.say(text % self.names(left), "info")

        terminal.run(operators.sign_out_at_shift_end, since, until, done=shift_done)
        if self.idle_seconds > 0:
            terminal.run(operators.sign_out_inactive, self.idle_seconds, done=idle_done)

    def restore_after_start(self, view: StationView) -> None:
        """The first reading after a start (a restart after a crash, a power cut): people still signed in find the
        terminal as they left it when it can tell (``app.acting.restore_after_start``: the one person signed in
        acts again, here on the task they work on), and are told in one line what to do when it cannot."""
        window = self.window
        terminal = window.terminal
        restored = acting.restore_after_start(terminal.ctx, [o.id for o in view.signed_in])
        if restored is None:
            if terminal.active is None and len(view.signed_in) > 1:
                names = ", ".join(o.name.split()[0] for o in view.signed_in)
                text = QCoreApplication.translate(
                    "MainWindow",
                    "Still signed in after the restart: %s. Tap your name at the top to act, then open your task.",
                )
                window.say(text % names, "warn")
            return
        person = view.operator(restored.operator_id)
        if person is None:
            return
        terminal.set_active(person.id)
        working = [
            (machine, item)
            for machine in view.machines
            for item in machine.queue
            if item.state.status in ("running", "paused") and person.id in item.state.crew
        ]
        working.sort(key=lambda found: found[0].machine.id != terminal.machine_id)
        if working:
            machine, item = working[0]
            terminal.set_machine(machine.machine.id)
            window.go("task", item.task.id)
            text = QCoreApplication.translate("MainWindow", "Back after a restart: %s, your task %s is open.")
            window.say(text % (person.name, item.task.id), "ok")
        else:
            terminal.go_start()
            text = QCoreApplication.translate("MainWindow", "Back after a restart: %s is still signed in.")
            window.say(text % person.name, "ok")
