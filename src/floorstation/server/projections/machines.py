"""The plant's machine marks and their clears: sets (the add-wins observed-remove set of DESIGN §3), in the change
feed where they are."""

from __future__ import annotations

from floorstation.server.projections.statements import Statement

_MARK = (
    "INSERT INTO plant_machine_mark (mark_id, machine_id, reason, note, station_id, raised_by, raised_at, event_id, "
    "version) VALUES (:mark_id, :machine_id, :reason, :note, :station_id, :operator_id, :at, :event_id, :version) "
    "ON CONFLICT (mark_id) DO NOTHING"
)
_CLEAR = (
    "INSERT INTO plant_machine_mark_clear (mark_id, machine_id, station_id, cleared_by, cleared_at, event_id, "
    "version) VALUES (:mark_id, :machine_id, :station_id, :operator_id, :at, :event_id, :version) "
    "ON CONFLICT (mark_id) DO NOTHING"
)


MARK = Statement(_MARK, "mark_id", versioned=True)
CLEAR = Statement(_CLEAR, "mark_id", versioned=True)
