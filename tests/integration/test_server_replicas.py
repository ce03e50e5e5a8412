"""Three server processes (replicas) on one PostgreSQL database behind a round-robin load balancer: one is
killed (SIGKILL) while stations sync through the balancer, and every event is stored exactly once, in each
station's order, the change feed hands every station the same plant state, and the periodic work ran once."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from floorstation import bootstrap
from floorstation.domain.events import Event, MachineMarkedDown, verify_chain
from floorstation.server import admin, enrollment, feed, leases
from floorstation.server.db import open_database
from floorstation.server.models import EventRow
from floorstation.store import eventlog
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient, enroll
from floorstation.sync.worker import Backoff, SyncStatus
from tests.integration.balancer import Balancer
from tests.integration.serverkit import T0, free_port, new_station, record_cards

pytestmark = [pytest.mark.pg, pytest.mark.allow_log_warnings]  # a cut request is logged by the station


@pytest.fixture
def replicated_db(pg_database: str) -> str:
    """A schema of its own in the test database: a fresh plant server database."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    dsn = make_url(pg_database).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{pg_database}?options=-csearch_path%3D{schema}"


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.01)


@pytest.fixture
def replicas(replicated_db: str) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Three ``floorstation-server run`` processes started at once on the fresh database: they upgrade its schema
    one after the other and take their start-up work in turn."""
    ports = [free_port() for _ in range(3)]
    command = [sys.executable, "-c", "from floorstation.server.cli import main; raise SystemExit(main())"]
    procs = [
        subprocess.Popen(
            [*command, "run", "--db", replicated_db, "--port", str(port), "--log-level", "warning"],
            env=dict(os.environ, PYTHONWARNINGS="ignore"),
        )
        for port in ports
    ]
    try:
        for proc, port in zip(procs, ports, strict=True):

            def healthy(port: int = port, proc: subprocess.Popen[bytes] = proc) -> bool:
                assert proc.poll() is None, "a replica ended at start"
                try:
                    return httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200
                except httpx.HTTPError:
                    return False

            _wait(healthy, 60, f"the replica on port {port} answers")
        for proc, port in zip(procs, ports, strict=True):
            proc.port = port  # type: ignore[attr-defined]
        yield procs
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)


STATIONS = ("ST-R1", "ST-R2", "ST-R3")
MACHINES = ("M01", "M02", "M03")


def _backlog(station: bootstrap.Station, rounds: int) -> list[str]:
    """Cards and machine marks, interleaved: ``rounds`` rounds of 700 cards and 5 marks; returns the mark ids."""
    marks: list[str] = []
    name = station.config.station_id
    for r in range(rounds):
        record_cards(station, 700, start=T0 + timedelta(hours=r))
        with station.ctx.uow() as uow:
            for i in range(5):
                mark = f"{name}-{r}-{i}"
                payload = MachineMarkedDown(machine_id=MACHINES[i % 3], mark_id=mark, reason="electrical")
                uow.record(payload, operator_id="anna", at=T0 + timedelta(hours=r, minutes=30 + i))
                marks.append(mark)
            uow.commit()
    return marks


def _local(station: bootstrap.Station) -> list[Event]:
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def _open_marks(station: bootstrap.Station, machine: str) -> set[str]:
    with station.ctx.uow() as uow:
        return {m.mark_id for m in uow.open_marks(machine)}


@pytest.mark.slow
def test_three_replicas_one_killed_mid_sync_store_every_event_once(
    replicas: list[subprocess.Popen[bytes]], replicated_db: str, tmp_path: Path
) -> None:
    engine: Engine = open_database(replicated_db)
    balancer = Balancer([p.port for p in replicas]).start()  # type: ignore[attr-defined]
    stations = {name: new_station(tmp_path / name, name, plant=True) for name in STATIONS}
    workers = []
    errors: list[str] = []
    lock = threading.Lock()

    def held() -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(EventRow)) or 0)

    try:
        marks = {name: _backlog(station, 4) for name, station in stations.items()}
        total = sum(len(_local(s)) for s in stations.values())
        tokens = {name: enroll(balancer.url, enrollment.create_code(engine, name), name) for name in STATIONS}
        for name, token in tokens.items():
            server_credentials.save(tmp_path / name, server_credentials.ServerCredentials(balancer.url, name, token))

        def seen(status: SyncStatus) -> None:
            if status.last_error:
                with lock:
                    errors.append(str(status.last_error))

        for n, station in enumerate(stations.values()):
            backoff = Backoff(base=0.05, cap=0.3, rng=random.Random(n))
            workers.append(bootstrap.sync_worker(station, interval=0.05, backoff=backoff, on_status=seen))
        for worker in workers:
            worker.start()
        _wait(lambda: held() >= 2000, 60, "the replicas stored a few batches")
        assert held() < total, "killed mid-sync"
        victim = max(range(3), key=lambda i: balancer.served[i])
        assert balancer.served[victim] > 0
        replicas[victim].kill()  # SIGKILL: its open transactions are cut, PostgreSQL rolls them back
        replicas[victim].wait(30)
        _wait(
            lambda: all(bootstrap.outbox(s).stats().pending == 0 for s in stations.values()),
            90,
            "every station drained through the two replicas left",
        )
        for worker in workers:
            worker.stop()
        workers.clear()

        for name, station in stations.items():
            stored = list(admin.iter_events(engine, name))
            assert stored == _local(station), f"{name}: every event once, in the station's order"
            assert verify_chain(stored) is None
        assert held() == total

        # The change feed: versions handed out once each, and every station downloads the same plant state.
        with engine.connect() as conn:
            rows = feed.changes_after(conn, 0, 1_000_000)
            latest = feed.counters(conn).latest
        versions = [c.version for c in rows]
        assert len(set(versions)) == len(versions) and max(versions) <= latest
        every_mark = {m for found in marks.values() for m in found}
        assert {c.data["mark_id"] for c in rows if c.entity == "mark"} == every_mark
        for name, station in stations.items():
            with SyncClient(balancer.url, tokens[name], bootstrap.outbox(station)) as client:
                client.download(bootstrap.change_sink(station))
            for i, machine in enumerate(MACHINES):
                expected = {m for m in every_mark if int(m.rsplit("-", 1)[1]) % 3 == i}
                assert _open_marks(station, machine) == expected, f"{machine} at {station.config.station_id}"

        # The start-up work of the three replicas (the feed's retention) ran once between them.
        assert leases.runs(engine, feed.RETIRE) == 1
    finally:
        for worker in workers:
            worker.stop()
        balancer.stop()
        for station in stations.values():
            station.close()
        engine.dispose()
