"""Open the station database at the schema this app expects, upgrading it (after a backup) when it is older.

A database written by a newer floorstation is refused: this app cannot know what the newer schema means.

Alembic is loaded only when the database is not at the newest revision (a new or an older database): it costs
about 15 MB and a tenth of a second, at every start of the terminal otherwise. Whether the database is at the
newest revision is read with a plain query of ``alembic_version``, and the newest revision from the migration
files themselves (:func:`packaged_head`); anything unusual there leaves the decision to Alembic.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, insert, select, text

from floorstation.domain.errors import StoreError
from floorstation.store.db import make_engine
from floorstation.store.models import LogHead, StationMetaRow

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*["']([^"'\n]+)["']\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def packaged_head() -> str | None:
    """The newest revision among the migration files, read as text (Alembic not loaded); None unless the files
    form one plain chain (one ``revision`` and one single ``down_revision`` each, one head)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in MIGRATIONS.glob("versions/*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def stored_revisions(engine: Engine) -> list[str]:
    """The revisions recorded in the database's ``alembic_version`` table (none for a new database)."""
    with engine.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"))
        return list(conn.scalars(text("SELECT version_num FROM alembic_version"))) if exists else []


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if conn.in_transaction():
            conn.commit()


def open_database(path: Path, *, station_id: str, backup_dir: Path | None = None, synchronous: str = "FULL") -> Engine:
    """Return an engine on an up-to-date station database, creating or upgrading it as needed."""
    engine = make_engine(path, synchronous=synchronous)
    if stored_revisions(engine) != [packaged_head()]:
        _migrate(engine, path, backup_dir)
    _bind_station(engine, path, station_id)
    return engine


def _migrate(engine: Engine, path: Path, backup_dir: Path | None) -> None:
    """Bring a new or older database to the head revision, after a backup; refuse one from a newer app."""
    from alembic.script import ScriptDirectory

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
