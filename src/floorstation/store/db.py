"""The SQLite engine: durable pragmas, write transactions that take the lock up front, files mode 0600."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from floorstation.store import failures


def ensure_private_file(path: Path) -> None:
    """Create the database file readable by its owner only; SQLite gives -wal and -shm the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def make_engine(path: Path, *, synchronous: str = "FULL") -> Engine:
    """An engine whose every transaction starts with ``BEGIN IMMEDIATE``.

    Taking the write lock at BEGIN means the seq and previous hash read at the start of a use case cannot be
    changed by another writer before it commits, and a busy database waits (busy_timeout) rather than failing
    half-way through a use case.
    """
    ensure_private_file(path)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": 30, "isolation_level": None, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Straight to SQLite: SQLAlchemy's execution context around the statement cost more than the BEGIN. A unit
        # of work begins on the driver itself (store/uow.py): SQLAlchemy then joins the transaction it holds.
        driver = conn.connection.driver_connection
        if not driver.in_transaction:
            begin_immediate(driver, path)

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # A full disk or a damaged file reaches the person as an error that says what to do (store/failures.py).
        translated = failures.translate(context.original_exception, path)
        if translated is not None:
            raise translated from context.original_exception

    return engine


def begin_immediate(driver: sqlite3.Connection, path: Path | str | None) -> None:
    """``BEGIN IMMEDIATE`` on the SQLite connection itself, its failure (busy, damaged, full) said for people."""
    try:
        driver.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        if (translated := failures.translate(exc, path)) is None:
            raise
        raise translated from exc
