"""The reports' shift figures are worked out by the server's background work, not in a report's request: a report
on a database whose figures were never worked out (just upgraded) answers from the facts with the same figures and
leaves the work to the job; a report never waits for the job while it is at work; once the job has run, late
uploads change the reports as computing from scratch does. On SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Connection, Engine, text

from floorstation.domain import events as ev
from floorstation.server import leases
from floorstation.server.reporting import cells, upkeep
from floorstation.server.reporting.period import Query
from floorstation.server.reporting.table import Table
from tests.integration.reportdbs import FIGURES, databases, from_the_facts, report, upload
from tests.integration.reportkit import CALENDAR, Log, _ms, _start, at

__all__ = ["databases"]  # the fixture: the plant's server database and a fresh one

DAY = date(2026, 11, 23)
NOW = _ms(at(23, day=1))  # after the next day's second shift ended
BOTH_DAYS = Query(DAY, date(2026, 11, 24), now_ms=NOW)
STORE = ("plant_report_state", *cells._TABLES)


def _logs() -> tuple[Log, Log]:
    """Two days of line 1 (a crew of two on 304, 306 and 305 with a pause), and what line 2 uploads late: a break
    that splits 304's run, and Tomasz's sign-out that ends his time on 306."""
    line = Log("ST-L1")
    line.add(at(6), "anna", _start("304/2023-10", "M01"))
    line.add(at(6.5), "piotr", _start("304/2023-10", "M01", joined=True))
    line.add(at(7), "tomasz", _start("306/2023-10", "M03"))
    line.add(at(12), "anna", ev.TaskCounted(task_id="304/2023-10", good_qty=Decimal(400), rework_qty=Decimal(2)))
    line.add(
        at(15),
        "anna",
        ev.TaskStopped(task_id="304/2023-10", good_qty=Decimal(600), scrap_qty=Decimal(20), scrap_reason="flash"),
    )
    line.add(at(16), "marta", _start("305/2023-10", "M02"))
    line.add(at(7, day=1), "marta", ev.TaskPaused(task_id="305/2023-10", reason="material"))
    line.add(at(8, day=1), "marta", ev.TaskResumed(task_id="305/2023-10"))
    line.add(
        at(12, day=1),
        "marta",
        ev.TaskStopped(task_id="305/2023-10", good_qty=Decimal("300.5"), scrap_qty=Decimal(5), scrap_reason="flash"),
    )
    late = Log("ST-L2")
    late.add(at(8), "anna", ev.TaskPaused(task_id="304/2023-10", reason="break"))
    late.add(at(8.5), "anna", ev.TaskResumed(task_id="304/2023-10"))
    late.add(at(10), "tomasz", ev.OperatorSignedOut(reason="manual"))
    return line, late


def _stored(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {table: conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() for table in STORE}


def _waiting(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT COUNT(*) FROM plant_report_dirty")).scalar_one())


def test_a_report_before_the_figures_were_worked_out_reads_the_facts_and_the_job_works_them_out(
    databases: tuple[Engine, Engine], caplog: pytest.LogCaptureFixture
) -> None:
    plant, fresh = databases
    line, late = _logs()
    upload(plant, line)
    upload(fresh, line)

    # Just upgraded: no figures yet. The report answers at once from the facts and leaves the figures to the job.
    with caplog.at_level(logging.INFO, logger=upkeep.__name__):
        for name in FIGURES:
            assert report(plant, name, BOTH_DAYS).rows == from_the_facts(fresh, name, BOTH_DAYS).rows, name
    assert _stored(plant) == dict.fromkeys(STORE, 0), "the request worked out no shift figures"
    assert any("reads the facts" in r.getMessage() for r in caplog.records)

    # The server's background job works them out; the reports read them and give the same figures.
    assert upkeep.refresh_once(plant, CALENDAR, now_ms=NOW) is not None
    assert leases.runs(plant, upkeep.JOB) == 1
    assert _stored(plant)["plant_report_task"] > 0
    assert _waiting(plant) == 0
    for name in FIGURES:
        assert report(plant, name, BOTH_DAYS).rows == from_the_facts(fresh, name, BOTH_DAYS).rows, name

    # A late upload: the report works out the few changed tasks itself and agrees with computing from scratch.
    upload(plant, late)
    upload(fresh, late)
    assert _waiting(plant) > 0
    for name in FIGURES:
        assert report(plant, name, BOTH_DAYS).rows == from_the_facts(fresh, name, BOTH_DAYS).rows, name
    assert _waiting(plant) == 0, "the report brought the figures up to date"
    runs = {
        r["work_order"]: (r["run_s"], r["pause_s"])
        for r in report(plant, "work-time", Query(DAY, DAY, now_ms=NOW)).rows
    }
    assert runs["304/2023"] == (8.5 * 3600, 1800)


def _hold_the_jobs_lock(engine: Engine) -> Iterator[Connection | None]:
    """Hold the lock the job's refresh holds while it works (PostgreSQL: its advisory lock, from a connection of
    its own; SQLite: the process's lock) until the generator is resumed."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn, conn.begin():
            conn.execute(text(f"SELECT pg_advisory_xact_lock({cells.KEY})"))
            yield conn
        return
    with cells.local_lock:
        yield None


def test_a_report_does_not_wait_while_the_job_works_the_figures_out(databases: tuple[Engine, Engine]) -> None:
    plant, fresh = databases
    line, late = _logs()
    for engine in (plant, fresh):
        upload(engine, line)
    upkeep.refresh(plant, CALENDAR, now_ms=NOW)
    for engine in (plant, fresh):
        upload(engine, late)

    answered: dict[str, Table] = {}
    done = threading.Event()

    def ask() -> None:
        for name in FIGURES:
            answered[name] = report(plant, name, BOTH_DAYS)
        done.set()

    holder = _hold_the_jobs_lock(plant)
    next(holder)
    reporter = threading.Thread(target=ask, name="office-request")
    try:
        reporter.start()
        finished = done.wait(timeout=120)  # a condition, not a pause: the reports end long before
    finally:
        next(holder, None)
        reporter.join()
    assert finished, "the reports waited for the job's lock"
    for name in FIGURES:
        assert answered[name].rows == from_the_facts(fresh, name, BOTH_DAYS).rows, name
    assert _waiting(plant) > 0, "the changes are left to the job"
    upkeep.refresh(plant, CALENDAR, now_ms=NOW)
    assert _waiting(plant) == 0


def test_a_report_leaves_a_large_backlog_to_the_job(
    databases: tuple[Engine, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    plant, fresh = databases
    line, late = _logs()
    for engine in (plant, fresh):
        upload(engine, line)
    upkeep.refresh(plant, CALENDAR, now_ms=NOW)
    for engine in (plant, fresh):
        upload(engine, late)
    waiting = _waiting(plant)
    with plant.connect() as conn:
        changed = conn.execute(
            text("SELECT COUNT(*) FROM (SELECT DISTINCT task_id, operator_id FROM plant_report_dirty) d")
        ).scalar_one()
    assert changed == 2  # 304 (its break) and Tomasz (his sign-out)
    monkeypatch.setattr(upkeep, "BACKLOG", changed - 1)  # (the threshold a plant's backlog upload passes)
    for name in FIGURES:
        assert report(plant, name, BOTH_DAYS).rows == from_the_facts(fresh, name, BOTH_DAYS).rows, name
    assert _waiting(plant) == waiting, "the backlog is left to the job"
    monkeypatch.setattr(upkeep, "BACKLOG", changed)
    for name in FIGURES:
        assert report(plant, name, BOTH_DAYS).rows == from_the_facts(fresh, name, BOTH_DAYS).rows, name
    assert _waiting(plant) == 0


def test_the_servers_thread_works_the_figures_out_as_it_starts(databases: tuple[Engine, Engine]) -> None:
    plant, _fresh = databases
    line, _late = _logs()
    upload(plant, line)
    stop = threading.Event()
    stop.set()  # the server stops right after the thread's first round
    upkeep.keep_refreshing(plant, CALENDAR, stop)
    assert leases.runs(plant, upkeep.JOB) == 1
    with plant.connect() as conn:
        assert conn.execute(text("SELECT calendar FROM plant_report_state")).scalar() == cells.fingerprint(CALENDAR)
    assert _stored(plant)["plant_report_task"] > 0
    assert _waiting(plant) == 0
