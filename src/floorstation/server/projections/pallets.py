"""The plant's pallets and shipments: the build and the shipment of a pallet fill separate columns, so either may
arrive first; a pallet's quantity counts on its lot until it is voided."""

from __future__ import annotations

from typing import Any

from floorstation.server.projections.statements import Statement

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
# The same for all the batch's pallets at once: the lot's rows are locked already, in key order, by the batch's
# LOT_TOUCH upsert (every built pallet touches its lot), so the order this statement updates them in cannot
# deadlock with another batch.
_LOT_PALLETIZE_SET = (
    "UPDATE plant_lot SET palletized_milli = plant_lot.palletized_milli + s.qty FROM (SELECT u.lot_code, "
    "SUM(u.qty_milli) AS qty FROM json_to_recordset(%(rows)s::json) AS u(sscc TEXT, lot_code TEXT, "
    "qty_milli BIGINT, event_id TEXT) CROSS JOIN LATERAL (SELECT 1 FROM plant_pallet AS p WHERE p.sscc = u.sscc "
    "AND p.built_event = u.event_id AND p.voided_event IS NULL LIMIT 1) AS p GROUP BY u.lot_code) AS s "
    "WHERE plant_lot.code = s.lot_code"
)
"""(Each pallet looked up by its key in a lateral subquery of one row at most: joined to the JSON rows directly, the
planner guessed 100 rows and read every pallet ever built, on every batch.)"""
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


def _ship(first: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    return first | {
        "pallets": first["pallets"] + later["pallets"],
        "first_at": min(first["first_at"], later["first_at"]),
        "last_at": max(first["last_at"], later["last_at"]),
    }


PALLET_BUILT = Statement(_PALLET_BUILT, "sscc")
LOT_PALLETIZE = Statement(_LOT_PALLETIZE, "sscc", multirow=False, set_sql=_LOT_PALLETIZE_SET)
LOT_UNPALLETIZE = Statement(_LOT_UNPALLETIZE, "sscc", multirow=False)
PALLET_VOIDED = Statement(_PALLET_VOIDED, "sscc")
PALLET_SHIPPED = Statement(_PALLET_SHIPPED, "sscc")
SHIPMENT = Statement(_SHIPMENT, "shipment_id", _ship)
