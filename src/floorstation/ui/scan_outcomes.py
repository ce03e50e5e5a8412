"""What a scan does, carried out on the window: the routing table (``app.scan_routing``) says what a scan means
where the terminal is (screen, panel, mode, who acts); this puts its outcome into effect on the screens, the
panel over them, the message line and the scan toast."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from floorstation.app import scan_routing, scans
from floorstation.app.lookup import Identified
from floorstation.app.scan_routing import Action, Outcome, Panel, Reason, Situation
from floorstation.ui.error_texts import error_sentence, stored_error_text
from floorstation.ui.screens.goods_in_panel import GoodsInPanel

if TYPE_CHECKING:
    from floorstation.ui.main_window import MainWindow
    from floorstation.ui.screens.task import TaskScreen

log = logging.getLogger(__name__)


class ScanOutcomes:
    """Carries out the routing table's answer for each scan identified (the window's words: context MainWindow)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def take(self, raw: str, aim: str | None) -> None:
        """A scan came: one trip to the database thread identifies it and, for a badge that signs its person in,
        signs them in and says who is signed in now (``app.scans``; the whole station only while the screen
        shows none yet); the rest is carried out when it is back."""
        window = self.window
        terminal = window.terminal
        window.bridge.submit(
            scans.take,
            terminal.ctx,
            raw,
            aim,
            self.situation(),
            terminal.config.machines,
            badge_signs_in=not terminal.config.pin_with_badge,
            full_view=terminal.view is None,
            consume_into=self._consume_into(),
            on_done=self.taken,
        )

    def _consume_into(self) -> tuple[str, str] | None:
        """The task a lot scanned now would go into and who acts, when the screen would then ask its quantity."""
        window = self.window
        operator = window.terminal.active
        task = self._task_screen()
        if operator is None or (task is not None and task.next_qty is not None):
            return None
        if task is not None and window.current() is task and task.task_id is not None:
            return task.task_id, operator
        machine = window.terminal.machine()
        active = machine.active_task if machine else None
        return (active.task.id, operator) if active is not None else None

    def _task_screen(self) -> TaskScreen | None:
        """The task screen if somebody opened it (one never opened has no task open and asks no quantity)."""
        return cast("TaskScreen | None", self.window.stack.made("task"))

    def taken(self, scan: scans.TakenScan) -> None:
        """Back from the database thread: what the badge did is shown; anything else is routed as it is now."""
        if not scan.done:
            self.route(scan.item, scan.consume)
            return
        window = self.window
        if scan.signed_in is not None:
            # The status bar has the person when the message line says it.
            terminal = window.terminal
            view = scan.view
            if view is not None:
                terminal.show_view(view)
            elif terminal.view is not None and (
                changed := terminal.view.signing_in(scan.signed_in, scan.signed_in_ids)
            ):
                terminal.show_view(changed)
            window.sign_in.signed_in(scan.signed_in)
            if view is None:  # what else changed meanwhile (a mark raised elsewhere, the plant's news) follows
                terminal.refresh_soon()
        elif scan.refused is not None:
            window.terminal.show_error(scan.refused)

    def situation(self, item: Identified | None = None) -> Situation:
        """What the routing table needs to know about the terminal right now (``kind``: the item's, else to be
        filled in once the scan is identified)."""
        window = self.window
        overlay = window.overlay
        panel = overlay.panel if overlay.isVisible() else None
        state = Panel.NONE
        if panel is not None:
            state = Panel.VIEW if overlay.only_shows else Panel.IN_PROGRESS
        operator = window.terminal.active_operator()
        machine = window.terminal.machine()
        active = machine.active_task if machine else None
        screen = window.current()
        task = self._task_screen()
        return Situation(
            kind=item.kind if item is not None else "unknown",
            screen=screen.name,
            mode=window.terminal.mode,
            panel=state,
            panel_takes=frozenset(getattr(panel, "scan_kinds", ())),
            roles=scan_routing.roles_of(operator.roles if operator is not None else None),
            task_open=task is not None and screen is task and task.task_id is not None,
            task_running=active is not None and active.state.status == "running",
        )

    def route(self, item: Identified, asked: scans.ConsumeAsked | None = None) -> None:
        """Carry out what the routing table says the scan does (``asked``: what a lot going into a task asks,
        read with the scan)."""
        outcome = scan_routing.route(self.situation(item))
        log.debug("scan %r (%s) on %s: %s", item.raw, item.kind, self.window.current().name, outcome)
        self.carry_out(outcome, item, asked)

    def carry_out(self, outcome: Outcome, item: Identified, asked: scans.ConsumeAsked | None = None) -> None:
        window = self.window
        action = outcome.action
        if action is Action.REFUSE:
            self._refuse(outcome.reason or Reason.NOT_RECOGNISED, item)
        elif action is Action.TO_PANEL:
            taker = getattr(window.overlay.panel, "accept_scan", None)
            if taker is not None:
                taker(item)
        elif action is Action.QUEUE_LABEL:
            self._keep_label(item)
        elif action is Action.BADGE:
            window.sign_in.badge_scanned(item)
        elif action is Action.SWITCH_MACHINE:
            window.terminal.set_machine(item.key)
            window.say(QCoreApplication.translate("MainWindow", "This terminal now shows %s.") % item.label, "ok")
            window.go("home")
        elif action is Action.OPEN_TASK:
            window.go("task", item.key)
        elif action is Action.CONSUME:
            self._consume(item, asked)
        elif action is Action.TRACE:
            self._on_screen("trace", item, argument=item.key)
        elif action is Action.QUALITY_LOT:
            self._on_screen("quality", item, argument=item.key)
        elif action is Action.PALLET_LOT or action is Action.OPEN_PALLET:
            self._on_screen("pallet", item)
        elif action is Action.LOAD_PALLET:
            self._on_screen("dispatch", item)
        elif action is Action.RECEIVE:
            self._on_screen("goods_in", item)

    def _on_screen(self, name: str, item: Identified, *, argument: object = None) -> None:
        """The screen ``name`` takes the scan: shown with it as argument, or handed it once shown."""
        window = self.window
        if window.current().name != name:
            window.go(name, argument)
            if argument is not None:
                return
        window.screens[name].accept_scan(item)

    def _consume(self, item: Identified, asked: scans.ConsumeAsked | None = None) -> None:
        window = self.window
        if window.current() is not window.task or window.task.task_id is None:
            machine = window.terminal.machine()
            active = machine.active_task if machine else None
            if active is None:
                return
            window.go("task", active.task.id)
        window.task.consume(item.key, asked=asked)

    def _refuse(self, reason: Reason, item: Identified) -> None:
        if reason is Reason.NOT_RECOGNISED:
            text = QCoreApplication.translate("MainWindow", "Scan not recognised: %s") % stored_error_text(item.problem)
        else:
            text = error_sentence(scan_routing.refusal(reason, item.key or item.raw))
        self.window.say(text, "error")
        self.window.toast.refused(text)

    def _keep_label(self, item: Identified) -> None:
        """A supplier's label the person did not ask to receive now: kept, with a notice they can tap."""
        window = self.window
        shown = window.overlay.panel if window.overlay.isVisible() else None
        if isinstance(shown, GoodsInPanel) and shown.accept_scan(item):
            return  # the label being received right now
        window.kept_labels.keep(item)
        text = QCoreApplication.translate(
            "MainWindow", "Supplier label %s kept for goods in: tap it below the screen when you want to receive it."
        ) % (item.label)
        window.say(text, "info")
        window.toast.show_text(text, "ok")
