"""The plant's lots: made or received at a station, touched by every consumption and pallet; master data wins
for the columns that describe a lot."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, text

from floorstation.domain import events as ev
from floorstation.domain.events import Event
from floorstation.domain.quantities import to_milli
from floorstation.server.projections.statements import Statement

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
LOT_ENSURE = (
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


def _add_up(first: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    return first | {
        "material": first["material"] or later["material"],
        "unit": first["unit"] or later["unit"],
        "produced": first["produced"] + later["produced"],
        "consumed": first["consumed"] + later["consumed"],
        "palletized": first["palletized"] + later["palletized"],
    }


LOT_CREATE = Statement(_LOT_CREATE, "code")
LOT_TOUCH = Statement(_LOT_TOUCH, "code", _add_up)


def touched(code: str, material: str | None, unit: str | None = None, **milli: int) -> dict[str, Any]:
    return {
        "code": code,
        "material": material,
        "unit": unit,
        "no": False,
        "produced": milli.get("produced", 0),
        "consumed": milli.get("consumed", 0),
        "palletized": milli.get("palletized", 0),
    }


def created(event: Event, code: str, material: str, origin: str, **fields: Any) -> dict[str, Any]:
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
