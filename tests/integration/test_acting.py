"""Who acts at the terminal: a person proved at that moment (badge scan, or name and PIN), never one picked by a
tap after their proof went stale; wrong PINs lock a person's PIN for a minute; idle and shift-end sign-out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from floorstation import bootstrap
from floorstation.app import acting, machines, operators, tasks
from floorstation.app.acting import ProofNeeded
from floorstation.app.context import StationContext
from floorstation.app.proofs import Proofs
from floorstation.domain.errors import PermissionDenied
from floorstation.store import eventlog
from tests.conftest import ManualClock

TECH = "tomasz"  # maintenance, badge B3001, PIN 4444
ANNA = "anna"  # operator, badge B1001, PIN 1111


def _signed_out(station: bootstrap.Station) -> list[tuple[str | None, str]]:
    with station.engine.connect() as conn:
        logged = eventlog.tail(conn, None)
    return [(e.operator_id, str(e.payload["reason"])) for e in logged if e.type == "operator.signed_out"]


def _both_signed_in(ctx: StationContext) -> StationContext:
    operators.sign_in(ctx, badge="B3001")
    operators.sign_in(ctx, badge="B1001")
    assert acting.acting(ctx) == ANNA
    return ctx


def test_a_tap_after_the_window_asks_for_proof_and_the_mark_is_not_recorded_in_another_name(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = _both_signed_in(station.ctx)
    clock.advance(61)

    with pytest.raises(ProofNeeded) as refused:
        acting.act_as(ctx, TECH)

    assert refused.value.code == "acting.proof_needed"
    assert "Tomasz Zieliński scans their badge or types their PIN" in refused.value.message
    assert acting.acting(ctx) == ANNA  # nothing changed: Anna still acts


def test_a_tap_within_the_window_switches_without_asking(station: bootstrap.Station, clock: ManualClock) -> None:
    ctx = _both_signed_in(station.ctx)
    clock.advance(59)

    assert acting.act_as(ctx, TECH).id == TECH
    assert acting.acting(ctx) == TECH


def test_the_window_is_the_station_option(station: bootstrap.Station, clock: ManualClock) -> None:
    ctx = _both_signed_in(replace(station.ctx, rules=replace(station.ctx.rules, acting_proof_seconds=0)))

    with pytest.raises(ProofNeeded):
        acting.act_as(ctx, TECH)


def test_the_persons_badge_or_pin_proves_them_and_someone_elses_badge_does_not(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = _both_signed_in(station.ctx)
    clock.advance(300)

    with pytest.raises(PermissionDenied) as wrong:
        acting.act_as(ctx, TECH, badge="B1001")
    assert wrong.value.code == "acting.wrong_badge"
    assert acting.acting(ctx) == ANNA

    assert acting.act_as(ctx, TECH, badge="B3001").id == TECH
    clock.advance(300)
    acting.act_as(ctx, ANNA, pin="1111")
    assert acting.acting(ctx) == ANNA
    # Tomasz's badge scan was 5 minutes ago: a tap is not enough any more.
    with pytest.raises(ProofNeeded):
        acting.act_as(ctx, TECH)


def test_the_out_of_order_mark_names_the_person_who_proved_themselves(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = _both_signed_in(station.ctx)
    clock.advance(120)
    with pytest.raises(ProofNeeded):
        acting.act_as(ctx, TECH)
    actor = acting.acting(ctx)
    assert actor == ANNA

    acting.act_as(ctx, TECH, pin="4444")
    machines.mark_machine_down(ctx, acting.acting(ctx) or "", "M01", "mould_damage")

    with station.engine.connect() as conn:
        [mark] = [e for e in eventlog.tail(conn, None) if e.type == "machine.marked_down"]
    assert mark.operator_id == TECH


def test_three_wrong_pins_lock_the_pin_and_say_when_to_retry(station: bootstrap.Station, clock: ManualClock) -> None:
    ctx = _both_signed_in(station.ctx)
    clock.advance(300)
    for left in ("2 more tries", "1 more try"):
        with pytest.raises(PermissionDenied) as wrong:
            acting.act_as(ctx, TECH, pin="0000")
        assert left in wrong.value.hint
    with pytest.raises(PermissionDenied) as locked_now:
        acting.act_as(ctx, TECH, pin="0000")
    assert locked_now.value.code == "pin.wrong_locks"
    # Locked at 08:05: the message says to try again a minute later, in the terminal's local time.
    assert locked_now.value.params["until"] == clock.now().replace(minute=6).astimezone().strftime("%H:%M:%S")

    clock.advance(30)
    with pytest.raises(PermissionDenied) as locked:  # the right PIN too, while locked
        acting.act_as(ctx, TECH, pin="4444")
    assert locked.value.code == "pin.locked"
    assert locked.value.params["seconds"] == "30"
    with pytest.raises(PermissionDenied):  # signing in by name and PIN counts the same PIN
        operators.sign_in(ctx, operator_id=TECH, pin="4444")

    clock.advance(31)
    assert acting.act_as(ctx, TECH, pin="4444").id == TECH


def test_signing_out_ends_the_persons_proof(station: bootstrap.Station, clock: ManualClock) -> None:
    ctx = _both_signed_in(station.ctx)
    operators.sign_out(ctx, ANNA)
    assert acting.acting(ctx) is None
    operators.sign_in(ctx, badge="B1001")
    operators.sign_out(ctx, ANNA)
    operators.sign_in(ctx, operator_id=ANNA, pin="1111")
    assert acting.acting(ctx) == ANNA


def test_idle_sign_out_leaves_nobody_acting_and_everyone_proves_themselves_again(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = _both_signed_in(station.ctx)
    tasks.start_task(ctx, "304/2023-10", TECH)

    assert operators.sign_out_idle(ctx) == [ANNA]
    assert _signed_out(station) == [(ANNA, "idle")]
    assert acting.acting(ctx) is None
    with pytest.raises(ProofNeeded):  # Tomasz stays signed in (on the crew), but a tap no longer makes him act
        acting.act_as(ctx, TECH)


def test_the_end_of_a_shift_signs_everyone_out(station: bootstrap.Station, clock: ManualClock) -> None:
    ctx = _both_signed_in(
        replace(station.ctx, rules=replace(station.ctx.rules, shift_ends=("06:00", "14:00", "22:00")))
    )
    tasks.start_task(ctx, "304/2023-10", TECH)
    morning = clock.now()  # 08:00

    assert operators.sign_out_at_shift_end(ctx, morning, morning.replace(hour=13, minute=59)) == []
    assert operators.sign_out_at_shift_end(ctx, morning.replace(hour=13, minute=59), morning.replace(hour=14)) == [
        TECH,
        ANNA,
    ]
    assert sorted(_signed_out(station)) == [(ANNA, "shift_end"), (TECH, "shift_end")]
    assert acting.acting(ctx) is None


def test_someone_not_seen_for_the_idle_time_is_signed_out_while_others_use_the_terminal(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = station.ctx
    operators.sign_in(ctx, badge="B1002")  # Piotr signs in at 08:00 and walks away
    operators.sign_in(ctx, badge="B3001")
    tasks.start_task(ctx, "304/2023-10", TECH)  # Tomasz works on the task: never signed out for idling
    clock.advance(5 * 60)
    operators.sign_in(ctx, badge="B1001")  # Anna, 08:05, keeps using the terminal
    clock.advance(4 * 60)
    ctx.proofs.touched(clock.now())  # 08:09
    clock.advance(61)

    assert operators.sign_out_inactive(ctx) == ["piotr"]
    assert _signed_out(station) == [("piotr", "idle")]
    assert acting.acting(ctx) == ANNA

    clock.advance(9 * 60)  # 08:19:01, Anna untouched since 08:09
    assert operators.sign_out_inactive(ctx) == [ANNA]
    assert acting.acting(ctx) is None
    assert operators.sign_out_inactive(ctx, 0) == []  # 0: never


def _restarted(ctx: StationContext) -> StationContext:
    """What a restart leaves: the people signed in (in the database), no proof (those lived in memory)."""
    return replace(ctx, proofs=Proofs())


def test_after_a_restart_the_one_person_still_signed_in_acts_on_a_restored_proof(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    operators.sign_in(station.ctx, badge="B1001")
    ctx = _restarted(station.ctx)
    assert acting.acting(ctx) is None

    restored = acting.restore_after_start(ctx, [ANNA])

    assert restored == acting.RestoredProof(ANNA, acting.RESTART)
    assert acting.acting(ctx) == ANNA
    assert ctx.proofs.restored_reason(ANNA) == "restart"
    assert acting.act_as(ctx, ANNA).id == ANNA  # she goes on acting
    assert acting.restore_after_start(ctx, [ANNA]) is None, "once: someone acts now"
    operators.sign_in(ctx, badge="B1001")
    assert ctx.proofs.restored_reason(ANNA) is None, "a badge scan is a fresh proof"


def test_after_a_restart_with_several_people_signed_in_nobody_acts_without_a_fresh_proof(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = _restarted(_both_signed_in(station.ctx))

    assert acting.restore_after_start(ctx, [TECH, ANNA]) is None
    assert acting.acting(ctx) is None
    with pytest.raises(ProofNeeded):
        acting.act_as(ctx, ANNA)
