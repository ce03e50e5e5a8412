"""Upload of a 100,000-event backlog to a server on loopback (DESIGN §10: ≤ 10 s, PostgreSQL).

The station is a real demo station (WAL, synchronous=FULL) whose backlog is appended in batches first; the
server is ``floorstation-server run`` in its own process on 127.0.0.1, on a fresh PostgreSQL database when
FLOORSTATION_BENCH_PG_URL or FLOORSTATION_TEST_PG_URL is set (else SQLite, reported as such). The figure is
the wall time of ``SyncClient.drain`` with the default batch of 500: read outbox, HTTP, verify the chain,
insert, answer, mark acknowledged locally.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import psycopg
from sqlalchemy.engine import make_url

from bench import Result, Session, appends, latency_ms, result
from floorstation.bootstrap import outbox
from floorstation.server import enrollment
from floorstation.server.db import open_database
from floorstation.sync.client import SyncClient, enroll

BATCH = int(os.environ.get("BENCH_SYNC_BATCH", "1000"))  # the sync client's default


@contextlib.contextmanager
def server_database(s: Session) -> Iterator[tuple[str, str]]:
    base = os.environ.get("FLOORSTATION_BENCH_PG_URL") or os.environ.get("FLOORSTATION_TEST_PG_URL")
    if not base:
        yield f"sqlite:///{s.workdir / 'server.db'}", "sqlite"
        return
    url = make_url(base)
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"fs_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False), "postgresql"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


COPY_COLUMNS = (
    "event_id", "station_id", "epoch", "seq", "type", "schema_version", "occurred_at", "operator_id",
    "payload_json", "prev_hash", "hash", "received_at", "flagged",
)  # fmt: skip


def bare_copy(db_url: str, backend: str, rows: int, batch: int, connections: int = 1) -> float | None:
    """What PostgreSQL itself can store, in the same run: ``rows`` event-sized rows (the event table's columns,
    a real payload's size, random ids and hashes) COPYed into a table made ``LIKE event INCLUDING ALL`` (same
    indexes and constraints), ``batch`` rows per transaction, over ``connections`` connections at once. Rows/s
    (None on SQLite: the ratio is a PostgreSQL figure)."""
    if backend != "postgresql":
        return None
    import hashlib
    import threading

    dsn = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    table = f"bare_copy_{uuid.uuid4().hex[:8]}"
    payload = (
        '{"input_lot":"RAW-3","material":"PP","output_lot":"ST-007-L12","quantity":"2","task_id":"ST-007-T12",'
        '"unit":"kg"}'
    )

    def make(part: int, count: int) -> list[list[tuple[object, ...]]]:
        out, current = [], []
        for seq in range(1, count + 1):
            digest = hashlib.sha256(f"{part}-{seq}".encode()).hexdigest()
            current.append((
                str(uuid.uuid4()), f"ST-{part:03d}", 1, seq, "lot.consumed", 1, "2026-11-23T06:00:01.000+00:00",
                "anna", payload, digest, digest, "2026-11-23T06:00:02.000+00:00", False,
            ))  # fmt: skip
            if len(current) == batch:
                out.append(current)
                current = []
        if current:
            out.append(current)
        return out

    parts = [make(i, rows // connections) for i in range(connections)]
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (LIKE event INCLUDING ALL)")

    def load(batches: list[list[tuple[object, ...]]]) -> None:
        with psycopg.connect(dsn) as conn:
            for rows_ in batches:
                with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(COPY_COLUMNS)}) FROM STDIN") as copy:
                    for row in rows_:
                        copy.write_row(row)
                conn.commit()

    threads = [threading.Thread(target=load, args=(part,)) for part in parts]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE {table}")
    return (rows // connections) * connections / seconds


def copy_reference(before: float | None, after: float | None, rate: float, what: str) -> dict[str, Any]:
    """The figure's ratio to the bare COPY of the same run (``details.vs_bare_copy``), the COPY measured just
    before and just after the figure and averaged, so a machine that got busier or quieter in between moves the
    reference with the figure."""
    if before is None or after is None:
        return {}
    copy_rate = (before + after) / 2
    return {
        "bare_copy": {"what": what, "rows_per_s": round(copy_rate), "before": round(before), "after": round(after)},
        "vs_bare_copy": round(rate / copy_rate, 3),
    }


@contextlib.contextmanager
def server_process(db_url: str, *options: str) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-c", "from floorstation.server.cli import main; raise SystemExit(main())"]
    command += ["run", "--db", db_url, "--port", str(port), "--log-level", "warning", *options]
    proc = subprocess.Popen(command)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/v1/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


def run(s: Session) -> list[Result]:
    events = s.size(100_000, 10_000)
    station = s.demo_station("sync-backlog")
    appends.append_batches(station, events // appends.BATCH)
    with server_database(s) as (db_url, backend), server_process(db_url) as url:
        engine = open_database(db_url)
        code = enrollment.create_code(engine, station.config.station_id)
        engine.dispose()
        token = enroll(url, code, station.config.station_id)
        copy_before = bare_copy(db_url, backend, events, BATCH)
        per_batch: list[float] = []
        with SyncClient(url, token, outbox(station), batch_size=BATCH) as client:
            t0 = time.perf_counter()
            while True:
                b0 = time.perf_counter()
                done = client.upload_batch()
                per_batch.append(time.perf_counter() - b0)
                if not done.more:
                    break
            seconds = time.perf_counter() - t0
        copy_after = bare_copy(db_url, backend, events, BATCH)
        left = outbox(station).stats().pending
    if left:
        raise RuntimeError(f"{left} events were still pending after the upload")
    what = f"{events:,} rows, {BATCH} per transaction, one connection"
    versus = copy_reference(copy_before, copy_after, events / seconds, what)
    return [
        result(
            f"upload of a {events:,}-event backlog ({backend})",
            seconds,
            "s",
            at_most=10.0 if events == 100_000 else None,
            details={
                "events": events,
                "events_per_s": round(events / seconds),
                "batches": len(per_batch) - 1,
                "per_batch": latency_ms(per_batch[:-1]),
                "server_backend": backend,
                **versus,
            },
        )
    ]
