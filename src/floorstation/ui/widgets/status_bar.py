"""The always-visible strip: machine and its status, who is signed in, sync state and device health."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from floorstation import __version__
from floorstation.app.status import LocalSync, SyncReport
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.errors import Said
from floorstation.domain.master import Operator
from floorstation.domain.versions import is_behind
from floorstation.ui.error_texts import say, stored_error_text
from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.fixed_lines import FixedLines
from floorstation.ui.widgets.layouts import discard

_DEVICE_COLOURS = {
    "ready": "#7fd08f",
    "listening": "#9ccaff",
    "configured": "#9ccaff",
    "offline": "#ffd166",
    "error": "#ff8a80",
    "not_configured": "#aab4bf",
}
MACHINE_CHIP_MIN = 250
#: Seconds a request may wait for the server's answer before the strip stops saying "online".
ANSWER_LATE_S = 3.0
_SCANNER_KINDS = {"scanner", "wedge", "serial", "evdev"}
#: How each device state (``domain.devices.DeviceState``) looks on the strip (the theme's ``device`` looks).
_STATES = {
    DeviceState.CONNECTED: "ready",
    DeviceState.LISTENING: "listening",
    DeviceState.CONFIGURED: "configured",
    DeviceState.DISCONNECTED: "offline",
    DeviceState.ERROR: "error",
}
#: With several scanners, the best state wins (one working scanner is enough to scan).
_RANK = {"not_configured": 0, "error": 1, "offline": 2, "configured": 3, "listening": 4, "ready": 5}


def device_state(report: DeviceStatus) -> str:
    """The state as the screen words it. A keyboard wedge is "listening", never "ready": it cannot know whether a
    scanner is plugged in, only that keys are being watched."""
    state = _STATES.get(DeviceState(report.state), "error")
    return "listening" if report.kind == "wedge" and state == "ready" else state


def device_detail(kind: str, detail: str) -> str:
    """A device's detail as the screen shows it. The devices layer words details in English; the few fixed ones
    (a keyboard wedge's, a reader not started yet) are said in the terminal's language, the rest as they come."""
    if kind == "wedge":
        return QCoreApplication.translate("devices", "keyboard")
    if detail == "not started":
        return QCoreApplication.translate("devices", "not started")
    if isinstance(detail, Said) and "device" in detail.params and (known := say(detail.code, detail.params)):
        return f"{detail.params['device']}: {' '.join(known).strip()}"
    said = stored_error_text(detail)
    if said == detail and ": " in detail:  # a printer's "name: its last error"
        name, _, error = detail.partition(": ")
        said = f"{name}: {stored_error_text(error)}"
    return said


class FittingLine(QLabel):
    """A line said in the longest of its forms that fits its width (the strip's width is the screen's, not the
    words'); the shortest form is shown when none fits."""

    def __init__(self) -> None:
        super().__init__("")
        self._forms: list[tuple[str, str]] = []

    def set_forms(self, forms: Sequence[tuple[str, str]]) -> None:
        """``forms``: (rich text, the words it shows), longest first."""
        self._forms = list(forms)
        self._choose()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._choose()

    def _choose(self) -> None:
        if not self._forms:
            self.setText("")
            return
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        fitting = (html for html, words in self._forms if metrics.horizontalAdvance(words) <= room)
        text = next(fitting, self._forms[-1][0])
        if text != self.text():
            self.setText(text)


class StatusBar(Retranslating, QFrame):
    """Signals:
    machine_tapped(): the machine chip was tapped (to switch machine).
    operator_tapped(str): a signed-in operator's chip was tapped (they act from now on).
    more_tapped(): the "+N" chip (more people signed in than fit) was tapped.
    device_tapped(str): a device's health button was tapped ("printer": the print queue, "camera": its picture).
    """

    machine_tapped = Signal()
    operator_tapped = Signal(str)
    more_tapped = Signal()
    device_tapped = Signal(str)

    #: Chips shown at most; the rest are summed up in a "+N" chip that leads to the sign-in screen.
    MAX_CHIPS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.machine_chip = BigButton("", height=64)
        self.machine_chip.setFixedWidth(MACHINE_CHIP_MIN)
        self.machine_chip.clicked.connect(self.machine_tapped)
        self._operator_box = QHBoxLayout()
        self._operator_box.setSpacing(8)
        self._operator_group = QButtonGroup(self)
        self._chips: dict[str, BigButton] = {}
        self._machine: tuple[str, str, str] | None = None
        self._operators_shown: object = None
        """Who was last shown, who acted and the bar's width then (the same again: nothing to redraw)."""
        self._sync: SyncReport | None = None
        self._devices: list[DeviceStatus] = []
        # Set smaller on a narrow screen rather than making the window wider than the screen.
        self.nobody = FixedLines(lines=1, min_px=14)
        set_look(self.nobody, role="subtitle")
        self._operator_box.addWidget(self.nobody)
        self.clock = QLabel("")
        set_look(self.clock, role="subtitle")
        # A device that can be looked into has a button coloured by its health (shown once it is set up).
        self.device_buttons: dict[str, BigButton] = {}
        for kind in ("camera", "printer"):
            button = BigButton("", kind="device")
            button.clicked.connect(lambda _=False, k=kind: self.device_tapped.emit(k))
            button.hide()
            self.device_buttons[kind] = button
        self._operators: tuple[list[Operator], str | None] = ([], None)

        self.machine_name = QLabel("")
        self.machine_name.setObjectName("statusLine")
        # The name may be cut short on a narrow screen; the chip above still says which machine it is.
        self.machine_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.more = BigButton("", kind="chip")
        self.more.hide()
        self.more.clicked.connect(self.more_tapped)
        self.sync_label = QLabel("")
        # Shown while the plant runs a newer version than this terminal, or the server's settings wait for a restart.
        self.notice = QLabel("")
        set_look(self.notice, sync="offline")
        self.notice.setMinimumWidth(40)  # cut short rather than widen the window (the tooltip says it in full)
        self.notice.hide()
        # Shown only while this terminal's clock is further off the server's than its limit (clock_warning_minutes).
        self.clock_warning = QLabel("")
        set_look(self.clock_warning, sync="refused")
        self.clock_warning.hide()
        # The devices as long as there is room: working ones by name alone and the reasons left out on a narrow
        # screen (the whole report stays in the tooltip).
        self.devices_label = FittingLine()
        self.devices_label.setObjectName("statusLine")
        # Never wider than the screen: on the narrowest one the strip is cut rather than the window made wider.
        self.devices_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.devices_label.setMinimumWidth(300)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.machine_chip)
        top.addLayout(self._operator_box)
        top.addStretch(1)
        for button in self.device_buttons.values():
            top.addWidget(button)
        top.addWidget(self.notice)
        top.addWidget(self.clock_warning)
        top.addWidget(self.clock)
        bottom = QHBoxLayout()
        bottom.setSpacing(18)
        self.mode_label = QLabel("")
        self.mode_label.setObjectName("statusLine")
        bottom.addWidget(self.mode_label)
        bottom.addWidget(self.machine_name, 2)
        bottom.addWidget(self.sync_label)
        bottom.addWidget(self.devices_label, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.nobody.setText(self.tr("Nobody signed in: scan your badge"))
        if self._machine is not None:
            self.set_machine(*self._machine, again=True)
        self.set_sync(self._sync)
        self.set_devices(self._devices)

    def set_machine(self, code: str, name: str, status: str, *, again: bool = False) -> None:
        """``again``: redraw also when nothing changed (the language did)."""
        if (code, name, status) == self._machine and not again:
            return  # a fresh reading of the same machine: nothing to lay out or draw again
        self._machine = (code, name, status)
        words = {
            "running": self.tr("RUNNING"),
            "idle": self.tr("IDLE"),
            "paused": self.tr("PAUSED"),
            "down": self.tr("OUT OF ORDER"),
        }
        self.machine_chip.setText(f"{code} · {words.get(status, status.upper())}")
        # As wide as its longest state: the chips beside it do not move when the machine starts or stops.
        metrics = self.machine_chip.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"{code} · {word}") for word in words.values())
        self.machine_chip.setFixedWidth(max(MACHINE_CHIP_MIN, widest + 40))
        self.machine_chip.setToolTip(name)
        self.machine_name.setText(name)
        set_look(self.machine_chip, status=status)

    def set_operators(self, operators: Sequence[Operator], active: str | None) -> None:
        shown_for = ([(o.id, o.name) for o in operators], active, self.width())
        if shown_for == self._operators_shown:
            # The same people, the same one acting, the same room: nothing to lay out again; but a tap may have
            # checked another chip (a name tapped asks for that person's badge first), so the checks are set again.
            self._check(active)
            return
        self._operators_shown = shown_for
        self._operators = (list(operators), active)
        shown = list(operators)
        if len(shown) > self.MAX_CHIPS:
            keep = [o for o in shown if o.id == active][:1]
            shown = keep + [o for o in shown if o.id != active][: self.MAX_CHIPS - 1 - len(keep)]
        wanted = [o.id for o in shown]
        if wanted != list(self._chips):
            for chip in self._chips.values():
                self._operator_group.removeButton(chip)
            discard(*self._chips.values())
            self._chips = {}
            for operator in shown:
                chip = BigButton(operator.name.split()[0], kind="chip", checkable=True)
                chip.setToolTip(operator.name)
                chip.clicked.connect(lambda _=False, oid=operator.id: self.operator_tapped.emit(oid))
                self._operator_group.addButton(chip)
                self._operator_box.addWidget(chip)
                self._chips[operator.id] = chip
            self._operator_box.removeWidget(self.more)
            self._operator_box.addWidget(self.more)
        self._check(active)
        self.nobody.setVisible(not operators)
        self._fit_chips(len(operators))

    def _check(self, active: str | None) -> None:
        """The acting person's chip checked, no other."""
        if all(chip.isChecked() == (operator_id == active) for operator_id, chip in self._chips.items()):
            return
        # Not exclusive while the checks are set: with nobody acting, no chip may stay checked.
        self._operator_group.setExclusive(False)
        for operator_id, chip in self._chips.items():
            chip.setChecked(operator_id == active)
        self._operator_group.setExclusive(True)

    def _fit_chips(self, signed_in: int) -> None:
        """Show the chips that fit next to the machine, the device buttons and the clock; the rest are in "+N"
        (never the active person's chip)."""
        spacing = 10
        taken = self.machine_chip.width() + self.clock.sizeHint().width() + 40
        for warning in (self.clock_warning, self.notice):
            if not warning.isHidden():
                taken += warning.sizeHint().width() + spacing
        taken += sum(b.sizeHint().width() + spacing for b in self.device_buttons.values() if not b.isHidden())
        room = self.width() - taken - self.more.sizeHint().width() - spacing
        active = self._operators[1]
        order = sorted(self._chips.items(), key=lambda item: item[0] != active)
        visible = 0
        for _operator_id, chip in order:
            width = chip.sizeHint().width() + spacing
            fits = room >= width or visible == 0
            chip.setVisible(fits)
            if fits:
                room -= width
                visible += 1
        self.more.setText(f"+{signed_in - visible}")
        self.more.setVisible(signed_in > visible)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_chips(len(self._operators[0]))

    def chip(self, operator_id: str) -> BigButton:
        return self._chips[operator_id]

    def set_mode(self, text: str) -> None:
        """What the station is for (its mode), in words."""
        self.mode_label.setText(text)

    def set_time(self, text: str) -> None:
        self.clock.setText(text)

    def set_sync(self, status: SyncReport | None) -> None:
        """Online only while the server answers: a request waiting longer than ``ANSWER_LATE_S`` says the server is
        not answering (a hung server accepts the connection and says nothing); what waits to go up is always
        counted."""
        self._sync = status
        pending = status.pending if status is not None else 0
        waited = getattr(status, "waiting_s", None)
        if status is None:
            text, look, why = self.tr("sync not set up"), "offline", ""
        elif waited is not None and waited >= ANSWER_LATE_S:
            text = self.tr("server not answering · %n to send", "", pending)
            look = "offline"
            why = self.tr("Waiting %1 s for the server's answer.").replace("%1", str(int(waited)))
        elif status.online:
            text = self.tr("online · %n to send", "", pending) if pending else self.tr("online")
            look, why = "online", ""
            # Online with a problem: the server refused the oldest events (kept here until it takes them).
            refusal = None if isinstance(status, LocalSync) else getattr(status, "last_error", None)
            if refusal:
                text, look, why = self.tr("Sync: refused – see settings"), "refused", stored_error_text(refusal)
        else:
            text = self.tr("offline · %n to send", "", pending) if pending else self.tr("offline")
            look = "offline"
            why = stored_error_text(getattr(status, "last_error", None) or "")
        self.sync_label.setText(text)
        self.sync_label.setToolTip(why)
        set_look(self.sync_label, sync=look)
        self._show_clock(getattr(status, "clock_off_ms", None))
        self._show_notice(getattr(status, "plant_version", None), getattr(status, "config", None))

    def _show_notice(self, plant_version: str | None, config: object) -> None:
        """The plant runs a newer version (IT updates the package), or the server's settings for this station wait
        for the terminal to start again."""
        parts, why = [], []
        if is_behind(__version__, plant_version):
            parts.append(self.tr("Update due: %1").replace("%1", plant_version or ""))
            why.append(
                self.tr(
                    "This terminal runs %1; ask IT to update it. Nothing recorded here is lost by the update."
                ).replace("%1", __version__)
            )
        if getattr(config, "restart", ()):
            parts.append(self.tr("Restart due"))
            why.append(self.tr("The server changed this station's settings; they take effect when it starts again."))
        self.notice.setText(" · ".join(parts))
        self.notice.setToolTip("\n".join(why))
        self.notice.setVisible(bool(parts))
        self._fit_chips(len(self._operators[0]))

    def _show_clock(self, off_ms: int | None) -> None:
        """A clock far off makes the plant refuse this terminal's holds and releases: say so, and who fixes it."""
        self.clock_warning.setVisible(off_ms is not None)
        if off_ms is None:
            self._fit_chips(len(self._operators[0]))
            return
        minutes = round(abs(off_ms) / 60_000)
        if minutes < 2 * 24 * 60:
            text = self.tr("Clock is %n min off – call IT", "", minutes)
        else:
            text = self.tr("Clock is %n days off – call IT", "", round(minutes / (24 * 60)))
        self.clock_warning.setText(text)
        self.clock_warning.setToolTip(
            self.tr("The server does not take holds and releases from a terminal whose clock is this far off.")
        )
        self._fit_chips(len(self._operators[0]))

    def set_devices(self, devices: Sequence[DeviceStatus]) -> None:
        """One entry per kind; a kind nobody reports is "not configured" (never a made-up "ready")."""
        self._devices = list(devices)
        names = {"scanner": self.tr("Scanner"), "camera": self.tr("Camera"), "printer": self.tr("Printer")}
        states = {
            "ready": self.tr("ready"),
            "listening": self.tr("listening"),
            "configured": self.tr("set up"),
            "offline": self.tr("disconnected"),
            "error": self.tr("error"),
            "not_configured": self.tr("not configured"),
        }
        shown: dict[str, tuple[str, str]] = {}
        for device in devices:
            kind = "scanner" if device.kind in _SCANNER_KINDS else device.kind
            state = device_state(device)
            if kind in names and (kind not in shown or _RANK[state] > _RANK[shown[kind][0]]):
                shown[kind] = (state, device_detail(device.kind, device.detail))
        tips = []
        full, named, short = [], [], []
        for kind, button in self.device_buttons.items():
            state = shown.get(kind, ("not_configured", ""))[0]
            button.setText(names[kind])
            button.setToolTip(f"{names[kind]}: {states[state]}")
            set_look(button, device=state)
            button.setVisible(state != "not_configured")
        for kind, name in names.items():
            state, detail = shown.get(kind, ("not_configured", ""))
            colour = _DEVICE_COLOURS[state]
            # A working device needs no explanation on the strip (its detail is in the tooltip and the settings);
            # one that is not working says why, as long as there is room.
            quiet = state in ("ready", "listening", "configured")
            text = states[state] + (f" ({detail})" if detail and not quiet else "")
            full.append((f"{escape(name)}: <span style='color:{colour}'>{escape(text)}</span>", f"{name}: {text}"))
            if quiet:
                ok = f"<span style='color:{colour}'>{escape(name)} ✓</span>", f"{name} ✓"
                named.append(ok)
                short.append(ok)
            else:
                named.append(full[-1])
                said = states[state]
                short.append((f"{escape(name)}: <span style='color:{colour}'>{escape(said)}</span>", f"{name}: {said}"))
            tips.append(f"{name}: {states[state]}" + (f" ({detail})" if detail else ""))
        # An optional device nobody set up (a camera, a printer) goes first when room is short.
        optional = [
            kind != "scanner" and shown.get(kind, ("not_configured", ""))[0] == "not_configured" for kind in names
        ]
        needed = [part for part, skip in zip(named, optional, strict=True) if not skip]
        shortest = [part for part, skip in zip(short, optional, strict=True) if not skip]
        forms = [full, named, needed, shortest]
        self.devices_label.set_forms(
            [(" · ".join(html for html, _ in form), " · ".join(words for _, words in form)) for form in forms]
        )
        self.devices_label.setToolTip("\n".join(tips))
        self._fit_chips(len(self._operators[0]))
