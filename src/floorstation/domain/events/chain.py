"""The tamper-evident hash chain: each envelope's hash covers the canonical JSON of every envelope field and the
previous event's hash, so altering, removing, inserting or reordering any record breaks the chain (DESIGN §3)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from floorstation.domain.events.envelope import Event

GENESIS_HASH = "0" * 64

_TEXT = json.encoder.encode_basestring
"""How ``canonical_json`` writes a string (``ensure_ascii=False``): the same function the encoder uses."""

_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
"""What ``json.dumps`` with these options builds on every call; built once (it keeps no state between calls)."""
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)
"""The C encoder ``_CANONICAL.encode`` hands a dict or list to; called here directly, without the two Python calls
around it (a tenth of recording an event)."""


_ENCODE: Any = (
    None if _C_ENCODER is None else _C_ENCODER(None, _CANONICAL.default, _TEXT, None, ":", ",", True, False, False)
)
"""The arguments JSONEncoder.iterencode gives the C encoder for these options, made once: without the
circular-reference check (``markers`` None), a state the encoder would otherwise keep between calls. Event
payloads come from model dumps and JSON text, which have no cycles."""


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 as is: the same bytes on every machine and Python version."""
    if _ENCODE is None or not isinstance(value, dict | list):
        return _CANONICAL.encode(value)
    return "".join(_ENCODE(value, 0))


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


LinkHash = Callable[[str, int, str, str, str, str], str]
"""``(event_id, seq, occurred_at, operator_json, payload_json, prev_hash) -> hash``: see :func:`link_hasher`."""


def link_hasher(station_id: str, epoch: int, type: str, schema_version: int) -> LinkHash:
    """:func:`chain_hash` for the events of one type in one station's epoch, the envelope's fields that stay the
    same written once.

    ``operator_json`` is the operator as JSON (:func:`operator_json`). ``event_id``, ``occurred_at`` and
    ``prev_hash`` are written without escaping: they must be text JSON writes as it is (a UUID, an ISO 8601
    time, a hex digest; :func:`plain_text` says), which saves escaping a hundred and thirty characters an event.
    """
    start = f'{{"epoch":{int(epoch)},"event_id":"'
    version = f',"schema_version":{int(schema_version)},"seq":'
    end = f',"station_id":{_TEXT(station_id)},"type":{_TEXT(type)}}}'
    sha256 = hashlib.sha256

    def link_hash(  # noqa: PLR0917 - called for every event appended: keywords cost more than the hash input
        event_id: str, seq: int, occurred_at: str, operator_json: str, payload_json: str, prev_hash: str
    ) -> str:
        return sha256(
            f'{start}{event_id}","occurred_at":"{occurred_at}","operator_id":{operator_json},'
            f'"payload":{payload_json},"prev_hash":"{prev_hash}"{version}{seq:d}{end}'.encode()
        ).hexdigest()

    return link_hash


_OPERATORS: dict[str | None, str] = {None: "null"}


def operator_json(operator_id: str | None) -> str:
    """The operator as the envelope's JSON writes it (the few operators of a station kept written)."""
    text = _OPERATORS.get(operator_id)
    if text is None:
        assert operator_id is not None
        if len(_OPERATORS) > 256:
            _OPERATORS.clear()
            _OPERATORS[None] = "null"
        text = _OPERATORS[operator_id] = _TEXT(operator_id)
    return text


def plain_text(value: str) -> bool:
    """True when JSON writes ``value`` as it is, between quotes (nothing to escape)."""
    return _TEXT(value) == f'"{value}"'


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
