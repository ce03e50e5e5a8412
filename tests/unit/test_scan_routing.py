"""What a scan does on each screen, in each station mode, for whoever acts: the table the terminal follows."""

from __future__ import annotations

import pytest

from floorstation.app.scan_routing import SCAN_KINDS, Action, Outcome, Panel, Reason, Situation, refusal, route

OPERATOR = frozenset({"operator"})
LEAD = frozenset({"operator", "shift_lead"})
QUALITY = frozenset({"quality"})
MAINTENANCE = frozenset({"maintenance"})
SCREENS = ("home", "task", "pallet", "dispatch", "goods_in", "machine_down", "trace", "quality", "sign_in", "settings")
MODES = ("production", "goods_in", "dispatch")


def test_a_scan_never_replaces_a_panel_in_progress() -> None:
    for kind in SCAN_KINDS:
        for screen in SCREENS:
            for mode in MODES:
                outcome = route(Situation(kind, screen, mode, Panel.IN_PROGRESS, roles=LEAD, task_running=True))
                assert outcome.action in (Action.REFUSE, Action.QUEUE_LABEL), (kind, screen, mode, outcome)
                assert outcome.screen is None


def test_the_open_panel_takes_what_it_has_a_meaning_for() -> None:
    signing = Situation("badge", "task", panel=Panel.IN_PROGRESS, panel_takes=frozenset({"badge"}), roles=OPERATOR)
    assert route(signing) == Outcome(Action.TO_PANEL)
    lot = Situation("lot", "task", panel=Panel.IN_PROGRESS, panel_takes=frozenset({"badge"}), task_open=True)
    assert route(lot) == Outcome(Action.REFUSE, reason=Reason.PANEL_OPEN)


def test_a_panel_that_only_shows_something_gives_way() -> None:
    assert route(Situation("machine", "home", panel=Panel.VIEW)) == Outcome(Action.SWITCH_MACHINE, "home")
    camera = Situation("lot", "home", panel=Panel.VIEW, panel_takes=frozenset(SCAN_KINDS))
    assert route(camera).action is Action.TO_PANEL


@pytest.mark.parametrize("screen", [s for s in SCREENS if s != "goods_in"])
@pytest.mark.parametrize("panel", [Panel.NONE, Panel.VIEW, Panel.IN_PROGRESS])
def test_a_production_station_keeps_a_supplier_label_until_the_person_asks(screen: str, panel: Panel) -> None:
    for mode in ("production", "dispatch"):
        assert route(Situation("label", screen, mode, panel, roles=OPERATOR)) == Outcome(Action.QUEUE_LABEL)


def test_goods_in_receives_a_label_at_once_unless_a_panel_is_in_progress() -> None:
    assert route(Situation("label", "home", "goods_in")) == Outcome(Action.RECEIVE, "goods_in")
    assert route(Situation("label", "goods_in", "production")) == Outcome(Action.RECEIVE, "goods_in")
    busy = Situation("label", "goods_in", "goods_in", Panel.IN_PROGRESS)
    assert route(busy) == Outcome(Action.QUEUE_LABEL)


def test_a_lot_goes_into_the_running_task_only_for_people_who_work_tasks() -> None:
    def lot(roles: frozenset[str] | None, **facts: bool) -> Outcome:
        return route(Situation("lot", "home", "production", roles=roles, **facts))

    assert lot(OPERATOR, task_running=True) == Outcome(Action.CONSUME, "task")
    assert lot(LEAD, task_running=True) == Outcome(Action.CONSUME, "task")
    assert lot(QUALITY, task_running=True) == Outcome(Action.QUALITY_LOT, "quality")
    assert lot(MAINTENANCE, task_running=True) == Outcome(Action.TRACE, "trace")
    assert lot(None, task_running=True) == Outcome(Action.REFUSE, reason=Reason.SIGN_IN_FIRST)
    assert lot(OPERATOR) == Outcome(Action.TRACE, "trace")
    on_task = Situation("lot", "task", roles=OPERATOR, task_open=True)
    assert route(on_task) == Outcome(Action.CONSUME, "task")
    at_dispatch = Situation("lot", "home", "dispatch", roles=OPERATOR, task_running=True)
    assert route(at_dispatch) == Outcome(Action.TRACE, "trace")


def test_a_screen_gives_its_own_meaning_to_what_it_works_with() -> None:
    assert route(Situation("lot", "quality", roles=QUALITY, task_running=True)).action is Action.QUALITY_LOT
    assert route(Situation("lot", "trace", roles=OPERATOR, task_running=True)).action is Action.TRACE
    assert route(Situation("lot", "pallet", roles=LEAD, task_running=True)).action is Action.PALLET_LOT
    assert route(Situation("pallet", "pallet", roles=LEAD)).action is Action.OPEN_PALLET
    assert route(Situation("pallet", "dispatch", "dispatch", roles=LEAD)).action is Action.LOAD_PALLET
    assert route(Situation("pallet", "home", "dispatch", roles=LEAD)) == Outcome(Action.TRACE, "trace")


def test_badges_machines_and_tasks_mean_the_same_everywhere() -> None:
    for screen in SCREENS:
        for mode in MODES:
            assert route(Situation("badge", screen, mode)) == Outcome(Action.BADGE)
            assert route(Situation("machine", screen, mode)) == Outcome(Action.SWITCH_MACHINE, "home")
            assert route(Situation("task", screen, mode)) == Outcome(Action.OPEN_TASK, "task")


def test_every_scan_is_answered_an_unknown_one_with_why() -> None:
    assert route(Situation("unknown", "home")) == Outcome(Action.REFUSE, reason=Reason.NOT_RECOGNISED)
    for reason in (Reason.PANEL_OPEN, Reason.SIGN_IN_FIRST):
        error = refusal(reason, "PP-2312")
        assert error.code == reason.value and error.params == {"code": "PP-2312"}
        assert "PP-2312" in error.message and error.hint
    with pytest.raises(ValueError):
        route(Situation("sausage", "home"))
