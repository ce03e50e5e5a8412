"""The live floor: every machine and every station as the server knows them now.

A machine's status comes from the stored marks (an open mark: down, whatever runs) and its tasks' state
(``plant_task``: running, paused); the crew of an open task from the work registration (who started or joined it
since its latest stop and has not signed out at its station since); output is the good quantity reported into
the work order's lots against the planned quantity in master data. A station is online when it called in within
``ONLINE``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Row, bindparam, func, select, text

from floorstation.domain.quantities import fmt, from_milli
from floorstation.server.models import (
    MasterRecordRow,
    PlantLotRow,
    PlantMarkClearRow,
    PlantMarkRow,
    PlantTaskRow,
    StationRow,
    StationTokenRow,
)

ONLINE = timedelta(seconds=60)
"""A station that called in this recently is online (it syncs every 10 s by default)."""


@dataclass(frozen=True, slots=True)
class TaskNow:
    task_id: str
    work_order: str
    state: str
    since: str | None
    station_id: str
    crew: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MarkNow:
    reason: str
    note: str
    since: str
    by: str | None
    labels: dict[str, str] = field(default_factory=dict)
    """The reason's label per language (``en`` too), from master data."""


@dataclass
class MachineNow:
    machine_id: str
    name: str
    status: str = "idle"
    """``down`` (an open mark), ``running``, ``paused`` or ``idle``."""
    since: str | None = None
    tasks: list[TaskNow] = field(default_factory=list)
    marks: list[MarkNow] = field(default_factory=list)
    output: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(work order, good so far, planned) of its open tasks' work orders."""


@dataclass(frozen=True, slots=True)
class StationNow:
    station_id: str
    enrolled: bool
    online: bool
    last_contact_at: str | None
    pending_count: int | None
    app_version: str | None
    clock_offset_ms: int | None


@dataclass(frozen=True, slots=True)
class Floor:
    machines: list[MachineNow]
    stations: list[StationNow]
    at: str


def _master(conn: Connection, entity: str) -> dict[str, dict[str, object]]:
    rows = conn.execute(select(MasterRecordRow.key, MasterRecordRow.data_json).where(MasterRecordRow.entity == entity))
    return {key: json.loads(data) for key, data in rows}


# Who works on each open task, from the work registration (``plant_work_event``, indexed by task and by
# operator): the operators who started or joined it since its latest stop, less those who signed out at its
# station after their latest start or join there. However long ago they joined, and whatever else the station
# recorded since.
_CREW_SQL = """
WITH open_task AS (SELECT task_id, station_id FROM plant_task WHERE task_id IN :tasks),
last_stop AS (
    SELECT e.task_id, MAX(e.at_ms) AS at_ms FROM plant_work_event e
    WHERE e.task_id IN :tasks AND e.kind = 'stop' GROUP BY e.task_id
),
joined AS (
    SELECT e.task_id, e.operator_id, MIN(e.at_ms) AS first_ms, MAX(e.at_ms) AS last_ms
    FROM plant_work_event e LEFT JOIN last_stop s ON s.task_id = e.task_id
    WHERE e.task_id IN :tasks AND e.kind IN ('start', 'join') AND e.operator_id IS NOT NULL
      AND (s.at_ms IS NULL OR e.at_ms > s.at_ms)
    GROUP BY e.task_id, e.operator_id
)
SELECT j.task_id, j.operator_id FROM joined j JOIN open_task t ON t.task_id = j.task_id
WHERE NOT EXISTS (
    SELECT 1 FROM plant_work_event o
    WHERE o.operator_id = j.operator_id AND o.kind = 'signout' AND o.station_id = t.station_id AND o.at_ms > j.last_ms
)
ORDER BY j.task_id, j.first_ms, j.operator_id
"""


def _crews(conn: Connection, open_tasks: list[Row[Any]]) -> dict[str, tuple[str, ...]]:
    """Who works on each open task (in the order they came), set-based in one statement (:data:`_CREW_SQL`)."""
    tasks = sorted({t.task_id for t in open_tasks})
    if not tasks:
        return {}
    crews: dict[str, list[str]] = defaultdict(list)
    statement = text(_CREW_SQL).bindparams(bindparam("tasks", expanding=True))
    for task_id, operator in conn.execute(statement, {"tasks": tasks}):
        crews[task_id].append(operator)
    return {task: tuple(crew) for task, crew in crews.items()}


def read_floor(engine: Engine, now: datetime | None = None) -> Floor:
    moment = now or datetime.now(UTC)
    with engine.connect() as conn:
        machines_master = _master(conn, "machines")
        operators = {k: str(v.get("name") or k) for k, v in _master(conn, "operators").items()}
        orders = _master(conn, "work_orders")
        reasons = _master(conn, "reasons")
        machines: dict[str, MachineNow] = {
            key: MachineNow(key, str(data.get("name") or key)) for key, data in sorted(machines_master.items())
        }

        def machine(machine_id: str) -> MachineNow:
            if machine_id not in machines:
                machines[machine_id] = MachineNow(machine_id, machine_id)
            return machines[machine_id]

        cleared = select(PlantMarkClearRow.mark_id)
        for mark in conn.execute(
            select(PlantMarkRow).where(PlantMarkRow.mark_id.not_in(cleared)).order_by(PlantMarkRow.raised_at)
        ):
            m = machine(mark.machine_id)
            reason = reasons.get(f"out_of_order\x1f{mark.reason}", {})
            labels = {"en": str(reason.get("label") or mark.reason), **dict(reason.get("label_i18n") or {})}  # type: ignore[call-overload]
            m.marks.append(MarkNow(mark.reason, mark.note, mark.raised_at, operators.get(mark.raised_by or ""), labels))
        open_tasks = list(
            conn.execute(
                select(PlantTaskRow)
                .where(PlantTaskRow.state.in_(("running", "paused")), PlantTaskRow.machine_id != "")
                .order_by(PlantTaskRow.started_at)
            )
        )
        crews = _crews(conn, open_tasks)
        work_orders = sorted({t.work_order for t in open_tasks})
        good: dict[str | None, int] = {
            order: int(total or 0)
            for order, total in conn.execute(
                select(PlantLotRow.work_order, func.sum(PlantLotRow.produced_milli))
                .where(PlantLotRow.work_order.in_(work_orders))
                .group_by(PlantLotRow.work_order)
            )
        }
        for task in open_tasks:
            m = machine(task.machine_id)
            crew = tuple(operators.get(p, p) for p in crews.get(task.task_id, ()))
            # Since when it is in this state: the time of the event that made it so (the state key's first part).
            since = (task.state_key or "").split("|")[0] or task.started_at
            m.tasks.append(TaskNow(task.task_id, task.work_order, task.state or "", since, task.station_id, crew))
            planned = orders.get(task.work_order, {}).get("planned_qty")
            done = fmt(from_milli(int(good.get(task.work_order) or 0)))
            entry = (task.work_order, done, fmt(Decimal(str(planned))) if planned is not None else None)
            if entry not in m.output:
                m.output.append(entry)
        for m in machines.values():
            _decide_status(m)
        stations = _stations(conn, moment)
    return Floor(list(machines.values()), stations, moment.isoformat(timespec="seconds"))


def _decide_status(m: MachineNow) -> None:
    if m.marks:
        m.status, m.since = "down", m.marks[0].since
    elif any(t.state == "running" for t in m.tasks):
        m.status = "running"
        m.since = min((t.since for t in m.tasks if t.state == "running" and t.since), default=None)
    elif m.tasks:
        m.status = "paused"
        m.since = min((t.since for t in m.tasks if t.since), default=None)


def _stations(conn: Connection, moment: datetime) -> list[StationNow]:
    live = set(conn.scalars(select(StationTokenRow.station_id).where(StationTokenRow.revoked_at.is_(None))))
    out = []
    for row in conn.execute(select(StationRow).order_by(StationRow.id)):
        contact = datetime.fromisoformat(row.last_contact_at) if row.last_contact_at else None
        out.append(
            StationNow(
                station_id=row.id,
                enrolled=row.id in live,
                online=contact is not None and moment - contact <= ONLINE,
                last_contact_at=row.last_contact_at,
                pending_count=row.pending_count,
                app_version=row.app_version,
                clock_offset_ms=row.clock_offset_ms,
            )
        )
    return out
