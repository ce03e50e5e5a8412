"""The reports, each a :class:`Table` for a :class:`Query`: work time per work-order operation, machine and
operator; downtime and scrap by reason (Pareto); output against plan; OEE per machine, day and shift; order
progress; and up to when each station's data is complete."""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from floorstation.server.models import PlantMarkClearRow, PlantMarkRow
from floorstation.server.projections import event_ms
from floorstation.server.reporting import cells, upkeep
from floorstation.server.reporting.period import PlantCalendar, Query, Window, to_ms
from floorstation.server.reporting.plan import Plan, load_plan, split_task
from floorstation.server.reporting.table import Column, Table, qty, ratio, seconds, seconds_text
from floorstation.server.reporting.work import (
    TaskFigures,
    TimeSum,
    count_sums,
    machine_counts,
    operator_figures,
    output_figures,
    scrap_counts,
    task_figures,
    time_sums,
)

WORK_TIME_COLUMNS = ("work_order", "operation", "machine", "run_s", "pause_s", "good", "scrap")
"""The first columns of ``work-time.csv``, in this order: scripts rely on them."""

TIME_NOTE = (
    "Run: a task's time from its start, a crew member's join or a resume to its next pause or stop; pause: from a "
    "pause to the next resume or stop, by the pause's reason. Times come from the stations' clocks, so the "
    "figures are the same whatever order the stations uploaded in. Seconds, open work counted up to now."
)
COUNT_NOTE = (
    "Good and scrap are what the tasks' stops and interim counts reported, counted at the time they were reported."
)


@dataclass
class Context:
    conn: Connection
    query: Query
    calendar: PlantCalendar

    horizon: int | None = None
    """Up to where the shift figures (:mod:`.cells`) reach, brought up to date before the report's transaction
    (None: not yet; brought up to date in it when a report reads them; 0: the report reads the facts, as
    :func:`.upkeep.catch_up` found the figures not ready)."""

    @functools.cached_property
    def plan(self) -> Plan:
        return load_plan(self.conn)

    def shift_parts(self) -> tuple[list[Window], list[Window]] | None:
        """The report's range as shifts: those the shift figures hold, and the rest (from the facts); None: the
        figures cannot answer (a machine, work order or operator filter), everything from the facts."""
        if not cells.usable(self.query):
            return None
        windows = self.windows()
        if not self.query.shift:
            lo, hi = self.range_ms()
            if not cells.tiles(windows, lo, hi):
                return None
        if self.horizon is None:
            self.horizon = upkeep.catch_up(self.conn, self.calendar, self.query.now_ms) or 0
        return cells.split(windows, self.horizon, self.query.now_ms)

    def after(self, rest: Sequence[Window]) -> Query:
        """The query for ``rest`` of :meth:`shift_parts` (read from the facts): of the tasks at work since the
        first of them began (those with a fact then or later, or a run or pause still open), the only ones with
        anything in them."""
        return dataclasses.replace(self.query, tasks=cells.at_work_since(self.conn, rest[0].start_ms))

    def windows(self) -> list[Window]:
        return self.calendar.windows(self.query.first, self.query.last, self.query.shift or None)

    def range_ms(self) -> tuple[int, int]:
        lo = to_ms(self.calendar.day_start(self.query.first))
        return lo, to_ms(self.calendar.day_start(self.query.last + timedelta(days=1)))

    def whole(self) -> list[Window]:
        """The range as one window (the shift filter keeps its shifts' windows, each with id 0)."""
        if self.query.shift:
            return [Window(0, w.day, w.shift, w.start_ms, w.end_ms) for w in self.windows()]
        lo, hi = self.range_ms()
        return [Window(0, self.query.first, "", lo, hi)]


def _by(
    sums: Iterable[TimeSum], key: Callable[[TimeSum], tuple[str, ...]]
) -> dict[tuple[str, ...], dict[str, dict[str | None, int]]]:
    """Time sums as key → state → pause reason → ms."""
    out: dict[tuple[str, ...], dict[str, dict[str | None, int]]] = defaultdict(
        lambda: {"run": defaultdict(int), "pause": defaultdict(int)}
    )
    for s in sums:
        out[key(s)][s.state][s.reason] += s.ms
    return out


def _reasons(plan: Plan, kind: str, by_reason: dict[str | None, int]) -> str:
    return "; ".join(
        f"{plan.reason(kind, r) or '-'}={seconds_text(ms)}"
        for r, ms in sorted(by_reason.items(), key=lambda i: i[0] or "")
        if ms
    )


def _task_times(ctx: Context, windows: list[Window]) -> dict[tuple[str, ...], dict[str, dict[str | None, int]]]:
    """Run and pause time (pauses by reason) per (work order, operation, machine) of one operator's time on the
    crews (the reports without an operator filter read :func:`task_figures` instead)."""
    return _by(time_sums(ctx.conn, ctx.query, windows), lambda s: ctx.plan.task(s.task_id))


def _work_sums(ctx: Context, windows: list[Window]) -> dict[tuple[str, ...], list[Any]]:
    """Per (work order, operation, machine): [run ms, pause ms, pause ms by reason code, good, scrap, rework]."""
    sums: dict[tuple[str, ...], list[Any]] = {}
    if not ctx.query.operator:
        codes = [code for kind, code in ctx.plan.reasons if kind == "pause"]
        parts = ctx.shift_parts()
        figures: list[TaskFigures]
        if parts is None:
            figures = task_figures(ctx.conn, ctx.query, windows, codes)
        else:
            kept, rest = parts
            figures = cells.task_figures(ctx.conn, kept, reasons=codes)
            if rest:
                figures += task_figures(ctx.conn, ctx.after(rest), rest, codes)
        for f in figures:
            key = split_task(f.task_id, f.work_order or "", f.machine or "")
            found = sums.get(key)
            if found is None:
                sums[key] = [f.run_ms, f.pause_ms, f.pauses, f.good_milli, f.scrap_milli, f.rework_milli]
                continue
            found[0] += f.run_ms
            found[1] += f.pause_ms
            for reason, ms in f.pauses.items():
                found[2][reason] = found[2].get(reason, 0) + ms
            found[3] += f.good_milli
            found[4] += f.scrap_milli
            found[5] += f.rework_milli
        return sums
    for task_key, t in _task_times(ctx, windows).items():
        by_reason = {reason or "": ms for reason, ms in t["pause"].items()}
        sums[task_key] = [sum(t["run"].values()), sum(t["pause"].values()), by_reason, 0, 0, 0]
    for c in count_sums(ctx.conn, ctx.query, windows):
        found = sums.setdefault(ctx.plan.task(c.task_id), [0, 0, {}, 0, 0, 0])
        found[3] += c.good_milli
        found[4] += c.scrap_milli
        found[5] += c.rework_milli
    return sums


def work_time(ctx: Context) -> Table:
    sums = _work_sums(ctx, ctx.whole())
    table = Table(
        "work-time",
        "Work time per work-order operation and machine",
        [
            Column("work_order", "Work order"),
            Column("operation", "Operation"),
            Column("machine", "Machine"),
            Column("run_s", "Run (s)", "seconds"),
            Column("pause_s", "Pause (s)", "seconds"),
            Column("good", "Good", "qty"),
            Column("scrap", "Scrap", "qty"),
            Column("pause_by_reason", "Pause by reason (s)"),
            Column("rework", "Rework", "qty"),
        ],
        chart=("label", "run_s"),
        notes=[TIME_NOTE, COUNT_NOTE],
    )
    labels = _Labels(ctx.plan, "pause")
    append = table.rows.append
    for key in sorted(sums):
        work_order, operation, machine = key
        run, pause, pauses, good, scrap, rework = sums[key]
        append(
            {
                "work_order": work_order,
                "operation": operation,
                "machine": machine,
                "run_s": seconds(run),
                "pause_s": seconds(pause),
                "good": qty(good),
                "scrap": qty(scrap),
                "pause_by_reason": labels.text(pauses),
                "rework": qty(rework),
                "label": f"{work_order} {operation} {machine}",
            }
        )
    return table


class _Labels:
    """Times by reason code as a cell: ``label=seconds; ...`` in the codes' order, without the empty ones; as
    :func:`_reasons` writes them (a code ``''`` is a pause without a reason, shown as ``-``)."""

    def __init__(self, plan: Plan, kind: str) -> None:
        self.plan = plan
        self.kind = kind
        self.known: dict[str, str] = {}

    def label(self, code: str) -> str:
        found = self.known.get(code)
        if found is None:
            found = self.known[code] = self.plan.reason(self.kind, code) or "-"
        return found

    def text(self, by_reason: dict[str, int]) -> str:
        items = sorted(by_reason.items()) if len(by_reason) > 1 else list(by_reason.items())
        return "; ".join(f"{self.label(code)}={seconds_text(ms)}" for code, ms in items if ms)


def _down(ctx: Context) -> list[tuple[str, str, int, int]]:
    """Every machine mark as (machine, reason, raised, cleared or now), in UTC ms, by the marks' own times."""
    query = select(
        PlantMarkRow.machine_id, PlantMarkRow.reason, PlantMarkRow.raised_at, PlantMarkClearRow.cleared_at
    ).outerjoin(PlantMarkClearRow, PlantMarkClearRow.mark_id == PlantMarkRow.mark_id)
    if ctx.query.machine:
        query = query.where(PlantMarkRow.machine_id == ctx.query.machine)
    out = []
    for machine, reason, raised, cleared in ctx.conn.execute(query):
        start = event_ms(raised)
        end = event_ms(cleared) if cleared else ctx.query.now_ms
        if end > start:
            out.append((machine, reason, start, end))
    return out


def _clip(
    start: int, end: int, windows: Sequence[Window], now_ms: int, ends: Sequence[int] | None = None
) -> Iterable[tuple[int, int, int]]:
    """[start, end) within each of ``windows`` (in time order, not overlapping) it overlaps, up to now; ``ends``:
    the windows' ends (given when clipping many spans to the same windows)."""
    if len(windows) <= 8:
        first = 0
    else:
        first = bisect.bisect_right([w.end_ms for w in windows] if ends is None else ends, start)
    for w in windows[first:]:
        if w.start_ms >= end:
            break
        s, e = max(start, w.start_ms), min(end, w.end_ms, now_ms)
        if e > s:
            yield w.wid, s, e


def _union_ms(spans: list[tuple[int, int]]) -> int:
    total, reach = 0, None
    for s, e in sorted(spans):
        if reach is None or s >= reach:
            total += e - s
            reach = e
        elif e > reach:
            total += e - reach
            reach = e
    return total


def down_by_machine(
    ctx: Context, windows: Sequence[Window]
) -> tuple[dict[tuple[str, int], int], dict[str, dict[str, int]]]:
    """Down time per (machine, window): overlapping marks count once; and per machine, per reason (each mark's
    own time)."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    by_reason: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    ends = [w.end_ms for w in windows]
    for machine, reason, start, end in _down(ctx):
        for wid, s, e in _clip(start, end, windows, ctx.query.now_ms, ends):
            spans[(machine, wid)].append((s, e))
            by_reason[machine][reason] += e - s
    return {k: _union_ms(v) for k, v in spans.items()}, by_reason


def machine_time(ctx: Context) -> Table:
    windows = ctx.whole()
    times = _by(time_sums(ctx.conn, ctx.query, windows, per_machine=True), lambda s: (s.machine or "",))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    if ctx.query.operator:
        for c in count_sums(ctx.conn, ctx.query, windows):
            found = counts[ctx.plan.task(c.task_id)[2]]
            found[0] += c.good_milli
            found[1] += c.scrap_milli
    else:
        for machine, good, bad in machine_counts(ctx.conn, ctx.query, windows):
            counts[machine] = [good, bad]
    down, down_reasons = down_by_machine(ctx, windows)
    down_total: dict[str, int] = defaultdict(int)
    for (machine, _wid), ms in down.items():
        down_total[machine] += ms
    table = Table(
        "machine-time",
        "Work time per machine",
        [
            Column("machine", "Machine"),
            Column("name", "Name"),
            Column("run_s", "Run (s)", "seconds"),
            Column("pause_s", "Pause (s)", "seconds"),
            Column("down_s", "Down (s)", "seconds"),
            Column("good", "Good", "qty"),
            Column("scrap", "Scrap", "qty"),
            Column("pause_by_reason", "Pause by reason (s)"),
            Column("down_by_reason", "Down by reason (s)"),
        ],
        chart=("machine", "run_s"),
        notes=[
            TIME_NOTE,
            "Down: while the machine had an open out-of-order mark (overlapping marks once).",
            COUNT_NOTE,
        ],
    )
    machines = {k[0] for k in times} | set(counts) | set(down_total)
    for machine in sorted(machines):
        t = times.get((machine,), {"run": {}, "pause": {}})
        table.rows.append(
            {
                "machine": machine,
                "name": ctx.plan.machines.get(machine, ""),
                "run_s": seconds(sum(t["run"].values())),
                "pause_s": seconds(sum(t["pause"].values())),
                "down_s": seconds(down_total.get(machine, 0)),
                "good": qty(counts[machine][0]) if machine in counts else Decimal(0),
                "scrap": qty(counts[machine][1]) if machine in counts else Decimal(0),
                "pause_by_reason": _reasons(ctx.plan, "pause", t["pause"]),
                "down_by_reason": "; ".join(
                    f"{ctx.plan.reason('out_of_order', r)}={seconds(ms)}"
                    for r, ms in sorted(down_reasons.get(machine, {}).items())
                ),
            }
        )
    return table


def operator_time(ctx: Context) -> Table:
    windows = ctx.whole()
    # Operator -> [run ms, pause ms by reason]; operator -> [good, scrap].
    times: dict[str, tuple[list[int], dict[str | None, int]]] = {}
    counts: dict[str, list[int]] = {}
    parts = ctx.shift_parts()
    if parts is None:
        figures = operator_figures(ctx.conn, ctx.query, windows)
    else:
        kept, rest = parts
        figures = cells.operator_figures(ctx.conn, kept)
        if rest:
            figures += operator_figures(ctx.conn, ctx.after(rest), rest)
    for kind, state, reason, operator, ms, good, bad in figures:
        if kind == "t":
            t = times.setdefault(operator or "", ([0], {}))
            if state == "run":
                t[0][0] += ms
            else:
                t[1][reason] = t[1].get(reason, 0) + ms
        else:
            found = counts.setdefault(operator or "", [0, 0])
            found[0] += good
            found[1] += bad
    table = Table(
        "operator-time",
        "Work time per operator",
        [
            Column("operator", "Operator"),
            Column("name", "Name"),
            Column("run_s", "Run (s)", "seconds"),
            Column("pause_s", "Pause (s)", "seconds"),
            Column("good", "Good", "qty"),
            Column("scrap", "Scrap", "qty"),
            Column("pause_by_reason", "Pause by reason (s)"),
        ],
        chart=("operator", "run_s"),
        notes=[
            "An operator works a task from their start or join until the task's next stop or their sign-out; "
            "they are credited with the task's run and pause time meanwhile.",
            TIME_NOTE,
            "Good and scrap: the stops that ended an operator's time on a task; every crew member is credited.",
        ],
    )
    for operator in sorted(set(times) | set(counts)):
        run, pauses = times.get(operator, ([0], {}))
        good, scrap = counts.get(operator, [0, 0])
        table.rows.append(
            {
                "operator": operator,
                "name": ctx.plan.operators.get(operator, ""),
                "run_s": seconds(run[0]),
                "pause_s": seconds(sum(pauses.values())),
                "good": qty(good),
                "scrap": qty(scrap),
                "pause_by_reason": _reasons(ctx.plan, "pause", pauses),
            }
        )
    return table


def _pareto(table: Table, totals: dict[str, int], to_cell: Callable[[int], Decimal], extra: dict[str, int]) -> None:
    whole = sum(totals.values())
    running = 0
    for reason, amount in sorted(totals.items(), key=lambda i: (-i[1], i[0])):
        running += amount
        table.rows.append(
            {
                "reason": reason,
                "label": (table.rows and "") or "",
                "amount": to_cell(amount),
                "count": extra.get(reason, 0),
                "share": ratio(amount, whole),
                "cumulative": ratio(running, whole),
            }
        )


def downtime(ctx: Context) -> Table:
    windows = ctx.whole()
    totals: dict[str, int] = defaultdict(int)
    marks: dict[str, int] = defaultdict(int)
    for machine, reason, start, end in _down(ctx):
        clipped = sum(e - s for _w, s, e in _clip(start, end, windows, ctx.query.now_ms))
        if clipped:
            totals[reason] += clipped
            marks[reason] += 1
        del machine
    table = Table(
        "downtime",
        "Downtime by reason (Pareto)",
        [
            Column("reason", "Reason"),
            Column("label", "Label"),
            Column("amount", "Down (s)", "seconds"),
            Column("count", "Marks", "int"),
            Column("share", "Share", "pct"),
            Column("cumulative", "Cumulative", "pct"),
        ],
        chart=("reason", "amount"),
        pareto=True,
        notes=[
            "Each out-of-order mark counts from when it was raised until the clear that named it (or now), within "
            "the range; a mark's time is its own reason's, also where marks overlap. Machine filter only."
        ],
    )
    _pareto(table, totals, seconds, marks)
    for row in table.rows:
        row["label"] = ctx.plan.reason("out_of_order", str(row["reason"]))
    return table


def scrap(ctx: Context) -> Table:
    totals: dict[str, int] = defaultdict(int)
    stops: dict[str, int] = defaultdict(int)
    if ctx.query.operator:
        for c in count_sums(ctx.conn, ctx.query, ctx.whole()):
            if c.scrap_milli:
                totals[c.reason or ""] += c.scrap_milli
                stops[c.reason or ""] += c.stops
    else:
        for reason, amount, count in scrap_counts(ctx.conn, ctx.query, ctx.whole()):
            totals[reason] += amount
            stops[reason] += count
    table = Table(
        "scrap",
        "Scrap by reason (Pareto)",
        [
            Column("reason", "Reason"),
            Column("label", "Label"),
            Column("amount", "Scrap", "qty"),
            Column("count", "Stops", "int"),
            Column("share", "Share", "pct"),
            Column("cumulative", "Cumulative", "pct"),
        ],
        chart=("reason", "amount"),
        pareto=True,
        notes=["Scrap as the tasks' stops reported it, by the stop's scrap reason, counted at the time of the stop."],
    )
    _pareto(table, totals, qty, stops)
    for row in table.rows:
        row["label"] = ctx.plan.reason("scrap", str(row["reason"]))
    return table


def _to_date(ctx: Context) -> list[Window]:
    _lo, hi = ctx.range_ms()
    return [Window(0, ctx.query.first, "", 0, hi)]


def output(ctx: Context) -> Table:
    in_range: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    to_date: dict[tuple[str, ...], int] = defaultdict(int)
    if ctx.query.operator:
        for c in count_sums(ctx.conn, ctx.query, ctx.whole()):
            found = in_range[ctx.plan.task(c.task_id)]
            found[0] += c.good_milli
            found[1] += c.scrap_milli
        for c in count_sums(ctx.conn, ctx.query, _to_date(ctx)):
            to_date[ctx.plan.task(c.task_id)] += c.good_milli
    else:
        _lo, hi = ctx.range_ms()
        for task_id, work_order, machine, good, bad, good_to_date in output_figures(
            ctx.conn, ctx.query, ctx.whole(), hi
        ):
            task_key = split_task(task_id, work_order or "", machine or "")
            found = in_range[task_key]
            found[0] += good
            found[1] += bad
            to_date[task_key] += good_to_date
    table = Table(
        "output",
        "Output, good and scrap, against plan",
        [
            Column("work_order", "Work order"),
            Column("operation", "Operation"),
            Column("machine", "Machine"),
            Column("planned", "Planned", "qty"),
            Column("good", "Good", "qty"),
            Column("scrap", "Scrap", "qty"),
            Column("good_to_date", "Good to date", "qty"),
            Column("of_plan", "Of plan", "pct"),
        ],
        chart=("label", "good"),
        notes=[
            "Good and scrap in the range; good to date: every stop up to the end of the range; of plan: good to "
            "date over the work order's planned quantity.",
            COUNT_NOTE,
        ],
    )
    for key in sorted(in_range):
        work_order, operation, machine = key
        order = ctx.plan.orders.get(work_order)
        planned = order.planned_milli if order else 0
        good, bad = in_range[key]
        table.rows.append(
            {
                "work_order": work_order,
                "operation": operation,
                "machine": machine,
                "planned": qty(planned) if order else None,
                "good": qty(good),
                "scrap": qty(bad),
                "good_to_date": qty(to_date.get(key, 0)),
                "of_plan": ratio(to_date.get(key, 0), planned),
                "label": f"{work_order} {operation}",
            }
        )
    return table
