"""The office's reports against the same figures computed straight from the raw events, on SQLite and
PostgreSQL; and a late upload of older events changes them exactly as computing from scratch would."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from floorstation.server.db import open_database
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.reporting.catalog import REPORTS, build
from floorstation.server.reporting.period import Query
from floorstation.server.reporting.table import Table
from tests.integration.reportkit import CALENDAR, NOW, Reference, _ms, at, plant_day, seconds
from tests.integration.serverkit import DEMO_PLANT, LiveServer, post_batch

DAY = date(2026, 11, 23)
QUERY = Query(DAY, DAY, now_ms=_ms(NOW))


def new_database(kind: str, folder: Path, pg: str | None) -> Engine:
    if kind == "sqlite":
        return open_database(f"sqlite:///{folder / f'{uuid.uuid4().hex}.db'}")
    assert pg is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(make_url(pg).set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        conn.commit()
    return open_database(f"{pg}?options=-csearch_path%3D{schema}")


@dataclass
class Plant:
    engine: Engine
    fresh: Engine
    events: list
    before: dict[str, Table]
    """Every report before line 2's late upload arrived."""


def report(engine: Engine, name: str, query: Query = QUERY) -> Table:
    with engine.connect() as conn:
        return build(conn, name, query, CALENDAR)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def plant(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Plant]:
    pg = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    folder = tmp_path_factory.mktemp("reports")
    logs = plant_day()
    engine = new_database(request.param, folder, pg)
    fresh = new_database(request.param, folder, pg)
    catalog = read_catalog(DEMO_PLANT)
    for db in (engine, fresh):
        import_catalog(db, catalog)
    # Line 1 and maintenance upload through the sync endpoint; line 2 (its events older) only after the first
    # reports were run.
    server = LiveServer(engine).start()
    try:
        for station in ("ST-L1", "ST-L3", "ST-MT"):
            response = post_batch(server, server.enroll(station), logs[station])
            assert response.status_code == 200, response.text
        before = {name: report(engine, name) for name in REPORTS}
        response = post_batch(server, server.enroll("ST-L2"), logs["ST-L2"])
        assert response.status_code == 200, response.text
    finally:
        server.stop()
    # The same events from scratch, in another arrival order, in batches of two.
    for station in ("ST-L2", "ST-MT", "ST-L1", "ST-L3"):
        from floorstation.server import enrollment

        enrollment.create_code(fresh, station)
        for i in range(0, len(logs[station]), 2):
            ingest(fresh, station, logs[station][i : i + 2])
    yield Plant(engine, fresh, [e for log in logs.values() for e in log], before)
    engine.dispose()
    fresh.dispose()


def _reference(plant: Plant) -> Reference:
    return Reference(plant.events, _ms(at(6)), _ms(at(6, day=1)))


def _rows(table: Table, *keys: str) -> dict[tuple[str, ...], dict]:
    return {tuple(str(row[k]) for k in keys): row for row in table.rows}


def test_work_time_per_operation_adds_up_the_tasks_run_and_pauses(plant: Plant) -> None:
    ref = _reference(plant)
    times = ref.task_time()
    rows = _rows(report(plant.engine, "work-time"), "work_order", "operation", "machine")
    assert set(rows) == {("304/2023", "10", "M01"), ("305/2023", "10", "M02"), ("306/2023", "10", "M03")}
    for (work_order, operation, _machine), row in rows.items():
        t = times[f"{work_order}-{operation}"]
        assert row["run_s"] == seconds(sum(ms for (state, _r), ms in t.items() if state == "run"))
        assert row["pause_s"] == seconds(sum(ms for (state, _r), ms in t.items() if state == "pause"))
        stops = [p for task, p, _t in ref.stops() if task == f"{work_order}-{operation}"]
        assert row["good"] == sum(p.good_qty for p in stops)
        assert row["scrap"] == sum(p.scrap_qty for p in stops)
    # As a person reads the day: line 1 ran 8 h 15 min with 15 min break and 30 min setup; line 2's night pause
    # (still open) counts until the production day ends at 06:00.
    assert rows[("304/2023", "10", "M01")]["run_s"] == 8.25 * 3600
    assert rows[("304/2023", "10", "M01")]["pause_by_reason"] == "Break=900; Setup / changeover=1800"
    assert rows[("305/2023", "10", "M02")]["run_s"] == 2.5 * 3600
    assert rows[("305/2023", "10", "M02")]["pause_s"] == 6.5 * 3600
    assert rows[("305/2023", "10", "M02")]["good"] == Decimal("300.5")
    assert rows[("306/2023", "10", "M03")]["run_s"] == 3600, "started two days before, counted from 06:00"


def test_operator_time_follows_the_crew(plant: Plant) -> None:
    expected = _reference(plant).operator_time()
    rows = _rows(report(plant.engine, "operator-time"), "operator")
    assert set(rows) == {(o,) for o in expected}
    for (operator,), row in rows.items():
        assert row["run_s"] == seconds(expected[operator]["run"])
        assert row["pause_s"] == seconds(expected[operator]["pause"])
    # piotr joined at 06:30 and signed out at 09:00, 15 min of it on the break.
    assert rows[("piotr",)]["run_s"] == 2.25 * 3600
    assert rows[("piotr",)]["pause_s"] == 900
    assert rows[("piotr",)]["good"] == 0, "he had left before the stop"
    assert rows[("anna",)]["good"] == 1000


def test_downtime_pareto_and_machine_down_time(plant: Plant) -> None:
    ref = _reference(plant)
    by_reason: dict[str, int] = defaultdict(int)
    for _machine, reason, s, e in ref.marks():
        by_reason[reason] += max(0, min(e, ref.hi) - max(s, ref.lo))
    table = report(plant.engine, "downtime")
    assert [row["reason"] for row in table.rows] == sorted(
        (r for r in by_reason if by_reason[r]), key=lambda r: (-by_reason[r], r)
    )
    for row in table.rows:
        assert row["amount"] == seconds(by_reason[str(row["reason"])])
    assert table.rows[-1]["cumulative"] == 1
    machines = _rows(report(plant.engine, "machine-time"), "machine")
    # M02's two marks overlap (12:30-13:00 and 12:45-13:15): down 45 min, not 60; M01: 1.5 h + the open mark's hour.
    assert machines[("M02",)]["down_s"] == 45 * 60
    assert machines[("M01",)]["down_s"] == 2.5 * 3600


def test_scrap_pareto_and_output_against_plan(plant: Plant) -> None:
    ref = _reference(plant)
    scrap = {str(r["reason"]): r["amount"] for r in report(plant.engine, "scrap").rows}
    assert scrap == {p.scrap_reason: p.scrap_qty for _t, p, _at in ref.stops() if p.scrap_qty}
    output = _rows(report(plant.engine, "output"), "work_order", "operation")
    assert output[("304/2023", "10")]["planned"] == 20000
    assert output[("304/2023", "10")]["of_plan"] == Decimal("0.05")
    progress = _rows(report(plant.engine, "order-progress"), "work_order")
    assert progress[("305/2023",)]["good"] == Decimal("300.5")
    assert progress[("305/2023",)]["state"] == "paused"
    assert progress[("306/2023",)]["good"] == 50
    assert progress[("306/2023",)]["run_s"] == 35 * 3600, "order progress counts from its first event"
    assert progress[("307/2023",)]["good"] == 0


def test_oee_per_machine_and_shift_follows_its_definitions(plant: Plant) -> None:
    rows = _rows(report(plant.engine, "oee"), "machine", "day", "shift")
    m01 = rows[("M01", "2026-11-23", "1")]
    # Shift 1 (06:00-14:00): run 06:00-08:00, 08:15-13:00, 13:30-14:00 = 7 h 15 min; paused 45 min; not down.
    assert m01["run_s"] == 7.25 * 3600
    assert m01["planned_s"] == 8 * 3600
    assert m01["availability"] == Decimal("0.9063")
    m01_late = rows[("M01", "2026-11-23", "2")]
    # Shift 2: run 14:00-15:00, down 16:00-17:30. The stop at 15:00 reported 1,000 good and 20 scrap for the run
    # since 06:00 (8 h 15 min of run time): 7.25 / 8.25 of the pieces were made in shift 1, 1 / 8.25 in shift 2.
    assert m01_late["run_s"] == 3600
    assert m01_late["down_s"] == 1.5 * 3600
    assert m01_late["availability"] == Decimal("0.4")
    assert m01["good"] + m01_late["good"] == 1000 and m01["scrap"] + m01_late["scrap"] == 20
    assert m01_late["good"] == (Decimal(1000) / Decimal("8.25")).quantize(Decimal("0.001"), ROUND_HALF_UP)
    # Performance is the run's own, the same in both shifts: 1,020 pieces at 18 s each over 8 h 15 min (not the
    # 510 % of counting every piece in the shift of the stop).
    run_performance = (Decimal(1020 * 18) / Decimal(8.25 * 3600)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    assert m01["performance"] == m01_late["performance"] == run_performance == Decimal("0.6182")
    assert m01_late["quality"] == Decimal("0.9804")
    assert m01_late["oee"] == (Decimal("0.4") * run_performance * Decimal("0.9804")).quantize(
        Decimal("0.0001"), ROUND_HALF_UP
    )
    # M03's task ran 35 h from two days before; the day's one hour of it made 1/35 of its 50 pieces.
    m03 = rows[("M03", "2026-11-23", "1")]
    assert m03["good"] == (Decimal(50) / 35).quantize(Decimal("0.001"), ROUND_HALF_UP)
    m02 = rows[("M02", "2026-11-23", "1")]
    assert m02["performance"] == (Decimal("305.5") * 22 / 7200).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    assert m02["down_s"] == 45 * 60
    night = rows[("M02", "2026-11-23", "3")]
    assert (night["run_s"], night["pause_s"], night["good"]) == (1800, 6.5 * 3600, 0)
    assert night["quality"] is None and night["oee"] is None


def test_filters_narrow_every_figure(plant: Plant) -> None:
    only_m02 = report(plant.engine, "work-time", Query(DAY, DAY, machine="M02", now_ms=_ms(NOW)))
    assert [(r["work_order"], r["machine"]) for r in only_m02.rows] == [("305/2023", "M02")]
    piotr = report(plant.engine, "work-time", Query(DAY, DAY, operator="piotr", now_ms=_ms(NOW)))
    assert [(r["work_order"], r["run_s"], r["pause_s"]) for r in piotr.rows] == [("304/2023", 2.25 * 3600, 900)]
    night = report(plant.engine, "machine-time", Query(DAY, DAY, shift="3", now_ms=_ms(NOW)))
    assert {r["machine"]: (r["run_s"], r["down_s"]) for r in night.rows} == {"M01": (0, 3600), "M02": (1800, 0)}
    order = report(plant.engine, "output", Query(DAY, DAY, work_order="304/2023", now_ms=_ms(NOW)))
    assert [r["work_order"] for r in order.rows] == ["304/2023"]


def test_a_late_upload_gives_what_computing_from_scratch_gives(plant: Plant) -> None:
    assert [r["machine"] for r in plant.before["work-time"].rows] == ["M01", "M03"], "line 2 had not uploaded yet"
    for name in REPORTS:
        if name == "stations":
            continue
        again, scratch = report(plant.engine, name), report(plant.fresh, name)
        assert again.rows == scratch.rows, name
        assert again.rows != plant.before[name].rows or name in ("downtime",), name


def test_each_station_says_up_to_when_its_data_is_complete(plant: Plant) -> None:
    rows = _rows(report(plant.engine, "stations"), "station")
    assert set(rows) == {("ST-L1",), ("ST-L2",), ("ST-L3",), ("ST-MT",)}
    assert all(row["complete_up_to"] == row["last_sync"] != "" for row in rows.values())
