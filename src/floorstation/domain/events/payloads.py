"""The versioned payload schemas of station events: one pydantic model per event type, registered under its type
with a schema version; a stored or received payload of an unknown type or version is refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, ValidationError

from floorstation.domain.errors import InvalidInput

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
    LEFT_OUT_WHEN_NONE: ClassVar[frozenset[str]] = frozenset()
    """Fields added after the type was first recorded: written only when set, so every record without them keeps
    the shape (and the hash input) it always had, and a server that predates them still reads those records."""


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
    finished: bool | None = None
    """True: the operation is done and leaves the machine's queue ("Operation finished"); False: stopped for now
    (end of a shift or a break), anyone may start it again. None (every stop recorded before the choice existed):
    stopped for now, as such a stop always meant at the station."""
    LEFT_OUT_WHEN_NONE = frozenset({"finished"})


class ScrapCount(BaseModel):
    """Scrap of one reason in a count."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    reason: str = _ID
    qty: RecordedQty = Field(gt=0, le=MAX_RECORDED)


class TaskCounted(Payload):
    """An interim count while a task runs or is paused: good, scrap by reason and reworked quantities made since
    the operator's previous count (not running totals), any number of times. The good go into ``output_lot``."""

    TYPE = "task.counted"
    task_id: str = _ID
    good_qty: RecordedQty = Field(ge=0, le=MAX_RECORDED)
    scrap: tuple[ScrapCount, ...] = ()
    rework_qty: RecordedQty = Field(default=Decimal(0), ge=0, le=MAX_RECORDED)
    """Pieces reworked (repaired and counted good again, or sent back for rework): shown apart from good and
    scrap, never added to either."""
    output_lot: str | None = None

    @property
    def scrap_qty(self) -> Decimal:
        return sum((s.qty for s in self.scrap), Decimal(0))


class HandoverNoted(Payload):
    """A note left for whoever comes next to this machine (or this task): shown to them until acknowledged."""

    TYPE = "handover.noted"
    machine_id: str = _ID
    task_id: str | None = None
    note: str = Field(min_length=1, max_length=500)


class HandoverAcknowledged(Payload):
    """Someone read a handover note: it is no longer shown."""

    TYPE = "handover.acknowledged"
    note_event_id: str = _ID


class LotProduced(Payload):
    TYPE = "lot.produced"
    lot_code: str = Field(min_length=1, max_length=20)
    material: str = _ID
    task_id: str = _ID
    work_order: str
    machine_id: str = _ID
    produced_on: date
    expiry: date | None = None


class FefoOverride(BaseModel):
    """Why a lot was used while ``older_lot`` (same material, expiring sooner) was on hand: a FEFO reason code."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    reason_code: str = _ID
    older_lot: str = Field(min_length=1, max_length=20)


class LotConsumed(Payload):
    TYPE = "lot.consumed"
    input_lot: str = _ID
    output_lot: str | None
    task_id: str = _ID
    material: str = _ID
    quantity: RecordedQty = Field(gt=0, le=MAX_RECORDED)
    unit: str
    fefo_override: FefoOverride | None = None
    """Set when the operator used this lot although ``older_lot`` expires first, with their reason."""
    LEFT_OUT_WHEN_NONE = frozenset({"fefo_override"})


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
        TaskCounted,
        HandoverNoted,
        HandoverAcknowledged,
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


def payload_dict(payload: Payload) -> dict[str, Any]:
    data = payload.model_dump(mode="json")
    for name in payload.LEFT_OUT_WHEN_NONE:
        if data.get(name) is None:
            data.pop(name, None)
    return data
