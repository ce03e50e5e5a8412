"""The core's errors in Polish: after switching the terminal to Polish, each error an operator, a shift lead,
maintenance, quality or an admin can run into at the terminal is provoked through the screens and said in
Polish (the core words them in English; the terminal translates them by their code or wording)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation import config as station_config
from floorstation.app import machines, operators, pallets, printing, quality, tasks
from floorstation.app.signatures import Signature
from floorstation.domain.codes import SsccRange
from floorstation.domain.errors import InvalidInput, NotFound, Said
from floorstation.domain.printers import StationPrinter
from floorstation.domain.scanning import GS
from floorstation.store.said_column import from_column, to_column
from floorstation.sync.client import ServerRefused
from floorstation.ui.error_texts import WORDINGS, error_sentence, stored_error_text
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.acting_proof import ActingProofPanel
from floorstation.ui.screens.admin_close import AdminPanel
from floorstation.ui.screens.goods_in_panel import GoodsInPanel
from floorstation.ui.screens.print_jobs import PrintJobsPanel
from floorstation.ui.screens.refusal import RefusalPanel, RepeatPanel
from floorstation.ui.widgets.keyboard import Keyboard
from floorstation.ui.widgets.keypad import Keypad
from floorstation.ui.widgets.pin_entry import PinEntry
from floorstation.ui.widgets.signature import SignaturePanel
from tests.conftest import ManualClock
from tests.integration.printer_fakes import free_port
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import OUTPUT_LOT, TASK, open_task, scan, settle, tap, type_keys, used
from tests.ui.test_translations import compiled, polish, translations  # noqa: F401 (fixtures)

CAP_28 = "05901234000017"  # demo material CAP-28
NO_COUNT = f"]C101{CAP_28}17281231{GS}10SUP-4711"

Scenario = Callable[[QtBot, MainWindow, bootstrap.Station], str]


def _panel(window: MainWindow) -> object:
    assert window.overlay.isVisible()
    return window.overlay.panel


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    panel = _panel(window)
    assert isinstance(panel, Keyboard | Keypad)
    type_keys(qtbot, window, panel, text)
    tap(qtbot, window, panel.accept_button)


def wrong_pin(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    tap(qtbot, w, w.nav["sign_in"])
    tap(qtbot, w, w.sign_in.name_buttons["anna"])
    entry = _panel(w)
    assert isinstance(entry, PinEntry)
    type_keys(qtbot, w, entry.keypad, "0000")
    tap(qtbot, w, entry.keypad.accept_button)
    return entry.error.text()


def acting_wrong_badge(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    scan(qtbot, w, "B3001")
    scan(qtbot, w, "B1001")
    clock = station.ctx.clock
    assert isinstance(clock, ManualClock)
    clock.advance(120)  # Tomasz's badge scan is two minutes old: a tap on his name asks for a proof
    tap(qtbot, w, w.status_bar.chip("tomasz"))
    panel = _panel(w)
    assert isinstance(panel, ActingProofPanel)
    scan(qtbot, w, "B1001")
    return panel.pin.prompt.text() + "\n" + panel.pin.error.text()


def acting_pin_locked(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    acting_wrong_badge(qtbot, w, station)
    panel = _panel(w)
    assert isinstance(panel, ActingProofPanel)
    for _ in range(4):
        type_keys(qtbot, w, panel.pin.keypad, "0000")
        tap(qtbot, w, panel.pin.keypad.accept_button)
    return panel.pin.error.text()


def unknown_badge(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    scan(qtbot, w, "B1999")
    return w.banner.text()


def not_running(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    scan(qtbot, w, "B1001")
    open_task(qtbot, w)
    scan(qtbot, w, "PP-2401")  # a lot into a task nobody started
    return w.banner.text()


def machine_down(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    operators.sign_in(station.ctx, badge="B3001")
    machines.mark_machine_down(station.ctx, "tomasz", "M01", "electrical", "sparks")
    scan(qtbot, w, "B1001")
    open_task(qtbot, w)
    tap(qtbot, w, w.task.start_button)
    return w.banner.text()


def _running(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> None:
    operators.sign_in(station.ctx, badge="B1001")
    tasks.start_task(station.ctx, TASK, "anna")
    scan(qtbot, w, "B1001")
    open_task(qtbot, w)


def unknown_lot_typed(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    _running(qtbot, w, station)
    tap(qtbot, w, w.task.type_button)
    _type(qtbot, w, "XX-1")
    return w.banner.text()


def same_lot_twice(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    _running(qtbot, w, station)
    scan(qtbot, w, "PP-2401")
    used(qtbot, w)
    scan(qtbot, w, "PP-2401")
    used(qtbot, w)
    panel = _panel(w)
    assert isinstance(panel, RepeatPanel)
    return " ".join(label.text() for label in panel.findChildren(QLabel))


def too_much_on_a_pallet(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    operators.sign_in(station.ctx, badge="B1001")
    tasks.start_task(station.ctx, TASK, "anna")
    tasks.stop_task(station.ctx, TASK, "anna", good=5000)
    scan(qtbot, w, "B2001")
    tap(qtbot, w, w.nav["pallet"])
    tap(qtbot, w, w.pallet.lot_buttons[OUTPUT_LOT])
    tap(qtbot, w, w.pallet.qty_button)
    _type(qtbot, w, "9000")
    tap(qtbot, w, w.pallet.build_button)
    return w.banner.text()


def trace_unknown(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    tap(qtbot, w, w.nav["trace"])
    tap(qtbot, w, w.trace.code_button)
    _type(qtbot, w, "ZZ-0")
    return w.banner.text()


def _pallet_built(station: bootstrap.Station) -> pallets.Pallet:
    operators.sign_in(station.ctx, badge="B1001")
    operators.sign_in(station.ctx, badge="B2001")
    tasks.start_task(station.ctx, TASK, "anna")
    tasks.stop_task(station.ctx, TASK, "anna", good=5000)
    return pallets.build_pallet(station.ctx, "marta", OUTPUT_LOT, 1000)


def with_printer_off(station: bootstrap.Station) -> printing.PrintContext:
    """A pallet whose card waits for a printer that is off (one try made)."""
    pallet = _pallet_built(station)
    pctx = replace(
        bootstrap.printing(station),
        station_printers=(StationPrinter("dock", f"escpos+tcp://127.0.0.1:{free_port()}"),),
    )
    printing.request_card(pctx, "marta", "pallet", pallet.sscc)
    printing.PrintWorker(pctx).run_once()
    return pctx


def printer_off(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    """The print queue's last error of the card."""
    scan(qtbot, w, "B2001")
    tap(qtbot, w, w.status_bar.device_buttons["printer"])
    panel = _panel(w)
    assert isinstance(panel, PrintJobsPanel)
    qtbot.waitUntil(lambda: bool(panel.rows))
    strip = w.status_bar.devices_label.toolTip()  # the printer's health says the same, in the status bar
    assert "dock: Drukarka 127.0.0.1:" in strip and "nie odpowiada" in strip, strip
    return next(iter(panel.rows.values())).error.text() + "\n" + strip


def with_card_queued(station: bootstrap.Station) -> printing.PrintContext:
    """A pallet whose card is already queued (printed elsewhere, or waiting for its printer)."""
    pallet = _pallet_built(station)
    printers = FakePrinters(block_seconds=30)
    _BUSY_PRINTERS.append(printers)
    pctx = print_context(station, printers)
    printing.request_card(pctx, "marta", "pallet", pallet.sscc)
    return pctx


_BUSY_PRINTERS: list[FakePrinters] = []
"""Printers that hold the card they were sent until the test has read the screen: released then, so the print
worker stops at once instead of waiting for the printer's 30 s."""


def printed_before(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    """The terminal asks whether to reprint, with the core's reason in Polish."""
    scan(qtbot, w, "B2001")
    tap(qtbot, w, w.nav["pallet"])
    tap(qtbot, w, next(iter(w.pallet.pallet_buttons.values())))
    tap(qtbot, w, w.pallet.print_button)
    panel = _panel(w)
    assert isinstance(panel, QWidget)
    return " ".join(label.text() for label in panel.findChildren(QLabel))


def goods_in_zero(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    scan(qtbot, w, "B1001")
    scan(qtbot, w, NO_COUNT)  # kept for goods in; the notice is tapped to receive it
    tap(qtbot, w, w.kept_labels)
    panel = _panel(w)
    assert isinstance(panel, GoodsInPanel)
    type_keys(qtbot, w, panel.keypad, "0")
    tap(qtbot, w, panel.receive_button)
    return panel.message.text()


def dispatch_shipped(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    pallet = _pallet_built(station)
    pallets.ship_pallet(station.ctx, "marta", pallet.sscc, "C100", "SH-OLD")
    scan(qtbot, w, "B1001")
    w.go("dispatch")
    settle(qtbot, w)
    tap(qtbot, w, w.dispatch.customer_buttons["C100"])
    scan(qtbot, w, pallet.sscc)
    return w.banner.text()


def settings_wrong_pin(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    w.go("settings")
    settle(qtbot, w)
    scan(qtbot, w, "B9001")
    panel = _panel(w)
    assert isinstance(panel, AdminPanel)
    type_keys(qtbot, w, panel.pin.keypad, "1234")
    tap(qtbot, w, panel.pin.keypad.accept_button)
    return panel.pin.error.text()


def _hold_signature(qtbot: QtBot, w: MainWindow) -> SignaturePanel:
    """Ewa (quality) holds PP-2401 from the Quality screen, up to the signature."""
    scan(qtbot, w, "B4001")
    tap(qtbot, w, w.nav["quality"])
    scan(qtbot, w, "PP-2401")
    tap(qtbot, w, w.quality.reasons.button("lab_test_pending"))
    tap(qtbot, w, w.quality.hold_button)
    panel = _panel(w)
    assert isinstance(panel, SignaturePanel)
    return panel


def _sign(qtbot: QtBot, w: MainWindow, panel: SignaturePanel, pin: str) -> str:
    type_keys(qtbot, w, panel.pin.keypad, pin)
    tap(qtbot, w, panel.pin.keypad.accept_button)
    return panel.error.text()


def signature_wrong_pin(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    panel = _hold_signature(qtbot, w)
    tap(qtbot, w, panel.buttons["B4001"])
    return _sign(qtbot, w, panel, "0000")


def signature_locked(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    panel = _hold_signature(qtbot, w)
    tap(qtbot, w, panel.buttons["B4001"])
    said = [_sign(qtbot, w, panel, "0000") for _ in range(3)]
    said.append(_sign(qtbot, w, panel, "5555"))  # the right PIN, but signing is locked for a minute
    assert "1 próba" in said[1], said
    return "\n".join(said[-2:])


def signature_not_quality(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    panel = _hold_signature(qtbot, w)
    scan(qtbot, w, "B2001")  # the shift lead signs instead
    return _sign(qtbot, w, panel, "3333")


def quality_unknown_lot(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    scan(qtbot, w, "B4001")
    tap(qtbot, w, w.nav["quality"])
    tap(qtbot, w, w.quality.code_button)
    _type(qtbot, w, "ZZ-9")
    return w.quality.facts.text()


def held_lot_consumed(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    operators.sign_in(station.ctx, badge="B4001")
    quality.hold_lot(station.ctx, "ewa", "PP-2401", "lab_test_pending", signature=Signature("B4001", "5555"))
    _running(qtbot, w, station)
    scan(qtbot, w, "PP-2401")
    panel = _panel(w)
    assert isinstance(panel, RefusalPanel)
    return " ".join(label.text() for label in panel.findChildren(QLabel))


def override_wrong_pin(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> str:
    _running(qtbot, w, station)
    scan(qtbot, w, "MB-0501")  # on hold in the demo plant: a quality person signs its use
    panel = _panel(w)
    assert isinstance(panel, RefusalPanel)
    tap(qtbot, w, panel.override_button)
    tap(qtbot, w, panel.lead_buttons["B4001"])
    tap(qtbot, w, panel.reasons.button("quality_approved"))
    type_keys(qtbot, w, panel.pin.keypad, "0000")
    tap(qtbot, w, panel.pin.keypad.accept_button)
    return panel.pin.error.text()


Setup = Callable[[bootstrap.Station], printing.PrintContext]
SCENARIOS: dict[str, tuple[Scenario, str] | tuple[Scenario, str, Setup]] = {
    "sign-in: wrong PIN": (
        wrong_pin,
        "Błędny PIN dla: Anna Nowak. Wpisz PIN ponownie (jeszcze 2 próby, zanim PIN zostanie zablokowany na minutę).",
    ),
    "who acts: someone else's badge": (
        acting_wrong_badge,
        "Tomasz Zieliński: zeskanuj swój identyfikator albo wpisz PIN, aby działać na tym terminalu.\nTen "
        "identyfikator nie należy do: Tomasz Zieliński. Tomasz Zieliński: zeskanuj własny identyfikator albo wpisz "
        "swój PIN.",
    ),
    "who acts: PIN locked": (
        acting_pin_locked,
        "PIN osoby Tomasz Zieliński jest zablokowany jeszcze przez 60 s (po 3 błędnych PIN-ach). Spróbuj ponownie o ",
    ),
    "sign-in: unknown badge": (
        unknown_badge,
        "Nie rozpoznano skanu: 'B1999' wygląda na: identyfikator, ale nic takiego nie jest tu znane.",
    ),
    "task: lot into a task not started": (
        not_running,
        "Żadne zadanie nie jest w toku: 304/2023-10 – bezczynne. Rozpocznij (lub wznów) zadanie, zanim "
        "zeskanujesz do niego partie.",
    ),
    "machine marks: start on a machine out of order": (
        machine_down,
        "Injection press 1 ma awarię (Usterka elektryczna); nie można na niej rozpocząć żadnego zadania. Najpierw "
        "utrzymanie ruchu musi przywrócić ją do pracy.",
    ),
    "lot scans: unknown lot typed": (
        unknown_lot_typed,
        "Partia 'XX-1' nie jest znana na tej stacji. Sprawdź etykietę; nową partię dostawcy trzeba najpierw "
        "przyjąć na przyjęciu towaru.",
    ),
    "lot scans: the same lot twice": (same_lot_twice, "Partia PP-2401 została już zeskanowana do 304/2023-10"),
    "pallets: more than the lot has": (
        too_much_on_a_pallet,
        "Partia M01-26327-001 ma poza paletami tylko 5000, mniej niż 9000. Wpisz mniejszą ilość albo najpierw "
        "zgłoś produkcję (Stop z ilością dobrą).",
    ),
    "trace: unknown code": (
        trace_unknown,
        "'ZZ-0' nie jest partią ani paletą znaną na tej stacji. Sprawdź kod i spróbuj ponownie.",
    ),
    "print: printer off": (
        printer_off,
        "Sprawdź, czy jest włączona i podłączona; karta czeka w kolejce.",
        with_printer_off,
    ),
    "print: card printed before": (
        printed_before,
        "Karta (karta palety) dla 059012340000000017 została już wydrukowana albo czeka na drukarkę.",
        with_card_queued,
    ),
    "goods-in: zero received": (goods_in_zero, "Ilość: musi być większa od zera (podano 0)."),
    "dispatch: pallet shipped before": (
        dispatch_shipped,
        "Paleta 059012340000000017 została już wysłana do C100 w wysyłce SH-OLD na tym stanowisku "
        "(23.11.2026 08:00). Sprawdź kartę palety; każda paleta jest wysyłana raz.",
    ),
    "settings: wrong admin PIN": (
        settings_wrong_pin,
        "Błędny PIN dla: Station admin. Wpisz PIN ponownie (jeszcze 2 próby, zanim PIN zostanie zablokowany na "
        "minutę).",
    ),
    "signature: wrong PIN, tries left": (
        signature_wrong_pin,
        "Błędny PIN dla: Ewa Lewandowska – nic nie zostało podpisane ani zapisane. Wpisz PIN ponownie (jeszcze 2 "
        "próby, zanim podpisywanie zostanie zablokowane na minutę).",
    ),
    "signature: locked after three wrong PINs": (
        signature_locked,
        "Błędny PIN dla: Ewa Lewandowska – nic nie zostało podpisane ani zapisane. Podpisywanie jest teraz "
        "zablokowane dla: Ewa Lewandowska na minutę. Odczekaj minutę i podpisz ponownie właściwym PIN-em; jeśli "
        "PIN został zapomniany, poproś administratora.\nPodpisywanie jest zablokowane dla: Ewa Lewandowska jeszcze "
        "przez 60 s (po 3 błędnych PIN-ach).",
    ),
    "quality: hold signed by a shift lead": (
        signature_not_quality,
        "Marta Kowalska nie może: wstrzymywać partii – potrzebna jest rola: dział jakości. Poproś o to osobę z "
        "rolą dział jakości (jej identyfikatorem).",
    ),
    "quality: unknown lot typed": (
        quality_unknown_lot,
        "Partia 'ZZ-9' nie jest znana na tej stacji. Zeskanuj kartę partii albo wpisz kod ponownie.",
    ),
    "lot scans: a lot quality held": (
        held_lot_consumed,
        "Partia PP-2401 jest WSTRZYMANA przez dział jakości (Ewa Lewandowska, 23.11.2026 08:00: Czeka na badanie "
        "laboratoryjne).",
    ),
    "override: wrong PIN of the signer": (
        override_wrong_pin,
        "Błędny PIN dla: Ewa Lewandowska – nic nie zostało podpisane ani zapisane. Wpisz PIN ponownie (jeszcze 2 "
        "próby, zanim podpisywanie zostanie zablokowane na minutę).",
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_each_error_a_person_can_hit_is_said_in_polish(
    qtbot: QtBot,
    make_window: MakeWindow,
    station: bootstrap.Station,
    translations: Translations,  # noqa: F811
    scenario: str,
) -> None:
    provoke, polish_text, *setup = SCENARIOS[scenario]
    window = make_window(translations=translations, printing=setup[0](station) if setup else None)
    polish(qtbot, window, translations)
    shown = provoke(qtbot, window, station)
    assert polish_text in shown, shown
    english = {w.message.split("{")[0] for w in WORDINGS if len(w.message.split("{")[0]) > 12}
    assert not [e for e in english if e in shown], shown
    while _BUSY_PRINTERS:
        _BUSY_PRINTERS.pop().release.set()


def test_an_error_with_a_code_is_said_by_its_code(qapp: object) -> None:
    error = NotFound("Anything at all.", "Whatever.", code="lot.unknown", params={"lot": "PP-1"})
    assert error_sentence(error) == "Lot 'PP-1' is not known at this station. Check the lot code."
    assert str(error) == "Anything at all. Whatever."  # the English the core wrote stays for logs and the CLI


def test_an_unknown_code_or_facts_that_do_not_fit_show_the_core_english(qapp: object) -> None:
    assert error_sentence(InvalidInput("Something new.", "Do this.")) == "Something new. Do this."
    assert error_sentence(InvalidInput("Something new.", "Do this.", code="nobody.wrote_this")) == (
        "Something new. Do this."
    )
    assert error_sentence(NotFound("Lot X is gone.", "Look.", code="lot.unknown", params={"other": "X"})) == (
        "Lot X is gone. Look."
    )
    text = "Printer x is out of paper. Load paper; the card then prints by itself."
    assert stored_error_text(text) == text  # a plain text (written before codes were kept) as it was written


def test_errors_no_screen_provokes_are_said_in_polish_too(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
) -> None:
    """A mode station.toml does not know (the settings offer only real modes), a used-up SSCC range, and the
    sync's problems as the status bar keeps them (the server's refusal stored with the refused events)."""
    window = make_window(translations=translations)
    polish(qtbot, window, translations)
    with pytest.raises(InvalidInput) as bad_mode:
        station_config.check_mode("kitchen", "station.toml")
    assert error_sentence(bad_mode.value) == (
        "station.toml: tryb 'kitchen' nie jest trybem stacji. Ustaw mode w tabeli [station] na jeden z: "
        '"production", "goods_in", "dispatch".'
    )
    with pytest.raises(InvalidInput) as used_up:
        SsccRange(0, "5901234", 1, 100).sscc(101)
    assert error_sentence(used_up.value) == (
        "Ta stacja wykorzystała już wszystkie swoje numery SSCC (1-100). Poproś dział IT o nowy zakres SSCC dla stacji."
    )
    refused = ServerRefused(
        "The server refused events 4..9 (422): BATCH_NOT_CONTIGUOUS",
        code="sync.refused_events",
        params={"first": "4", "last": "9", "status": "422", "message": "BATCH_NOT_CONTIGUOUS"},
    )
    kept = from_column(to_column(refused.said))
    assert kept == "The server refused events 4..9 (422): BATCH_NOT_CONTIGUOUS"  # what the CLI shows
    assert stored_error_text(kept or "") == "Serwer odrzucił zdarzenia 4..9 (422): BATCH_NOT_CONTIGUOUS"
    busy = Said(
        "The server is busy or in trouble (503); trying again in 30 s.",
        "sync.busy_wait",
        {"status": "503", "wait": "30"},
    )
    assert stored_error_text(busy) == "Serwer jest zajęty lub ma problem (503); kolejna próba za 30 s."
