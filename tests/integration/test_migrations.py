"""A station database written by an older floorstation opens, after a backup, with its events intact.

tests/data/station-0001.db is a demo station at schema 0001 with 40 events (made by make_station_0001.py).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, text

from floorstation import bootstrap, paths
from floorstation.app import machines, operators
from floorstation.domain.errors import StoreError
from floorstation.domain.ports import Clock
from floorstation.store import eventlog
from floorstation.store.db import make_engine
from floorstation.store.migrate import current_revision, head_revision, packaged_head, upgrade
from floorstation.store.models import Base
from floorstation.store.projections import rebuild

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_DB = DATA / "station-0001.db"
DEMO_TOML = paths.resources_dir() / "demo" / "station.toml"

# Every projection, with the columns that identify a row's content (lot_edge's autoincrement id left out).
PROJECTIONS = {
    "lot_stock": "*",
    "lot_edge": "input_lot, output_lot, task_id, machine_id, operator_id, qty_milli, occurred_at, event_id",
    "signed_in": "*",
    "task_state": "*",
    "task_crew": "*",
    "machine_mark": "*",
    "machine_mark_clear": "*",
    "pallet": "*",
    "lot": "*",
}


def projections(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(
            (tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM {table}"))),
            key=lambda r: tuple((v is None, str(v)) for v in r),
        )
        for table, columns in PROJECTIONS.items()
    }


def old_events() -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{OLD_DB}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM event ORDER BY seq").fetchall()
    finally:
        conn.close()


def old_station(tmp_path: Path, toml: str | None = None) -> Path:
    root = tmp_path / "station"
    root.mkdir()
    shutil.copyfile(OLD_DB, root / "station.db")
    (root / "station.db").chmod(0o644)
    (root / "station.toml").write_text(toml or DEMO_TOML.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_file_is_at_schema_0001() -> None:
    conn = sqlite3.connect(f"file:{OLD_DB}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    finally:
        conn.close()
    assert len(old_events()) == 40


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[bootstrap.Station]:
    station = bootstrap.build(old_station(tmp_path))
    yield station
    station.close()


def test_an_old_database_is_backed_up_then_upgraded(upgraded: bootstrap.Station) -> None:
    assert current_revision(upgraded.engine) == head_revision()
    backups = list(paths.backup_dir(upgraded.root).iterdir())
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600
    assert mode(paths.database_path(upgraded.root)) == 0o600

    # The backup is the database as it was: still schema 0001, with every event.
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert conn.execute("SELECT * FROM event ORDER BY seq").fetchall() == old_events()
    finally:
        conn.close()


def test_events_survive_the_upgrade_and_the_chain_verifies(upgraded: bootstrap.Station) -> None:
    with upgraded.engine.connect() as conn:
        after = conn.execute(text("SELECT * FROM event ORDER BY seq")).all()
    assert [tuple(r) for r in after] == old_events()
    assert eventlog.verify(upgraded.engine) == (40, None)


def test_rebuild_after_the_upgrade_gives_the_same_projections(upgraded: bootstrap.Station) -> None:
    with upgraded.engine.connect() as conn:
        before = projections(conn)
        assert rebuild(conn) == 40
        conn.commit()
        assert projections(conn) == before
    assert before["task_state"], "the old shift left task state behind"


def test_new_events_continue_the_old_log(upgraded: bootstrap.Station, clock: Clock) -> None:
    ctx = replace(upgraded.ctx, clock=clock)
    operators.sign_in(ctx, badge="B3001")
    machines.mark_machine_down(ctx, "tomasz", "M02", "electrical")

    with upgraded.engine.connect() as conn:
        log = eventlog.tail(conn, None)
    assert log[-1].type == "machine.marked_down"
    assert log[-1].seq > 40
    assert [e.seq for e in log] == list(range(1, log[-1].seq + 1))
    assert eventlog.verify(upgraded.engine) == (log[-1].seq, None)


def test_a_database_from_a_newer_floorstation_is_refused(tmp_path: Path) -> None:
    root = old_station(tmp_path)
    conn = sqlite3.connect(root / "station.db")
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    finally:
        conn.close()

    with pytest.raises(StoreError, match="newer floorstation"):
        bootstrap.build(root)
    assert not paths.backup_dir(root).exists() or not any(paths.backup_dir(root).iterdir())


def test_a_database_of_another_station_is_refused(station_dir: Path) -> None:
    toml = paths.config_path(station_dir)
    toml.write_text(toml.read_text(encoding="utf-8").replace('"ST-01"', '"ST-02"'), encoding="utf-8")
    with pytest.raises(StoreError, match="belongs to station ST-01"):
        bootstrap.build(station_dir)


def test_an_old_database_of_another_station_is_refused(tmp_path: Path) -> None:
    """Schema 0001 did not record its owner, but its event log does: ST-01's events must not be adopted.

    Accepting it would bind the file to ST-02, which then starts its own seq 1 beside ST-01's 40 events.
    """
    root = old_station(tmp_path, DEMO_TOML.read_text(encoding="utf-8").replace('"ST-01"', '"ST-02"'))
    with pytest.raises(StoreError, match="ST-01"):
        bootstrap.build(root).close()


def migrated_engine(tmp_path: Path) -> Engine:
    engine = make_engine(tmp_path / "fresh.db")
    upgrade(engine)
    return engine


def test_the_models_match_the_migrations(tmp_path: Path) -> None:
    engine = migrated_engine(tmp_path)
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_the_newest_revision_is_read_from_the_migration_files_as_alembic_reads_it() -> None:
    assert packaged_head() == head_revision()


# Opens a station in a fresh process and says whether Alembic was loaded and at which revision the database is.
_OPEN = r"""
import json, sys
from pathlib import Path
from floorstation import bootstrap
from floorstation.store.migrate import stored_revisions
station = bootstrap.build(Path(sys.argv[1]))
print(json.dumps({"alembic": "alembic" in sys.modules, "revisions": stored_revisions(station.engine)}))
station.close()
"""


def open_in_a_fresh_process(root: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _OPEN, str(root)], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    opened: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return opened


def test_alembic_is_loaded_only_when_the_database_needs_a_migration(tmp_path: Path) -> None:
    root = old_station(tmp_path)

    first = open_in_a_fresh_process(root)
    again = open_in_a_fresh_process(root)

    assert first == {"alembic": True, "revisions": [head_revision()]}, "schema 0001 was upgraded by Alembic"
    assert again == {"alembic": False, "revisions": [head_revision()]}, "at the newest schema: a plain query"
    assert len(list(paths.backup_dir(root).iterdir())) == 1, "one backup, before the one upgrade"
