"""Open the station database at the schema this app expects, upgrading it (after a backup) when it is older.

A database written by a newer floorstation is refused: this app cannot know what the newer schema means.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, insert, select

from floorstation.domain.errors import StoreError
from floorstation.store.db import make_engine
from floorstation.store.models import LogHead, StationMetaRow

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup(engine: Engine, path: Path, backup_dir: Path, revision: str) -> Path:
    """A consistent copy of the database taken with ``VACUUM INTO`` before anything changes it."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{path.stem}-{revision}-{stamp}.db"
    raw = engine.raw_connection()
    previous_umask = os.umask(0o077)
    try:
        # On the bare driver connection: VACUUM cannot run inside the BEGIN the engine's transactions open.
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))  # type: ignore[union-attr]
    finally:
        os.umask(previous_umask)
        raw.close()
    os.chmod(target, 0o600)
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if conn.in_transaction():
            conn.commit()


def open_database(path: Path, *, station_id: str, backup_dir: Path | None = None, synchronous: str = "FULL") -> Engine:
    """Return an engine on an up-to-date station database, creating or upgrading it as needed."""
    engine = make_engine(path, synchronous=synchronous)
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    if current is not None and current != head:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            engine.dispose()
            raise StoreError(
                f"The station database {path} was written by a newer floorstation (schema {current}; "
                f"this app knows up to {head}).",
                "Install the newer floorstation again, or restore a backup made by this version.",
            )
        taken = backup(engine, path, backup_dir or path.parent / "backups", current)
        log.info("upgrading %s from schema %s to %s; backup at %s", path, current, head, taken)
    if current != head:
        upgrade(engine)
    _bind_station(engine, path, station_id)
    return engine


def _bind_station(engine: Engine, path: Path, station_id: str) -> None:
    """A database belongs to one station for life; opening it as another would fork its event log."""
    with engine.connect() as conn:
        owner = conn.scalar(select(StationMetaRow.value).where(StationMetaRow.key == "station_id"))
        if owner is None:
            # A database from before the binding existed: its own log says whose it is.
            owner = conn.scalar(select(LogHead.station_id).where(LogHead.station_id != station_id).limit(1))
        if owner is None:
            conn.execute(insert(StationMetaRow).values(key="station_id", value=station_id))
            conn.commit()
        elif owner != station_id:
            engine.dispose()
            raise StoreError(
                f"The database {path} belongs to station {owner}, but this terminal is configured as {station_id}.",
                "Fix the station id in the configuration, or point --data-dir at this station's own folder.",
            )
