"""Looking rows up by many keys at once: ``column IN (keys)`` with the keys as one JSON text the database unpacks.

Binding hundreds of parameters one by one cost more than the lookup itself (a third of an upload batch of marks),
and an ``IN`` list of another length is another statement for the driver and the database to parse and plan;
this one is the same statement whatever the number of keys.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, String, text


def among(conn: Connection, column: Any, keys: Iterable[str]) -> Any:
    """``column IN keys`` as a clause for ``query.where``; ``keys`` travel as one JSON array.

    PostgreSQL gets them as ``= ANY(ARRAY(...))``: an array computed once, which the planner looks up in the
    column's index key by key. As ``IN (SELECT ... FROM json_array_elements_text(...))`` it guessed 100 keys and
    joined by reading the whole table, a cost that grew with the plant's history (every pallet ever built, on
    every upload). SQLite looks ``IN (SELECT ...)`` up in the index either way."""
    listed = json.dumps(sorted(set(keys)))
    if conn.dialect.name == "postgresql":
        unpack = text("ANY(ARRAY(SELECT json_array_elements_text(CAST(:keys AS json))))").bindparams(keys=listed)
        return column.op("=")(unpack)
    return column.in_(text("SELECT value FROM json_each(:keys)").bindparams(keys=listed).columns(value=String))
