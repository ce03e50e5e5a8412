"""Facts about this station kept beside its event log (``station_meta``, key and value): not events, because
they are given to the station rather than done at it. So far: which station the database belongs to, and the SSCC
serial block the server allocated at enrollment."""

from __future__ import annotations

import json

from sqlalchemy import Connection, Engine, delete, insert, select

from floorstation.domain.codes import SsccRange
from floorstation.store.models import StationMetaRow

SSCC_BLOCK = "sscc_block"


def read(conn: Connection, key: str) -> str | None:
    return conn.scalar(select(StationMetaRow.value).where(StationMetaRow.key == key))


def write(conn: Connection, key: str, value: str | None) -> None:
    conn.execute(delete(StationMetaRow).where(StationMetaRow.key == key))
    if value is not None:
        conn.execute(insert(StationMetaRow).values(key=key, value=value))


def sscc_block(conn: Connection) -> SsccRange | None:
    stored = read(conn, SSCC_BLOCK)
    if stored is None:
        return None
    data = json.loads(stored)
    return SsccRange(int(data["extension"]), str(data["company_prefix"]), int(data["first"]), int(data["last"]))


def save_sscc_block(engine: Engine, block: SsccRange | None) -> None:
    """Keep the block the server gave this station (None: forget it; the station.toml range applies again)."""
    value = None
    if block is not None:
        value = json.dumps(
            {
                "extension": block.extension,
                "company_prefix": block.company_prefix,
                "first": block.first_serial,
                "last": block.last_serial,
            },
            sort_keys=True,
        )
    with engine.begin() as conn:
        write(conn, SSCC_BLOCK, value)
