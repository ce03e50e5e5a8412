"""Plant-wide projections on the server: lots, genealogy edges, tasks, pallets, shipments and machine marks.

:func:`apply` runs in the transaction that stores a batch, and :func:`rebuild` replays the stored events through
the same code, so the two cannot drift. Events of different stations arrive in any order (a pallet may be
shipped at the dock before the line's upload says it was built), so every write is an upsert whose result does
not depend on that order: counters add up, marks and clears are sets (the add-wins observed-remove set of
DESIGN §3), the build and the shipment of a pallet fill separate columns, and master data wins over events for
the columns that describe a lot. Where two events of the same kind claim one row (a lot code produced twice),
the one that arrived first wins, in arrival order, which rebuild replays (``event.id``).

A batch's rows of one kind are merged per row they name (as running them one by one would have left it) and
written by multi-row statements, and the kinds in the fixed order of ``_STATEMENTS``; the kinds commute (a
pallet built and voided in one batch nets to zero whichever runs first), so grouping does not change the
result, and rebuild (other batch boundaries) gives the same tables.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, Boolean, Connection, Integer, delete, select, text, update
from sqlalchemy.types import TypeEngine

from floorstation.domain import events as ev
from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import Event, Payload, event_from_row, parse_payload
from floorstation.domain.quantities import to_milli
from floorstation.domain.signatures import SIGNATURE_TYPE
from floorstation.server import feed
from floorstation.server.authority import DECISIONS, REFUSED, effective_at, signs
from floorstation.server.lotcodes import COLLISION as LOT_CODE_COLLISION
from floorstation.server.models import PLANT_TABLES, Base, EventFlagRow, EventRow, MasterRecordRow, PlantLotRow

_LOT_CREATE = (
    "INSERT INTO plant_lot (code, material, in_master, status, origin, station_id, created_event, created_at, "
    "task_id, work_order, machine_id, made_on, expiry, supplier, supplier_lot, gtin, unit, initial_milli, "
    "produced_milli, consumed_milli, palletized_milli) "
    "VALUES (:code, :material, :no, 'released', :origin, :station_id, :created_event, :created_at, :task_id, "
    ":work_order, :machine_id, :made_on, :expiry, :supplier, :supplier_lot, :gtin, :unit, :initial_milli, 0, 0, 0) "
    "ON CONFLICT (code) DO UPDATE SET origin = excluded.origin, station_id = excluded.station_id, "
    "created_event = excluded.created_event, created_at = excluded.created_at, task_id = excluded.task_id, "
    "work_order = excluded.work_order, machine_id = excluded.machine_id, gtin = excluded.gtin, "
    "unit = COALESCE(excluded.unit, plant_lot.unit), "
    + ", ".join(
        f"{c} = CASE WHEN plant_lot.in_master THEN plant_lot.{c} ELSE excluded.{c} END"
        for c in ("material", "made_on", "expiry", "supplier", "supplier_lot", "initial_milli")
    )
    + " WHERE plant_lot.created_event IS NULL"
)
_LOT_TOUCH = (
    "INSERT INTO plant_lot (code, material, in_master, status, unit, initial_milli, produced_milli, consumed_milli, "
    "palletized_milli) VALUES (:code, :material, :no, 'released', :unit, 0, :produced, :consumed, :palletized) "
    "ON CONFLICT (code) DO UPDATE SET material = COALESCE(plant_lot.material, excluded.material), "
    "unit = COALESCE(plant_lot.unit, excluded.unit), "
    "produced_milli = plant_lot.produced_milli + excluded.produced_milli, "
    "consumed_milli = plant_lot.consumed_milli + excluded.consumed_milli, "
    "palletized_milli = plant_lot.palletized_milli + excluded.palletized_milli"
)
_LOT_ENSURE = (
    "INSERT INTO plant_lot (code, in_master, status, initial_milli, produced_milli, consumed_milli, palletized_milli) "
    "VALUES (:code, :no, 'released', 0, 0, 0, 0) ON CONFLICT (code) DO NOTHING"
)
_MASTER_COLUMNS = ("material", "status", "made_on", "expiry", "supplier", "supplier_lot", "initial_milli")
_LOT_MASTER = (
    "INSERT INTO plant_lot (code, material, in_master, status, made_on, expiry, supplier, supplier_lot, "
    "initial_milli, produced_milli, consumed_milli, palletized_milli) "
    "VALUES (:code, :material, :yes, :status, :made_on, :expiry, :supplier, :supplier_lot, :initial_milli, 0, 0, 0) "
    "ON CONFLICT (code) DO UPDATE SET in_master = excluded.in_master, "
    + ", ".join(f"{c} = excluded.{c}" for c in _MASTER_COLUMNS if c != "status")
    # A dated decision (record_lot_status) is later than anything master data says about the status.
    + ", status = CASE WHEN plant_lot.status_at IS NULL THEN excluded.status ELSE plant_lot.status END"
)
# The first event that names the task's machine wins it (a pause or stop arriving before any start leaves it
# ''); the latest start, stop and state win by time (``state_key``), whatever order the events arrive in.
_TASK = (
    "INSERT INTO plant_task (task_id, machine_id, work_order, station_id, started_at, stopped_at, state, state_key) "
    "VALUES (:task_id, :machine_id, :work_order, :station_id, :started_at, :stopped_at, :state, :state_key) "
    "ON CONFLICT (task_id) DO UPDATE SET "
    + ", ".join(
        f"{c} = CASE WHEN plant_task.machine_id = '' THEN excluded.{c} ELSE plant_task.{c} END"
        for c in ("machine_id", "work_order", "station_id")
    )
    + ", "
    + ", ".join(
        f"{c} = CASE WHEN plant_task.{key} IS NULL OR excluded.{key} > plant_task.{key} THEN excluded.{c} "
        f"ELSE plant_task.{c} END"
        for c, key in (
            ("started_at", "started_at"),
            ("stopped_at", "stopped_at"),
            ("state", "state_key"),
            ("state_key", "state_key"),
        )
    )
)
_TASK_STOP = (
    "INSERT INTO plant_task_stop (event_id, task_id, output_lot, good_milli, occurred_at) "
    "VALUES (:event_id, :task_id, :output_lot, :good_milli, :occurred_at) ON CONFLICT (event_id) DO NOTHING"
)
_WORK = (
    "INSERT INTO plant_work_event (event_id, kind, task_id, operator_id, reason, at_ms, station_id, epoch, seq, "
    "good_milli, scrap_milli) VALUES (:event_id, :kind, :task_id, :operator_id, :reason, :at_ms, :station_id, "
    ":epoch, :seq, :good_milli, :scrap_milli) ON CONFLICT (event_id) DO NOTHING"
)
_EDGE = (
    "INSERT INTO plant_lot_edge (event_id, station_id, input_lot, output_lot, task_id, material, qty_milli, unit, "
    "operator_id, occurred_at, version) VALUES (:event_id, :station_id, :input_lot, :output_lot, :task_id, "
    ":material, :qty_milli, :unit, :operator_id, :occurred_at, :version) ON CONFLICT (event_id) DO NOTHING"
)
_PALLET_BUILT = (
    "INSERT INTO plant_pallet (sscc, lot_code, material, qty_milli, unit, built_station, built_event, built_at) "
    "VALUES (:sscc, :lot_code, :material, :qty_milli, :unit, :station_id, :event_id, :at) "
    "ON CONFLICT (sscc) DO UPDATE SET lot_code = excluded.lot_code, material = excluded.material, "
    "qty_milli = excluded.qty_milli, unit = excluded.unit, built_station = excluded.built_station, "
    "built_event = excluded.built_event, built_at = excluded.built_at WHERE plant_pallet.built_event IS NULL"
)
_PALLET_SHIPPED = (
    "INSERT INTO plant_pallet (sscc, customer_id, shipment_id, shipped_station, shipped_event, shipped_at) "
    "VALUES (:sscc, :customer_id, :shipment_id, :station_id, :event_id, :at) "
    "ON CONFLICT (sscc) DO UPDATE SET customer_id = excluded.customer_id, shipment_id = excluded.shipment_id, "
    "shipped_station = excluded.shipped_station, shipped_event = excluded.shipped_event, "
    "shipped_at = excluded.shipped_at WHERE plant_pallet.shipped_event IS NULL"
)
# A pallet's quantity counts on its lot when this event built it, unless it is (or was already, arriving first)
# voided; a void takes back what its pallet had added.
_LOT_PALLETIZE = (
    "UPDATE plant_lot SET palletized_milli = plant_lot.palletized_milli + :qty_milli WHERE code = :lot_code "
    "AND EXISTS (SELECT 1 FROM plant_pallet AS p WHERE p.sscc = :sscc AND p.built_event = :event_id "
    "AND p.voided_event IS NULL)"
)
_LOT_UNPALLETIZE = (
    "UPDATE plant_lot SET palletized_milli = plant_lot.palletized_milli - "
    "(SELECT p.qty_milli FROM plant_pallet AS p WHERE p.sscc = :sscc) "
    "WHERE code = (SELECT p.lot_code FROM plant_pallet AS p WHERE p.sscc = :sscc "
    "AND p.built_event IS NOT NULL AND p.voided_event IS NULL)"
)
_PALLET_VOIDED = (
    "INSERT INTO plant_pallet (sscc, voided_event, voided_at, void_reason) VALUES (:sscc, :event_id, :at, :reason) "
    "ON CONFLICT (sscc) DO UPDATE SET voided_event = excluded.voided_event, voided_at = excluded.voided_at, "
    "void_reason = excluded.void_reason WHERE plant_pallet.voided_event IS NULL"
)
_SHIPMENT = (
    "INSERT INTO plant_shipment (shipment_id, customer_id, pallets, first_shipped_at, last_shipped_at) "
    "VALUES (:shipment_id, :customer_id, :pallets, :first_at, :last_at) "
    "ON CONFLICT (shipment_id) DO UPDATE SET pallets = plant_shipment.pallets + excluded.pallets, "
    "first_shipped_at = CASE WHEN excluded.first_shipped_at < plant_shipment.first_shipped_at "
    "THEN excluded.first_shipped_at ELSE plant_shipment.first_shipped_at END, "
    "last_shipped_at = CASE WHEN excluded.last_shipped_at > plant_shipment.last_shipped_at "
    "THEN excluded.last_shipped_at ELSE plant_shipment.last_shipped_at END"
)
_MARK = (
    "INSERT INTO plant_machine_mark (mark_id, machine_id, reason, note, station_id, raised_by, raised_at, event_id, "
    "version) VALUES (:mark_id, :machine_id, :reason, :note, :station_id, :operator_id, :at, :event_id, :version) "
    "ON CONFLICT (mark_id) DO NOTHING"
)
_CLEAR = (
    "INSERT INTO plant_machine_mark_clear (mark_id, machine_id, station_id, cleared_by, cleared_at, event_id, "
    "version) VALUES (:mark_id, :machine_id, :station_id, :operator_id, :at, :event_id, :version) "
    "ON CONFLICT (mark_id) DO NOTHING"
)


@dataclass(frozen=True)
class _Statement:
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


def _add_up(first: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    return first | {
        "material": first["material"] or later["material"],
        "unit": first["unit"] or later["unit"],
        "produced": first["produced"] + later["produced"],
        "consumed": first["consumed"] + later["consumed"],
        "palletized": first["palletized"] + later["palletized"],
    }


def _ship(first: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    return first | {
        "pallets": first["pallets"] + later["pallets"],
        "first_at": min(first["first_at"], later["first_at"]),
        "last_at": max(first["last_at"], later["last_at"]),
    }


def _later_task(first: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    """Two rows of one task, as ``_TASK`` run on one then the other would leave it."""
    out = first | {
        "started_at": max(filter(None, (first["started_at"], later["started_at"])), default=None),
        "stopped_at": max(filter(None, (first["stopped_at"], later["stopped_at"])), default=None),
    }
    if first["machine_id"] == "":
        out |= {k: later[k] for k in ("machine_id", "work_order", "station_id")}
    if first["state_key"] is None or (later["state_key"] is not None and later["state_key"] > first["state_key"]):
        out |= {"state": later["state"], "state_key": later["state_key"]}
    return out


LOT_CREATE = _Statement(_LOT_CREATE, "code")
TASK = _Statement(_TASK, "task_id", _later_task)
TASK_STOP = _Statement(_TASK_STOP, "event_id")
WORK = _Statement(_WORK, "event_id")
LOT_TOUCH = _Statement(_LOT_TOUCH, "code", _add_up)
EDGE = _Statement(_EDGE, "event_id", versioned=True)
PALLET_BUILT = _Statement(_PALLET_BUILT, "sscc")
LOT_PALLETIZE = _Statement(_LOT_PALLETIZE, "sscc", multirow=False)
LOT_UNPALLETIZE = _Statement(_LOT_UNPALLETIZE, "sscc", multirow=False)
PALLET_VOIDED = _Statement(_PALLET_VOIDED, "sscc")
PALLET_SHIPPED = _Statement(_PALLET_SHIPPED, "sscc")
SHIPMENT = _Statement(_SHIPMENT, "shipment_id", _ship)
MARK = _Statement(_MARK, "mark_id", versioned=True)
CLEAR = _Statement(_CLEAR, "mark_id", versioned=True)
#: The order the statement groups run in; any order gives the same tables (see the module docstring). The
#: versioned ones come last: the feed's counter is locked from the first of them to the commit.
_STATEMENTS = (
    LOT_CREATE,
    TASK,
    TASK_STOP,
    WORK,
    LOT_TOUCH,
    PALLET_BUILT,
    LOT_PALLETIZE,
    LOT_UNPALLETIZE,
    PALLET_VOIDED,
    PALLET_SHIPPED,
    SHIPMENT,
    EDGE,
    MARK,
    CLEAR,
)
_ROWS_PER_STATEMENT = 400
"""Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on parameters per statement."""


def _write(conn: Connection, statement: _Statement, rows: list[dict[str, Any]]) -> None:
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
        conn.execute(text(statement.sql), ordered)
        return
    if conn.dialect.name == "postgresql":
        sql, names = _unnest(statement.sql)
        conn.exec_driver_sql(sql, {"rows": json.dumps([{name: row[name] for name in names} for row in ordered])})
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


def parse_payloads(events: Iterable[Event]) -> tuple[dict[str, Payload], dict[str, str]]:
    """Typed payloads by event id, and why the others could not be read (stored, flagged, not projected)."""
    typed: dict[str, Payload] = {}
    invalid: dict[str, str] = {}
    for event in events:
        try:
            if _has_nul(event.payload):
                raise InvalidInput(f"The {event.type} payload contains a NUL character.")
            typed[event.event_id] = parse_payload(event.type, event.schema_version, event.payload)
        except InvalidInput as exc:
            invalid[event.event_id] = exc.message
    return typed, invalid


def _has_nul(value: object) -> bool:
    """NUL anywhere in a payload's keys or strings: kept (escaped) in the event's JSON, never projected, since
    PostgreSQL's text columns cannot hold it. (Walking the few fields of a payload costs less than encoding it.)"""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _touch(code: str, material: str | None, unit: str | None = None, **milli: int) -> dict[str, Any]:
    return {
        "code": code,
        "material": material,
        "unit": unit,
        "no": False,
        "produced": milli.get("produced", 0),
        "consumed": milli.get("consumed", 0),
        "palletized": milli.get("palletized", 0),
    }


def _created(event: Event, code: str, material: str, origin: str, **fields: Any) -> dict[str, Any]:
    row = {
        "code": code,
        "material": material,
        "no": False,
        "origin": origin,
        "station_id": event.station_id,
        "created_event": event.event_id,
        "created_at": event.occurred_at,
        "task_id": None,
        "work_order": None,
        "machine_id": None,
        "made_on": None,
        "expiry": None,
        "supplier": None,
        "supplier_lot": None,
        "gtin": None,
        "unit": None,
        "initial_milli": 0,
    }
    row.update(fields)
    return row


def apply(
    conn: Connection,
    events: Sequence[Event],
    typed: Mapping[str, Payload],
    *,
    received_at: str | Mapping[str, str] | None = None,
    refused: Collection[str] = (),
    refused_earlier: Sequence[Event] = (),
) -> None:
    """Project ``events`` (stored in this transaction, in arrival order); events without a payload are skipped.
    What changed for the stations goes into the change feed at the end (``server/feed.py``).

    ``received_at``: when the server received them (one time for a batch, or per event id; None: now), which
    bounds when a station's lot decision counts (``authority.effective_at``). ``refused``: the lot decisions the
    plant did not take (``authority.judge``); the lot's status is published again so that the deciding station
    hears that it stands as it was. ``refused_earlier``: a stored decision of an earlier batch refused now (its
    signature did not follow it), published the same way."""
    conn.info[_PENDING_STATUS] = set()
    try:
        _apply(conn, events, separated(conn, events, typed), received_at, refused)
        for decision in refused_earlier:
            if isinstance(code := decision.payload.get("lot_code"), str):
                _stand(conn, code)
                _heard(conn, code, decision.event_id)
        feed.save_versions(conn)
    finally:
        conn.info.pop(_PENDING_STATUS, None)
        feed.forget_versions(conn)


def _apply(
    conn: Connection,
    events: Sequence[Event],
    typed: Mapping[str, Payload],
    received_at: str | Mapping[str, str] | None,
    refused: Collection[str],
) -> None:
    rows: dict[_Statement, list[dict[str, Any]]] = {statement: [] for statement in _STATEMENTS}
    decisions: list[tuple[Event, ev.LotHeld | ev.LotReleased]] = []
    for event in events:
        p = typed.get(event.event_id)
        if p is None:
            continue
        base = {"station_id": event.station_id, "event_id": event.event_id, "at": event.occurred_at}
        if isinstance(p, ev.LotConsumed):
            rows[EDGE].append(
                {
                    "event_id": event.event_id,
                    "station_id": event.station_id,
                    "input_lot": p.input_lot,
                    "output_lot": p.output_lot,
                    "task_id": p.task_id,
                    "material": p.material,
                    "qty_milli": to_milli(p.quantity),
                    "unit": p.unit,
                    "operator_id": event.operator_id,
                    "occurred_at": event.occurred_at,
                }
            )
            rows[LOT_TOUCH].append(_touch(p.input_lot, p.material, p.unit, consumed=to_milli(p.quantity)))
            if p.output_lot:
                rows[LOT_TOUCH].append(_touch(p.output_lot, None))
        elif isinstance(p, ev.LotProduced):
            rows[LOT_CREATE].append(
                _created(
                    event,
                    p.lot_code,
                    p.material,
                    "produced",
                    task_id=p.task_id,
                    work_order=p.work_order,
                    machine_id=p.machine_id,
                    made_on=p.produced_on.isoformat(),
                    expiry=p.expiry.isoformat() if p.expiry else None,
                )
            )
            rows[TASK].append(_task(event, p.task_id, p.machine_id, p.work_order))
        elif isinstance(p, ev.LotReceived):
            rows[LOT_CREATE].append(
                _created(
                    event,
                    p.lot_code,
                    p.material,
                    "received",
                    made_on=p.received_on.isoformat(),
                    expiry=p.expiry.isoformat() if p.expiry else None,
                    supplier=p.supplier,
                    supplier_lot=p.supplier_lot,
                    gtin=p.gtin,
                    unit=p.unit,
                    initial_milli=to_milli(p.quantity),
                )
            )
        elif isinstance(p, _TASK_EVENTS):
            _task_event(rows, event, p)
            if isinstance(p, ev.TaskStopped) and p.output_lot and p.good_qty > 0:
                rows[LOT_TOUCH].append(_touch(p.output_lot, None, produced=to_milli(p.good_qty)))
        elif isinstance(p, ev.PalletBuilt):
            qty = to_milli(p.quantity)
            rows[PALLET_BUILT].append(
                base
                | {"sscc": p.sscc, "lot_code": p.lot_code, "material": p.material, "qty_milli": qty, "unit": p.unit}
            )
            rows[LOT_TOUCH].append(_touch(p.lot_code, p.material, p.unit))
            rows[LOT_PALLETIZE].append(
                {"sscc": p.sscc, "lot_code": p.lot_code, "qty_milli": qty, "event_id": event.event_id}
            )
        elif isinstance(p, ev.PalletVoided):
            rows[LOT_UNPALLETIZE].append({"sscc": p.sscc})
            rows[PALLET_VOIDED].append(base | {"sscc": p.sscc, "reason": p.reason})
        elif isinstance(p, ev.PalletShipped):
            shipped = base | {"sscc": p.sscc, "customer_id": p.customer_id, "shipment_id": p.shipment_id}
            rows[PALLET_SHIPPED].append(shipped)
            rows[SHIPMENT].append(shipped | {"pallets": 1, "first_at": event.occurred_at, "last_at": event.occurred_at})
        elif isinstance(p, ev.OperatorSignedOut):
            rows[WORK].append(_work(event, p))
        elif isinstance(p, ev.MachineMarkedDown):
            rows[MARK].append(
                base
                | {
                    "mark_id": p.mark_id,
                    "machine_id": p.machine_id,
                    "reason": p.reason,
                    "note": p.note,
                    "operator_id": event.operator_id,
                }
            )
        elif isinstance(p, ev.MachineCleared):
            rows[CLEAR].extend(
                base | {"mark_id": m, "machine_id": p.machine_id, "operator_id": event.operator_id} for m in p.mark_ids
            )
        elif isinstance(p, ev.LotHeld | ev.LotReleased):
            decisions.append((event, p))
    for statement in _STATEMENTS:
        if rows[statement] and not statement.versioned:
            _write(conn, statement, rows[statement])
    if rows[WORK]:
        link_work(conn, rows[WORK])
    # Quality's decisions at stations: the latest by the server's order wins whatever order they arrive in
    # (record_lot_status). Before the versioned rows: a lot's row is never waited for while the feed's counter is
    # held.
    now = datetime.now(UTC).isoformat(timespec="milliseconds")

    def received(event: Event) -> str:
        return received_at.get(event.event_id, now) if isinstance(received_at, Mapping) else received_at or now

    by_place = {(e.station_id, e.epoch, e.seq): e for e in events}
    for event, decision in decisions:
        if event.event_id in refused:
            _stand(conn, decision.lot_code)
            _heard(conn, decision.lot_code, event.event_id)
            continue
        signature = by_place.get((event.station_id, event.epoch, event.seq + 1))
        if signature is not None and signs(signature, event):
            _decide(conn, event, decision, received(event))
        # else: it waits for its signature, the station's next record (authority.judge)
    for event in events:
        if event.type != SIGNATURE_TYPE or (event.station_id, event.epoch, event.seq - 1) in by_place:
            continue
        for stored, decision, at in _signed_earlier(conn, event):
            if stored.event_id in refused:
                _stand(conn, decision.lot_code)
                _heard(conn, decision.lot_code, stored.event_id)
            else:
                _decide(conn, stored, decision, at)
    for statement in _STATEMENTS:
        if rows[statement] and statement.versioned:
            _write(conn, statement, rows[statement])
    if conn.info.get(_REBUILDING):
        return  # rebuild publishes everything once at its end
    # The change feed stations download (marks, clears and edges are in it already, with their versions): last,
    # so the counter lock is held only from here (or the first versioned row) to the commit.
    feed.publish(
        conn,
        lots={r["code"] for r in rows[LOT_CREATE]} | {r["code"] for r in rows[LOT_TOUCH]},
        statuses=conn.info.get(_PENDING_STATUS, set()),
        pallets={r["sscc"] for statement in (PALLET_BUILT, PALLET_VOIDED, PALLET_SHIPPED) for r in rows[statement]},
        compare=False,
    )


def plant_code(code: str, station_id: str) -> str:
    """The plant's identity of a lot a station made under a code the plant already knew as another lot."""
    return f"{code}@{station_id}"


def collisions_of(
    conn: Connection, stations: Collection[str] | None = None, *, unresolved: bool = False
) -> list[tuple[str, int, int, str]]:
    """The lot codes stations made again (flagged ``lot_code_collision``): (station, epoch, seq, code) of each
    lot-creating record, of ``stations`` (None: all); ``unresolved``: only those nobody has resolved yet
    (``floorstation-server resolve-collision``)."""
    query = (
        select(EventRow.station_id, EventRow.epoch, EventRow.seq, EventRow.payload_json)
        .join(EventFlagRow, EventFlagRow.event_id == EventRow.event_id)
        .where(EventFlagRow.code == LOT_CODE_COLLISION)
    )
    if unresolved:
        query = query.where(EventFlagRow.reviewed_at.is_(None))
    if stations is not None:
        query = query.where(EventRow.station_id.in_(sorted(stations)))
    found = []
    for row in conn.execute(query):
        code = json.loads(row.payload_json).get("lot_code")
        if isinstance(code, str):
            found.append((row.station_id, row.epoch, row.seq, code))
    return found


def separated(conn: Connection, events: Sequence[Event], typed: Mapping[str, Payload]) -> Mapping[str, Payload]:
    """``typed`` with the lot codes a station made again, from the record that made the lot on, under the plant's
    identity of that station's lot (``plant_code``): the station's later records about "its" lot stay on it, and
    the genealogy and recall of the first lot do not take them in. By the station's log order, not by arrival, so
    a rebuild separates the same records."""
    found = collisions_of(conn, {e.station_id for e in events})
    if not found:
        return typed
    made: dict[str, list[tuple[int, int, str]]] = {}
    for station, epoch, seq, code in found:
        made.setdefault(station, []).append((epoch, seq, code))
    out = dict(typed)
    for event in events:
        p = typed.get(event.event_id)
        renamed = {
            code: plant_code(code, event.station_id)
            for epoch, seq, code in made.get(event.station_id, ())
            if (event.epoch, event.seq) >= (epoch, seq)
        }
        if p is not None and renamed:
            out[event.event_id] = _renamed(p, renamed)
    return out


_LOT_FIELDS: dict[type[Payload], tuple[str, ...]] = {
    ev.LotProduced: ("lot_code",),
    ev.LotReceived: ("lot_code",),
    ev.LotConsumed: ("input_lot", "output_lot"),
    ev.TaskStopped: ("output_lot",),
    ev.PalletBuilt: ("lot_code",),
    ev.LotHeld: ("lot_code",),
    ev.LotReleased: ("lot_code",),
    ev.LotHoldOverridden: ("lot_code",),
    ev.RuleOverridden: ("subject",),
}


def _renamed(p: Payload, renamed: Mapping[str, str]) -> Payload:
    update = {
        name: renamed[value]
        for name in _LOT_FIELDS.get(type(p), ())
        if isinstance(value := getattr(p, name), str) and value in renamed
    }
    return p.model_copy(update=update) if update else p


def _decide(conn: Connection, event: Event, decision: ev.LotHeld | ev.LotReleased, received: str) -> None:
    """A station decision the plant takes, now that its signature is stored: it counts at the time it happened
    but never later than the moment the server received the decision (``authority.effective_at``)."""
    status = "hold" if isinstance(decision, ev.LotHeld) else "released"
    at = effective_at(event.occurred_at, received)
    record_lot_status(conn, decision.lot_code, status, decision.reason, event.operator_id, at, event.event_id)
    _heard(conn, decision.lot_code, event.event_id)


def _signed_earlier(conn: Connection, signature: Event) -> list[tuple[Event, ev.LotHeld | ev.LotReleased, str]]:
    """The stored decision ``signature`` signs when it is the first record of its batch (the decision ended the
    batch before): the decision, its payload and when the server received it."""
    row = conn.execute(
        select(EventRow).where(
            EventRow.station_id == signature.station_id,
            EventRow.epoch == signature.epoch,
            EventRow.seq == signature.seq - 1,
            EventRow.type.in_(DECISIONS),
        )
    ).first()
    if row is None:
        return []
    decision = _event(row)
    typed, _invalid = parse_payloads([decision])
    payload = typed.get(decision.event_id)
    if not signs(signature, decision) or not isinstance(payload, ev.LotHeld | ev.LotReleased):
        return []
    return [(decision, payload, row.received_at)]


_PENDING_STATUS = "floorstation.lot_status_pending"
"""Lot codes whose status :func:`record_lot_status` changed during :func:`apply`, published at its end."""
_REBUILDING = "floorstation.rebuilding"
SERVER_SOURCE = "server"
"""``status_source`` of a decision taken with ``floorstation-server lot-status``."""


MASTER_SOURCE = "master"
"""``status_source`` of a status master data gave, sent to the stations when a station's decision on the lot was
refused; its ``status_at`` is empty: older than any dated decision, so it orders nothing."""


def _stand(conn: Connection, code: str) -> None:
    """A station's decision on ``code`` was refused: the lot's status stands, and goes out again so that the
    station hears it (a status only master data gave goes out as the master's)."""
    conn.execute(text(_LOT_ENSURE), {"code": code, "no": False})
    conn.execute(
        update(PlantLotRow)
        .where(PlantLotRow.code == code, PlantLotRow.status_at.is_(None))
        .values(status_at="", status_source=MASTER_SOURCE)
    )
    pending = conn.info.get(_PENDING_STATUS)
    if pending is not None:
        pending.add(code)


def _heard(conn: Connection, code: str, event_id: str) -> None:
    """The server has judged this station decision on ``code``: it goes out with the lot's status (taken, older
    than the status, or refused alike), so the deciding station hears the plant's word on it."""
    found = conn.scalar(select(PlantLotRow.decisions_heard).where(PlantLotRow.code == code).with_for_update())
    heard = json.loads(found) if found else []
    if event_id not in heard:  # kept sorted: the same set whatever order the stations' uploads came in
        heard = sorted([*heard, event_id])
        conn.execute(update(PlantLotRow).where(PlantLotRow.code == code).values(decisions_heard=json.dumps(heard)))
    pending = conn.info.get(_PENDING_STATUS)
    if pending is not None:
        pending.add(code)


def _later(at: str, source: str, than_at: str | None, than_source: str | None) -> bool:
    """Whether decision (at, source) is later than (than_at, than_source): by time (any UTC offsets), ties by
    source id. A decision without a time (master data's status) is older than any decision with one."""
    if than_at is None:
        return True
    mine, theirs = _instant(at), _instant(than_at)
    if mine != theirs:
        return mine > theirs
    return source > (than_source or "")


def _instant(at: str) -> datetime:
    try:
        found = datetime.fromisoformat(at)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def record_lot_status(  # noqa: PLR0917 - the positional signature the event projections call
    conn: Connection, code: str, status: str, reason: str | None, by: str | None, at: str, source: str
) -> bool:
    """A hold / release / recall decision on any lot of the plant (the server's ``lot-status`` command, or a
    station's ``lot.held`` / ``lot.released`` event with ``source`` = its event id), in the caller's transaction.

    The latest decision by ``at`` wins, ties by ``source``; an older one arriving late changes nothing (False).
    A recall stays until a central decision (``source`` = ``server``) lifts it: a station's decision on a recalled
    lot changes nothing (``authority.judge`` flags it before it gets here). The winner goes into the change feed,
    so every station hears it at its next sync. Inside :func:`apply` it is published at the end of the batch with
    the rest."""
    # The lot's row, made if the plant does not know the lot yet, then locked while the two decisions are
    # compared: a decision committed meanwhile by another batch is the one compared with, never overwritten.
    conn.execute(text(_LOT_ENSURE), {"code": code, "no": False})
    current = conn.execute(
        select(PlantLotRow.status, PlantLotRow.status_at, PlantLotRow.status_source)
        .where(PlantLotRow.code == code)
        .with_for_update()
    ).one()
    if current.status == "recalled" and source != SERVER_SOURCE:
        return False
    if not _later(at, source, current.status_at, current.status_source):
        return False
    values = {"status": status, "status_reason": reason, "status_by": by, "status_at": at, "status_source": source}
    conn.execute(update(PlantLotRow).where(PlantLotRow.code == code).values(**values))
    pending = conn.info.get(_PENDING_STATUS)
    if pending is not None:
        pending.add(code)
    elif not conn.info.get(_REBUILDING):
        feed.publish(conn, statuses=[code])
    return True


def _task(event: Event, task_id: str, machine_id: str, work_order: str) -> dict[str, Any]:
    return {
        "task_id": task_id,
        "machine_id": machine_id,
        "work_order": work_order,
        "station_id": event.station_id,
        "started_at": None,
        "stopped_at": None,
        "state": None,
        "state_key": None,
    }


_TASK_EVENTS = (ev.TaskStarted, ev.TaskPaused, ev.TaskResumed, ev.TaskStopped)
_TASK_STATE = {ev.TaskStarted: "running", ev.TaskPaused: "paused", ev.TaskResumed: "running", ev.TaskStopped: "stopped"}


def _task_event(
    rows: dict[_Statement, list[dict[str, Any]]],
    event: Event,
    p: ev.TaskStarted | ev.TaskPaused | ev.TaskResumed | ev.TaskStopped,
) -> None:
    """A start, pause, resume or stop: the task's state by the latest of them (by time, then station log order),
    and a stop into an output lot for the recall's exports."""
    if isinstance(p, ev.TaskStarted):
        row = _task(event, p.task_id, p.machine_id, p.work_order)
    else:
        row = _task(event, p.task_id, "", "")
    at = _instant(event.occurred_at).astimezone(UTC).isoformat(timespec="microseconds")
    row["state"] = _TASK_STATE[type(p)]
    row["state_key"] = f"{at}|{event.station_id}|{event.epoch:010d}|{event.seq:012d}"
    if isinstance(p, ev.TaskStopped):
        row["stopped_at"] = at
        if p.output_lot:
            rows[TASK_STOP].append(
                {
                    "event_id": event.event_id,
                    "task_id": p.task_id,
                    "output_lot": p.output_lot,
                    "good_milli": to_milli(p.good_qty),
                    "occurred_at": event.occurred_at,
                }
            )
    else:
        row["started_at"] = at if not isinstance(p, ev.TaskPaused) else None
    rows[TASK].append(row)
    rows[WORK].append(_work(event, p))


_WORK_KIND = {ev.TaskPaused: "pause", ev.TaskResumed: "resume", ev.TaskStopped: "stop", ev.OperatorSignedOut: "signout"}


def _work(
    event: Event, p: ev.TaskStarted | ev.TaskPaused | ev.TaskResumed | ev.TaskStopped | ev.OperatorSignedOut
) -> dict[str, Any]:
    """The reports' row of a work-registration fact (``PlantWorkRow``)."""
    kind = ("join" if p.joined else "start") if isinstance(p, ev.TaskStarted) else _WORK_KIND[type(p)]
    reason = p.reason if isinstance(p, ev.TaskPaused) else p.scrap_reason if isinstance(p, ev.TaskStopped) else None
    good, scrap = (to_milli(p.good_qty), to_milli(p.scrap_qty)) if isinstance(p, ev.TaskStopped) else (0, 0)
    return {
        "event_id": event.event_id,
        "kind": kind,
        "task_id": None if isinstance(p, ev.OperatorSignedOut) else p.task_id,
        "operator_id": event.operator_id,
        "reason": reason,
        "at_ms": event_ms(event.occurred_at),
        "station_id": event.station_id,
        "epoch": event.epoch,
        "seq": event.seq,
        "good_milli": good,
        "scrap_milli": scrap,
    }


# A task's fact's ``next_ms`` is the time of the task's next fact in (time, station, epoch, seq) order: where its
# segment (run or pause) ends. New facts of a task can only be the next fact of those whose segment reaches
# past the earliest of them, so only those are looked at again.
_LINK_WORK = (
    "UPDATE plant_work_event SET next_ms = (SELECT MIN(n.at_ms) FROM plant_work_event AS n "
    "WHERE n.task_id = plant_work_event.task_id AND n.kind <> 'signout' "
    "AND (n.at_ms, n.station_id, n.epoch, n.seq) > (plant_work_event.at_ms, plant_work_event.station_id, "
    "plant_work_event.epoch, plant_work_event.seq)) "
    "WHERE task_id = :task_id AND kind <> 'signout' AND (next_ms IS NULL OR next_ms >= :first)"
)
_LINK_ALL_WORK = (
    "UPDATE plant_work_event SET next_ms = n.nx FROM (SELECT event_id, LEAD(at_ms) OVER (PARTITION BY task_id "
    "ORDER BY at_ms, station_id, epoch, seq) AS nx FROM plant_work_event WHERE kind <> 'signout') AS n "
    "WHERE n.event_id = plant_work_event.event_id"
)


def link_work(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Set ``next_ms`` of the facts of the tasks ``rows`` (work rows just written) belong to; the result does not
    depend on the order the facts arrived in. Runs after ``TASK``, whose upsert holds each task's row until the
    commit, so two batches of one task never link its facts at once."""
    first: dict[str, int] = {}
    for row in rows:
        if row["task_id"] is not None:
            first[row["task_id"]] = min(row["at_ms"], first.get(row["task_id"], row["at_ms"]))
    if first:
        conn.execute(text(_LINK_WORK), [{"task_id": t, "first": ms} for t, ms in sorted(first.items())])


def event_ms(at: str) -> int:
    """An event's time (ISO 8601 with its UTC offset; without one, UTC) as UTC milliseconds since 1970."""
    found = _instant(at)
    return (found - _EPOCH) // _MS


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def backfill_tasks(conn: Connection, *, chunk: int = 5000) -> int:
    """Fill the tasks' state and stops (migration s0005) from the stored task events, in the caller's
    transaction; returns the number of events read. The other projections are left as they are."""
    kinds = tuple(cls.TYPE for cls in _TASK_EVENTS)
    read = 0
    after = 0
    while True:
        query = select(EventRow).where(EventRow.id > after, EventRow.type.in_(kinds)).order_by(EventRow.id)
        found = conn.execute(query.limit(chunk)).all()
        if not found:
            return read
        events = [_event(r) for r in found]
        typed, _invalid = parse_payloads(events)
        rows: dict[_Statement, list[dict[str, Any]]] = {TASK: [], TASK_STOP: [], WORK: []}
        for event in events:
            p = typed.get(event.event_id)
            if isinstance(p, _TASK_EVENTS):
                _task_event(rows, event, p)
        for statement, statement_rows in rows.items():
            if statement_rows:
                _write(conn, statement, statement_rows)
        read += len(events)
        after = found[-1].id


def backfill_work(conn: Connection, *, chunk: int = 5000) -> int:
    """Fill the reports' work registration (migration s0010) from the stored task events and sign-outs, in the
    caller's transaction; returns the number of events read."""
    kinds = (*(cls.TYPE for cls in _TASK_EVENTS), ev.OperatorSignedOut.TYPE)
    read = 0
    after = 0
    while True:
        query = select(EventRow).where(EventRow.id > after, EventRow.type.in_(kinds)).order_by(EventRow.id)
        found = conn.execute(query.limit(chunk)).all()
        if not found:
            conn.execute(text(_LINK_ALL_WORK))
            return read
        events = [_event(r) for r in found]
        typed, _invalid = parse_payloads(events)
        work = [
            _work(e, p) for e in events if isinstance(p := typed.get(e.event_id), (*_TASK_EVENTS, ev.OperatorSignedOut))
        ]
        if work:
            _write(conn, WORK, work)
        read += len(events)
        after = found[-1].id


def apply_master_lots(conn: Connection, lots: Iterable[Mapping[str, Any]]) -> None:
    """Master data's lots (the catalog's ``lots`` rows): they win over events for the columns they describe."""
    rows = [
        {
            "code": lot["code"],
            "yes": True,
            "material": lot["material"],
            "status": lot.get("status", "released"),
            "made_on": lot.get("made_on"),
            "expiry": lot.get("expiry"),
            "supplier": lot.get("supplier"),
            "supplier_lot": lot.get("supplier_lot"),
            "initial_milli": to_milli(ev.Qty(str(lot.get("quantity", "0")))),
        }
        for lot in lots
    ]
    if rows:
        conn.execute(text(_LOT_MASTER), rows)


def rebuild(conn: Connection, *, chunk: int = 5000) -> int:
    """Empty every plant projection, put master data's lots back, and replay the stored events in arrival order
    (the lot decisions the plant refused stay left out: their ``decision_refused`` flags say which); returns the
    number of events replayed. Runs in the caller's transaction.

    Status decisions taken at the server (``lot-status``: no event holds them) are kept across the rebuild; the
    change feed is brought up to date once at the end (rows whose state did not change keep their version;
    marks, clears and edges written again get back the version they had, so stations do not download them
    again)."""
    decided = conn.execute(
        select(PlantLotRow).where(PlantLotRow.status_source == SERVER_SOURCE, PlantLotRow.status_at.is_not(None))
    ).all()
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_KEPT}")
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {_KEPT} AS "
        + " UNION ALL ".join(
            f"SELECT '{table}' AS kind, {key} AS key, version FROM {table}" for table, key in _VERSIONED
        )
    )
    for table in PLANT_TABLES:
        conn.execute(delete(table))
    replayed = 0
    after = 0
    refused = set(conn.scalars(select(EventFlagRow.event_id).where(EventFlagRow.code == REFUSED)))
    conn.info[_REBUILDING] = True
    try:
        # Master data's lots first: the statuses it gives are what the stations' decisions were weighed against.
        lots = conn.scalars(select(MasterRecordRow.data_json).where(MasterRecordRow.entity == "lots"))
        apply_master_lots(conn, [json.loads(data) for data in lots])
        while True:
            rows = conn.execute(select(EventRow).where(EventRow.id > after).order_by(EventRow.id).limit(chunk)).all()
            if not rows:
                break
            events = [_event(r) for r in rows]
            typed, _invalid = parse_payloads(events)
            received = {r.event_id: r.received_at for r in rows}
            apply(conn, events, typed, received_at=received, refused=refused)
            replayed += len(events)
            after = rows[-1].id
        for d in decided:
            record_lot_status(conn, d.code, d.status, d.status_reason, d.status_by, d.status_at or "", SERVER_SOURCE)
    finally:
        conn.info.pop(_REBUILDING, None)
    for name, key in _VERSIONED:
        conn.exec_driver_sql(
            f"UPDATE {name} SET version = k.version FROM {_KEPT} AS k WHERE k.kind = '{name}' AND k.key = {name}.{key}"
        )
    conn.exec_driver_sql(f"DROP TABLE {_KEPT}")
    feed.publish_all(conn)
    return replayed


_KEPT = "rebuild_kept_version"
_VERSIONED = (
    ("plant_machine_mark", "mark_id"),
    ("plant_machine_mark_clear", "mark_id"),
    ("plant_lot_edge", "event_id"),
)
"""The projections whose rows carry their change-feed version, and their keys."""


_event = event_from_row
