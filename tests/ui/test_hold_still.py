"""Screens hold still: no button a person can see moves when the screen's state changes (a message wraps, a task
starts, a PIN is wrong), and a second tap on a screen the first tap just changed does nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.task_panels import PausePanel, StopPanel
from floorstation.ui.widgets.signature import SignaturePanel
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import open_task, scan, settle, sign_in, tap, type_keys
from tests.ui.test_printing import produce

SIZES = [(1280, 800), (1024, 600)]
LONG = (
    "The printer at the office did not answer: check that it is switched on, has paper and is connected to the "
    "network, then print the card again from the pallet screen or ask the shift lead to print it elsewhere."
)


def buttons(root: QWidget, window: QWidget) -> dict[int, tuple[str, QRect]]:
    """Every visible button under ``root``, where it is on the window."""
    found = {}
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            found[id(button)] = (button.text(), QRect(button.mapTo(window, QPoint(0, 0)), button.size()))
    return found


def moved(before: dict[int, tuple[str, QRect]], after: dict[int, tuple[str, QRect]]) -> list[str]:
    return [
        f"{text!r}: {rect.getRect()} -> {after[key][1].getRect()}"
        for key, (text, rect) in before.items()
        if key in after and after[key][1] != rect
    ]


def holds_still(qtbot: QtBot, window: MainWindow, root: QWidget, change: Callable[[], None]) -> None:
    settle(qtbot, window)
    before = buttons(root, window)
    change()
    settle(qtbot, window)
    assert not moved(before, buttons(root, window))


@pytest.mark.parametrize("size", SIZES)
def test_nothing_moves_on_the_task_screen_as_the_task_goes_on(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    window = make_window(size=size)
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)

    holds_still(qtbot, window, window, lambda: tap(qtbot, window, window.task.start_button))
    holds_still(qtbot, window, window, lambda: window.say(LONG, "error"))
    holds_still(qtbot, window, window, lambda: scan(qtbot, window, "PP-2401"))
    holds_still(qtbot, window, window, lambda: window.say("Short.", "ok"))
    holds_still(qtbot, window, window, lambda: sign_in(qtbot, window, "B1002"))  # a second chip, a crew
    holds_still(qtbot, window, window, lambda: tap(qtbot, window, window.status_bar.chip("anna")))

    def pause() -> None:
        tap(qtbot, window, window.task.pause_button)
        panel = window.overlay.panel
        assert isinstance(panel, PausePanel)
        tap(qtbot, window, panel.grid.button("material"))

    holds_still(qtbot, window, window, pause)
    assert window.task.chip.text().startswith("PAUSED")
    holds_still(qtbot, window, window, lambda: tap(qtbot, window, window.task.resume_button))

    tap(qtbot, window, window.task.stop_button)
    panel = window.overlay.panel
    assert isinstance(panel, StopPanel)
    tap(qtbot, window, panel.scrap_button)
    type_keys(qtbot, window, panel.keypad, "5")

    def no_reason() -> None:
        tap(qtbot, window, panel.keypad.accept_button)  # scrap without a reason: said on the panel

    holds_still(qtbot, window, panel, no_reason)
    assert panel.error.text() == "Pick the scrap reason, then press Stop again."


@pytest.mark.parametrize("size", SIZES)
def test_a_wrong_pin_leaves_the_signature_keypad_where_it_was(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    window = make_window(size=size)
    sign_in(qtbot, window, "B4001")  # Ewa, quality
    window.go("quality", "PP-2402")
    settle(qtbot, window)
    tap(qtbot, window, window.quality.reasons.button("lab_test_pending"))
    tap(qtbot, window, window.quality.hold_button)
    panel = window.overlay.panel
    assert isinstance(panel, SignaturePanel)

    def nobody_chosen() -> None:
        type_keys(qtbot, window, panel.pin.keypad, "5")
        tap(qtbot, window, panel.pin.keypad.accept_button)

    holds_still(qtbot, window, panel, nobody_chosen)
    assert panel.error.text() == "Scan your badge or tap your name first, then type your PIN."
    holds_still(qtbot, window, panel, lambda: tap(qtbot, window, panel.buttons["B4001"]))

    def wrong_pin() -> None:
        type_keys(qtbot, window, panel.pin.keypad, "99")
        tap(qtbot, window, panel.pin.keypad.accept_button)

    holds_still(qtbot, window, panel, wrong_pin)
    assert "PIN" in panel.error.text()


@pytest.mark.parametrize("size", SIZES)
def test_the_pallet_screen_holds_still_when_someone_else_acts(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, size: tuple[int, int]
) -> None:
    """The who-may hint (a person who is not a shift lead acts) has its room whoever acts: a lot, the quantity,
    Build, Print stay where the shift lead saw them."""
    produce(station)
    window = make_window(size=size)
    sign_in(qtbot, window, "B2001")  # the shift lead
    tap(qtbot, window, window.nav["pallet"])
    pallet = window.pallet
    qtbot.waitUntil(lambda: bool(pallet.lot_buttons))
    tap(qtbot, window, next(iter(pallet.lot_buttons.values())))

    holds_still(qtbot, window, pallet, lambda: scan(qtbot, window, "B1001"))  # an operator acts: the hint shows
    assert pallet.role_hint.text().startswith("Only a shift lead builds and voids pallets")
    holds_still(qtbot, window, pallet, lambda: scan(qtbot, window, "B2001"))  # the shift lead again: it goes
    assert pallet.role_hint.text() == ""


def _finger(window: MainWindow, button: QAbstractButton, at: int) -> None:
    """A tap at the button's centre, pressed at event time ``at`` (ms) and lifted 60 ms later; the press goes to
    whatever is under the finger by then, as on a touch screen."""
    spot = button.mapTo(window, button.rect().center())
    for kind, time in ((QEvent.Type.MouseButtonPress, at), (QEvent.Type.MouseButtonRelease, at + 60)):
        target = window.childAt(spot) or window
        local = QPointF(target.mapFrom(window, spot))
        buttons = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(
            kind,
            local,
            QPointF(target.mapToGlobal(local)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        event.setTimestamp(time)
        QApplication.sendEvent(target, event)


def test_a_double_tap_on_a_button_that_opens_a_panel_does_not_tap_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)

    base = 10_000_000
    _finger(window, window.task.pause_button, base)  # opens the pause reasons over the task
    panel = window.overlay.panel
    assert isinstance(panel, PausePanel)
    _finger(window, window.task.pause_button, base + 200)  # the second tap of the double tap lands on a reason
    settle(qtbot, window)

    assert window.overlay.panel is panel and window.overlay.isVisible()
    assert window.task.chip.text() == "RUNNING"
    assert window.tap_guard.swallowed == 1

    _finger(window, window.task.pause_button, base + 1500)  # a deliberate tap a moment later works
    settle(qtbot, window)
    assert window.task.chip.text().startswith("PAUSED")
