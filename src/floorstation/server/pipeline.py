"""Statements sent together: PostgreSQL's pipeline mode, for a run of writes whose results nobody reads."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError


@contextlib.contextmanager
def pipelined(conn: Connection) -> Iterator[None]:
    """PostgreSQL: the block's statements are sent one after the other without waiting for each answer
    (psycopg's pipeline mode) and the answers read at its end, so the block costs one round trip to the database,
    not one a statement. Only for statements whose results the block does not read. A statement's error is raised
    at the end as SQLAlchemy raises it (so ingest still retries a deadlock). Elsewhere: the block as it is."""
    if conn.dialect.name != "postgresql":
        yield
        return
    import psycopg

    raw: Any = conn.connection.driver_connection
    try:
        with raw.pipeline():
            yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(None, None, exc, psycopg.Error) from exc
