"""Station events: immutable facts, their versioned payload schemas, and the tamper-evident envelope.

Every payload is a pydantic model registered under its event type with a schema version. The envelope's hash
covers the canonical JSON of every envelope field and the previous event's hash, so altering, removing,
inserting or reordering any record breaks the chain (DESIGN §3).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, ValidationError

from floorstation.domain.errors import InvalidInput

GENESIS_HASH = "0" * 64

Qty = Decimal
MAX_RECORDED = Decimal(10) ** 12
"""Largest quantity an event may carry: far above what a station lets anyone enter (``quantities.MAX_QUANTITY``),
well below what the server's 64-bit sums of thousandths hold. A payload beyond it cannot be read (stored, flagged,
never added to a lot's balance)."""
_ID = Field(min_length=1, max_length=64)


def _decimal_text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != 0 else "0"


RecordedQty = Annotated[Decimal, PlainSerializer(_decimal_text, when_used="json")]
"""A quantity in a payload: written as a plain decimal string, without exponent or trailing zeros (a serializer
on the quantity fields only: one on every field cost a Python call per field of every event recorded)."""


class Payload(BaseModel):
    """Base of every payload: frozen, strict about unknown fields, decimals written as strings (``RecordedQty``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    TYPE: ClassVar[str]
    VERSION: ClassVar[int] = 1


class OperatorSignedIn(Payload):
    TYPE = "operator.signed_in"
    method: Literal["badge", "pin", "badge+pin"]


class OperatorSignedOut(Payload):
    TYPE = "operator.signed_out"
    reason: Literal["manual", "idle", "shift_end"] = "manual"


class TaskStarted(Payload):
    TYPE = "task.started"
    task_id: str = _ID
    machine_id: str = _ID
    work_order: str
    joined: bool = False
    """True when the operator joined a task someone else had already started."""


class TaskPaused(Payload):
    TYPE = "task.paused"
    task_id: str = _ID
    reason: str = _ID


class TaskResumed(Payload):
    TYPE = "task.resumed"
    task_id: str = _ID


class TaskStopped(Payload):
    TYPE = "task.stopped"
    task_id: str = _ID
    good_qty: RecordedQty = Field(ge=0, le=MAX_RECORDED)
    scrap_qty: RecordedQty = Field(ge=0, le=MAX_RECORDED)
    scrap_reason: str | None = None
    output_lot: str | None = None


class LotProduced(Payload):
    TYPE = "lot.produced"
    lot_code: str = Field(min_length=1, max_length=20)
    material: str = _ID
    task_id: str = _ID
    work_order: str
    machine_id: str = _ID
    produced_on: date
    expiry: date | None = None


class LotConsumed(Payload):
    TYPE = "lot.consumed"
    input_lot: str = _ID
    output_lot: str | None
    task_id: str = _ID
    material: str = _ID
    quantity: RecordedQty = Field(gt=0, le=MAX_RECORDED)
    unit: str


class LotReceived(Payload):
    TYPE = "lot.received"
    lot_code: str = Field(min_length=1, max_length=20)
    material: str = _ID
    quantity: RecordedQty = Field(gt=0, le=MAX_RECORDED)
    unit: str
    supplier: str | None = None
    supplier_lot: str | None = None
    gtin: str | None = None
    expiry: date | None = None
    received_on: date
    date_kind: Literal["expiry", "best_before"] | None = None
    """What the supplier's label called ``expiry``: (17) expiry or (15) best-before; None: the material says."""


class PalletBuilt(Payload):
    TYPE = "pallet.built"
    sscc: str = Field(pattern=r"^\d{18}$")
    lot_code: str = _ID
    material: str = _ID
    quantity: RecordedQty = Field(gt=0, le=MAX_RECORDED)
    unit: str


class PalletShipped(Payload):
    TYPE = "pallet.shipped"
    sscc: str = Field(pattern=r"^\d{18}$")
    customer_id: str = _ID
    shipment_id: str = _ID


class PalletVoided(Payload):
    """A built pallet (and its card) is void: the goods go back to their lot, free for another pallet, and the
    SSCC never ships. A voided pallet stays in the log and in traces with its reason."""

    TYPE = "pallet.voided"
    sscc: str = Field(pattern=r"^\d{18}$")
    reason: str = Field(min_length=1, max_length=200)


class CardPrinted(Payload):
    TYPE = "card.printed"
    card: Literal["pallet", "lot"]
    subject: str = _ID
    printer: str
    reprint: bool = False


class MachineMarkedDown(Payload):
    TYPE = "machine.marked_down"
    machine_id: str = _ID
    mark_id: str = _ID
    reason: str = _ID
    note: str = ""


class MachineCleared(Payload):
    TYPE = "machine.cleared"
    machine_id: str = _ID
    mark_ids: tuple[str, ...] = Field(min_length=1)
    note: str = ""


class LotHoldOverridden(Payload):
    TYPE = "lot.hold_overridden"
    lot_code: str = _ID
    task_id: str = _ID
    status: str
    authorised_by: str = _ID
    reason: str = Field(min_length=1)


class RuleOverridden(Payload):
    TYPE = "rule.overridden"
    rule: str = _ID
    subject: str = _ID
    task_id: str | None = None
    authorised_by: str = _ID
    reason: str = Field(min_length=1)


class LotHeld(Payload):
    """Quality put a lot on hold: it may not be consumed or palletised until released (a shift lead may override,
    with a signature)."""

    TYPE = "lot.held"
    lot_code: str = _ID
    reason: str = Field(min_length=1, max_length=200)


class LotReleased(Payload):
    """Quality released a held lot: it may be used again."""

    TYPE = "lot.released"
    lot_code: str = _ID
    reason: str = Field(min_length=1, max_length=200)


class RecordSigned(Payload):
    """An electronic signature (21 CFR Part 11 §11.50/§11.70): who signed, what it means, how they proved who
    they are, and the exact record it signs (its id and hash). Recorded right after that record, in the same
    transaction, so it is itself in the hash chain."""

    TYPE = "record.signed"
    signer_id: str = _ID
    signer_name: str = Field(min_length=1, max_length=200)
    meaning: str = Field(min_length=1, max_length=200)
    method: Literal["badge+pin", "name+pin"]
    signed_event_id: str = _ID
    signed_event_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    at: str = Field(min_length=10, max_length=40)
    """ISO 8601 station time of signing, with its UTC offset."""


PAYLOAD_TYPES: dict[str, type[Payload]] = {
    cls.TYPE: cls
    for cls in (
        OperatorSignedIn,
        OperatorSignedOut,
        TaskStarted,
        TaskPaused,
        TaskResumed,
        TaskStopped,
        LotProduced,
        LotConsumed,
        LotReceived,
        PalletBuilt,
        PalletShipped,
        PalletVoided,
        CardPrinted,
        MachineMarkedDown,
        MachineCleared,
        LotHoldOverridden,
        RuleOverridden,
        LotHeld,
        LotReleased,
        RecordSigned,
    )
}


def parse_payload(event_type: str, schema_version: int, data: dict[str, Any]) -> Payload:
    """Validate a stored or received payload against its schema; unknown types and versions are refused."""
    cls = PAYLOAD_TYPES.get(event_type)
    if cls is None:
        raise InvalidInput(f"Unknown event type {event_type!r}.")
    if schema_version != cls.VERSION:
        raise InvalidInput(f"{event_type} schema version {schema_version} is not supported (have {cls.VERSION}).")
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        raise InvalidInput(f"Invalid {event_type} payload: {where}: {first['msg']}.") from None


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


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
"""What ``json.dumps`` with these options builds on every call; built once (it keeps no state between calls)."""


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 as is: the same bytes on every machine and Python version."""
    return _CANONICAL.encode(value)


def payload_dict(payload: Payload) -> dict[str, Any]:
    return payload.model_dump(mode="json")


def event_hash(
    *,
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
) -> str:
    body = canonical_json(
        {
            "event_id": event_id,
            "station_id": station_id,
            "epoch": epoch,
            "seq": seq,
            "type": type,
            "schema_version": schema_version,
            "occurred_at": occurred_at,
            "operator_id": operator_id,
            "payload": payload,
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_TEXT = json.encoder.encode_basestring
"""How ``canonical_json`` writes a string (``ensure_ascii=False``): the same function the encoder uses."""


def chain_hash(
    *,
    event_id: str,
    station_id: str,
    epoch: int,
    seq: int,
    type: str,
    schema_version: int,
    occurred_at: str,
    operator_id: str | None,
    payload_json: str,
    prev_hash: str,
) -> str:
    """:func:`event_hash` from the payload's canonical JSON, already made for storing it: the envelope's canonical
    JSON is written around it (keys in sorted order) instead of encoding the payload a second time."""
    operator = "null" if operator_id is None else _TEXT(operator_id)
    body = (
        f'{{"epoch":{int(epoch)},"event_id":{_TEXT(event_id)},"occurred_at":{_TEXT(occurred_at)},'
        f'"operator_id":{operator},"payload":{payload_json},"prev_hash":{_TEXT(prev_hash)},'
        f'"schema_version":{int(schema_version)},"seq":{int(seq)},"station_id":{_TEXT(station_id)},'
        f'"type":{_TEXT(type)}}}'
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def recompute_hash(event: Event) -> str:
    return event_hash(
        event_id=event.event_id,
        station_id=event.station_id,
        epoch=event.epoch,
        seq=event.seq,
        type=event.type,
        schema_version=event.schema_version,
        occurred_at=event.occurred_at,
        operator_id=event.operator_id,
        payload=event.payload,
        prev_hash=event.prev_hash,
    )


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    event_id: str | None
    problem: str


def verify_chain(events: list[Event] | Any, *, head: tuple[int, int, str] | None = None) -> ChainProblem | None:
    """Walk events in (epoch, seq) order; return the first bad record, or None when the chain is intact.

    ``head`` is the (epoch, seq, hash) the log recorded as its last event, which catches a truncated tail.
    """
    prev_hash = GENESIS_HASH
    expected: tuple[int, int] | None = None
    last: Event | None = None
    for event in events:
        if expected is not None:
            if event.epoch == expected[0] and event.seq != expected[1]:
                problem = f"seq {event.seq} follows seq {expected[1] - 1}: " + (
                    "a record is missing" if event.seq > expected[1] else "records are out of order"
                )
                return ChainProblem(event.seq, event.event_id, problem)
            if event.epoch != expected[0] and event.seq != 1:
                return ChainProblem(event.seq, event.event_id, f"epoch {event.epoch} does not start at seq 1")
        elif event.seq != 1:
            return ChainProblem(event.seq, event.event_id, f"the log starts at seq {event.seq}, not 1")
        if event.prev_hash != prev_hash:
            return ChainProblem(
                event.seq,
                event.event_id,
                "its previous-hash does not match the record before it (removed or reordered)",
            )
        if recompute_hash(event) != event.hash:
            return ChainProblem(event.seq, event.event_id, "its contents do not match its hash (altered)")
        prev_hash = event.hash
        expected = (event.epoch, event.seq + 1)
        last = event
    if head is not None:
        if last is None:
            return ChainProblem(head[1], None, f"the log is empty but recorded seq {head[1]} as its last event")
        if (last.epoch, last.seq, last.hash) != head:
            return ChainProblem(
                last.seq,
                last.event_id,
                f"the log ends at seq {last.seq} but recorded epoch {head[0]} seq {head[1]} as its last event "
                "(records removed from the end, or the last record altered)",
            )
    return None
