"""Printing from the pallet screen through the real print queue and print worker thread: the job's state on
screen, a reprint only after saying yes, the lot card, voiding a pallet with a reason, and a printer that hangs
for seconds while the screen keeps answering."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import operators, pallets, tasks
from floorstation.domain.ports import Pallet
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.pallet_panels import ReprintPanel, VoidPanel
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import OUTPUT_LOT, TASK, of_type, payload, scan, settle, sign, tap


def produce(station: bootstrap.Station) -> Pallet:
    ctx = station.ctx
    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    tasks.stop_task(ctx, TASK, "anna", good=5000)
    return pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000)


def pallet_screen(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, printers: FakePrinters
) -> tuple[MainWindow, Pallet]:
    pallet = produce(station)
    window = make_window(printing=print_context(station, printers))
    scan(qtbot, window, "B2001")  # the shift lead
    tap(qtbot, window, window.nav["pallet"])
    tap(qtbot, window, window.pallet.pallet_buttons[pallet.sscc])
    return window, pallet


def printed(station: bootstrap.Station) -> list[tuple[str, str, str, bool]]:
    return [
        (p["card"], p["subject"], p["printer"], p["reprint"]) for p in map(payload, of_type(station, "card.printed"))
    ]


def test_the_pallet_card_goes_through_the_print_queue_and_the_screen_follows_the_job(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    printers = FakePrinters()
    window, pallet = pallet_screen(qtbot, make_window, station, printers)
    screen = window.pallet
    assert screen.print_button.text() == "Print card"
    assert screen.job_label.text() == "Cards print on dock."

    tap(qtbot, window, screen.print_button)
    qtbot.waitUntil(lambda: "was printed on dock" in screen.job_label.text(), timeout=5000)
    settle(qtbot, window)

    assert [url for url, _doc in printers.sent] == ["fake://dock"]
    assert printed(station) == [("pallet", pallet.sscc, "dock", False)]
    assert of_type(station, "card.printed")[0].operator_id == "marta"
    assert screen.print_button.text() == "Reprint card"
    assert f"The card for {pallet.sscc} was printed on dock." in window.banner.text()
    assert "Printer: <span style='color:#7fd08f'>ready</span>" in window.status_bar.devices_label.text()
    assert "Printer: ready (dock)" in window.status_bar.devices_label.toolTip()


def test_a_reprint_is_asked_first_and_recorded_as_one(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    printers = FakePrinters()
    window, pallet = pallet_screen(qtbot, make_window, station, printers)
    screen = window.pallet
    tap(qtbot, window, screen.print_button)
    qtbot.waitUntil(lambda: screen.print_button.text() == "Reprint card", timeout=5000)

    tap(qtbot, window, screen.print_button)
    panel = window.overlay.panel
    assert isinstance(panel, ReprintPanel)
    tap(qtbot, window, panel.no_button)  # the card is fine after all
    assert not window.overlay.isVisible()
    assert len(printed(station)) == 1

    tap(qtbot, window, screen.print_button)
    panel = window.overlay.panel
    assert isinstance(panel, ReprintPanel)
    tap(qtbot, window, panel.yes_button)
    qtbot.waitUntil(lambda: len(printed(station)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: "The reprint of the card" in screen.job_label.text(), timeout=5000)

    assert printed(station) == [("pallet", pallet.sscc, "dock", False), ("pallet", pallet.sscc, "dock", True)]
    assert screen.preview.card is not None and screen.preview.card.reprint


def test_the_lot_card_of_the_chosen_lot(qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station) -> None:
    printers = FakePrinters()
    window, _pallet = pallet_screen(qtbot, make_window, station, printers)
    screen = window.pallet
    assert not screen.lot_card_button.isEnabled()  # no lot chosen yet

    tap(qtbot, window, screen.lot_buttons[OUTPUT_LOT])
    tap(qtbot, window, screen.lot_card_button)
    qtbot.waitUntil(lambda: len(printed(station)) == 1, timeout=5000)

    assert printed(station) == [("lot", OUTPUT_LOT, "dock", False)]
    assert printers.sent[0][1].kind == "lot"


def test_the_shift_lead_voids_a_pallet_with_a_reason(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    window, pallet = pallet_screen(qtbot, make_window, station, FakePrinters())
    screen = window.pallet
    assert "4000 pcs free" in screen.lot_buttons[OUTPUT_LOT].text()

    tap(qtbot, window, screen.void_button)
    panel = window.overlay.panel
    assert isinstance(panel, VoidPanel)
    tap(qtbot, window, panel.reason_buttons[0])
    tap(qtbot, window, panel.keyboard.accept_button)
    assert not of_type(station, "pallet.voided")  # not before it is signed
    sign(qtbot, window, "B2001", "3333")

    [voided] = of_type(station, "pallet.voided")
    [signed] = of_type(station, "record.signed")
    assert (payload(signed)["meaning"], payload(signed)["signed_event_id"]) == ("Pallet voided", voided.event_id)
    assert (voided.operator_id, payload(voided)) == ("marta", {"sscc": pallet.sscc, "reason": "Wrong quantity"})
    assert "is void" in window.banner.text()
    assert screen.preview.card is not None and screen.preview.card.void
    assert not screen.print_button.isEnabled()
    assert not screen.void_button.isEnabled()
    assert "5000 pcs free" in screen.lot_buttons[OUTPUT_LOT].text()


def test_an_operator_cannot_void(qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station) -> None:
    window, _pallet = pallet_screen(qtbot, make_window, station, FakePrinters())
    scan(qtbot, window, "B1001")  # anna, an operator, acts now

    assert not window.pallet.void_button.isEnabled()
    assert "Only a shift lead builds and voids pallets" in window.pallet.role_hint.text()


def test_a_printer_that_hangs_never_freezes_the_screen(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    printers = FakePrinters(block_seconds=8.0)
    window, pallet = pallet_screen(qtbot, make_window, station, printers)
    screen = window.pallet
    try:
        tap(qtbot, window, screen.print_button)
        assert printers.sending.wait(5), "the print worker never reached the printer"

        # The printer holds the worker for seconds; every tap and scan is answered well within half a second.
        for name in ("home", "trace", "sign_in", "pallet"):
            qtbot.mouseClick(window.nav[name], Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda n=name: window.current() is window.screens[n], timeout=500)
        window.on_scan_received(ScanEvent("B1001", None, "test", datetime.now().astimezone()))
        qtbot.waitUntil(lambda: window.terminal.active == "anna", timeout=500)
        qtbot.waitUntil(lambda: "is printing on dock" in screen.job_label.text(), timeout=5000)
        assert printed(station) == []
        assert printers.sent == []
    finally:
        printers.release.set()

    qtbot.waitUntil(lambda: "was printed on dock" in screen.job_label.text(), timeout=5000)
    assert printed(station) == [("pallet", pallet.sscc, "dock", False)]
