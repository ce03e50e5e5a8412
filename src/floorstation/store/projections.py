"""Projections: the current state derived from events, updated in the event's own transaction.

``apply`` is the only code that writes projection tables, both when an event is recorded and when the whole
log is replayed by ``rebuild`` — so a rebuild cannot drift from what the station showed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from floorstation.domain import events as ev
from floorstation.domain.events import Event, Payload, event_from_row
from floorstation.domain.quantities import to_milli
from floorstation.store.models import (
    EventRow,
    HandoverNoteRow,
    LotEdgeRow,
    LotRow,
    LotStockRow,
    MachineMarkRow,
    MarkClearRow,
    PalletElsewhereRow,
    PalletRow,
    SignedInRow,
    TaskCrewRow,
    TaskRow,
    TaskStateRow,
)

Handler = Callable[[Connection, Event, Any], None]
_HANDLERS: dict[str, Handler] = {}


def _on(cls: type[Payload]) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[cls.TYPE] = fn
        return fn

    return register


Statement = tuple[str, tuple[Any, ...]]
PlainProjection = Callable[[Event, Any], Statement]
_PLAIN: dict[str, PlainProjection] = {}
"""Event types whose whole projection is one plain statement that only inserts what is not there yet: a unit of work
may hold these back and hand a run of them to SQLite in one ``executemany`` (:func:`plain_projection`)."""


def _plain(cls: type[Payload]) -> Callable[[PlainProjection], PlainProjection]:
    def register(fn: PlainProjection) -> PlainProjection:
        _PLAIN[cls.TYPE] = fn

        def handler(conn: Connection, event: Event, payload: Any) -> None:
            _driver(conn, *fn(event, payload))

        _HANDLERS[cls.TYPE] = handler
        return fn

    return register


def apply(conn: Connection, event: Event, payload: Payload) -> None:
    handler = _HANDLERS.get(event.type)
    if handler is not None:
        handler(conn, event, payload)


def plain_projection(event_type: str) -> PlainProjection | None:
    """For an event type whose whole projection is one ``INSERT OR IGNORE`` (a sign-in, a machine marked down):
    what gives that statement and its parameters for an event; None: :func:`apply` the events. Running the
    statement is the same as applying the event, as long as it runs before anything reads or writes the tables
    it touches."""
    return _PLAIN.get(event_type)


# The statements run for nearly every event are plain SQL handed straight to the driver: building and
# compiling even a cached SQLAlchemy statement costs more than the rest of recording an event.
# Only for lots this station knows (lot_stock refers to lot): a lot made at another station and known here only
# from the plant feed (plant_lot) has its balance computed from the plant's figure by store/reads.py.
_STOCK_ADD = (
    "INSERT INTO lot_stock (lot_code, produced_milli, consumed_milli, palletized_milli) "
    "SELECT :lot, :produced, :consumed, :palletized WHERE EXISTS (SELECT 1 FROM lot WHERE code = :lot) "
    "ON CONFLICT (lot_code) DO UPDATE SET produced_milli = produced_milli + excluded.produced_milli, "
    "consumed_milli = consumed_milli + excluded.consumed_milli, "
    "palletized_milli = palletized_milli + excluded.palletized_milli"
)
_TASK_STATE_ENSURE = (
    "INSERT OR IGNORE INTO task_state (task_id, status, good_milli, scrap_milli) VALUES (:task, 'idle', 0, 0)"
)
_SIGNED_IN = "INSERT OR IGNORE INTO signed_in (operator_id, since, method) VALUES (?, ?, ?)"
_CREW_JOIN = "INSERT OR IGNORE INTO task_crew (task_id, operator_id, since) VALUES (:task_id, :operator_id, :since)"
_MARK = (
    "INSERT OR IGNORE INTO machine_mark (mark_id, machine_id, reason, note, raised_by, raised_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_CLEAR = (
    "INSERT OR IGNORE INTO machine_mark_clear (mark_id, cleared_by, cleared_at, event_id) "
    "VALUES (:mark_id, :cleared_by, :cleared_at, :event_id)"
)


def _driver(conn: Connection, sql: str, params: dict[str, Any] | tuple[Any, ...] | list[dict[str, Any]]) -> None:
    """Run one of the statements above (for each of ``params`` when it is a list) on the SQLite connection
    itself, in the unit of work's transaction: SQLAlchemy's execution context around even a plain SQL string
    costs more than SQLite takes to run it."""
    driver: Any = conn.connection.driver_connection
    if isinstance(params, list):
        driver.executemany(sql, params)
    else:
        driver.execute(sql, params)


def _stock_add(conn: Connection, lot_code: str, *, produced: int = 0, consumed: int = 0, palletized: int = 0) -> None:
    _driver(conn, _STOCK_ADD, {"lot": lot_code, "produced": produced, "consumed": consumed, "palletized": palletized})


def _task_state(conn: Connection, task_id: str, **values: Any) -> None:
    """Set the given columns of a task's state, creating it (idle) if this is the first event about it."""
    _driver(conn, _TASK_STATE_ENSURE, {"task": task_id})
    conn.execute(update(TaskStateRow).where(TaskStateRow.task_id == task_id).values(**values))


@_plain(ev.OperatorSignedIn)
def _signed_in(event: Event, p: ev.OperatorSignedIn) -> Statement:
    assert event.operator_id is not None
    return _SIGNED_IN, (event.operator_id, event.occurred_at, p.method)


@_on(ev.OperatorSignedOut)
def _signed_out(conn: Connection, event: Event, _p: ev.OperatorSignedOut) -> None:
    conn.execute(delete(SignedInRow).where(SignedInRow.operator_id == event.operator_id))
    conn.execute(delete(TaskCrewRow).where(TaskCrewRow.operator_id == event.operator_id))


@_on(ev.TaskStarted)
def _started(conn: Connection, event: Event, p: ev.TaskStarted) -> None:
    if p.joined:
        _task_state(conn, p.task_id, status="running")
    else:
        _task_state(conn, p.task_id, status="running", started_at=event.occurred_at, pause_reason=None)
    _driver(
        conn,
        _CREW_JOIN,
        {"task_id": p.task_id, "operator_id": event.operator_id, "since": event.occurred_at},
    )


@_on(ev.TaskPaused)
def _paused(conn: Connection, _event: Event, p: ev.TaskPaused) -> None:
    _task_state(conn, p.task_id, status="paused", pause_reason=p.reason)


@_on(ev.TaskResumed)
def _resumed(conn: Connection, _event: Event, p: ev.TaskResumed) -> None:
    _task_state(conn, p.task_id, status="running", pause_reason=None)


@_on(ev.TaskStopped)
def _stopped(conn: Connection, _event: Event, p: ev.TaskStopped) -> None:
    _driver(conn, _TASK_STATE_ENSURE, {"task": p.task_id})
    conn.execute(
        update(TaskStateRow)
        .where(TaskStateRow.task_id == p.task_id)
        .values(
            status="finished" if p.finished else "idle",
            pause_reason=None,
            started_at=None,
            good_milli=TaskStateRow.good_milli + to_milli(p.good_qty),
            scrap_milli=TaskStateRow.scrap_milli + to_milli(p.scrap_qty),
        )
    )
    conn.execute(delete(TaskCrewRow).where(TaskCrewRow.task_id == p.task_id))
    if p.output_lot and p.good_qty > 0:
        _stock_add(conn, p.output_lot, produced=to_milli(p.good_qty))


@_on(ev.TaskCounted)
def _counted(conn: Connection, _event: Event, p: ev.TaskCounted) -> None:
    _driver(conn, _TASK_STATE_ENSURE, {"task": p.task_id})
    conn.execute(
        update(TaskStateRow)
        .where(TaskStateRow.task_id == p.task_id)
        .values(
            good_milli=TaskStateRow.good_milli + to_milli(p.good_qty),
            scrap_milli=TaskStateRow.scrap_milli + to_milli(p.scrap_qty),
            rework_milli=TaskStateRow.rework_milli + to_milli(p.rework_qty),
        )
    )
    if p.output_lot and p.good_qty > 0:
        _stock_add(conn, p.output_lot, produced=to_milli(p.good_qty))


@_on(ev.HandoverNoted)
def _handover_noted(conn: Connection, event: Event, p: ev.HandoverNoted) -> None:
    conn.execute(
        insert(HandoverNoteRow).values(
            event_id=event.event_id,
            machine_id=p.machine_id,
            task_id=p.task_id,
            note=p.note,
            written_by=event.operator_id,
            written_at=event.occurred_at,
        )
    )


@_on(ev.HandoverAcknowledged)
def _handover_acknowledged(conn: Connection, event: Event, p: ev.HandoverAcknowledged) -> None:
    conn.execute(
        update(HandoverNoteRow)
        .where(HandoverNoteRow.event_id == p.note_event_id, HandoverNoteRow.acknowledged_at.is_(None))
        .values(acknowledged_by=event.operator_id, acknowledged_at=event.occurred_at)
    )


@_on(ev.LotProduced)
def _produced(conn: Connection, event: Event, p: ev.LotProduced) -> None:
    conn.execute(
        insert(LotRow).values(
            code=p.lot_code,
            material=p.material,
            origin="event",
            initial_milli=0,
            status="released",
            expiry=p.expiry.isoformat() if p.expiry else None,
            made_on=p.produced_on.isoformat(),
            task_id=p.task_id,
            created_event=event.event_id,
        )
    )
    _task_state(conn, p.task_id, output_lot=p.lot_code)


@_on(ev.LotReceived)
def _received(conn: Connection, event: Event, p: ev.LotReceived) -> None:
    conn.execute(
        insert(LotRow).values(
            code=p.lot_code,
            material=p.material,
            origin="event",
            initial_milli=to_milli(p.quantity),
            status="released",
            expiry=p.expiry.isoformat() if p.expiry else None,
            made_on=p.received_on.isoformat(),
            supplier=p.supplier,
            supplier_lot=p.supplier_lot,
            created_event=event.event_id,
        )
    )


@_on(ev.LotConsumed)
def _consumed(conn: Connection, event: Event, p: ev.LotConsumed) -> None:
    machine_id = conn.scalar(select(TaskRow.machine_id).where(TaskRow.id == p.task_id))
    conn.execute(
        insert(LotEdgeRow).values(
            input_lot=p.input_lot,
            output_lot=p.output_lot,
            task_id=p.task_id,
            machine_id=machine_id,
            operator_id=event.operator_id,
            qty_milli=to_milli(p.quantity),
            occurred_at=event.occurred_at,
            event_id=event.event_id,
        )
    )
    _stock_add(conn, p.input_lot, consumed=to_milli(p.quantity))


@_on(ev.PalletBuilt)
def _pallet_built(conn: Connection, event: Event, p: ev.PalletBuilt) -> None:
    conn.execute(
        insert(PalletRow).values(
            sscc=p.sscc,
            lot_code=p.lot_code,
            material=p.material,
            qty_milli=to_milli(p.quantity),
            unit=p.unit,
            status="built",
            built_at=event.occurred_at,
        )
    )
    _stock_add(conn, p.lot_code, palletized=to_milli(p.quantity))


@_on(ev.PalletShipped)
def _pallet_shipped(conn: Connection, event: Event, p: ev.PalletShipped) -> None:
    done = conn.execute(
        update(PalletRow)
        .where(PalletRow.sscc == p.sscc)
        .values(
            status="shipped",
            customer_id=p.customer_id,
            shipment_id=p.shipment_id,
            shipped_at=event.occurred_at,
        )
    )
    if not done.rowcount:  # built at another station (known from plant_pallet)
        _elsewhere(conn, p.sscc, "shipped", event.occurred_at, customer_id=p.customer_id, shipment_id=p.shipment_id)


def _elsewhere(conn: Connection, sscc: str, status: str, at: str, **values: str | None) -> None:
    conn.execute(insert(PalletElsewhereRow).prefix_with("OR IGNORE").values(sscc=sscc, status=status, at=at, **values))


@_on(ev.PalletVoided)
def _pallet_voided(conn: Connection, event: Event, p: ev.PalletVoided) -> None:
    pallet = conn.execute(select(PalletRow.lot_code, PalletRow.qty_milli).where(PalletRow.sscc == p.sscc)).first()
    if pallet is None:
        _elsewhere(conn, p.sscc, "voided", event.occurred_at, reason=p.reason)
        return
    conn.execute(update(PalletRow).where(PalletRow.sscc == p.sscc).values(status="voided"))
    _stock_add(conn, pallet.lot_code, palletized=-pallet.qty_milli)


@_plain(ev.MachineMarkedDown)
def _marked_down(event: Event, p: ev.MachineMarkedDown) -> Statement:
    return _MARK, (p.mark_id, p.machine_id, p.reason, p.note, event.operator_id, event.occurred_at)


@_on(ev.MachineCleared)
def _cleared(conn: Connection, event: Event, p: ev.MachineCleared) -> None:
    _driver(
        conn,
        _CLEAR,
        [
            {"mark_id": m, "cleared_by": event.operator_id, "cleared_at": event.occurred_at, "event_id": event.event_id}
            for m in p.mark_ids
        ],
    )


def _lot_decided(conn: Connection, event: Event, code: str, status: str, reason: str) -> None:
    """Quality's decision on a lot, with who took it, when and why (the refusal of a held lot says them)."""
    conn.execute(
        update(LotRow)
        .where(LotRow.code == code)
        .values(
            status=status,
            status_reason=reason,
            status_at=event.occurred_at,
            status_by=event.operator_id,
            status_event=event.event_id,
        )
    )


@_on(ev.LotHeld)
def _held(conn: Connection, event: Event, p: ev.LotHeld) -> None:
    _lot_decided(conn, event, p.lot_code, "hold", p.reason)


@_on(ev.LotReleased)
def _released(conn: Connection, event: Event, p: ev.LotReleased) -> None:
    _lot_decided(conn, event, p.lot_code, "released", p.reason)


row_to_event = event_from_row


def rebuild(conn: Connection) -> int:
    """Throw every projection away and replay the whole log through :func:`apply`; returns events replayed."""
    for table in (
        LotStockRow,
        LotEdgeRow,
        SignedInRow,
        TaskCrewRow,
        TaskStateRow,
        HandoverNoteRow,
        MarkClearRow,
        MachineMarkRow,
        PalletRow,
    ):
        conn.execute(delete(table))
    conn.execute(delete(LotRow).where(LotRow.origin == "event"))
    count = 0
    rows = conn.execute(select(EventRow).order_by(EventRow.epoch, EventRow.seq))
    for row in rows.all():
        event = row_to_event(row)
        apply(conn, event, event.typed_payload())
        count += 1
    return count
