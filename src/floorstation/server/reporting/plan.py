"""What master data says the reports need: work orders with their operations (machine, ideal cycle time), and the
names of machines, operators and reasons."""

from __future__ import annotations

import functools
import json
import re
import threading
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, func, select

from floorstation.server.models import MasterRecordRow, PlantTaskRow


@dataclass(frozen=True)
class Operation:
    work_order: str
    seq: str
    machine: str
    name: str
    cycle_s: Decimal | None
    """Ideal cycle time per piece, from the operation's ``cycle`` parameter (``18 s``, ``1.5 min``, ``18``)."""


@dataclass(frozen=True)
class Order:
    number: str
    product: str
    planned_milli: int
    due_date: str | None
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Operation number → its master-data row (read into an :class:`Operation` when a report asks for it)."""


@dataclass
class Plan:
    orders: dict[str, Order]
    machines: dict[str, str]
    operators: dict[str, str]
    reasons: dict[tuple[str, str], str]
    conn: Connection | None = None
    """Where the tasks are read from, when a report first asks for one (a report that reads the tasks' work
    orders and machines with its own figures never does)."""
    _tasks: dict[str, tuple[str, str, str]] | None = None
    _operations: dict[tuple[str, str], Operation | None] = field(default_factory=dict)
    """The operations read so far: shared by the reports of the same master data (each reads it the same way)."""

    @property
    def tasks(self) -> dict[str, tuple[str, str, str]]:
        """Task id → (work order, operation, machine), from the tasks' starts, else from the task id."""
        if self._tasks is None:
            self._tasks = (
                {
                    r.task_id: split_task(r.task_id, r.work_order, r.machine_id)
                    for r in self.conn.execute(
                        select(PlantTaskRow.task_id, PlantTaskRow.work_order, PlantTaskRow.machine_id)
                    )
                }
                if self.conn is not None
                else {}
            )
        return self._tasks

    def task(self, task_id: str) -> tuple[str, str, str]:
        return self.tasks.get(task_id) or split_task(task_id, "", "")

    def operation(self, task_id: str) -> Operation | None:
        work_order, seq, _machine = self.task(task_id)
        return self.operation_of(work_order, seq)

    def operation_of(self, work_order: str, seq: str) -> Operation | None:
        key = (work_order, seq)
        if key not in self._operations:
            order = self.orders.get(work_order)
            row = order.operations.get(seq) if order else None
            self._operations[key] = _operation(work_order, row) if row is not None else None
        return self._operations[key]

    def reason(self, kind: str, code: str | None) -> str:
        if not code:
            return ""
        return self.reasons.get((kind, code), code)


_CYCLE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(ms|s|sec|secs|seconds?|min|mins|minutes?|h)?\s*$", re.IGNORECASE)
_UNIT_S = {"ms": Decimal("0.001"), "min": Decimal(60), "h": Decimal(3600)}


@functools.lru_cache(maxsize=1024)
def cycle_seconds(text: str | None) -> Decimal | None:
    """``18 s`` → 18; ``1.5 min`` → 90; None when it is not a duration."""
    if not text:
        return None
    found = _CYCLE.match(text)
    if found is None:
        return None
    try:
        value = Decimal(found.group(1).replace(",", "."))
    except InvalidOperation:
        return None
    unit = (found.group(2) or "s").lower()
    factor = _UNIT_S.get(unit[:3] if unit.startswith("min") else unit, Decimal(1))
    return value * factor if value > 0 else None


def split_task(task_id: str, work_order: str, machine: str) -> tuple[str, str, str]:
    """A task id is its work order and operation: ``304/2023-10`` → (``304/2023``, ``10``)."""
    if work_order and task_id.startswith(work_order + "-"):
        return work_order, task_id[len(work_order) + 1 :], machine
    head, sep, tail = task_id.rpartition("-")
    return (head, tail, machine) if sep else (work_order or task_id, "", machine)


def _operation(work_order: str, row: dict[str, Any]) -> Operation:
    parameters = row.get("parameters") or {}
    cycle = next((v for k, v in parameters.items() if k.lower() in ("cycle", "cycle_time", "cycle_s")), None)
    return Operation(
        work_order,
        str(row["seq"]),
        str(row.get("machine", "")),
        str(row.get("name", "")),
        cycle_seconds(str(cycle)) if cycle is not None else None,
    )


_Master = tuple[dict[str, Order], dict[str, str], dict[str, str], dict[tuple[str, str], str]]
_read: dict[str, tuple[tuple[int, int], _Master, dict[tuple[str, str], Operation | None]]] = {}
"""The master data last read from each database, with the version (highest, count) it was read at, and the
operations the reports have read of it so far."""
_read_lock = threading.Lock()


def load_plan(conn: Connection) -> Plan:
    """Master data as the reports need it (read again only when it changed since the last report) and the
    tasks' work orders and machines (read when first asked for)."""
    where = conn.engine.url.render_as_string(hide_password=True)
    stamp = conn.execute(select(func.max(MasterRecordRow.version), func.count()).select_from(MasterRecordRow)).one()
    version = (int(stamp[0] or 0), int(stamp[1] or 0))
    with _read_lock:
        known = _read.get(where)
    if known is not None and known[0] == version:
        master, operations = known[1], known[2]
    else:
        master, operations = _master(conn), {}
        with _read_lock:
            _read[where] = (version, master, operations)
    return Plan(*master, conn, None, operations)


def _master(conn: Connection) -> _Master:
    orders: dict[str, Order] = {}
    loose: list[dict[str, Any]] = []
    machines: dict[str, str] = {}
    operators: dict[str, str] = {}
    reasons: dict[tuple[str, str], str] = {}
    entities = ("work_orders", "operations", "machines", "operators", "reasons")
    query = select(MasterRecordRow.entity, MasterRecordRow.data_json).where(MasterRecordRow.entity.in_(entities))
    for entity, data_json in conn.execute(query):
        data = json.loads(data_json)
        if entity == "work_orders":
            planned = int((Decimal(str(data.get("planned_qty", "0"))) * 1000).to_integral_value())
            order = Order(data["number"], data.get("product", ""), planned, data.get("due_date"))
            for op in data.get("operations", []):
                order.operations[str(op["seq"])] = op
            orders[order.number] = order
        elif entity == "operations":
            loose.append(data)
        elif entity == "machines":
            machines[data["id"]] = data.get("name", data["id"])
        elif entity == "operators":
            operators[data["id"]] = data.get("name", data["id"])
        else:
            reasons[(data["kind"], data["code"])] = data.get("label", data["code"])
    for data in loose:
        if (found := orders.get(data["work_order"])) is not None:
            found.operations[str(data["seq"])] = data
    return orders, machines, operators, reasons
