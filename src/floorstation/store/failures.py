"""What SQLite's own failures mean for a person: a full disk and a damaged file become errors that say what to do.

SQLite reports a full disk (``SQLITE_FULL``, also when a ``max_page_count`` is reached) after rolling back the
statement; the unit of work then rolls back the whole transaction, so an action is recorded entirely or not at
all. A damaged file (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) is never repaired here: the station stops using it and
says how to restore it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from floorstation.domain.errors import DatabaseDamaged, DiskFull, StoreError

SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    return exc if isinstance(exc, sqlite3.Error) else None


def translate(exc: BaseException, path: Path | str | None) -> StoreError | None:
    """The station's error for a failure of SQLite, or None when it is none of the failures a person can fix."""
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    where = str(path) if path else "the station database"
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(
            f"The disk is full: {where} cannot take this action, so it was not recorded.",
            "Free space on the station's disk (or ask IT), then do it again; everything recorded before is kept.",
            code="store.disk_full",
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseDamaged(
            f"The station database {where} is damaged ({error}).",
            "Run 'floorstation verify-log', then restore a copy with 'floorstation restore' (see the README).",
            code="store.damaged",
            params={"path": where},
        )
    return None
