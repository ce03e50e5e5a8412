"""The plant's genealogy: one edge per consumption (input lot into output lot), in the change feed where it is."""

from __future__ import annotations

from floorstation.server.projections.statements import Statement

_EDGE = (
    "INSERT INTO plant_lot_edge (event_id, station_id, input_lot, output_lot, task_id, material, qty_milli, unit, "
    "operator_id, occurred_at, version) VALUES (:event_id, :station_id, :input_lot, :output_lot, :task_id, "
    ":material, :qty_milli, :unit, :operator_id, :occurred_at, :version) ON CONFLICT (event_id) DO NOTHING"
)

EDGE = Statement(_EDGE, "event_id", versioned=True)
