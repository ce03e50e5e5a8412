"""What an append stores is what the plain way of writing an event gives: the payload as its schema dumps it in
canonical JSON, the time as ``isoformat`` writes it, the hash of the whole envelope chained to the one before, and
every projection row the event makes, in a batch and one by one alike."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from floorstation import bootstrap
from floorstation.domain.events import (
    STORED_COLUMNS,
    HandoverNoted,
    MachineMarkedDown,
    OperatorSignedIn,
    Payload,
    TaskCounted,
    canonical_json,
    event_hash,
)
from floorstation.store import eventlog
from floorstation.store.models import MachineMarkRow, SignedInRow
from floorstation.store.uow import SqlUnitOfWork

NOTE = 'Łódź "q" \\ \t\n\u2028 \U0001f600'
AT = datetime(2026, 11, 23, 8, 0, 0, 123_456, tzinfo=timezone(timedelta(hours=1)))


def _reference_json(payload: Payload) -> str:
    data = payload.model_dump(mode="json")
    for name in payload.LEFT_OUT_WHEN_NONE:
        if data.get(name) is None:
            data.pop(name, None)
    return canonical_json(data)


def _events(station: bootstrap.Station) -> list[dict[str, Any]]:
    with station.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT {', '.join(STORED_COLUMNS)} FROM event ORDER BY epoch, seq").all()
    return [dict(zip(STORED_COLUMNS, row, strict=True)) for row in rows]


def _recorded(station: bootstrap.Station, batches: list[list[tuple[Payload, str | None, datetime]]]) -> None:
    for batch in batches:
        with station.ctx.uow() as uow:
            for payload, operator, at in batch:
                uow.record(payload, operator_id=operator, at=at)
            uow.commit()


def test_stored_rows_are_the_plain_envelope_and_its_hash_chained_and_every_mark_is_kept(
    station: bootstrap.Station,
) -> None:
    marks = [
        MachineMarkedDown(machine_id="M01", mark_id=f"mark-{n}", reason="electrical", note=NOTE if n % 2 else "")
        for n in range(30)
    ]
    counted = TaskCounted(task_id="304/2023-10", good_qty=Decimal("12.50"), scrap=(), rework_qty=Decimal(0))
    inputs: list[list[tuple[Payload, str | None, datetime]]] = [
        [(OperatorSignedIn(method="badge"), "tomasz", AT)]
        + [(m, "tomasz", AT + timedelta(milliseconds=7 * n)) for n, m in enumerate(marks[:20])]
        + [(HandoverNoted(machine_id="M01", task_id=None, note=NOTE), NOTE, AT), (counted, None, AT)],
        *[[(m, "anna", AT.astimezone(timezone(timedelta(hours=-3, minutes=-30))))] for m in marks[20:25]],
        [(m, "tomasz", AT + timedelta(seconds=61)) for m in marks[25:]],
    ]
    _recorded(station, inputs)

    stored = _events(station)
    flat = [item for batch in inputs for item in batch]
    assert len(stored) == len(flat)
    prev = "0" * 64
    for seq, (row, (payload, operator, at)) in enumerate(zip(stored, flat, strict=True), start=1):
        assert (row["seq"], row["type"], row["operator_id"]) == (seq, payload.TYPE, operator)
        assert row["payload_json"] == _reference_json(payload)
        assert row["occurred_at"] == at.isoformat(timespec="milliseconds")
        assert row["prev_hash"] == prev
        fields = {k: v for k, v in row.items() if k not in {"payload_json", "hash"}}
        assert row["hash"] == event_hash(**fields, payload=json.loads(row["payload_json"]))
        prev = row["hash"]
    assert eventlog.verify(station.engine) == (len(flat), None)

    with station.engine.connect() as conn:
        kept = {r.mark_id: r for r in conn.execute(select(MachineMarkRow)).all()}
        signed_in = {r.operator_id: r.since for r in conn.execute(select(SignedInRow)).all()}
    by_mark = {row["payload_json"]: row for row in stored}
    for mark in marks:
        row = by_mark[_reference_json(mark)]
        assert tuple(kept[mark.mark_id]) == (
            mark.mark_id,
            mark.machine_id,
            mark.reason,
            mark.note,
            row["operator_id"],
            row["occurred_at"],
        )
    assert signed_in["tomasz"] == AT.isoformat(timespec="milliseconds")


def test_an_append_after_a_log_head_json_would_escape_is_hashed_over_the_envelope_as_written(
    station: bootstrap.Station,
) -> None:
    _recorded(station, [[(MachineMarkedDown(machine_id="M01", mark_id="m-1", reason="x"), "tomasz", AT)]])
    with station.engine.begin() as conn:  # the head altered beside the unit of work, to a hash with a quote in it
        conn.exec_driver_sql("UPDATE log_head SET hash = 'a\"b'")
    _recorded(station, [[(MachineMarkedDown(machine_id="M01", mark_id="m-2", reason="x"), "tomasz", AT)]])
    last = _events(station)[-1]
    assert last["prev_hash"] == 'a"b'
    fields = {k: v for k, v in last.items() if k not in {"payload_json", "hash"}}
    assert last["hash"] == event_hash(**fields, payload=json.loads(last["payload_json"]))


class _OwnTime(datetime):
    """A time of a class of its own, which writes itself as it likes."""

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return '2026-11-23 "08:00"'


def test_an_event_time_of_a_class_of_its_own_is_hashed_as_it_writes_itself(station: bootstrap.Station) -> None:
    at = _OwnTime(2026, 11, 23, 8, tzinfo=UTC)
    _recorded(station, [[(MachineMarkedDown(machine_id="M01", mark_id="m-1", reason="x"), "tomasz", at)]])
    [row] = _events(station)
    assert row["occurred_at"] == '2026-11-23 "08:00"'
    fields = {k: v for k, v in row.items() if k not in {"payload_json", "hash"}}
    assert row["hash"] == event_hash(**fields, payload=json.loads(row["payload_json"]))


def test_a_station_of_its_own_is_stored_and_hashed_as_it_is(
    station: bootstrap.Station,
) -> None:
    with SqlUnitOfWork(station.engine, "ST 'Łódź' -- 2", 7) as uow:  # a quote in it, and what looks like SQL
        uow.record(MachineMarkedDown(machine_id="M01", mark_id="m-1", reason="x"), operator_id="tomasz", at=AT)
        uow.commit()
    [row] = _events(station)
    assert (row["station_id"], row["epoch"], row["seq"]) == ("ST 'Łódź' -- 2", 7, 1)
    fields = {k: v for k, v in row.items() if k not in {"payload_json", "hash"}}
    assert row["hash"] == event_hash(**fields, payload=json.loads(row["payload_json"]))
    with station.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT typeof(station_id), typeof(epoch), typeof(seq) FROM event").one()
    assert tuple(stored) == ("text", "integer", "integer")
