"""``floorstation restore`` against a real server on loopback: the restored station continues in an epoch the
server takes, its next upload is accepted, and nothing the server had is counted twice or lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from floorstation import bootstrap, cli, paths
from floorstation.server import alarms
from floorstation.sync import server_credentials
from tests.integration.serverkit import LiveServer, new_station, record_cards

Capsys = pytest.CaptureFixture[str]


def restore(capsys: Capsys, root: Path, *args: str) -> str:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(root), "restore", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def sync(root: Path) -> None:
    station = bootstrap.build(root)
    worker = bootstrap.sync_worker(station)
    try:
        worker.run_once()
        assert worker.status().last_error is None
        assert bootstrap.outbox(station).stats().pending == 0
    finally:
        worker.stop()
        station.close()


def record(root: Path, n: int) -> None:
    station = bootstrap.build(root)
    try:
        record_cards(station, n)
    finally:
        station.close()


def copy_of(root: Path, target: Path) -> Path:
    """A consistent copy of the station database, the way IT copies it off the machine."""
    with sqlite3.connect(paths.database_path(root)) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def lose_database(root: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{paths.database_path(root)}{extra}").unlink(missing_ok=True)


def enrol(root: Path, live_server: LiveServer, station_id: str) -> None:
    token = live_server.enroll(station_id)
    server_credentials.save(root, server_credentials.ServerCredentials(live_server.url, station_id, token))


def held(live_server: LiveServer, station_id: str) -> list[tuple[int, int]]:
    return [(e.epoch, e.seq) for e in live_server.events(station_id)]


def test_a_restored_station_uploads_again_and_the_server_counts_each_event_once(
    live_server: LiveServer, tmp_path: Path, capsys: Capsys
) -> None:
    root = tmp_path / "st"
    new_station(root, "ST-60").close()
    enrol(root, live_server, "ST-60")
    record(root, 5)
    sync(root)
    record(root, 5)  # not uploaded yet when the copy is taken
    copy = copy_of(root, tmp_path / "nightly.db")
    sync(root)
    record(root, 4)
    sync(root)
    record(root, 2)  # never uploaded: lost with the disk
    assert held(live_server, "ST-60") == [(1, s) for s in range(1, 15)]

    lose_database(root)
    out = restore(capsys, root, str(copy))
    assert "events up to epoch 1 seq 10; station ST-60 continues in epoch 2" in out
    assert "the server holds this station's events up to epoch 1" in out

    sync(root)  # the copy's unsent events 6..10 again: the server has them, and counts them once
    record(root, 3)
    sync(root)
    events = live_server.events("ST-60")
    assert [(e.epoch, e.seq) for e in events] == [(1, s) for s in range(1, 15)] + [(2, 1), (2, 2), (2, 3)]
    assert events[14].prev_hash == events[9].hash, "epoch 2 continues from where the copy ended"
    assert alarms.recent(live_server.engine, station_id="ST-60") == []


@pytest.mark.allow_log_warnings  # the server's alarm: a restore reached back past an earlier one
def test_a_station_set_up_again_from_an_old_copy_continues_past_every_epoch_the_server_holds(
    live_server: LiveServer, tmp_path: Path, capsys: Capsys
) -> None:
    """The whole machine is replaced, and the copy IT has is older than the station's last restore."""
    root = tmp_path / "st"
    new_station(root, "ST-61").close()
    enrol(root, live_server, "ST-61")
    record(root, 5)
    sync(root)
    old_copy = copy_of(root, tmp_path / "old.db")
    lose_database(root)
    restore(capsys, root, str(old_copy))  # the first restore: epoch 2
    record(root, 3)
    sync(root)
    assert held(live_server, "ST-61") == [(1, s) for s in range(1, 6)] + [(2, 1), (2, 2), (2, 3)]

    shutil.rmtree(root)  # the machine is gone; a new one is set up and enrolled again
    new_station(root, "ST-61").close()
    enrol(root, live_server, "ST-61")
    out = restore(capsys, root, str(old_copy))
    assert "continues in epoch 3" in out
    assert "the server holds this station's events up to epoch 2" in out
    assert "epoch = 3" in paths.config_path(root).read_text(encoding="utf-8")

    record(root, 2)
    sync(root)  # taken, not refused: nothing recorded under numbers the server already holds
    assert held(live_server, "ST-61") == [(1, s) for s in range(1, 6)] + [(2, 1), (2, 2), (2, 3), (3, 1), (3, 2)]
    # Stored, and raised for a person: the copy went back past the earlier restore (epoch 2 is on the server only).
    [alarm] = alarms.recent(live_server.engine, station_id="ST-61")
    assert alarm.kind == "EPOCH_FORKED"
