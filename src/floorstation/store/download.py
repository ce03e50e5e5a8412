"""Downloaded changes into the station database (implements :class:`floorstation.domain.ports.ChangeSink`).

Master data goes through the same importer as ``floorstation import`` (validation included). The plant's derived
state (marks raised and cleared anywhere, lots made or received at other stations, genealogy edges, lot status
decisions, pallets) goes into the ``plant_*`` tables (migrations 0006, 0007), which the station's own ``rebuild``
never touches; reads merge them with the local projections (``store/reads.py``). A page is committed together
with its cursor, so after a crash the station either has the page and the new cursor or neither, and fetching the
page again changes nothing. A snapshot replaces every ``plant_*`` table in one transaction; the event log, the
outbox and the local projections are untouched.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, Engine, delete, inspect, select
from sqlalchemy.dialects.sqlite import insert

from floorstation.domain.catalog import LISTS, Catalog
from floorstation.domain.errors import InvalidInput
from floorstation.domain.ports import MasterChange
from floorstation.store.masterdata import import_catalog
from floorstation.store.models import (
    DOWNLOADED_TABLES,
    Base,
    PlantLotEdgeRow,
    PlantLotRow,
    PlantLotStatusRow,
    PlantMarkClearRow,
    PlantMarkRow,
    PlantPalletRow,
    SyncCursorRow,
)

DOWNLOAD = "download"
log = logging.getLogger(__name__)


def _text(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    return None if value is None else str(value)


def _required(data: dict[str, Any], name: str, entity: str) -> str:
    value = data.get(name)
    if value is None or value == "":
        raise InvalidInput(
            f"The server sent a {entity} without {name}; this station cannot read it.",
            code="sync.download_missing",
            params={"entity": entity, "name": name},
        )
    return str(value)


def _int(data: dict[str, Any], name: str) -> int:
    value = data.get(name) or 0
    if not isinstance(value, int):
        raise InvalidInput(
            f"The server sent {name}={value!r}, which is not a whole number.",
            code="sync.download_not_whole",
            params={"name": name, "value": repr(value)},
        )
    return value


def _mark(data: dict[str, Any], deleted: bool) -> tuple[type[Base], dict[str, Any]]:
    mark_id = _required(data, "mark_id", "mark")
    if deleted:
        return (
            PlantMarkClearRow,
            {
                "mark_id": mark_id,
                "machine_id": _text(data, "machine_id"),
                "station_id": _text(data, "station_id"),
                "cleared_by": _text(data, "cleared_by"),
                "cleared_at": _required(data, "cleared_at", "cleared mark"),
            },
        )
    return (
        PlantMarkRow,
        {
            "mark_id": mark_id,
            "machine_id": _required(data, "machine_id", "mark"),
            "reason": _required(data, "reason", "mark"),
            "note": _text(data, "note") or "",
            "station_id": _text(data, "station_id"),
            "raised_by": _text(data, "raised_by"),
            "raised_at": _required(data, "raised_at", "mark"),
        },
    )


def _lot(data: dict[str, Any], deleted: bool) -> tuple[type[Base], dict[str, Any]]:
    return (
        PlantLotRow,
        {
            "code": _required(data, "code", "lot"),
            "material": _text(data, "material"),
            "origin": _text(data, "origin"),
            "station_id": _text(data, "station_id"),
            "expiry": _text(data, "expiry"),
            "made_on": _text(data, "made_on"),
            "unit": _text(data, "unit"),
            "task_id": _text(data, "task_id"),
            "on_hand_milli": _int(data, "on_hand_milli"),
            "palletized_milli": _int(data, "palletized_milli"),
        },
    )


def _edge(data: dict[str, Any], deleted: bool) -> tuple[type[Base], dict[str, Any]]:
    return (
        PlantLotEdgeRow,
        {
            "event_id": _required(data, "event_id", "genealogy edge"),
            "input_lot": _required(data, "input_lot", "genealogy edge"),
            "output_lot": _text(data, "output_lot"),
            "task_id": _required(data, "task_id", "genealogy edge"),
            "material": _text(data, "material"),
            "qty_milli": _int(data, "qty_milli"),
            "unit": _text(data, "unit"),
            "station_id": _text(data, "station_id"),
            "operator_id": _text(data, "operator_id"),
            "occurred_at": _required(data, "occurred_at", "genealogy edge"),
        },
    )


def _status(data: dict[str, Any], deleted: bool) -> tuple[type[Base], dict[str, Any]]:
    return (
        PlantLotStatusRow,
        {
            "code": _required(data, "code", "lot status"),
            "status": _required(data, "status", "lot status"),
            "reason": _text(data, "reason"),
            "decided_by": _text(data, "by"),
            "decided_at": _text(data, "at"),
            "source": _text(data, "source"),
            "heard": json.dumps(heard) if isinstance(heard := data.get("heard"), list) else None,
        },
    )


_PALLET_STATES = ("built", "shipped", "voided")


def _pallet(data: dict[str, Any], deleted: bool) -> tuple[type[Base], dict[str, Any]]:
    state = _required(data, "state", "pallet")
    if state not in _PALLET_STATES:
        raise InvalidInput(
            f"The server sent a pallet in state {state!r}; this station knows only {', '.join(_PALLET_STATES)}.",
            "Update floorstation on this station to the server's version.",
            code="sync.download_pallet_state",
            params={"state": repr(state)},
        )
    return (
        PlantPalletRow,
        {
            "sscc": _required(data, "sscc", "pallet"),
            "lot_code": _required(data, "lot_code", "pallet"),
            "material": _text(data, "material"),
            "qty_milli": _int(data, "qty_milli"),
            "unit": _text(data, "unit"),
            "station_id": _text(data, "station_id"),
            "built_at": _text(data, "built_at"),
            "state": state,
            "customer_id": _text(data, "customer_id"),
            "shipment_id": _text(data, "shipment_id"),
            "shipped_station": _text(data, "shipped_station"),
            "shipped_at": _text(data, "shipped_at"),
            "voided_station": _text(data, "voided_station"),
            "voided_at": _text(data, "voided_at"),
            "void_reason": _text(data, "void_reason"),
        },
    )


_DERIVED: dict[str, Callable[[dict[str, Any], bool], tuple[type[Base], dict[str, Any]]]] = {
    "mark": _mark,
    "plant_lot": _lot,
    "lot_edge": _edge,
    "lot_status": _status,
    "pallet": _pallet,
}


def _primary_key(table: type[Base]) -> list[str]:
    return [c.name for c in inspect(table).primary_key]


def _upsert(conn: Connection, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert or replace ``rows`` (one statement, executed for many rows)."""
    columns = list(rows[0])
    stmt = insert(table)
    update = {k: stmt.excluded[k] for k in columns}
    conn.execute(stmt.on_conflict_do_update(index_elements=_primary_key(table), set_=update), rows)


def _write_derived(conn: Connection, derived: list[MasterChange]) -> None:
    by_table: dict[type[Base], dict[Any, dict[str, Any]]] = defaultdict(dict)
    keys: dict[type[Base], list[str]] = {table: _primary_key(table) for table in DOWNLOADED_TABLES}
    for change in derived:
        table, row = _DERIVED[change.entity](dict(change.data), change.deleted)
        by_table[table][tuple(row[k] for k in keys[table])] = row  # the later change of a key wins
    for table, rows in by_table.items():
        _upsert(conn, table, list(rows.values()))
    cleared = [key[0] for key in by_table.get(PlantMarkClearRow, {})]
    for start in range(0, len(cleared), 500):
        conn.execute(delete(PlantMarkRow).where(PlantMarkRow.mark_id.in_(cleared[start : start + 500])))


def _row_model(annotation: Any) -> type[BaseModel] | None:
    """The row model of a list field (``list[MaterialIn]`` → ``MaterialIn``), else None."""
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def _readable(model: type[BaseModel], data: dict[str, Any], unknown: set[str]) -> dict[str, Any]:
    """``data`` without the fields ``model`` does not know (a newer server's), nested rows included; their names
    go into ``unknown``. A file an operator imports stays strict: only what the server sends is read this way."""
    out: dict[str, Any] = {}
    for name, value in data.items():
        field = model.model_fields.get(name)
        if field is None:
            unknown.add(f"{model.__name__}.{name}")
            continue
        rows = _row_model(field.annotation)
        if rows is not None and isinstance(value, list):
            out[name] = [_readable(rows, item, unknown) if isinstance(item, dict) else item for item in value]
        else:
            out[name] = value
    return out


def _split(changes: list[MasterChange]) -> tuple[Catalog | None, list[MasterChange]]:
    lists: dict[str, list[dict[str, Any]]] = defaultdict(list)
    derived: list[MasterChange] = []
    unknown: set[str] = set()
    for change in changes:
        if change.entity in _DERIVED:
            derived.append(change)
        elif change.entity in LISTS:
            model = _row_model(Catalog.model_fields[change.entity].annotation)
            data = dict(change.data) if model is None else _readable(model, change.data, unknown)
            lists[change.entity].append(data)
        else:
            raise InvalidInput(
                f"The server sent changes of an unknown kind {change.entity!r}.",
                "Update floorstation on this station to the server's version.",
                code="sync.download_unknown_kind",
                params={"entity": repr(change.entity)},
            )
    if unknown:
        log.warning("the server sent master-data fields this station does not know, left out: %s", sorted(unknown))
    if not lists:
        return None, derived
    try:
        catalog = Catalog.model_validate(lists)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InvalidInput(
            f"The server sent master data this station cannot read: {first['msg']}.",
            code="sync.download_unreadable",
            params={"cause": str(first["msg"])},
        ) from None
    return catalog, derived


class SqlChangeSink:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def download_cursor(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(SyncCursorRow.position).where(SyncCursorRow.channel == DOWNLOAD))

    def apply_changes(self, changes: list[MasterChange], next_cursor: str | None) -> None:
        catalog, derived = _split(changes)
        with self.engine.connect() as conn:
            self._apply(conn, catalog, derived)
            self._set_cursor(conn, next_cursor)
            conn.commit()

    def replace_all(self, changes: list[MasterChange], cursor: str | None) -> None:
        catalog, derived = _split(changes)
        with self.engine.connect() as conn:
            for table in DOWNLOADED_TABLES:
                conn.execute(delete(table))
            self._apply(conn, catalog, derived)
            self._set_cursor(conn, cursor)
            conn.commit()

    @staticmethod
    def _apply(conn: Connection, catalog: Catalog | None, derived: list[MasterChange]) -> None:
        if catalog is not None:
            import_catalog(conn, catalog)
        if derived:
            _write_derived(conn, derived)

    @staticmethod
    def _set_cursor(conn: Connection, cursor: str | None) -> None:
        if cursor is None:
            conn.execute(delete(SyncCursorRow).where(SyncCursorRow.channel == DOWNLOAD))
            return
        now = datetime.now(UTC).isoformat(timespec="milliseconds")
        stmt = insert(SyncCursorRow).values(channel=DOWNLOAD, position=cursor, updated_at=now)
        conn.execute(
            stmt.on_conflict_do_update(index_elements=["channel"], set_={"position": cursor, "updated_at": now})
        )
