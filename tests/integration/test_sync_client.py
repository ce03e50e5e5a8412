"""The station's sync client against a real server: enrollment by CLI, batches, flags, backoff and the worker."""

from __future__ import annotations

import random
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, select, text, update

from floorstation import bootstrap, cli
from floorstation.domain.events import verify_chain
from floorstation.server import admin, enrollment
from floorstation.server.models import EventRow as ServerEventRow
from floorstation.server.models import StationCursorRow
from floorstation.server.settings import ServerSettings
from floorstation.store import eventlog
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient, Unreachable, enroll
from floorstation.sync.worker import Backoff, SyncStatus
from tests.integration.serverkit import LiveServer, free_port, new_station, record_cards

#: The server's flags and resends are logged by the client on purpose.
pytestmark = pytest.mark.allow_log_warnings


def local_events(station: bootstrap.Station) -> list[object]:
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def sync_states(station: bootstrap.Station) -> dict[str, int]:
    with station.engine.connect() as conn:
        rows = conn.execute(text("SELECT state, count(*) FROM event_sync GROUP BY state")).all()
    return {state: n for state, n in rows}


def client_for(server: LiveServer, station: bootstrap.Station, **options: object) -> SyncClient:
    token = server.enroll(station.config.station_id)
    return SyncClient(server.url, token, bootstrap.outbox(station), **options)  # type: ignore[arg-type]


def test_events_recorded_before_enrollment_sync_through_the_cli(
    live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-21")
    record_cards(station, 30)
    station.close()
    assert cli.main(["--data-dir", str(root), "sync", "--once"]) == 2, "not enrolled yet: a clear message"
    assert "not enrolled" in capsys.readouterr().err

    code = enrollment.create_code(live_server.engine, "ST-21")
    assert cli.main(["--data-dir", str(root), "enroll", "--server", live_server.url, "--code", code]) == 0
    assert (server_credentials.path_in(root).stat().st_mode & 0o777) == 0o600
    assert cli.main(["--data-dir", str(root), "sync", "--once"]) == 0
    assert "uploaded 30 events" in capsys.readouterr().out

    station = bootstrap.build(root)
    try:
        assert live_server.events("ST-21") == local_events(station)
        assert sync_states(station) == {"acked": 30}
        with station.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM event_sync WHERE acked_at IS NULL")) == 0
        assert bootstrap.outbox(station).stats().pending == 0
    finally:
        station.close()
    assert cli.main(["--data-dir", str(root), "sync", "--once"]) == 0
    assert "uploaded 0 events" in capsys.readouterr().out


def test_the_server_knows_what_the_station_reported(live_server: LiveServer, tmp_path: Path) -> None:
    station = new_station(tmp_path / "st", "ST-22")
    try:
        record_cards(station, 5)
        with client_for(live_server, station, batch_size=2) as client:
            client.heartbeat()
            assert client.clock_offset_ms is not None and abs(client.clock_offset_ms) < 5000
            client.drain()
        (info,) = admin.stations(live_server.engine)
        assert (info.station_id, info.pending_count, info.events, info.enrolled) == ("ST-22", 5, 5, True)
        assert info.app_version
    finally:
        station.close()


def test_a_backlog_goes_up_in_batches_oldest_first(live_server: LiveServer, tmp_path: Path) -> None:
    station = new_station(tmp_path / "st", "ST-23")
    try:
        record_cards(station, 23)
        with client_for(live_server, station, batch_size=5) as client:
            first = client.upload_batch()
            assert (first.sent, first.acked) == (5, 5)
            assert [e.seq for e in live_server.events()] == [1, 2, 3, 4, 5]
            done = client.drain()
        assert (done.acked, done.more) == (18, False)
        assert live_server.events() == local_events(station)
    finally:
        station.close()


def test_the_batch_shrinks_when_the_server_says_413(server_engine: Engine, tmp_path: Path) -> None:
    server = LiveServer(server_engine, settings=ServerSettings(max_body_bytes=16 * 1024)).start()
    station = new_station(tmp_path / "st", "ST-24")
    try:
        record_cards(station, 120)
        with client_for(server, station, batch_size=500) as client:
            done = client.drain()
            assert client.batch_size < 500
        assert (done.acked, done.more) == (120, False)
        assert server.events() == local_events(station)
    finally:
        station.close()
        server.stop()


def test_a_server_restored_from_a_backup_gets_the_missing_events_again(live_server: LiveServer, tmp_path: Path) -> None:
    station = new_station(tmp_path / "st", "ST-25")
    try:
        record_cards(station, 20)
        with client_for(live_server, station) as client:
            client.drain()
            with live_server.engine.begin() as conn:  # what restoring last night's backup looks like
                conn.execute(delete(ServerEventRow).where(ServerEventRow.seq > 12))
                row = conn.execute(select(ServerEventRow.hash).where(ServerEventRow.seq == 12)).one()
                conn.execute(update(StationCursorRow).values(acked_seq=12, last_hash=row.hash))
            record_cards(station, 3)
            client.drain()
        assert live_server.events() == local_events(station)
        assert verify_chain(live_server.events()) is None
        assert sync_states(station) == {"acked": 23}
    finally:
        station.close()


def test_backoff_has_full_jitter_and_a_cap() -> None:
    backoff = Backoff(base=1.0, cap=30.0, rng=random.Random(4))
    delays = [backoff.next_delay() for _ in range(12)]
    assert all(0 <= d <= min(30.0, 2.0 ** (i + 1)) for i, d in enumerate(delays))
    assert len({round(d, 6) for d in delays}) == 12, "jittered, not a fixed schedule"
    backoff.reset()
    assert backoff.next_delay() <= 2.0


def test_the_worker_drains_the_backlog_when_the_server_comes_back_without_new_writes(
    server_engine: Engine, tmp_path: Path
) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-26")
    port = free_port()
    statuses: list[SyncStatus] = []
    try:
        record_cards(station, 40)
        # Enrolled earlier; the server is down now.
        server = LiveServer(server_engine, port=port).start()
        token = server.enroll("ST-26")
        server.stop()
        server_credentials.save(root, server_credentials.ServerCredentials(f"http://127.0.0.1:{port}", "ST-26", token))
        worker = bootstrap.sync_worker(
            station, interval=0.05, backoff=Backoff(base=0.02, cap=0.1), on_status=statuses.append
        )
        worker.start()
        try:
            _wait(lambda: worker.status().last_error is not None)
            offline = worker.status()
            assert (offline.online, offline.pending) == (False, 40)
            assert offline.oldest_pending_age_s is not None
            server = LiveServer(server_engine, port=port).start()
            try:
                _wait(lambda: worker.status().last_sync_at is not None)
                status = worker.status()
                assert status.last_error is None
                assert status.last_sync_at is not None
                assert status.clock_offset_ms is not None
                assert (status.online, status.pending) == (True, 0)
                assert server.events() == local_events(station)
                (info,) = admin.stations(server_engine)
                assert info.pending_count == 0 and info.disk_free_bytes
            finally:
                server.stop()
        finally:
            worker.stop()
    finally:
        station.close()
    assert statuses, "the status callback was called"


def _wait(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_https_with_the_plants_own_ca_bundle(server_engine: Engine, tmp_path: Path) -> None:
    cert, key = tmp_path / "server.pem", tmp_path / "server.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = LiveServer(server_engine, tls=(cert, key)).start()
    station = new_station(tmp_path / "st", "ST-28")
    try:
        record_cards(station, 4)
        code = enrollment.create_code(server_engine, "ST-28")
        with pytest.raises(Unreachable, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
            enroll(server.url, code, "ST-28", attempts=1)
        token = enroll(server.url, code, "ST-28", verify=str(cert))
        with SyncClient(server.url, token, bootstrap.outbox(station), verify=str(cert)) as client:
            client.drain()
        assert server.events() == local_events(station)
    finally:
        station.close()
        server.stop()
