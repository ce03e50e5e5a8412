"""``floorstation restore``: put a copy of the station database back after it was lost, emptied or damaged.

The copies are the ones the station takes itself, with ``VACUUM INTO``, before every schema upgrade
(``<data folder>/backups/station-<revision>-<time>.db``), or any copy IT keeps. A restored station continues in a
new epoch (docs/sync.md, "A station restored from a backup"), so it never records different events under
numbers the server already holds. The database it replaces is moved into ``backups/`` too, never deleted.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from floorstation import bootstrap, paths
from floorstation import config as station_config
from floorstation.domain.errors import FloorstationError
from floorstation.store import log_anchor


def add_commands(sub: Any) -> dict[str, Callable[[Path, argparse.Namespace], int]]:
    restore = sub.add_parser(
        "restore",
        help="put a copy of the station database back (default: the newest in the data folder's backups/)",
    )
    restore.add_argument("file", nargs="?", type=Path, help="the copy to restore (default: the newest backup)")
    restore.add_argument(
        "--new-history",
        action="store_true",
        help="no copy: start an empty event log in a new epoch (a replacement station whose history is lost)",
    )
    return {"restore": _restore}


def newest_backup(backups: Path) -> Path:
    copies = sorted(backups.glob("*.db"), key=lambda p: p.stat().st_mtime) if backups.is_dir() else []
    copies = [p for p in copies if not p.name.startswith("replaced-")]
    if not copies:
        raise FloorstationError(
            f"There is no backup in {backups}.",
            "Name a copy: 'floorstation restore FILE', or start anew with 'floorstation restore --new-history'.",
        )
    return copies[-1]


def _copy_head(source: Path, station_id: str) -> tuple[int, int]:
    """The copy's last (epoch, seq) of this station, after checking it is an intact database of this station."""
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise FloorstationError(f"{source} cannot be opened ({exc}).", "Name another copy.") from exc
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise FloorstationError(f"{source} is damaged.", "Name another copy.")
        owners = {r[0] for r in conn.execute("SELECT station_id FROM log_head")}
        if owners - {station_id}:
            raise FloorstationError(
                f"{source} belongs to station {sorted(owners)[0]}, not {station_id}.", "Name this station's copy."
            )
        row = conn.execute("SELECT epoch, seq FROM log_head WHERE station_id = ?", (station_id,)).fetchone()
    except sqlite3.Error as exc:
        raise FloorstationError(f"{source} is not a station database ({exc}).", "Name another copy.") from exc
    finally:
        conn.close()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _server_epoch(station: bootstrap.Station) -> int | str | None:
    """The latest epoch of this station the server holds (None: none, or not enrolled), or why it could not be
    asked. A copy older than the station's last restore would otherwise continue in an epoch the server has."""
    from floorstation.sync import server_credentials
    from floorstation.sync.client import SyncClient, SyncError

    try:
        enrolled = server_credentials.load(station.root, station.config.station_id)
    except FloorstationError:
        return (
            "the server was not asked which epochs it holds of this station (it is not enrolled): if it was "
            "restored before, set epoch in station.toml above the server's latest before recording anything"
        )
    try:
        with SyncClient(enrolled.url, enrolled.token, bootstrap.outbox(station), verify=enrolled.verify) as client:
            return client.heartbeat().epoch
    except SyncError as exc:
        return (
            f"the server could not be asked which epochs it holds of this station ({exc.message}): if it was "
            "restored before, set epoch in station.toml above the server's latest before recording anything"
        )


def _set_aside(database: Path, backups: Path) -> Path | None:
    """Move the current database (and its -wal/-shm) into backups/, unless there is nothing in it."""
    if not database.exists() or database.stat().st_size == 0:
        for extra in ("", "-wal", "-shm"):
            Path(f"{database}{extra}").unlink(missing_ok=True)
        return None
    backups.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = backups / f"replaced-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{database.name}"
    for extra in ("", "-wal", "-shm"):
        if Path(f"{database}{extra}").exists():
            Path(f"{database}{extra}").replace(Path(f"{target}{extra}"))
    return target


def _restore(root: Path, args: argparse.Namespace) -> int:
    config_file = paths.config_path(root)
    if not config_file.exists():
        raise FloorstationError(f"{root} holds no station.", "Check --data-dir.")
    if args.new_history and args.file:
        raise FloorstationError("Give either a copy to restore or --new-history.", "Not both.")
    config = station_config.load(config_file)
    database, backups = paths.database_path(root), paths.backup_dir(root)
    recorded = log_anchor.read(database)
    source = None if args.new_history else (args.file or newest_backup(backups))
    restored_epoch, restored_seq = (0, 0)
    if source is not None:
        if not source.is_file():
            raise FloorstationError(f"{source} does not exist.", "Name an existing copy.")
        restored_epoch, restored_seq = _copy_head(source, config.station_id)
    in_place = source is not None and source.resolve() == database.resolve()
    set_aside = None if in_place else _set_aside(database, backups)
    if source is not None and not in_place:
        shutil.copyfile(source, database)
        database.chmod(0o600)
    epoch = max(config.epoch, recorded.epoch if recorded else 0, restored_epoch) + 1
    station_config.save_station_epoch(config_file, epoch)
    log_anchor.forget(database)
    station = bootstrap.build(root)  # upgrades an older copy and records its head beside it
    try:
        held = _server_epoch(station)
    finally:
        station.close()
    if isinstance(held, int) and held >= epoch:
        epoch = held + 1  # nothing was recorded yet: the new epoch is still free to choose
        station_config.save_station_epoch(config_file, epoch)
    if set_aside is not None:
        print(f"the database it replaces is kept as {set_aside}")
    if source is None:
        print(f"station {config.station_id} starts a new, empty history in epoch {epoch}")
    else:
        print(
            f"restored {source}: events up to epoch {restored_epoch} seq {restored_seq}; "
            f"station {config.station_id} continues in epoch {epoch}"
        )
    if isinstance(held, str):
        print(f"  {held}")
    elif held is not None:
        print(f"  the server holds this station's events up to epoch {held}; nothing it holds is recorded again")
    if recorded is not None and recorded.seq:
        print(f"  the lost database had reached {recorded.describe()}: events after the copy that were never")
        print("  synced are gone; those synced are on the server")
    return 0
