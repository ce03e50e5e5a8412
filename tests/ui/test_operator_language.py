"""Every word in the operator's language, and the real reason first: what a Polish or German operator reads when
a scan is not a code, a check digit is wrong, a refusal was overridden, and in the numbers, dates and units the
task screen shows (the core says all of these in English, with a code and its facts)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import operators, quality, tasks
from floorstation.app.signatures import Signature
from floorstation.domain import rules
from floorstation.domain.errors import Refused
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.refusal import RefusalPanel
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import TASK, open_task, scan, tap, type_keys, used
from tests.ui.test_translations import _words, compiled, english_words, speak, translations  # noqa: F401

#: Words that only the core's long English explanations use (the paragraph for the person setting up scanners).
SETUP_WORDS = ("scan explain", "floorstation", "B[0-9]", "M:...", "T:...", "regular expression")


def _english_left(text: str, language: str) -> set[str]:
    return _words(text) & english_words(language)


def _running(qtbot: QtBot, w: MainWindow, station: bootstrap.Station) -> None:
    operators.sign_in(station.ctx, badge="B1001")
    tasks.start_task(station.ctx, TASK, "anna")
    scan(qtbot, w, "B1001")
    open_task(qtbot, w)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", "Nie rozpoznano skanu: 'HELLO-42' nie jest kodem znanym tej stacji."),
        ("de", "Scan nicht erkannt: 'HELLO-42' ist kein Code, den diese Station kennt."),
    ],
)
def test_an_unknown_scan_is_one_sentence_in_the_operators_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    language: str,
    expected: str,
) -> None:
    window = make_window(translations=translations)
    speak(qtbot, window, translations, language)
    scan(qtbot, window, "HELLO-42")
    said = window.banner.text()
    assert said.startswith(expected), said
    assert not [w for w in SETUP_WORDS if w in said], said
    assert _english_left(said, language) == set(), said


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", "059012340000000018 wygląda na SSCC, ale ma błędną cyfrę kontrolną (powinien kończyć się na 7)"),
        ("de", "059012340000000018 sieht aus wie eine SSCC, hat aber eine falsche Prüfziffer (sie sollte auf 7 enden)"),
    ],
)
def test_a_wrong_sscc_check_digit_is_said_in_the_operators_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    language: str,
    expected: str,
) -> None:
    window = make_window(translations=translations)
    speak(qtbot, window, translations, language)
    scan(qtbot, window, "059012340000000018")
    said = window.banner.text()
    assert expected in said, said
    assert _english_left(said, language) == set(), said


def test_an_override_is_named_in_words_not_by_its_rule_code(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    station: bootstrap.Station,
) -> None:
    window = make_window(translations=translations)
    speak(qtbot, window, translations, "pl")
    _running(qtbot, window, station)
    scan(qtbot, window, "MB-0501")  # on hold in the demo plant
    panel = window.overlay.panel
    assert isinstance(panel, RefusalPanel)
    tap(qtbot, window, panel.override_button)
    tap(qtbot, window, panel.lead_buttons["B4001"])  # a held lot is used only with a quality person's signature
    tap(qtbot, window, panel.reasons.button("quality_approved"))
    type_keys(qtbot, window, panel.pin.keypad, "5555")
    tap(qtbot, window, panel.pin.keypad.accept_button)
    used(qtbot, window)

    said = window.banner.text()
    assert said.startswith("Zużyto 1 kg z partii MB-0501 (za zgodą: partia wstrzymana)"), said
    assert "_" not in said and "lot" not in said.split(), said


@pytest.mark.parametrize(("language", "per_unit"), [("pl", "0,0025 kg/szt."), ("de", "0,0025 kg/Stk.")])
def test_quantities_use_the_languages_decimal_comma_and_units(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    station: bootstrap.Station,
    *,
    language: str,
    per_unit: str,
) -> None:
    window = make_window(translations=translations)
    speak(qtbot, window, translations, language)
    _running(qtbot, window, station)
    shown = window.task.materials.text()
    assert per_unit in shown, shown
    assert "0.0" not in shown, shown  # no English decimal point left
    assert "31.03.2028" in shown and "01.09.2027" in shown, (
        shown
    )  # the suggested lots' expiry as the language writes it


def test_a_refusal_says_the_reason_that_matters_most_first(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    station: bootstrap.Station,
) -> None:
    """A wrong material whose balance is also too small: "not in the bill of materials" is the reason, the balance
    only a detail; a recall (which no one may override) comes before both."""
    window = make_window(translations=translations)
    speak(qtbot, window, translations, "pl")
    _running(qtbot, window, station)
    with station.ctx.uow() as uow:
        task, box, recalled = uow.task(TASK), uow.lot("BOX-0901"), uow.lot("PP-2209")
    assert task is not None and box is not None and recalled is not None
    over = rules.balance_violation(box, Decimal(9999))
    assert over is not None
    wrong = [v for v in rules.lot_violations(task, box, box.made_on, machine_down=[]) if v.rule == "not_in_bom"]
    gone = [v for v in rules.lot_violations(task, recalled, box.made_on, machine_down=[]) if v.rule == "lot_recalled"]

    panel = RefusalPanel(window.terminal, Refused([over, *wrong]))
    said = [label.text() for label in panel.findChildren(QLabel) if label.property("role") == "violation"]
    assert said[0].startswith("Partia BOX-0901 to CARTON-S, którego nie ma w recepturze"), said
    assert said[1].startswith("Według zapisów w partii BOX-0901 zostało tylko 500, mniej niż 9999"), said

    panel = RefusalPanel(window.terminal, Refused([over, *wrong, *gone]))
    said = [label.text() for label in panel.findChildren(QLabel) if label.property("role") == "violation"]
    assert ["PP-2209" in said[0], "CARTON-S" in said[1], "9999" in said[2]] == [True, True, True], said


@pytest.mark.parametrize(
    ("language", "resin", "pause"),
    [("pl", "Granulat polipropylenowy", "Przerwa"), ("de", "Polypropylen-Granulat", "Pause")],
)
def test_the_plants_own_names_follow_the_language_when_master_data_has_them(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    station: bootstrap.Station,
    *,
    language: str,
    resin: str,
    pause: str,
) -> None:
    window = make_window(translations=translations)
    speak(qtbot, window, translations, language)
    _running(qtbot, window, station)
    assert resin in window.task.materials.text()
    assert "Polypropylene resin" not in window.task.materials.text()
    tap(qtbot, window, window.task.pause_button)
    shown = [b.text().replace("\n", " ") for b in window.overlay.panel.findChildren(QAbstractButton)]  # type: ignore[union-attr]
    assert pause in shown and "Break" not in shown, shown


def test_a_quality_decision_says_its_date_and_reason_in_the_operators_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
    station: bootstrap.Station,
) -> None:
    operators.sign_in(station.ctx, badge="B4001")
    quality.hold_lot(station.ctx, "ewa", "PP-2401", "lab_test_pending", signature=Signature("B4001", "5555"))
    window = make_window(translations=translations)
    speak(qtbot, window, translations, "pl")
    scan(qtbot, window, "B4001")
    tap(qtbot, window, window.nav["quality"])
    scan(qtbot, window, "PP-2401")
    assert (
        window.quality.decision.text()
        == "Wstrzymał(a): Ewa Lewandowska, 23.11.2026 08:00: Czeka na badanie laboratoryjne"
    )


def test_reason_buttons_already_shown_switch_to_the_new_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
) -> None:
    window = make_window(translations=translations)
    scan(qtbot, window, "B3001")  # maintenance
    tap(qtbot, window, window.nav["machine_down"])
    assert window.machine_down.reasons.button("hydraulic_leak").text().replace("\n", " ") == "Hydraulic leak"
    speak(qtbot, window, translations, "de")
    assert window.machine_down.reasons.button("hydraulic_leak").text().replace("\n", " ") == "Hydraulikleck"
