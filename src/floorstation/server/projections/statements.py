"""How a batch's projection rows are written: merged per row they name, then by multi-row statements."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, Boolean, Connection, Integer, text
from sqlalchemy.types import TypeEngine

from floorstation.server import feed
from floorstation.server.models import Base
from floorstation.server.pipeline import pipelined

__all__ = ["Statement", "pipelined", "write"]


@dataclass(frozen=True)
class Statement:
    """A projection statement and how a batch's rows for it are written.

    Rows that name the same row (``key``) are merged first, the way running them one after the other would
    have left it (``merge``; by default the first wins: the later ones would have changed nothing), so an
    INSERT can carry many rows at once (PostgreSQL refuses to touch one row twice in a statement). Rows are
    then written in key order, so that concurrent batches of different stations lock shared rows (a raw lot
    every line consumes) in one order rather than deadlocking.

    ``versioned``: rows that never change once written (marks, clears, edges) and are in the change feed where
    they are: each gets its ``version`` from the feed's counter (``feed.sequencer``), taken when written.
    """

    sql: str
    key: str
    merge: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] | None = None
    multirow: bool = True
    versioned: bool = False
    set_sql: str | None = None
    """PostgreSQL: one statement for all the rows of a ``multirow=False`` statement, the rows given as
    ``json_to_recordset(%(rows)s::json)``; it must leave what running ``sql`` row by row would have left."""


_ROWS_PER_STATEMENT = 400
"""Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on parameters per statement."""


def write(conn: Connection, statement: Statement, rows: list[dict[str, Any]]) -> None:
    merged: dict[Any, dict[str, Any]] = {}
    for row in rows:
        key = row[statement.key]
        if key not in merged:
            merged[key] = row
        elif statement.merge is not None:
            merged[key] = statement.merge(merged[key], row)
    ordered = [merged[key] for key in sorted(merged)]
    if statement.versioned:
        versions = feed.sequencer(conn)
        for row in ordered:
            row["version"] = versions.next()
    if not statement.multirow:
        if statement.set_sql is not None and conn.dialect.name == "postgresql":
            conn.exec_driver_sql(statement.set_sql, {"rows": json.dumps(ordered)})
            return
        conn.execute(text(statement.sql), ordered)
        return
    if conn.dialect.name == "postgresql":
        sql, _names = _unnest(statement.sql)
        # The rows as they are: json_to_recordset reads the columns it names and passes over the other keys.
        conn.exec_driver_sql(sql, {"rows": json.dumps(ordered)})
        return
    for start in range(0, len(ordered), _ROWS_PER_STATEMENT):
        chunk = ordered[start : start + _ROWS_PER_STATEMENT]
        sql, names = _multirow(statement.sql, len(chunk), conn.dialect.paramstyle)
        conn.exec_driver_sql(sql, {f"{name}_{i}": row[name] for i, row in enumerate(chunk) for name in names})


_PLACEHOLDER = re.compile(r":(\w+)")


def _pg_type(column_type: TypeEngine[Any]) -> str:
    if isinstance(column_type, BigInteger):
        return "BIGINT"
    if isinstance(column_type, Integer):
        return "INTEGER"
    if isinstance(column_type, Boolean):
        return "BOOLEAN"
    return "TEXT"


@functools.lru_cache(maxsize=64)
def _unnest(sql: str) -> tuple[str, tuple[str, ...]]:
    """PostgreSQL: ``sql``'s INSERT ... VALUES (one row) as INSERT ... SELECT FROM json_to_recordset(one JSON
    array of the rows), typed after the columns the parameters fill. A short statement whatever the row count, so
    the server parses it once, and the rows travel as one JSON text encoded in C (psycopg escapes the elements of
    text arrays one by one in Python, which cost more than the inserts)."""
    match = re.match(r"INSERT INTO (\w+) \((.*?)\) VALUES \((.*?)\)( ON CONFLICT.*)", sql, re.DOTALL)
    assert match is not None, sql
    table, columns_text, values_text, tail = match.groups()
    columns = [c.strip() for c in columns_text.split(",")]
    values = [v.strip() for v in values_text.split(",")]
    target = Base.metadata.tables[table]
    types: dict[str, str] = {}
    for column, value in zip(columns, values, strict=True):
        for name in _PLACEHOLDER.findall(value):
            types.setdefault(name, _pg_type(target.c[column].type))
    names = tuple(types)
    selected = ", ".join(_PLACEHOLDER.sub(lambda m: f"u.{m.group(1)}", v) for v in values)
    typed = ", ".join(f"{n} {types[n]}" for n in names)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selected} "
        f"FROM json_to_recordset(%(rows)s::json) AS u({typed})" + tail,
        names,
    )


@functools.lru_cache(maxsize=256)
def _multirow(sql: str, rows: int, paramstyle: str) -> tuple[str, tuple[str, ...]]:
    """``sql``'s one-row VALUES (...) repeated for ``rows`` rows, in the driver's own parameter style."""
    match = re.match(r"(.*?VALUES )(\(.*?\))( ON CONFLICT.*)", sql, re.DOTALL)
    assert match is not None, sql
    head, values, tail = match.groups()
    names = tuple(dict.fromkeys(_PLACEHOLDER.findall(values)))
    style = "%({})s" if paramstyle == "pyformat" else ":{}"
    many = ", ".join(_PLACEHOLDER.sub(lambda m, i=i: style.format(f"{m.group(1)}_{i}"), values) for i in range(rows))
    return head + many + tail, names
