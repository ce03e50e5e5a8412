"""Dispatch: choose the customer, scan the pallets' SSCCs as they are loaded; each scan ships one pallet on the
open shipment; a void or already-shipped pallet is refused with a reason and records nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import operators, pallets, tasks
from floorstation.app.signatures import Signature
from floorstation.domain.ports import Pallet
from floorstation.ui.main_window import MainWindow
from floorstation.ui.widgets.keyboard import Keyboard
from tests.ui.terminal import OUTPUT_LOT, TASK, events, of_type, payload, scan, tap, type_keys


def three_pallets(station: bootstrap.Station) -> list[Pallet]:
    ctx = station.ctx
    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    tasks.stop_task(ctx, TASK, "anna", good=3000)
    return [pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000) for _ in range(3)]


def test_scanned_pallets_are_loaded_for_the_customer_on_one_shipment(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    first, second, third = three_pallets(station)
    scan(qtbot, window, "B1001")
    tap(qtbot, window, window.nav["dispatch"])
    screen = window.dispatch
    assert screen.shipment == "SH-261123-1"
    assert list(screen.ready_labels) == [first.sscc, second.sscc, third.sscc]

    scan(qtbot, window, "00" + first.sscc)  # no customer chosen yet
    assert "Choose the customer first" in window.banner.text()
    assert of_type(station, "pallet.shipped") == []

    tap(qtbot, window, screen.customer_buttons["C200"])
    scan(qtbot, window, "00" + first.sscc)  # as on the pallet card: AI (00) in front
    scan(qtbot, window, second.sscc)

    shipped = of_type(station, "pallet.shipped")
    assert [payload(e) for e in shipped] == [
        {"sscc": first.sscc, "customer_id": "C200", "shipment_id": "SH-261123-1"},
        {"sscc": second.sscc, "customer_id": "C200", "shipment_id": "SH-261123-1"},
    ]
    assert {e.operator_id for e in shipped} == {"anna"}
    assert f"Pallet {second.sscc} loaded for Baltic Dairy Sp. z o.o. on SH-261123-1." in window.banner.text()
    assert list(screen.loaded_labels) == [first.sscc, second.sscc]
    assert list(screen.ready_labels) == [third.sscc]
    assert screen.loaded_title.text() == "On shipment SH-261123-1: 2 pallet(s)"
    assert window.current() is screen

    tap(qtbot, window, screen.customer_buttons["C100"])  # another customer on the same truck: a new shipment
    assert "is for Baltic Dairy" in window.banner.text()
    tap(qtbot, window, screen.new_button)
    assert screen.shipment == "SH-261123-2"
    assert screen.customer is None
    assert screen.loaded_labels == {}


def test_a_void_or_shipped_pallet_is_refused_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    first, second, _third = three_pallets(station)
    pallets.void_pallet(station.ctx, "marta", first.sscc, "damaged", signature=Signature("B2001", "3333"))
    pallets.ship_pallet(station.ctx, "marta", second.sscc, "C100", "SH-OLD")
    scan(qtbot, window, "B1001")
    tap(qtbot, window, window.nav["dispatch"])
    tap(qtbot, window, window.dispatch.customer_buttons["C100"])
    before = len(events(station))

    scan(qtbot, window, first.sscc)
    assert "is void; it cannot ship" in window.banner.text()
    assert window.banner.property("level") == "error"
    scan(qtbot, window, second.sscc)
    assert "already shipped to C100 on SH-OLD" in window.banner.text()
    assert len(events(station)) == before


def test_a_typed_sscc_and_shipment_number(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    first, _second, _third = three_pallets(station)
    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["dispatch"])
    screen = window.dispatch
    tap(qtbot, window, screen.customer_buttons["C100"])
    tap(qtbot, window, screen.shipment_button)
    keyboard = window.overlay.panel
    assert isinstance(keyboard, Keyboard)
    keyboard.set_value("")
    type_keys(qtbot, window, keyboard, "TRUCK-7")
    tap(qtbot, window, keyboard.accept_button)
    assert screen.shipment == "TRUCK-7"

    tap(qtbot, window, screen.type_button)
    keyboard = window.overlay.panel
    assert isinstance(keyboard, Keyboard)
    type_keys(qtbot, window, keyboard, first.sscc)
    tap(qtbot, window, keyboard.accept_button)

    [shipped] = of_type(station, "pallet.shipped")
    assert payload(shipped) == {"sscc": first.sscc, "customer_id": "C100", "shipment_id": "TRUCK-7"}
