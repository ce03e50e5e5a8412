"""A refused lot fills the screen with what is wrong and what to do; a shift lead overrides with a reason and their
signature (name or badge, PIN), and the override and its signature are recorded before the consumption."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.refusal import RefusalPanel
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import TASK, events, of_type, open_task, payload, scan, sign_in, tap, type_keys, used
from tests.ui.test_fits import cut_words
from tests.ui.test_translations import compiled, speak, translations  # noqa: F401 (fixtures)


@pytest.fixture
def running(qtbot: QtBot, window: MainWindow) -> MainWindow:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    return window


def refusal(window: MainWindow) -> RefusalPanel:
    panel = window.overlay.panel
    assert isinstance(panel, RefusalPanel)
    assert window.overlay.isVisible()
    assert window.overlay.geometry() == window.rect()  # it fills the screen
    return panel


def test_an_expired_lot_is_refused_with_what_to_do_and_nothing_is_recorded(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    before = len(events(station))
    scan(qtbot, running, "PP-2312")

    panel = refusal(running)
    assert running.overlay.title.text() == "Lot PP-2312 cannot be used"
    texts = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert any("expired on 2025-06-30" in t and "Use a lot that has not expired" in t for t in texts)
    assert any("A shift lead may override" in t for t in texts)
    assert panel.override_button.isVisible()
    assert len(events(station)) == before

    tap(qtbot, running, panel.aside_button)
    assert not running.overlay.isVisible()
    assert len(events(station)) == before


def test_the_shift_lead_overrides_with_name_pin_and_reason(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    scan(qtbot, running, "PP-2312")
    panel = refusal(running)
    tap(qtbot, running, panel.override_button)
    tap(qtbot, running, panel.lead_buttons["B2001"])
    tap(qtbot, running, panel.reasons.button("supplier_confirmed"))
    type_keys(qtbot, running, panel.pin.keypad, "3333")
    tap(qtbot, running, panel.pin.keypad.accept_button)
    assert not of_type(station, "lot.consumed")  # signed: now the quantity used is asked
    used(qtbot, running, "10")

    assert not running.overlay.isVisible()
    override, signed, consumed = events(station)[-3:]
    assert override.type == "rule.overridden"
    assert (signed.type, signed.operator_id) == ("record.signed", "marta")
    assert payload(signed) | {"meaning": "I approve this override", "method": "name+pin"} == payload(signed)
    assert (payload(signed)["signed_event_id"], payload(signed)["signed_event_hash"]) == (
        override.event_id,
        override.hash,
    )
    assert override.operator_id == "marta"
    assert payload(override) | {"rule": "lot_expired", "authorised_by": "marta", "reason": "supplier_confirmed"} == (
        payload(override)
    )
    assert (consumed.type, consumed.operator_id, payload(consumed)["input_lot"]) == ("lot.consumed", "anna", "PP-2312")
    assert "override: lot expired" in running.banner.text()  # the rule in words, not its code


def test_a_wrong_override_pin_stays_on_the_override_and_records_nothing(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    before = len(events(station))
    scan(qtbot, running, "MB-0501")  # on hold
    panel = refusal(running)
    tap(qtbot, running, panel.override_button)
    scan(qtbot, running, "B4001")  # the quality person scans their badge on the override
    assert panel.lead_buttons["B4001"].isChecked()
    assert running.terminal.active == "anna"  # the badge named the authoriser; nobody was signed in
    tap(qtbot, running, panel.reasons.button("quality_approved"))
    type_keys(qtbot, running, panel.pin.keypad, "0000")
    tap(qtbot, running, panel.pin.keypad.accept_button)

    assert running.overlay.panel is panel
    assert "Wrong PIN for Ewa Lewandowska" in panel.pin.error.text()
    assert len(events(station)) == before

    type_keys(qtbot, running, panel.pin.keypad, "5555")
    tap(qtbot, running, panel.pin.keypad.accept_button)
    used(qtbot, running, "0.5")
    held, signed, consumed = events(station)[-3:]
    assert [e.type for e in (held, signed, consumed)] == ["lot.hold_overridden", "record.signed", "lot.consumed"]
    assert (payload(signed)["method"], payload(signed)["signed_event_hash"]) == ("badge+pin", held.hash)


def test_an_operator_cannot_authorise_an_override(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    scan(qtbot, running, "PP-2312")
    panel = refusal(running)
    tap(qtbot, running, panel.override_button)
    panel.choose_lead("B1002")  # Piotr's badge, scanned: he is no shift lead
    tap(qtbot, running, panel.reasons.button("supplier_confirmed"))
    type_keys(qtbot, running, panel.pin.keypad, "2222")
    tap(qtbot, running, panel.pin.keypad.accept_button)

    assert "needs the shift lead or quality role" in panel.pin.error.text()
    assert not of_type(station, "lot.consumed")


def test_a_recalled_lot_offers_no_override(qtbot: QtBot, running: MainWindow, station: bootstrap.Station) -> None:
    scan(qtbot, running, "PP-2209")

    panel = refusal(running)
    assert not panel.override_button.isVisible()
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "RECALLED" in texts
    assert "cannot be overridden at the station" in texts
    assert not of_type(station, "lot.consumed")
    assert running.task.task_id == TASK


def test_a_held_lot_asks_for_a_quality_signature_with_the_reasons_that_fit(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    scan(qtbot, running, "MB-0501")  # on hold
    panel = refusal(running)
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "A quality person may sign this" in texts
    assert "shift lead" not in texts
    assert panel.override_button.text() == "Quality signature"
    tap(qtbot, running, panel.override_button)
    assert [r.code for r in panel.offered] == ["quality_approved"]
    assert set(panel.lead_buttons) == {"B4001"}  # only quality people are offered as signers
    assert not of_type(station, "lot.consumed")


def test_a_wrong_material_offers_the_reasons_for_a_wrong_material_only(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    scan(qtbot, running, "BOX-0901")  # cartons: not in the caps' bill of materials
    panel = refusal(running)
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "not in the bill of materials" in texts
    assert "A shift lead may override" in texts
    assert [r.code for r in panel.offered] == ["substitute_approved"]  # "approved by quality" is not offered
    assert set(panel.lead_buttons) == {"B2001"}


def test_each_of_several_refusals_says_who_may_override_it(
    qtbot: QtBot, running: MainWindow, station: bootstrap.Station
) -> None:
    from floorstation.app import machines

    machines.mark_machine_down(station.ctx, "anna", "M01", "mould_damage", "")
    scan(qtbot, running, "PP-2312")  # expired, and the machine is down
    panel = refusal(running)
    texts = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    expired = next(t for t in texts if "expired on 2025-06-30" in t)
    down = next(t for t in texts if "M01 is marked out of order" in t)
    assert expired.endswith("May override: shift lead, quality.")
    assert down.endswith("A shift lead may override.")
    assert panel.offered == []  # no reason of the plant's answers both at once: nothing to sign
    assert not panel.override_button.isVisible()
    assert any("answers all of these together" in t for t in texts)


def test_a_long_german_reason_is_said_whole_on_a_1024_px_screen(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
) -> None:
    window = make_window(size=(1024, 600))
    speak(qtbot, window, translations, "de")
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    scan(qtbot, window, "PP-2312")
    panel = refusal(window)
    tap(qtbot, window, panel.override_button)

    button = panel.reasons.button("supplier_confirmed")
    assert button.text().replace("\n", " ") == "Lieferant hat die Charge bestätigt"
    assert [cut_words(panel.reasons.button(c)) for c in ("quality_approved", "supplier_confirmed")] == [None, None]
