"""Production confirmations: what each task stop reports, in the shape an ERP books without knowing our events.

A confirmation is made for every ``task.stopped``: the work-order operation (task ``304/2023-10`` is operation
10 of work order 304/2023), good and scrap quantities, the lots consumed into the task and the lot made since
the task's previous stop at that station, when the work started and ended, who worked and on which machine, and
the signed record it comes from (station, epoch, seq, event id, hash).

Confirmations are made from each station's log in its order (``confirmation_source`` holds how far), so what a
confirmation says depends only on that station's records before its stop, which never change: made again, it
would be the same. Each gets the next number of the ``confirmation`` counter row, taken under its lock, so the
numbers become visible in the order they were handed out: a reader's ``since`` never skips a confirmation
committed late, and a station uploading late gets numbers after everything already given out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from floorstation.domain import events as ev
from floorstation.domain.events import Event, event_from_row
from floorstation.domain.quantities import fmt
from floorstation.server.models import (
    ChangeCounterRow,
    ConfirmationOpenRow,
    ConfirmationRow,
    ConfirmationSourceRow,
    EventRow,
    MasterRecordRow,
    PlantTaskRow,
    StationCursorRow,
)
from floorstation.server.projections.payloads import parse_payloads

COUNTER = "confirmation"
TYPE = "confirmation"
"""The webhook event type of confirmations (``webhook add --events confirmation``)."""
_SOURCES = (
    ev.TaskStarted.TYPE,
    ev.TaskPaused.TYPE,
    ev.TaskResumed.TYPE,
    ev.TaskStopped.TYPE,
    ev.TaskCounted.TYPE,
    ev.LotConsumed.TYPE,
    ev.LotProduced.TYPE,
)


@dataclass(frozen=True)
class Page:
    confirmations: list[dict[str, Any]]
    next_cursor: int
    more: bool


def make_pending(engine: Engine, *, chunk: int = 2000) -> int:
    """Make the confirmations of every stored stop not yet confirmed; returns how many were made."""
    made = 0
    with engine.connect() as conn:
        if not _due(conn):  # nothing new: no lock taken (on SQLite a write lock would hold up ingest)
            return 0
    while True:
        with engine.begin() as conn:
            n, more = _make_some(conn, chunk)
        made += n
        if not more:
            return made


def read_page(engine: Engine, since: int, limit: int) -> Page:
    """Confirmations numbered after ``since``, oldest first, at most ``limit``; made first if any are due."""
    make_pending(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            select(ConfirmationRow.id, ConfirmationRow.body)
            .where(ConfirmationRow.id > since)
            .order_by(ConfirmationRow.id)
            .limit(limit + 1)
        ).all()
    shown = rows[:limit]
    return Page(
        confirmations=[json.loads(r.body) for r in shown],
        next_cursor=shown[-1].id if shown else since,
        more=len(rows) > limit,
    )


def bodies(conn: Connection, after: int, limit: int) -> list[tuple[int, str]]:
    """Numbers and JSON of the confirmations after ``after``, oldest first (the webhooks' outbox takes these)."""
    query = select(ConfirmationRow.id, ConfirmationRow.body).where(ConfirmationRow.id > after)
    return [(r.id, r.body) for r in conn.execute(query.order_by(ConfirmationRow.id).limit(limit))]


def last_number(conn: Connection) -> int:
    return int(conn.scalar(select(ChangeCounterRow.value).where(ChangeCounterRow.name == COUNTER)) or 0)


def _due(conn: Connection) -> bool:
    done = {(r.station_id, r.epoch): r.seq for r in conn.execute(select(ConfirmationSourceRow))}
    return any(
        acked > done.get((station_id, epoch), 0)
        for station_id, epoch, acked in conn.execute(
            select(StationCursorRow.station_id, StationCursorRow.epoch, StationCursorRow.acked_seq)
        )
    )


def _make_some(conn: Connection, chunk: int) -> tuple[int, bool]:
    """One transaction: lock the counter, read up to ``chunk`` new records of the stations, make what their stops
    confirm. Returns how many were made and whether records are left."""
    number = int(
        conn.scalar(select(ChangeCounterRow.value).where(ChangeCounterRow.name == COUNTER).with_for_update()) or 0
    )
    done = {(r.station_id, r.epoch): r.seq for r in conn.execute(select(ConfirmationSourceRow))}
    acked = conn.execute(
        select(StationCursorRow.station_id, StationCursorRow.epoch, StationCursorRow.acked_seq).order_by(
            StationCursorRow.station_id, StationCursorRow.epoch
        )
    ).all()
    budget = chunk
    made = 0
    more = False
    for station_id, epoch, acked_seq in acked:
        after = done.get((station_id, epoch), 0)
        if acked_seq <= after:
            continue
        if budget <= 0:
            more = True
            break
        rows = conn.execute(
            select(EventRow)
            .where(
                EventRow.station_id == station_id,
                EventRow.epoch == epoch,
                EventRow.seq > after,
                EventRow.seq <= acked_seq,
                EventRow.type.in_(_SOURCES),
            )
            .order_by(EventRow.seq)
            .limit(budget)
        ).all()
        budget -= len(rows)
        reached = acked_seq
        if budget == 0 and rows[-1].seq < acked_seq:  # the chunk is full: the rest in the next transaction
            reached = rows[-1].seq
            more = True
        events = [event_from_row(r) for r in rows]
        for body in _gather(conn, station_id, events):
            number += 1
            conn.execute(
                insert(ConfirmationRow).values(
                    id=number,
                    event_id=body["confirmation_id"],
                    station_id=station_id,
                    task_id=body["task_id"],
                    body=json.dumps(body | {"number": number}, sort_keys=True, ensure_ascii=False),
                    created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
                )
            )
            made += 1
        if (station_id, epoch) in done:
            conn.execute(
                update(ConfirmationSourceRow)
                .where(ConfirmationSourceRow.station_id == station_id, ConfirmationSourceRow.epoch == epoch)
                .values(seq=reached)
            )
        else:
            conn.execute(insert(ConfirmationSourceRow).values(station_id=station_id, epoch=epoch, seq=reached))
    if made:
        conn.execute(update(ChangeCounterRow).where(ChangeCounterRow.name == COUNTER).values(value=number))
    return made, more


def _gather(conn: Connection, station_id: str, events: list[Event]) -> Iterator[dict[str, Any]]:
    """Walk one station's records in order: gather per task, and yield a confirmation at each stop."""
    typed, _invalid = parse_payloads(events)
    open_tasks: dict[str, dict[str, Any]] = {}
    touched: set[str] = set()

    def gathered(task_id: str) -> dict[str, Any]:
        if task_id not in open_tasks:
            stored = conn.scalar(
                select(ConfirmationOpenRow.gathered).where(
                    ConfirmationOpenRow.station_id == station_id, ConfirmationOpenRow.task_id == task_id
                )
            )
            open_tasks[task_id] = json.loads(stored) if stored else _empty()
        touched.add(task_id)
        return open_tasks[task_id]

    for event in events:
        p = typed.get(event.event_id)
        if p is None or not hasattr(p, "task_id"):
            continue  # a record that cannot be read is flagged at ingest; it confirms nothing
        g = gathered(p.task_id)
        if event.operator_id and event.operator_id not in g["operators"]:
            g["operators"].append(event.operator_id)
        if isinstance(p, ev.TaskStarted | ev.TaskResumed):
            g["started_at"] = g["started_at"] or event.occurred_at
        if isinstance(p, ev.TaskStarted | ev.LotProduced):
            g["work_order"] = g["work_order"] or p.work_order
            g["machine_id"] = g["machine_id"] or p.machine_id
        if isinstance(p, ev.LotProduced):
            g["output_lots"].append(p.lot_code)
        elif isinstance(p, ev.LotConsumed):
            g["consumed"].append(
                {
                    "lot": p.input_lot,
                    "material": p.material,
                    "quantity": event.payload["quantity"],
                    "unit": p.unit,
                    "into_lot": p.output_lot,
                    "event_id": event.event_id,
                }
            )
        elif isinstance(p, ev.TaskCounted):
            # An interim count: what was made since the previous count; the stop reports only what was not
            # counted yet, so the confirmation adds the counts up to it.
            counted = g.setdefault("counted", {"good": "0", "rework": "0", "scrap": {}})
            counted["good"] = fmt(Decimal(counted["good"]) + p.good_qty)
            counted["rework"] = fmt(Decimal(counted["rework"]) + p.rework_qty)
            for s in p.scrap:
                counted["scrap"][s.reason] = fmt(Decimal(counted["scrap"].get(s.reason, "0")) + s.qty)
        elif isinstance(p, ev.TaskStopped):
            yield _confirmation(conn, event, p, g)
            open_tasks[p.task_id] = _empty()
    for task_id in touched:
        key = {"station_id": station_id, "task_id": task_id}
        conn.execute(delete(ConfirmationOpenRow).filter_by(**key))
        if open_tasks[task_id] != _empty():
            conn.execute(insert(ConfirmationOpenRow).values(**key, gathered=json.dumps(open_tasks[task_id])))


def _empty() -> dict[str, Any]:
    return {
        "started_at": None,
        "work_order": None,
        "machine_id": None,
        "operators": [],
        "consumed": [],
        "output_lots": [],
    }


def _scrap_by_reason(p: ev.TaskStopped, counted: dict[str, str]) -> list[dict[str, str | None]]:
    """The scrap of the stop and of the counts before it, per reason (a stop's scrap without a reason: ``None``)."""
    total = {reason: Decimal(q) for reason, q in counted.items()}
    if p.scrap_qty:
        total[p.scrap_reason or ""] = total.get(p.scrap_reason or "", Decimal(0)) + p.scrap_qty
    return [{"reason": reason or None, "qty": fmt(q)} for reason, q in sorted(total.items()) if q]


def _confirmation(conn: Connection, event: Event, p: ev.TaskStopped, g: dict[str, Any]) -> dict[str, Any]:
    counted = g.get("counted") or {"good": "0", "rework": "0", "scrap": {}}
    work_order, machine_id = g["work_order"], g["machine_id"]
    if work_order is None or machine_id is None:  # started before what this station's log shows, or elsewhere
        task = conn.execute(
            select(PlantTaskRow.work_order, PlantTaskRow.machine_id).where(PlantTaskRow.task_id == p.task_id)
        ).first()
        if task is not None:
            work_order = work_order or task.work_order or None
            machine_id = machine_id or task.machine_id or None
    operation = None
    if work_order and p.task_id.startswith(f"{work_order}-"):
        operation = p.task_id[len(work_order) + 1 :]
    product, unit, last_seq = _order(conn, work_order)
    output_lot = p.output_lot or (g["output_lots"][-1] if g["output_lots"] else None)
    return {
        "type": TYPE,
        "confirmation_id": event.event_id,
        "task_id": p.task_id,
        "work_order": work_order,
        "operation": operation,
        "last_operation": None if last_seq is None or operation is None else operation == last_seq,
        "product": product,
        "unit": unit,
        "machine_id": machine_id,
        "station_id": event.station_id,
        "started_at": g["started_at"],
        "ended_at": event.occurred_at,
        "good_qty": fmt(p.good_qty + Decimal(counted["good"])),
        "scrap_qty": fmt(p.scrap_qty + sum((Decimal(q) for q in counted["scrap"].values()), Decimal(0))),
        "scrap_reason": p.scrap_reason,
        "scrap_by_reason": _scrap_by_reason(p, counted["scrap"]),
        "rework_qty": counted["rework"],
        "finished": p.finished,
        "output_lot": output_lot,
        "consumed": g["consumed"],
        "operators": g["operators"],
        "source": {
            "station_id": event.station_id,
            "epoch": event.epoch,
            "seq": event.seq,
            "event_id": event.event_id,
            "hash": event.hash,
        },
    }


def _order(conn: Connection, work_order: str | None) -> tuple[str | None, str | None, str | None]:
    """The work order's product, the product's unit and the order's last operation (its highest seq), from master
    data (None where the server does not know them)."""
    if not work_order:
        return None, None, None
    found = conn.scalar(
        select(MasterRecordRow.data_json).where(
            MasterRecordRow.entity == "work_orders", MasterRecordRow.key == work_order
        )
    )
    order = json.loads(found) if found else {}
    seqs = [int(op["seq"]) for op in order.get("operations", []) if str(op.get("seq", "")).isdigit()]
    for data in conn.scalars(
        select(MasterRecordRow.data_json).where(
            MasterRecordRow.entity == "operations", MasterRecordRow.key.startswith(work_order + "\x1f")
        )
    ):
        seq = json.loads(data).get("seq")
        if str(seq).isdigit():
            seqs.append(int(seq))
    last_seq = str(max(seqs)) if seqs else None
    product = order.get("product")
    if not product:
        return None, None, last_seq
    material = conn.scalar(
        select(MasterRecordRow.data_json).where(MasterRecordRow.entity == "materials", MasterRecordRow.key == product)
    )
    return product, (json.loads(material).get("unit") if material else None), last_seq
