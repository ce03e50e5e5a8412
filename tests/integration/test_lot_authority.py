"""Who decides a lot's status: the plant, in the order the server knows, never a station's clock alone (SQLite and
PostgreSQL). A central recall always wins; a station decision the server cannot accept is stored, raised as an
alarm and not applied; ``lot-status`` says what it changed; the stations follow the plant after a sync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event
from floorstation.server import cli as server_cli
from floorstation.server import projections
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import AlarmRow, EventFlagRow, EventRow, PlantChangeRow, PlantLotRow
from tests.integration.plantmodel import snapshot
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts, post_batch

#: Refused and awaiting decisions raise the server's alarms on purpose.
pytestmark = pytest.mark.allow_log_warnings

EWA_SIGNS = {"signer_id": "ewa", "signer_name": "Ewa Lewandowska", "method": "badge+pin"}


def signed(
    station_id: str, decision: ev.Payload, *, at: datetime, operator_id: str = "ewa", **more: str
) -> list[Event]:
    """A well-chained decision and its ``record.signed`` (naming the quality lead unless ``more`` says otherwise)."""
    [first] = facts(station_id, [decision], operator_id=operator_id, start=at - timedelta(seconds=1))
    signature = ev.RecordSigned(
        **(EWA_SIGNS | more),  # type: ignore[arg-type]
        meaning="Lot released" if isinstance(decision, ev.LotReleased) else "Lot held",
        signed_event_id=first.event_id,
        signed_event_hash=first.hash,
        at=first.occurred_at,
    )
    return [
        first,
        *facts(station_id, [signature], after=first, operator_id=operator_id, start=at - timedelta(seconds=2)),
    ]


def plant_status(engine: Engine, code: str) -> str:
    with engine.connect() as conn:
        return str(conn.scalar(select(PlantLotRow.status).where(PlantLotRow.code == code)))


def alarms(engine: Engine) -> list[tuple[str | None, str, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AlarmRow.station_id, AlarmRow.kind, AlarmRow.detail))]  # type: ignore[misc]


def fed_status(engine: Engine, code: str) -> str | None:
    """What the change feed tells the stations about the lot's status, if anything."""
    with engine.connect() as conn:
        data = conn.scalar(
            select(PlantChangeRow.data_json).where(PlantChangeRow.entity == "lot_status", PlantChangeRow.key == code)
        )
    return None if data is None else str(__import__("json").loads(data)["status"])


def test_a_forged_release_dated_2099_of_a_lot_recalled_in_master_data_is_stored_alarmed_and_not_applied(
    live_server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = live_server.engine
    import_catalog(engine, read_catalog(DEMO_PLANT))
    assert plant_status(engine, "PP-2209") == "recalled"
    token = live_server.enroll("ST-ROGUE")
    forged = signed("ST-ROGUE", ev.LotReleased(lot_code="PP-2209", reason="fine"), at=datetime(2099, 1, 1, tzinfo=UTC))

    answer = post_batch(live_server, token, forged)

    assert answer.status_code == 200, answer.text
    assert answer.json()["acked_through"] == 2, "the act is stored: the station's log stays whole"
    assert [e.event_id for e in live_server.events("ST-ROGUE")] == [e.event_id for e in forged]
    assert plant_status(engine, "PP-2209") == "recalled"
    assert fed_status(engine, "PP-2209") in (None, "recalled")
    [(station, kind, detail)] = alarms(engine)
    assert (station, kind) == ("ST-ROGUE", "LOT_DECISION_REFUSED")
    assert "PP-2209" in detail and "RECALLED" in detail
    with engine.connect() as conn:
        codes = set(conn.scalars(select(EventFlagRow.code).where(EventFlagRow.event_id == forged[0].event_id)))
    assert codes == {"decision_refused"}
    # Neither a rebuild nor a later upload of the same events brings the release back.
    with engine.begin() as conn:
        projections.rebuild(conn)
    assert plant_status(engine, "PP-2209") == "recalled"
    assert post_batch(live_server, token, forged).status_code == 200
    assert plant_status(engine, "PP-2209") == "recalled"
    # The log is intact (nothing was altered), and the check of it points at the alarm.
    db = engine.url.render_as_string(hide_password=False)
    assert server_cli.main(["verify-log", "--station", "ST-ROGUE", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "ST-ROGUE: 2 events, chain intact; 1 alarm(s): floorstation-server alarms --station ST-ROGUE" in out
    assert server_cli.main(["alarms", "--station", "ST-ROGUE", "--db", db]) == 0
    assert "LOT_DECISION_REFUSED ST-ROGUE epoch 1 seq 1: Not applied: lot.released of lot PP-2209" in (
        capsys.readouterr().out
    )


def test_a_decision_dated_far_ahead_of_the_server_is_refused_even_for_a_released_lot(server_engine: Engine) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    projections_before = plant_status(server_engine, "PP-2401")
    ahead = datetime.now(UTC) + timedelta(days=3 * 365)
    hold = signed("ST-AHEAD", ev.LotHeld(lot_code="PP-2401", reason="looks odd"), at=ahead)
    _enroll(server_engine, "ST-AHEAD")
    ingest(server_engine, "ST-AHEAD", hold)
    assert plant_status(server_engine, "PP-2401") == projections_before == "released"
    [(_, kind, detail)] = alarms(server_engine)
    assert kind == "LOT_DECISION_REFUSED" and "ahead of the server's clock" in detail


def test_a_signer_without_the_quality_role_cannot_release_a_held_lot(server_engine: Engine) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    assert plant_status(server_engine, "MB-0501") == "hold"
    _enroll(server_engine, "ST-LINE")
    release = signed(
        "ST-LINE",
        ev.LotReleased(lot_code="MB-0501", reason="looks fine to me"),
        at=datetime.now(UTC) - timedelta(minutes=1),
        signer_id="anna",
        signer_name="Anna Kowalska",
    )
    ingest(server_engine, "ST-LINE", release)
    assert plant_status(server_engine, "MB-0501") == "hold"
    [(_, kind, detail)] = alarms(server_engine)
    assert kind == "LOT_DECISION_REFUSED" and "anna" in detail and "quality" in detail


def test_a_quality_release_signed_by_the_quality_lead_is_applied(server_engine: Engine) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    _enroll(server_engine, "ST-LAB")
    release = signed(
        "ST-LAB",
        ev.LotReleased(lot_code="MB-0501", reason="retest passed"),
        at=datetime.now(UTC) - timedelta(minutes=1),
    )
    ingest(server_engine, "ST-LAB", release)
    assert plant_status(server_engine, "MB-0501") == "released"
    assert alarms(server_engine) == []


def test_lot_status_says_what_it_changed_and_wins_over_a_station_clock_years_ahead(
    server_engine: Engine, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    _enroll(server_engine, "ST-AHEAD")
    ahead = datetime.now(UTC) + timedelta(days=5 * 365)
    ingest(server_engine, "ST-AHEAD", signed("ST-AHEAD", ev.LotReleased(lot_code="MB-0501", reason="ok"), at=ahead))

    assert server_cli.main(["lot-status", "MB-0501", "recalled", "--reason", "supplier recall", "--db", server_db]) == 0
    assert "MB-0501: hold → recalled" in capsys.readouterr().out
    assert plant_status(server_engine, "MB-0501") == "recalled"
    assert fed_status(server_engine, "MB-0501") == "recalled"

    assert server_cli.main(["lot-status", "MB-0501", "recalled", "--db", server_db]) == 0
    assert "MB-0501 was already recalled; nothing changed" in capsys.readouterr().out


def test_a_central_recall_is_lifted_only_centrally(server_engine: Engine, server_db: str) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    assert server_cli.main(["lot-status", "PP-2401", "recalled", "--db", server_db]) == 0
    _enroll(server_engine, "ST-LAB")
    soon = datetime.now(UTC) + timedelta(seconds=30)
    ingest(server_engine, "ST-LAB", signed("ST-LAB", ev.LotReleased(lot_code="PP-2401", reason="ok"), at=soon))
    assert plant_status(server_engine, "PP-2401") == "recalled"
    assert [kind for _, kind, _ in alarms(server_engine)] == ["LOT_DECISION_REFUSED"]
    assert server_cli.main(["lot-status", "PP-2401", "released", "--reason", "all clear", "--db", server_db]) == 0
    assert plant_status(server_engine, "PP-2401") == "released"


def test_a_station_clock_far_behind_cannot_make_its_hold_lose_silently(server_engine: Engine, server_db: str) -> None:
    """The station's clock is two years behind (measured at its sync): its hold is refused with an alarm, not
    quietly ordered before the last central decision."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    assert server_cli.main(["lot-status", "PP-2401", "hold", "--db", server_db]) == 0
    assert server_cli.main(["lot-status", "PP-2401", "released", "--db", server_db]) == 0
    _enroll(server_engine, "ST-BEHIND")
    behind = datetime.now(UTC) - timedelta(days=730)
    hold = signed("ST-BEHIND", ev.LotHeld(lot_code="PP-2401", reason="smell"), at=behind)
    ingest(server_engine, "ST-BEHIND", hold, clock_offset_ms=730 * 86_400_000)
    [(_, kind, detail)] = alarms(server_engine)
    assert kind == "LOT_DECISION_REFUSED" and "clock" in detail
    with server_engine.connect() as conn:
        assert conn.scalar(select(EventRow.flagged).where(EventRow.event_id == hold[0].event_id))


def _enroll(engine: Engine, station_id: str) -> None:
    from floorstation.server import enrollment

    enrollment.create_code(engine, station_id)


def test_a_signature_that_comes_in_the_next_batch_is_checked_too(server_engine: Engine) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    _enroll(server_engine, "ST-LINE")
    release = signed(
        "ST-LINE",
        ev.LotReleased(lot_code="MB-0501", reason="fine"),
        at=datetime.now(UTC) - timedelta(minutes=1),
        signer_id="anna",
        signer_name="Anna Kowalska",
        operator_id="ewa",
    )
    ingest(server_engine, "ST-LINE", release[:1])
    ingest(server_engine, "ST-LINE", release[1:])
    assert plant_status(server_engine, "MB-0501") == "hold", "a release signed by a line operator never counts"
    [_, (_, kind, detail)] = alarms(server_engine)
    assert kind == "LOT_DECISION_REFUSED" and "anna" in detail and "has no quality role" in detail
    with server_engine.connect() as conn:
        codes = set(conn.scalars(select(EventFlagRow.code).where(EventFlagRow.event_id == release[0].event_id)))
    assert codes == {"decision_refused"}
    _rebuild_gives_the_same(server_engine)


def _rebuild_gives_the_same(engine: Engine) -> None:
    incremental = snapshot(engine)
    with engine.begin() as conn:
        projections.rebuild(conn)
    assert snapshot(engine) == incremental


def test_a_decision_waits_for_a_signature_that_comes_in_the_next_upload(
    server_engine: Engine, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Batches are cut by count: quality's hold ends one upload, its signature starts the next. The plant does not
    hold the lot on an unsigned record; it says it waits, and holds the lot once the signature is there."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    _enroll(server_engine, "ST-LAB")
    hold = signed("ST-LAB", ev.LotHeld(lot_code="PP-2401", reason="smell"), at=datetime.now(UTC) - timedelta(minutes=5))

    ingest(server_engine, "ST-LAB", hold[:1])

    assert plant_status(server_engine, "PP-2401") == "released", "not applied without its signature"
    assert server_cli.main(["alarms", "--db", server_db]) == 0
    out = capsys.readouterr().out
    assert "LOT_DECISION_AWAITING_SIGNATURE ST-LAB epoch 1 seq 1: Awaiting signature: lot.held of lot PP-2401" in out
    _rebuild_gives_the_same(server_engine)
    assert plant_status(server_engine, "PP-2401") == "released"

    ingest(server_engine, "ST-LAB", hold[1:])

    assert plant_status(server_engine, "PP-2401") == "hold"
    assert [kind for _, kind, _ in alarms(server_engine)] == ["LOT_DECISION_AWAITING_SIGNATURE"]
    with server_engine.connect() as conn:
        lot = conn.execute(select(PlantLotRow).where(PlantLotRow.code == "PP-2401")).one()
    assert (lot.status_source, lot.status_at) == (hold[0].event_id, hold[0].occurred_at), "counts when it happened"
    assert hold[0].event_id in lot.decisions_heard
    assert fed_status(server_engine, "PP-2401") == "hold"
    _rebuild_gives_the_same(server_engine)


def test_a_late_signature_puts_the_decision_in_the_plants_order(server_engine: Engine) -> None:
    """The lab holds a lot (its signature comes an upload later); meanwhile the dock's later release, signed, has
    arrived. Once signed, the hold counts when it happened, before the release: the lot stays released."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    for station in ("ST-LAB", "ST-DOCK"):
        _enroll(server_engine, station)
    now = datetime.now(UTC)
    hold = signed("ST-LAB", ev.LotHeld(lot_code="PP-2402", reason="smell"), at=now - timedelta(minutes=10))
    release = signed("ST-DOCK", ev.LotReleased(lot_code="PP-2402", reason="lab ok"), at=now - timedelta(minutes=5))
    ingest(server_engine, "ST-LAB", hold[:1])
    ingest(server_engine, "ST-DOCK", release)
    ingest(server_engine, "ST-LAB", hold[1:])
    assert plant_status(server_engine, "PP-2402") == "released"
    with server_engine.connect() as conn:
        heard = conn.scalar(select(PlantLotRow.decisions_heard).where(PlantLotRow.code == "PP-2402"))
    assert hold[0].event_id in heard and release[0].event_id in heard
    _rebuild_gives_the_same(server_engine)


def test_an_unsigned_decision_is_stored_flagged_and_not_applied(server_engine: Engine) -> None:
    """A hold without its signature, followed by other records (in the same upload, or as the next upload after
    one that ended with a release): neither changes the lot; both are flagged and raised."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    _enroll(server_engine, "ST-LAB")
    consumed = {"output_lot": None, "task_id": "T-1", "material": "RESIN-PP", "quantity": 1, "unit": "kg"}
    at = datetime.now(UTC) - timedelta(minutes=5)
    first = facts(
        "ST-LAB",
        [ev.LotHeld(lot_code="PP-2401", reason="smell"), ev.LotConsumed(input_lot="PP-2402", **consumed)],
        operator_id="ewa",
        start=at,
    )
    release = facts(
        "ST-LAB", [ev.LotReleased(lot_code="MB-0501", reason="ok")], after=first[-1], operator_id="ewa", start=at
    )
    after = facts("ST-LAB", [ev.LotConsumed(input_lot="PP-2402", **consumed)], after=release[-1], start=at)
    ingest(server_engine, "ST-LAB", first + release)
    ingest(server_engine, "ST-LAB", after)

    assert plant_status(server_engine, "PP-2401") == "released"
    assert plant_status(server_engine, "MB-0501") == "hold"
    with server_engine.connect() as conn:
        flagged = {(r.event_id, r.code) for r in conn.execute(select(EventFlagRow.event_id, EventFlagRow.code))}
        stored = set(conn.scalars(select(EventRow.event_id).where(EventRow.flagged)))
    assert flagged == {(first[0].event_id, "decision_refused"), (release[0].event_id, "decision_refused")}
    assert stored == {first[0].event_id, release[0].event_id}
    kinds = [(kind, "not signed" in detail) for _, kind, detail in alarms(server_engine)]
    assert sorted(kinds) == [
        ("LOT_DECISION_AWAITING_SIGNATURE", False),
        ("LOT_DECISION_REFUSED", True),
        ("LOT_DECISION_REFUSED", True),
    ]
    _rebuild_gives_the_same(server_engine)
