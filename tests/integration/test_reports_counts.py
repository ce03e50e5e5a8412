"""A real station's interim counts, synced to a real server on loopback (SQLite and PostgreSQL), in the office's
figures: ``work-time.csv`` (its columns unchanged) adds the counts to the stops, the report by shift splits work
and output at the plant calendar's shift change, and the plant knows which operations are finished."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from floorstation import bootstrap
from floorstation.app import handover, lots, operators, tasks
from floorstation.compliance.records import collect
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import PlantTaskRow
from floorstation.server.recall import build_recall
from floorstation.server.reporting.catalog import build
from floorstation.server.reporting.period import Query
from floorstation.server.results import confirmations
from floorstation.server.settings import ServerSettings
from floorstation.sync.client import SyncClient
from tests.conftest import WARSAW_WINTER, ManualClock
from tests.integration.officekit import add_users, office_client
from tests.integration.reportkit import CALENDAR
from tests.integration.serverkit import DEMO_PLANT, LiveServer

TASK = "304/2023-10"  # on M01
DAY = date(2026, 11, 23)
QUERY = Query(DAY, DAY, now_ms=int(datetime(2026, 11, 24, 12, tzinfo=WARSAW_WINTER).timestamp() * 1000))

#: The server's flags are logged by the client on purpose.
pytestmark = pytest.mark.allow_log_warnings


@pytest.fixture
def server(server_engine: Engine) -> Iterator[LiveServer]:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    add_users(server_engine)
    live = LiveServer(server_engine, settings=ServerSettings(plant_calendar=CALENDAR)).start()
    yield live
    live.stop()


def _at(clock: ManualClock, hour: int, minute: int = 0) -> None:
    clock.current = datetime(2026, 11, 23, hour, minute, tzinfo=WARSAW_WINTER)


def _shift_of_counts(station: bootstrap.Station, clock: ManualClock) -> None:
    """Anna counts twice in shift 1 (06-14), Piotr takes over after a stop for now and counts in shift 2, then
    finishes the operation."""
    ctx = station.ctx
    _at(clock, 12)
    for badge in ("B1001", "B1002"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=20)
    _at(clock, 12, 30)
    tasks.count_task(ctx, TASK, "anna", good=400, scrap={"flash": 3, "short_shot": 1}, rework=2)
    _at(clock, 13, 30)
    tasks.count_task(ctx, TASK, "anna", good=100)
    _at(clock, 13, 50)
    tasks.stop_task(ctx, TASK, "anna", good=0, finished=False)
    handover.leave_note(ctx, "M01", "anna", "Feeder 2 jams", task_id=TASK)
    _at(clock, 14, 10)
    tasks.start_task(ctx, TASK, "piotr")
    _at(clock, 15)
    tasks.count_task(ctx, TASK, "piotr", good=200, scrap={"flash": 2})
    _at(clock, 16)
    tasks.stop_task(ctx, TASK, "piotr", good=50, scrap=1, scrap_reason="short_shot", finished=True)


def _uploaded_shift_of_counts(server: LiveServer, station: bootstrap.Station, clock: ManualClock) -> None:
    """The shift of counts recorded at the station and every event of it on the server."""
    _shift_of_counts(station, clock)
    token = server.enroll(station.config.station_id)
    with SyncClient(server.url, token, bootstrap.outbox(station)) as client:
        client.drain()
    assert bootstrap.outbox(station).stats().pending == 0


def test_counts_reach_the_office_figures_split_by_shift(
    server: LiveServer, station: bootstrap.Station, clock: ManualClock
) -> None:
    _uploaded_shift_of_counts(server, station, clock)

    with office_client(server.url, "manager") as office:
        answer = office.get("/reports/work-time.csv", params={"from": "2026-11-23", "to": "2026-11-23"})
    assert answer.status_code == 200, answer.text[:300]
    assert answer.text.splitlines()[0].split(",")[:7] == [
        "work_order",
        "operation",
        "machine",
        "run_s",
        "pause_s",
        "good",
        "scrap",
    ]
    [row] = list(csv.DictReader(io.StringIO(answer.text)))
    assert (row["work_order"], row["operation"], row["machine"]) == ("304/2023", "10", "M01")
    assert (Decimal(row["good"]), Decimal(row["scrap"])) == (750, 7)  # 400 + 100 + 200 counted, 50 at the stop
    assert Decimal(row["rework"]) == 2  # a column after those scripts rely on
    assert Decimal(row["run_s"]) == (110 + 110) * 60  # 12:00-13:50 and 14:10-16:00; counts end no run

    with server.engine.connect() as conn:
        table = build(conn, "shifts", QUERY, CALENDAR)
        state = conn.scalar(select(PlantTaskRow.state).where(PlantTaskRow.task_id == TASK))
    by_shift = {row["shift"]: row for row in table.rows}
    assert set(by_shift) == {"1", "2"}
    first, second = by_shift["1"], by_shift["2"]
    assert (first["good"], first["scrap"], first["rework"], first["run_s"]) == (500, 4, 2, 110 * 60)
    assert (second["good"], second["scrap"], second["rework"], second["run_s"]) == (250, 3, 0, 110 * 60)
    assert state == "finished"

    with server.engine.connect() as conn:
        people = build(conn, "operator-time", QUERY, CALENDAR)
    goods = {row["operator"]: row["good"] for row in people.rows}
    assert (goods.get("anna"), goods.get("piotr")) == (500, 250)  # a count is its author's

    with server.engine.connect() as conn:
        recall = build_recall(conn, "PP-2401")  # the raw lot went into the caps: what the exports say was made
    [made] = [t for t in collect(recall.events, recall.master).transformations if t.task_id == TASK]
    assert made.output_quantity == 750


def test_the_erp_confirmation_of_a_stop_includes_the_counts_before_it(
    server: LiveServer, station: bootstrap.Station, clock: ManualClock
) -> None:
    _uploaded_shift_of_counts(server, station, clock)

    page = confirmations.read_page(server.engine, 0, 10)
    got = [
        (c["operators"], c["good_qty"], c["scrap_qty"], c["scrap_by_reason"], c["rework_qty"], c["finished"])
        for c in page.confirmations
    ]
    assert got == [
        (  # anna counted 400 + 100 good, 3 flash and 1 short shot, 2 reworked, then stopped for now with nothing more
            ["anna"],
            "500",
            "4",
            [{"reason": "flash", "qty": "3"}, {"reason": "short_shot", "qty": "1"}],
            "2",
            False,
        ),
        (  # piotr counted 200 good and 2 flash, then finished with 50 good and 1 short shot
            ["piotr"],
            "250",
            "3",
            [{"reason": "flash", "qty": "2"}, {"reason": "short_shot", "qty": "1"}],
            "0",
            True,
        ),
    ]


def test_no_shift_without_work_appears(server: LiveServer, tmp_path: Path) -> None:
    with server.engine.connect() as conn:
        assert build(conn, "shifts", QUERY, CALENDAR).rows == []
