"""The fast way an append writes an event (its time, its payload's JSON, its hash, its id, the Event itself) gives
exactly what the plain way gives: the stored bytes and the hash chain do not depend on which one wrote them."""

from __future__ import annotations

import types
import typing
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest
from pydantic import BaseModel

from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import (
    GENESIS_HASH,
    PAYLOAD_TYPES,
    Event,
    MachineMarkedDown,
    OperatorSignedIn,
    Payload,
    TaskStopped,
    canonical_json,
    event_hash,
    parse_payload,
)
from floorstation.domain.events.chain import link_hasher, operator_json, plain_text
from floorstation.domain.events.encoding import encode_payload, iso_millis
from floorstation.domain.events.envelope import new_event
from floorstation.domain.ids import uuid7

TRICKY = 'Łódź "q" \\ \t\n\u2028 \U0001f600'


def _reference_dict(payload: Payload) -> dict[str, Any]:
    """What the stored payload has always been: pydantic's JSON dump, fields added later left out when unset."""
    data = payload.model_dump(mode="json")
    for name in payload.LEFT_OUT_WHEN_NONE:
        if data.get(name) is None:
            data.pop(name, None)
    return data


_FIXED = {"sscc": "376123450000000017", "signed_event_hash": "ab" * 32}
"""Fields whose schema takes only one shape of text."""


def _value(annotation: Any, name: str, variant: int) -> Any:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is Literal:
        return args[variant % len(args)]
    if origin in (typing.Union, types.UnionType):
        if variant == 1:
            return None
        return _value(next(a for a in args if a is not type(None)), name, variant)
    if origin is tuple:
        return (_value(args[0], name, variant), _value(args[0], name + "2", variant))
    if name in _FIXED:
        return _FIXED[name]
    if annotation is str:
        return [f"{name}-0001-0001", TRICKY, "2026-11-23T08:00:00+01:00"][variant]
    if annotation is bool:
        return variant != 2
    if annotation is Decimal:
        return [Decimal("1500.000"), Decimal("0.5"), Decimal("7E+2")][variant]
    if annotation is date:
        return date(2026, 11, 23)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):  # ScrapCount, FefoOverride
        return {n: _value(f.annotation, n, variant) for n, f in annotation.model_fields.items()}
    raise AssertionError(f"no sample for {annotation!r}")


def _samples() -> list[Payload]:
    """Three payloads of every type, as far as each schema takes them (text cut short where it refuses long)."""
    samples: list[Payload] = []
    for cls in PAYLOAD_TYPES.values():
        made = 0
        for variant in range(3):
            data = {name: _value(f.annotation, name, variant) for name, f in cls.model_fields.items()}
            short = {n: v[:16] if isinstance(v, str) and n not in _FIXED else v for n, v in data.items()}
            for attempt in (data, short):
                try:
                    samples.append(parse_payload(cls.TYPE, cls.VERSION, attempt))
                except InvalidInput:
                    continue
                made += 1
                break
        assert made, cls.TYPE
    return samples


@pytest.mark.parametrize("payload", _samples(), ids=lambda p: p.TYPE)
def test_a_payload_is_written_as_its_schema_dumps_it(payload: Payload) -> None:
    body, text = encode_payload(payload)
    assert body == _reference_dict(payload)
    assert text == canonical_json(_reference_dict(payload))
    assert encode_payload(payload) == (body, text)  # the kept plan gives the same a second time


def test_every_all_text_payload_type_and_the_others_keep_their_recorded_bytes() -> None:
    """Recorded from the payloads' plain JSON dump before appends wrote them any other way."""
    assert encode_payload(MachineMarkedDown(machine_id="M01", mark_id="m-1", reason="electrical", note=TRICKY))[1] == (
        '{"machine_id":"M01","mark_id":"m-1","note":"Łódź \\"q\\" \\\\ \\t\\n\u2028 \U0001f600","reason":"electrical"}'
    )
    assert encode_payload(OperatorSignedIn(method="badge+pin"))[1] == '{"method":"badge+pin"}'
    stopped = TaskStopped(task_id="304/2023-10", good_qty=Decimal("12.50"), scrap_qty=Decimal(0), output_lot=None)
    assert encode_payload(stopped)[1] == (
        '{"good_qty":"12.5","output_lot":null,"scrap_qty":"0","scrap_reason":null,"task_id":"304/2023-10"}'
    )


_TIMES = [
    datetime(2026, 11, 23, 8, 0, 0, 0, tzinfo=timezone(timedelta(hours=1))),
    datetime(2026, 11, 23, 8, 0, 59, 999_999, tzinfo=timezone(timedelta(hours=1))),
    datetime(2026, 11, 23, 8, 0, 59, 999_999, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
    datetime(2026, 11, 23, 8, 0, 59, 1_500, tzinfo=timezone(timedelta(hours=5, minutes=45))),
    datetime(2026, 11, 23, 8, 0, 59, 1_500, tzinfo=timezone(timedelta(seconds=3723, microseconds=5))),
    datetime(2026, 11, 23, 8, 0, 1, 1_500, tzinfo=UTC),
    datetime(999, 1, 2, 3, 4, 5, 6_000, tzinfo=UTC),
    # the hour a DST zone's clocks go back, both times round: same wall clock, another offset
    datetime(2026, 10, 25, 2, 30, 7, 250_000, tzinfo=ZoneInfo("Europe/Warsaw")),
    datetime(2026, 10, 25, 2, 30, 7, 250_000, tzinfo=ZoneInfo("Europe/Warsaw"), fold=1),
    # in this machine's own zone (a fixed instant: the test's id must be the same in every test process)
    datetime(2026, 12, 8, 0, 28, 24, 947_952, tzinfo=UTC).astimezone(),
]


@pytest.mark.parametrize("at", _TIMES, ids=str)
def test_an_event_time_is_written_as_isoformat_writes_it(at: datetime) -> None:
    assert iso_millis(at) == at.isoformat(timespec="milliseconds")
    assert iso_millis(at) == at.isoformat(timespec="milliseconds")  # and again from the kept minute


def test_an_event_time_after_another_in_the_same_minute_has_its_own_seconds_and_offset() -> None:
    first, *others = _TIMES[:5]
    iso_millis(first)
    assert [iso_millis(at) for at in others] == [at.isoformat(timespec="milliseconds") for at in others]


_ENVELOPES: list[dict[str, Any]] = [
    {
        "event_id": "0192f0c0-0000-7000-8000-000000000001",
        "station_id": "ST-01",
        "epoch": 1,
        "seq": 1,
        "type": "machine.marked_down",
        "schema_version": 1,
        "occurred_at": "2026-11-23T08:01:00.000+01:00",
        "operator_id": "tomasz",
        "payload": {"machine_id": "M01", "mark_id": "m-1", "note": "", "reason": "electrical"},
        "prev_hash": GENESIS_HASH,
    },
    {
        "event_id": "0192f0c0-0000-7000-8000-000000000002",
        "station_id": 'ST "Łódź"',
        "epoch": 3,
        "seq": 12345,
        "type": "operator.signed_out",
        "schema_version": 2,
        "occurred_at": "2026-11-23T08:01:00.999-03:30",
        "operator_id": None,
        "payload": {"reason": "idle"},
        "prev_hash": "ab" * 32,
    },
    {
        "event_id": "0192f0c0-0000-7000-8000-000000000003",
        "station_id": "ST-02",
        "epoch": 1,
        "seq": 7,
        "type": "machine.marked_down",
        "schema_version": 1,
        "occurred_at": "2026-11-23T08:01:00.000+00:00",
        "operator_id": TRICKY,
        "payload": {"machine_id": "M01", "mark_id": "m-1", "note": TRICKY, "reason": "electrical"},
        "prev_hash": "0f" * 32,
    },
]
_RECORDED_HASHES = [  # made by the appends before the envelope's parts were kept (chain_hash, event_hash)
    "325a3f680b4a11bac6dff3821c5b5eb6a08059fc0830f3f6d02e2a77a4a1e97b",
    "57f5dbf031c4cab855bc3edcbf9b93d9e7d9752bbf2cf3d0f23c96d5da3179b8",
    "c082f43e337a21e55e5e46866553bfca203e3f53aa3f6b1e12efab79db101a3c",
]


@pytest.mark.parametrize(("fields", "recorded"), list(zip(_ENVELOPES, _RECORDED_HASHES, strict=True)))
def test_the_hash_made_with_the_envelopes_constant_parts_written_once_is_the_envelopes_hash(
    fields: dict[str, Any], recorded: str
) -> None:
    link_hash = link_hasher(fields["station_id"], fields["epoch"], fields["type"], fields["schema_version"])
    made = link_hash(
        fields["event_id"],
        fields["seq"],
        fields["occurred_at"],
        operator_json(fields["operator_id"]),
        canonical_json(fields["payload"]),
        fields["prev_hash"],
    )
    assert made == event_hash(**fields) == recorded


def test_text_json_would_escape_is_not_plain() -> None:
    assert plain_text("ab" * 32)
    assert plain_text(str(uuid.uuid4()))
    assert plain_text("Łódź")
    assert not plain_text('ab"')
    assert not plain_text("a\nb")


def test_an_event_made_through_its_slots_is_the_event_and_stays_frozen() -> None:
    fields = dict(_ENVELOPES[0], hash="cd" * 32)
    made = new_event(*fields.values())
    assert made == Event(**fields)
    assert type(made) is Event
    assert made.as_dict() == fields
    with pytest.raises(AttributeError):
        made.seq = 2  # type: ignore[misc]


def test_identifiers_are_version_7_uuids_each_after_the_one_before() -> None:
    made = [uuid7() for _ in range(3000)]  # several reads of the system's randomness
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (7, uuid.RFC_4122, text)
    assert len({text[15:18] + text[19:] for text in made}) == len(made)  # the random bits differ
    now_ms = datetime.now().timestamp() * 1000
    assert abs(int(made[0].replace("-", "")[:12], 16) - now_ms) < 60_000
