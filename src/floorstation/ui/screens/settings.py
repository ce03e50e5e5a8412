"""Settings (admin only, behind the admin's PIN): the station, its devices with their live state, the server and
sync, and the terminal's language.

What would fork the event log (the station id, the epoch) is shown and never changed here; the rest of the
station's configuration is in ``station.toml``, which the terminal reads at start. The language changes at once
(every screen is retranslated) and is remembered in ``station.toml`` when the terminal was given a way to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from floorstation import __version__
from floorstation.app.numbering import SsccRangeInUse, sscc_range_in_use
from floorstation.app.status import LocalSync, ServerInfo, SyncReport
from floorstation.config import MODES
from floorstation.domain.devices import DeviceStatus
from floorstation.domain.versions import is_behind
from floorstation.ui.error_texts import stored_error_text
from floorstation.ui.i18n import LANGUAGES, Translations
from floorstation.ui.screen_context import ScreenContext, mode_name
from floorstation.ui.screens.base import Screen
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.layouts import clear
from floorstation.ui.widgets.reason_grid import two_lines
from floorstation.ui.widgets.status_bar import device_detail, device_state


@dataclass
class SettingsSources:
    """Where the settings screen reads what it shows (all optional: a terminal without a sync worker, a device
    registry or a translations folder still shows the rest)."""

    devices: Callable[[], Sequence[DeviceStatus]]
    """The newest device reports (scanners, cameras, printers), as the status bar shows them."""
    sync: Callable[[], SyncReport | None]
    server: Callable[[], ServerInfo] | None = None
    """Read on the database thread (it reads the station's enrollment file)."""
    translations: Translations | None = None
    save_language: Callable[[str], None] | None = None
    """Remember the language for the next start (on the database thread: it writes station.toml)."""
    save_mode: Callable[[str], None] | None = None
    """Remember the station's mode for the next start (on the database thread: it writes station.toml)."""


def _page() -> tuple[QScrollArea, QGridLayout]:
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(4, 4, 10, 4)
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(8)
    grid.setColumnStretch(1, 1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    return scroll, grid


class SettingsScreen(Screen):
    """Signals:
    language_changed(str): the language was switched here (its code).
    device_tapped(str): the print queue ("printer") or the camera's picture ("camera") was asked for.
    """

    name = "settings"
    language_changed = Signal(str)
    device_tapped = Signal(str)

    def __init__(self, terminal: ScreenContext, sources: SettingsSources) -> None:
        super().__init__(terminal)
        self.sources = sources
        self.server: ServerInfo | None = None
        self.language_buttons: dict[str, BigButton] = {}
        self.mode_buttons: dict[str, BigButton] = {}
        self.sscc: SsccRangeInUse | None = None
        self.values: dict[str, QLabel] = {}
        """Every value shown, by a stable key (``station.id``, ``server.url`` ...), for tests and screenshots."""

        self.heading = QLabel("")
        set_look(self.heading, role="title")
        self.close_button = BigButton("", kind="primary")
        self.close_button.setMinimumWidth(150)
        self.close_button.clicked.connect(self.terminal.go_start)
        self.tabs: dict[str, BigButton] = {}
        group = QButtonGroup(self)
        tab_row = QHBoxLayout()
        tab_row.setSpacing(8)
        self.pages = QStackedWidget()
        self._grids: dict[str, QGridLayout] = {}
        for key in ("station", "devices", "server", "language", "mode"):
            button = BigButton("", checkable=True, expand=True)
            button.clicked.connect(lambda _=False, k=key: self.show_tab(k))
            group.addButton(button)
            tab_row.addWidget(button)
            self.tabs[key] = button
            scroll, grid = _page()
            self.pages.addWidget(scroll if key != "devices" else self._with_device_buttons(scroll))
            self._grids[key] = grid
        self.tabs["station"].setChecked(True)

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.close_button)
        body = QFrame()
        body.setProperty("panel", True)
        inner = QVBoxLayout(body)
        inner.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(tab_row)
        layout.addWidget(body, 1)
        self.retranslate()

    def _with_device_buttons(self, page: QWidget) -> QWidget:
        """The devices page opens the print queue and the camera's picture, as their buttons in the status bar do."""
        self.device_buttons: dict[str, BigButton] = {}
        row = QHBoxLayout()
        for kind in ("printer", "camera"):
            button = BigButton("", kind="flat", expand=True)
            button.clicked.connect(lambda _=False, k=kind: self.device_tapped.emit(k))
            row.addWidget(button)
            self.device_buttons[kind] = button
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(page, 1)
        return holder

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings (admin)"))
        self.close_button.setText(self.tr("Close"))
        names = {
            "station": self.tr("Station"),
            "devices": self.tr("Devices"),
            "server": self.tr("Server"),
            "language": self.tr("Language"),
            "mode": self.tr("Mode"),
        }
        for key, button in self.tabs.items():
            button.setText(names[key])
        self.device_buttons["printer"].setText(self.tr("Print queue"))
        self.device_buttons["camera"].setText(self.tr("Camera picture"))
        self.draw()

    def show_tab(self, key: str) -> None:
        self.tabs[key].setChecked(True)
        self.pages.setCurrentIndex(list(self.tabs).index(key))

    def shown(self, argument: object = None) -> None:
        self.show_tab("station")
        self.draw()
        if self.sources.server is not None:
            self.terminal.bridge.submit(self.sources.server, on_done=self._on_server)
        self.terminal.run(sscc_range_in_use, done=self._on_sscc, refresh=False)

    def _on_sscc(self, in_use: SsccRangeInUse) -> None:
        self.sscc = in_use
        self._draw_station()

    def refresh_server(self) -> None:
        """The station was enrolled (again) meanwhile: read where it syncs to."""
        if self.isVisible() and self.sources.server is not None:
            self.terminal.bridge.submit(self.sources.server, on_done=self._on_server)

    def _on_server(self, info: ServerInfo) -> None:
        self.server = info
        self.draw()

    # --- drawing ------------------------------------------------------------------------------------------

    def refresh_live(self) -> None:
        """A device's state or the sync state changed: redraw what shows them."""
        if self.isVisible():
            self._draw_devices()
            self._draw_server()

    def draw(self) -> None:
        self._draw_station()
        self._draw_devices()
        self._draw_server()
        self._draw_language()
        self._draw_mode()

    def _rows(self, page: str, rows: Sequence[tuple[str, str, str]], note: str = "") -> None:
        """``rows``: (key, what, value); ``value`` is plain text."""
        grid = self._grids[page]
        clear(grid)
        r = 0
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            set_look(label, role="hint")
            grid.addWidget(label, r, 0, 1, 2)
            r += 1
        for key, what, value in rows:
            name = QLabel(what)
            set_look(name, role="muted")
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            shown = QLabel(value or "–")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(name, r, 0)
            grid.addWidget(shown, r, 1)
            self.values[f"{page}.{key}"] = shown
            r += 1
        grid.setRowStretch(r, 1)

    def _draw_station(self) -> None:
        config = self.terminal.config
        locked = self.tr("locked: bound to the event log")
        rules = config.rules()
        rows = [
            ("id", self.tr("Station id"), f"{config.station_id}  ({locked})"),
            ("epoch", self.tr("Log epoch"), f"{config.epoch}  ({locked})"),
            ("name", self.tr("Name"), config.name),
            ("code", self.tr("Station code (goods-in lots)"), config.station_code),
            ("machines", self.tr("Machines"), ", ".join(config.machines) or self.tr("all")),
            ("sscc", self.tr("SSCC range"), self._sscc_text()),
            ("lots", self.tr("Lot codes"), config.lot_pattern),
            (
                "idle",
                self.tr("Idle sign-out"),
                self.tr("after %s s") % f"{config.idle_sign_out_seconds:g}"
                if config.idle_sign_out_seconds
                else self.tr("never"),
            ),
            ("pin", self.tr("PIN after a badge scan"), self.tr("yes") if rules.pin_with_badge else self.tr("no")),
        ]
        note = self.tr(
            "The station id and the epoch are part of every event this station recorded: changing them would fork "
            "its log, so they never change here. The rest is set in station.toml and read when the terminal starts."
        )
        if self.sscc is not None and self.sscc.shared_default:
            note = (
                self.tr(
                    "Warning: this station makes SSCCs from the default range of station.toml. Another station left "
                    "on it makes the same SSCCs: enroll this station with the server, which gives it a block of its "
                    "own."
                )
                + "\n\n"
                + note
            )
        self._rows("station", rows, note)

    def _sscc_text(self) -> str:
        if self.sscc is None:
            config = self.terminal.config
            return f"{config.company_prefix} · {config.sscc_first}–{config.sscc_last}"
        r = self.sscc.range
        where = (
            self.tr("given by the server at enrollment")
            if self.sscc.source == "enrollment"
            else self.tr("from station.toml: not enrolled")
        )
        return f"{r.extension} · {r.company_prefix} · {r.first_serial}–{r.last_serial} ({where})"

    def _draw_devices(self) -> None:
        reports = list(self.sources.devices())
        states = {
            "ready": self.tr("ready"),
            "listening": self.tr("listening"),
            "configured": self.tr("set up"),
            "offline": self.tr("disconnected"),
            "error": self.tr("error"),
            "not_configured": self.tr("not configured"),
        }
        kinds = {
            "wedge": self.tr("keyboard scanner"),
            "serial": self.tr("serial scanner"),
            "evdev": self.tr("USB scanner"),
            "scanner": self.tr("scanner"),
            "camera": self.tr("camera"),
            "printer": self.tr("printer"),
        }
        rows = []
        seen = set()
        for report in reports:
            device = str(getattr(report, "device_id", "") or report.kind)
            seen.add(device)
            state = states.get(device_state(report), report.state)
            detail = device_detail(report.kind, report.detail)
            text = f"{state} · {detail}" if detail else state
            rows.append((device, f"{device} ({kinds.get(report.kind, report.kind)})", text))
        config = self.terminal.config
        configured = config.configured_devices()
        unwatched = self.tr("not watched")
        for device, kind, where in configured:
            if device not in seen:
                text = f"{unwatched} · {device_detail(kind, where)}"
                rows.append((device, f"{device} ({kinds.get(kind, kind)})", text))
        for printer in self.terminal.printers:
            if printer.name not in seen:
                rows.append((printer.name, f"{printer.name} ({kinds['printer']})", printer.url))
        if not rows:
            rows.append(("none", self.tr("Devices"), self.tr("none set up in station.toml")))
        note = self.tr("Live states; scanners, cameras and printers are set up in station.toml.")
        self._rows("devices", rows, note)

    def _draw_server(self) -> None:
        info, sync = self.server, self.sources.sync()
        if info is None:
            enrolled = self.tr("checking …") if self.sources.server is not None else self.tr("unknown")
        else:
            enrolled = self.tr("yes") if info.enrolled else self.tr("no")
        rows = [
            ("url", self.tr("Server"), info.url if info and info.url else self.tr("none")),
            ("enrolled", self.tr("Enrolled"), enrolled),
        ]
        if sync is not None:
            last = getattr(sync, "last_sync_at", None)
            error = stored_error_text(getattr(sync, "last_error", None) or "")
            todo = ""
            if isinstance(sync, LocalSync):
                error = self.tr("No sync worker runs on this terminal.")
            elif error and sync.online:  # the server answers but refuses the oldest events
                todo = self.tr(
                    "Nothing is lost: the refused events stay on this station and are offered again every round, and "
                    "the events after them wait behind them. Tell the server admin what the server said above; sync "
                    "goes on by itself once the server takes them."
                )
            elif error:
                todo = self.tr(
                    "Nothing is lost: the events stay on this station and go up by themselves once the server "
                    "answers. If it lasts, check the network and ask IT whether the server is running."
                )
            rows += [
                ("online", self.tr("Connection"), self.tr("online") if sync.online else self.tr("offline")),
                ("pending", self.tr("Events not synced yet"), str(sync.pending)),
                ("last", self.tr("Last full sync"), f"{last:%Y-%m-%d %H:%M:%S}" if last else self.tr("never")),
                ("error", self.tr("Last problem"), error),
            ]
            if todo:
                rows.append(("todo", self.tr("What to do"), todo))
            rows += self._provisioning_rows(sync)
        else:
            rows.append(("online", self.tr("Connection"), self.tr("sync is not set up")))
        note = "" if info is None or info.enrolled else info.detail
        again = self.tr(
            "To enrol this station (again), scan the QR code the office shows for it while this page is open."
        )
        self._rows("server", rows, f"{note}\n{again}".strip())

    def _provisioning_rows(self, sync: object) -> list[tuple[str, str, str]]:
        """This terminal's version against the plant's, and what became of the server's settings for it."""
        plant = getattr(sync, "plant_version", None)
        rows = [
            ("version", self.tr("This terminal's version"), __version__),
            ("plant_version", self.tr("The plant runs"), plant or self.tr("not heard from the server yet")),
        ]
        if is_behind(__version__, plant):
            rows.append(
                ("update", self.tr("Update"), self.tr("This terminal is behind the plant: ask IT to update it."))
            )
        outcome = getattr(sync, "config", None)
        if outcome is not None:
            if outcome.refused:
                text = self.tr("not used: %s") % outcome.refused
            elif outcome.restart:
                text = self.tr("restart the terminal to use: %s") % ", ".join(outcome.restart)
            else:
                text = self.tr("in use (station.toml overrides them key by key)")
            rows.append(("server_config", self.tr("Settings from the server"), text))
        return rows

    def _draw_language(self) -> None:
        grid = self._grids["language"]
        clear(grid)
        grid.setColumnStretch(0, 1)  # the languages side by side, each as wide as the other
        self.language_buttons = {}
        translations = self.sources.translations
        available = translations.available() if translations else ["en"]
        current = translations.language if translations else "en"
        prompt = QLabel(self.tr("The terminal's language (the whole screen changes at once):"))
        prompt.setWordWrap(True)
        set_look(prompt, role="subtitle")
        grid.addWidget(prompt, 0, 0, 1, 2)
        for i, (code, name) in enumerate(LANGUAGES.items()):
            button = BigButton(name, checkable=True, height=80, expand=True)
            button.setChecked(code == current)
            button.setEnabled(code in available)
            button.clicked.connect(lambda _=False, c=code: self.choose_language(c))
            grid.addWidget(button, 1 + i // 2, i % 2)
            self.language_buttons[code] = button
        missing = [LANGUAGES[c] for c in LANGUAGES if c not in available]
        if missing:
            label = QLabel(
                self.tr("Not installed: %s (run 'make translations').") % ", ".join(escape(m) for m in missing)
            )
            label.setWordWrap(True)
            set_look(label, role="hint")
            grid.addWidget(label, 2 + len(LANGUAGES) // 2, 0, 1, 2)
        grid.setRowStretch(10, 1)

    def _draw_mode(self) -> None:
        grid = self._grids["mode"]
        clear(grid)
        self.mode_buttons = {}
        prompt = QLabel(self.tr("What this terminal is for (the screen people land on after signing in):"))
        prompt.setWordWrap(True)
        set_look(prompt, role="subtitle")
        grid.addWidget(prompt, 0, 0, 1, 3)
        for i, mode in enumerate(MODES):
            # On two lines: three long names side by side fit a 1024 px screen in every language.
            button = BigButton(two_lines(mode_name(mode)), checkable=True, height=80, expand=True)
            button.setChecked(mode == self.terminal.mode)
            button.clicked.connect(lambda _=False, m=mode: self.choose_mode(m))
            grid.addWidget(button, 1, i)
            grid.setColumnStretch(i, 1)  # the modes side by side, each as wide as the others
            self.mode_buttons[mode] = button
        note = QLabel(self.tr("Every other screen stays in the menu. The mode is remembered in station.toml."))
        note.setWordWrap(True)
        set_look(note, role="hint")
        grid.addWidget(note, 2, 0, 1, 3)
        grid.setRowStretch(10, 1)

    def choose_mode(self, mode: str) -> None:
        self.terminal.set_mode(mode)
        if self.sources.save_mode is not None:
            self.terminal.bridge.submit(self.sources.save_mode, mode, on_error=self.terminal.show_error)
        for key, button in self.mode_buttons.items():
            button.setChecked(key == mode)

    # --- changing the language ----------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        translations = self.sources.translations
        if translations is None or not translations.switch(code):
            self.terminal.say(self.tr("That language is not installed on this terminal."), "error")
            self._draw_language()
            return
        if self.sources.save_language is not None:
            self.terminal.bridge.submit(self.sources.save_language, code)
        self.language_changed.emit(code)
        # The language change reaches this screen as an event a moment later and redraws it.
