"""Goods-in at the terminal: a supplier's GS1 label scanned at a production terminal is kept with a notice, and
tapped, opens the goods-in panel; the quantity is typed on the keypad, or the label's count confirmed with a tap;
Receive records the lot for the operator who acts, once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.domain.scanning import GS
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import events, of_type, payload, scan, sign_in, tap, type_keys

CAP_28 = "05901234000017"  # demo material CAP-28
NO_COUNT = f"]C101{CAP_28}17281231{GS}10SUP-4711"
WITH_COUNT = f"]C101{CAP_28}17281231{GS}10SUP-4712{GS}305000"
EXPIRED = f"]C101{CAP_28}17261122{GS}10SUP-OLD{GS}30100"


def receive(qtbot: QtBot, window: MainWindow, label: str) -> GoodsInPanel:
    """Scan the label (kept, with a notice), then tap the notice to receive it."""
    scan(qtbot, window, label)
    assert not window.overlay.isVisible()
    assert window.kept_labels.isVisible() and "Cap 28" in window.kept_labels.text()
    tap(qtbot, window, window.kept_labels)
    assert not window.kept_labels.isVisible()
    return panel_of(window)


def panel_of(window: MainWindow) -> GoodsInPanel:
    panel = window.overlay.panel
    assert window.overlay.isVisible() and isinstance(panel, GoodsInPanel), window.banner.text()
    return panel


def test_a_label_without_a_count_is_received_with_the_typed_quantity(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")  # Anna
    panel = receive(qtbot, window, NO_COUNT)
    assert "Scan not recognised" not in window.banner.text()
    assert not panel.receive_button.isEnabled()  # no quantity yet
    assert not panel.use_count_button.isVisible()  # the label has none to offer
    assert panel.receive_button.height() >= 64 and panel.cancel_button.height() >= 64

    type_keys(qtbot, window, panel.keypad, "2500")
    tap(qtbot, window, panel.receive_button)

    received = of_type(station, "lot.received")[-1]
    assert received.operator_id == "anna"
    assert {k: payload(received)[k] for k in ("material", "quantity", "supplier_lot", "expiry")} == {
        "material": "CAP-28",
        "quantity": "2500",
        "supplier_lot": "SUP-4711",
        "expiry": "2028-12-31",
    }
    lot = payload(received)["lot_code"]
    assert panel.message.text() == f"Received as lot {lot}."
    assert window.banner.text() == f"Received as lot {lot}."
    assert not panel.print_button.isVisible()  # no print queue on this terminal

    # The same label again while the panel is open: nothing new.
    count = len(events(station))
    scan(qtbot, window, NO_COUNT)
    assert panel_of(window) is panel and len(events(station)) == count
    assert not window.kept_labels.isVisible()


def test_the_label_count_is_used_and_the_lot_card_can_be_printed(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    window = make_window(printing=print_context(station, FakePrinters()))
    sign_in(qtbot, window, "B1001")
    panel = receive(qtbot, window, WITH_COUNT)
    assert panel.keypad.value() == "" and not panel.receive_button.isEnabled()  # offered, not filled in
    tap(qtbot, window, panel.use_count_button)
    assert panel.keypad.value() == "5000"
    tap(qtbot, window, panel.receive_button)
    lot = payload(of_type(station, "lot.received")[-1])["lot_code"]
    assert payload(of_type(station, "lot.received")[-1])["quantity"] == "5000"

    tap(qtbot, window, panel.print_button)
    assert window.print_queue is not None
    assert [(j.card, j.subject) for j in window.print_queue.jobs.values()] == [("lot", lot)]
    assert "lot card" in window.banner.text()


def test_nobody_signed_in_receives_nothing(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    count = len(events(station))
    panel = receive(qtbot, window, WITH_COUNT)
    assert panel.who.text().startswith("Sign in first")
    assert not panel.keypad.isVisible() and not panel.receive_button.isVisible()
    assert not panel.use_count_button.isVisible()
    panel.receive()  # even if it were asked for
    assert len(events(station)) == count
    assert of_type(station, "lot.received") == []


def test_an_expired_label_is_refused_and_records_nothing(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")
    count = len(events(station))
    panel = receive(qtbot, window, EXPIRED)
    tap(qtbot, window, panel.use_count_button)
    tap(qtbot, window, panel.receive_button)
    assert panel.message.isVisible()
    assert "2026-11-22" in panel.message.text() and panel.received is None
    assert len(events(station)) == count
    tap(qtbot, window, panel.cancel_button)
    assert not window.overlay.isVisible()


def test_a_label_received_before_says_so_and_is_not_received_twice(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")
    panel = receive(qtbot, window, WITH_COUNT)
    tap(qtbot, window, panel.use_count_button)
    tap(qtbot, window, panel.receive_button)
    lot = payload(of_type(station, "lot.received")[-1])["lot_code"]
    tap(qtbot, window, panel_of(window).cancel_button)

    count = len(events(station))
    panel = receive(qtbot, window, WITH_COUNT)
    assert f"already received here as lot {lot}" in panel.message.text()
    assert not panel.receive_button.isVisible()
    assert len(events(station)) == count
    assert len(of_type(station, "lot.received")) == 1
