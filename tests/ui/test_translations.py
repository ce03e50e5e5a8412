"""English, Polish and German: the language switches at runtime from the settings, every screen redraws in it,
and no visible word of the user interface stays English (names and codes from the plant's data aside)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from floorstation import bootstrap, paths
from floorstation.app import lots, machines, operators, pallets, tasks
from floorstation.domain import rules
from floorstation.domain.marks import Mark
from floorstation.ui.error_texts import violation_text
from floorstation.ui.i18n import LANGUAGES, Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.refusal import RefusalPanel
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import OUTPUT_LOT, TASK, open_task, scan, settle, tap, type_keys

GOODS_IN_LABEL = "]C1010590123400001717281231\x1d10SUP-4711\x1d305000"  # a supplier's label of CAP-28
TRANSLATED = ("pl", "de")


def ts_file(language: str) -> Path:
    return paths.resources_dir() / "translations" / f"floorstation_{language}.ts"


TS = ts_file("pl")


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translations compiled from the .ts files in the repository (the tests never use a stale .qm)."""
    out = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in TRANSLATED:
        ts, qm = ts_file(language), out / f"floorstation_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return out


@pytest.fixture
def translations(qapp: QApplication, compiled: Path) -> Iterator[Translations]:
    made = Translations(qapp, compiled)
    yield made
    made.switch("en")  # the application is shared by every test of this worker
    QApplication.processEvents()


#: What the menu's "Task" says in each language: the sign that the whole window has switched.
TASK_WORD = {"en": "Task", "pl": "Zadanie", "de": "Auftrag"}


def speak(qtbot: QtBot, window: MainWindow, translations: Translations, language: str) -> None:
    """Switch at runtime, as an admin does in the settings."""
    assert translations.switch(language)
    qtbot.waitUntil(lambda: window.nav["task"].text() == TASK_WORD[language], timeout=2000)
    settle(qtbot, window)


def polish(qtbot: QtBot, window: MainWindow, translations: Translations) -> None:
    speak(qtbot, window, translations, "pl")


def open_settings(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window, window.nav["settings"])
    scan(qtbot, window, "B9001")  # the admin's badge on the PIN panel
    panel = window.overlay.panel
    assert panel is not None
    type_keys(qtbot, window, panel.pin.keypad, "9999")  # type: ignore[attr-defined]
    tap(qtbot, window, panel.pin.keypad.accept_button)  # type: ignore[attr-defined]
    assert window.current() is window.settings


def test_the_settings_switch_to_polish_and_back_at_runtime(
    qtbot: QtBot, make_window: MakeWindow, translations: Translations, station: bootstrap.Station
) -> None:
    saved: list[str] = []
    window = make_window(translations=translations, save_language=saved.append)
    scan(qtbot, window, "B1001")
    open_task(qtbot, window)
    assert (window.task.start_button.text(), window.task.pause_button.text()) == ("Start", "Pause")
    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["language"])
    assert window.settings.language_buttons["pl"].isEnabled()

    tap(qtbot, window, window.settings.language_buttons["pl"])
    qtbot.waitUntil(lambda: window.nav["task"].text() == "Zadanie", timeout=2000)

    assert saved == ["pl"]
    assert window.banner.text() == "Terminal jest teraz po polsku."
    assert window.settings.heading.text() == "Ustawienia (administrator)"
    assert window.settings.tabs["language"].text() == "Język"
    assert [window.nav[n].text() for n in ("home", "pallet", "sign_in", "dispatch")] == [
        "Pulpit",
        "Paleta",
        "Zaloguj",
        "Wysyłka",
    ]
    assert (window.task.start_button.text(), window.task.pause_button.text()) == ("Start", "Pauza")
    assert window.task.resume_button.text() == "Wznów"
    assert window.task.chip.text() == "POSTÓJ"
    assert re.fullmatch(r"poza siecią( · \d+ do wysłania)?", window.status_bar.sync_label.text())
    assert "Drukarka: " in window.status_bar.devices_label.text()
    assert window.sign_in.prompt.text() == "Zeskanuj identyfikator"

    tap(qtbot, window, window.settings.tabs["language"])
    tap(qtbot, window, window.settings.language_buttons["en"])
    qtbot.waitUntil(lambda: window.nav["task"].text() == "Task", timeout=2000)
    assert saved == ["pl", "en"]
    assert window.task.pause_button.text() == "Pause"
    assert window.banner.text() == "The terminal speaks English now."


def test_the_settings_offer_german_beside_english_and_polish(
    qtbot: QtBot, make_window: MakeWindow, translations: Translations
) -> None:
    saved: list[str] = []
    window = make_window(translations=translations, save_language=saved.append)
    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["language"])
    assert [b.text() for b in window.settings.language_buttons.values()] == ["English", "Polski", "Deutsch"]
    assert window.settings.language_buttons["de"].isEnabled()

    tap(qtbot, window, window.settings.language_buttons["de"])
    qtbot.waitUntil(lambda: window.nav["task"].text() == "Auftrag", timeout=2000)

    assert saved == ["de"]
    assert window.banner.text() == "Das Terminal spricht jetzt Deutsch."
    assert window.settings.heading.text() == "Einstellungen (Admin)"
    assert window.sign_in.prompt.text() == "Ausweis scannen"


# --- no English left ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-zÀ-ž]{3,}")


def english_words(language: str = "pl") -> set[str]:
    """Words of the interface's English texts that no translation into ``language`` uses (so "Start", "PIN" or
    "SSCC", the same in both, are not counted)."""
    root = ET.parse(ts_file(language)).getroot()
    english: set[str] = set()
    polish: set[str] = set()
    for message in root.iter("message"):
        english |= _words(message.findtext("source") or "")
        for text in message.find("translation").itertext():  # type: ignore[union-attr]
            polish |= _words(text)
    return english - polish


def _words(text: str) -> set[str]:
    """Words, leaving out markup, placeholders and codes (anything with a digit, a hyphen or a brace in it:
    lot codes, material codes, SSCCs, the lot-code pattern)."""
    text = re.sub(r"<[^>]+>|&\w+;|%[sn]|\S*[\d{}_-]\S*", " ", text)
    return {w.lower() for w in _WORD.findall(text)}


def visible_texts(window: MainWindow) -> list[str]:
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
        if isinstance(widget, QTableWidget):
            header = widget.horizontalHeaderItem
            texts += [header(c).text() for c in range(widget.columnCount()) if header(c) is not None]
    return texts


def data_names(station: bootstrap.Station) -> list[str]:
    """The plant's own names (people, machines, materials, reasons, customers): data, not the interface."""
    with station.ctx.uow() as uow:
        names = [o.name for o in uow.operators()] + [m.name for m in uow.machines()]
        names += [c.name for c in uow.customers()] + [station.config.name, *LANGUAGES.values()]
        names += [m.name for lot in uow.all_lots() if (m := uow.material(lot.material)) is not None]
        from floorstation.domain.master import ReasonKind

        names += [r.label for kind in ReasonKind for r in uow.reasons(kind)]
        for task_id in uow.task_ids():
            task = uow.task(task_id)
            if task is not None:
                names.append(task.name)
                product = uow.material(task.product)
                names += [product.name] if product else []
    return sorted(set(names), key=len, reverse=True)


def still_english(window: MainWindow, names: list[str], vocabulary: set[str]) -> list[str]:
    found = []
    for text in visible_texts(window):
        plain = " ".join(text.split())
        for name in names:
            plain = plain.replace(name, " ")
        words = _words(plain) & vocabulary
        if words:
            found.append(f"{text!r}: {sorted(words)}")
    return found


def busy(station: bootstrap.Station) -> None:
    """A station mid-shift: a running task with lots used, a machine down, pallets built, printed and shipped."""
    ctx = station.ctx
    for badge in ("B1001", "B2001", "B3001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=20)
    tasks.stop_task(ctx, TASK, "anna", good=4000)
    first = pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000)
    pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000)
    pallets.ship_pallet(ctx, "marta", first.sscc, "C100", "SH-1")
    tasks.start_task(ctx, TASK, "anna")
    machines.mark_machine_down(ctx, "tomasz", "M02", "hydraulic_leak", "oil")


def _pallet(qtbot: QtBot, w: MainWindow) -> None:
    tap(qtbot, w, w.nav["pallet"])
    tap(qtbot, w, w.pallet.lot_buttons[OUTPUT_LOT])
    tap(qtbot, w, next(iter(w.pallet.pallet_buttons.values())))


def _printed(qtbot: QtBot, w: MainWindow) -> None:
    _pallet(qtbot, w)
    tap(qtbot, w, w.pallet.print_button)
    printed = ("wydrukowano", "gedruckt")  # "... was printed on ..." in Polish and German
    qtbot.waitUntil(lambda: any(word in w.pallet.job_label.text() for word in printed), timeout=5000)
    settle(qtbot, w)


def _task(qtbot: QtBot, w: MainWindow) -> None:
    tap(qtbot, w, w.nav["home"])
    tap(qtbot, w, w.home.cards[TASK].open_button)


def _refusal(qtbot: QtBot, w: MainWindow) -> None:
    _task(qtbot, w)
    scan(qtbot, w, "PP-2312")  # expired
    assert isinstance(w.overlay.panel, RefusalPanel)


def _quantity_used(qtbot: QtBot, w: MainWindow) -> None:
    from floorstation.ui.screens.task_panels import UsedQuantityPanel

    _task(qtbot, w)
    scan(qtbot, w, "MB-0502")
    assert isinstance(w.overlay.panel, UsedQuantityPanel)


def _settings(tab: str) -> Callable[[QtBot, MainWindow], None]:
    def show(qtbot: QtBot, w: MainWindow) -> None:
        if w.current() is not w.settings:
            open_settings(qtbot, w)
        tap(qtbot, w, w.settings.tabs[tab])

    return show


SCREENS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "sign in": lambda qtbot, w: tap(qtbot, w, w.nav["sign_in"]),
    "home": lambda qtbot, w: tap(qtbot, w, w.nav["home"]),
    "task": _task,
    "pause reasons": lambda qtbot, w: (_task(qtbot, w), tap(qtbot, w, w.task.pause_button)),
    "stop": lambda qtbot, w: (_task(qtbot, w), tap(qtbot, w, w.task.stop_button)),
    "refusal": _refusal,
    "quantity used": _quantity_used,
    "override": lambda qtbot, w: (_refusal(qtbot, w), tap(qtbot, w, w.overlay.panel.override_button)),  # type: ignore[union-attr]
    "pallet": _pallet,
    "pallet printed": _printed,
    "reprint": lambda qtbot, w: (_printed(qtbot, w), tap(qtbot, w, w.pallet.print_button)),
    "void": lambda qtbot, w: (_pallet(qtbot, w), tap(qtbot, w, w.pallet.void_button)),
    "dispatch": lambda qtbot, w: (
        tap(qtbot, w, w.nav["dispatch"]),
        tap(qtbot, w, w.dispatch.customer_buttons["C100"]),
    ),
    "out of order": lambda qtbot, w: (
        tap(qtbot, w, w.nav["machine_down"]),
        tap(qtbot, w, w.machine_down.tiles["M02"]),
    ),
    "trace": lambda qtbot, w: (tap(qtbot, w, w.nav["trace"]), scan(qtbot, w, "PP-2401")),
    "trace table": lambda qtbot, w: (SCREENS["trace"](qtbot, w), tap(qtbot, w, w.trace.table_button)),
    "quality": lambda qtbot, w: (tap(qtbot, w, w.nav["quality"]), scan(qtbot, w, "MB-0501")),
    "goods in": lambda qtbot, w: (scan(qtbot, w, GOODS_IN_LABEL), tap(qtbot, w, w.kept_labels)),
    "goods in received": lambda qtbot, w: (
        scan(qtbot, w, GOODS_IN_LABEL),
        tap(qtbot, w, w.kept_labels),
        tap(qtbot, w, w.overlay.panel.use_count_button),  # type: ignore[union-attr]
        tap(qtbot, w, w.overlay.panel.receive_button),  # type: ignore[union-attr]
    ),
    "settings station": _settings("station"),
    "settings devices": _settings("devices"),
    "settings server": _settings("server"),
    "settings language": _settings("language"),
}


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_visible_word_stays_english_after_switching(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,
    station: bootstrap.Station,
    *,
    screen: str,
    language: str,
) -> None:
    busy(station)
    window = make_window(translations=translations, printing=print_context(station, FakePrinters()))
    scan(qtbot, window, "B2001")  # the shift lead acts
    speak(qtbot, window, translations, language)

    SCREENS[screen](qtbot, window)
    settle(qtbot, window)

    assert len(visible_texts(window)) > 10
    assert still_english(window, data_names(station), english_words(language)) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    root = ET.parse(ts_file(language)).getroot()
    messages = list(root.iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert len(messages) > 700
    assert unfinished == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_consumption_rule_is_said_in_each_language(
    qtbot: QtBot, make_window: MakeWindow, translations: Translations, station: bootstrap.Station, language: str
) -> None:
    window = make_window(translations=translations)
    speak(qtbot, window, translations, language)
    with station.ctx.uow() as uow:
        task = uow.task(TASK)
        got = {code: uow.lot(code) for code in ("PP-2209", "MB-0501", "PP-2312", "BOX-0901", "PP-2401")}
    assert task is not None and all(got.values())
    down = [Mark("m1", "M01", "electrical", "", "tomasz", "2026-11-23T07:00:00+01:00")]
    found = [
        v for lot in got.values() if lot for v in rules.lot_violations(task, lot, date(2026, 11, 23), machine_down=down)
    ]
    over = rules.balance_violation(got["PP-2401"], Decimal(99999))  # type: ignore[arg-type]
    assert over is not None
    found.append(over)
    assert {v.rule for v in found} == {
        "lot_recalled",
        "lot_on_hold",
        "lot_expired",
        "not_in_bom",
        "machine_down",
        "over_balance",
    }
    for violation in found:
        message, hint = violation_text(violation)
        assert (message, hint) != (violation.message, violation.hint), violation.rule
        assert not _words(message + " " + hint) & english_words(language), (violation.rule, message)


def test_a_full_disk_is_said_in_polish(
    qtbot: QtBot, make_window: MakeWindow, translations: Translations, station: bootstrap.Station
) -> None:
    from tests.ui.test_disk_full import Disk

    window = make_window(translations=translations)
    polish(qtbot, window, translations)
    disk = Disk(station)
    try:
        disk.fill()
        scan(qtbot, window, "B1001")
    finally:
        disk.close()
    assert "Dysk jest pełny: to NIE zostało zapisane." in window.banner.text()
    assert "zwolnienie miejsca" in window.banner.text()
