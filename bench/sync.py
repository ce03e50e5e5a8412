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
        left = outbox(station).stats().pending
    if left:
        raise RuntimeError(f"{left} events were still pending after the upload")
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
            },
        )
    ]
