"""A dispatch terminal ships pallets built at a production station: they arrive in the plant's change feed (applied
here through the station's real download sink), are listed as ready, a scan of the pallet card loads one, and a
pallet voided at the line is refused with where, when and why."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.domain.codes import gs1_check_digit
from floorstation.domain.ports import MasterChange
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import of_type, payload, scan, sign_in, tap
from tests.ui.test_station_modes import in_mode

READY = "15901234000100001" + str(gs1_check_digit("15901234000100001"))
VOIDED = "15901234000100002" + str(gs1_check_digit("15901234000100002"))


def from_the_line(sscc: str, state: str = "built", **more: object) -> MasterChange:
    data: dict[str, object] = {
        "sscc": sscc,
        "lot_code": "A1-26327-001",
        "material": "CAP-28",
        "qty_milli": 2_000_000,
        "unit": "pcs",
        "station_id": "ST-LINE1",
        "built_at": "2026-11-23T09:00:00+01:00",
        "state": state,
    }
    return MasterChange("pallet", data | more)


def test_a_dispatch_terminal_ships_a_pallet_known_only_from_the_plant(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    voided = from_the_line(
        VOIDED, "voided", voided_station="ST-LINE1", voided_at="2026-11-23T09:30:00+01:00", void_reason="label torn"
    )
    bootstrap.change_sink(station).apply_changes([from_the_line(READY), voided], "7")

    window = in_mode(make_window, station, "dispatch")
    sign_in(qtbot, window, "B1001")
    screen = window.dispatch
    assert window.current() is screen
    assert list(screen.ready_labels) == [READY]
    assert screen.ready_title.text() == "Ready to ship: 1 pallet(s)"

    tap(qtbot, window, screen.customer_buttons["C200"])
    scan(qtbot, window, VOIDED)
    assert window.banner.text().startswith(
        f"Pallet {VOIDED} was voided at station ST-LINE1 on 2026-11-23 09:30 (label torn); it cannot ship."
    )
    assert window.banner.property("level") == "error"
    assert of_type(station, "pallet.shipped") == []

    scan(qtbot, window, "00" + READY)
    assert [payload(e) for e in of_type(station, "pallet.shipped")] == [
        {"sscc": READY, "customer_id": "C200", "shipment_id": screen.shipment}
    ]
    assert list(screen.loaded_labels) == [READY]
    assert screen.ready_labels == {}
    scan(qtbot, window, READY)  # shipped here, the server has not said so yet: not loaded twice
    assert "was already shipped to C200" in window.banner.text()
    assert len(of_type(station, "pallet.shipped")) == 1
