"""Outages: the server process killed (SIGKILL) while batches are in flight and started again, and a station
that was offline for thirty days draining its backlog by its timer alone. Exactly once either way."""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from floorstation import bootstrap, paths
from floorstation.domain.errors import HistoryMissing
from floorstation.domain.events import Event, verify_chain
from floorstation.server import admin, enrollment
from floorstation.server.db import open_database
from floorstation.server.models import EventRow
from floorstation.store import eventlog
from floorstation.sync import server_credentials
from floorstation.sync.client import enroll
from floorstation.sync.worker import Backoff, SyncStatus
from tests.integration.faultproxy import Cut, FaultProxy
from tests.integration.serverkit import LiveServer, ServerProcess, free_port, new_station, record_cards


def _local(station: bootstrap.Station) -> list[Event]:
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.005)


TOTAL = 8000
"""Eight batches of 1,000: the worker also downloads and beats, so the last kill may hit one of those and the
backlog must be long enough that it still falls before the last upload."""


@pytest.mark.slow
def test_the_server_killed_mid_batch_and_restarted_loses_and_doubles_nothing(server_db: str, tmp_path: Path) -> None:
    engine = open_database(server_db)

    def held() -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(EventRow)) or 0)

    root = tmp_path / "st"
    station = new_station(root, "ST-41")
    server = ServerProcess(server_db).start()
    proxy = FaultProxy(server.port, lambda _n: Cut()).start()  # only to see when a batch is in flight
    errors: list[str] = []
    worker = None
    try:
        for _ in range(TOTAL // 500):
            record_cards(station, 500)
        token = enroll(server.url, enrollment.create_code(engine, "ST-41"), "ST-41")
        server_credentials.save(root, server_credentials.ServerCredentials(proxy.url, "ST-41", token))

        def seen(status: SyncStatus) -> None:
            if status.last_error:
                errors.append(status.last_error)

        worker = bootstrap.sync_worker(
            station, interval=0.05, backoff=Backoff(base=0.05, cap=0.2, rng=random.Random(4)), on_status=seen
        )
        worker.start()
        rng = random.Random(41)
        progress = []
        for _ in range(3):
            before = held()
            _wait(lambda before=before: held() > before, 30, "the server committed a batch")
            _wait(proxy.awaiting_answer, 30, "the next batch is on its way")
            time.sleep(rng.uniform(0.0, 0.02))  # being read, being stored, or its answer being written
            server.kill()
            progress.append(held())
            server.start()
        _wait(lambda: bootstrap.outbox(station).stats().pending == 0, 60, "the station drained")
    finally:
        if worker is not None:
            worker.stop()
        proxy.stop()
        server.kill()
    try:
        assert all(0 < n < TOTAL for n in progress), f"killed mid-backlog: {progress}"
        cut = [e for e in errors if "Server disconnected" in e or "Connection reset" in e]
        assert cut, f"a request in flight was cut by the kill: {sorted(set(errors))}"
        stored = list(admin.iter_events(engine, "ST-41"))
        assert stored == _local(station), "every event once, in order"
        assert verify_chain(stored) is None
    finally:
        station.close()
        engine.dispose()


def test_thirty_days_offline_drain_by_the_timer_alone(server_engine: Engine, tmp_path: Path) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-42")
    start = datetime.now().astimezone() - timedelta(days=30)
    for day in range(30):
        record_cards(station, 500, start=start + timedelta(days=day, hours=6))
    recorded = _local(station)
    port = free_port()
    statuses: list[SyncStatus] = []
    server = LiveServer(server_engine, port=port).start()  # enrolled before the outage
    token = server.enroll("ST-42")
    server.stop()
    server_credentials.save(root, server_credentials.ServerCredentials(f"http://127.0.0.1:{port}", "ST-42", token))
    worker = bootstrap.sync_worker(
        station, interval=0.05, backoff=Backoff(base=0.05, cap=0.2, rng=random.Random(42)), on_status=statuses.append
    )
    worker.start()
    try:
        _wait(lambda: sum(s.last_error is not None for s in statuses) >= 3, 30, "three failed rounds")
        offline = worker.status()
        assert (offline.online, offline.pending) == (False, 15_000)
        assert offline.oldest_pending_age_s is not None and offline.oldest_pending_age_s > 29 * 86400
        server = LiveServer(server_engine, port=port).start()
        try:
            _wait(lambda: worker.status().pending == 0 and worker.status().last_sync_at is not None, 60, "drained")
        finally:
            server.stop()
    finally:
        worker.stop()
    try:
        assert _local(station) == recorded, "the station wrote nothing: the timer alone retried"
        held = server.events("ST-42")
        assert held == recorded
        assert verify_chain(held) is None
        span = datetime.fromisoformat(held[-1].occurred_at) - datetime.fromisoformat(held[0].occurred_at)
        assert span > timedelta(days=29)
        (info,) = admin.stations(server.engine)
        assert (info.events, info.pending_count) == (15_000, 0)
    finally:
        station.close()


def test_a_station_restored_from_a_backup_continues_in_a_new_epoch(live_server: LiveServer, tmp_path: Path) -> None:
    """docs/sync.md, "A station restored from a backup": raise ``epoch`` before recording anything new."""
    root = tmp_path / "st"
    station = new_station(root, "ST-43")
    token = live_server.enroll("ST-43")
    server_credentials.save(root, server_credentials.ServerCredentials(live_server.url, "ST-43", token))

    def sync() -> str | None:
        worker = bootstrap.sync_worker(station, heartbeat=False)
        try:
            worker.run_once()
            return worker.status().last_error
        finally:
            worker.stop()

    record_cards(station, 10)
    assert sync() is None
    station.close()
    backup = tmp_path / "backup.db"
    shutil.copy(root / "station.db", backup)  # last night's backup, taken while the terminal was off
    station = bootstrap.build(root)
    record_cards(station, 5)
    assert sync() is None
    station.close()

    shutil.copy(backup, root / "station.db")  # the disk died; the backup goes back
    for stale in ("station.db-wal", "station.db-shm"):
        (root / stale).unlink(missing_ok=True)
    # Before anyone remembered the epoch: the station refuses to record seq 11 and 12 again (its log head, kept
    # beside the database, names seq 15), so no event the server holds is contradicted.
    with pytest.raises(HistoryMissing, match="does not hold that event"):
        bootstrap.build(root)

    # The fix: the backup, the epoch raised (what 'floorstation restore' does), and the station carries on.
    shutil.copy(backup, root / "station.db")
    config = paths.config_path(root)
    config.write_text(config.read_text(encoding="utf-8").replace("epoch = 1", "epoch = 2"), encoding="utf-8")
    station = bootstrap.build(root)
    try:
        record_cards(station, 3)
        assert sync() is None
        held = live_server.events("ST-43")
        assert [(e.epoch, e.seq) for e in held] == [(1, s) for s in range(1, 16)] + [(2, 1), (2, 2), (2, 3)]
        assert held[15].prev_hash == held[9].hash, "epoch 2 continues from where the backup ended"
        assert held[15:] == _local(station)[10:]
        assert bootstrap.outbox(station).stats().pending == 0
    finally:
        station.close()
