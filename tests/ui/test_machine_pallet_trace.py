"""Out of order raised by an operator and cleared by maintenance; a pallet built by the shift lead with its card
recorded; a lot traced backward and forward, as a picture and as a table."""

from __future__ import annotations

import contextlib
import socket

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import lots, machines, pallets, tasks
from floorstation.domain.ports import MasterChange
from floorstation.sync import server_credentials
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.pallet_panels import ReprintPanel
from floorstation.ui.widgets.keyboard import Keyboard
from floorstation.ui.widgets.keypad import Keypad
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import OUTPUT_LOT, TASK, events, of_type, payload, scan, sign, sign_in, tap, type_keys
from tests.ui.test_translations import compiled, polish, speak, translations  # noqa: F401 (fixtures)


def test_anyone_marks_a_machine_down_and_maintenance_clears_exactly_the_marks_listed(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    sign_in(qtbot, window, "B1001")
    tap(qtbot, window, window.nav["machine_down"])
    screen = window.machine_down
    tap(qtbot, window, screen.tiles["M02"])
    assert not screen.mark_button.isEnabled()  # a reason first
    tap(qtbot, window, screen.reasons.button("mould_damage"))
    tap(qtbot, window, screen.note_button)
    keyboard = window.overlay.panel
    assert isinstance(keyboard, Keyboard)
    type_keys(qtbot, window, keyboard, "CRACK")
    tap(qtbot, window, keyboard.accept_button)
    assert screen.note_button.text() == "Note: CRACK"
    tap(qtbot, window, screen.mark_button)

    [down] = of_type(station, "machine.marked_down")
    assert (down.operator_id, payload(down)["machine_id"], payload(down)["reason"], payload(down)["note"]) == (
        "anna",
        "M02",
        "mould_damage",
        "CRACK",
    )
    assert window.status_bar.machine_chip.text() == "M02 · OUT OF ORDER"
    assert screen.tiles["M02"].property("status") == "down"
    assert list(screen.mark_buttons) == [payload(down)["mark_id"]]
    assert not screen.clear_button.isEnabled()  # Anna is no maintenance technician
    assert "Only maintenance" in screen.clear_hint.text()

    other = machines.mark_machine_down(station.ctx, "anna", "M02", "electrical")  # raised meanwhile
    sign_in(qtbot, window, "B3001")
    assert screen.clear_button.text() == "Back in service:\nclear 2 marks"
    tap(qtbot, window, screen.mark_buttons[other])  # untick: not fixed yet
    assert screen.clear_button.text() == "Back in service:\nclear 1 mark"
    tap(qtbot, window, screen.clear_button)
    assert not of_type(station, "machine.cleared")  # not before it is signed
    assert "I confirm the machine is fixed" in window.overlay.panel.meaning_label.text()  # type: ignore[union-attr]
    sign(qtbot, window, "B3001", "4444")

    [cleared] = of_type(station, "machine.cleared")
    assert cleared.operator_id == "tomasz"
    [signed] = of_type(station, "record.signed")
    assert (payload(signed)["signed_event_hash"], payload(signed)["method"]) == (cleared.hash, "name+pin")
    assert payload(cleared)["mark_ids"] == [payload(down)["mark_id"]]
    assert list(screen.mark_buttons) == [other]
    assert window.status_bar.machine_chip.text() == "M02 · OUT OF ORDER"

    tap(qtbot, window, screen.clear_button)
    sign(qtbot, window, "B3001", "4444", by_scan=True)
    assert screen.tiles["M02"].property("status") == "idle"
    assert "back in service" in window.banner.text()


def produce(station: bootstrap.Station, good: int = 5000) -> None:
    ctx = station.ctx
    from floorstation.app import operators

    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=20)
    tasks.stop_task(ctx, TASK, "anna", good=good)


def test_the_shift_lead_builds_a_pallet_sees_its_card_and_records_it_printed(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    produce(station)
    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["pallet"])
    screen = window.pallet
    assert screen.role_hint.text() == ""  # a shift lead is told nothing
    tap(qtbot, window, screen.lot_buttons[OUTPUT_LOT])
    tap(qtbot, window, screen.qty_button)
    keypad = window.overlay.panel
    assert isinstance(keypad, Keypad)
    type_keys(qtbot, window, keypad, "2000")
    tap(qtbot, window, keypad.accept_button)
    tap(qtbot, window, screen.build_button)

    [built] = of_type(station, "pallet.built")
    sscc = payload(built)["sscc"]
    assert (built.operator_id, payload(built)["lot_code"], payload(built)["quantity"]) == ("marta", OUTPUT_LOT, "2000")
    card = screen.preview.card
    assert card is not None
    assert (card.sscc, card.lot_code, card.quantity, card.unit) == (sscc, OUTPUT_LOT, "2000", "pcs")
    assert not card.reprint
    assert f"Pallet {sscc} built" in window.banner.text()
    assert "3000 pcs free" in screen.lot_buttons[OUTPUT_LOT].text()

    tap(qtbot, window, screen.print_button)
    assert screen.print_button.text() == "Record reprint"
    assert screen.preview.card is not None and screen.preview.card.reprint
    tap(qtbot, window, screen.print_button)
    confirm = window.overlay.panel
    assert isinstance(confirm, ReprintPanel)
    assert len(of_type(station, "card.printed")) == 1  # nothing yet: a reprint is confirmed first
    tap(qtbot, window, confirm.yes_button)
    printed = [payload(e) for e in of_type(station, "card.printed")]
    assert [(p["subject"], p["reprint"]) for p in printed] == [(sscc, False), (sscc, True)]


def test_an_operator_cannot_build_pallets(qtbot: QtBot, window: MainWindow, station: bootstrap.Station) -> None:
    produce(station)
    scan(qtbot, window, "B1001")
    tap(qtbot, window, window.nav["pallet"])
    screen = window.pallet
    tap(qtbot, window, screen.lot_buttons[OUTPUT_LOT])

    assert screen.role_hint.isVisible()
    assert "Only a shift lead" in screen.role_hint.text()
    assert not screen.build_button.isEnabled()


def test_a_lot_typed_on_the_trace_screen_shows_its_genealogy_as_picture_and_table(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    produce(station)
    pallet = pallets.build_pallet(station.ctx, "marta", OUTPUT_LOT, 1000)
    pallets.ship_pallet(station.ctx, "marta", pallet.sscc, "C100", "SH-1")
    scan(qtbot, window, "B4001")  # quality
    tap(qtbot, window, window.nav["trace"])
    screen = window.trace
    tap(qtbot, window, screen.code_button)
    keyboard = window.overlay.panel
    assert isinstance(keyboard, Keyboard)
    type_keys(qtbot, window, keyboard, "PP-2401")
    tap(qtbot, window, keyboard.accept_button)

    assert screen.result is not None
    summary = screen.summary.text()
    assert "Lot PP-2401 (RESIN-PP, released" in summary
    assert "Nordic Beverages AB" in summary
    assert {"PP-2401", OUTPUT_LOT, pallet.sscc, "customer:C100"} <= set(screen.picture.positions)
    assert screen.picture.positions["PP-2401"].left() < screen.picture.positions[OUTPUT_LOT].left()
    assert screen.picture.positions[OUTPUT_LOT].left() < screen.picture.positions[pallet.sscc].left()

    tap(qtbot, window, screen.table_button)
    rows = [[screen.table.item(r, c).text() for c in range(7)] for r in range(screen.table.rowCount())]
    assert rows[0][:6] == ["forward 1", "PP-2401", OUTPUT_LOT, "20", "Injection press 1", "Anna Nowak"]
    assert rows[1][:6] == ["pallet", OUTPUT_LOT, pallet.sscc, "1000", "shipped", "Nordic Beverages AB"]


def test_a_scanned_sscc_opens_its_pallet_in_the_trace(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station
) -> None:
    produce(station)
    pallet = pallets.build_pallet(station.ctx, "marta", OUTPUT_LOT, 1000)
    before = len(events(station))

    scan(qtbot, window, "00" + pallet.sscc)  # GS1 AI (00) in front, as on the pallet card

    assert window.current() is window.trace
    assert window.trace.result is not None and window.trace.result.pallet == pallet
    assert f"Pallet {pallet.sscc} holds" in window.trace.summary.text()
    assert len(events(station)) == before


def test_no_word_on_the_trace_buttons_is_cut_in_polish_on_the_small_screen(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
) -> None:
    window = make_window(size=(1024, 600), translations=translations)
    polish(qtbot, window, translations)
    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["trace"])
    screen = window.trace
    assert screen.code_button.text() == "Partia lub SSCC: dotknij, aby wpisać"
    buttons = (screen.code_button, screen.trace_button, screen.quality_button, screen.picture_button)

    def cut() -> list[str]:
        """The buttons whose words (and the button's padding) are wider than the button."""
        return [b.text() for b in buttons if b.fontMetrics().horizontalAdvance(b.text()) + 24 > b.width()]

    assert cut() == []
    scan(qtbot, window, "PP-2401")  # traced: Hold / release is enabled
    assert screen.quality_button.isEnabled()
    assert cut() == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Lot PP-2401 (RESIN-PP, released, expires 2028-03-31) · 0 link(s) back, 1 forward, 1 pallet(s)"),
        (
            "de",
            "Charge PP-2401 (RESIN-PP, freigegeben, verfällt 31.03.2028) · 0 Verknüpfungen rückwärts, 1 vorwärts, "
            "1 Palette",
        ),
        ("pl", "Partia PP-2401 (RESIN-PP, zwolniona, ważna do 31.03.2028) · 0 powiązań wstecz, 1 w przód, 1 paleta"),
    ],
)
def test_the_trace_summary_writes_dates_and_counts_as_the_language_does(  # noqa: PLR0917 (fixtures)
    qtbot: QtBot,
    make_window: MakeWindow,
    station: bootstrap.Station,
    translations: Translations,  # noqa: F811
    language: str,
    expected: str,
) -> None:
    produce(station)
    pallets.build_pallet(station.ctx, "marta", OUTPUT_LOT, 1000)
    window = make_window(translations=translations)
    if language != "en":
        speak(qtbot, window, translations, language)
    scan(qtbot, window, "B2001")

    scan(qtbot, window, "PP-2401")

    assert window.current() is window.trace
    qtbot.waitUntil(lambda: window.trace.result is not None)
    assert window.trace.summary.text() == expected


def test_the_trace_screen_shows_a_lot_known_from_the_plant_copy_and_how_fresh_that_copy_is(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    """Caps made at another station from PP-2401, as the plant's change feed brought them down."""
    edge = {
        "event_id": "0190f0a0-0000-7000-8000-000000000001",
        "input_lot": "PP-2401",
        "output_lot": "M09-26327-001",
        "task_id": "305/2023-10",
        "material": "RESIN-PP",
        "qty_milli": 12_000,
        "unit": "kg",
        "station_id": "ST-09",
        "operator_id": "piotr",
        "occurred_at": "2026-11-23T07:10:00.000+01:00",
    }
    bootstrap.change_sink(station).apply_changes([MasterChange("lot_edge", edge)], "7")
    window = make_window()
    scan(qtbot, window, "B2001")
    tap(qtbot, window, window.nav["trace"])
    window.trace.trace("M09-26327-001")
    qtbot.waitUntil(lambda: window.trace.result is not None)
    assert "sources: this station, plant copy of " in window.trace.summary.text()
    table = window.trace.table
    row = [table.item(0, c).text() for c in range(3)]
    assert row == ["back 1 · plant copy", "PP-2401", "M09-26327-001"]


def test_a_server_that_does_not_answer_a_trace_holds_up_no_scan(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station
) -> None:
    """The plant copy was never downloaded, so the trace asks the server; the server takes the question and says
    nothing. Meanwhile the database thread is free: a scan is answered, and the lot shows what the station knows."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        server_credentials.save(station.root, server_credentials.ServerCredentials(url, station.config.station_id, "t"))
        window = make_window()
        scan(qtbot, window, "B2001")
        tap(qtbot, window, window.nav["trace"])
        window.trace.trace("PP-2401")
        questions: list[socket.socket] = []

        def asked() -> bool:
            with contextlib.suppress(BlockingIOError):
                questions.append(listener.accept()[0])
            return bool(questions)

        qtbot.waitUntil(asked, timeout=10_000)  # the server has the question and does not answer
        with questions[0]:
            answered: list[str] = []
            window.bridge.submit(lambda: "read", on_done=answered.append)
            qtbot.waitUntil(lambda: answered == ["read"], timeout=10_000)
            qtbot.waitUntil(lambda: window.trace.result is not None, timeout=10_000)
            assert window.trace.result.genealogy.lot == "PP-2401", "what the station knows is shown meanwhile"
            assert not window.trace.result.genealogy.server_unreachable, "the server's answer is still awaited"
        # The server hangs up: the trace says the plant copy could not be brought up to date.
        qtbot.waitUntil(lambda: bool(window.trace.result and window.trace.result.genealogy.server_unreachable))
    assert "server" in window.trace.summary.text()
