"""Appends in batches and one by one, mixed, keep one hash chain and the projections the log says, across a restart.

The unit of work holds back projections that are one insert (a sign-in, a machine marked down) and runs a run of
them in one statement: whatever reads inside the same transaction still sees them, and a transaction that is not
committed leaves nothing behind.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from floorstation import bootstrap
from floorstation.domain.events import MachineCleared, MachineMarkedDown, OperatorSignedIn, OperatorSignedOut
from floorstation.store import eventlog
from floorstation.store.models import MachineMarkRow, MarkClearRow, SignedInRow
from floorstation.store.projections import rebuild

AT = datetime.fromisoformat("2026-11-23T08:00:00+01:00")


def _mark(n: int) -> MachineMarkedDown:
    return MachineMarkedDown(machine_id="M01", mark_id=f"mark-{n}", reason="electrical", note=f"#{n}")


def _projections(station: bootstrap.Station) -> tuple[list[tuple[str, ...]], list[str], list[str]]:
    with station.engine.connect() as conn:
        marks = [tuple(r) for r in conn.execute(select(MachineMarkRow).order_by(MachineMarkRow.mark_id)).all()]
        clears = list(conn.scalars(select(MarkClearRow.mark_id).order_by(MarkClearRow.mark_id)))
        people = list(conn.scalars(select(SignedInRow.operator_id).order_by(SignedInRow.operator_id)))
    return marks, clears, people


def test_batched_and_single_appends_mixed_keep_one_chain_and_the_projections_across_a_restart(
    station_dir: Path,
) -> None:
    station = bootstrap.build(station_dir)
    at = AT
    try:
        with station.ctx.uow() as uow:  # a batch: sign-ins and marks between them, and a clear in the middle
            uow.record(OperatorSignedIn(method="badge"), operator_id="tomasz", at=at)
            for n in range(40):
                uow.record(_mark(n), operator_id="tomasz", at=at)
            uow.record(OperatorSignedIn(method="badge"), operator_id="anna", at=at)
            uow.record(MachineCleared(machine_id="M01", mark_ids=("mark-3", "mark-4")), operator_id="tomasz", at=at)
            for n in range(40, 60):
                uow.record(_mark(n), operator_id="tomasz", at=at)
            uow.commit()
        for n in range(60, 65):  # one by one
            at += timedelta(seconds=1)
            with station.ctx.uow() as uow:
                uow.record(_mark(n), operator_id="anna", at=at)
                uow.commit()
    finally:
        station.close()

    station = bootstrap.build(station_dir)  # the terminal started again
    try:
        with station.ctx.uow() as uow:
            uow.record(OperatorSignedOut(reason="manual"), operator_id="anna", at=at)
            for n in range(65, 80):
                uow.record(_mark(n), operator_id="tomasz", at=at)
            uow.commit()
        with station.ctx.uow() as uow:
            uow.record(_mark(80), operator_id="tomasz", at=at)
            uow.commit()

        checked, problem = eventlog.verify(station.engine)
        assert problem is None
        with station.engine.connect() as conn:
            seqs = [e.seq for e in eventlog.tail(conn, None)]
        assert checked == len(seqs) == 81 + 4
        assert seqs == list(range(1, len(seqs) + 1))

        marks, clears, people = _projections(station)
        assert len(marks) == 81
        assert clears == ["mark-3", "mark-4"]
        assert people == ["tomasz"]
        with station.ctx.uow() as uow:
            assert len(uow.open_marks("M01")) == 79

        with station.engine.connect() as conn:  # what the log says, replayed, is what was kept on the way
            rebuild(conn)
            conn.commit()
        assert _projections(station) == (marks, clears, people)
    finally:
        station.close()


def test_what_a_unit_of_work_recorded_is_read_back_in_it_and_gone_when_it_is_not_committed(
    station: bootstrap.Station,
) -> None:
    with station.ctx.uow() as uow:
        before = {m.mark_id for m in uow.open_marks("M01")}
        uow.record(OperatorSignedIn(method="badge"), operator_id="tomasz", at=AT)
        uow.record(_mark(1), operator_id="tomasz", at=AT)
        uow.record(_mark(2), operator_id="tomasz", at=AT)
        assert {m.mark_id for m in uow.open_marks("M01")} - before == {"mark-1", "mark-2"}
        assert "tomasz" in uow.signed_in()
        uow.record(_mark(3), operator_id="tomasz", at=AT)  # held again after the read, then dropped: no commit

    with station.ctx.uow() as uow:
        assert {m.mark_id for m in uow.open_marks("M01")} == before
        assert "tomasz" not in uow.signed_in()
    with station.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(MachineMarkRow)) == len(before)
        assert eventlog.count(conn) == 0
