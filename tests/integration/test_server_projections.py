"""Plant-wide projections on the server: kept up to date by each batch, independent of arrival order, rebuilt
from the event table to the same state, walked with recursive CTEs (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import groupby
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Engine, insert, select, text

from floorstation import bootstrap
from floorstation.app.simulate import ShiftSimulator
from floorstation.cli import _demo_pins
from floorstation.domain import events as ev
from floorstation.domain.events import Event, canonical_json
from floorstation.server import cli, enrollment, feed, plant
from floorstation.server.db import alembic_config, make_engine, open_database
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import (
    EventRow,
    PlantChangeRow,
    PlantLotRow,
    PlantPalletRow,
    PlantShipmentRow,
    PlantTaskRow,
    PlantTaskStopRow,
)
from floorstation.store import eventlog
from tests.conftest import ManualClock
from tests.integration.plantmodel import reference, server_view, snapshot
from tests.integration.serverkit import DEMO_PLANT, T0, facts


def upload(engine: Engine, events: list[Event], batch: int = 40) -> None:
    for station_id in {e.station_id for e in events}:
        enrollment.create_code(engine, station_id)  # creates the station row
    for station_id, run in groupby(events, key=lambda e: e.station_id):
        run_events = list(run)
        for i in range(0, len(run_events), batch):
            ingest(engine, station_id, run_events[i : i + batch])


def simulated_shift(station: bootstrap.Station, clock: ManualClock, actions: int = 300) -> list[Event]:
    ShiftSimulator(station.ctx, start=clock.now(), seed=11, pins=_demo_pins(), echo=None, counts=True).run(actions)
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def test_projections_follow_a_shift_and_a_rebuild_gives_the_same(
    server_engine: Engine, station: bootstrap.Station, clock: ManualClock
) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    line = simulated_shift(station, clock)
    kinds = {e.type for e in line}
    assert {"lot.produced", "lot.consumed", "lot.received", "pallet.built", "machine.marked_down"} <= kinds
    payloads = [e.typed_payload() for e in line]
    unshipped = sorted(
        {p.sscc for p in payloads if isinstance(p, ev.PalletBuilt)}
        - {p.sscc for p in payloads if isinstance(p, ev.PalletShipped)}
    )
    marks = [p for p in payloads if isinstance(p, ev.MachineMarkedDown)]
    # The dock ships a pallet and maintenance clears a mark before the line's upload arrives; maintenance also
    # raises a mark of its own on M01.
    dock = facts("ST-DOCK", [ev.PalletShipped(sscc=unshipped[0], customer_id="C-9", shipment_id="SH-1")])
    maint = facts(
        "ST-MAINT",
        [
            ev.MachineCleared(machine_id=marks[0].machine_id, mark_ids=(marks[0].mark_id,)),
            ev.MachineMarkedDown(machine_id="M01", mark_id="MAINT-1", reason="leak"),
        ],
    )
    upload(server_engine, dock + maint + line)

    everything = dock + maint + line
    assert server_view(server_engine) == reference(everything)
    with server_engine.connect() as conn:
        produced = conn.execute(select(PlantLotRow).where(PlantLotRow.origin == "produced")).all()
        received = conn.execute(select(PlantLotRow).where(PlantLotRow.origin == "received")).all()
        master = {r.code: r.status for r in conn.execute(select(PlantLotRow).where(PlantLotRow.in_master))}
        shipment = conn.execute(select(PlantShipmentRow).where(PlantShipmentRow.shipment_id == "SH-1")).one()
        shipped = conn.execute(select(PlantPalletRow).where(PlantPalletRow.sscc == unshipped[0])).one()
        tasks = conn.scalar(select(text("count(*)")).select_from(PlantTaskRow))
    assert produced and all(r.station_id == "ST-01" and r.machine_id and r.made_on and r.task_id for r in produced)
    assert received and all(r.station_id == "ST-01" and r.supplier and r.initial_milli > 0 for r in received)
    assert any(r.produced_milli > 0 for r in produced), "good quantities reported at Stop"
    assert {"hold", "recalled"} <= set(master.values()), "master data's statuses"
    assert (shipment.customer_id, shipment.pallets) == ("C-9", 1)
    assert (shipped.built_station, shipped.shipped_station) == ("ST-01", "ST-DOCK")
    assert tasks

    # The station's own genealogy edges and the server's agree.
    with station.engine.connect() as conn:
        local = {
            tuple(r) for r in conn.execute(text("SELECT event_id, input_lot, output_lot, qty_milli FROM lot_edge"))
        }
    assert local == {e for e in reference(line).edges}

    incremental = snapshot(server_engine, versions=True)
    assert cli.main(["rebuild", "--db", server_engine.url.render_as_string(hide_password=False)]) == 0
    assert snapshot(server_engine, versions=True) == incremental, "the same rows, at the same feed versions"


def _two_stations() -> tuple[list[Event], list[Event]]:
    """Two stations whose facts refer to each other's: lots, pallets and marks."""
    line = facts(
        "ST-A",
        [
            ev.TaskStarted(task_id="WO1-10", machine_id="M01", work_order="WO1"),
            ev.LotProduced(
                lot_code="A-1",
                material="BOX",
                task_id="WO1-10",
                work_order="WO1",
                machine_id="M01",
                produced_on=date(2026, 11, 23),
                expiry=date(2027, 1, 1),
            ),
            ev.LotConsumed(
                input_lot="R-1", output_lot="A-1", task_id="WO1-10", material="PP", quantity=Decimal("2.5"), unit="kg"
            ),
            ev.TaskStopped(task_id="WO1-10", good_qty=Decimal(40), scrap_qty=Decimal(1), output_lot="A-1"),
            ev.PalletBuilt(sscc="123456789012345675", lot_code="A-1", material="BOX", quantity=Decimal(30), unit="pc"),
            ev.PalletBuilt(sscc="123456789012345682", lot_code="A-1", material="BOX", quantity=Decimal(10), unit="pc"),
            ev.MachineMarkedDown(machine_id="M01", mark_id="a1", reason="jam"),
            ev.MachineCleared(machine_id="M02", mark_ids=("b1",)),
        ],
    )
    dock = facts(
        "ST-B",
        [
            ev.LotReceived(
                lot_code="R-1",
                material="PP",
                quantity=Decimal(500),
                unit="kg",
                supplier="Acme",
                supplier_lot="S-77",
                received_on=date(2026, 11, 20),
            ),
            ev.PalletShipped(sscc="123456789012345675", customer_id="C-1", shipment_id="SH-9"),
            ev.PalletVoided(sscc="123456789012345682", reason="wrong count"),
            ev.LotConsumed(
                input_lot="A-1", output_lot="B-1", task_id="WO2-10", material="BOX", quantity=Decimal(3), unit="pc"
            ),
            ev.MachineMarkedDown(machine_id="M02", mark_id="b1", reason="leak"),
            ev.MachineMarkedDown(machine_id="M02", mark_id="b2", reason="noise"),
            ev.MachineCleared(machine_id="M01", mark_ids=("a1",)),
        ],
        start=T0 + timedelta(hours=1),
    )
    return line, dock


def test_the_projections_do_not_depend_on_the_order_events_arrive_in(server_engine: Engine, tmp_path: Path) -> None:
    line, dock = _two_stations()
    upload(server_engine, line + dock, batch=3)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        upload(other, dock[:3], batch=1)
        upload(other, line[:5], batch=2)
        upload(other, dock[3:] + line[5:], batch=1)
        assert snapshot(other) == snapshot(server_engine)
    finally:
        other.dispose()
    view = server_view(server_engine)
    assert view == reference(line + dock)
    assert view.down == {"M02": ["b2"]}, "each clear removed only the mark its author had seen"
    with server_engine.connect() as conn:
        lots = {r.code: r for r in conn.execute(select(PlantLotRow))}
    assert (lots["A-1"].origin, lots["A-1"].produced_milli, lots["A-1"].palletized_milli) == ("produced", 40000, 30000)
    assert (lots["R-1"].origin, lots["R-1"].consumed_milli, lots["R-1"].supplier) == ("received", 2500, "Acme")
    assert (lots["B-1"].origin, lots["B-1"].material) == (None, None), "only referred to so far"


def test_genealogy_walks_both_ways_with_recursive_ctes(server_engine: Engine) -> None:
    def consumed(src: str, dst: str, task: str) -> ev.LotConsumed:
        return ev.LotConsumed(input_lot=src, output_lot=dst, task_id=task, material="X", quantity=Decimal(1), unit="kg")

    events = facts(
        "ST-A",
        [
            ev.TaskStarted(task_id="T1", machine_id="M01", work_order="W1"),
            consumed("RAW-1", "MIX-1", "T1"),
            consumed("RAW-2", "MIX-1", "T1"),
            ev.TaskStarted(task_id="T2", machine_id="M02", work_order="W2"),
            consumed("MIX-1", "BAR-1", "T2"),
            consumed("BAR-1", "BOX-1", "T3"),
            consumed("BOX-1", "MIX-1", "T4"),  # rework: a box goes back into the mix
        ],
    )
    upload(server_engine, events)
    with server_engine.connect() as conn:
        back = plant.walk(conn, "BOX-1", backward=True, max_depth=6)
        forward = plant.walk(conn, "RAW-1", backward=False, max_depth=3)
    assert [(e.input_lot, e.depth) for e in back] == [
        ("BAR-1", 1),
        ("MIX-1", 2),
        ("RAW-1", 3),
        ("RAW-2", 3),
        ("BOX-1", 3),
    ], "each edge once, at the depth it was first reached; the rework loop ends"
    assert [(e.output_lot, e.depth, e.machine_id) for e in forward] == [
        ("MIX-1", 1, "M01"),
        ("BAR-1", 2, "M02"),
        ("BOX-1", 3, None),
    ]


def test_a_server_upgraded_with_history_fills_its_projections(server_db: str) -> None:
    line, dock = _two_stations()
    engine = make_engine(server_db)
    try:
        with engine.connect() as conn:  # a database left by the previous server version, events and all
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "s0001")
            conn.commit()
        received = datetime(2026, 11, 23).isoformat()
        with engine.begin() as conn:
            conn.execute(
                insert(EventRow),
                [
                    {
                        **{k: v for k, v in e.as_dict().items() if k != "payload"},
                        "payload_json": canonical_json(e.payload),
                        "received_at": received,
                        "flagged": False,
                    }
                    for e in line + dock
                ],
            )
    finally:
        engine.dispose()
    upgraded = open_database(server_db)
    try:
        assert server_view(upgraded) == reference(line + dock)
        with upgraded.connect() as conn:  # and what stations download of it (the change feed, s0003)
            published = {c.data["event_id"] for c in feed.changes_after(conn, 0, 100_000) if c.entity == "lot_edge"}
        assert published == {edge[0] for edge in reference(line + dock).edges}
    finally:
        upgraded.dispose()


def _crew_of_two() -> tuple[list[Event], list[Event]]:
    """ST-A starts WO5-10 and pauses it; ST-B's operator joins, resumes it and stops it into C-1 (their clocks say
    so); ST-B also pauses WO6-10, a task no start of which has arrived."""
    a = facts(
        "ST-A",
        [
            ev.TaskStarted(task_id="WO5-10", machine_id="M05", work_order="WO5"),
            ev.TaskPaused(task_id="WO5-10", reason="setup"),
            ev.TaskStarted(task_id="WO7-10", machine_id="M07", work_order="WO7"),
        ],
    )
    b = facts(
        "ST-B",
        [
            ev.TaskPaused(task_id="WO6-10", reason="setup"),
            ev.TaskStarted(task_id="WO5-10", machine_id="M05", work_order="WO5", joined=True),
            ev.TaskResumed(task_id="WO5-10"),
            ev.TaskStopped(task_id="WO5-10", good_qty=Decimal(12), scrap_qty=Decimal(0), output_lot="C-1"),
        ],
        start=T0 + timedelta(minutes=5),
    )
    return a, b


def _tasks(engine: Engine) -> dict[str, tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(select(PlantTaskRow)).all()
    return {r.task_id: (r.machine_id, r.state, r.started_at is not None, r.stopped_at is not None) for r in rows}


def test_a_tasks_state_is_its_latest_start_pause_resume_or_stop_whatever_order_they_arrive_in(
    server_engine: Engine, tmp_path: Path
) -> None:
    a, b = _crew_of_two()
    # ST-A's pause arrives after ST-B's later resume and stop (ST-A's first batch had only the start).
    upload(server_engine, a[:1], batch=1)
    upload(server_engine, b + a[1:], batch=1)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        upload(other, a + b, batch=10)
        assert snapshot(other) == snapshot(server_engine)
    finally:
        other.dispose()
    assert _tasks(server_engine) == {
        "WO5-10": ("M05", "stopped", True, True),
        "WO6-10": ("", "paused", False, False),
        "WO7-10": ("M07", "running", True, False),
    }
    with server_engine.connect() as conn:
        stops = conn.execute(select(PlantTaskStopRow.task_id, PlantTaskStopRow.output_lot)).all()
    assert [tuple(s) for s in stops] == [("WO5-10", "C-1")]

    # The start of WO6-10 arrives late: it names the machine, and the pause (later) still decides the state.
    late = facts("ST-A", [ev.TaskStarted(task_id="WO6-10", machine_id="M06", work_order="WO6")], after=a[-1])
    upload(server_engine, late)
    assert _tasks(server_engine)["WO6-10"] == ("M06", "paused", True, False), "the pause is the later event"

    incremental = snapshot(server_engine, versions=True)
    assert cli.main(["rebuild", "--db", server_engine.url.render_as_string(hide_password=False)]) == 0
    assert snapshot(server_engine, versions=True) == incremental, "the same rows, at the same feed versions"


def test_a_server_upgraded_from_s0004_fills_the_tasks_state_from_its_events(server_db: str) -> None:
    a, b = _crew_of_two()
    engine = open_database(server_db)
    try:
        upload(engine, a + b)
        expected = snapshot(engine)
        with engine.begin() as conn:  # as the previous server version left it: no task state, no stops table
            _without_versions(conn)
            for column in ("started_at", "stopped_at", "state", "state_key"):
                conn.execute(text(f"ALTER TABLE plant_task DROP COLUMN {column}"))
            conn.execute(text("DROP TABLE plant_task_stop"))
            conn.execute(text("DELETE FROM plant_task"))
            conn.execute(
                text(
                    "INSERT INTO plant_task (task_id, machine_id, work_order, station_id) VALUES "
                    "('WO5-10', 'M05', 'WO5', 'ST-A'), ('WO7-10', 'M07', 'WO7', 'ST-A')"
                )
            )
            conn.execute(text("UPDATE alembic_version_server SET version_num = 's0004'"))
    finally:
        engine.dispose()
    upgraded = open_database(server_db)
    try:
        assert snapshot(upgraded) == expected
    finally:
        upgraded.dispose()


_VERSIONED = (
    ("plant_machine_mark", "mark_id"),
    ("plant_machine_mark_clear", "mark_id"),
    ("plant_lot_edge", "event_id"),
)


def _without_versions(conn: Any) -> None:
    """The schema before s0006: marks, clears and edges without their change-feed version, and the event table
    with its (station, hash) index (dropped by s0007)."""
    # The reports' shift figures came with s0018.
    for table in (
        "plant_report_task",
        "plant_report_pause",
        "plant_report_crew",
        "plant_report_credit",
        "plant_report_share",
        "plant_report_dirty",
        "plant_report_todo",
        "plant_report_state",
    ):
        conn.execute(text(f"DROP TABLE {table}"))
    # Results out to an ERP came with s0013, integration tokens with s0012.
    for table in ("webhook_delivery", "webhook_cursor", "webhook", "confirmation", "confirmation_source"):
        conn.execute(text(f"DROP TABLE {table}"))
    conn.execute(text("DROP TABLE confirmation_open"))
    conn.execute(text("DELETE FROM change_counter WHERE name = 'confirmation'"))
    conn.execute(text("DROP TABLE integration_token"))
    conn.execute(text("DROP TABLE drop_file"))
    conn.execute(text("DROP TABLE background_run"))  # periodic work across server processes came with s0015
    conn.execute(text("DROP TABLE station_config"))  # each station's configuration from the server came with s0017
    for table in ("plant_setting", "recall_drill"):  # the plant's settings and mock-recall drills came with s0016
        conn.execute(text(f"DROP TABLE {table}"))
    conn.execute(text("DROP TABLE plant_work_event"))  # the reports' work registration came with s0011
    for table in ("alarm_ack", "office_session", "office_user"):  # the plant office came with s0010
        conn.execute(text(f"DROP TABLE {table}"))
    for table, _key in _VERSIONED:
        conn.execute(text(f"DROP INDEX ix_{table}_version"))
        conn.execute(text(f"ALTER TABLE {table} DROP COLUMN version"))
    conn.execute(text("CREATE INDEX ix_event_station_hash ON event (station_id, hash)"))


def test_a_server_upgraded_from_s0005_keeps_every_feed_version_of_marks_clears_and_edges(server_db: str) -> None:
    """Before s0006 the feed kept a copy of each mark, clear (tombstone) and edge in plant_change. The upgrade
    moves each version into its row and removes the copies: stations' cursors stay valid, nothing is sent twice
    or missed; a clear whose tombstone was compacted stays behind the horizon."""
    line, dock = _two_stations()
    engine = open_database(server_db)
    try:
        upload(engine, line + dock, batch=3)
        with engine.connect() as conn:
            before = feed.changes_after(conn, 0, 10_000)
            latest = feed.counters(conn).latest
        kinds = {(c.entity, c.deleted) for c in before}
        assert {("mark", False), ("mark", True), ("lot_edge", False)} <= kinds
        compacted = next(c for c in before if c.entity == "mark" and c.deleted)
        with engine.begin() as conn:  # as s0005 left it: the copies in plant_change, one tombstone compacted
            rows = [
                {
                    "entity": c.entity,
                    "key": c.data.get("mark_id") or c.data["event_id"],
                    "data_json": json.dumps(c.data),
                    "deleted": c.deleted,
                    "version": c.version,
                    "updated_at": "2026-11-20T08:00:00.000+00:00",
                }
                for c in before
                if c.entity in ("mark", "lot_edge") and c is not compacted
            ]
            conn.execute(insert(PlantChangeRow), rows)
            conn.execute(
                text("UPDATE change_counter SET value = :v WHERE name = 'compacted'"), {"v": compacted.version}
            )
            _without_versions(conn)
            conn.execute(text("UPDATE alembic_version_server SET version_num = 's0005'"))
    finally:
        engine.dispose()
    upgraded = open_database(server_db)
    try:
        with upgraded.connect() as conn:
            after = feed.changes_after(conn, 0, 10_000)
            assert feed.counters(conn).latest == latest, "no version handed out again"
            copies = conn.scalar(
                select(text("count(*)"))
                .select_from(PlantChangeRow)
                .where(PlantChangeRow.entity.in_(["mark", "lot_edge"]))
            )
        assert copies == 0
        # The compacted clear gets the horizon, which is its own version here: every row where it was.
        assert after == before
    finally:
        upgraded.dispose()
