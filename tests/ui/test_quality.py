"""Quality at the terminal: a lot held from the Quality screen with a signature (badge through the wedge, PIN on
the keypad) is refused at consumption with who, when and why; released, it is used again. Only quality may."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.devices.scanner_config import DEFAULT_WEDGE
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.refusal import RefusalPanel
from floorstation.ui.theme import TOUCH
from floorstation.ui.wedge_filter import WedgeFilter
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.signature import SignaturePanel
from tests.ui.terminal import (
    events,
    of_type,
    open_task,
    payload,
    scan,
    settle,
    sign,
    sign_in,
    tap,
    type_keys,
    used,
)

LOT = "PP-2401"


def signature_panel(window: MainWindow) -> SignaturePanel:
    panel = window.overlay.panel
    assert isinstance(panel, SignaturePanel) and window.overlay.isVisible()
    return panel


def wedge_burst(qtbot: QtBot, qapp: QApplication, window: MainWindow, code: str) -> None:
    """A keyboard-wedge scanner types the badge in one burst, into whatever has focus."""
    wedge = WedgeFilter(DEFAULT_WEDGE, parent=window)
    wedge.scan_received.connect(window.on_scan_received)
    qapp.installEventFilter(wedge)
    try:
        target = window.overlay.panel or window
        with qtbot.waitSignal(wedge.scan_received, timeout=2000):
            qtbot.keyClicks(target, code)
            qtbot.keyClick(target, Qt.Key.Key_Return)
        settle(qtbot, window)
    finally:
        qapp.removeEventFilter(wedge)


def hold_from_the_quality_screen(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> None:
    sign_in(qtbot, window, "B4001")  # Ewa, quality
    tap(qtbot, window, window.nav["quality"])  # one tap
    screen = window.quality
    scan(qtbot, window, LOT)
    assert screen.status_word.text() == "RELEASED"
    assert not screen.hold_button.isEnabled()  # a reason first
    tap(qtbot, window, screen.reasons.button("lab_test_pending"))
    assert not screen.release_button.isEnabled()
    tap(qtbot, window, screen.hold_button)
    panel = signature_panel(window)
    assert "“Lot held”" in panel.meaning_label.text()
    wedge_burst(qtbot, qapp, window, "B4001")
    assert panel.buttons["B4001"].isChecked()
    type_keys(qtbot, window, panel.pin.keypad, "5555")
    tap(qtbot, window, panel.pin.keypad.accept_button)


def test_quality_holds_a_lot_with_a_signature_and_consumption_is_refused_saying_who_when_and_why(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, station: bootstrap.Station
) -> None:
    hold_from_the_quality_screen(qtbot, qapp, window)

    assert not window.overlay.isVisible()
    held, signed = events(station)[-2:]
    assert (held.type, held.operator_id, payload(held)) == (
        "lot.held",
        "ewa",
        {"lot_code": LOT, "reason": "lab_test_pending"},
    )
    assert payload(signed) | {"meaning": "Lot held", "method": "badge+pin", "signer_name": "Ewa Lewandowska"} == (
        payload(signed)
    )
    assert payload(signed)["signed_event_hash"] == held.hash
    screen = window.quality
    assert screen.status_word.text() == "ON HOLD"
    assert screen.decision.text() == "Held by Ewa Lewandowska on 2026-11-23 08:00: Lab test pending"
    assert "is on hold" in window.banner.text()

    sign_in(qtbot, window, "B1001")  # Anna runs the task and scans the held lot
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scan(qtbot, window, LOT)
    refusal = window.overlay.panel
    assert isinstance(refusal, RefusalPanel)
    texts = " ".join(label.text() for label in refusal.findChildren(QLabel) if label.isVisible())
    assert "ON HOLD by quality (Ewa Lewandowska, 2026-11-23 08:00: Lab test pending)" in texts
    assert "ask a quality person to sign its use" in texts
    assert not of_type(station, "lot.consumed")


def test_released_the_lot_is_used_again(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, station: bootstrap.Station
) -> None:
    hold_from_the_quality_screen(qtbot, qapp, window)
    screen = window.quality
    tap(qtbot, window, screen.type_reason_button)
    type_keys(qtbot, window, window.overlay.panel, "RETESTED")  # type: ignore[arg-type]
    tap(qtbot, window, window.overlay.panel.accept_button)  # type: ignore[union-attr]
    assert screen.type_reason_button.text() == "Reason: RETESTED"
    tap(qtbot, window, screen.release_button)
    sign(qtbot, window, "B4001", "5555")  # this time by name

    released, signed = events(station)[-2:]
    assert (released.type, payload(released)["reason"]) == ("lot.released", "RETESTED")
    assert (payload(signed)["meaning"], payload(signed)["method"]) == ("Lot released", "name+pin")
    assert screen.status_word.text() == "RELEASED"

    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scan(qtbot, window, LOT)
    used(qtbot, window)
    assert not window.overlay.isVisible()
    [consumed] = of_type(station, "lot.consumed")
    assert payload(consumed)["input_lot"] == LOT


def test_a_wrong_pin_says_so_and_records_nothing(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    sign_in(qtbot, window, "B4001")
    tap(qtbot, window, window.nav["quality"])
    scan(qtbot, window, LOT)
    tap(qtbot, window, window.quality.reasons.button("supplier_complaint"))
    tap(qtbot, window, window.quality.hold_button)
    before = len(events(station))
    sign(qtbot, window, "B4001", "1234")

    panel = signature_panel(window)
    assert "Wrong PIN for Ewa Lewandowska: nothing was signed or recorded" in panel.error.text()
    assert "2 more tries" in panel.error.text()
    assert panel.pin.keypad.value() == ""
    assert len(events(station)) == before
    assert window.quality.status_word.text() == "RELEASED"


def test_shift_leads_and_operators_cannot_hold_and_are_told_who_can(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    for badge in ("B2001", "B1001"):
        sign_in(qtbot, window, badge)
        tap(qtbot, window, window.nav["quality"])
        scan(qtbot, window, "MB-0501")  # on hold in master data
        screen = window.quality
        assert screen.status_word.text() == "ON HOLD"
        tap(qtbot, window, screen.reasons.button("lab_test_pending"))
        assert not screen.hold_button.isEnabled()
        assert not screen.release_button.isEnabled()
        assert screen.role_hint.text() == (
            "Only quality holds or releases a lot: a quality person must sign in and do it."
        )
    assert not of_type(station, "lot.released")


def test_the_trace_of_a_lot_opens_it_on_the_quality_screen_in_one_tap(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B4001")
    tap(qtbot, window, window.nav["trace"])
    scan(qtbot, window, "MB-0501")
    tap(qtbot, window, window.trace.quality_button)
    assert window.current() is window.quality
    assert window.quality.status_word.text() == "ON HOLD"
    assert window.quality.code == "MB-0501"


def test_the_signature_panel_has_touch_sized_targets(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    hold_ready(qtbot, window)
    panel = signature_panel(window)
    buttons = [b for b in panel.findChildren(BigButton) if b.isVisible()]
    assert panel.buttons and len(buttons) >= 13  # names, twelve keys, Sign
    small = [(b.text(), b.width(), b.height()) for b in buttons if b.width() < TOUCH or b.height() < TOUCH]
    assert small == []


def hold_ready(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "B4001")
    tap(qtbot, window, window.nav["quality"])
    scan(qtbot, window, LOT)
    tap(qtbot, window, window.quality.reasons.button("lab_test_pending"))
    tap(qtbot, window, window.quality.hold_button)


def test_three_wrong_pins_lock_signing_for_a_minute(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    hold_ready(qtbot, window)
    for _ in range(3):
        sign(qtbot, window, "B4001", "1111")
    panel = signature_panel(window)
    assert "Signing is now locked for Ewa Lewandowska for a minute" in panel.error.text()
    sign(qtbot, window, "B4001", "5555")
    assert "Signing is locked for Ewa Lewandowska" in panel.error.text()
    assert not of_type(station, "lot.held")
