"""The wire schema of protocol v1, shared by the station's sync client and the server.

Every body is JSON. Events travel in exactly the envelope the station stores and hashes
(:class:`floorstation.domain.events.Event`), so the server can recompute each hash from what it received.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from floorstation.domain.events import Event

PROTOCOL_VERSION = 1
ENROLL_PATH = "/v1/enroll"
BATCH_PATH = "/v1/events:batch"
HEARTBEAT_PATH = "/v1/heartbeat"
CHANGES_PATH = "/v1/changes"
SNAPSHOT_PATH = "/v1/snapshot"
TRACE_PATH = "/v1/trace"
FEED_SHAPE = 2
"""The shape of master data this station reads, sent as the ``shape`` parameter of ``CHANGES_PATH`` and
``SNAPSHOT_PATH``: the server leaves out of each row the fields added after it (``server/feed/shapes.py``)."""
"""``GET TRACE_PATH/{lot}``: the plant-wide genealogy of a lot (``Genealogy.as_dict``), asked live by a station."""
SERVER_TIME_HEADER = "X-Server-Time"
"""Every answer carries the server's UTC time (ISO 8601), so the station can measure its clock offset."""
STATION_TIME_HEADER = "X-Station-Time"
"""Every request of a station carries its clock's time as it sends it (ISO 8601 with its UTC offset), so the server
measures the station's clock at every sync: the lot decisions of a station whose clock is far off are not taken."""

_NO_NUL = r"^[^\x00]*$"
"""Text a station sends has no NUL characters (none writes one, and PostgreSQL cannot store one)."""
_ID = Field(min_length=1, max_length=64, pattern=_NO_NUL)
INT32 = 2**31 - 1
"""Counters the server stores as 32-bit integers (epoch, seq, schema version, pending count)."""
_HASH = Field(pattern=r"^[0-9a-f]{64}$")
MAX_CLOCK_OFFSET_MS = 100 * 366 * 86_400_000
"""A clock offset as far as a wrong battery-less clock can be off (a century): kept and shown as it is."""
MAX_PENDING_AGE_S = 100 * 366 * 86_400.0
_VERSION = Field(default="", max_length=40, pattern=r"^[0-9A-Za-z.+_~-]*$")
"""An app version as packaging writes one (``1.4.0``, ``1.5.0.dev3+g1a2b3c``): no markup, no spaces."""


def _instant(value: str) -> str:
    """ISO 8601 with a UTC offset, as a station writes every time it sends."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO 8601 time (2026-11-23T06:00:00.000+01:00)") from None
    if moment.tzinfo is None:
        raise ValueError("the time carries no UTC offset (2026-11-23T06:00:00.000+01:00)")
    return value


Instant = Annotated[str, Field(min_length=10, max_length=40, pattern=_NO_NUL), AfterValidator(_instant)]


class _Wire(BaseModel):
    """What a station sends: the server refuses fields it does not know (422)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class _Answer(BaseModel):
    """What the server answers: a station ignores fields it does not know, so a newer server that adds one
    does not cut off the stations still on an older version."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class EnrollRequest(_Wire):
    code: str = Field(min_length=4, max_length=64, pattern=_NO_NUL)
    station_id: str = _ID
    app_version: str = _VERSION


class SsccBlock(_Answer):
    """The SSCC serial references a station may use (SSCC = extension, company prefix, serial, check digit)."""

    extension: int = Field(ge=0, le=9)
    company_prefix: str = Field(pattern=r"^[0-9]{6,12}$")
    first_serial: int = Field(ge=0)
    last_serial: int = Field(ge=0)


class EnrollResponse(_Answer):
    station_id: str
    token: str
    sscc_block: SsccBlock | None = None
    """The station's own SSCC serials; absent when the server has no SSCC plan (the station keeps its
    station.toml range)."""


class WireEvent(_Wire):
    """One event envelope, field for field as the station hashed it."""

    event_id: str = Field(min_length=1, max_length=36, pattern=_NO_NUL)
    station_id: str = _ID
    epoch: int = Field(ge=1, le=INT32)
    seq: int = Field(ge=1, le=INT32)
    type: str = Field(min_length=1, max_length=64, pattern=_NO_NUL)
    schema_version: int = Field(ge=1, le=INT32)
    occurred_at: Instant
    operator_id: str | None = Field(default=None, max_length=64, pattern=_NO_NUL)
    payload: dict[str, Any]
    prev_hash: str = _HASH
    hash: str = _HASH

    @classmethod
    def of(cls, event: Event) -> WireEvent:
        return cls.model_validate(event.as_dict())

    def to_event(self) -> Event:
        # A WireEvent's fields are the envelope's, name for name: the envelope is built in one call.
        return Event(**self.__dict__)


class BatchRequest(_Wire):
    """Events of one epoch in seq order without holes; the first may repeat events the server already has."""

    events: list[WireEvent] = Field(min_length=1, max_length=5000)


def batch_body(events: Iterable[str]) -> bytes:
    """The JSON body of a :class:`BatchRequest` from events already encoded as JSON objects (their envelopes
    as :meth:`Event.as_dict` gives them), so that no payload is decoded and encoded again on its way out."""
    return ('{"events":[' + ",".join(events) + "]}").encode()


class EventResult(_Answer):
    seq: int
    status: Literal["duplicate", "flagged"]
    code: str | None = None
    message: str | None = None


class BatchResponse(_Answer):
    epoch: int
    acked_through: int
    """Every event of this epoch up to and including this seq is stored on the server."""
    accepted: int
    results: list[EventResult] = Field(default_factory=list)
    """Only the events that were not simply accepted: duplicates and flagged ones."""


class MasterChange(_Answer):
    """One row of the change feed in its latest state.

    Master data: ``entity`` is the catalog list it belongs to (``materials``, ``lots`` ...) and ``data`` a row in
    the shape of ``floorstation.domain.catalog``. Derived state: ``entity`` is ``mark``, ``plant_lot``,
    ``lot_edge`` or ``lot_status`` (``floorstation.server.feed``); ``deleted`` marks a tombstone (a cleared mark).
    """

    version: int
    entity: str
    data: dict[str, Any]
    deleted: bool = False


class ChangesResponse(_Answer):
    """A page of ``GET /v1/changes?cursor=``; the station applies it and ``next_cursor`` in one transaction."""

    changes: list[MasterChange]
    next_cursor: str
    has_more: bool


class SnapshotResponse(_Answer):
    """``GET /v1/snapshot``: the whole current state, and the cursor it is complete up to. The station replaces
    what it downloaded with it and continues the change feed from ``cursor``.

    Paged (``?limit=N``, then ``?limit=N&through=CURSOR&after=NEXT_AFTER`` while ``has_more``): one page of it at
    a time; the first page replaces what the station downloaded, the rest are added, and ``cursor`` is kept only
    with the last (a station cut off in between starts over). Without ``limit`` (stations before paging): the
    whole state in one answer, streamed by the server a page at a time."""

    changes: list[MasterChange]
    cursor: str
    has_more: bool = False
    """Paged: more pages follow; ask again with ``through`` = ``cursor`` and ``after`` = ``next_after``."""
    next_after: str | None = None
    """Paged: where the next page starts (the last version of this one)."""


class Heartbeat(_Wire):
    app_version: str = _VERSION
    pending_count: int = Field(ge=0, le=INT32)
    oldest_pending_age_s: float | None = Field(default=None, ge=0, le=MAX_PENDING_AGE_S, allow_inf_nan=False)
    clock_offset_ms: int | None = Field(default=None, ge=-MAX_CLOCK_OFFSET_MS, le=MAX_CLOCK_OFFSET_MS)
    """The station's own estimate (server time minus station time), from the last answer's X-Server-Time; any
    size a real clock can be off (the server keeps it in 64 bits)."""
    station_time: Instant
    disk_free_bytes: int | None = Field(default=None, ge=0, le=2**63 - 1)


class HeartbeatResponse(_Answer):
    server_time: str
    plant_version: str | None = None
    """The version every station of the plant should run (a station shows when it is behind)."""
    config: dict[str, Any] | None = None
    """The configuration the server keeps for this station (the tables of a ``station.toml`` fragment; empty:
    none). The station's own file overrides it key by key."""
    epoch: int | None = None
    """The latest epoch of this station the server holds events of (None: none yet); a station restored from a
    copy continues in a later one."""


class FieldProblem(_Answer):
    """One field of a refused body: its path (``operations.0.machine``) and what is wrong with it."""

    field: str
    message: str


class Problem(_Answer):
    """Every refusal: a machine-readable ``error`` and a sentence for the person reading the log."""

    error: str
    message: str
    expected_seq: int | None = None
    epoch: int | None = None
    seq: int | None = None
    snapshot: str | None = None
    """With 410 ``CURSOR_EXPIRED``: where to fetch the full state instead."""
    field: str | None = None
    """With 422 ``INVALID_REQUEST``: the field refused (``occurred_at``, ``payload``, ``body`` ...)."""
    event_id: str | None = None
    """With 422 ``INVALID_REQUEST`` of an upload: the event refused (``seq`` says where it is in the log)."""
    errors: list[FieldProblem] | None = None
    """With 422: every field at fault (``field`` is the first of them)."""
