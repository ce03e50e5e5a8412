"""A batch is judged as its events would be one at a time (SQLite and PostgreSQL): the server looks up what a
batch needs in one query per kind (lots, decisions and balances, SSCCs, lot codes) and stores the events by COPY
on PostgreSQL, and what it flags, raises and projects is what uploading the same records one per batch gives.
Duplicates are stored once whether they repeat within a batch or across batches, and a chain broken in the
middle of a batch stores nothing of it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from floorstation.domain import events as ev
from floorstation.domain.events import PAYLOAD_TYPES, Payload
from floorstation.server import enrollment
from floorstation.server.db import open_database
from floorstation.server.ingest import Refusal, ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import (
    AlarmRow,
    EventFlagRow,
    EventRow,
    PlantChangeRow,
    PlantLotEdgeRow,
    PlantLotRow,
    PlantPalletRow,
    PlantWorkRow,
    StationCursorRow,
)
from tests.integration.plantmodel import snapshot
from tests.integration.serverkit import DEMO_PLANT, T0, facts, rehash

#: The batch below trips every check that raises an alarm, on purpose.
pytestmark = pytest.mark.allow_log_warnings

TASK = "304/2023-10"


def _consume(lot: str, qty: int, material: str) -> ev.LotConsumed:
    return ev.LotConsumed(
        input_lot=lot, output_lot="OUT-1", task_id=TASK, material=material, quantity=ev.Qty(qty), unit="kg"
    )


def _produced(code: str, material: str) -> ev.LotProduced:
    return ev.LotProduced(
        lot_code=code, material=material, task_id=TASK, work_order="304/2023", machine_id="M-01",
        produced_on=date(2026, 11, 23),
    )  # fmt: skip


def _pallet(sscc: str) -> ev.PalletBuilt:
    return ev.PalletBuilt(sscc=sscc, lot_code="OUT-1", material="CAP-BLUE", quantity=ev.Qty(10), unit="pc")


def _mixed() -> list[Payload]:
    """One shift's records that trip every check: a held, a recalled and an expired lot consumed, a lot used past
    its balance by the second of two uses, a lot code and an SSCC another station made already, and plain
    records in between."""
    return [
        _consume("MB-0501", 10, "MB-BLUE"),  # on hold in master data
        _consume("PP-2402", 1, "RESIN-PP"),
        _consume("PP-2209", 5, "RESIN-PP"),  # recalled
        _consume("PP-2312", 5, "RESIN-PP"),  # expired 2025-06-30
        _consume("MB-0502", 50, "MB-BLUE"),
        _consume("MB-0502", 50, "MB-BLUE"),  # 80 kg on record: this one overdraws it
        _produced("SHARED-1", "CAP-BLUE"),  # made at ST-X already
        _pallet("000000000000000017"),  # built at ST-X already
        _pallet("000000000000000024"),
        ev.MachineMarkedDown(machine_id="M-01", mark_id="m-1", reason="jam"),
        ev.TaskStopped(task_id=TASK, good_qty=ev.Qty(10), scrap_qty=ev.Qty(0), output_lot="OUT-1"),
    ]


@pytest.fixture
def second_engine(server_db: str, tmp_path: Path) -> Iterator[Engine]:
    """Another empty server database on the same backend as ``server_engine``."""
    if server_db.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'second.db'}"
    else:
        schema = f"t_{uuid.uuid4().hex[:12]}"
        base = server_db.split("?", maxsplit=1)[0]
        dsn = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{base}?options=-csearch_path%3D{schema}"
    engine = open_database(url)
    yield engine
    engine.dispose()


def _plant(engine: Engine) -> None:
    """The demo plant, and station ST-X that made lot SHARED-1 and the pallet 000000000000000017 before."""
    import_catalog(engine, read_catalog(DEMO_PLANT))
    for station in ("ST-A", "ST-X"):
        enrollment.create_code(engine, station)
    ingest(engine, "ST-X", facts("ST-X", [_produced("SHARED-1", "CAP-BLUE"), _pallet("000000000000000017")]))


def _outcome(engine: Engine) -> dict[str, object]:
    """What a person at the plant sees of ST-A's records: flags and alarms by seq, the lots' quantities and status,
    the pallets, the genealogy and what the stations download."""
    with engine.connect() as conn:
        seq_of = {
            r.event_id: r.seq
            for r in conn.execute(select(EventRow.event_id, EventRow.seq).where(EventRow.station_id == "ST-A"))
        }
        flags = sorted(
            (seq_of[r.event_id], r.code)
            for r in conn.execute(select(EventFlagRow.event_id, EventFlagRow.code))
            if r.event_id in seq_of
        )
        alarms = sorted(
            (r.seq, r.kind)
            for r in conn.execute(select(AlarmRow.seq, AlarmRow.kind).where(AlarmRow.station_id == "ST-A"))
        )
        lots = sorted(
            tuple(r)
            for r in conn.execute(
                select(
                    PlantLotRow.code,
                    PlantLotRow.status,
                    PlantLotRow.consumed_milli,
                    PlantLotRow.produced_milli,
                    PlantLotRow.palletized_milli,
                    PlantLotRow.station_id,
                )
            )
        )
        pallets = sorted(
            tuple(r)
            for r in conn.execute(select(PlantPalletRow.sscc, PlantPalletRow.built_station, PlantPalletRow.qty_milli))
        )
        edges = sorted(
            tuple(r)
            for r in conn.execute(
                select(PlantLotEdgeRow.input_lot, PlantLotEdgeRow.output_lot, PlantLotEdgeRow.qty_milli)
            )
        )
        feed = sorted(
            tuple(r) for r in conn.execute(select(PlantChangeRow.entity, PlantChangeRow.key, PlantChangeRow.data_json))
        )
        stored = conn.scalar(select(func.count()).select_from(EventRow).where(EventRow.station_id == "ST-A"))
    return {
        "flags": flags,
        "alarms": alarms,
        "lots": lots,
        "pallets": pallets,
        "edges": edges,
        "feed": feed,
        "stored": stored,
    }


def test_a_batch_is_flagged_raised_and_projected_as_its_records_one_at_a_time(
    server_engine: Engine, second_engine: Engine
) -> None:
    records = facts("ST-A", _mixed())
    _plant(server_engine)
    _plant(second_engine)

    ingest(server_engine, "ST-A", records)
    for event in records:
        ingest(second_engine, "ST-A", [event])

    whole, one_by_one = _outcome(server_engine), _outcome(second_engine)
    assert whole["flags"] == [
        (1, "lot_on_hold"),
        (3, "lot_recalled"),
        (4, "lot_expired"),
        (6, "overdrawn"),
        (7, "lot_code_collision"),
        (8, "sscc_collision"),
    ]
    assert whole["alarms"] == [(6, "LOT_OVERDRAWN"), (7, "LOT_CODE_COLLISION"), (8, "SSCC_COLLISION")]
    assert whole["stored"] == len(records)
    assert whole == one_by_one


def test_duplicates_within_a_batch_and_across_batches_are_stored_and_counted_once(server_engine: Engine) -> None:
    _plant(server_engine)
    records = facts("ST-A", [_consume("PP-2402", i + 1, "RESIN-PP") for i in range(8)])

    first = ingest(server_engine, "ST-A", records[:4])
    overlapping = ingest(server_engine, "ST-A", records[2:7])  # 3 and 4 again, then 5 to 7
    again = ingest(server_engine, "ST-A", records)  # 1 to 7 again, then 8

    assert (first.acked_through, first.accepted) == (4, 4)
    assert (overlapping.acked_through, overlapping.accepted) == (7, 3)
    assert [(r.seq, r.status) for r in overlapping.results] == [(3, "duplicate"), (4, "duplicate")]
    assert (again.acked_through, again.accepted) == (8, 1)
    assert [r.seq for r in again.results if r.status == "duplicate"] == list(range(1, 8))
    with server_engine.connect() as conn:
        assert conn.scalars(select(EventRow.seq).where(EventRow.station_id == "ST-A").order_by(EventRow.seq)).all() == [
            1, 2, 3, 4, 5, 6, 7, 8,
        ]  # fmt: skip
        consumed = conn.scalar(select(PlantLotRow.consumed_milli).where(PlantLotRow.code == "PP-2402"))
        edges = conn.scalar(
            select(func.count()).select_from(PlantLotEdgeRow).where(PlantLotEdgeRow.input_lot == "PP-2402")
        )
    assert consumed == sum(range(1, 9)) * 1000, "each consumption counted once: 36 kg"
    assert edges == 8


def test_a_changed_record_among_duplicates_is_refused_and_nothing_of_the_batch_is_stored(server_engine: Engine) -> None:
    _plant(server_engine)
    records = facts("ST-A", [_consume("PP-2402", 1, "RESIN-PP") for _ in range(6)])
    ingest(server_engine, "ST-A", records[:4])
    altered = [*records[:2], rehash(records[2], operator_id="mallory"), *records[3:]]

    with pytest.raises(Refusal) as refused:
        ingest(server_engine, "ST-A", altered)

    assert (refused.value.error, refused.value.seq) == ("CONFLICTING_EVENT", 3)
    with server_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(EventRow).where(EventRow.station_id == "ST-A")) == 4
        assert conn.scalar(select(PlantLotRow.consumed_milli).where(PlantLotRow.code == "PP-2402")) == 4000
        kinds = conn.scalars(select(AlarmRow.kind).where(AlarmRow.station_id == "ST-A")).all()
    assert kinds == ["CONFLICTING_EVENT"]


def test_a_chain_broken_in_the_middle_of_a_batch_stores_nothing_of_it(server_engine: Engine) -> None:
    _plant(server_engine)
    records = facts("ST-A", [_consume("PP-2402", 1, "RESIN-PP") for _ in range(6)])
    ingest(server_engine, "ST-A", records[:2])
    broken = [*records[2:4], rehash(records[4], prev_hash="f" * 64), records[5]]

    with pytest.raises(Refusal) as refused:
        ingest(server_engine, "ST-A", broken)

    assert (refused.value.error, refused.value.seq) == ("HASH_CHAIN_BROKEN", 5)
    with server_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(EventRow).where(EventRow.station_id == "ST-A")) == 2
        assert conn.scalar(select(StationCursorRow.acked_seq).where(StationCursorRow.station_id == "ST-A")) == 2
        assert conn.scalar(select(PlantLotRow.consumed_milli).where(PlantLotRow.code == "PP-2402")) == 2000
        kinds = conn.scalars(select(AlarmRow.kind).where(AlarmRow.station_id == "ST-A")).all()
    assert kinds == ["HASH_CHAIN_BROKEN"]
    assert ingest(server_engine, "ST-A", records[2:]).acked_through == 6, "the unbroken batch is taken after"


def _every_kind() -> list[Payload]:
    """A shift at ST-A with a record of every kind the plant projects, checks or stores."""
    return [
        ev.OperatorSignedIn(method="badge"),
        ev.TaskStarted(task_id=TASK, machine_id="M-01", work_order="304/2023"),
        _consume("PP-2402", 1, "RESIN-PP"),
        ev.TaskPaused(task_id=TASK, reason="break"),
        ev.TaskResumed(task_id=TASK),
        ev.TaskCounted(
            task_id=TASK,
            good_qty=ev.Qty(5),
            scrap=(ev.ScrapCount(reason="flash", qty=ev.Qty(1)),),
            output_lot="OUT-1",
        ),
        _produced("OUT-1", "CAP-BLUE"),
        ev.LotReceived(
            lot_code="RCV-1", material="RESIN-PP", quantity=ev.Qty(100), unit="kg", received_on=date(2026, 11, 23)
        ),
        _pallet("000000000000000031"),
        ev.PalletShipped(sscc="000000000000000031", customer_id="C-1", shipment_id="SH-1"),
        _pallet("000000000000000048"),
        ev.PalletVoided(sscc="000000000000000048", reason="dropped"),
        ev.MachineMarkedDown(machine_id="M-01", mark_id="m-9", reason="jam"),
        ev.MachineCleared(machine_id="M-01", mark_ids=("m-9",)),
        ev.HandoverNoted(machine_id="M-01", note="watch the feeder"),
        ev.CardPrinted(card="lot", subject="OUT-1", printer="P1"),
        ev.LotHeld(lot_code="PP-2402", reason="odd colour"),
        _consume("MB-0501", 10, "MB-BLUE"),  # on hold in master data
        ev.TaskStopped(task_id=TASK, good_qty=ev.Qty(10), scrap_qty=ev.Qty(0), output_lot="OUT-1", finished=True),
        ev.OperatorSignedOut(),
    ]


def test_a_batch_of_every_kind_leaves_every_plant_table_as_its_records_one_at_a_time(
    server_engine: Engine, second_engine: Engine
) -> None:
    """ST-B worked on the same task in between (its upload came first): the task's run and pause segments
    are linked across both stations whether ST-A's records come in one batch or one by one."""
    helper = facts(
        "ST-B",
        [
            ev.TaskStarted(task_id=TASK, machine_id="M-01", work_order="304/2023", joined=True),
            ev.TaskPaused(task_id=TASK, reason="tooling"),
            ev.TaskResumed(task_id=TASK),
        ],
        start=T0 + timedelta(seconds=2.5),
        operator_id="ben",
    )
    made = facts("ST-X", [_produced("SHARED-1", "CAP-BLUE"), _pallet("000000000000000017")])
    records = facts("ST-A", _every_kind(), signed=True, operator_id="ewa")  # quality: her hold is taken
    for engine in (server_engine, second_engine):
        import_catalog(engine, read_catalog(DEMO_PLANT))
        for station in ("ST-A", "ST-B", "ST-X"):
            enrollment.create_code(engine, station)
        ingest(engine, "ST-X", made)
        ingest(engine, "ST-B", helper)

    ingest(server_engine, "ST-A", records)
    for event in records:
        ingest(second_engine, "ST-A", [event])

    assert {e.type for e in records} >= set(PAYLOAD_TYPES) - {
        ev.HandoverAcknowledged.TYPE, ev.LotHoldOverridden.TYPE, ev.RuleOverridden.TYPE, ev.LotReleased.TYPE,
    }  # fmt: skip
    whole = snapshot(server_engine) | _outcome(server_engine)
    one_by_one = snapshot(second_engine) | _outcome(second_engine)
    held = next(e.seq for e in records if e.type == ev.LotHeld.TYPE)
    assert one_by_one.pop("alarms") == [(held, "LOT_DECISION_AWAITING_SIGNATURE")]  # alone, it waited
    assert whole.pop("alarms") == []
    assert whole == one_by_one
    on_hold = next(e.seq for e in records if e.payload.get("input_lot") == "MB-0501")
    assert whole["flags"] == [(on_hold, "lot_on_hold")]
    assert ("PP-2402", "hold") in [lot[:2] for lot in whole["lots"]]
    names = [c.name for c in PlantWorkRow.__table__.columns]
    work = [dict(zip(names, r, strict=True)) for r in whole["plant_work_event"]]
    segments = sorted(
        (w["at_ms"], w["station_id"], w["epoch"], w["seq"], w["next_ms"])
        for w in work
        if w["task_id"] == TASK and w["kind"] not in ("signout", "count")
    )
    assert [s[4] for s in segments] == [s[0] for s in segments[1:]] + [None], "each segment ends at the next fact"
    assert {s[1] for s in segments} == {"ST-A", "ST-B"}


def test_a_hold_without_the_quality_role_signed_in_the_next_upload_leaves_the_lot_as_one_batch_does(
    server_engine: Engine, second_engine: Engine
) -> None:
    """Anna (operator, no quality role) holds a lot at ST-A; the station's upload ends with the hold, its signature
    starts the next one. The plant refuses it as it refuses the same two records in one upload: the lot stays
    released for the office and in what the stations download, and the refusal is raised once."""
    records = facts("ST-A", [ev.LotHeld(lot_code="PP-2402", reason="odd colour")], signed=True)
    assert [(e.type, e.operator_id) for e in records] == [(ev.LotHeld.TYPE, "anna"), ("record.signed", "anna")]
    _plant(server_engine)
    _plant(second_engine)

    for event in records:
        ingest(server_engine, "ST-A", [event])
    ingest(second_engine, "ST-A", records)

    seen = {}
    for name, engine in (("one by one", server_engine), ("whole", second_engine)):
        with engine.connect() as conn:
            lot = conn.execute(
                select(PlantLotRow.status, PlantLotRow.status_by).where(PlantLotRow.code == "PP-2402")
            ).one()
            row = conn.scalar(
                select(PlantChangeRow.data_json).where(
                    PlantChangeRow.entity == "lot_status", PlantChangeRow.key == "PP-2402"
                )
            )
        assert tuple(lot) == ("released", None), name
        assert row is not None, name
        downloaded = json.loads(row)
        assert (downloaded["status"], downloaded["by"]) == ("released", None), name
        outcome = _outcome(engine)
        assert outcome["flags"] == [(records[0].seq, "decision_refused")], name
        assert [kind for _, kind in outcome["alarms"]] == ["LOT_DECISION_REFUSED"], name
        seen[name] = downloaded
    assert seen["one by one"] == seen["whole"]
