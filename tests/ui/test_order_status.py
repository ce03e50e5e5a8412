"""The work order's status at the terminal: an order on hold is marked in the queue and cannot be started, a closed
one is not in the queue, and the queue follows the planner's priority."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.store.masterdata import import_catalog, read_catalog
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import events, open_task, settle, sign_in, tap


def test_an_order_on_hold_is_marked_and_refused_a_closed_one_is_gone(
    qtbot: QtBot, station: bootstrap.Station, make_window: MakeWindow, tmp_path: Path
) -> None:
    orders = tmp_path / "work_orders.csv"
    orders.write_text(
        "number,product,planned_qty,due_date,priority,status\n"
        "304/2023,CAP-28,20000,2026-12-04,,closed\n"
        "308/2023,CAP-28,15000,2026-12-12,,on_hold\n",
        encoding="utf-8",
    )
    import_catalog(station.engine, read_catalog(orders))
    window = make_window()
    settle(qtbot, window)
    tap(qtbot, window, window.nav["home"])
    assert list(window.home.cards) == ["308/2023-10"]
    card = window.home.cards["308/2023-10"]
    assert card.chip.text() == "ORDER ON HOLD"
    assert "by priority, then due date" in window.home.queue_title.text()

    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window, "308/2023-10")
    before = len(events(station))
    tap(qtbot, window, window.task.start_button)
    assert "Work order 308/2023 is on hold." in window.banner.text()
    assert "shift lead" in window.banner.text()
    assert len(events(station)) == before
