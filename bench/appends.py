"""Durable event appends (DESIGN §10: ≥ 500/s one by one, ≥ 20,000/s batched) on a real demo station.

Three figures, all on one station (WAL, synchronous=FULL) whose log the verify benchmark then reads:

* one by one: each append its own transaction through the store's unit of work;
* batched: 1000 appends per transaction;
* through the app service ``mark_machine_down``: validation + event + projection + commit (reference).

The reference for the first two is a bare ``sqlite3`` loop writing rows of the same shape into a table made
with the real ``event`` DDL, with the same pragmas, in the same folder: the fsync floor under the figure. The
station and the bare loop take turns, a tenth of the events each at a time, so a machine whose load changes
during the run weighs on both alike (the ratio of the two is the figure to read on a shared machine).
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


ROUNDS = 10
"""Turns the station and the bare loop take (see the module docstring)."""


def _one_by_one(session: Session, station: Station) -> Result:
    n = session.size(2000, 300)
    for _ in range(WARMUP):
        _append_one(station)
    samples: list[float] = []
    elapsed = 0.0
    with _BareLog(station, batch=1) as bare_log:
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for _ in range(n // ROUNDS):
                t0 = time.perf_counter()
                _append_one(station)
                samples.append(time.perf_counter() - t0)
            elapsed += time.perf_counter() - start
            bare_log.append(n // ROUNDS)
        bare = bare_log.figures()
    n = len(samples)
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
            "ratio_to_reference": round(n / elapsed / bare["rate"], 3),
            "bare_sqlite": bare,
            "data_dir": str(station.root),
        },
    )


def _batched(session: Session, station: Station) -> Result:
    batches = session.size(20, 5)
    append_batches(station, 1, 100)  # warm-up
    timing: dict[str, Any] = {"record_s": 0.0, "commit_s": 0.0, "per_batch_s": []}
    elapsed = 0.0
    with _BareLog(station, batch=BATCH) as bare_log:
        for _ in range(batches):
            start = time.perf_counter()
            part = append_batches(station, 1)
            elapsed += time.perf_counter() - start
            timing["record_s"] += part["record_s"]
            timing["commit_s"] += part["commit_s"]
            timing["per_batch_s"] += part["per_batch_s"]
            bare_log.append(BATCH)
        bare = bare_log.figures()
    n = batches * BATCH
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
            "ratio_to_reference": round(n / elapsed / bare["rate"], 3),
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


class _BareLog:
    """Rows shaped like events into a table made with the real ``event`` DDL, same pragmas, same folder: bare
    ``sqlite3``, ``batch`` rows a transaction, appended in turns (:meth:`append`) between the station's own."""

    def __init__(self, station: Station, *, batch: int) -> None:
        with station.engine.connect() as conn:
            ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'event'")
            self.create = ddl.scalar_one()
        self.path = Path(station.root) / f"bare-{batch}.db"
        self.batch = batch
        self.next_seq = 1
        self.seconds = 0.0
        self.samples: list[float] = []

    def __enter__(self) -> _BareLog:
        self.path.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute(self.create)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.db.close()

    def append(self, n: int) -> None:
        sql = "INSERT INTO event VALUES (?, 'ST-01', 1, ?, 'machine.marked_down', 1, ?, 'tomasz', ?, ?, ?)"
        digest = "0" * 64

        def row(seq: int) -> tuple[Any, ...]:
            now = datetime.now().astimezone().isoformat(timespec="milliseconds")
            payload = f'{{"machine_id":"M01","mark_id":"{uuid.uuid4()}","note":"bench","reason":"electrical"}}'
            return (str(uuid.uuid4()), seq, now, payload, digest, digest)

        db, batch = self.db, self.batch
        start_seq = self.next_seq
        end = start_seq + n
        start = time.perf_counter()
        for seq in range(start_seq, end, batch):
            t0 = time.perf_counter()
            db.execute("BEGIN IMMEDIATE")
            if batch == 1:
                db.execute(sql, row(seq))
            else:
                db.executemany(sql, [row(s) for s in range(seq, min(seq + batch, end))])
            db.execute("COMMIT")
            self.samples.append(time.perf_counter() - t0)
        self.seconds += time.perf_counter() - start
        self.next_seq = end

    def figures(self) -> dict[str, Any]:
        events = self.next_seq - 1
        return {
            "events": events,
            "per_txn": self.batch,
            "seconds": round(self.seconds, 3),
            "rate": round(events / self.seconds, 1),
            **latency_ms(self.samples),
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
