"""The server's database: an engine for a URL (SQLite by default, PostgreSQL via psycopg 3), and its migrations.

On SQLite every transaction takes the write lock at BEGIN (``BEGIN IMMEDIATE``), which serialises batches the
way ``SELECT ... FOR UPDATE`` on the station row does on PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from floorstation.domain.errors import StoreError

ENV_DB = "FLOORSTATION_SERVER_DB"


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("floorstation-server", appauthor=False))
    return f"sqlite:///{folder / 'server.db'}"


def database_url(option: str | None) -> str:
    """``--db`` wins, then ``FLOORSTATION_SERVER_DB``, then a SQLite file in the platform's data folder."""
    return option or os.environ.get(ENV_DB) or default_url()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    if parsed.get_backend_name() == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            raise StoreError(
                f"Unsupported PostgreSQL driver {parsed.get_driver_name()!r}.",
                "Use a postgresql+psycopg://user@host/dbname URL.",
            )
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    raise StoreError(
        f"Unsupported database URL {parsed.render_as_string()!r}.", "Use sqlite:/// or postgresql+psycopg://."
    )


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        path = Path(database)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        # A file made earlier (or by a copy, a restore) is tightened too: it holds token digests and PIN keys.
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if part.exists():
                os.chmod(part, 0o600)
    engine = create_engine(
        url, connect_args={"timeout": 30, "isolation_level": None, "check_same_thread": False}, pool_size=10
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


#: Revisions from before the plant projections (s0002): upgrading from one fills them from the stored events.
_BEFORE_PROJECTIONS = {"s0001"}
#: Revisions from before derived state was in the change feed (s0003): upgrading from one publishes it.
_BEFORE_FEED = {"s0002"}
#: Revisions from before the tasks' state (s0005): upgrading from one fills it from the stored task events.
_BEFORE_TASK_STATE = {"s0002", "s0003", "s0004"}
#: Revisions from before pallets were in the change feed (released with s0005): upgrading from one publishes them.
_BEFORE_PALLET_FEED = {"s0003", "s0004"}
#: Revisions from before the reports' work registration (s0011): upgrading from one fills it from the stored events.
_BEFORE_WORK = {"s0002", "s0003", "s0004", "s0005", "s0006", "s0007", "s0008", "s0009", "s0010"}


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
        ctx = MigrationContext.configure(conn, opts={"version_table": "alembic_version_server"})
        return ctx.get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to this server's head; a database written by a newer server is refused."""
    current = current_revision(engine)
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"The server database is at schema {current}, which this floorstation-server does not know.",
            "Run the newer floorstation-server that wrote it.",
        )
    if current == head_revision():
        return
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.in_transaction():
            conn.commit()
    if current in _BEFORE_PROJECTIONS:
        from floorstation.server.projections import rebuild

        with engine.begin() as conn:
            rebuild(conn)  # publishes the change feed too
        return
    if current in _BEFORE_TASK_STATE:
        from floorstation.server.projections import backfill_tasks

        with engine.begin() as conn:
            backfill_tasks(conn)
    if current in _BEFORE_WORK:
        from floorstation.server.projections import backfill_work

        with engine.begin() as conn:
            backfill_work(conn)
    if current in _BEFORE_FEED:
        from floorstation.server.feed import publish_all

        with engine.begin() as conn:
            publish_all(conn)
    if current in _BEFORE_PALLET_FEED:
        from floorstation.server.feed import publish_pallets

        with engine.begin() as conn:
            publish_pallets(conn)


SCHEMA_UPGRADE = "schema-upgrade"
"""The lock server processes on one database take in turn to bring its schema up to date."""


def open_database(url: str) -> Engine:
    from floorstation.server import leases

    engine = make_engine(url)
    try:
        with leases.held(engine, SCHEMA_UPGRADE):  # replicas started at once: one upgrades, the others wait
            upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return engine
