"""The envelope every event travels in, locally and to the server, and how the station and the server store it."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from floorstation.domain.events.payloads import Payload, parse_payload


@dataclass(frozen=True, slots=True)
class Event:
    """The envelope every fact travels in, locally and to the server."""

    event_id: str
    station_id: str
    epoch: int
    seq: int
    type: str
    schema_version: int
    occurred_at: str
    """ISO 8601 station time with its UTC offset."""
    operator_id: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "station_id": self.station_id,
            "epoch": self.epoch,
            "seq": self.seq,
            "type": self.type,
            "schema_version": self.schema_version,
            "occurred_at": self.occurred_at,
            "operator_id": self.operator_id,
            "payload": self.payload,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }

    def typed_payload(self) -> Payload:
        return parse_payload(self.type, self.schema_version, self.payload)

    def occurred(self) -> datetime:
        return datetime.fromisoformat(self.occurred_at)


_SET = tuple(Event.__dict__[field.name].__set__ for field in fields(Event))


def new_event(  # noqa: PLR0917 - Event's own positional fields, in their order
    event_id: str,
    station_id: str,
    epoch: int,
    seq: int,
    type: str,
    schema_version: int,
    occurred_at: str,
    operator_id: str | None,
    payload: dict[str, Any],
    prev_hash: str,
    hash: str,
) -> Event:
    """``Event(...)`` with its fields in order, for the store's appends: set through the slots themselves, without
    the frozen dataclass's ``object.__setattr__`` for each field (half the cost of making one)."""
    event = _NEW(Event)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = _SET
    s0(event, event_id)
    s1(event, station_id)
    s2(event, epoch)
    s3(event, seq)
    s4(event, type)
    s5(event, schema_version)
    s6(event, occurred_at)
    s7(event, operator_id)
    s8(event, payload)
    s9(event, prev_hash)
    s10(event, hash)
    return event


_NEW = object.__new__


STORED_COLUMNS = (
    "event_id",
    "station_id",
    "epoch",
    "seq",
    "type",
    "schema_version",
    "occurred_at",
    "operator_id",
    "payload_json",
    "prev_hash",
    "hash",
)
"""The envelope as the station and the server store it: its fields, with the payload as canonical JSON text."""


def event_from_row(row: Any) -> Event:
    """An event as stored by the station or the server: the envelope's columns with the payload as JSON text.

    Raises ``ValueError`` when the stored payload is not JSON any more (an altered record).
    """
    return Event(
        event_id=row.event_id,
        station_id=row.station_id,
        epoch=row.epoch,
        seq=row.seq,
        type=row.type,
        schema_version=row.schema_version,
        occurred_at=row.occurred_at,
        operator_id=row.operator_id,
        payload=json.loads(row.payload_json),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
