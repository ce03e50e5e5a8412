"""The task screen driven by taps: start, pause with a reason, resume, stop with quantities on the keypad; lots
scanned into the running task; the live timer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.refusal import FefoPanel
from floorstation.ui.screens.task_panels import PausePanel, QuantityPanel, StopPanel, UsedQuantityPanel
from floorstation.ui.widgets.keyboard import Keyboard
from tests.conftest import ManualClock
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import (
    OUTPUT_LOT,
    TASK,
    events,
    of_type,
    open_task,
    payload,
    scan,
    sign_in,
    tap,
    type_keys,
    used,
)


def test_start_pause_resume_stop_with_quantities(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    screen = window.task
    assert screen.start_button.text() == "Start"
    assert not screen.pause_button.isEnabled()

    tap(qtbot, window, screen.start_button)
    assert screen.chip.text() == "RUNNING"
    assert OUTPUT_LOT in screen.lot_label.text()
    assert [e.type for e in events(station)][-2:] == ["task.started", "lot.produced"]
    assert window.status_bar.machine_chip.text() == "M01 · RUNNING"

    tap(qtbot, window, screen.pause_button)
    panel = window.overlay.panel
    assert isinstance(panel, PausePanel)
    tap(qtbot, window, panel.grid.button("break"))
    assert not window.overlay.isVisible()
    assert screen.chip.text() == "PAUSED: Break"
    assert payload(of_type(station, "task.paused")[-1])["reason"] == "break"
    assert window.status_bar.machine_chip.text() == "M01 · PAUSED"

    tap(qtbot, window, screen.resume_button)
    assert screen.chip.text() == "RUNNING"
    assert of_type(station, "task.resumed")

    tap(qtbot, window, screen.stop_button)
    stop = window.overlay.panel
    assert isinstance(stop, StopPanel)
    tap(qtbot, window, stop.good_button)
    type_keys(qtbot, window, stop.keypad, "1200")
    tap(qtbot, window, stop.scrap_button)
    type_keys(qtbot, window, stop.keypad, "35")
    assert stop.good_button.text() == "Good: 1200 pcs"
    assert stop.scrap_button.text() == "Scrap: 35 pcs"
    tap(qtbot, window, stop.keypad.accept_button)
    assert "scrap reason" in stop.error.text()  # scrap needs a reason: nothing recorded yet
    assert not of_type(station, "task.stopped")
    tap(qtbot, window, stop.reasons.button("flash"))
    tap(qtbot, window, stop.keypad.accept_button)  # "Stop for now"

    assert isinstance(window.overlay.panel, Keyboard)  # a note for the next shift, if any
    tap(qtbot, window, window.overlay.cancel_button)
    assert not window.overlay.isVisible()
    stopped = payload(of_type(station, "task.stopped")[-1])
    assert (stopped["good_qty"], stopped["scrap_qty"], stopped["scrap_reason"]) == ("1200", "35", "flash")
    assert screen.chip.text() == "IDLE"
    assert "done 1200 / 20000 pcs" in screen.info.text()
    assert "Stopped for now: 1200 good, 35 scrap." in window.banner.text()


def test_the_timer_runs_from_the_start_of_the_registration(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station, clock: ManualClock
) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    assert window.task.timer_label.text() == "00:00:00"

    clock.advance(3725)
    qtbot.waitUntil(lambda: window.task.timer_label.text() == "01:02:05", timeout=3000)


def test_a_scanned_lot_is_consumed_with_the_bom_quantity_and_fefo_is_shown(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    window = make_window(demo=True)
    panel = window.demo_panel
    assert panel is not None
    qtbot.waitUntil(lambda: "PP-2401" in panel.buttons)
    tap(qtbot, window, panel.buttons["B1001"])  # the demo panel "scans" like a scanner
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    assert "use first: <b>PP-2401</b>" in window.task.materials.text()  # FEFO before any scan

    tap(qtbot, window, panel.buttons["PP-2401"])
    asked = window.overlay.panel
    assert isinstance(asked, UsedQuantityPanel)
    assert asked.balance_label.text() == "Left on record: 1500 kg"
    assert asked.need_label.text() == "BOM need for the rest of the order: 50 kg"
    used(qtbot, window)

    consumed = of_type(station, "lot.consumed")[-1]
    assert (payload(consumed)["input_lot"], payload(consumed)["quantity"], payload(consumed)["output_lot"]) == (
        "PP-2401",
        "50",  # 0.0025 kg per cap x 20000 caps
        OUTPUT_LOT,
    )
    assert consumed.operator_id == "anna"
    assert window.banner.text() == "Used 50 kg of PP-2401."
    table = window.task.table
    assert [table.item(0, c).text() for c in range(2)] == ["PP-2401", "50 kg"]

    # PP-2402 expires after PP-2401, which is on hand: asked why before anything is recorded.
    consumed = len(of_type(station, "lot.consumed"))
    tap(qtbot, window, panel.buttons["PP-2402"])
    asked = window.overlay.panel
    assert isinstance(asked, FefoPanel), asked
    assert window.overlay.title.text() == "Lot PP-2401 expires before PP-2402: why not use it?"
    assert "Lot PP-2401 (expires 2028-03-31) expires before PP-2402 and is on hand." in asked.findChild(QLabel).text()
    buttons = {code: asked.grid.button(code) for code in ("older_lot_not_reachable", "older_lot_damaged",
                                                           "quality_instructed", "other")}  # fmt: skip
    assert all(b.isVisible() and b.height() >= 64 for b in buttons.values())  # glove-sized, one tap each
    tap(qtbot, window, window.overlay.cancel_button)  # Cancel records nothing
    assert not window.overlay.isVisible()
    assert len(of_type(station, "lot.consumed")) == consumed

    tap(qtbot, window, panel.buttons["PP-2402"])
    asked = window.overlay.panel
    assert isinstance(asked, FefoPanel)
    tap(qtbot, window, asked.grid.button("older_lot_damaged"))
    used(qtbot, window)  # then the quantity, as for any lot
    last = payload(of_type(station, "lot.consumed")[-1])
    assert last["input_lot"] == "PP-2402"
    assert last["fefo_override"] == {"reason_code": "older_lot_damaged", "older_lot": "PP-2401"}
    assert window.banner.text() == "Used 50 kg of PP-2402. Older lot PP-2401 not used: Older lot damaged."


def test_a_typed_quantity_is_used_for_the_next_scan_only(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)

    tap(qtbot, window, window.task.qty_button)
    panel = window.overlay.panel
    assert isinstance(panel, QuantityPanel)
    type_keys(qtbot, window, panel.keypad, "12.5")
    tap(qtbot, window, panel.keypad.accept_button)
    assert "12.5" in window.task.qty_button.text()
    scan(qtbot, window, "MB-0502")  # typed before the scan: recorded without asking again
    scan(qtbot, window, "PP-2401")
    used(qtbot, window)

    quantities = [(payload(e)["input_lot"], Decimal(payload(e)["quantity"])) for e in of_type(station, "lot.consumed")]
    assert quantities == [("MB-0502", Decimal("12.5")), ("PP-2401", Decimal(50))]
    assert "BOM quantity" in window.task.qty_button.text()


def test_a_lot_scanned_anywhere_goes_into_the_running_task_of_this_machine(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    tap(qtbot, window, window.nav["pallet"])
    tap(qtbot, window, window.nav["home"])

    scan(qtbot, window, "PP-2401")
    used(qtbot, window)

    assert window.current() is window.task
    assert [payload(e)["input_lot"] for e in of_type(station, "lot.consumed")] == ["PP-2401"]


def test_the_same_lot_again_within_seconds_asks_before_recording_it_twice(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    from floorstation.ui.screens.refusal import RepeatPanel

    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scan(qtbot, window, "PP-2401")
    used(qtbot, window)
    scan(qtbot, window, "PP-2401")
    used(qtbot, window)

    panel = window.overlay.panel
    assert isinstance(panel, RepeatPanel)
    assert len(of_type(station, "lot.consumed")) == 1
    tap(qtbot, window, panel.yes_button)
    assert len(of_type(station, "lot.consumed")) == 2
    assert TASK in window.task.heading.text() or window.task.task_id == TASK


def test_a_scan_asks_the_quantity_used_with_the_balance_and_the_bom_need_before_recording(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scan(qtbot, window, "MB-0502")

    panel = window.overlay.panel
    assert isinstance(panel, UsedQuantityPanel)
    assert window.overlay.title.text() == "How much of lot MB-0502 did you use?"
    assert panel.balance_label.text() == "Left on record: 80 kg"
    assert panel.need_label.text() == "BOM need for the rest of the order: 1 kg"
    assert panel.keypad.value() == "1"
    assert not of_type(station, "lot.consumed")  # one scan no longer books the BOM quantity without asking

    used(qtbot, window, "81")  # more than the lot has on record: refused, a shift lead may override
    refused = window.overlay.panel
    from floorstation.ui.screens.refusal import RefusalPanel

    assert isinstance(refused, RefusalPanel)
    texts = " ".join(label.text() for label in refused.findChildren(QLabel))
    assert "only 80 left on record, less than 81" in texts
    assert "A shift lead may override" in texts
    assert not of_type(station, "lot.consumed")
    tap(qtbot, window, refused.aside_button)

    scan(qtbot, window, "MB-0502")
    used(qtbot, window, "0.75")
    assert payload(of_type(station, "lot.consumed")[-1])["quantity"] == "0.75"


def test_a_little_past_the_balance_within_the_plant_tolerance_is_recorded_with_a_warning(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    from dataclasses import replace

    ctx = window.terminal.ctx
    window.terminal.ctx = replace(ctx, rules=replace(ctx.rules, over_balance_tolerance_percent=2.0))
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scan(qtbot, window, "MB-0502")
    used(qtbot, window, "81")  # 1 kg past the 80 on record: within 2 % of 81

    assert payload(of_type(station, "lot.consumed")[-1])["quantity"] == "81"
    assert window.banner.text() == (
        "Used 81 kg of MB-0502. 1 more than the lot has on record, within the plant's tolerance: tell your shift lead."
    )
    assert window.banner.property("level") == "warn"
