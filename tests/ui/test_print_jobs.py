"""Stuck print jobs at the terminal: the printer's button in the status bar opens the print queue; a card waiting
for a printer that is off says why, and Retry prints it exactly once when the printer is back; a card that may
have printed (the station stopped while sending) is sent again only after a person says no card came out, and
cancelling it asks whether it printed."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import printing
from floorstation.app.printing import PrintContext
from floorstation.domain.ports import Pallet
from floorstation.domain.printers import StationPrinter
from floorstation.domain.printjobs import JobState, PrintJob
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.admin_close import AdminPanel
from floorstation.ui.screens.print_jobs import PrintJobsPanel
from floorstation.ui.widgets.more_panel import MorePanel
from tests.conftest import ManualClock
from tests.integration.printer_fakes import FakePrinter, free_port, read_escpos
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import scan, settle, tap, type_keys
from tests.ui.test_printing import printed, produce
from tests.ui.test_translations import compiled, speak, translations  # noqa: F401 (fixtures)


def open_settings(qtbot: QtBot, window: MainWindow) -> None:
    """Settings from the side menu (under "More" when the screen has no room for it), with the admin's badge and
    PIN."""
    if window.nav["settings"].isVisible():
        tap(qtbot, window, window.nav["settings"])
    else:
        tap(qtbot, window, window.rail.more_button)
        more = window.overlay.panel
        assert isinstance(more, MorePanel)
        tap(qtbot, window, more.buttons["settings"])
    scan(qtbot, window, "B9001")
    panel = window.overlay.panel
    assert isinstance(panel, AdminPanel)
    type_keys(qtbot, window, panel.pin.keypad, "9999")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    assert window.current() is window.settings


def print_queue_panel(qtbot: QtBot, window: MainWindow) -> PrintJobsPanel:
    """One tap on the printer's button in the status bar."""
    button = window.status_bar.device_buttons["printer"]
    tap(qtbot, window, button)
    panel = window.overlay.panel
    assert isinstance(panel, PrintJobsPanel)
    qtbot.waitUntil(lambda: panel.jobs is not None)
    return panel


def only_job(pctx: PrintContext) -> PrintJob:
    jobs = printing.list_jobs(pctx, open_only=False)
    assert len(jobs) == 1
    return jobs[0]


def test_a_card_for_a_printer_that_is_off_is_shown_with_why_and_retry_prints_it_once(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, clock: ManualClock
) -> None:
    pallet = produce(station)
    port = free_port()  # nobody listens: a printer that is switched off
    pctx = replace(
        bootstrap.printing(station), station_printers=(StationPrinter("dock", f"escpos+tcp://127.0.0.1:{port}"),)
    )
    window = make_window(printing=pctx)
    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["pallet"])
    tap(qtbot, window, window.pallet.pallet_buttons[pallet.sscc])
    tap(qtbot, window, window.pallet.print_button)
    button = window.status_bar.device_buttons["printer"]
    qtbot.waitUntil(lambda: button.property("device") == "offline", timeout=10_000)
    assert button.isVisible() and button.text() == "Printer"
    clock.advance(5 * 60)

    panel = print_queue_panel(qtbot, window)
    row = panel.rows[only_job(pctx).id]
    assert row.title.text() == f"Pallet card {pallet.sscc}"
    assert row.line.text() == "on dock · waiting for the printer · queued 5 min ago"
    assert row.error.text() == (
        f"Printer at 127.0.0.1:{port} does not answer. Check that it is on and connected; the card waits in the queue."
    )
    assert printed(station) == []

    printer = FakePrinter(port=port)  # the printer is switched on
    try:
        tap(qtbot, window, row.retry_button)
        qtbot.waitUntil(lambda: only_job(pctx).state is JobState.DONE, timeout=10_000)
        qtbot.waitUntil(lambda: panel.summary.text() == "Every card has printed: nothing is waiting.", timeout=5000)
        settle(qtbot, window)
        # the pallet screen underneath follows the job it asked for and says when it came out
        said = f"The card for {pallet.sscc} was printed on dock."
        qtbot.waitUntil(lambda: said in window.banner.text(), timeout=5000)
        assert len(printer.wait_for_jobs(1)) == 1
        assert any(pallet.sscc in data for _aim, data in read_escpos(printer.jobs[0]).barcodes)
        assert printed(station) == [("pallet", pallet.sscc, "dock", False)]
        qtbot.waitUntil(lambda: button.property("device") == "ready", timeout=5000)
        assert panel.rows == {}
        assert len(printer.jobs) == 1  # the retry printed it once: the queue holds nothing else to send
    finally:
        printer.close()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            "Der Drucker unter 127.0.0.1:{port} antwortet nicht. Prüfen, ob er eingeschaltet und angeschlossen ist; "
            "die Karte wartet in der Warteschlange.",
        ),
        (
            "pl",
            "Drukarka 127.0.0.1:{port} nie odpowiada. Sprawdź, czy jest włączona i podłączona; karta czeka w kolejce.",
        ),
    ],
)
def test_a_printer_that_refuses_the_connection_is_said_in_the_terminals_language(  # noqa: PLR0917 (fixtures)
    qtbot: QtBot,
    make_window: MakeWindow,
    station: bootstrap.Station,
    translations: Translations,  # noqa: F811
    language: str,
    said: str,
) -> None:
    pallet = produce(station)
    port = free_port()  # nobody listens: the connection is refused
    pctx = replace(
        bootstrap.printing(station), station_printers=(StationPrinter("dock", f"escpos+tcp://127.0.0.1:{port}"),)
    )
    window = make_window(printing=pctx)
    speak(qtbot, window, translations, language)
    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["pallet"])
    tap(qtbot, window, window.pallet.pallet_buttons[pallet.sscc])
    tap(qtbot, window, window.pallet.print_button)
    button = window.status_bar.device_buttons["printer"]
    qtbot.waitUntil(lambda: button.property("device") == "offline", timeout=10_000)

    panel = print_queue_panel(qtbot, window)
    row = panel.rows[only_job(pctx).id]
    assert row.error.text() == said.format(port=port)
    assert "Errno" not in window.status_bar.devices_label.toolTip()


def uncertain_job(station: bootstrap.Station, pctx: PrintContext, pallet: Pallet) -> PrintJob:
    """A job the station was sending when it stopped: the worker of a process that no longer runs owned it."""
    job = printing.request_card(pctx, "marta", "pallet", pallet.sscc)
    with pctx.uow() as uow:
        uow.save_print_job(replace(job, state=JobState.PRINTING, owner=f"pid:999999999@{socket.gethostname()}"))
        uow.commit()
    return job


def terminal_with_uncertain_job(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, printers: FakePrinters
) -> tuple[MainWindow, PrintContext, Pallet]:
    pallet = produce(station)
    pctx = print_context(station, printers)
    uncertain_job(station, pctx, pallet)
    window = make_window(printing=pctx)  # the print worker starts and finds the job it cannot judge
    qtbot.waitUntil(lambda: only_job(pctx).state is JobState.UNCERTAIN, timeout=5000)
    scan(qtbot, window, "B2001")
    return window, pctx, pallet


@pytest.mark.allow_log_warnings  # the print worker logs the card it found interrupted
def test_a_card_that_may_have_printed_is_resent_only_after_saying_no_card_came_out(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    printers = FakePrinters()
    window, pctx, pallet = terminal_with_uncertain_job(qtbot, make_window, station, printers)
    button = window.status_bar.device_buttons["printer"]
    qtbot.waitUntil(lambda: button.property("device") == "error", timeout=5000)

    panel = print_queue_panel(qtbot, window)
    row = panel.rows[only_job(pctx).id]
    assert "may have printed" in row.line.text()
    assert "look at the printer before you retry" in row.error.text()
    tap(qtbot, window, row.retry_button)
    assert panel.question.text() == f"Print Pallet card {pallet.sscc} again?"
    tap(qtbot, window, panel.no_button)  # "No, leave it": nothing is sent
    assert panel.pages.currentIndex() == 0
    assert only_job(pctx).state is JobState.UNCERTAIN and printers.sent == []

    tap(qtbot, window, panel.rows[only_job(pctx).id].retry_button)
    assert panel.yes_button.text() == "Yes, no card came out:\nprint it again"
    tap(qtbot, window, panel.yes_button)
    qtbot.waitUntil(lambda: only_job(pctx).state is JobState.DONE, timeout=5000)
    assert [url for url, _doc in printers.sent] == ["fake://dock"]
    assert printed(station) == [("pallet", pallet.sscc, "dock", False)]


@pytest.mark.allow_log_warnings  # the print worker logs the card it found interrupted
def test_cancelling_a_card_that_may_have_printed_asks_whether_it_did(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    printers = FakePrinters()
    window, pctx, pallet = terminal_with_uncertain_job(qtbot, make_window, station, printers)
    open_settings(qtbot, window)  # the print queue is in the settings' devices too
    tap(qtbot, window, window.settings.tabs["devices"])
    tap(qtbot, window, window.settings.device_buttons["printer"])
    panel = window.overlay.panel
    assert isinstance(panel, PrintJobsPanel)
    qtbot.waitUntil(lambda: bool(panel.rows))

    tap(qtbot, window, panel.rows[only_job(pctx).id].cancel_button)
    assert panel.question.text() == f"Did Pallet card {pallet.sscc} come out of the printer?"
    assert only_job(pctx).state is JobState.UNCERTAIN
    tap(qtbot, window, panel.yes_button)  # "Yes, it printed"
    qtbot.waitUntil(lambda: printed(station) != [], timeout=5000)
    settle(qtbot, window)

    assert only_job(pctx).state is JobState.CANCELLED
    assert printers.sent == []  # nothing was sent again
    assert printed(station) == [("pallet", pallet.sscc, "dock", False)]  # recorded as the card it is
    assert f"Pallet card {pallet.sscc} is recorded as printed." in window.banner.text()
    qtbot.waitUntil(lambda: panel.summary.text() == "Every card has printed: nothing is waiting.", timeout=5000)


@pytest.mark.allow_log_warnings  # the print worker logs the card it found interrupted
def test_cancelling_a_card_that_did_not_print_records_nothing(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    printers = FakePrinters()
    window, pctx, pallet = terminal_with_uncertain_job(qtbot, make_window, station, printers)
    panel = print_queue_panel(qtbot, window)
    tap(qtbot, window, panel.rows[only_job(pctx).id].cancel_button)
    tap(qtbot, window, panel.no_button)  # "No, nothing came out"
    qtbot.waitUntil(lambda: only_job(pctx).state is JobState.CANCELLED, timeout=5000)
    settle(qtbot, window)
    assert printed(station) == [] and printers.sent == []
    assert f"Pallet card {pallet.sscc} was taken out of the print queue." in window.banner.text()
