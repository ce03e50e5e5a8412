"""Station modes: a goods-in station opens on the goods-in screen and prints our lot card for every supplier label
scanned; a dispatch station opens on dispatch; the mode is switched in the settings and kept in station.toml."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import biip
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorstation import bootstrap, paths
from floorstation import config as station_config
from floorstation.app import operators, pallets, tasks
from floorstation.devices.scanner_config import DEFAULT_WEDGE
from floorstation.domain.printers import StationPrinter
from floorstation.domain.scanning import GS
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from floorstation.ui.wedge_filter import WedgeFilter
from tests.integration.printer_fakes import FakePrinter, read_escpos
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import OUTPUT_LOT, TASK, of_type, payload, scan, settle, sign_in, tap
from tests.ui.test_settings_and_devices import open_settings
from tests.ui.test_translations import compiled, polish, translations  # noqa: F401 (fixtures)

CAP_28 = "05901234000017"  # demo material CAP-28
LABEL = f"]C101{CAP_28}17281231{GS}10SUP-7001{GS}30500"


class WedgeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def in_mode(make_window: MakeWindow, station: bootstrap.Station, mode: str, **options: object) -> MainWindow:
    """The terminal of a station whose station.toml says ``mode``."""
    station.config = replace(station.config, mode=mode)
    return make_window(**options)


def test_a_goods_in_station_opens_on_goods_in_and_a_label_burst_prints_our_lot_card(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, printer: FakePrinter, qapp: QApplication
) -> None:
    made = bootstrap.printing(station)
    dock = StationPrinter("dock", f"escpos+tcp://{printer.url_host}")
    window = in_mode(make_window, station, "goods_in", printing=replace(made, station_printers=(dock,)))
    assert window.status_bar.mode_label.text() == "Goods-in station"
    assert next(iter(window.nav)) == "goods_in"

    sign_in(qtbot, window, "B1001")  # Anna
    screen = window.goods_in
    assert window.current() is screen
    assert screen.prompt.isVisible() and screen.prompt.text() == "Scan a supplier label"
    assert screen.empty.isVisible()
    assert "dock" in screen.printer_note.text()

    # The label as a keyboard-wedge scanner types it: a burst of keys, GS as Ctrl+], into whatever has focus.
    clock = WedgeClock()
    wedge = WedgeFilter(DEFAULT_WEDGE, clock=clock, wall=lambda: datetime(2026, 11, 23, 8, tzinfo=UTC))
    wedge.scan_received.connect(window.on_scan_received)
    qapp.installEventFilter(wedge)
    try:
        target = window.focusWidget() or window
        for ch in LABEL + "\r":
            clock.t += 0.004
            if ch == GS:
                QTest.keyClick(target, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
            elif ch == "\r":
                QTest.keyClick(target, Qt.Key.Key_Return)
            else:
                QTest.keyClick(target, ch)
        clock.t += 0.1
        wedge.poll()
    finally:
        qapp.removeEventFilter(wedge)
    settle(qtbot, window)

    panel = window.overlay.panel
    assert window.overlay.isVisible() and isinstance(panel, GoodsInPanel), window.banner.text()
    assert panel.keypad.value() == ""  # the label's count is offered, not filled in
    tap(qtbot, window, panel.use_count_button)
    assert panel.keypad.value() == "500"
    tap(qtbot, window, panel.receive_button)
    received = payload(of_type(station, "lot.received")[-1])
    lot = received["lot_code"]
    assert (received["supplier_lot"], received["quantity"]) == ("SUP-7001", "500")

    # Our lot card reaches the printer without anyone asking, and scans as our lot.
    [job] = printer.wait_for_jobs(1)
    elements: dict[str, str] = {}
    for aim, data in read_escpos(job).barcodes:
        message = biip.parse(aim + data).gs1_message if aim == "]C1" else None
        if message is not None:
            elements.update({e.ai.ai: e.value for e in message.element_strings})
    assert elements["10"] == lot and elements["01"] == CAP_28

    tap(qtbot, window, panel.cancel_button)  # Done
    qtbot.waitUntil(lambda: lot in screen.rows, timeout=5000)
    row = screen.rows[lot]
    assert "SUP-7001" in row.text.text() and "500" in row.text.text() and "2028-12-31" in row.text.text()
    assert screen.list_title.text() == "Received today: 1 lot(s)"
    qtbot.waitUntil(lambda: screen.rows[lot].card_button.text() == "Reprint card", timeout=5000)
    settle(qtbot, window)
    assert len(of_type(station, "card.printed")) == 1
    row = screen.rows[lot]
    tap(qtbot, window, row.card_button)
    printer.wait_for_jobs(2)
    assert "on its way to the printer" in window.banner.text()


def test_without_a_lot_card_printer_the_goods_in_screen_says_so_and_offers_the_preview(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    made = bootstrap.printing(station)
    window = in_mode(make_window, station, "goods_in", printing=replace(made, station_printers=()))
    sign_in(qtbot, window, "B1001")
    screen = window.goods_in
    assert "No lot-card printer" in screen.printer_note.text()
    scan(qtbot, window, LABEL)
    panel = window.overlay.panel
    assert isinstance(panel, GoodsInPanel)
    tap(qtbot, window, panel.use_count_button)
    tap(qtbot, window, panel.receive_button)
    lot = payload(of_type(station, "lot.received")[-1])["lot_code"]
    assert "No lot-card printer" in window.banner.text() and lot in window.banner.text()
    assert not panel.print_button.isVisible()
    tap(qtbot, window, panel.cancel_button)
    qtbot.waitUntil(lambda: lot in screen.rows, timeout=5000)
    row = screen.rows[lot]
    assert not row.card_button.isVisible()
    tap(qtbot, window, row.preview_button)
    qtbot.waitUntil(lambda: window.overlay.isVisible() and lot in window.overlay.title.text(), timeout=5000)
    assert not window.overlay.panel.pixmap().isNull()  # type: ignore[union-attr]


def test_in_production_mode_a_label_is_kept_and_opens_the_goods_in_panel_when_tapped(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window, "B1001")
    assert window.current() is window.home
    scan(qtbot, window, LABEL)
    assert not window.overlay.isVisible()
    assert "kept for goods in" in window.banner.text()
    tap(qtbot, window, window.kept_labels)
    assert isinstance(window.overlay.panel, GoodsInPanel)
    assert window.current() is window.home


def test_a_dispatch_station_loads_scanned_pallets_and_the_trace_names_the_customer(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    ctx = station.ctx
    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    tasks.stop_task(ctx, TASK, "anna", good=3000)
    first, second = (pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000) for _ in range(2))

    window = in_mode(make_window, station, "dispatch")
    sign_in(qtbot, window, "B1001")
    screen = window.dispatch
    assert window.current() is screen
    assert window.status_bar.mode_label.text() == "Dispatch station"
    tap(qtbot, window, screen.customer_buttons["C200"])
    scan(qtbot, window, "00" + first.sscc)
    scan(qtbot, window, second.sscc)
    shipped = of_type(station, "pallet.shipped")
    assert [(payload(e)["sscc"], payload(e)["customer_id"]) for e in shipped] == [
        (first.sscc, "C200"),
        (second.sscc, "C200"),
    ]

    tap(qtbot, window, window.nav["trace"])
    scan(qtbot, window, OUTPUT_LOT)
    assert window.current() is window.trace
    assert "customers: Baltic Dairy Sp. z o.o." in window.trace.summary.text()


def test_the_mode_is_switched_in_the_settings_and_kept_in_station_toml(
    qtbot: QtBot, station: bootstrap.Station, make_window: MakeWindow
) -> None:
    path = paths.config_path(station.root)

    def save_mode(mode: str) -> None:
        station_config.save_station_option(path, "mode", mode)

    window = make_window(save_mode=save_mode)
    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["mode"])
    tap(qtbot, window, window.settings.mode_buttons["dispatch"])
    assert window.terminal.mode == "dispatch"
    assert window.status_bar.mode_label.text() == "Dispatch station"
    qtbot.waitUntil(lambda: station_config.load(path).mode == "dispatch", timeout=5000)

    tap(qtbot, window, window.settings.close_button)
    assert window.current() is window.dispatch
    sign_in(qtbot, window, "B1001")
    assert window.current() is window.dispatch


def test_the_settings_warn_about_the_shared_default_sscc_range(qtbot: QtBot, window: MainWindow) -> None:
    open_settings(qtbot, window)
    assert "(from station.toml: not enrolled)" in window.settings.values["station.sscc"].text()
    grid = window.settings._grids["station"]
    note = grid.itemAt(0).widget()
    assert note.text().startswith("Warning: this station makes SSCCs from the default range")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "case",
    [
        ("production", "Anna Nowak: signed in. Tap a task to work on it.", "Piotr Wiśniewski: zalogowano. Dotknij"),
        (
            "goods_in",
            "Anna Nowak: signed in. Scan a supplier label to receive a lot.",
            "Piotr Wiśniewski: zalogowano. Zeskanuj etykietę dostawcy, aby przyjąć partię.",
        ),
        (
            "dispatch",
            "Anna Nowak: signed in. Choose the customer, then scan each pallet as it is loaded.",
            "Piotr Wiśniewski: zalogowano. Wybierz klienta, a potem skanuj każdą ładowaną paletę.",
        ),
    ],
)
def test_signed_in_says_what_to_do_at_this_kind_of_station(
    qtbot: QtBot,
    make_window: MakeWindow,
    station: bootstrap.Station,
    translations: Translations,  # noqa: F811
    case: tuple[str, str, str],
) -> None:
    mode, english, polish_text = case
    window = in_mode(make_window, station, mode, translations=translations)
    sign_in(qtbot, window, "B1001")
    assert window.banner.text() == english
    polish(qtbot, window, translations)
    sign_in(qtbot, window, "B1002")  # Piotr
    assert window.banner.text().startswith(polish_text), window.banner.text()
