"""Work and output by shift: per production day, shift and work-order operation, the run and pause time and the
good, scrap and rework reported, in the same shift windows as the OEE report (the plant calendar)."""

from __future__ import annotations

from collections import defaultdict

from floorstation.server.reporting import cells
from floorstation.server.reporting.plan import split_task
from floorstation.server.reporting.reports import COUNT_NOTE, TIME_NOTE, Context
from floorstation.server.reporting.table import Column, Table, qty, seconds
from floorstation.server.reporting.work import count_sums, task_figures, time_sums

SHIFT_NOTE = (
    "A record belongs to the shift of the plant calendar its station time falls in (the same shifts as the OEE "
    "report); the night shift belongs to the production day it began on."
)


def by_shift(ctx: Context) -> Table:
    windows = ctx.windows()
    by_window = {w.wid: w for w in windows}
    # (wid, work order, operation, machine) -> [run ms, pause ms, good, scrap, rework]
    sums: dict[tuple[int, str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    if ctx.query.operator:
        for t in time_sums(ctx.conn, ctx.query, windows):
            found = sums[(t.wid, *ctx.plan.task(t.task_id))]
            found[0 if t.state == "run" else 1] += t.ms
        for c in count_sums(ctx.conn, ctx.query, windows, by_operator=True):
            found = sums[(c.wid, *ctx.plan.task(c.task_id))]
            found[2] += c.good_milli
            found[3] += c.scrap_milli
            found[4] += c.rework_milli
    else:
        parts = ctx.shift_parts()
        if parts is None:
            figures = task_figures(ctx.conn, ctx.query, windows, None, per_window=True)
        else:
            kept, rest = parts
            figures = cells.task_figures(ctx.conn, kept, per_window=True)
            if rest:
                figures += task_figures(ctx.conn, ctx.after(rest), rest, None, per_window=True)
        for f in figures:
            found = sums[(f.wid, *split_task(f.task_id, f.work_order or "", f.machine or ""))]
            found[0] += f.run_ms
            found[1] += f.pause_ms
            found[2] += f.good_milli
            found[3] += f.scrap_milli
            found[4] += f.rework_milli
    table = Table(
        "shifts",
        "Work and output by shift",
        [
            Column("day", "Day"),
            Column("shift", "Shift"),
            Column("work_order", "Work order"),
            Column("operation", "Operation"),
            Column("machine", "Machine"),
            Column("run_s", "Run (s)", "seconds"),
            Column("pause_s", "Pause (s)", "seconds"),
            Column("good", "Good", "qty"),
            Column("scrap", "Scrap", "qty"),
            Column("rework", "Rework", "qty"),
        ],
        chart=("label", "good"),
        notes=[SHIFT_NOTE, TIME_NOTE, COUNT_NOTE],
    )
    for key in sorted(sums):
        wid, work_order, operation, machine = key
        run, pause, good, scrap, rework = sums[key]
        if not (run or pause or good or scrap or rework):
            continue
        window = by_window[wid]
        table.rows.append(
            {
                "day": window.day.isoformat(),
                "shift": window.shift,
                "work_order": work_order,
                "operation": operation,
                "machine": machine,
                "run_s": seconds(run),
                "pause_s": seconds(pause),
                "good": qty(good),
                "scrap": qty(scrap),
                "rework": qty(rework),
                "label": f"{window.day.isoformat()} {window.shift} {work_order} {operation}",
            }
        )
    return table
