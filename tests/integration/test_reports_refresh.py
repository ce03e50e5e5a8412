"""The reports read the shifts that have ended from figures the server keeps per task and shift; late uploads
(a pause that splits a run already reported, a sign-out that ends a crew member's time on another task) and the
uploads of a new shift change them exactly as computing from scratch does, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, text

from floorstation.domain import events as ev
from floorstation.server.reporting import upkeep
from floorstation.server.reporting.catalog import REPORTS
from floorstation.server.reporting.period import Query
from floorstation.server.reporting.table import Table
from tests.integration.reportdbs import FIGURES, databases, from_the_facts, report, upload
from tests.integration.reportkit import CALENDAR, Log, _ms, _start, at

__all__ = ["databases"]  # the fixture: the plant's server database and a fresh one

DAY = date(2026, 11, 23)
SHIFT_READ = ("work-time", "operator-time", "shifts", "oee")


def test_late_uploads_and_a_new_shift_change_the_reports_as_computing_from_scratch_does(
    databases: tuple[Engine, Engine],
) -> None:
    plant, fresh = databases
    line = Log("ST-L1")  # the first day: 304/2023-10 from 06:00 to 15:00 with a crew of two, 306 from 07:00
    line.add(at(6), "anna", _start("304/2023-10", "M01"))
    line.add(at(6.5), "piotr", _start("304/2023-10", "M01", joined=True))
    line.add(at(7), "tomasz", _start("306/2023-10", "M03"))
    line.add(at(12), "anna", ev.TaskCounted(task_id="304/2023-10", good_qty=Decimal(400), rework_qty=Decimal(2)))
    line.add(
        at(15),
        "anna",
        ev.TaskStopped(task_id="304/2023-10", good_qty=Decimal(600), scrap_qty=Decimal(20), scrap_reason="flash"),
    )
    line.add(at(16), "marta", _start("305/2023-10", "M02"))
    first_day = len(line.events)
    # The next day's morning shift on line 1.
    line.add(at(7, day=1), "marta", ev.TaskPaused(task_id="305/2023-10", reason="material"))
    line.add(at(8, day=1), "marta", ev.TaskResumed(task_id="305/2023-10"))
    line.add(
        at(12, day=1),
        "marta",
        ev.TaskStopped(task_id="305/2023-10", good_qty=Decimal("300.5"), scrap_qty=Decimal(5), scrap_reason="flash"),
    )
    late = Log("ST-L2")  # uploaded late: a break that splits 304's run; Tomasz's sign-out ends his time on 306
    late.add(at(8), "anna", ev.TaskPaused(task_id="304/2023-10", reason="break"))
    late.add(at(8.5), "anna", ev.TaskResumed(task_id="304/2023-10"))
    late.add(at(10), "tomasz", ev.OperatorSignedOut(reason="manual"))
    both_days = Query(DAY, date(2026, 11, 24), now_ms=_ms(at(12, day=1)))

    upload(plant, line, last=first_day)
    upkeep.refresh(plant, CALENDAR, now_ms=both_days.now_ms)  # the server's background work, as after the upgrade
    before = {name: report(plant, name, both_days) for name in REPORTS}
    upload(plant, late)
    upload(plant, line, first=first_day)
    with plant.connect() as conn:
        noted = conn.execute(text("SELECT COUNT(*) FROM plant_report_dirty")).scalar()
    assert noted, "ingest notes the tasks and sign-outs that changed"

    for log in (late, line):  # the same events at once, into a database that never reported
        upload(fresh, log)
    for now in (at(12, day=1), at(23, day=1)):  # before and after the next day's second shift ended
        query = Query(DAY, date(2026, 11, 24), now_ms=_ms(now))
        for name in FIGURES:
            again = report(plant, name, query)
            assert again.rows == report(fresh, name, query).rows, name
            assert again.rows == from_the_facts(fresh, name, query).rows, name
            if name in SHIFT_READ and now == at(12, day=1):
                assert again.rows != before[name].rows, name
        for shift in ("1", "2"):
            one = Query(DAY, date(2026, 11, 24), shift=shift, now_ms=_ms(now))
            for name in SHIFT_READ:
                assert report(plant, name, one).rows == from_the_facts(fresh, name, one).rows, (name, shift)
    with plant.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM plant_report_dirty")).scalar() == 0

    # What the late break changed, as the office sees it: 304's run is half an hour shorter, its pause half an hour.
    def row(table: Table) -> dict:
        return next(r for r in table.rows if r["work_order"] == "304/2023")

    query = Query(DAY, DAY, now_ms=_ms(at(12, day=1)))
    assert (row(before["work-time"])["run_s"], row(before["work-time"])["pause_s"]) == (9 * 3600, 0)
    after = row(report(plant, "work-time", query))
    assert (after["run_s"], after["pause_s"]) == (8.5 * 3600, 1800)
    operators = {r["operator"]: r["run_s"] for r in report(plant, "operator-time", query).rows}
    assert operators["tomasz"] == 3 * 3600  # from 07:00 to his sign-out at 10:00, no longer until now
