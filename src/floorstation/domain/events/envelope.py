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


class _Unfrozen:
    """Event's very slots, in their order, without the frozen dataclass's ``__setattr__``: an event is filled in
    as one of these and then made the Event it is (``__class__``, allowed between classes of the same slots)."""

    __slots__ = tuple(field.name for field in fields(Event))
    event_id: str
    station_id: str
    epoch: int
    seq: int
    type: str
    schema_version: int
    occurred_at: str
    operator_id: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str


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
    """``Event(...)`` with its fields in order, for the store's appends: a frozen dataclass sets each field with
    ``object.__setattr__``, which cost four times what filling the same slots plainly does."""
    event = _NEW(_Unfrozen)
    event.event_id = event_id
    event.station_id = station_id
    event.epoch = epoch
    event.seq = seq
    event.type = type
    event.schema_version = schema_version
    event.occurred_at = occurred_at
    event.operator_id = operator_id
    event.payload = payload
    event.prev_hash = prev_hash
    event.hash = hash
    event.__class__ = Event  # type: ignore[assignment]
    return event  # type: ignore[return-value]


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
