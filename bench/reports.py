"""The office's reports over a plant's work registration (DESIGN §10 and the office's budget: each report over
1 M events in ≤ 2 s on PostgreSQL).

The plant: 100 machines running 1,000 work orders of 50 operations each, one task after the other on each machine,
around the clock; each task is started, joined by a second operator, paused and resumed eight times for one of
four reasons, stopped with good and scrap, and the second operator signs out: 20 work events a task, 1 M in all
(100,000 with --quick), over about half a year. Each machine is also marked down and cleared 100 times. The
rows are written straight into the reports' projection (``plant_work_event``, ``plant_task``, the marks) with
COPY (PostgreSQL) or executemany (SQLite); master data goes through the server's import.

Measured: the server's background job working out the reports' shift figures from all the facts at once
(``reporting.upkeep``, as after the upgrade that added them); then, with the figures as the job leaves them (the
steady state), the reports through their own code, each in a connection of its own as a request would: every report
over the whole range (the budget) and over the last 30 days; the median of three runs.
"""

from __future__ import annotations

import itertools
import random
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, text

from bench import Result, Session, num, result
from bench.sync import server_database
from floorstation.domain.catalog import parse_json
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog
from floorstation.server.reporting import upkeep
from floorstation.server.reporting.catalog import REPORTS, SHIFT_FIGURES, build
from floorstation.server.reporting.period import PlantCalendar, Query, parse_shifts, to_ms

MACHINES = 100
ORDERS = 1000
OPERATIONS = 50
EVENTS_PER_TASK = 20
START = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
PAUSES = ("break", "material", "setup", "quality_check")
CALENDAR = PlantCalendar(ZoneInfo("UTC"), parse_shifts("1=06:00,2=14:00,3=22:00"))
RUNS = 3
WORK_COLUMNS = (
    "event_id",
    "kind",
    "task_id",
    "operator_id",
    "reason",
    "at_ms",
    "next_ms",
    "station_id",
    "epoch",
    "seq",
    "good_milli",
    "scrap_milli",
)


def _catalog() -> Any:
    orders = [
        {
            "number": f"{i}/2026",
            "product": "CAP",
            "planned_qty": "5000",
            "operations": [
                {
                    "seq": 10 * (j + 1),
                    "machine": f"M{(i * OPERATIONS + j) % MACHINES:03d}",
                    "name": "op",
                    "parameters": {"cycle": "20 s"},
                }
                for j in range(OPERATIONS)
            ],
        }
        for i in range(ORDERS)
    ]
    return parse_json(
        __import__("json").dumps(
            {
                "materials": [{"code": "CAP", "name": "Cap", "unit": "pc"}],
                "machines": [{"id": f"M{m:03d}", "name": f"Machine {m}", "code": f"M{m:03d}"} for m in range(MACHINES)],
                "operators": [
                    {"id": f"op{o}", "name": f"Operator {o}", "badge": f"B{o}", "roles": ["operator"]}
                    for o in range(200)
                ],
                "reasons": [{"kind": "pause", "code": c, "label": c} for c in PAUSES]
                + [{"kind": "scrap", "code": "flash", "label": "Flash"}]
                + [{"kind": "out_of_order", "code": "jam", "label": "Jam"}],
                "work_orders": orders,
            }
        )
    )


def _plant(events: int) -> tuple[list[list[Any]], list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    """The work rows, task rows and marks (with their clear time) of the plant; and its last event's time."""
    rng = random.Random(16)
    tasks_per_machine = max(1, events // EVENTS_PER_TASK // MACHINES)
    work: list[list[Any]] = []
    tasks: list[tuple[Any, ...]] = []
    marks: list[tuple[Any, ...]] = []
    last = 0
    queue = [f"{i}/2026-{10 * (j + 1)}" for i in range(ORDERS) for j in range(OPERATIONS)]
    for m in range(MACHINES):
        station, machine = f"ST-{m:03d}", f"M{m:03d}"
        at = to_ms(START) + rng.randrange(0, 3_600_000)
        seq = 0
        mine = [t for k, t in enumerate(queue) if k % MACHINES == m][:tasks_per_machine]
        for n, task in enumerate(mine):
            a, b = f"op{(2 * m) % 200}", f"op{(2 * m + 1) % 200}"
            facts: list[tuple[str, str, str | None, int, int]] = [("start", a, None, 0, 0)]
            facts.append(("join", b, None, 0, 0))
            for _ in range(8):
                facts.append(("pause", a, rng.choice(PAUSES), 0, 0))
                facts.append(("resume", a, None, 0, 0))
            facts.append(("stop", a, "flash", rng.randrange(800, 1200) * 1000, rng.randrange(0, 30) * 1000))
            facts.append(("signout", b, None, 0, 0))
            open_task = n == len(mine) - 1
            if open_task:
                facts = facts[:-3]  # the machine's current task: still running
            first = len(work)
            for kind, operator, reason, good, scrap in facts:
                seq += 1
                at += rng.randrange(60_000, 2_400_000) if kind != "resume" else rng.randrange(60_000, 900_000)
                subject = None if kind == "signout" else task
                work.append(
                    [f"{station}-{seq}", kind, subject, operator, reason, at, None, station, 1, seq, good, scrap]
                )
            chained = [row for row in work[first:] if row[1] != "signout"]
            for row, following in itertools.pairwise(chained):
                row[6] = following[5]  # next_ms: when the task's next fact happened
            stamp = datetime.fromtimestamp(at / 1000, UTC).isoformat(timespec="microseconds")
            tasks.append(
                (
                    task,
                    machine,
                    task.rsplit("-", 1)[0],
                    station,
                    stamp,
                    None if open_task else stamp,
                    "running" if open_task else "stopped",
                )
            )
            if n % max(1, tasks_per_machine // 100) == 0:
                raised = at + rng.randrange(0, 3_600_000)
                marks.append((f"{machine}-{n}", machine, station, raised, raised + rng.randrange(300_000, 7_200_000)))
            at += rng.randrange(60_000, 1_800_000)
        last = max(last, at)
    return work, tasks, marks, last


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


def _seed(engine: Engine, events: int) -> int:
    import_catalog(engine, _catalog())
    work, tasks, marks, last = _plant(events)
    mark_rows = [
        (mark, machine, "jam", "", station, "maint", _iso(raised), f"e-{mark}", i + 1)
        for i, (mark, machine, station, raised, _cleared) in enumerate(marks)
    ]
    clear_rows = [
        (mark, machine, station, "maint", _iso(cleared), f"c-{mark}", len(marks) + i + 1)
        for i, (mark, machine, station, _raised, cleared) in enumerate(marks)
    ]
    task_sql = "plant_task (task_id, machine_id, work_order, station_id, started_at, stopped_at, state)"
    mark_sql = (
        "plant_machine_mark (mark_id, machine_id, reason, note, station_id, raised_by, raised_at, event_id, version)"
    )
    clear_sql = "plant_machine_mark_clear (mark_id, machine_id, station_id, cleared_by, cleared_at, event_id, version)"
    work_sql = f"plant_work_event ({', '.join(WORK_COLUMNS)})"
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            raw = conn.connection.dbapi_connection
            assert raw is not None
            with raw.cursor() as cursor:
                for target, rows in (
                    (work_sql, work),
                    (task_sql, tasks),
                    (mark_sql, mark_rows),
                    (clear_sql, clear_rows),
                ):
                    with cursor.copy(f"COPY {target} FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                cursor.execute("ANALYZE")
        else:
            for target, rows in ((work_sql, work), (task_sql, tasks), (mark_sql, mark_rows), (clear_sql, clear_rows)):
                columns = target[target.index("(") + 1 : -1].split(", ")
                sql = f"INSERT INTO {target} VALUES ({', '.join(':' + c for c in columns)})"
                conn.execute(text(sql), [dict(zip(columns, row, strict=True)) for row in rows])
            conn.exec_driver_sql("ANALYZE")
    return last


def _before_the_build(engine: Engine, backend: str, events: int, last_ms: int) -> Iterator[Result]:
    """The reports that read the shift figures, over the whole range, before they were worked out (just upgraded):
    read from the facts, as the first people to open them after the upgrade see them."""
    last_day = datetime.fromtimestamp(last_ms / 1000, UTC).date()
    query = Query(START.date(), last_day, now_ms=last_ms + 3_600_000)
    for name in sorted(SHIFT_FIGURES):
        seconds, rows = _timed(engine, name, query)
        details = {"benchmark": "reports", "backend": backend, "events": events, "rows": rows}
        yield result(
            f"report {name}, all, figures not yet worked out ({backend}, {events:,} events)",
            seconds,
            "s",
            details=details,
        )


def _build(engine: Engine, backend: str, events: int, last_ms: int) -> Result:
    """The server's background job working out the reports' shift figures from all the facts at once, as after the
    upgrade that added them (or a change of the plant's shifts); it leaves them as the reports read them."""
    began = time.perf_counter()
    upkeep.refresh(engine, CALENDAR, now_ms=last_ms + 3_600_000)
    seconds = time.perf_counter() - began
    details = {"benchmark": "reports", "backend": backend, "events": events}
    return result(f"report figures full build ({backend}, {events:,} events)", seconds, "s", details=details)


def _timed(engine: Engine, name: str, query: Query) -> tuple[float, int]:
    samples = []
    rows = 0
    for _ in range(RUNS):
        began = time.perf_counter()
        with engine.connect() as conn:
            rows = len(build(conn, name, query, CALENDAR).rows)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples), rows


def _measure(engine: Engine, backend: str, events: int, last_ms: int) -> Iterator[Result]:
    last_day = datetime.fromtimestamp(last_ms / 1000, UTC).date()
    now = last_ms + 3_600_000
    ranges = {
        "all": Query(START.date(), last_day, now_ms=now),
        "30 days": Query(last_day - timedelta(days=29), last_day, now_ms=now),
    }
    for label, query in ranges.items():
        for name in REPORTS:
            seconds, rows = _timed(engine, name, query)
            details = {
                "benchmark": "reports",
                "backend": backend,
                "events": events,
                "rows": rows,
                "days": (query.last - query.first).days + 1,
            }
            figure = f"report {name}, {label} ({backend}, {events:,} events)"
            if label == "all" and backend == "postgresql":
                yield result(figure, seconds, "s", at_most=2.0, details=details)
            else:
                yield result(figure, seconds, "s", details=details)


def run(s: Session) -> list[Result]:
    events = s.size(1_000_000, 100_000)
    out: list[Result] = []
    with server_database(s) as (url, backend):
        engine = open_database(url)
        try:
            began = time.perf_counter()
            last = _seed(engine, events)
            seeded = time.perf_counter() - began
            out += list(_before_the_build(engine, backend, events, last))
            out.append(_build(engine, backend, events, last))
            out += list(_measure(engine, backend, events, last))
            for r in out:
                r["details"]["seeded_s"] = num(seeded)
        finally:
            engine.dispose()
    return out
