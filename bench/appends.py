"""Durable event appends (DESIGN §10: ≥ 500/s one by one, ≥ 20,000/s batched) on a real demo station.

Three figures, all on one station (WAL, synchronous=FULL) whose log the verify benchmark then reads:

* one by one: each append its own transaction through the store's unit of work;
* batched: 1000 appends per transaction;
* through the app service ``mark_machine_down``: validation + event + projection + commit (reference).

The reference for the first two is a bare ``sqlite3`` loop writing rows of the same shape into a table made
with the real ``event`` DDL, with the same pragmas, in the same folder: the fsync floor under the figure.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import Result, Session, latency_ms, reference, result
from floorstation.app import machines, operators
from floorstation.bootstrap import Station
from floorstation.domain.events import MachineMarkedDown

OPERATOR = "tomasz"
OPERATOR_BADGE = "B3001"
MACHINE = "M01"
REASON = "electrical"
BATCH = 1000
WARMUP = 20


def _payload() -> MachineMarkedDown:
    return MachineMarkedDown(machine_id=MACHINE, mark_id=str(uuid.uuid4()), reason=REASON, note="bench")


def _append_one(station: Station) -> None:
    with station.ctx.uow() as uow:
        uow.record(_payload(), operator_id=OPERATOR, at=datetime.now().astimezone())
        uow.commit()


def append_batches(station: Station, batches: int, size: int = BATCH) -> dict[str, Any]:
    """``batches`` transactions of ``size`` appends; returns where the time went."""
    record_s = commit_s = 0.0
    per_batch: list[float] = []
    for _ in range(batches):
        t0 = time.perf_counter()
        with station.ctx.uow() as uow:
            for _ in range(size):
                uow.record(_payload(), operator_id=OPERATOR, at=datetime.now().astimezone())
            t1 = time.perf_counter()
            uow.commit()
            t2 = time.perf_counter()
        record_s += t1 - t0
        commit_s += t2 - t1
        per_batch.append(time.perf_counter() - t0)
    return {"record_s": record_s, "commit_s": commit_s, "per_batch_s": per_batch}


def _one_by_one(session: Session, station: Station) -> Result:
    n = session.size(2000, 300)
    for _ in range(WARMUP):
        _append_one(station)
    samples: list[float] = []
    start = time.perf_counter()
    for _ in range(n):
        t0 = time.perf_counter()
        _append_one(station)
        samples.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    bare = _bare_sqlite(station, n, batch=1)
    return result(
        "appends.one_by_one",
        n / elapsed,
        "events/s",
        at_least=500,
        details={
            "events": n,
            "seconds": round(elapsed, 3),
            **latency_ms(samples),
            "reference": reference("bare sqlite3 insert+commit", bare["rate"], "events/s"),
            "bare_sqlite": bare,
            "data_dir": str(station.root),
        },
    )


def _batched(session: Session, station: Station) -> Result:
    batches = session.size(20, 5)
    append_batches(station, 1, 100)  # warm-up
    start = time.perf_counter()
    timing = append_batches(station, batches)
    elapsed = time.perf_counter() - start
    n = batches * BATCH
    bare = _bare_sqlite(station, n, batch=BATCH)
    per_batch = timing["per_batch_s"]
    return result(
        "appends.batched",
        n / elapsed,
        "events/s",
        at_least=20_000,
        details={
            "events": n,
            "batch": BATCH,
            "seconds": round(elapsed, 3),
            "record_seconds": round(timing["record_s"], 3),
            "commit_seconds": round(timing["commit_s"], 3),
            "record_us_per_event": round(timing["record_s"] / n * 1e6, 1),
            "batch_ms": latency_ms(per_batch),
            "reference": reference(f"bare sqlite3 executemany, {BATCH}/txn", bare["rate"], "events/s"),
            "bare_sqlite": bare,
        },
    )


def _service(session: Session, station: Station) -> Result:
    n = session.size(2000, 300)
    ctx = station.ctx
    operators.sign_in(ctx, badge=OPERATOR_BADGE)
    for _ in range(WARMUP):
        machines.mark_machine_down(ctx, OPERATOR, MACHINE, REASON)
    samples: list[float] = []
    start = time.perf_counter()
    for _ in range(n):
        t0 = time.perf_counter()
        machines.mark_machine_down(ctx, OPERATOR, MACHINE, REASON)
        samples.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    return result(
        "appends.service_mark_machine_down",
        n / elapsed,
        "events/s",
        details={
            "events": n,
            "seconds": round(elapsed, 3),
            **latency_ms(samples),
            "what": "floorstation.app.machines.mark_machine_down, one use case per transaction",
        },
    )


def _bare_sqlite(station: Station, n: int, *, batch: int) -> dict[str, Any]:
    """Rows shaped like events into a table made with the real ``event`` DDL, same pragmas, same folder."""
    with station.engine.connect() as conn:
        ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'event'")
        create = ddl.scalar_one()
    path = Path(station.root) / f"bare-{batch}.db"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(create)
        sql = "INSERT INTO event VALUES (?, 'ST-01', 1, ?, 'machine.marked_down', 1, ?, 'tomasz', ?, ?, ?)"
        digest = "0" * 64

        def row(seq: int) -> tuple[Any, ...]:
            now = datetime.now().astimezone().isoformat(timespec="milliseconds")
            payload = f'{{"machine_id":"M01","mark_id":"{uuid.uuid4()}","note":"bench","reason":"electrical"}}'
            return (str(uuid.uuid4()), seq, now, payload, digest, digest)

        samples: list[float] = []
        start = time.perf_counter()
        for first in range(1, n + 1, batch):
            t0 = time.perf_counter()
            db.execute("BEGIN IMMEDIATE")
            if batch == 1:
                db.execute(sql, row(first))
            else:
                db.executemany(sql, [row(s) for s in range(first, min(first + batch, n + 1))])
            db.execute("COMMIT")
            samples.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    return {
        "events": n,
        "per_txn": batch,
        "seconds": round(elapsed, 3),
        "rate": round(n / elapsed, 1),
        **latency_ms(samples),
    }


def run(session: Session) -> list[Result]:
    station = session.demo_station("appends")
    results = [_one_by_one(session, station), _batched(session, station), _service(session, station)]
    session.log_station = station
    return results


def fill_log(session: Session) -> Station:
    """A station with a log as long as the append benchmarks leave, written fast and untimed."""
    station = session.demo_station("log")
    append_batches(station, session.size(24, 6))
    session.log_station = station
    return station
