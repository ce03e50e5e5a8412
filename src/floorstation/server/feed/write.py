"""Writing the change feed: derived state that changes after it is written (lots made or received at a station,
with the plant's quantities; lot status decisions; pallets) is one ``plant_change`` row per (entity, key) in its
latest state, recomputed from the plant projections *after* the counter lock is taken: a transaction that
committed meanwhile is then visible, so the feed's last version of a key always matches the projections.

Derived state that never changes once written (machine marks, their clears, genealogy edges) is not published
here: those rows carry their own ``version`` (``feed/read.py`` reads them where they are).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, select, text

from floorstation.server.feed.entities import LOT_STATUS, PALLET, PLANT_LOT
from floorstation.server.feed.versions import Sequencer, sequencer_in_use
from floorstation.server.lookups import among
from floorstation.server.models import EventRow, PlantChangeRow, PlantLotRow, PlantPalletRow
from floorstation.server.pipeline import pipelined

_IN_CHUNK = 5000
"""Keys per lookup; they travel as one JSON text (see ``server/lookups.py``), not as one bound parameter each."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Record:
    entity: str
    key: str
    data: dict[str, Any]
    deleted: bool = False


def _chunks(keys: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(keys))
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start : start + _IN_CHUNK]


def _records(
    conn: Connection, entity: str, query: Select[Any], *, key: Any, keys: Collection[str], data: Any
) -> list[Record]:
    """``entity`` rows for ``keys``: ``query`` narrowed to them (a chunk at a time), each row made into its feed
    data by ``data``."""
    out: list[Record] = []
    for chunk in _chunks(keys):
        out.extend(
            Record(entity, getattr(r, key.key), data(r)) for r in conn.execute(query.where(among(conn, key, chunk)))
        )
    return out


def _lot_records(conn: Connection, codes: Collection[str]) -> list[Record]:
    query = select(PlantLotRow).where(PlantLotRow.origin.is_not(None))
    return _records(conn, PLANT_LOT, query, key=PlantLotRow.code, keys=codes, data=_lot_data)


def _lot_data(lot: Any) -> dict[str, Any]:
    return {
        "code": lot.code,
        "material": lot.material,
        "origin": lot.origin,
        "station_id": lot.station_id,
        "task_id": lot.task_id,
        "made_on": lot.made_on,
        "expiry": lot.expiry,
        "unit": lot.unit,
        "on_hand_milli": lot.initial_milli + lot.produced_milli - lot.consumed_milli,
        "palletized_milli": lot.palletized_milli,
    }


def _status_records(conn: Connection, codes: Collection[str]) -> list[Record]:
    query = select(PlantLotRow).where(PlantLotRow.status_at.is_not(None))
    return _records(conn, LOT_STATUS, query, key=PlantLotRow.code, keys=codes, data=_status_data)


def _status_data(lot: Any) -> dict[str, Any]:
    return {
        "code": lot.code,
        "status": lot.status,
        "reason": lot.status_reason,
        "by": lot.status_by,
        "at": lot.status_at,
        "source": lot.status_source,
        "heard": json.loads(lot.decisions_heard) if lot.decisions_heard else [],
    }


def _pallet_records(conn: Connection, ssccs: Collection[str]) -> list[Record]:
    """Only pallets whose build is known: a shipment or void that arrived before its build waits for it (the
    build's batch publishes the pallet with everything that happened to it so far)."""
    query = (
        select(*PlantPalletRow.__table__.columns, EventRow.station_id.label("voided_station"))
        .outerjoin(EventRow, EventRow.event_id == PlantPalletRow.voided_event)
        .where(PlantPalletRow.built_event.is_not(None))
    )
    return _records(conn, PALLET, query, key=PlantPalletRow.sscc, keys=ssccs, data=_pallet_data)


def _pallet_data(pallet: Any) -> dict[str, Any]:
    state = "voided" if pallet.voided_event else "shipped" if pallet.shipped_event else "built"
    return {
        "sscc": pallet.sscc,
        "lot_code": pallet.lot_code,
        "material": pallet.material,
        "qty_milli": pallet.qty_milli,
        "unit": pallet.unit,
        "station_id": pallet.built_station,
        "built_at": pallet.built_at,
        "state": state,
        "customer_id": pallet.customer_id,
        "shipment_id": pallet.shipment_id,
        "shipped_station": pallet.shipped_station,
        "shipped_at": pallet.shipped_at,
        "voided_station": pallet.voided_station,
        "voided_at": pallet.voided_at,
        "void_reason": pallet.void_reason,
    }


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


_UPSERT = (
    "INSERT INTO plant_change (entity, key, data_json, deleted, version, updated_at) "
    "VALUES (:entity, :key, :data_json, :deleted, :version, :updated_at) "
    "ON CONFLICT (entity, key) DO UPDATE SET data_json = excluded.data_json, deleted = excluded.deleted, "
    "version = excluded.version, updated_at = excluded.updated_at"
)


def publish(
    conn: Connection,
    *,
    lots: Collection[str] = (),
    statuses: Collection[str] = (),
    pallets: Collection[str] = (),
    compare: bool = True,
) -> int:
    """Put the current state of these keys into the feed (in the caller's transaction); returns rows changed.

    Takes the counter lock first (or uses the transaction's, see :func:`sequencer`), then reads the projections,
    so that what is written is what the projections hold once everything committed before this transaction is
    counted. ``compare``: leave rows whose content is unchanged at their version (a rebuild, an upgrade, a status
    decision). An upload's batch passes False: the keys it touched have changed (a lot's quantity, a pallet's
    state), and reading the stored rows back to compare cost a fifth of the batch; a row sent again unchanged is
    applied again unchanged. Marks, clears and edges are not published here: they carry their versions."""
    if not (lots or statuses or pallets):
        return 0
    versions = sequencer_in_use(conn) or Sequencer(conn)
    records = _lot_records(conn, lots) + _status_records(conn, statuses) + _pallet_records(conn, pallets)
    stored: dict[tuple[str, str], tuple[str, bool]] = {}
    by_entity: dict[str, list[str]] = {}
    for record in records:
        by_entity.setdefault(record.entity, []).append(record.key)
    for entity, keys in by_entity.items() if compare else ():
        for chunk in _chunks(keys):
            for row in conn.execute(
                select(PlantChangeRow.key, PlantChangeRow.data_json, PlantChangeRow.deleted).where(
                    PlantChangeRow.entity == entity, among(conn, PlantChangeRow.key, chunk)
                )
            ):
                stored[(entity, row.key)] = (row.data_json, bool(row.deleted))
    now = _now()
    rows = []
    for record in sorted(records, key=lambda r: (r.entity, r.key)):
        data = _dump(record.data)
        if stored.get((record.entity, record.key)) == (data, record.deleted):
            continue
        rows.append(
            {
                "entity": record.entity,
                "key": record.key,
                "data_json": data,
                "deleted": record.deleted,
                "version": versions.next(),
                "updated_at": now,
            }
        )
    with pipelined(conn):  # the rows and the counter written back: one round trip
        if rows:
            _upsert(conn, rows)
        versions.save()
    return len(rows)


_RECORDSET = (
    "INSERT INTO plant_change (entity, key, data_json, deleted, version, updated_at) "
    "SELECT entity, key, data_json, deleted, version, updated_at FROM json_to_recordset(%(rows)s::json) "
    "AS r(entity TEXT, key TEXT, data_json TEXT, deleted BOOLEAN, version BIGINT, updated_at TEXT) "
    "ON CONFLICT (entity, key) DO UPDATE SET data_json = excluded.data_json, deleted = excluded.deleted, "
    "version = excluded.version, updated_at = excluded.updated_at"
)


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """One statement for the whole batch on PostgreSQL (the rows travel as one JSON text); executemany on SQLite."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_RECORDSET, {"rows": json.dumps(rows)})
    else:
        conn.execute(text(_UPSERT), rows)


def publish_all(conn: Connection) -> int:
    """Every station-made lot, status decision and built pallet the projections hold (after an upgrade or a
    rebuild); unchanged rows keep their version."""
    lots = set(conn.scalars(select(PlantLotRow.code).where(PlantLotRow.origin.is_not(None))))
    statuses = set(conn.scalars(select(PlantLotRow.code).where(PlantLotRow.status_at.is_not(None))))
    pallets = set(conn.scalars(select(PlantPalletRow.sscc).where(PlantPalletRow.built_event.is_not(None))))
    return publish(conn, lots=lots, statuses=statuses, pallets=pallets)


def publish_pallets(conn: Connection) -> int:
    """Every built pallet the projections hold (a server upgraded from before pallets were in the feed)."""
    return publish(
        conn, pallets=set(conn.scalars(select(PlantPalletRow.sscc).where(PlantPalletRow.built_event.is_not(None))))
    )
