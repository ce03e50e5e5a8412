"""An upload's body as the station builds it from stored JSON and as the server reads it: the same events, field
for field, so every hash still checks out."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from floorstation.domain.events import (
    GENESIS_HASH,
    Event,
    LotConsumed,
    MachineCleared,
    event_hash,
    payload_dict,
    recompute_hash,
)
from floorstation.domain.events import canonical_json as canonical
from floorstation.sync import wire


def _events() -> list[Event]:
    payloads = [
        LotConsumed(input_lot="L-1", output_lot=None, task_id="T-1", material="PP", quantity="2.50", unit="kg"),
        MachineCleared(machine_id="M01", mark_ids=("a", "b"), note='zmiana "B" \\ 😀\n'),
    ]
    out: list[Event] = []
    prev = GENESIS_HASH
    for seq, payload in enumerate(payloads, start=1):
        fields = {
            "event_id": f"0000000{seq}-0000-7000-8000-000000000000",
            "station_id": "ST-01",
            "epoch": 3,
            "seq": seq,
            "type": payload.TYPE,
            "schema_version": payload.VERSION,
            "occurred_at": (datetime(2026, 11, 23, 6, tzinfo=UTC) + timedelta(seconds=seq)).isoformat(),
            "operator_id": None if seq == 1 else "anna",
            "payload": payload_dict(payload),
            "prev_hash": prev,
        }
        prev = event_hash(**fields)  # type: ignore[arg-type]
        out.append(Event(hash=prev, **fields))  # type: ignore[arg-type]
    return out


def test_a_body_built_from_stored_json_reads_back_as_the_very_events() -> None:
    events = _events()
    # Each event as JSON text, the way the station's outbox hands it to the sync client.
    stored = [canonical(e.as_dict()) for e in events]
    body = wire.batch_body(stored)
    assert json.loads(body) == {"events": [e.as_dict() for e in events]}
    read = [e.to_event() for e in wire.BatchRequest.model_validate_json(body).events]
    assert read == events
    assert [recompute_hash(e) for e in read] == [e.hash for e in events]
