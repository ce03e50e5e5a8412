"""Loading master data into the station database: all of a file or nothing."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from floorstation.domain.catalog import Catalog, OperationIn, parse_file
from floorstation.domain.errors import InvalidInput
from floorstation.domain.pin_hashing import hash_pin
from floorstation.domain.quantities import to_milli
from floorstation.store.models import (
    BomLineRow,
    CustomerRow,
    LotRow,
    MachineRow,
    MaterialRow,
    OperatorRow,
    ReasonRow,
    TaskRow,
    WorkOrderRow,
)

_FIX = "Fix the file and import it again; nothing was imported."


def read_catalog(path: Path) -> Catalog:
    """The file's master data, or an :class:`InvalidInput` in one line that names the file and the place in it
    (:func:`floorstation.domain.catalog.parse_file`)."""
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist.", "Give the path of a .json or .csv master-data file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read: {exc.strerror}.", "Check the file and its permissions.") from None
    return parse_file(data, path.name)


def task_id(work_order: str, seq: int) -> str:
    """Tasks are named after their work order and operation number, e.g. ``304/2023-10``."""
    return f"{work_order}-{seq}"


def _upsert(conn: Connection, table: type, key: list[str], rows: Sequence[Mapping[str, object]]) -> None:
    if not rows:
        return
    stmt = insert(table)
    columns = [c for c in rows[0] if c not in key]
    conn.execute(
        stmt.on_conflict_do_update(index_elements=key, set_={c: stmt.excluded[c] for c in columns})
        if columns
        else stmt.on_conflict_do_nothing(),
        rows,
    )


def _known(conn: Connection, column: object, extra: set[str]) -> set[str]:
    return set(conn.scalars(select(column))) | extra  # type: ignore[call-overload]


def _check_unique(what: str, keys: list[str]) -> None:
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    if dupes:
        raise InvalidInput(f"{what} {dupes[0]!r} appears twice in the file.", f"Keep one row per {what}.")


def import_catalog(engine: Engine | Connection, catalog: Catalog) -> dict[str, int]:
    """Insert or update every row of the catalog in one transaction; returns counts per list.

    Given a connection (downloaded master data, applied with its cursor), it runs in that connection's
    transaction and leaves the commit to the caller.
    """
    with engine.connect() if isinstance(engine, Engine) else nullcontext(engine) as conn:
        _check_unique("material", [m.code for m in catalog.materials])
        _check_unique("machine", [m.id for m in catalog.machines])
        _check_unique("operator", [o.id for o in catalog.operators])
        _check_unique("badge", [o.badge for o in catalog.operators])
        _check_unique("lot", [lot.code for lot in catalog.lots])
        materials = _known(conn, MaterialRow.code, {m.code for m in catalog.materials})
        machines = _known(conn, MachineRow.id, {m.id for m in catalog.machines})
        work_orders = _known(conn, WorkOrderRow.number, {w.number for w in catalog.work_orders})

        def need(kind: str, value: str, pool: set[str], where: str) -> None:
            if value not in pool:
                raise InvalidInput(
                    f"{where} refers to {kind} {value!r}, which is not in master data.",
                    f"Import the {kind} first, or add it to the same file.",
                )

        _upsert(conn, MaterialRow, ["code"], [m.model_dump() for m in catalog.materials])
        _upsert(conn, MachineRow, ["id"], [m.model_dump() for m in catalog.machines])
        operators = []
        for person in catalog.operators:
            pin_hash = person.pin_hash or (hash_pin(person.pin) if person.pin else None)
            operators.append(
                {
                    "id": person.id,
                    "name": person.name,
                    "badge": person.badge,
                    "roles": " ".join(person.roles),
                    "pin_hash": pin_hash,
                    "active": person.active,
                }
            )
        _upsert(conn, OperatorRow, ["id"], operators)
        reasons = [
            r.model_dump() | {"rules": " ".join(r.rules), "roles": " ".join(role.value for role in r.roles)}
            for r in catalog.reasons
        ]
        _upsert(conn, ReasonRow, ["kind", "code"], reasons)
        _upsert(conn, CustomerRow, ["id"], [c.model_dump() for c in catalog.customers])
        wo_rows = []
        for wo in catalog.work_orders:
            need("material", wo.product, materials, f"Work order {wo.number}")
            wo_rows.append(
                {
                    "number": wo.number,
                    "product": wo.product,
                    "planned_milli": to_milli(wo.planned_qty),
                    "due_date": wo.due_date.isoformat() if wo.due_date else None,
                    "priority": wo.priority,
                    "status": wo.status.value if wo.status else None,
                }
            )
        _upsert(conn, WorkOrderRow, ["number"], wo_rows)
        operations: list[tuple[str, OperationIn]] = [
            (wo.number, op) for wo in catalog.work_orders for op in wo.operations
        ]
        operations += [(op.work_order, op) for op in catalog.operations]
        for number, op in operations:
            where = f"Operation {task_id(number, op.seq)}"
            need("work order", number, work_orders, where)
            need("machine", op.machine, machines, where)
            tid = task_id(number, op.seq)
            _upsert(
                conn,
                TaskRow,
                ["id"],
                [
                    {
                        "id": tid,
                        "work_order": number,
                        "seq": op.seq,
                        "machine_id": op.machine,
                        "name": op.name,
                        "parameters_json": json.dumps(op.parameters, sort_keys=True),
                    }
                ],
            )
            conn.execute(delete(BomLineRow).where(BomLineRow.task_id == tid))
            for material in op.bom:
                need("material", material, materials, where)
            _upsert(
                conn,
                BomLineRow,
                ["task_id", "material"],
                [
                    {"task_id": tid, "material": m, "qty_per_unit": format(q.normalize(), "f")}
                    for m, q in op.bom.items()
                ],
            )
        event_lots = set(conn.scalars(select(LotRow.code).where(LotRow.origin == "event")))
        lot_rows = []
        for lot in catalog.lots:
            need("material", lot.material, materials, f"Lot {lot.code}")
            if lot.code in event_lots:
                raise InvalidInput(
                    f"Lot {lot.code} was created at this station; master data cannot replace it.",
                    "Remove it from the file (its status is changed by a hold or release instead).",
                )
            lot_rows.append(
                {
                    "code": lot.code,
                    "material": lot.material,
                    "origin": "master",
                    "initial_milli": to_milli(lot.quantity),
                    "status": lot.status.value,
                    "expiry": lot.expiry.isoformat() if lot.expiry else None,
                    "made_on": lot.made_on.isoformat() if lot.made_on else None,
                    "supplier": lot.supplier,
                    "supplier_lot": lot.supplier_lot,
                }
            )
        _upsert(conn, LotRow, ["code"], lot_rows)
        if isinstance(engine, Engine):
            conn.commit()
    return {name: len(getattr(catalog, name)) for name in Catalog.model_fields if getattr(catalog, name)}
