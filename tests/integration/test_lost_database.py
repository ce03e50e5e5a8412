"""A station that has had a history never starts a new one by accident: its database deleted, emptied or swapped
for an older copy is refused with how to restore it, and ``floorstation restore`` puts a copy back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from floorstation import bootstrap, cli, paths
from tests.integration.test_migrations import old_station

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, root: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def query(root: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(root / "station.db")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def worked(station_dir: Path, capsys: Capsys) -> Path:
    """A demo station that has recorded a shift."""
    code, _, err = run(capsys, station_dir, "simulate", "--actions", "40", "--seed", "2", "--quiet")
    assert code == 0, err
    assert query(station_dir, "SELECT count(*) FROM event")[0][0] > 0
    return station_dir


def remove_database(root: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{root / 'station.db'}{extra}").unlink(missing_ok=True)


def assert_refused_with_how_to_restore(err: str, root: Path) -> None:
    assert "had recorded events up to epoch 1 seq" in err
    assert str(paths.backup_dir(root)) in err
    assert "'floorstation restore'" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 2


def test_an_emptied_database_is_refused_not_started_anew(worked: Path, capsys: Capsys) -> None:
    remove_database(worked)
    (worked / "station.db").write_bytes(b"")

    code, out, err = run(capsys, worked, "verify-log")
    assert code == 3
    assert "OK" not in out
    assert "BROKEN" in err and "is empty (0 bytes)" in err
    assert_refused_with_how_to_restore(err.replace("event log BROKEN: ", ""), worked)

    for command in (["events"], ["simulate", "--actions", "5"], ["rebuild"], ["trace", "X"]):
        code, out, err = run(capsys, worked, *command)
        assert code == 3, command
        assert_refused_with_how_to_restore(err, worked)
    assert (worked / "station.db").stat().st_size == 0  # nothing was made anew in its place
    from floorstation.domain.errors import HistoryMissing

    with pytest.raises(HistoryMissing):
        bootstrap.build(worked)


def test_a_deleted_database_is_refused_and_not_recreated(worked: Path, capsys: Capsys) -> None:
    remove_database(worked)

    code, _, err = run(capsys, worked, "events")
    assert code == 3
    assert "is missing" in err
    assert_refused_with_how_to_restore(err, worked)
    assert not (worked / "station.db").exists()
    code, _, err = run(capsys, worked, "verify-log")
    assert code == 3
    assert "is missing" in err


def test_a_database_swapped_for_an_older_copy_is_refused(station_dir: Path, capsys: Capsys) -> None:
    assert run(capsys, station_dir, "simulate", "--actions", "20", "--seed", "3", "--quiet")[0] == 0
    older = station_dir.parent / "older.db"
    shutil.copyfile(station_dir / "station.db", older)  # the simulator's engine is closed: the file is whole
    assert run(capsys, station_dir, "simulate", "--actions", "20", "--seed", "4", "--quiet")[0] == 0
    remove_database(station_dir)
    shutil.copyfile(older, station_dir / "station.db")

    code, _, err = run(capsys, station_dir, "events")
    assert code == 3
    assert "does not hold that event" in err


def test_restore_puts_the_automatic_backup_back_and_continues_in_a_new_epoch(tmp_path: Path, capsys: Capsys) -> None:
    root = old_station(tmp_path)  # schema 0001: opening it takes the automatic backup before the upgrade
    bootstrap.build(root).close()
    [backup] = list(paths.backup_dir(root).iterdir())
    assert run(capsys, root, "simulate", "--actions", "20", "--seed", "5", "--quiet")[0] == 0
    remove_database(root)
    (root / "station.db").write_bytes(b"")
    assert run(capsys, root, "events")[0] == 3

    code, out, err = run(capsys, root, "restore")
    assert code == 0, err
    assert f"restored {backup}: events up to epoch 1 seq 40" in out
    assert "continues in epoch 2" in out
    assert "epoch = 2" in (root / "station.toml").read_text(encoding="utf-8")

    code, out, err = run(capsys, root, "verify-log")
    assert (code, out.strip()) == (0, "event log OK: 40 events, hash chain intact"), err
    assert run(capsys, root, "simulate", "--actions", "10", "--seed", "6", "--quiet")[0] == 0
    first_new = query(root, "SELECT seq, prev_hash FROM event WHERE epoch = 2 ORDER BY seq LIMIT 1")
    last_old = query(root, "SELECT hash FROM event WHERE epoch = 1 AND seq = 40")
    assert first_new == [(1, last_old[0][0])]  # the new epoch links to the restored log's last event
    assert run(capsys, root, "verify-log")[0] == 0


def test_a_replacement_station_starts_a_new_history_only_when_told(worked: Path, capsys: Capsys) -> None:
    remove_database(worked)
    code, _, err = run(capsys, worked, "restore")
    assert code == 2
    assert "There is no backup in" in err

    code, out, err = run(capsys, worked, "restore", "--new-history")
    assert code == 0, err
    assert "starts a new, empty history in epoch 2" in out
    assert run(capsys, worked, "import", str(paths.resources_dir() / "demo" / "plant.json"))[0] == 0  # (or sync)
    assert run(capsys, worked, "simulate", "--actions", "10", "--seed", "7", "--quiet")[0] == 0
    assert run(capsys, worked, "verify-log")[0] == 0
    assert {r[0] for r in query(worked, "SELECT DISTINCT epoch FROM event")} == {2}


def test_a_new_station_starts_and_its_head_is_kept_beside_the_database(tmp_path: Path, capsys: Capsys) -> None:
    from floorstation.store import log_anchor

    root = tmp_path / "fresh"
    assert run(capsys, root, "init", "--station-id", "ST-09", "--station-code", "S9")[0] == 0
    database = paths.database_path(root)
    assert log_anchor.read(database) is None  # no history yet: nothing to protect
    bootstrap.build(root).close()  # a new station opens (no history to miss)
    assert run(capsys, root, "import", str(paths.resources_dir() / "demo" / "plant.json"))[0] == 0
    assert run(capsys, root, "simulate", "--actions", "30", "--seed", "1", "--quiet")[0] == 0
    head = log_anchor.read(database)
    last = query(root, "SELECT epoch, seq, hash FROM event ORDER BY epoch DESC, seq DESC LIMIT 1")
    assert head is not None and (head.station_id, head.epoch, head.seq, head.hash) == ("ST-09", *last[0])
    assert oct(log_anchor.anchor_path(database).stat().st_mode & 0o777) == "0o600"
