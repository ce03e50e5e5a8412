"""The change feed stations download: master data and derived state, versioned by one counter.

Master data lives in ``master_record``. Derived state that changes after it is written (lots made or received at
a station, with the plant's quantities; lot status decisions; pallets) is one ``plant_change`` row per (entity,
key) in its latest state. Derived state that never changes once written is read where it is: machine marks
(``plant_machine_mark``: sent while no clear names them), their clears (``plant_machine_mark_clear``: the mark's
tombstone) and genealogy edges (``plant_lot_edge``) carry their own ``version``. Every version comes from the one
``change_counter`` row ``master``, locked (``FOR UPDATE``) by the writing transaction until it commits, so
versions become visible in the order they were handed out and a cursor (``version > cursor``) never skips a row
that committed late.

A ``plant_change`` row is recomputed from the plant projections *after* the counter lock is taken: a transaction
that committed meanwhile is then visible, so the feed's last version of a key always matches the projections.

Tombstones older than the retention (90 days by default) are retired by :func:`compact`: counter row
``compacted`` keeps the highest version retired, and a cursor below it (or above the counter: a server restored
from an older backup) gets 410 and a snapshot.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    String,
    Text,
    cast,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
    update,
)

from floorstation.server.models import (
    ChangeCounterRow,
    EventRow,
    MasterRecordRow,
    PlantChangeRow,
    PlantLotEdgeRow,
    PlantLotRow,
    PlantMarkClearRow,
    PlantMarkRow,
    PlantPalletRow,
)

log = logging.getLogger(__name__)

COUNTER = "master"
COMPACTED = "compacted"
MARK = "mark"
"""A machine mark: raised (``deleted`` false) or cleared (a tombstone)."""
PLANT_LOT = "plant_lot"
"""A lot made or received at a station: what it is and how much of it the plant has on record."""
LOT_EDGE = "lot_edge"
"""A genealogy edge: input lot went into output lot."""
LOT_STATUS = "lot_status"
"""The plant's latest hold / release / recall decision on a lot."""
PALLET = "pallet"
"""A pallet (SSCC) some station built: what is on it, and whether it is still there, voided or shipped."""
DERIVED = (MARK, PLANT_LOT, LOT_EDGE, LOT_STATUS, PALLET)
DEFAULT_RETENTION = timedelta(days=90)
_IN_CHUNK = 5000
"""Keys per lookup; they travel as one JSON text (see :func:`_among`), not as one bound parameter each."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Sequencer:
    """Hands out versions under the lock of the one counter row, held until the transaction ends."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.value = int(
            conn.execute(
                select(ChangeCounterRow.value).where(ChangeCounterRow.name == COUNTER).with_for_update()
            ).scalar_one()
        )
        self.start = self.value

    def next(self) -> int:
        self.value += 1
        return self.value

    def save(self) -> None:
        if self.value != self.start:
            self.conn.execute(update(ChangeCounterRow).where(ChangeCounterRow.name == COUNTER).values(value=self.value))
            self.start = self.value


_SEQUENCER = "floorstation.feed_sequencer"


def sequencer(conn: Connection) -> Sequencer:
    """The transaction's sequencer: the first call locks the counter; later ones hand out the following
    versions. :func:`save_versions` writes the counter back, :func:`forget_versions` ends its use (always, even
    when the transaction fails, since ``conn.info`` outlives the transaction)."""
    found = conn.info.get(_SEQUENCER)
    if found is None:
        found = conn.info[_SEQUENCER] = Sequencer(conn)
    return found


def save_versions(conn: Connection) -> None:
    found = conn.info.get(_SEQUENCER)
    if found is not None:
        found.save()


def forget_versions(conn: Connection) -> None:
    conn.info.pop(_SEQUENCER, None)


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


def _among(conn: Connection, column: Any, keys: list[str]) -> Any:
    """``column IN (keys)`` with the keys as one JSON text unpacked by the database: binding hundreds of
    parameters one by one cost more than the lookup itself (a third of an upload batch of marks)."""
    unpack = (
        "json_array_elements_text(CAST(:keys AS json))" if conn.dialect.name == "postgresql" else "json_each(:keys)"
    )
    return column.in_(text(f"SELECT value FROM {unpack}").bindparams(keys=json.dumps(keys)).columns(value=String))


_MARK_FIELDS = ("mark_id", "machine_id", "reason", "note", "station_id", "raised_by", "raised_at")
"""What a raised mark says in the feed (columns of ``plant_machine_mark``)."""
_CLEAR_FIELDS = ("mark_id", "machine_id", "station_id", "cleared_by", "cleared_at")
"""What a mark's tombstone says (columns of ``plant_machine_mark_clear``)."""


def _records(
    conn: Connection, entity: str, query: Select[Any], *, key: Any, keys: Collection[str], data: Any
) -> list[Record]:
    """``entity`` rows for ``keys``: ``query`` narrowed to them (a chunk at a time), each row made into its feed
    data by ``data``."""
    out: list[Record] = []
    for chunk in _chunks(keys):
        out.extend(
            Record(entity, getattr(r, key.key), data(r)) for r in conn.execute(query.where(_among(conn, key, chunk)))
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


_EDGE_FIELDS = (
    "event_id",
    "input_lot",
    "output_lot",
    "task_id",
    "material",
    "qty_milli",
    "unit",
    "station_id",
    "operator_id",
    "occurred_at",
)
"""What a genealogy edge says in the feed (columns of ``plant_lot_edge``)."""


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
    versions = conn.info.get(_SEQUENCER) or Sequencer(conn)
    records = _lot_records(conn, lots) + _status_records(conn, statuses) + _pallet_records(conn, pallets)
    stored: dict[tuple[str, str], tuple[str, bool]] = {}
    by_entity: dict[str, list[str]] = {}
    for record in records:
        by_entity.setdefault(record.entity, []).append(record.key)
    for entity, keys in by_entity.items() if compare else ():
        for chunk in _chunks(keys):
            for row in conn.execute(
                select(PlantChangeRow.key, PlantChangeRow.data_json, PlantChangeRow.deleted).where(
                    PlantChangeRow.entity == entity, _among(conn, PlantChangeRow.key, chunk)
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


# --- reading the feed ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    version: int
    entity: str
    data: dict[str, Any]
    deleted: bool = False


@dataclass(frozen=True)
class Counters:
    latest: int
    """The highest version handed out."""
    compacted: int
    """The highest version compaction removed: a cursor below it may have missed a tombstone."""


def counters(conn: Connection) -> Counters:
    values = dict(conn.execute(select(ChangeCounterRow.name, ChangeCounterRow.value)).tuples().all())
    return Counters(int(values.get(COUNTER, 0)), int(values.get(COMPACTED, 0)))


def cursor_expired(found: Counters, after: int | None) -> str | None:
    """Why a cursor cannot be served (a sentence), or None. ``None`` cursor: a station that never downloaded."""
    if after is None:
        return None if found.compacted == 0 else "This station has never downloaded; start from a snapshot."
    if after > found.latest:
        return (
            f"The server's change feed ends at {found.latest}, before this cursor ({after}): the server was "
            "restored from an older backup. Start over from a snapshot."
        )
    if after < found.compacted:
        return (
            f"Changes up to {found.compacted} were compacted after the retention; this cursor ({after}) is older. "
            "Start over from a snapshot."
        )
    return None


def _json_of(conn: Connection, table: Any, fields: tuple[str, ...]) -> Any:
    """The row's ``fields`` as a JSON object text, made by the database."""
    pairs = [part for name in fields for part in (literal(name, String), table.c[name])]
    if conn.dialect.name == "postgresql":
        return cast(func.json_build_object(*pairs), Text)
    return func.json_object(*pairs)


def _feed_parts(conn: Connection, after: int, *, clears: Any = None) -> list[Select[Any]]:
    """One SELECT (version, entity, data_json, deleted) per place the feed lives, each of rows above ``after``:
    master data, the changing derived rows, raised marks no clear names, marks' clears (tombstones; ``clears``
    narrows them), genealogy edges."""
    mark, clear, edge = PlantMarkRow.__table__, PlantMarkClearRow.__table__, PlantLotEdgeRow.__table__
    cleared = select(clear.c.mark_id).where(clear.c.mark_id == mark.c.mark_id).exists()
    tombstones = select(
        clear.c.version, literal(MARK, String), _json_of(conn, clear, _CLEAR_FIELDS), literal(True)
    ).where(clear.c.version > after)
    return [
        select(MasterRecordRow.version, MasterRecordRow.entity, MasterRecordRow.data_json, literal(False)).where(
            MasterRecordRow.version > after
        ),
        select(PlantChangeRow.version, PlantChangeRow.entity, PlantChangeRow.data_json, PlantChangeRow.deleted).where(
            PlantChangeRow.version > after
        ),
        select(mark.c.version, literal(MARK, String), _json_of(conn, mark, _MARK_FIELDS), literal(False)).where(
            mark.c.version > after, ~cleared
        ),
        tombstones if clears is None else tombstones.where(clears),
        select(edge.c.version, literal(LOT_EDGE, String), _json_of(conn, edge, _EDGE_FIELDS), literal(False)).where(
            edge.c.version > after
        ),
    ]


_FEED_COLUMNS = ("version", "entity", "data_json", "deleted")


def _read(conn: Connection, parts: list[Select[Any]], limit: int | None) -> list[Change]:
    """The parts' rows, oldest first, in one statement (so one consistent view of every table). With a
    ``limit``, each part is cut to its first ``limit`` rows by version before they are merged."""
    members: list[Select[Any]] = []
    for part in parts:
        version = part.selected_columns[0]
        named = part.with_only_columns(
            *(column.label(name) for column, name in zip(part.selected_columns, _FEED_COLUMNS, strict=True))
        )
        members.append(named if limit is None else select(named.order_by(version).limit(limit).subquery()))
    both = union_all(*members).subquery()
    query = select(both).order_by(both.c.version)
    rows = conn.execute(query if limit is None else query.limit(limit)).all()
    return [Change(r.version, r.entity, json.loads(r.data_json), bool(r.deleted)) for r in rows]


def changes_after(conn: Connection, version: int, limit: int) -> list[Change]:
    """Master-data and derived rows changed after ``version``, oldest first, each in its latest state (a mark its
    clear named is sent as its tombstone only). One statement, so one consistent view of every table."""
    return _read(conn, _feed_parts(conn, version), limit)


def snapshot(conn: Connection, station_id: str) -> tuple[list[Change], int]:
    """The whole current state and the cursor it is complete up to; the caller runs it in one consistent read.

    Tombstones are left out (the station replaces what it downloaded before with the snapshot) except the clears
    of marks that ``station_id`` itself raised, however old: its own log still has those marks, and without
    their clears a station that restarts from a snapshot would show machines down that were fixed long ago. So
    are the clears of marks the server has not received yet (after a restore, stations send their events again
    in any order): the mark may be this station's own, and when it arrives the feed leaves it out (a clear names
    it) while the clear's version is below the snapshot's cursor."""
    latest = counters(conn).latest
    clear, mark = PlantMarkClearRow, PlantMarkRow
    unknown = ~select(mark.mark_id).where(mark.mark_id == clear.mark_id).exists()
    own = or_(clear.mark_id.in_(select(mark.mark_id).where(mark.station_id == station_id)), unknown)
    parts = _feed_parts(conn, -1, clears=own)
    parts[1] = parts[1].where(PlantChangeRow.deleted.is_(False))
    return _read(conn, parts, None), latest


# --- retention -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Compacted:
    retired: int
    """Tombstones that passed behind the horizon this time."""
    horizon: int
    """Cursors below this now get 410 and a snapshot."""


def compact(
    engine: Engine, retention: timedelta = DEFAULT_RETENTION, *, now: datetime | None = None, everyone: bool = False
) -> Compacted:
    """Retire tombstones (marks' clears) the server received more than ``retention`` ago: raise the horizon to
    the highest version among them, so a station whose cursor is older starts over from a snapshot (which leaves
    them out) instead of downloading every clear since. The clears stay in their projection: they are the plant's
    record. ``everyone``: raise the horizon to the latest version, so that every station starts over from a
    snapshot at its next sync (after restoring the server)."""
    cutoff = ((now or datetime.now(UTC)) - retention).isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        # Locked: two compactions at once (the daily one and a --all-stations) never write the horizon lower.
        current = int(
            conn.scalar(select(ChangeCounterRow.value).where(ChangeCounterRow.name == COMPACTED).with_for_update()) or 0
        )
        retired, highest = conn.execute(
            select(func.count(), func.max(PlantMarkClearRow.version))
            .select_from(PlantMarkClearRow)
            .join(EventRow, EventRow.event_id == PlantMarkClearRow.event_id)
            .where(PlantMarkClearRow.version > current, EventRow.received_at < cutoff)
        ).one()
        horizon = max(current, int(highest or 0))
        if everyone:  # a version of its own, above every cursor handed out so far, and the snapshot's cursor
            sequencer = Sequencer(conn)
            horizon = sequencer.next()
            sequencer.save()
        if horizon != current:
            done = conn.execute(
                update(ChangeCounterRow).where(ChangeCounterRow.name == COMPACTED).values(value=horizon)
            )
            if not done.rowcount:
                conn.execute(insert(ChangeCounterRow).values(name=COMPACTED, value=horizon))
    return Compacted(int(retired), horizon)


def keep_retiring(engine: Engine, retention: timedelta, every: timedelta, stop: threading.Event) -> None:
    """:func:`compact` every ``every`` until ``stop`` is set (the server's thread for a server that runs for
    months); a failure is logged and tried again at the next round."""
    while not stop.wait(every.total_seconds()):
        try:
            done = compact(engine, retention)
        except Exception:  # the database may be down for a moment; the next round tries again
            log.exception("change feed: retiring old tombstones failed")
            continue
        if done.retired:
            log.info("change feed: %d tombstones retired; cursors below %d get a snapshot", done.retired, done.horizon)
