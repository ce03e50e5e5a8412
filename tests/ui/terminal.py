"""Helpers the terminal tests share: scan like a scanner, tap like a person, wait for the database thread."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.domain.events import Event
from floorstation.domain.scanning import ScanEvent
from floorstation.store import eventlog
from floorstation.ui.main_window import MainWindow
from floorstation.ui.widgets.keyboard import Keyboard
from floorstation.ui.widgets.keypad import Keypad

TASK = "304/2023-10"  # on M01: CAP-28 from RESIN-PP and MB-BLUE, 20000 planned
OUTPUT_LOT = "M01-26327-001"  # the production lot TASK opens on 2026-11-23


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the database thread has answered everything asked of it (never a sleep), and the screen has
    drawn the answer (widgets added to a visible layout are shown by a queued call). The deadline only catches a
    hang: on a machine busy with other work the database thread can take seconds to be scheduled."""
    qtbot.waitUntil(window.bridge.is_idle, timeout=30000)
    QCoreApplication.processEvents()


def tap(qtbot: QtBot, window: MainWindow, button: QAbstractButton) -> None:
    """A finger on the button: it must be visible and enabled, as for a person (who waits the moment it takes a
    button just added to a visible screen to appear: Qt shows it by a queued call)."""
    if not button.isVisible():
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(button.isVisible, timeout=1000)
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def type_keys(qtbot: QtBot, window: MainWindow, pad: Keypad | Keyboard, text: str) -> None:
    for char in text:
        tap(qtbot, window, pad.key(char if isinstance(pad, Keypad) else char.upper()))


def scan(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """What a scanner reader emits (the wedge filter, a serial reader or the demo panel)."""
    window.on_scan_received(ScanEvent(code, None, "test", datetime.now().astimezone()))
    settle(qtbot, window)


def events(station: bootstrap.Station, count: int | None = None) -> list[Event]:
    with station.engine.connect() as conn:
        return eventlog.tail(conn, count)


def of_type(station: bootstrap.Station, kind: str) -> list[Event]:
    return [e for e in events(station) if e.type == kind]


def payload(event: Event) -> dict[str, Any]:
    return dict(event.payload)


def sign_in(qtbot: QtBot, window: MainWindow, badge: str) -> None:
    scan(qtbot, window, badge)
    assert window.terminal.active is not None


def open_task(qtbot: QtBot, window: MainWindow, task_id: str = TASK) -> None:
    tap(qtbot, window, window.nav["home"])
    tap(qtbot, window, window.home.cards[task_id].open_button)
    assert window.task.task_id == task_id


def sign(qtbot: QtBot, window: MainWindow, badge: str, pin: str, *, by_scan: bool = False) -> None:
    """Sign on the signature panel the window shows: the signer's name tapped (or badge scanned), then the PIN."""
    from floorstation.ui.widgets.signature import SignaturePanel

    panel = window.overlay.panel
    panel = getattr(panel, "signature", panel)  # the refusal carries the panel on its override page
    assert isinstance(panel, SignaturePanel), f"no signature asked for: {panel!r}"
    if by_scan:
        scan(qtbot, window, badge)
    else:
        tap(qtbot, window, panel.buttons[badge])
    type_keys(qtbot, window, panel.pin.keypad, pin)
    tap(qtbot, window, panel.pin.keypad.accept_button)


def used(qtbot: QtBot, window: MainWindow, quantity: str | None = None) -> None:
    """Answer the question a lot scan asks on the task screen: the proposal as it is, or ``quantity`` typed."""
    from floorstation.ui.screens.task_panels import UsedQuantityPanel

    panel = window.overlay.panel
    assert isinstance(panel, UsedQuantityPanel), f"no quantity asked: {panel!r}"
    if quantity is not None:
        panel.keypad.set_value("")
        type_keys(qtbot, window, panel.keypad, quantity)
    tap(qtbot, window, panel.keypad.accept_button)
