"""Verifying the event log (``floorstation verify-log``): integrity check + hash chain, events per second.

Reads the log the append benchmarks left (≥ 20,000 events); run alone (``--only verify``) it first writes
a log of that size, untimed. The reference is a bare ``sqlite3`` read of the same rows, and the time of the
``PRAGMA integrity_check`` that ``verify`` runs first is given separately.
"""

from __future__ import annotations

import sqlite3
import time

from bench import Result, Session, appends, reference, result
from floorstation.store import eventlog


def run(session: Session) -> list[Result]:
    station = session.log_station or appends.fill_log(session)
    start = time.perf_counter()
    checked, problem = eventlog.verify(station.engine)
    elapsed = time.perf_counter() - start
    if problem is not None:
        raise RuntimeError(f"the benchmark log does not verify: {problem}")

    db_path = station.engine.url.database
    assert db_path is not None
    db = sqlite3.connect(db_path)
    try:
        t0 = time.perf_counter()
        db.execute("PRAGMA integrity_check").fetchall()
        integrity_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows = db.execute("SELECT * FROM event ORDER BY station_id, epoch, seq").fetchall()
        read_s = time.perf_counter() - t0
    finally:
        db.close()
    return [
        result(
            "verify.events",
            checked / elapsed,
            "events/s",
            details={
                "events": checked,
                "seconds": round(elapsed, 3),
                "integrity_check_seconds": round(integrity_s, 3),
                "bare_read_seconds": round(read_s, 3),
                "reference": reference("bare sqlite3 read of the rows", len(rows) / read_s, "rows/s"),
            },
        )
    ]
