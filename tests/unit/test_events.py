"""The tamper-evident event envelope (DESIGN §3): canonical JSON, hashes, chain verification, payload schemas."""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal
from typing import Any

import pytest

from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import (
    GENESIS_HASH,
    Event,
    LotConsumed,
    canonical_json,
    chain_hash,
    event_hash,
    parse_payload,
    payload_dict,
    verify_chain,
)

PAYLOADS: list[tuple[str, str | None, dict[str, Any]]] = [
    ("operator.signed_in", "anna", {"method": "badge"}),
    ("task.started", "anna", {"task_id": "304/2023-10", "machine_id": "M01", "work_order": "304/2023"}),
    (
        "lot.consumed",
        "anna",
        {
            "input_lot": "PP-2401",
            "output_lot": "M01-26327-001",
            "task_id": "304/2023-10",
            "material": "RESIN-PP",
            "quantity": "50",
            "unit": "kg",
        },
    ),
    ("task.paused", "anna", {"task_id": "304/2023-10", "reason": "break"}),
    ("operator.signed_out", "anna", {"reason": "manual"}),
]


def _fields(event: Event) -> dict[str, Any]:
    fields = event.as_dict()
    del fields["hash"]
    return fields


def _chain(length: int = 5) -> list[Event]:
    """A valid chain built by hand the way the store builds it."""
    events: list[Event] = []
    prev = GENESIS_HASH
    for seq, (etype, operator, payload) in enumerate(PAYLOADS[:length], start=1):
        fields: dict[str, Any] = {
            "event_id": f"0192f0c0-0000-7000-8000-00000000000{seq}",
            "station_id": "ST-01",
            "epoch": 1,
            "seq": seq,
            "type": etype,
            "schema_version": 1,
            "occurred_at": f"2026-11-23T08:0{seq}:00.000+01:00",
            "operator_id": operator,
            "payload": payload,
            "prev_hash": prev,
        }
        prev = event_hash(**fields)
        events.append(Event(hash=prev, **fields))
    return events


def _head(events: list[Event]) -> tuple[int, int, str]:
    return (events[-1].epoch, events[-1].seq, events[-1].hash)


# --- canonical JSON and hashes -----------------------------------------------------------------------------------


def test_canonical_json_does_not_depend_on_key_order() -> None:
    one = {"b": 1, "a": {"y": [1, 2], "x": "Łódź"}}
    other = {"a": {"x": "Łódź", "y": [1, 2]}, "b": 1}
    assert canonical_json(one) == canonical_json(other) == '{"a":{"x":"Łódź","y":[1,2]},"b":1}'


def test_canonical_json_refuses_nan() -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        canonical_json({"q": float("nan")})


def test_decimal_payloads_serialise_without_exponent_or_trailing_zeros() -> None:
    payload = LotConsumed(
        input_lot="PP-2401",
        output_lot=None,
        task_id="304/2023-10",
        material="RESIN-PP",
        quantity=Decimal("1500.000"),
        unit="kg",
    )
    assert payload_dict(payload)["quantity"] == "1500"


def test_event_hash_is_sha256_of_the_canonical_envelope() -> None:
    [first] = _chain(1)
    fields = _fields(first)
    assert event_hash(**fields) == first.hash
    assert first.hash == hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("event_id", "0192f0c0-0000-7000-8000-0000000000ff"),
        ("station_id", "ST-02"),
        ("epoch", 2),
        ("seq", 9),
        ("type", "task.resumed"),
        ("schema_version", 2),
        ("occurred_at", "2026-11-23T08:01:00.000+02:00"),
        ("operator_id", None),
        ("payload", {"task_id": "304/2023-10", "machine_id": "M02", "work_order": "304/2023"}),
        ("prev_hash", "f" * 64),
    ],
)
def test_event_hash_changes_when_any_field_changes(field: str, value: Any) -> None:
    event = _chain(2)[1]
    fields = _fields(event)
    assert fields[field] != value
    fields[field] = value
    assert event_hash(**fields) != event.hash


@pytest.mark.parametrize(
    ("operator_id", "payload"),
    [
        ("anna", {"method": "badge"}),
        (None, {"reason": "idle"}),
        ('zoë \u201cÓ\u201d \\ "q"\n', {"note": "Łódź \u00e9 \t \u2028 \U0001f600", "qty": "12.5", "n": [1, None]}),
    ],
)
def test_the_hash_made_around_the_stored_payload_is_the_envelopes_hash(
    operator_id: str | None, payload: dict[str, Any]
) -> None:
    fields = dict(_fields(_chain(1)[0]), operator_id=operator_id, payload=payload, occurred_at="2026-11-23T08:01\u00e9")
    stored = dict(fields, payload_json=canonical_json(payload))
    del stored["payload"]
    assert chain_hash(**stored) == event_hash(**fields)


# --- verify_chain --------------------------------------------------------------------------------------------------


def test_an_intact_chain_verifies() -> None:
    events = _chain()
    assert verify_chain(events) is None
    assert verify_chain(events, head=_head(events)) is None
    assert verify_chain([], head=None) is None


def test_altered_payload_is_found() -> None:
    events = _chain()
    bad = dict(events[2].payload, quantity="5")
    events[2] = dataclasses.replace(events[2], payload=bad)
    problem = verify_chain(events, head=_head(events))
    assert problem is not None
    assert (problem.seq, problem.event_id) == (3, events[2].event_id)
    assert "altered" in problem.problem


def test_altered_and_rehashed_record_breaks_the_next_link() -> None:
    events = _chain()
    fields = _fields(events[2])
    fields["payload"] = dict(fields["payload"], quantity="5")
    events[2] = Event(hash=event_hash(**fields), **fields)
    problem = verify_chain(events)
    assert problem is not None
    assert problem.seq == 4
    assert "previous-hash does not match" in problem.problem


def test_removed_middle_event_is_found() -> None:
    events = _chain()
    del events[2]
    problem = verify_chain(events, head=_head(events))
    assert problem is not None
    assert problem.seq == 4
    assert "missing" in problem.problem


def test_swapped_contents_of_two_events_are_found() -> None:
    events = _chain()
    second, third = events[1], events[2]
    swap = ("type", "operator_id", "payload")
    events[1] = dataclasses.replace(second, **{f: getattr(third, f) for f in swap})
    events[2] = dataclasses.replace(third, **{f: getattr(second, f) for f in swap})
    problem = verify_chain(events)
    assert problem is not None
    assert problem.seq == 2
    assert "altered" in problem.problem


def test_reordered_events_are_found() -> None:
    events = _chain()
    events[1], events[2] = events[2], events[1]
    problem = verify_chain(events)
    assert problem is not None
    assert problem.seq == 3


def test_removed_last_event_is_found_with_the_recorded_head() -> None:
    events = _chain()
    head = _head(events)
    truncated = events[:-1]
    assert verify_chain(truncated) is None  # without the head a truncated tail looks intact
    problem = verify_chain(truncated, head=head)
    assert problem is not None
    assert problem.seq == 4
    assert "removed from the end" in problem.problem


def test_emptied_log_is_found_with_the_recorded_head() -> None:
    events = _chain()
    problem = verify_chain([], head=_head(events))
    assert problem is not None
    assert "empty" in problem.problem


def test_log_that_does_not_start_at_seq_1_is_found() -> None:
    problem = verify_chain(_chain()[1:])
    assert problem is not None
    assert "starts at seq 2" in problem.problem


# --- payload schemas -------------------------------------------------------------------------------------------------


def test_stored_payloads_parse_back_to_their_schema() -> None:
    for event in _chain():
        assert event.type == event.typed_payload().TYPE
    consumed = parse_payload("lot.consumed", 1, PAYLOADS[2][2])
    assert isinstance(consumed, LotConsumed)
    assert consumed.quantity == Decimal(50)


def test_unknown_event_type_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"Unknown event type 'lot\.teleported'"):
        parse_payload("lot.teleported", 1, {})


def test_unknown_schema_version_is_refused() -> None:
    with pytest.raises(InvalidInput, match="schema version 2 is not supported"):
        parse_payload("task.paused", 2, {"task_id": "304/2023-10", "reason": "break"})


@pytest.mark.parametrize(
    ("event_type", "payload"),
    [
        ("task.paused", {"task_id": "304/2023-10"}),
        ("task.paused", {"task_id": "304/2023-10", "reason": "break", "extra": 1}),
        ("lot.consumed", dict(PAYLOADS[2][2], quantity="0")),
        ("lot.consumed", dict(PAYLOADS[2][2], quantity="-3")),
        ("pallet.built", {"sscc": "12345", "lot_code": "L", "material": "M", "quantity": "1", "unit": "pcs"}),
        ("machine.cleared", {"machine_id": "M01", "mark_ids": []}),
        ("operator.signed_in", {"method": "telepathy"}),
    ],
)
def test_bad_payload_is_refused(event_type: str, payload: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput, match=f"Invalid {event_type} payload"):
        parse_payload(event_type, 1, payload)
