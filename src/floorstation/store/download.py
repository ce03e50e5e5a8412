"""Downloaded master data into the station database (implements :class:`floorstation.domain.ports.ChangeSink`).

A page of changes goes through the same importer as ``floorstation import`` (validation included) and is
committed together with its cursor, so after a crash the station either has the page and the new cursor or
neither, and fetching the page again changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from floorstation.domain.catalog import LISTS, Catalog
from floorstation.domain.errors import InvalidInput
from floorstation.domain.ports import MasterChange
from floorstation.store.masterdata import import_catalog
from floorstation.store.models import SyncCursorRow

DOWNLOAD = "download"


class SqlChangeSink:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def download_cursor(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(SyncCursorRow.position).where(SyncCursorRow.channel == DOWNLOAD))

    def apply_changes(self, changes: list[MasterChange], next_cursor: str | None) -> None:
        lists: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for change in changes:
            if change.entity not in LISTS:
                raise InvalidInput(f"The server sent master data of an unknown kind {change.entity!r}.")
            lists[change.entity].append(dict(change.data))
        try:
            catalog = Catalog.model_validate(lists)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise InvalidInput(f"The server sent master data this station cannot read: {first['msg']}.") from None
        with self.engine.connect() as conn:
            if changes:
                import_catalog(conn, catalog)
            if next_cursor is None:
                conn.execute(delete(SyncCursorRow).where(SyncCursorRow.channel == DOWNLOAD))
            else:
                now = datetime.now(UTC).isoformat(timespec="milliseconds")
                stmt = insert(SyncCursorRow).values(channel=DOWNLOAD, position=next_cursor, updated_at=now)
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["channel"], set_={"position": next_cursor, "updated_at": now}
                    )
                )
            conn.commit()
