"""The reports where adding up in the database could go astray, on SQLite and PostgreSQL: a task started the day
before the range and never stopped, a task stopped only after the range, pauses without a reason and with a code
master data does not know, an interim count with two scrap reasons. Rows are written into the reports' projection
as ingest writes them; each figure is what a person works out from the plant's day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, insert

from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import PlantTaskRow, PlantWorkRow
from floorstation.server.reporting.catalog import build
from floorstation.server.reporting.period import Query
from floorstation.server.reporting.table import Table
from tests.integration.reportkit import CALENDAR, NOW, _ms, at
from tests.integration.serverkit import DEMO_PLANT

DAY = date(2026, 11, 23)
QUERY = Query(DAY, DAY, now_ms=_ms(NOW))
A, B = "304/2023-10", "305/2023-10"


def _facts() -> list[dict[str, Any]]:
    """Line A runs task A on M01 from 20:00 the evening before, pauses for a break, for no reason, for a fire
    drill (a code master data does not know) and for no reason again, counts 100 good with 3 + 2 scrap at noon,
    and is still running; line B starts task B on M02 at 22:30, pauses for material at 05:00 and stops after the
    range, at 07:00."""
    a = [
        ("start", at(20, day=-1), None),
        ("pause", at(7), "break"),
        ("resume", at(7.5), None),
        ("pause", at(9), None),
        ("resume", at(9 + 20 / 60), None),
        ("pause", at(10), "fire_drill"),
        ("resume", at(10.75), None),
        ("pause", at(11), None),
        ("resume", at(11 + 10 / 60), None),
    ]
    b = [("start", at(22.5), None), ("pause", at(5, day=1), "material"), ("stop", at(7, day=1), None)]
    rows: list[dict[str, Any]] = []
    for task, station, operator, facts in ((A, "ST-A", "anna", a), (B, "ST-B", "marta", b)):
        for seq, (kind, when, reason) in enumerate(facts, start=1):
            following = facts[seq] if seq < len(facts) else None
            rows.append(
                {
                    "event_id": f"{station}-{seq}",
                    "kind": kind,
                    "task_id": task,
                    "operator_id": operator,
                    "reason": reason,
                    "at_ms": _ms(when),
                    "next_ms": _ms(following[1]) if following else None,
                    "station_id": station,
                    "epoch": 1,
                    "seq": seq,
                    "good_milli": 50_000 if kind == "stop" else 0,
                    "scrap_milli": 0,
                    "rework_milli": 0,
                }
            )
    count = {"kind": "count", "task_id": A, "operator_id": "anna", "at_ms": _ms(at(12)), "next_ms": None}
    count |= {"station_id": "ST-A", "epoch": 1, "seq": 10, "rework_milli": 0}
    rows.append(count | {"event_id": "ST-A-10", "reason": "flash", "good_milli": 100_000, "scrap_milli": 3_000})
    rows.append(count | {"event_id": "ST-A-10/1", "reason": "short_shot", "good_milli": 0, "scrap_milli": 2_000})
    return rows


def _plant(engine: Engine) -> None:
    import_catalog(engine, read_catalog(DEMO_PLANT))
    with engine.begin() as conn:
        conn.execute(insert(PlantWorkRow), _facts())
        conn.execute(
            insert(PlantTaskRow),
            [
                {"task_id": A, "machine_id": "M01", "work_order": "304/2023", "station_id": "ST-A", "state": "running"},
                {"task_id": B, "machine_id": "M02", "work_order": "305/2023", "station_id": "ST-B", "state": "stopped"},
            ],
        )


def _report(engine: Engine, name: str) -> Table:
    with engine.connect() as conn:
        return build(conn, name, QUERY, CALENDAR)


def _rows(table: Table, *keys: str) -> dict[tuple[str, ...], dict[str, Any]]:
    return {tuple(str(row[k]) for k in keys): row for row in table.rows}


H = 3600


def test_open_work_across_the_range_edges_and_pauses_without_a_known_reason(server_engine: Engine) -> None:
    _plant(server_engine)
    # Task A from 06:00 (not from its start the evening before) to 06:00 the next day, still running: 24 h less
    # 30 min break, 20 + 10 min without a reason, 45 min fire drill.
    work = _rows(_report(server_engine, "work-time"), "work_order", "machine")
    a = work[("304/2023", "M01")]
    assert (a["run_s"], a["pause_s"]) == (24 * H - 6300, 6300)
    assert a["pause_by_reason"] == "-=1800; Break=1800; fire_drill=2700"
    assert (a["good"], a["scrap"]) == (100, 5), "both scrap reasons of the count"
    b = work[("305/2023", "M02")]
    assert (b["run_s"], b["pause_s"], b["good"]) == (6.5 * H, H, 0), "stopped only after the range"
    assert b["pause_by_reason"] == "Waiting for material=3600"

    shifts = _rows(_report(server_engine, "shifts"), "shift", "work_order")
    assert (shifts[("1", "304/2023")]["run_s"], shifts[("1", "304/2023")]["pause_s"]) == (8 * H - 6300, 6300)
    assert (shifts[("1", "304/2023")]["good"], shifts[("1", "304/2023")]["scrap"]) == (100, 5)
    assert shifts[("2", "304/2023")]["run_s"] == shifts[("3", "304/2023")]["run_s"] == 8 * H
    assert (shifts[("3", "305/2023")]["run_s"], shifts[("3", "305/2023")]["pause_s"]) == (6.5 * H, H)

    oee = _rows(_report(server_engine, "oee"), "machine", "shift")
    assert (oee[("M01", "1")]["run_s"], oee[("M01", "1")]["pause_s"]) == (8 * H - 6300, 6300)
    assert (oee[("M02", "3")]["run_s"], oee[("M02", "3")]["pause_s"]) == (6.5 * H, H)
    # The count's pieces in the shift its run ran in (the run began the evening before, outside the range): its
    # 100 good and both scrap reasons' 3 + 2, in the same proportion, whichever order the two rows are read in.
    shift1 = oee[("M01", "1")]
    made_here = Decimal(15300) / Decimal(51300)  # the run's time in shift 1 over all of it (14.25 h)
    assert abs(Decimal(str(shift1["good"])) - 100 * made_here) < Decimal("0.01"), shift1
    assert abs(Decimal(str(shift1["scrap"])) - 5 * made_here) < Decimal("0.01"), shift1

    machines = _rows(_report(server_engine, "machine-time"), "machine")
    assert (machines[("M01",)]["run_s"], machines[("M01",)]["good"], machines[("M01",)]["scrap"]) == (
        24 * H - 6300,
        100,
        5,
    )
    assert machines[("M01",)]["pause_by_reason"] == "-=1800; Break=1800; fire_drill=2700"

    operators = _rows(_report(server_engine, "operator-time"), "operator")
    assert (operators[("anna",)]["run_s"], operators[("anna",)]["pause_s"]) == (24 * H - 6300, 6300)
    assert (operators[("anna",)]["good"], operators[("anna",)]["scrap"]) == (100, 5), "she made the count"
    assert (operators[("marta",)]["run_s"], operators[("marta",)]["pause_s"]) == (6.5 * H, H)

    # Order progress counts from the first event: task A's 10 h the evening before too.
    progress = _rows(_report(server_engine, "order-progress"), "work_order")
    assert (progress[("304/2023",)]["run_s"], progress[("304/2023",)]["state"]) == (34 * H - 6300, "running")
    assert progress[("305/2023",)]["good"] == 0, "its stop came after the range"

    output = _rows(_report(server_engine, "output"), "work_order")
    assert set(output) == {("304/2023",)}
    assert (output[("304/2023",)]["good"], output[("304/2023",)]["good_to_date"]) == (100, 100)
    scrap = {str(r["reason"]): (r["amount"], r["count"]) for r in _report(server_engine, "scrap").rows}
    assert scrap == {"flash": (Decimal(3), 1), "short_shot": (Decimal(2), 1)}
