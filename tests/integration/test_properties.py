"""Whatever a shift does, the projections equal a replay of the log, and the log is a gapless, intact chain."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, select, text

from floorstation import bootstrap, cli
from floorstation.app.simulate import ShiftSimulator
from floorstation.store import eventlog
from floorstation.store.models import EventRow
from floorstation.store.projections import rebuild

START = datetime(2026, 11, 23, 6, 0, 0, tzinfo=timezone(timedelta(hours=1)))
PINS = {"marta": "3333", "tomasz": "4444", "ewa": "5555"}

# Every projection, with the columns that identify a row's content (lot_edge's autoincrement id left out).
PROJECTIONS = {
    "lot_stock": "*",
    "lot_edge": "input_lot, output_lot, task_id, machine_id, operator_id, qty_milli, occurred_at, event_id",
    "signed_in": "*",
    "task_state": "*",
    "task_crew": "*",
    "machine_mark": "*",
    "machine_mark_clear": "*",
    "pallet": "*",
    "lot": "*",
}


def projections(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(
            (tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM {table}"))),
            key=lambda r: tuple((v is None, str(v)) for v in r),
        )
        for table, columns in PROJECTIONS.items()
    }


def balances(station: bootstrap.Station) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    """Each lot as the station shows it: on hand, on pallets, and the balance left to consume."""
    with station.ctx.uow() as uow:
        return {lot.code: (lot.quantity, lot.palletized, lot.balance) for lot in uow.all_lots()}


@contextmanager
def fresh_station(template: Path) -> Iterator[bootstrap.Station]:
    """A station of its own for one hypothesis example (function-scoped fixtures are shared by examples)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "station"
        shutil.copytree(template, root)
        # Durability is not under test here; OFF keeps 25 shifts quick.
        station = bootstrap.build(root, synchronous="OFF")
        try:
            yield station
        finally:
            station.close()


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    actions=st.integers(min_value=40, max_value=120),
    rebuild_after=st.one_of(st.none(), st.integers(min_value=1, max_value=39)),
)
def test_a_shift_leaves_projections_equal_to_a_replay_and_an_intact_log(
    demo_template: Path, seed: int, actions: int, rebuild_after: int | None
) -> None:
    """``rebuild_after``: the shift goes on after a rebuild part-way, on the rebuilt projections."""
    with fresh_station(demo_template) as station:
        sim = ShiftSimulator(station.ctx, start=START, seed=seed, pins=PINS, holds=True, counts=True)
        if rebuild_after is not None:
            sim.run(rebuild_after)
            with station.engine.connect() as conn:
                rebuild(conn)
                conn.commit()
            actions -= rebuild_after
        sim.run(actions)

        with station.engine.connect() as conn:
            incremental = projections(conn)
            seqs = list(conn.scalars(select(EventRow.seq).order_by(EventRow.seq)))
        shown = balances(station)
        with station.engine.connect() as conn:
            replayed = rebuild(conn)
            conn.commit()
            rebuilt = projections(conn)

        assert seqs == list(range(1, len(seqs) + 1))
        assert replayed == len(seqs)
        for table in PROJECTIONS:
            assert rebuilt[table] == incremental[table], f"{table} differs after rebuild"
        assert balances(station) == shown, "a lot's balance differs after rebuild"
        assert eventlog.verify(station.engine) == (len(seqs), None)


def test_the_rebuild_command_reports_the_events_and_keeps_projections(
    station_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(station_dir)
    assert cli.main(["--data-dir", data_dir, "simulate", "--actions", "120", "--seed", "5", "--quiet"]) == 0
    station = bootstrap.build(station_dir)
    try:
        with station.engine.connect() as conn:
            before = projections(conn)
            total = eventlog.count(conn)
    finally:
        station.close()
    assert total > 0
    assert any(before[t] for t in ("lot_edge", "pallet", "task_state"))
    capsys.readouterr()

    assert cli.main(["--data-dir", data_dir, "rebuild"]) == 0
    out = capsys.readouterr().out
    found = re.search(r"rebuilt from (\d+) events", out)
    assert found, out
    assert int(found.group(1)) == total

    station = bootstrap.build(station_dir)
    try:
        with station.engine.connect() as conn:
            assert projections(conn) == before
    finally:
        station.close()
