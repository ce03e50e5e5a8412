"""The reports' work registration (``plant_work_event``): every start, join, pause, resume and stop of a task and
every sign-out, with the time of the task's next fact, so a segment (run or pause) is one row's span; and every
interim count (kind ``count``), which ends no segment."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

from sqlalchemy import Connection, select, text

from floorstation.domain import events as ev
from floorstation.domain.events import Event, event_from_row
from floorstation.domain.quantities import to_milli
from floorstation.server.models import EventRow
from floorstation.server.projections.lot_status import instant
from floorstation.server.projections.payloads import parse_payloads
from floorstation.server.projections.statements import Statement, write

_WORK = (
    "INSERT INTO plant_work_event (event_id, kind, task_id, operator_id, reason, at_ms, station_id, epoch, seq, "
    "good_milli, scrap_milli, rework_milli, next_ms) VALUES (:event_id, :kind, :task_id, :operator_id, :reason, "
    ":at_ms, :station_id, :epoch, :seq, :good_milli, :scrap_milli, :rework_milli, :next_ms) "
    "ON CONFLICT (event_id) DO NOTHING"
)
WORK = Statement(_WORK, "event_id")

_TASK_EVENTS = (ev.TaskStarted, ev.TaskPaused, ev.TaskResumed, ev.TaskStopped)

_WORK_KIND = {ev.TaskPaused: "pause", ev.TaskResumed: "resume", ev.TaskStopped: "stop", ev.OperatorSignedOut: "signout"}


def work_row(
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
        "rework_milli": 0,
        "next_ms": None,
    }


def count_rows(event: Event, p: ev.TaskCounted) -> list[dict[str, Any]]:
    """The reports' rows of an interim count: one per scrap reason (the first with the good and rework too), or
    one without a reason when nothing was scrapped."""
    base = {
        "kind": "count",
        "task_id": p.task_id,
        "operator_id": event.operator_id,
        "at_ms": event_ms(event.occurred_at),
        "station_id": event.station_id,
        "epoch": event.epoch,
        "seq": event.seq,
    }
    parts: list[tuple[str | None, int]] = [(s.reason, to_milli(s.qty)) for s in p.scrap] or [(None, 0)]
    return [
        base
        | {
            "event_id": event.event_id if i == 0 else f"{event.event_id}/{i}",
            "reason": reason,
            "good_milli": to_milli(p.good_qty) if i == 0 else 0,
            "scrap_milli": scrap,
            "rework_milli": to_milli(p.rework_qty) if i == 0 else 0,
            "next_ms": None,
        }
        for i, (reason, scrap) in enumerate(parts)
    ]


_NOT_SEGMENTS = ("signout", "count")


def link_within(rows: Sequence[dict[str, Any]]) -> None:
    """Give each of a batch's task facts the ``next_ms`` the batch itself says (the time of the task's next fact
    among ``rows``) before they are written, so that ``link_work`` rewrites only the facts whose next fact is
    elsewhere (another batch, another station): a fact written and then updated in one transaction costs the
    database two row versions and their index entries."""
    by_task: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["task_id"] is not None and row["kind"] not in _NOT_SEGMENTS:
            by_task.setdefault(row["task_id"], []).append(row)
    for facts in by_task.values():
        facts.sort(key=lambda r: (r["at_ms"], r["station_id"], r["epoch"], r["seq"]))
        for fact, following in pairwise(facts):
            fact["next_ms"] = following["at_ms"]


# A task's fact's ``next_ms`` is the time of the task's next fact in (time, station, epoch, seq) order: where its
# segment (run or pause) ends. New facts of a task can only be the next fact of those whose segment reaches
# past the earliest of them, so only those are looked at again.
_NEXT = (
    "(SELECT MIN(n.at_ms) FROM plant_work_event AS n "
    "WHERE n.task_id = plant_work_event.task_id AND n.kind NOT IN ('signout', 'count') "
    "AND (n.at_ms, n.station_id, n.epoch, n.seq) > (plant_work_event.at_ms, plant_work_event.station_id, "
    "plant_work_event.epoch, plant_work_event.seq))"
)
"""A fact's next fact's time; only facts whose ``next_ms`` differs from it are written (``link_within``)."""
_LINK_WORK = (
    f"UPDATE plant_work_event SET next_ms = {_NEXT} "
    "WHERE task_id = :task_id AND kind NOT IN ('signout', 'count') AND (next_ms IS NULL OR next_ms >= :first) "
    f"AND next_ms IS NOT {_NEXT}"
)
_LINK_WORK_SET = (
    f"UPDATE plant_work_event SET next_ms = {_NEXT} "
    f"WHERE next_ms IS DISTINCT FROM {_NEXT} AND event_id = ANY(ARRAY(SELECT w.event_id "
    "FROM json_to_recordset(%(rows)s::json) AS f(task_id TEXT, first BIGINT) "
    "CROSS JOIN LATERAL (SELECT w.event_id FROM plant_work_event AS w WHERE w.task_id = f.task_id "
    "AND w.kind NOT IN ('signout', 'count') AND (w.next_ms IS NULL OR w.next_ms >= f.first) OFFSET 0) AS w))"
)
"""``_LINK_WORK`` for all the batch's tasks at once (PostgreSQL: the tasks travel as one JSON text). The facts to
link are found task by task in the task's index (the lateral subquery) and updated by their keys: joined to the
JSON rows directly, the planner guessed 100 tasks and read the whole table, every batch, a cost that grew with the
plant's history."""
_LINK_ALL_WORK = (
    "UPDATE plant_work_event SET next_ms = n.nx FROM (SELECT event_id, LEAD(at_ms) OVER (PARTITION BY task_id "
    "ORDER BY at_ms, station_id, epoch, seq) AS nx FROM plant_work_event WHERE kind NOT IN ('signout', 'count')) "
    "AS n "
    "WHERE n.event_id = plant_work_event.event_id"
)


def link_work(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Set ``next_ms`` of the facts of the tasks ``rows`` (work rows just written) belong to; the result does not
    depend on the order the facts arrived in. Runs after ``TASK``, whose upsert holds each task's row until the
    commit, so two batches of one task never link its facts at once."""
    mark_changed(conn, rows)
    first: dict[str, int] = {}
    for row in rows:
        if row["task_id"] is not None:
            first[row["task_id"]] = min(row["at_ms"], first.get(row["task_id"], row["at_ms"]))
    if not first:
        return
    if conn.dialect.name == "postgresql":  # one statement for the batch's tasks
        rows = [{"task_id": t, "first": ms} for t, ms in sorted(first.items())]
        conn.exec_driver_sql(_LINK_WORK_SET, {"rows": json.dumps(rows)})
        return
    conn.execute(text(_LINK_WORK), [{"task_id": t, "first": ms} for t, ms in sorted(first.items())])


_DIRTY = "INSERT INTO plant_report_dirty (task_id, operator_id, at_ms) VALUES (:task_id, :operator_id, :at_ms)"


def mark_changed(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Note for the reports' shift figures (``reporting.cells``) which tasks got new facts, and which people
    signed out: a row per task (with its earliest new fact's time) and per sign-out."""
    tasks: dict[str, int] = {}
    signouts: set[tuple[str, int]] = set()
    for row in rows:
        if row["task_id"] is not None:
            tasks[row["task_id"]] = min(row["at_ms"], tasks.get(row["task_id"], row["at_ms"]))
        elif row["operator_id"] is not None:
            signouts.add((row["operator_id"], row["at_ms"]))  # each: it may end a different task's time
    changed = [{"task_id": t, "operator_id": None, "at_ms": ms} for t, ms in sorted(tasks.items())]
    changed += [{"task_id": None, "operator_id": o, "at_ms": ms} for o, ms in sorted(signouts)]
    if changed:
        conn.execute(text(_DIRTY), changed)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def event_ms(at: str) -> int:
    """An event's time (ISO 8601 with its UTC offset; without one, UTC) as UTC milliseconds since 1970."""
    return (instant(at) - _EPOCH) // _MS


def backfill_work(conn: Connection, *, chunk: int = 5000) -> int:
    """Fill the reports' work registration (migration s0011) from the stored task events and sign-outs, in the
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
        events = [event_from_row(r) for r in found]
        typed, _invalid = parse_payloads(events)
        work = [
            work_row(e, p)
            for e in events
            if isinstance(p := typed.get(e.event_id), (*_TASK_EVENTS, ev.OperatorSignedOut))
        ]
        if work:
            write(conn, WORK, work)
        read += len(events)
        after = found[-1].id
