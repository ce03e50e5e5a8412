"""Counts as the floor makes them: interim counts with scrap by reason and rework while a task runs, "stop for
now" against "operation finished", and handover notes left for the next person at the machine."""

from __future__ import annotations

from decimal import Decimal

import pytest

from floorstation import bootstrap
from floorstation.app import handover, operators, tasks, views
from floorstation.app.context import StationContext
from floorstation.domain.errors import InvalidInput, NotAllowedNow, NotFound
from floorstation.domain.events import Event, TaskStopped, canonical_json, payload_dict
from floorstation.store import eventlog
from floorstation.store.projections import rebuild

TASK = "304/2023-10"  # on M01, makes CAP-28
LOT = "M01-26327-001"


def _tail(station: bootstrap.Station, n: int) -> list[Event]:
    with station.engine.connect() as conn:
        return eventlog.tail(conn, n)


def _lot_quantity(ctx: StationContext, code: str) -> Decimal:
    with ctx.uow() as uow:
        lot = uow.lot(code)
        assert lot is not None
        return lot.quantity


@pytest.fixture
def ctx(station: bootstrap.Station) -> StationContext:
    """Anna runs TASK; Piotr is signed in too."""
    for badge in ("B1001", "B1002"):
        operators.sign_in(station.ctx, badge=badge)
    tasks.start_task(station.ctx, TASK, "anna")
    return station.ctx


def test_counts_add_up_with_scrap_by_reason_and_rework_apart(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.count_task(ctx, TASK, "anna", good=400, scrap={"flash": 3, "short_shot": "2"})
    tasks.pause_task(ctx, TASK, "anna", "material")
    state = tasks.count_task(ctx, TASK, "piotr", good="100.5", rework=7)  # while paused, by someone else
    assert (state.status, state.good_qty, state.scrap_qty, state.rework_qty) == (
        "paused",
        Decimal("500.5"),
        5,
        7,
    )
    first, second = (e for e in _tail(station, 3) if e.type == "task.counted")
    assert first.payload == {
        "task_id": TASK,
        "good_qty": "400",
        "scrap": [{"reason": "flash", "qty": "3"}, {"reason": "short_shot", "qty": "2"}],
        "rework_qty": "0",
        "output_lot": LOT,
    }
    assert second.operator_id == "piotr"
    assert _lot_quantity(ctx, LOT) == Decimal("500.5")  # the good are in the production lot at once
    with station.engine.begin() as conn:
        rebuild(conn)
    with ctx.uow() as uow:
        again = uow.task_state(TASK)
    assert (again.good_qty, again.scrap_qty, again.rework_qty) == (Decimal("500.5"), 5, 7)


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({}, InvalidInput, "Nothing to count"),
        ({"scrap": {"gremlins": 2}}, NotFound, "gremlins"),
        ({"good": -1}, InvalidInput, "more than zero"),
        ({"good": 250_000}, InvalidInput, "ten times the planned"),
    ],
)
def test_a_bad_count_records_nothing(
    station: bootstrap.Station, ctx: StationContext, kwargs: dict[str, object], error: type[Exception], words: str
) -> None:
    before = _tail(station, 1)
    with pytest.raises(error, match=words):
        tasks.count_task(ctx, TASK, "anna", **kwargs)  # type: ignore[arg-type]
    assert _tail(station, 1) == before


def test_stop_for_now_keeps_the_task_and_anyone_resumes_then_finished_leaves_the_queue(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    tasks.count_task(ctx, TASK, "anna", good=100)
    stopped = tasks.stop_task(ctx, TASK, "anna", good=20, finished=False)
    assert (stopped.status, stopped.good_qty) == ("idle", 120)
    assert _tail(station, 1)[0].payload["finished"] is False
    queue = views.station_view(ctx, ["M01"]).machines[0].queue
    assert TASK in [q.task.id for q in queue]
    again = tasks.start_task(ctx, TASK, "piotr")  # the next shift carries on
    assert (again.status, again.crew, again.output_lot) == ("running", ("piotr",), LOT)
    done = tasks.stop_task(ctx, TASK, "piotr", good=0, finished=True)
    assert done.status == "finished"
    queue = views.station_view(ctx, ["M01"]).machines[0].queue
    assert TASK not in [q.task.id for q in queue]
    with pytest.raises(NotAllowedNow, match="finished"):
        tasks.start_task(ctx, TASK, "anna")


def test_a_stop_without_the_choice_keeps_its_old_record_and_meaning(station: bootstrap.Station) -> None:
    old = TaskStopped(task_id=TASK, good_qty=Decimal(5), scrap_qty=Decimal(0), output_lot=LOT)
    assert "finished" not in payload_dict(old)  # the hash input of stops recorded before stays as it was
    assert canonical_json(payload_dict(old)) == (
        '{"good_qty":"5","output_lot":"M01-26327-001","scrap_qty":"0","scrap_reason":null,"task_id":"304/2023-10"}'
    )


def test_a_handover_note_is_shown_at_the_task_until_acknowledged(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    tasks.stop_task(ctx, TASK, "anna", good=0, finished=False)
    note = handover.leave_note(ctx, "M01", "anna", "  Feeder 2 jams: tap it twice.  ", task_id=TASK)
    assert (note.note, note.written_by, note.task_id) == ("Feeder 2 jams: tap it twice.", "anna", TASK)
    detail = views.task_detail(ctx, TASK)
    assert detail is not None
    assert [n.note for n in detail.handovers] == ["Feeder 2 jams: tap it twice."]
    assert handover.acknowledge_notes(ctx, "piotr", [note.event_id]) == 1
    assert handover.acknowledge_notes(ctx, "piotr", [note.event_id]) == 0  # twice: recorded once
    assert [e.type for e in _tail(station, 2)] == ["handover.noted", "handover.acknowledged"]
    detail = views.task_detail(ctx, TASK)
    assert detail is not None and detail.handovers == ()
    other = handover.leave_note(ctx, "M01", "piotr", "Mould T-28-8 runs warm")  # about the machine
    with station.engine.begin() as conn:
        rebuild(conn)  # the notes and who read them come back from the log alone
    detail = views.task_detail(ctx, TASK)
    assert detail is not None and [n.event_id for n in detail.handovers] == [other.event_id]
    with pytest.raises(InvalidInput, match="note"):
        handover.leave_note(ctx, "M01", "anna", "   ")
    [machine] = views.station_view(ctx, ["M01"]).machines
    assert [n.event_id for n in machine.handovers] == [other.event_id]


def test_a_note_about_a_finished_operation_waits_for_no_one(ctx: StationContext) -> None:
    tasks.stop_task(ctx, TASK, "anna", good=0, finished=False)
    handover.leave_note(ctx, "M01", "anna", "Last 20 caps are in the blue box", task_id=TASK)
    assert views.station_view(ctx, ["M01"]).machines[0].handovers
    tasks.start_task(ctx, TASK, "piotr")
    tasks.stop_task(ctx, TASK, "piotr", good=0, finished=True)
    assert views.station_view(ctx, ["M01"]).machines[0].handovers == ()
