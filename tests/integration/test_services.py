"""The app services against a real demo station: every refusal says what to do and records nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from floorstation import bootstrap
from floorstation.app import lots, machines, operators, pallets, tasks
from floorstation.app.context import StationContext
from floorstation.app.lots import Override
from floorstation.app.signatures import Signature
from floorstation.domain.codes import has_valid_check_digit
from floorstation.domain.errors import (
    FefoReasonNeeded,
    FloorstationError,
    InvalidInput,
    NeedsConfirmation,
    NotAllowedNow,
    NotFound,
    PermissionDenied,
    Refused,
)
from floorstation.domain.events import Event
from floorstation.domain.ports import TaskState
from floorstation.store import eventlog
from tests.conftest import ManualClock

TASK = "304/2023-10"  # on M01, makes CAP-28 from RESIN-PP and MB-BLUE
OTHER = "305/2023-10"  # on M02
LOT = "M01-26327-001"  # the production lot TASK opens on 2026-11-23
LEAD = Override("B2001", "3333", "stock_recounted")  # Marta (shift lead)
QUALITY = Override("B4001", "5555", "quality_approved")  # Ewa (quality)
TECH = Signature("B3001", "4444")  # Tomasz (maintenance) signs with his badge and PIN


def _count(station: bootstrap.Station) -> int:
    with station.engine.connect() as conn:
        return eventlog.count(conn)


def _tail(station: bootstrap.Station, n: int) -> list[Event]:
    with station.engine.connect() as conn:
        return eventlog.tail(conn, n)


def _state(ctx: StationContext, task_id: str) -> TaskState:
    with ctx.uow() as uow:
        return uow.task_state(task_id)


def _on_hand(ctx: StationContext, lot_code: str) -> Decimal:
    with ctx.uow() as uow:
        lot = uow.lot(lot_code)
        assert lot is not None
        return lot.quantity


@pytest.fixture
def ctx(station: bootstrap.Station) -> StationContext:
    """Anna runs TASK; Piotr, Marta (shift lead) and Tomasz (maintenance) are signed in; Ewa is not."""
    for badge in ("B1001", "B1002", "B2001", "B3001"):
        operators.sign_in(station.ctx, badge=badge)
    tasks.start_task(station.ctx, TASK, "anna")
    return station.ctx


Action = Callable[[StationContext], object]


def call(service: Callable[..., object], *args: Any, **kwargs: Any) -> Action:
    return lambda c: service(c, *args, **kwargs)


def consume(lot: str, qty: object = 10, **kwargs: Any) -> Action:
    return call(lots.consume_lot, TASK, lot, "anna", quantity=qty, **kwargs)


def receive(**kwargs: Any) -> Action:
    return call(lots.receive_lot, "anna", **({"material": "RESIN-PP", "quantity": 100} | kwargs))


def case(name: str, error: type[FloorstationError], words: str, action: Action) -> Any:
    """``words``: what the person must read in the message or hint, separated by ``|``."""
    return pytest.param(action, error, words.split("|"), id=name)


NOT_SHIFT_LEAD = Override("B1002", "2222", "supplier_confirmed")
WRONG_PIN = Override("B2001", "0000", "supplier_confirmed")
REFUSALS = [
    # who is at the station
    case("unknown-badge", NotFound, "B7777|not known|shift lead", call(operators.sign_in, badge="B7777")),
    case("wrong-pin", PermissionDenied, "Wrong PIN|Ewa|again", call(operators.sign_in, badge="B4001", pin="0")),
    case("wrong-pin-name", PermissionDenied, "Wrong PIN", call(operators.sign_in, operator_id="ewa", pin="1234")),
    case("name-without-pin", PermissionDenied, "Wrong PIN|PIN again", call(operators.sign_in, operator_id="ewa")),
    case("unknown-name", NotFound, "nobody|Pick your name", call(operators.sign_in, operator_id="nobody", pin="1")),
    case("sign-out-twice", NotAllowedNow, "Ewa|not signed in", call(operators.sign_out, "ewa")),
    case("not-signed-in", NotAllowedNow, "not signed in|Scan your badge", call(tasks.start_task, OTHER, "ewa")),
    # work registration
    case("unknown-task", NotFound, "999/2099-10|queue", call(tasks.start_task, "999/2099-10", "piotr")),
    case("start-twice", NotAllowedNow, "already working on task 304/2023-10", call(tasks.start_task, TASK, "anna")),
    case("second-task", NotAllowedNow, "working on task 304/2023-10|Stop", call(tasks.start_task, OTHER, "anna")),
    case("unknown-pause", NotFound, "reason 'coffee'|list", call(tasks.pause_task, TASK, "anna", "coffee")),
    case("empty-pause-reason", InvalidInput, "pause reason is required", call(tasks.pause_task, TASK, "anna", " ")),
    case("pause-not-running", NotAllowedNow, "not running|Start", call(tasks.pause_task, OTHER, "piotr", "break")),
    case("resume-not-paused", NotAllowedNow, "not paused", call(tasks.resume_task, TASK, "anna")),
    case(
        "scrap-no-reason",
        InvalidInput,
        "scrap reason is required",
        call(tasks.stop_task, TASK, "anna", good=1, scrap=5),
    ),
    case(
        "unknown-scrap-reason",
        NotFound,
        "scrap reason 'gremlins'|list",
        call(tasks.stop_task, TASK, "anna", good=1, scrap=5, scrap_reason="gremlins"),
    ),
    case("negative-good", InvalidInput, "good quantity|more than zero", call(tasks.stop_task, TASK, "anna", good=-5)),
    case("absurd-good", InvalidInput, "good quantity|cannot be right", call(tasks.stop_task, TASK, "anna", good=1e9)),
    case(
        "ten-times-plan", InvalidInput, "ten times the planned 20000", call(tasks.stop_task, TASK, "anna", good=250_000)
    ),
    case("stop-not-running", NotAllowedNow, "not running", call(tasks.stop_task, OTHER, "piotr", good=1)),
    # consuming lots
    case("unknown-lot", NotFound, "PP-9999|not known|goods-in", consume("PP-9999")),
    case("no-task-running", NotAllowedNow, "No task is running", call(lots.consume_lot, OTHER, "PP-2401", "piotr")),
    case("zero-qty", InvalidInput, "more than zero", consume("PP-2401", 0)),
    case("negative-qty", InvalidInput, "more than zero", consume("PP-2401", "-3")),
    case("absurd-qty", InvalidInput, "cannot be right", consume("PP-2401", 1e9)),
    case("nan-qty", InvalidInput, "not a number|keypad", consume("PP-2401", "NaN")),
    case("four-decimals", InvalidInput, "three decimals", consume("PP-2401", "0.0001")),
    case("over-balance", Refused, "only 1500 left|shift lead may override", consume("PP-2401", 1600)),
    case("expired", Refused, "PP-2312 expired on 2025-06-30|shift lead may override", consume("PP-2312")),
    case("on-hold", Refused, "MB-0501 is ON HOLD|quality person may sign", consume("MB-0501", 1)),
    case("recalled", Refused, "PP-2209 is RECALLED|cannot be overridden|call quality", consume("PP-2209")),
    case("recalled-overridden", Refused, "RECALLED|cannot be overridden", consume("PP-2209", override=LEAD)),
    case("not-in-bom", Refused, "CARTON-S|not in the bill of materials|RESIN-PP", consume("BOX-0901")),
    case("override-no-lead", PermissionDenied, "Piotr|shift lead", consume("PP-2312", override=NOT_SHIFT_LEAD)),
    case("override-wrong-pin", PermissionDenied, "Wrong PIN|Marta", consume("PP-2312", override=WRONG_PIN)),
    case(
        "override-unknown-badge",
        NotFound,
        "B7777|not known",
        consume("PP-2312", override=Override("B7777", "3333", "supplier_confirmed")),
    ),
    case(
        "override-no-reason",
        InvalidInput,
        "reason for the override",
        consume("PP-2312", override=Override("B2001", "3333", " ")),
    ),
    # goods-in
    case("receive-unknown-material", NotFound, "UNOBTAINIUM|not in master data", receive(material="UNOBTAINIUM")),
    case("receive-zero", InvalidInput, "more than zero", receive(quantity=0)),
    case("receive-expired", Refused, "expired on 2026-11-22|Refuse the delivery", receive(expiry=date(2026, 11, 22))),
    case("receive-bad-supplier-lot", InvalidInput, "BP 24#1|GS1", receive(supplier_lot="BP 24#1")),
    # machines
    case("unknown-machine", NotFound, "M99|Pick the machine", call(machines.mark_machine_down, "piotr", "M99", "x")),
    case("unknown-ooo-reason", NotFound, "out-of-order reason", call(machines.mark_machine_down, "piotr", "M02", "x")),
    case(
        "clear-not-maintenance",
        PermissionDenied,
        "Marta|maintenance",
        call(machines.clear_marks, "marta", "M02", ["m"], signature=TECH),
    ),
    case(
        "clear-nothing",
        InvalidInput,
        "No out-of-order mark|Tick",
        call(machines.clear_marks, "tomasz", "M02", [], signature=TECH),
    ),
    case(
        "clear-unknown-mark",
        InvalidInput,
        "not open|Refresh",
        call(machines.clear_marks, "tomasz", "M02", ["m"], signature=TECH),
    ),
    case("clear-unknown-machine", NotFound, "M99", call(machines.clear_marks, "tomasz", "M99", ["m"], signature=TECH)),
    # pallets and cards
    case(
        "pallet-not-lead", PermissionDenied, "Anna Nowak|shift lead", call(pallets.build_pallet, "anna", "PP-2401", 1)
    ),
    case(
        "pallet-held-lot", NotAllowedNow, "MB-0501 is HOLD|quality", call(pallets.build_pallet, "marta", "MB-0501", 1)
    ),
    case("pallet-unknown-lot", NotFound, "PP-9999", call(pallets.build_pallet, "marta", "PP-9999", 1)),
    case("pallet-zero", InvalidInput, "more than zero", call(pallets.build_pallet, "marta", "PP-2401", 0)),
    case(
        "pallet-over-free",
        InvalidInput,
        "1500 not yet on a pallet",
        call(pallets.build_pallet, "marta", "PP-2401", 1501),
    ),
    case("ship-unknown", NotFound, "Scan the pallet card", call(pallets.ship_pallet, "marta", "0" * 18, "C100", "S1")),
    case(
        "card-unknown-pallet",
        NotFound,
        "Build the pallet first",
        call(pallets.record_card_printed, "marta", card="pallet", subject="0" * 18, printer="P1"),
    ),
]


@pytest.mark.parametrize(("action", "error", "words"), REFUSALS)
def test_refusal_explains_itself_and_records_nothing(
    station: bootstrap.Station,
    ctx: StationContext,
    action: Action,
    error: type[FloorstationError],
    words: list[str],
) -> None:
    before = _count(station)
    with pytest.raises(error) as err:
        action(ctx)
    violations = err.value.violations if isinstance(err.value, Refused) else []
    shown = " ".join([str(err.value), *(v.hint for v in violations)])
    assert err.value.hint, "every refusal should say what to do"
    for word in words:
        assert word in shown
    assert _count(station) == before


def test_sign_in_by_badge_or_by_name_and_pin(station: bootstrap.Station) -> None:
    assert operators.sign_in(station.ctx, badge=" B1001 ").id == "anna"
    assert operators.sign_in(station.ctx, operator_id="marta", pin="3333").id == "marta"
    assert [(e.type, e.operator_id, e.payload) for e in _tail(station, 2)] == [
        ("operator.signed_in", "anna", {"method": "badge"}),
        ("operator.signed_in", "marta", {"method": "pin"}),
    ]
    before = _count(station)
    operators.sign_in(station.ctx, badge="B1001")
    assert _count(station) == before  # signing in twice is not an error and records nothing


def test_start_opens_a_production_lot_with_the_product_shelf_life(station: bootstrap.Station) -> None:
    operators.sign_in(station.ctx, badge="B1001")
    state = tasks.start_task(station.ctx, TASK, "anna")
    assert (state.status, state.crew, state.output_lot) == ("running", ("anna",), LOT)
    started, produced = _tail(station, 2)
    assert started.type == "task.started"
    assert started.payload["joined"] is False
    assert produced.type == "lot.produced"
    assert produced.payload["lot_code"] == LOT
    assert produced.payload["expiry"] == "2029-11-22"  # CAP-28 keeps 1095 days


def test_several_operators_share_a_task_and_stop_ends_it_for_all(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    joined = tasks.start_task(ctx, TASK, "piotr")
    assert joined.crew == ("anna", "piotr")
    assert joined.output_lot == LOT
    [event] = _tail(station, 1)
    assert (event.type, event.payload["joined"]) == ("task.started", True)  # no second production lot
    stopped = tasks.stop_task(ctx, TASK, "piotr", good="1200,5", scrap=30, scrap_reason="short_shot")
    assert (stopped.status, stopped.crew, stopped.good_qty, stopped.scrap_qty) == ("idle", (), Decimal("1200.5"), 30)
    [event] = _tail(station, 1)
    assert event.payload == {
        "task_id": TASK,
        "good_qty": "1200.5",
        "scrap_qty": "30",
        "scrap_reason": "short_shot",
        "output_lot": LOT,
    }
    assert tasks.start_task(ctx, OTHER, "anna").crew == ("anna",)  # both are free for other work


def test_sign_out_leaves_the_crew_but_the_task_keeps_running(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.start_task(ctx, TASK, "piotr")
    operators.sign_out(ctx, "anna")
    assert _tail(station, 1)[0].type == "operator.signed_out"
    state = _state(ctx, TASK)
    assert (state.status, state.crew) == ("running", ("piotr",))
    with pytest.raises(NotAllowedNow, match="not signed in"):
        lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1)


def test_pause_blocks_consumption_until_resumed(station: bootstrap.Station, ctx: StationContext) -> None:
    assert tasks.pause_task(ctx, TASK, "anna", "break").pause_reason == "break"
    before = _count(station)
    with pytest.raises(NotAllowedNow, match="paused") as err:
        lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1)
    assert "resume" in err.value.hint
    with pytest.raises(NotAllowedNow, match="Resume"):
        tasks.start_task(ctx, TASK, "piotr")
    assert _count(station) == before
    assert tasks.resume_task(ctx, TASK, "anna").status == "running"
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1)


def test_over_balance_needs_a_shift_lead(station: bootstrap.Station, ctx: StationContext) -> None:
    with pytest.raises(Refused) as err:
        lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1600)
    assert err.value.rules == ["over_balance"]
    assert err.value.overridable
    result = lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1600, override=LEAD)
    assert result.overridden == ("over_balance",)
    override, signed, consumed = _tail(station, 3)
    assert (override.type, override.operator_id) == ("rule.overridden", "marta")
    assert signed.type == "record.signed"
    assert signed.payload | {"signer_id": "marta", "meaning": "I approve this override", "method": "badge+pin"} == (
        signed.payload
    )
    assert (signed.payload["signed_event_id"], signed.payload["signed_event_hash"]) == (
        override.event_id,
        override.hash,
    )
    assert override.payload == {
        "rule": "over_balance",
        "subject": "PP-2401",
        "task_id": TASK,
        "authorised_by": "marta",
        "reason": "stock_recounted",
    }
    assert (consumed.type, consumed.operator_id) == ("lot.consumed", "anna")
    assert consumed.payload == {
        "input_lot": "PP-2401",
        "output_lot": LOT,
        "task_id": TASK,
        "material": "RESIN-PP",
        "quantity": "1600",
        "unit": "kg",
    }
    assert _on_hand(ctx, "PP-2401") == -100


def test_hold_override_is_recorded_as_such(station: bootstrap.Station, ctx: StationContext) -> None:
    result = lots.consume_lot(ctx, TASK, "MB-0501", "anna", quantity="0,5", override=QUALITY)
    assert result.overridden == ("lot_on_hold",)
    held, signed, consumed = _tail(station, 3)
    assert held.type == "lot.hold_overridden"
    assert signed.payload["signed_event_hash"] == held.hash
    assert signed.payload["signer_id"] == "ewa"
    assert held.payload == {
        "lot_code": "MB-0501",
        "task_id": TASK,
        "status": "hold",
        "authorised_by": "ewa",
        "reason": "quality_approved",
    }
    assert (consumed.type, consumed.payload["quantity"]) == ("lot.consumed", "0.5")


def test_expired_lot_override_is_recorded(station: bootstrap.Station, ctx: StationContext) -> None:
    lots.consume_lot(
        ctx, TASK, "PP-2312", "anna", quantity=10, override=Override("marta", "3333", "supplier_confirmed")
    )
    override, signed, consumed = _tail(station, 3)
    assert (signed.type, signed.payload["method"]) == ("record.signed", "name+pin")  # picked by name
    assert (override.type, override.payload["rule"], override.payload["reason"]) == (
        "rule.overridden",
        "lot_expired",
        "supplier_confirmed",
    )
    assert consumed.payload["input_lot"] == "PP-2312"


def test_same_lot_twice_in_a_few_seconds_asks_first(
    station: bootstrap.Station, ctx: StationContext, clock: ManualClock
) -> None:
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=10)
    clock.advance(3)
    before = _count(station)
    with pytest.raises(NeedsConfirmation, match="already scanned into 304/2023-10 3 s ago") as err:
        lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=10)
    assert "Confirm only if you really used it again" in err.value.hint
    assert _count(station) == before
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=10, confirm_repeat=True)
    assert _count(station) == before + 1
    clock.advance(60)
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=10)
    assert _count(station) == before + 2
    assert _on_hand(ctx, "PP-2401") == 1470


def test_a_lot_expiring_after_one_on_hand_is_used_only_with_a_reason(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    before = _count(station)
    for ask in (
        lambda: lots.consumption_prompt(ctx, TASK, "PP-2402", "anna"),
        lambda: lots.consume_lot(ctx, TASK, "PP-2402", "anna", quantity=10),
    ):
        with pytest.raises(FefoReasonNeeded, match="PP-2401 \\(expires 2028-03-31\\) expires before PP-2402") as err:
            ask()
        assert (err.value.older_lot, err.value.code) == ("PP-2401", "lot.fefo_reason_needed")
    with pytest.raises(NotFound, match="'felt_like_it' is not a reason"):
        lots.consume_lot(ctx, TASK, "PP-2402", "anna", quantity=10, fefo_reason="felt_like_it")
    assert _count(station) == before  # nothing recorded until the operator says why
    with ctx.uow() as uow:
        offered = {r.code: r.label for r in lots.fefo_reasons(uow)}
    assert offered["older_lot_damaged"] == "Older lot damaged"
    assert lots.consumption_prompt(ctx, TASK, "PP-2402", "anna", fefo_reason="older_lot_damaged").lot == "PP-2402"
    later = lots.consume_lot(ctx, TASK, "PP-2402", "anna", quantity=10, fefo_reason="older_lot_damaged")
    [event] = _tail(station, 1)
    assert (event.type, event.payload["input_lot"]) == ("lot.consumed", "PP-2402")
    assert event.payload["fefo_override"] == {"reason_code": "older_lot_damaged", "older_lot": "PP-2401"}
    assert later.warnings == ()
    first = lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=10)  # the first to expire: no question
    assert "fefo_override" not in _tail(station, 1)[0].payload
    assert (first.fefo, first.warnings) == (None, ())


def test_without_fefo_reasons_in_master_data_the_station_offers_its_own(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    with station.engine.begin() as conn:
        conn.execute(text("DELETE FROM reason_code WHERE kind = 'fefo'"))
    with ctx.uow() as uow:
        offered = [(r.code, dict(r.labels).get("pl")) for r in lots.fefo_reasons(uow)]
    assert offered[-1] == ("other", "Inny powód")
    assert [code for code, _ in offered] == [
        "older_lot_not_reachable", "older_lot_damaged", "quality_instructed", "other"
    ]  # fmt: skip
    lots.consume_lot(ctx, TASK, "PP-2402", "anna", quantity=10, fefo_reason="other")
    assert _tail(station, 1)[0].payload["fefo_override"] == {"reason_code": "other", "older_lot": "PP-2401"}


def test_scanning_without_a_quantity_takes_the_bom_need(ctx: StationContext) -> None:
    # 20000 caps planned: 20000 x 0.0025 kg resin = 50 kg, 20000 x 0.00005 kg masterbatch = 1 kg.
    assert lots.consume_lot(ctx, TASK, "PP-2401", "anna").quantity == 50
    assert lots.consume_lot(ctx, TASK, "MB-0502", "anna").quantity == 1


def test_machine_down_refuses_start_until_maintenance_clears_it(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    mark = machines.mark_machine_down(ctx, "piotr", "M02", "mould_damage", " cavity 3 cracked ")
    [event] = _tail(station, 1)
    assert event.payload == {"machine_id": "M02", "mark_id": mark, "reason": "mould_damage", "note": "cavity 3 cracked"}
    before = _count(station)
    with pytest.raises(NotAllowedNow, match=r"Injection press 2 is out of order \(Mould damaged\)") as err:
        tasks.start_task(ctx, OTHER, "piotr")
    assert "Maintenance" in err.value.hint
    assert _count(station) == before
    assert machines.clear_marks(ctx, "tomasz", "M02", [mark], signature=TECH) == []
    assert tasks.start_task(ctx, OTHER, "piotr").output_lot == "M02-26327-001"


def test_resume_is_refused_while_the_machine_is_down(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.pause_task(ctx, TASK, "anna", "material")
    mark = machines.mark_machine_down(ctx, "anna", "M01", "safety_guard")
    before = _count(station)
    with pytest.raises(NotAllowedNow, match=r"Injection press 1 is out of order \(Safety guard open or broken\)"):
        tasks.resume_task(ctx, TASK, "anna")
    assert _count(station) == before
    machines.clear_marks(ctx, "tomasz", "M01", [mark], signature=TECH)
    assert tasks.resume_task(ctx, TASK, "anna").status == "running"


def test_clear_only_clears_the_marks_the_technician_saw(station: bootstrap.Station, ctx: StationContext) -> None:
    seen = machines.mark_machine_down(ctx, "piotr", "M02", "mould_damage")
    later = machines.mark_machine_down(ctx, "marta", "M02", "hydraulic_leak")
    still_open = machines.clear_marks(ctx, "tomasz", "M02", [seen], note="mould swapped", signature=TECH)
    assert [(m.mark_id, m.reason) for m in still_open] == [(later, "hydraulic_leak")]
    event, signed = _tail(station, 2)
    assert (event.type, event.payload["mark_ids"]) == ("machine.cleared", [seen])
    assert (signed.payload["meaning"], signed.payload["signed_event_id"]) == (
        "I confirm the machine is fixed",
        event.event_id,
    )
    with pytest.raises(NotAllowedNow, match="Hydraulic leak"):
        tasks.start_task(ctx, OTHER, "piotr")
    machines.clear_marks(ctx, "tomasz", "M02", [later], signature=TECH)
    assert tasks.start_task(ctx, OTHER, "piotr").status == "running"


def test_machine_marked_down_refuses_consumption_into_its_running_task(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    machines.mark_machine_down(ctx, "anna", "M01", "electrical")
    before = _count(station)
    with pytest.raises(Refused, match="M01 is marked out of order") as err:
        lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1)
    assert err.value.rules == ["machine_down"]
    assert _count(station) == before


def test_received_lot_gets_a_station_code_and_can_be_consumed(station: bootstrap.Station, ctx: StationContext) -> None:
    kwargs: dict[str, Any] = {"supplier": "Basell", "supplier_lot": " BP241120 ", "expiry": date(2029, 1, 31)}
    code = lots.receive_lot(ctx, "anna", material="RESIN-PP", quantity="250", **kwargs)
    assert code == "G1-26327-001"
    [event] = _tail(station, 1)
    assert event.type == "lot.received"
    received = {k: event.payload[k] for k in ("quantity", "unit", "supplier_lot", "expiry", "received_on")}
    assert received == {"quantity": "250", "unit": "kg", "supplier_lot": "BP241120", "expiry": "2029-01-31",
                        "received_on": "2026-11-23"}  # fmt: skip
    lots.consume_lot(ctx, TASK, code, "anna", quantity=25, fefo_reason="older_lot_not_reachable")  # PP-2401 is older
    assert _on_hand(ctx, code) == 225
    assert lots.receive_lot(ctx, "anna", material="CARTON-S", quantity=100) == "G1-26327-002"


def test_pallets_get_consecutive_valid_ssccs_and_ship_once(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.stop_task(ctx, TASK, "anna", good=6000)
    built = [pallets.build_pallet(ctx, "marta", LOT, 2000) for _ in range(3)]
    ssccs = [p.sscc for p in built]
    assert all(len(s) == 18 and s.isdigit() and has_valid_check_digit(s) for s in ssccs)
    assert [ctx.rules.sscc.serial_of(s) for s in ssccs] == [1, 2, 3]
    [event] = _tail(station, 1)
    assert event.payload == {"sscc": ssccs[2], "lot_code": LOT, "material": "CAP-28", "quantity": "2000", "unit": "pcs"}
    with pytest.raises(InvalidInput, match="has 0 not yet on a pallet"):
        pallets.build_pallet(ctx, "marta", LOT, 1)

    shipped = pallets.ship_pallet(ctx, "anna", ssccs[0], "C100", "SHP-0042")
    assert (shipped.status, shipped.customer_id, shipped.shipment_id) == ("shipped", "C100", "SHP-0042")
    before = _count(station)
    with pytest.raises(NotAllowedNow, match="already shipped to C100 on SHP-0042") as err:
        pallets.ship_pallet(ctx, "anna", ssccs[0], "C200", "SHP-0043")
    assert "each pallet ships once" in err.value.hint
    with pytest.raises(NotFound, match="Unknown customer 'C999'"):
        pallets.ship_pallet(ctx, "anna", ssccs[1], "C999", "SHP-0043")
    with pytest.raises(InvalidInput, match="shipment number"):
        pallets.ship_pallet(ctx, "anna", ssccs[1], "C100", " ")
    assert _count(station) == before


def test_second_card_for_a_pallet_is_a_reprint(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.stop_task(ctx, TASK, "anna", good=100)
    sscc = pallets.build_pallet(ctx, "marta", LOT, 100).sscc
    assert pallets.record_card_printed(ctx, "marta", card="pallet", subject=sscc, printer="ZT410") is False
    assert pallets.record_card_printed(ctx, "marta", card="pallet", subject=sscc, printer="ZT410") is True
    assert [e.payload["reprint"] for e in _tail(station, 2)] == [False, True]
    assert pallets.record_card_printed(ctx, "marta", card="lot", subject=LOT, printer="ZT410") is False
