"""Holds and releases from stations on the server: projected into the plant's lot status (latest decision wins,
whatever order they arrive in, rebuilt the same), a hold override flagged for review, and ``floorstation-server
verify-log`` checking every signature against the record it names (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from floorstation import bootstrap
from floorstation.app import lots, operators, quality, tasks
from floorstation.app.lots import Override
from floorstation.app.signatures import Signature
from floorstation.app.simulate import ShiftSimulator
from floorstation.cli import _demo_pins
from floorstation.domain import events as ev
from floorstation.domain.events import Event
from floorstation.server import cli, logcheck
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import EventFlagRow, PlantLotRow
from floorstation.store import eventlog
from tests.conftest import ManualClock
from tests.integration.plantmodel import snapshot
from tests.integration.serverkit import DEMO_PLANT, facts
from tests.integration.test_server_projections import upload

#: Unsigned and refused decisions raise the server's alarms on purpose.
pytestmark = pytest.mark.allow_log_warnings

TASK = "304/2023-10"
EWA = Signature("B4001", "5555")


def _log(station: bootstrap.Station) -> list[Event]:
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def _quality_day(station: bootstrap.Station, clock: ManualClock) -> list[Event]:
    """Ewa holds PP-2401, then signs its use by Anna (an override of the hold); Ewa releases it an hour later."""
    ctx = station.ctx
    for badge in ("B1001", "B2001", "B4001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    quality.hold_lot(ctx, "ewa", "PP-2401", "lab_test_pending", signature=EWA)
    clock.advance(600)
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=5, override=Override("B4001", "5555", "quality_approved"))
    clock.advance(3000)
    quality.release_lot(ctx, "ewa", "PP-2401", "lab test passed", signature=EWA)
    quality.hold_lot(ctx, "ewa", "PP-2402", "contamination_suspected", signature=EWA)
    return _log(station)


def test_holds_and_releases_reach_the_plant_lot_status_and_a_hold_override_is_flagged(
    server_engine: Engine, station: bootstrap.Station, clock: ManualClock
) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    line = _quality_day(station, clock)
    upload(server_engine, line, batch=4)

    with server_engine.connect() as conn:
        status = {
            r.code: r for r in conn.execute(select(PlantLotRow).where(PlantLotRow.code.in_(["PP-2401", "PP-2402"])))
        }
        flags = conn.execute(select(EventFlagRow.event_id, EventFlagRow.code, EventFlagRow.message)).all()
    released, held = status["PP-2401"], status["PP-2402"]
    assert (released.status, released.status_reason, released.status_by) == ("released", "lab test passed", "ewa")
    assert (held.status, held.status_reason, held.status_by) == ("hold", "contamination_suspected", "ewa")
    [override] = [e for e in line if e.type == "lot.hold_overridden"]
    assert [(f.event_id, f.code) for f in flags] == [(override.event_id, "hold_overridden")]
    assert "PP-2401 was ON HOLD" in flags[0].message and "quality_approved" in flags[0].message

    assert [r.ok for r in logcheck.verify_logs(server_engine)] == [True]


def test_a_held_lot_consumed_at_a_station_that_had_not_heard_is_flagged(server_engine: Engine) -> None:
    """Quality holds a lot at one station; a line still offline consumes it later without an override."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    lab = facts("ST-LAB", [ev.LotHeld(lot_code="PP-2401", reason="lab_test_pending")], operator_id="ewa", signed=True)
    line = facts(
        "ST-LINE",
        [
            ev.TaskStarted(task_id=TASK, machine_id="M01", work_order="304/2023"),
            ev.LotConsumed(
                input_lot="PP-2401", output_lot=None, task_id=TASK, material="RESIN-PP", quantity=ev.Qty(5), unit="kg"
            ),
        ],
    )
    upload(server_engine, lab + line)
    with server_engine.connect() as conn:
        flags = conn.execute(select(EventFlagRow.event_id, EventFlagRow.code)).all()
    assert (line[1].event_id, "lot_on_hold") in [tuple(f) for f in flags]


def test_the_latest_decision_wins_whatever_order_they_arrive_in_and_rebuild_agrees(
    server_engine: Engine, tmp_path: Path
) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    lab = facts(
        "ST-LAB",
        [
            ev.LotHeld(lot_code="PP-2401", reason="lab_test_pending"),
            ev.LotReleased(lot_code="PP-2401", reason="passed"),
            ev.LotHeld(lot_code="MB-0502", reason="label_wrong"),
        ],
        operator_id="ewa",
        signed=True,
    )
    dock = facts(
        "ST-DOCK", [ev.LotHeld(lot_code="PP-2401", reason="supplier_complaint")], operator_id="ewa", signed=True
    )
    # ST-DOCK's hold (second 1) is older than ST-LAB's release (second 3): the release stands. One record an
    # upload: every signature comes after its decision, in the next upload.
    upload(server_engine, dock + lab, batch=1)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        import_catalog(other, read_catalog(DEMO_PLANT))
        upload(other, lab + dock, batch=2)
        assert snapshot(other) == snapshot(server_engine)
    finally:
        other.dispose()
    with server_engine.connect() as conn:
        rows = {r.code: (r.status, r.status_reason) for r in conn.execute(select(PlantLotRow))}
    assert rows["PP-2401"] == ("released", "passed")
    assert rows["MB-0502"] == ("hold", "label_wrong")

    incremental = snapshot(server_engine)
    assert cli.main(["rebuild", "--db", server_engine.url.render_as_string(hide_password=False)]) == 0
    assert snapshot(server_engine) == incremental


def test_a_shift_with_holds_rebuilds_to_the_same_projections(
    server_engine: Engine, station: bootstrap.Station, clock: ManualClock
) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    ShiftSimulator(station.ctx, start=clock.now(), seed=7, pins=_demo_pins(), holds=True).run(250)
    line = _log(station)
    assert {"lot.held", "lot.released", "record.signed"} <= {e.type for e in line}
    upload(server_engine, line)
    incremental = snapshot(server_engine)
    assert cli.main(["rebuild", "--db", server_engine.url.render_as_string(hide_password=False)]) == 0
    assert snapshot(server_engine) == incremental
    assert [r.ok for r in logcheck.verify_logs(server_engine)] == [True]


def test_server_verify_log_names_a_signature_copied_to_another_record(server_engine: Engine) -> None:
    held = facts("ST-LAB", [ev.LotHeld(lot_code="PP-2401", reason="lab_test_pending")], operator_id="ewa")
    genuine = ev.RecordSigned(
        signer_id="ewa",
        signer_name="Ewa Lewandowska",
        meaning="Lot held",
        method="badge+pin",
        signed_event_id=held[0].event_id,
        signed_event_hash=held[0].hash,
        at=held[0].occurred_at,
    )
    rest = facts(
        "ST-LAB",
        [genuine, ev.LotReleased(lot_code="PP-2401", reason="passed"), genuine],  # the hold's signature, copied
        after=held[0],
        operator_id="ewa",
    )
    upload(server_engine, held + rest)
    [result] = logcheck.verify_logs(server_engine)
    assert result.bad is not None
    assert (result.bad.seq, result.bad.event_id) == (4, rest[2].event_id)
    assert "not the record before it" in result.bad.problem
    assert cli.main(["verify-log", "--db", server_engine.url.render_as_string(hide_password=False)]) == 3


def test_server_verify_log_names_a_critical_record_without_its_signature(server_engine: Engine) -> None:
    events = facts(
        "ST-LAB",
        [ev.LotHeld(lot_code="PP-2401", reason="lab_test_pending")],
        operator_id="ewa",
    )
    signed = ev.RecordSigned(
        signer_id="ewa",
        signer_name="Ewa Lewandowska",
        meaning="Lot held",
        method="name+pin",
        signed_event_id=events[0].event_id,
        signed_event_hash=events[0].hash,
        at=events[0].occurred_at,
    )
    more = facts("ST-LAB", [signed, ev.LotReleased(lot_code="PP-2401", reason="passed")], after=events[0])
    upload(server_engine, events + more)
    [result] = logcheck.verify_logs(server_engine)
    assert result.bad is not None
    assert (result.bad.seq, result.bad.problem) == (3, "this lot.released record is not signed")


def test_a_station_made_lot_held_on_the_server_and_consumed_at_a_station_not_yet_synced_is_flagged(
    server_engine: Engine,
) -> None:
    """Line A makes BOX-77; quality holds it with ``floorstation-server lot-status``; line B, which has not synced
    since, uses it. Only the use after the hold is flagged: the one before it broke no rule."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    made = datetime.now(UTC) - timedelta(hours=2)
    line_a = facts(
        "ST-A",
        [
            ev.TaskStarted(task_id="WO8-10", machine_id="M01", work_order="WO8"),
            ev.LotProduced(
                lot_code="BOX-77",
                material="CAP-28",
                task_id="WO8-10",
                work_order="WO8",
                machine_id="M01",
                produced_on=made.date(),
            ),
        ],
        start=made,
    )
    upload(server_engine, line_a)
    db = server_engine.url.render_as_string(hide_password=False)
    hold = ["lot-status", "BOX-77", "hold", "--reason", "torque test failed", "--by", "ewa", "--db", db]
    assert cli.main(hold) == 0

    used = ev.LotConsumed(
        input_lot="BOX-77", output_lot=None, task_id="WO9-10", material="CAP-28", quantity=ev.Qty(3), unit="pcs"
    )
    before = facts("ST-B", [used], start=made)
    after = facts("ST-B", [used], after=before[-1], start=datetime.now(UTC) + timedelta(minutes=5))
    upload(server_engine, before + after)
    with server_engine.connect() as conn:
        flags = conn.execute(select(EventFlagRow.event_id, EventFlagRow.code, EventFlagRow.message)).all()
    assert [(f.event_id, f.code) for f in flags] == [(after[0].event_id, "lot_on_hold")]
    assert "BOX-77 is ON HOLD" in flags[0].message and "ST-B" in flags[0].message
