"""Keeping the reports' shift figures (:mod:`.cells`) up to date off the office's requests.

The server's background work (:func:`keep_refreshing`, a thread of ``floorstation-server run``; one server process
at a time across replicas, ``server/leases.py``) brings them up to date about once a minute: the shifts ended since,
and the tasks ingest noted as changed. Working them out for the first time (after the upgrade that added them, or
after the plant's shifts or time zone changed) takes minutes over a plant's million facts; the job does that too.

A report's request (:func:`catch_up`) only adds the little left since the job's last round. It reads from the
facts instead (the same figures, slower) when the figures were never worked out for the plant's calendar, when
more than :data:`BACKLOG` tasks and people have changes waiting (a large backlog upload: the job's next round
takes them), or when the job is at work right now (the request tries the lock and never waits for it).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, text

from floorstation.server import leases
from floorstation.server.reporting import cells
from floorstation.server.reporting.period import PlantCalendar

log = logging.getLogger(__name__)

JOB = "report-figures"
"""The job's name among the server's periodic work (``server/leases.py``); not :data:`.cells.LOCK`, which the
job's refresh takes inside it."""

REFRESH_EVERY = timedelta(minutes=1)
"""How often, across the server processes on one database, the job brings the figures up to date."""

BACKLOG = 200
"""The most tasks and people with changes waiting (``plant_report_dirty``: a row per task of an upload batch, and per
sign-out) a report's request works out itself before reading the figures. Measured over 1 M events on PostgreSQL
(shared 2-core machine): 200 tasks take 0.7-2.2 s, 500 take 2.5-4.4 s, while the four reports read from the facts
take 7-10 s. So a request's own share stays within a second or two, and a larger backlog (a station uploading days
of work at once) is left to the job's next round, the report reading the facts meanwhile."""


def _now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


def refresh(engine: Engine, calendar: PlantCalendar, now_ms: int | None = None) -> int:
    """The job's work: :func:`.cells.refresh` up to ``now_ms`` (default: now), in a connection of its own;
    returns up to where the figures reach."""
    began = time.perf_counter()
    with engine.connect() as conn:
        built = _built_for(conn, calendar)
        conn.rollback()  # (the look began a transaction; the refresh commits one of its own)
        horizon = cells.refresh(conn, calendar, _now_ms() if now_ms is None else now_ms)
    if not built:
        took = time.perf_counter() - began
        log.info("report figures: worked out from the facts for the plant's shifts in %.1f s", took)
    return horizon


def refresh_once(
    engine: Engine, calendar: PlantCalendar, every: timedelta = REFRESH_EVERY, now_ms: int | None = None
) -> int | None:
    """:func:`refresh`, by one server process of those on this database, once per ``every`` between them; None
    when another process is at it or did it less than ``every`` ago."""
    return leases.run_once_across_replicas(engine, JOB, lambda: refresh(engine, calendar, now_ms), every=every)


def keep_refreshing(
    engine: Engine, calendar: PlantCalendar, stop: threading.Event, every: timedelta = REFRESH_EVERY
) -> None:
    """:func:`refresh_once` at once and then about once per ``every``, until ``stop`` is set (the server's
    thread). It looks four times per period, so a process whose turn came while another was at it does not wait a
    whole period; a failure is logged and tried again at the next look."""
    while True:
        try:
            refresh_once(engine, calendar, every)
        except Exception:  # the database may be down for a moment; the next round tries again
            log.exception("report figures: bringing them up to date failed")
        if stop.wait(every.total_seconds() / 4):
            return


def catch_up(conn: Connection, calendar: PlantCalendar, now_ms: int) -> int | None:
    """For a report's request: bring the figures up to date when little is left to do, and return up to where
    they reach; None when the report should read the facts instead (never worked out for ``calendar``, more than
    :data:`BACKLOG` tasks and people with changes waiting, or the job at work right now). Committed in a
    transaction of its own unless the connection is in one already (then in it)."""
    if conn.dialect.name == "postgresql":
        if conn.in_transaction():
            return _catch_up(conn, calendar, now_ms)
        with conn.begin():
            return _catch_up(conn, calendar, now_ms)
    if not cells.local_lock.acquire(blocking=False):  # SQLite: the job's thread of this process is at it
        _fell_back("being worked out by the server's background work")
        return None
    try:
        if conn.in_transaction():
            return _catch_up(conn, calendar, now_ms)
        with conn.begin():
            return _catch_up(conn, calendar, now_ms)
    finally:
        cells.local_lock.release()


def _catch_up(conn: Connection, calendar: PlantCalendar, now_ms: int) -> int | None:
    if conn.dialect.name == "postgresql" and not conn.scalar(text(f"SELECT pg_try_advisory_xact_lock({cells.KEY})")):
        _fell_back("being worked out by another transaction")
        return None
    if not _built_for(conn, calendar):
        _fell_back("not yet worked out for the plant's shifts")
        return None
    waiting = conn.scalar(
        text("SELECT COUNT(*) FROM (SELECT DISTINCT task_id, operator_id FROM plant_report_dirty LIMIT :n) d"),
        {"n": BACKLOG + 1},
    )
    if waiting and waiting > BACKLOG:
        _fell_back(f"more than {BACKLOG} tasks and people with changes waiting")
        return None
    return cells.refresh_locked(conn, calendar, now_ms)


def _built_for(conn: Connection, calendar: PlantCalendar) -> bool:
    found = conn.scalar(text("SELECT calendar FROM plant_report_state WHERE id = 1"))
    return bool(found == cells.fingerprint(calendar))


def _fell_back(why: str) -> None:
    log.info("report figures %s: the report reads the facts", why)
