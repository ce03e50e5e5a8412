"""The dock scans a pallet made from a lot quality put on hold: the screen says which lot and what to do, and the
pallet stays on the ready list."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import lots, operators, pallets, quality, tasks
from floorstation.app.signatures import Signature
from floorstation.ui.main_window import MainWindow
from tests.ui.terminal import OUTPUT_LOT, TASK, of_type, scan, tap


def test_a_pallet_with_a_held_input_is_refused_at_the_dock(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    ctx = station.ctx
    for badge in ("B1001", "B2001", "B4001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=10)
    tasks.stop_task(ctx, TASK, "anna", good=1000)
    pallet = pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000)
    quality.hold_lot(ctx, "ewa", "PP-2401", "lab_test_pending", signature=Signature("B4001", "5555"))

    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["dispatch"])
    screen = window.dispatch
    flagged = screen.ready_labels[pallet.sscc].text()
    assert "lot PP-2401 in it is ON HOLD: do not load" in flagged  # flagged before anyone scans it
    tap(qtbot, window, screen.customer_buttons["C100"])
    scan(qtbot, window, "00" + pallet.sscc)

    qtbot.waitUntil(lambda: "cannot be loaded" in window.banner.text())
    assert window.banner.text() == (
        f"Pallet {pallet.sscc} cannot be loaded: it contains lot PP-2401, which is ON HOLD by quality. "
        "Put the pallet aside until quality releases lot PP-2401."
    )
    assert of_type(station, "pallet.shipped") == []
    assert list(screen.ready_labels) == [pallet.sscc]
