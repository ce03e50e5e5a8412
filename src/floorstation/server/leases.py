"""Work that one server process does at a time when several run on one database (replicas behind a load
balancer): the change feed's retention, webhook delivery, anything periodic, and the schema upgrade at start.

On PostgreSQL the guard is an advisory lock taken on a connection of its own (``pg_try_advisory_lock``): held
while the work runs, released when it ends, and by PostgreSQL itself when the process dies (the connection
closes), so a replica killed mid-job never leaves the job locked. The key is made from the job's name and the
schema (``hashtextextended``), so servers on different schemas of one database do not hold each other up. On
SQLite (one server process on one machine) a lock of the process does the same.

A job with a period (``every``) is also written down in ``background_run`` when it finishes: a process that
finds it done less than ``every`` ago skips it, so three replicas waking up daily run it once a day between them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sqlalchemy import Connection, Engine, insert, select, text, update

from floorstation.server.models import BackgroundRunRow

log = logging.getLogger(__name__)

T = TypeVar("T")

_KEY = "hashtextextended(:name || '/' || current_schema(), 0)"
_local_locks: dict[str, threading.Lock] = {}
_local_guard = threading.Lock()


def _local_lock(name: str) -> threading.Lock:
    with _local_guard:
        return _local_locks.setdefault(name, threading.Lock())


def _process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _now() -> datetime:
    return datetime.now(UTC)


@contextlib.contextmanager
def _advisory(engine: Engine, name: str, *, wait: bool) -> Iterator[bool]:
    """Yields whether the lock ``name`` is held by this process now; without ``wait``, False when another holds it."""
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        if wait:
            conn.execute(text(f"SELECT pg_advisory_lock({_KEY})"), {"name": name})
            got = True
        else:
            got = bool(conn.scalar(text(f"SELECT pg_try_advisory_lock({_KEY})"), {"name": name}))
        try:
            yield got
        finally:
            if got:
                _unlock(conn, name)
    finally:
        conn.close()


def _unlock(conn: Connection, name: str) -> None:
    try:
        conn.execute(text(f"SELECT pg_advisory_unlock({_KEY})"), {"name": name})
    except Exception:
        # The connection broke: its session, and the lock with it, ended on the server. Never reuse it.
        log.warning("lease %s: the lock's connection broke; PostgreSQL has released the lock", name, exc_info=True)
        conn.invalidate()


@contextlib.contextmanager
def held(engine: Engine, name: str) -> Iterator[None]:
    """Wait until no other server process holds ``name``, and hold it for the block (the schema upgrade at start:
    replicas started at once upgrade one after the other, the later ones find the work done)."""
    if engine.dialect.name != "postgresql":
        with _local_lock(name):
            yield
        return
    with _advisory(engine, name, wait=True):
        yield


def _due(engine: Engine, name: str, every: timedelta | None) -> bool:
    if every is None:
        return True
    with engine.connect() as conn:
        finished = conn.scalar(select(BackgroundRunRow.last_finished_at).where(BackgroundRunRow.name == name))
    return finished is None or _now() - datetime.fromisoformat(finished) >= every


def _record(engine: Engine, name: str, column: str) -> None:
    now = _now().isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        if column == "last_started_at":
            values = {"last_started_at": now, "last_process": _process()}
            done = conn.execute(
                update(BackgroundRunRow)
                .where(BackgroundRunRow.name == name)
                .values(runs=BackgroundRunRow.runs + 1, **values)
            )
            if not done.rowcount:
                conn.execute(insert(BackgroundRunRow).values(name=name, runs=1, last_finished_at=None, **values))
        else:
            conn.execute(update(BackgroundRunRow).where(BackgroundRunRow.name == name).values(last_finished_at=now))


def run_once_across_replicas(
    engine: Engine, name: str, fn: Callable[[], T], *, every: timedelta | None = None
) -> T | None:
    """Run ``fn`` unless another server process on this database is running the job ``name`` right now, or (with
    ``every``) one finished it less than ``every`` ago; returns what ``fn`` returned, or None when skipped.

    A job that fails is not written down as finished: the next process to try it runs it again."""
    if engine.dialect.name == "postgresql":
        guard: contextlib.AbstractContextManager[bool] = _advisory(engine, name, wait=False)
    else:
        guard = _try_local(name)
    with guard as got:
        if not got:
            log.debug("lease %s: another server process is running it", name)
            return None
        if not _due(engine, name, every):
            log.debug("lease %s: done less than %s ago by a server process", name, every)
            return None
        _record(engine, name, "last_started_at")
        result = fn()
        _record(engine, name, "last_finished_at")
        return result


@contextlib.contextmanager
def _try_local(name: str) -> Iterator[bool]:
    lock = _local_lock(name)
    got = lock.acquire(blocking=False)
    try:
        yield got
    finally:
        if got:
            lock.release()


def runs(engine: Engine, name: str) -> int:
    """How many times the job ``name`` was started, by any server process (0: never)."""
    with engine.connect() as conn:
        return int(conn.scalar(select(BackgroundRunRow.runs).where(BackgroundRunRow.name == name)) or 0)
