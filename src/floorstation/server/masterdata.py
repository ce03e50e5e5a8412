"""Master data on the server: the shared catalog format (``floorstation.domain.catalog``), one file at a time.

Each row is kept as JSON in the catalog's own shape under (list name, key), so the station's importer can read
what the server sends down. Clear PINs are hashed on import and never stored; the key stations' PIN verifiers are
made from (``server/pins.py``) is computed then too, so a download never waits for it. A whole file is imported in one
transaction, and every change takes the next value of one plant-wide version counter: the change feed that
stations download (``GET /v1/changes``). Lots also go into the plant projection (``plant_lot``) in the same
transaction.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from floorstation.domain.catalog import Catalog, parse_file
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.domain.master import LotStatus, Role, WorkOrderStatus
from floorstation.domain.pin_hashing import hash_pin, pin_key
from floorstation.server.authority import instant
from floorstation.server.feed import Sequencer, counters
from floorstation.server.models import MasterRecordRow, PlantLotRow
from floorstation.server.pins import ARGON2ID, PIN_KEY, encode_key
from floorstation.server.projections import SERVER_SOURCE, apply_master_lots, record_lot_status

KEYS: dict[str, tuple[str, ...]] = {
    "materials": ("code",),
    "machines": ("id",),
    "operators": ("id",),
    "work_orders": ("number",),
    "operations": ("work_order", "seq"),
    "lots": ("code",),
    "reasons": ("kind", "code"),
    "customers": ("id",),
}


def read_catalog(path: Path) -> Catalog:
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist.", "Give the path of a .json or .csv master-data file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read: {exc.strerror}.", "Check the file and its permissions.") from None
    return parse_file(data, path.name)


def _key(entity: str, row: dict[str, Any]) -> str:
    return "\x1f".join(str(row[k]) for k in KEYS[entity])


ENV_SIGNER_PIN_MIN = "FLOORSTATION_SIGNER_PIN_MIN_LENGTH"
"""Plant option: the fewest digits a signer's PIN may have (4 when unset; 8 or more is advised)."""
SIGNER_ROLES = frozenset({Role.QUALITY, Role.SHIFT_LEAD, Role.MAINTENANCE})
"""The roles whose PINs sign critical records (holds, releases, overrides, machines back in service)."""


def signer_pin_minimum() -> int:
    text = os.environ.get(ENV_SIGNER_PIN_MIN, "").strip()
    if not text:
        return 4
    if not text.isdigit() or not 4 <= int(text) <= 12:
        raise InvalidInput(f"{ENV_SIGNER_PIN_MIN}={text!r} is not a PIN length.", "Set it to a number from 4 to 12.")
    return int(text)


def _operator_row(row: dict[str, Any], signer_min: int) -> dict[str, Any]:
    pin = row.pop("pin", None)
    if pin is not None:
        if len(pin) < signer_min and SIGNER_ROLES & set(row["roles"]):
            raise InvalidInput(
                f"Operator {row['id']}: a PIN that signs records must have at least {signer_min} digits.",
                f"Give {row['name']} a PIN of {signer_min} to 12 digits ({ENV_SIGNER_PIN_MIN} is {signer_min}).",
            )
        row["pin_hash"] = hash_pin(pin)
    pin_hash = row.get("pin_hash")
    if pin_hash:
        if not pin_hash.startswith(ARGON2ID):
            raise InvalidInput(
                f"Operator {row['id']}: pin_hash is not an Argon2id hash.",
                "Give the PIN in 'pin' (it is hashed on import and never stored), or an Argon2id hash.",
            )
        row[PIN_KEY] = encode_key(pin_key(pin_hash))
    return row


def _rows(catalog: Catalog) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    signer_min = signer_pin_minimum()
    for entity in KEYS:
        for item in getattr(catalog, entity):
            row = item.model_dump(mode="json", exclude_none=True)
            if entity == "operators":
                row = _operator_row(row, signer_min)
            out.append((entity, row))
    return out


def _known(conn: Connection, entity: str, incoming: list[tuple[str, dict[str, Any]]]) -> set[str]:
    stored = set(conn.scalars(select(MasterRecordRow.key).where(MasterRecordRow.entity == entity)))
    return stored | {_key(e, r) for e, r in incoming if e == entity}


def _check_references(conn: Connection, rows: list[tuple[str, dict[str, Any]]]) -> None:
    keys = Counter((e, _key(e, r)) for e, r in rows)
    for (entity, key), n in keys.items():
        if n > 1:
            shown = " / ".join(key.split("\x1f"))
            raise InvalidInput(
                f"{entity}: {shown!r} appears twice in the file.", f"Keep one row per {' and '.join(KEYS[entity])}."
            )
    materials = _known(conn, "materials", rows)
    machines = _known(conn, "machines", rows)
    work_orders = _known(conn, "work_orders", rows)

    def need(kind: str, value: str, pool: set[str], where: str) -> None:
        if value not in pool:
            raise InvalidInput(
                f"{where} refers to {kind} {value!r}, which is not in master data.",
                f"Import the {kind} first, or add it to the same file.",
            )

    for entity, row in rows:
        if entity == "lots":
            need("material", row["material"], materials, f"Lot {row['code']}")
        elif entity == "work_orders":
            need("material", row["product"], materials, f"Work order {row['number']}")
            for op in row.get("operations", []):
                need("machine", op["machine"], machines, f"Work order {row['number']}")
                for material in op.get("bom", {}):
                    need("material", material, materials, f"Work order {row['number']}")
        elif entity == "operations":
            where = f"Operation {row['work_order']}-{row['seq']}"
            need("work order", row["work_order"], work_orders, where)
            need("machine", row["machine"], machines, where)


def _store(conn: Connection, sequencer: Sequencer, entity: str, row: dict[str, Any], now: str) -> bool:
    key = _key(entity, row)
    data = json.dumps(row, sort_keys=True, ensure_ascii=False)
    stored = conn.execute(
        select(MasterRecordRow.data_json).where(MasterRecordRow.entity == entity, MasterRecordRow.key == key)
    ).first()
    if stored is not None and stored.data_json == data:
        return False
    values = {"data_json": data, "version": sequencer.next(), "updated_at": now}
    if stored is None:
        conn.execute(insert(MasterRecordRow).values(entity=entity, key=key, **values))
    else:
        conn.execute(
            update(MasterRecordRow).where(MasterRecordRow.entity == entity, MasterRecordRow.key == key).values(**values)
        )
    return True


KEPT: dict[str, tuple[str, ...]] = {
    "work_orders": ("status", "priority", "operations"),
    "operators": ("pin_hash", PIN_KEY),
}
"""Fields that a row leaving them out keeps from the server's copy: a work order sent again (by the ERP, in a
``work_orders.csv`` without its operations) stays closed, on hold, at the priority it was given and with its
operations; an operator sent without a PIN keeps theirs."""


def _stored(conn: Connection, entity: str, key: str) -> dict[str, Any] | None:
    data = conn.scalar(
        select(MasterRecordRow.data_json).where(MasterRecordRow.entity == entity, MasterRecordRow.key == key)
    )
    return json.loads(data) if data is not None else None


def _keep(conn: Connection, entity: str, row: dict[str, Any]) -> dict[str, Any]:
    kept = [name for name in KEPT.get(entity, ()) if row.get(name) in (None, [])]
    if kept:
        stored = _stored(conn, entity, _key(entity, row)) or {}
        row.update({name: stored[name] for name in kept if stored.get(name) is not None})
    return row


def import_catalog(engine: Engine, catalog: Catalog) -> dict[str, int]:
    """Insert or replace every row of the catalog in one transaction; returns counts per list."""
    rows = _rows(catalog)
    with engine.begin() as conn:
        _check_references(conn, rows)
        import_rows(conn, rows)
    return {name: len(getattr(catalog, name)) for name in KEYS if getattr(catalog, name)}


def import_rows(conn: Connection, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """Stores rows (as :func:`row_of` makes them, references checked) in the caller's transaction.

    The plant projection is written before the change counter is locked (as a batch of events does), so an
    import and the batches of the stations take their locks in one order."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    rows = [(entity, _keep(conn, entity, row)) for entity, row in rows]
    changed = [(entity, row) for entity, row in rows if _differs(conn, entity, row)]
    lots = [row for entity, row in changed if entity == "lots"]
    before = _master_statuses(conn, [row["code"] for row in lots])
    apply_master_lots(conn, lots)
    for lot in lots:
        # A status that master data changes is a central decision, in the server's order like lot-status (a
        # new lot's status is where its decisions start from).
        status = lot.get("status", "released")
        if lot["code"] in before and before[lot["code"]] != status:
            _decide_centrally(conn, lot["code"], status, "master data import", None, now)
    sequencer = Sequencer(conn)
    for entity, row in changed:
        _store(conn, sequencer, entity, row, now)
    sequencer.save()


def row_of(entity: str, item: Any) -> dict[str, Any]:
    """One record as the server stores it (a PIN hashed: slow, so outside any transaction); an
    :class:`InvalidInput` when a plant rule refuses it (a signer's PIN too short)."""
    return _rows(Catalog.model_validate({entity: [item]}))[0][1]


def check_references(conn: Connection, entity: str, row: dict[str, Any]) -> None:
    """An :class:`InvalidInput` when the row names master data the server does not have."""
    _check_references(conn, [(entity, row)])


@dataclass(frozen=True, slots=True)
class Upserted:
    """What :func:`upsert` did with one record: ``created`` (it was new), ``changed`` (false: the same record was
    sent again, nothing happened), and the change-feed version the stored record has."""

    key: str
    created: bool
    changed: bool
    version: int


class UnknownReferences(InvalidInput):
    """A record naming master data the server does not have; ``fields`` says where (``operations.0.machine``)."""

    def __init__(self, fields: list[tuple[str, str]]) -> None:
        super().__init__(fields[0][1], "Send the missing master data first, then this record again.")
        self.fields = fields


def missing_references(conn: Connection, entity: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    """Where ``row`` names a material or machine the server does not have: (field path, what is missing)."""
    if entity != "work_orders":
        return []
    materials = _known(conn, "materials", [])
    machines = _known(conn, "machines", [])
    missing: list[tuple[str, str]] = []
    if row["product"] not in materials:
        missing.append(("product", f"material {row['product']!r} is not in master data"))
    for i, op in enumerate(row.get("operations", [])):
        if op["machine"] not in machines:
            missing.append((f"operations.{i}.machine", f"machine {op['machine']!r} is not in master data"))
        for material in op.get("bom", {}):
            if material not in materials:
                missing.append((f"operations.{i}.bom.{material}", f"material {material!r} is not in master data"))
    return missing


def upsert(engine: Engine, entity: str, item: Any) -> Upserted:
    """Create or replace one record of ``entity`` (a catalog list: ``work_orders``, ``materials`` ...) in one
    transaction, as an import of a file holding only it would; sending the same record again changes nothing.
    Raises :class:`UnknownReferences` when it names master data the server does not have."""
    [(_, row)] = _rows(Catalog.model_validate({entity: [item]}))
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    key = _key(entity, row)
    with engine.begin() as conn:
        missing = missing_references(conn, entity, row)
        if missing:
            raise UnknownReferences(missing)
        sequencer = Sequencer(conn)  # locks the counter first: two requests for one new record take turns
        row = _keep(conn, entity, row)
        created = _stored(conn, entity, key) is None
        changed = _store(conn, sequencer, entity, row, now)
        sequencer.save()
        version = conn.scalar(
            select(MasterRecordRow.version).where(MasterRecordRow.entity == entity, MasterRecordRow.key == key)
        )
    return Upserted(key, created, changed, int(version or 0))


_UNSET: Any = object()


def set_work_order(engine: Engine, number: str, *, status: Any = _UNSET, priority: Any = _UNSET) -> Upserted:
    """Set a work order's status (``WorkOrderStatus``) and/or priority (an int, or None for none); what is not
    given stays. The change goes down to every station like any master data."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        sequencer = Sequencer(conn)  # locks the counter first: a concurrent change of the order waits its turn
        row = _stored(conn, "work_orders", number)
        if row is None:
            raise NotFound(
                f"There is no work order {number!r} on this server.", "Create it first (POST /v1/work-orders)."
            )
        if status is not _UNSET:
            row["status"] = WorkOrderStatus(status).value
        if priority is not _UNSET:
            row.pop("priority", None)
            if priority is not None:
                row["priority"] = int(priority)
        changed = _store(conn, sequencer, "work_orders", row, now)
        sequencer.save()
        version = conn.scalar(
            select(MasterRecordRow.version).where(
                MasterRecordRow.entity == "work_orders", MasterRecordRow.key == number
            )
        )
    return Upserted(number, False, changed, int(version or 0))


def _master_statuses(conn: Connection, codes: list[str]) -> dict[str, str]:
    if not codes:
        return {}
    rows = conn.execute(
        select(MasterRecordRow.key, MasterRecordRow.data_json).where(
            MasterRecordRow.entity == "lots", MasterRecordRow.key.in_(sorted(codes))
        )
    )
    return {r.key: str(json.loads(r.data_json).get("status", "released")) for r in rows}


def _differs(conn: Connection, entity: str, row: dict[str, Any]) -> bool:
    stored = conn.scalar(
        select(MasterRecordRow.data_json).where(
            MasterRecordRow.entity == entity, MasterRecordRow.key == _key(entity, row)
        )
    )
    return stored != json.dumps(row, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class StatusChange:
    """What ``set_lot_status`` did to a lot: its status before and after (equal: nothing changed)."""

    code: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def set_lot_status(
    engine: Engine, code: str, status: LotStatus, *, reason: str | None = None, by: str | None = None
) -> StatusChange:
    """Put any lot the plant knows on hold, release or recall it: a central decision at the server's time, later
    than every decision the server holds, so it stands whatever a station's clock said; the decision goes down to
    every station. Only this lifts a recall."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        master = conn.scalar(
            select(MasterRecordRow.data_json).where(MasterRecordRow.entity == "lots", MasterRecordRow.key == code)
        )
        plant = conn.execute(select(PlantLotRow.status).where(PlantLotRow.code == code).with_for_update()).first()
        if master is None and plant is None:
            raise NotFound(
                f"Lot {code!r} is not known to the plant: not in the server's master data, and no station has "
                "made, received or used it.",
                "Check the lot code; a lot a station made offline is known once that station has synced.",
            )
        before = plant.status if plant is not None else json.loads(master or "{}").get("status", "released")
        if before == status.value:
            return StatusChange(code, before, before)
        _decide_centrally(conn, code, status.value, reason, by, now)
        if master is not None:
            # Master data says the same, for the server's own checks of what stations consumed (rules.py).
            row = json.loads(master)
            row["status"] = status.value
            sequencer = Sequencer(conn)
            _store(conn, sequencer, "lots", row, now)
            sequencer.save()
        after = conn.scalar(select(PlantLotRow.status).where(PlantLotRow.code == code))
    return StatusChange(code, before, str(after))


def _decide_centrally(  # noqa: PLR0917 - record_lot_status's arguments, all needed
    conn: Connection, code: str, status: str, reason: str | None, by: str | None, now: str
) -> None:
    """A central decision: at the server's time, or just after the lot's latest decision if that is dated later
    (a server clock set back, or a decision dated by a station that the server still took)."""
    latest = instant(conn.scalar(select(PlantLotRow.status_at).where(PlantLotRow.code == code)))
    at = now
    if latest is not None and latest >= datetime.fromisoformat(now):
        at = (latest + timedelta(milliseconds=1)).isoformat(timespec="milliseconds")
    record_lot_status(conn, code, status, reason, by, at, SERVER_SOURCE)


def latest_version(engine: Engine) -> int:
    """The highest version of the change feed (master data and derived state)."""
    with engine.connect() as conn:
        return counters(conn).latest


# --- what an import would change, before it is made (the office's master data page) ----------------------

SECRET_FIELDS = frozenset({"pin", "pin_hash", PIN_KEY})
"""Operator fields never shown or compared as text: a PIN, its hash, the key made from it."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RowChange:
    key: str
    """The row's key as people write it (``304/2023``, ``downtime / BREAK``)."""
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class EntityPreview:
    entity: str
    added: list[RowChange]
    changed: list[RowChange]
    unchanged: int


def _shown(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in SECRET_FIELDS}


def preview_catalog(engine: Engine, catalog: Catalog) -> list[EntityPreview]:
    """What :func:`import_catalog` would do with ``catalog``, per list: rows added, rows changed (each field old →
    new), rows unchanged. Nothing is written. Raises the same :class:`InvalidInput` the import would (a row twice,
    a reference to something not in master data). A clear PIN in the file is shown as a PIN set anew (it is hashed
    again on import), never as text."""
    previews: list[EntityPreview] = []
    with engine.connect() as conn:
        rows: list[tuple[str, dict[str, Any]]] = []
        for entity in KEYS:
            for item in getattr(catalog, entity):
                rows.append((entity, item.model_dump(mode="json", exclude_none=True)))
        _check_references(conn, rows)
        for entity in KEYS:
            incoming = [r for e, r in rows if e == entity]
            if not incoming:
                continue
            stored = {
                r.key: json.loads(r.data_json)
                for r in conn.execute(
                    select(MasterRecordRow.key, MasterRecordRow.data_json).where(MasterRecordRow.entity == entity)
                )
            }
            added: list[RowChange] = []
            changed: list[RowChange] = []
            unchanged = 0
            for row in incoming:
                key = _key(entity, row)
                shown_key = " / ".join(key.split("\x1f"))
                old = stored.get(key)
                if old is None:
                    added.append(RowChange(shown_key))
                    continue
                before, after = _public(old), _public(row)
                fields = [
                    FieldChange(name, _shown(before.get(name)), _shown(after.get(name)))
                    for name in sorted(set(before) | set(after))
                    if before.get(name) != after.get(name)
                ]
                if row.get("pin") or (row.get("pin_hash") and row.get("pin_hash") != old.get("pin_hash")):
                    fields.append(FieldChange("pin", "…", "…"))
                if fields:
                    changed.append(RowChange(shown_key, tuple(fields)))
                else:
                    unchanged += 1
            previews.append(EntityPreview(entity, added, changed, unchanged))
    return previews


def master_rows(engine: Engine, entity: str, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
    """The rows of one list of master data (secret operator fields left out), by key, and how many there are."""
    if entity not in KEYS:
        raise InvalidInput(f"There is no master data list {entity!r}.", "Use one of " + ", ".join(KEYS) + ".")
    with engine.connect() as conn:
        query = select(MasterRecordRow.data_json).where(MasterRecordRow.entity == entity)
        total = conn.scalar(select(func.count()).select_from(MasterRecordRow).where(MasterRecordRow.entity == entity))
        found = [_public(json.loads(d)) for d in conn.scalars(query.order_by(MasterRecordRow.key).limit(limit))]
    return found, int(total or 0)
