"""The plant's tasks: their machine, state and stops, by the latest of their events whatever order they arrive in.

A stop marked ``finished`` leaves the task ``finished`` (the operation is done); any other stop, ``stopped``."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sqlalchemy import Connection, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event, event_from_row
from floorstation.domain.quantities import to_milli
from floorstation.server.models import EventRow
from floorstation.server.projections.lot_status import instant
from floorstation.server.projections.payloads import parse_payloads
from floorstation.server.projections.statements import Statement, write
from floorstation.server.projections.work import WORK, work_row

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


TASK = Statement(_TASK, "task_id", _later_task)
TASK_STOP = Statement(_TASK_STOP, "event_id")


def task_row(event: Event, task_id: str, machine_id: str, work_order: str) -> dict[str, Any]:
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


TASK_EVENTS = (ev.TaskStarted, ev.TaskPaused, ev.TaskResumed, ev.TaskStopped)
_TASK_STATE = {ev.TaskStarted: "running", ev.TaskPaused: "paused", ev.TaskResumed: "running", ev.TaskStopped: "stopped"}


def task_event(
    rows: dict[Statement, list[dict[str, Any]]],
    event: Event,
    p: ev.TaskStarted | ev.TaskPaused | ev.TaskResumed | ev.TaskStopped,
) -> None:
    """A start, pause, resume or stop: the task's state by the latest of them (by time, then station log order),
    and a stop into an output lot for the recall's exports."""
    if isinstance(p, ev.TaskStarted):
        row = task_row(event, p.task_id, p.machine_id, p.work_order)
    else:
        row = task_row(event, p.task_id, "", "")
    at = instant(event.occurred_at).astimezone(UTC).isoformat(timespec="microseconds")
    row["state"] = "finished" if isinstance(p, ev.TaskStopped) and p.finished else _TASK_STATE[type(p)]
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
    rows[WORK].append(work_row(event, p))


def backfill_tasks(conn: Connection, *, chunk: int = 5000) -> int:
    """Fill the tasks' state and stops (migration s0005) from the stored task events, in the caller's
    transaction; returns the number of events read. The other projections are left as they are."""
    kinds = tuple(cls.TYPE for cls in TASK_EVENTS)
    read = 0
    after = 0
    while True:
        query = select(EventRow).where(EventRow.id > after, EventRow.type.in_(kinds)).order_by(EventRow.id)
        found = conn.execute(query.limit(chunk)).all()
        if not found:
            return read
        events = [event_from_row(r) for r in found]
        typed, _invalid = parse_payloads(events)
        rows: dict[Statement, list[dict[str, Any]]] = {TASK: [], TASK_STOP: [], WORK: []}
        for event in events:
            p = typed.get(event.event_id)
            if isinstance(p, TASK_EVENTS):
                task_event(rows, event, p)
        for statement, statement_rows in rows.items():
            if statement_rows:
                write(conn, statement, statement_rows)
        read += len(events)
        after = found[-1].id
