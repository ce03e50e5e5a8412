"""Every button and input a person can touch is at least 64 px each way (≈15 mm on a 15" panel), on every
screen and panel, on the smallest supported screen (1024x600)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import lots, machines, operators, pallets, tasks
from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.registry import DeviceRegistry
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.admin_close import AdminPanel
from floorstation.ui.screens.refusal import RefusalPanel
from floorstation.ui.theme import TOUCH
from floorstation.ui.widgets.more_panel import MorePanel
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import OUTPUT_LOT, TASK, scan, settle, tap, type_keys

_INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def too_small(window: MainWindow) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView):  # a table's own corner button: not a target
            continue
        size = widget.size()
        if size.width() < TOUCH or size.height() < TOUCH:
            text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            found.append(f"{type(widget).__name__} {text!r}: {size.width()}x{size.height()}")
    return found


@pytest.fixture
def busy(qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station) -> MainWindow:
    """A station mid-shift (tasks running and paused, a machine down, a pallet) on a 1024x600 screen."""
    ctx = station.ctx
    for badge in ("B1001", "B1002", "B2001", "B3001", "B4001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=20)
    tasks.stop_task(ctx, TASK, "anna", good=4000)
    pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000)
    tasks.start_task(ctx, TASK, "anna")
    tasks.start_task(ctx, "307/2023-10", "piotr")
    tasks.pause_task(ctx, "307/2023-10", "piotr", "material")
    machines.mark_machine_down(ctx, "piotr", "M03", "electrical", "sparks")
    camera = CameraConfig(id="goods-in", source="/dev/video0")
    devices = DeviceRegistry((), (camera,))  # the wedge and a camera: the longest device strip
    window = make_window(
        size=(1024, 600), kiosk=True, devices=devices, printing=print_context(station, FakePrinters(), "office")
    )
    scan(qtbot, window, "B2001")
    return window


def _go(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """A screen by its menu entry: on the rail, or under More when the rail is full."""
    button = window.nav.get(name)
    if button is not None and button.isVisible():
        tap(qtbot, window, button)
    else:
        _more(qtbot, window, name)


def _quality(qtbot: QtBot, window: MainWindow) -> None:
    """Ewa (quality) looks up a lot and picks a reason: Hold is enabled."""
    scan(qtbot, window, "B4001")
    _go(qtbot, window, "quality")
    scan(qtbot, window, "PP-2402")
    tap(qtbot, window, window.quality.reasons.button("lab_test_pending"))
    assert window.quality.hold_button.isEnabled()


def _quantity_used(qtbot: QtBot, w: MainWindow) -> None:
    from floorstation.ui.screens.task_panels import UsedQuantityPanel

    SCREENS["task"](qtbot, w)
    scan(qtbot, w, "MB-0502")
    assert isinstance(w.overlay.panel, UsedQuantityPanel)


SCREENS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "sign in": lambda qtbot, w: tap(qtbot, w, w.nav["sign_in"]),
    "home": lambda qtbot, w: tap(qtbot, w, w.nav["home"]),
    "task": lambda qtbot, w: (tap(qtbot, w, w.nav["home"]), tap(qtbot, w, w.home.cards[TASK].open_button)),
    "pallet": lambda qtbot, w: tap(qtbot, w, w.nav["pallet"]),
    "out of order": lambda qtbot, w: (
        tap(qtbot, w, w.nav["machine_down"]),
        tap(qtbot, w, w.machine_down.tiles["M03"]),
        scan(qtbot, w, "B3001"),
    ),
    "trace": lambda qtbot, w: (tap(qtbot, w, w.nav["trace"]), scan(qtbot, w, "PP-2401")),
    "pause reasons": lambda qtbot, w: (SCREENS["task"](qtbot, w), tap(qtbot, w, w.task.pause_button)),
    "stop quantities": lambda qtbot, w: (SCREENS["task"](qtbot, w), tap(qtbot, w, w.task.stop_button)),
    "next-scan quantity": lambda qtbot, w: (SCREENS["task"](qtbot, w), tap(qtbot, w, w.task.qty_button)),
    "type a lot code": lambda qtbot, w: (SCREENS["task"](qtbot, w), tap(qtbot, w, w.task.type_button)),
    "refusal": lambda qtbot, w: (SCREENS["task"](qtbot, w), scan(qtbot, w, "PP-2312")),
    "quantity used": _quantity_used,
    "override": lambda qtbot, w: (SCREENS["refusal"](qtbot, w), _override(qtbot, w)),
    "PIN": lambda qtbot, w: (SCREENS["sign in"](qtbot, w), tap(qtbot, w, w.sign_in.name_buttons["anna"])),
    "pallet quantity": lambda qtbot, w: (SCREENS["pallet"](qtbot, w), tap(qtbot, w, w.pallet.qty_button)),
    "note": lambda qtbot, w: (SCREENS["out of order"](qtbot, w), tap(qtbot, w, w.machine_down.note_button)),
    "close the kiosk": lambda qtbot, w: (SCREENS["sign in"](qtbot, w), tap(qtbot, w, w.sign_in.close_button)),
    "more": lambda qtbot, w: tap(qtbot, w, w.rail.more_button),
    "dispatch": lambda qtbot, w: _more(qtbot, w, "dispatch"),
    "settings PIN": lambda qtbot, w: _more(qtbot, w, "settings"),
    "settings": lambda qtbot, w: (_more(qtbot, w, "settings"), _admin(qtbot, w)),
    "settings devices": lambda qtbot, w: (SCREENS["settings"](qtbot, w), tap(qtbot, w, w.settings.tabs["devices"])),
    "settings language": lambda qtbot, w: (
        SCREENS["settings"](qtbot, w),
        tap(qtbot, w, w.settings.tabs["language"]),
    ),
    "goods in": lambda qtbot, w: (
        scan(qtbot, w, "]C1010590123400001717281231\x1d10SUP-4711\x1d305000"),
        tap(qtbot, w, w.kept_labels),
    ),
    "goods in received": lambda qtbot, w: (
        SCREENS["goods in"](qtbot, w),
        tap(qtbot, w, w.overlay.panel.use_count_button),  # type: ignore[union-attr]
        tap(qtbot, w, w.overlay.panel.receive_button),  # type: ignore[union-attr]
    ),
    "print queue": lambda qtbot, w: tap(qtbot, w, w.status_bar.device_buttons["printer"]),
    "camera": lambda qtbot, w: tap(qtbot, w, w.status_bar.device_buttons["camera"]),
    "void pallet": lambda qtbot, w: (
        SCREENS["pallet"](qtbot, w),
        tap(qtbot, w, next(iter(w.pallet.pallet_buttons.values()))),
        tap(qtbot, w, w.pallet.void_button),
    ),
    "quality": _quality,
    "signature": lambda qtbot, w: (_quality(qtbot, w), tap(qtbot, w, w.quality.hold_button)),
    "settings mode": lambda qtbot, w: (SCREENS["settings"](qtbot, w), tap(qtbot, w, w.settings.tabs["mode"])),
    "goods-in station": lambda qtbot, w: (
        SCREENS["settings mode"](qtbot, w),
        tap(qtbot, w, w.settings.mode_buttons["goods_in"]),
        _go(qtbot, w, "goods_in"),
    ),
}


def _more(qtbot: QtBot, window: MainWindow, name: str) -> None:
    tap(qtbot, window, window.rail.more_button)
    panel = window.overlay.panel
    assert isinstance(panel, MorePanel)
    tap(qtbot, window, panel.buttons[name])


def _admin(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, "B9001")
    panel = window.overlay.panel
    assert isinstance(panel, AdminPanel)
    type_keys(qtbot, window, panel.pin.keypad, "9999")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert window.current() is window.settings


def _override(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.overlay.panel
    assert isinstance(panel, RefusalPanel)
    tap(qtbot, window, panel.override_button)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_target_is_at_least_64_px_each_way(qtbot: QtBot, busy: MainWindow, screen: str) -> None:
    SCREENS[screen](qtbot, busy)
    settle(qtbot, busy)

    assert busy.size().width() == 1024 and busy.size().height() == 600, "the screen does not fit 1024x600"
    buttons = [w for w in busy.findChildren(QAbstractButton) if w.isVisible()]
    assert len(buttons) > 8
    assert too_small(busy) == []
