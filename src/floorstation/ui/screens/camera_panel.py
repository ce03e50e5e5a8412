"""A camera's live picture at the terminal, for aiming a label: the picture with what it read outlined, the code
read last (and what it is), and the camera's state with what to do when it sends no pictures.

Opened from the camera's button in the status bar or from the settings' devices. While it is open it takes the
scans (from the camera or any scanner) and shows them instead of acting on them, so aiming does not start
anything by itself; "Use this scan" hands the last one to the terminal as if it had just been scanned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from floorstation.app.lookup import Identified
from floorstation.app.scan_routing import SCAN_KINDS
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.ui.error_texts import stored_error_text
from floorstation.ui.i18n import Retranslating
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.camera_preview import CameraPicture, CameraPreview
from floorstation.ui.widgets.shown_timer import ShownTimer
from floorstation.ui.widgets.status_bar import device_detail

if TYPE_CHECKING:
    from floorstation.domain.ports import ScanSources

#: How often the camera's state is read again while the panel is on screen (milliseconds).
STATE_MS = 250


def visible_code(item: Identified) -> str:
    """A scan as people read it: a GS1 label as printed under its barcode, ``(01)…(10)…``; anything else as
    scanned, with the invisible GS1 group separator shown as <GS>."""
    if item.gs1 is not None and item.gs1.elements:
        # A zero-width space after each element: a long label breaks between elements, never widens the panel.
        return "\u200b".join(f"({ai}){value}" for ai, _title, value in item.gs1.elements)
    return item.raw.replace("\x1d", "<GS>")


class CameraPanel(Retranslating, QWidget):
    """Signals: use_scan(object): the person wants the last read (an ``Identified``) acted on."""

    use_scan = Signal(object)
    scan_kinds = frozenset(SCAN_KINDS)
    """Every scan is shown here while the picture is open; nothing is acted on until "Use this scan"."""

    def __init__(self, registry: ScanSources | None, *, interval_ms: int = 100) -> None:
        super().__init__()
        self.registry = registry
        self.cameras = registry.camera_ids() if registry is not None else []
        self.camera_id: str | None = self.cameras[0] if self.cameras else None
        self.last: Identified | None = None
        self.status: DeviceStatus | None = None
        self.pictures = 0
        """Pictures shown since the panel opened (so "no pictures" can be told from "not decoded yet")."""

        self.preview = CameraPreview(self._picture, interval_ms=interval_ms)
        self.preview.picture_shown.connect(self._on_picture)
        self.camera_buttons: dict[str, BigButton] = {}
        choose = QHBoxLayout()
        choose.setSpacing(8)
        for camera_id in self.cameras if len(self.cameras) > 1 else []:
            button = BigButton(camera_id, kind="flat", checkable=True)
            button.clicked.connect(lambda _=False, c=camera_id: self.choose(c))
            choose.addWidget(button)
            self.camera_buttons[camera_id] = button
        choose.addStretch(1)

        self.state = QLabel("")
        self.state.setWordWrap(True)
        set_look(self.state, role="subtitle")
        self.todo = QLabel("")
        self.todo.setWordWrap(True)
        set_look(self.todo, role="hint")
        self.read_title = QLabel("")
        set_look(self.read_title, role="muted")
        self.read = QLabel("")
        self.read.setWordWrap(True)
        set_look(self.read, role="subtitle")
        self.read_what = QLabel("")
        self.read_what.setWordWrap(True)
        self.use_button = BigButton("", kind="primary", expand=True)
        self.use_button.clicked.connect(self._use)
        side_panel = QFrame()
        side_panel.setProperty("panel", True)
        side_panel.setMaximumWidth(420)  # the picture gets the rest
        side = QVBoxLayout(side_panel)
        side.addWidget(self.state)
        side.addWidget(self.todo)
        side.addSpacing(8)
        side.addWidget(self.read_title)
        side.addWidget(self.read)
        side.addWidget(self.read_what)
        side.addStretch(1)
        side.addWidget(self.use_button)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.preview, 3)
        body.addWidget(side_panel, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.camera_buttons:
            layout.addLayout(choose)
        layout.addLayout(body, 1)

        self._timer = ShownTimer(self, STATE_MS, self.read_state)
        self.retranslate()
        self.choose(self.camera_id)

    # --- the camera -------------------------------------------------------------------------------------------

    def _picture(self) -> CameraPicture | None:
        if self.registry is None or self.camera_id is None:
            return None
        picture: CameraPicture | None = self.registry.preview(self.camera_id)
        return picture

    def choose(self, camera_id: str | None) -> None:
        self.camera_id = camera_id
        self.pictures = 0
        for key, button in self.camera_buttons.items():
            button.setChecked(key == camera_id)
        self.read_state()

    def read_state(self) -> None:
        status = self.registry.status(self.camera_id) if self.registry and self.camera_id else None
        if status != self.status:
            self.status = status
            self._show_state()

    def _on_picture(self, _index: int, _symbols: int) -> None:
        self.pictures += 1
        if self.pictures == 1:
            self._show_state()

    # --- scans ------------------------------------------------------------------------------------------------

    def accept_scan(self, item: Identified) -> bool:
        """Every scan while the picture is on screen is shown here; nothing is acted on until "Use this scan"."""
        self.last = item
        self._show_read()
        return True

    def _use(self) -> None:
        if self.last is not None:
            self.use_scan.emit(self.last)

    # --- drawing ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.read_title.setText(self.tr("Read last"))
        self.use_button.setText(self.tr("Use this scan"))
        self._show_state()
        self._show_read()

    def _show_state(self) -> None:
        status = self.status
        if self.camera_id is None:
            state = self.tr("No camera is set up at this station.")
            todo = self.tr("Add a [[camera]] table to station.toml and restart the terminal.")
        elif status is None or (status.state is DeviceState.DISCONNECTED and status.detail == "not started"):
            state = self.tr("Camera %s has not started yet.") % self.camera_id
            todo = self.tr("It starts a moment after the terminal; if it never does, restart the terminal.")
        elif status.state is DeviceState.CONNECTED and self.pictures:
            state = self.tr("Camera %s is connected: the picture is live.") % self.camera_id
            todo = self.tr("Hold the label flat, about a hand's width from the lens, until it is read.")
        elif status.state is DeviceState.CONNECTED:
            state = self.tr("Camera %s is connected, but no pictures have come yet.") % self.camera_id
            todo = self.tr("Wait a few seconds; if the picture stays dark, check the lens cover and the light.")
        elif status.state is DeviceState.DISCONNECTED:
            state = self.tr("Camera %s sends no pictures: %s") % (self.camera_id, self._detail(status))
            todo = self.tr("Check its cable (or the network for an IP camera); it is looked for again by itself.")
        else:
            state = self.tr("Camera %s cannot be used: %s") % (self.camera_id, self._detail(status))
            todo = self.tr(
                "Check that no other program uses it and that the terminal may open it; then restart the "
                "terminal. If it stays, call maintenance."
            )
        self.state.setText(state)
        self.todo.setText(todo)
        look = "ok" if status is not None and status.state is DeviceState.CONNECTED and self.pictures else "warn"
        set_look(self.state, level=look)

    def _detail(self, status: DeviceStatus) -> str:
        return stored_error_text(device_detail("camera", status.detail)) or status.state.value

    def _show_read(self) -> None:
        item = self.last
        self.use_button.setEnabled(item is not None)
        if item is None:
            self.read.setText(self.tr("nothing yet"))
            self.read_what.setText(self.tr("Hold a label in front of the camera."))
            return
        self.read.setText(visible_code(item))
        if item.kind == "unknown":
            self.read_what.setText(stored_error_text(item.problem) or self.tr("Not a code this station knows."))
            return
        kinds: dict[str, Callable[[], str]] = {
            "badge": lambda: self.tr("a badge"),
            "lot": lambda: self.tr("a lot"),
            "pallet": lambda: self.tr("a pallet"),
            "machine": lambda: self.tr("a machine"),
            "task": lambda: self.tr("a task"),
            "label": lambda: self.tr("a supplier's label"),
        }
        what = kinds[item.kind]() if item.kind in kinds else item.kind
        self.read_what.setText(self.tr("This is %s: %s") % (what, item.label or item.key))
