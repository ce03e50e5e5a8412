"""OEE per machine, production day and shift; order progress; and up to when each station's data is complete."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from floorstation.server.models import PlantTaskRow, StationRow
from floorstation.server.reporting import cells
from floorstation.server.reporting.plan import split_task
from floorstation.server.reporting.reports import COUNT_NOTE, Context, _task_times, _to_date, down_by_machine
from floorstation.server.reporting.table import Column, Table, qty, ratio, seconds
from floorstation.server.reporting.work import count_sums, machine_times, run_shares, task_figures, time_sums

OEE_DEFINITIONS = [
    "Planned time = run + pause + down within the shift (the time the machine had a task open or was marked "
    "down; a machine with neither was not planned to run).",
    "Availability = run time / planned time.",
    "Performance = ideal cycle time × pieces (good + scrap) / run time; the ideal cycle time is the operation's "
    "'cycle' parameter (e.g. '18 s'): pieces of operations without one add no ideal time, and a shift with none "
    "of them has no performance.",
    "Pieces are counted where they were made: a stop reports what its run made since the task's previous stop, "
    "so its good and scrap are spread over the shifts that run ran in, in proportion to its run time in each "
    "(a run from 06:00 to 18:00 stopped with 1,200 pieces puts 800 in the first shift, 400 in the second). A "
    "run not stopped yet has reported no pieces: its shifts show their performance once it is stopped. With an "
    "operator filter, pieces count in the shift of the stop that ended the operator's time on the crew.",
    "Quality = good / (good + scrap).",
    "OEE = availability × performance × quality.",
    COUNT_NOTE,
]


def oee(ctx: Context) -> Table:
    windows = ctx.windows()
    by_window = {w.wid: w for w in windows}
    # (machine, window) -> [run ms, pause ms]
    times: dict[tuple[str, int], list[int]] = {}
    if ctx.query.operator:
        for s in time_sums(ctx.conn, ctx.query, windows, per_machine=True, reasons=False):
            found = times.setdefault((s.machine or "", s.wid), [0, 0])
            found[0 if s.state == "run" else 1] += s.ms
    else:
        parts = ctx.shift_parts()
        kept, rest = parts if parts is not None else ([], windows)
        machine_rows = cells.machine_times(ctx.conn, kept)
        if rest:
            machine_rows += machine_times(ctx.conn, ctx.after(rest), rest)
        for machine, wid, run, pause in machine_rows:
            times[(machine, wid)] = [run, pause]
    counts: dict[tuple[str, int], list[Decimal]] = {}
    plan = ctx.plan
    # Task -> (its machine, the ideal cycle time of its operation or None).
    tasks: dict[str, tuple[str, Decimal | None]] = {}

    def task(task_id: str, work_order: str | None, machine: str | None) -> tuple[str, Decimal | None]:
        found = tasks.get(task_id)
        if found is None:
            key = split_task(task_id, work_order or "", machine or "") if work_order is not None else plan.task(task_id)
            op = plan.operation_of(key[0], key[1])
            found = tasks[task_id] = (key[2], op.cycle_s if op is not None else None)
        return found

    def add(machine: str, cycle_s: Decimal | None, wid: int, good: Decimal, scrap: Decimal) -> None:
        found = counts.get((machine, wid))
        if found is None:
            found = counts[(machine, wid)] = [Decimal(0)] * 4
        found[0] += good
        found[1] += scrap
        if cycle_s is not None:
            found[2] += cycle_s * (good + scrap)  # ms of ideal time: s x pieces x 1000
            found[3] += good + scrap

    if ctx.query.operator:
        # One operator's shifts: the pieces of the stops that ended their time on a crew, where they were reported.
        for c in count_sums(ctx.conn, ctx.query, windows):
            add(*task(c.task_id, None, None), c.wid, Decimal(c.good_milli), Decimal(c.scrap_milli))
    else:
        # Each stop's pieces spread over the windows its run ran in, in proportion to the run time in each.
        one = Decimal(1)
        lo, hi = min(w.start_ms for w in windows), max(w.end_ms for w in windows)
        shares = cells.run_shares(ctx.conn, kept, lo, hi)
        if rest:
            shares += run_shares(ctx.conn, ctx.after(rest), rest, lo=max(lo, rest[0].start_ms - 1))
        for task_id, _stop, wid, made, scrapped, run_ms, in_window_ms, order_of, machine_of in shares:
            part = Decimal(in_window_ms) / run_ms if run_ms else one
            add(*task(task_id, order_of, machine_of), wid, made * part, scrapped * part)
    down, _reasons = down_by_machine(ctx, windows)
    table = Table(
        "oee",
        "OEE per machine, day and shift",
        [
            Column("machine", "Machine"),
            Column("day", "Day"),
            Column("shift", "Shift"),
            Column("planned_s", "Planned (s)", "seconds"),
            Column("run_s", "Run (s)", "seconds"),
            Column("pause_s", "Pause (s)", "seconds"),
            Column("down_s", "Down (s)", "seconds"),
            Column("good", "Good", "qty"),
            Column("scrap", "Scrap", "qty"),
            Column("ideal_s", "Ideal time (s)", "seconds"),
            Column("availability", "Availability", "pct"),
            Column("performance", "Performance", "pct"),
            Column("quality", "Quality", "pct"),
            Column("oee", "OEE", "pct"),
        ],
        chart=("label", "oee"),
        notes=OEE_DEFINITIONS,
    )
    keys = set(times) | set(counts) | set(down)
    for machine, wid in sorted(keys):
        w = by_window[wid]
        run, pause = times.get((machine, wid), (0, 0))
        down_ms = down.get((machine, wid), 0)
        good, bad, ideal, timed = counts.get((machine, wid), [Decimal(0)] * 4)
        planned = run + pause + down_ms
        availability = ratio(run, planned)
        performance = ratio(ideal, run) if timed else None
        quality = ratio(good, good + bad)
        score = (
            (availability * performance * quality).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
            if availability is not None and performance is not None and quality is not None
            else None
        )
        table.rows.append(
            {
                "machine": machine,
                "day": w.day.isoformat(),
                "shift": w.shift,
                "planned_s": seconds(planned),
                "run_s": seconds(run),
                "pause_s": seconds(pause),
                "down_s": seconds(down_ms),
                "good": qty(int(good.quantize(Decimal(1), rounding=ROUND_HALF_UP))),
                "scrap": qty(int(bad.quantize(Decimal(1), rounding=ROUND_HALF_UP))),
                "ideal_s": seconds(int(ideal)),
                "availability": availability,
                "performance": performance,
                "quality": quality,
                "oee": score,
                "label": f"{machine} {w.day.isoformat()} {w.shift}",
            }
        )
    return table


def order_progress(ctx: Context) -> Table:
    window = _to_date(ctx)
    # Work order -> [run ms, pause ms]; (work order, operation) -> [good, scrap].
    times: dict[str, list[int]] = {}
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    if ctx.query.operator:
        for (work_order, _operation, _machine), found in _task_times(ctx, window).items():
            order_times = times.setdefault(work_order, [0, 0])
            order_times[0] += sum(found["run"].values())
            order_times[1] += sum(found["pause"].values())
        for c in count_sums(ctx.conn, ctx.query, window):
            work_order, operation, _machine = ctx.plan.task(c.task_id)
            counts[(work_order, operation)][0] += c.good_milli
            counts[(work_order, operation)][1] += c.scrap_milli
    else:
        for f in task_figures(ctx.conn, ctx.query, window, None):
            work_order, operation, _machine = split_task(f.task_id, f.work_order or "", f.machine or "")
            if f.timed:
                order_times = times.setdefault(work_order, [0, 0])
                order_times[0] += f.run_ms
                order_times[1] += f.pause_ms
            if f.stops:
                pieces = counts[(work_order, operation)]
                pieces[0] += f.good_milli
                pieces[1] += f.scrap_milli
    states: dict[str, set[str]] = defaultdict(set)
    busy = select(PlantTaskRow.task_id, PlantTaskRow.work_order, PlantTaskRow.machine_id, PlantTaskRow.state).where(
        PlantTaskRow.state.in_(("running", "paused"))
    )
    for task_id, work_order, machine, state in ctx.conn.execute(busy):
        states[split_task(task_id, work_order, machine)[0]].add(state)
    table = Table(
        "order-progress",
        "Order progress",
        [
            Column("work_order", "Work order"),
            Column("product", "Product"),
            Column("planned", "Planned", "qty"),
            Column("good", "Good (last operation)", "qty"),
            Column("scrap", "Scrap (all operations)", "qty"),
            Column("progress", "Progress", "pct"),
            Column("run_s", "Run (s)", "seconds"),
            Column("pause_s", "Pause (s)", "seconds"),
            Column("due_date", "Due"),
            Column("state", "Now"),
        ],
        chart=("work_order", "progress"),
        notes=[
            "Up to the end of the range, from the first event on: good is what the work order's last operation "
            "reported, progress is that over the planned quantity; now: whether a task of the order is running "
            "or paused at present.",
            COUNT_NOTE,
        ],
    )
    seen = {k[0] for k in counts} | set(times)
    if not (ctx.query.machine or ctx.query.operator):
        seen |= {n for n in ctx.plan.orders if not ctx.query.work_order or n == ctx.query.work_order}
    reported: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for (work_order, operation), pieces in counts.items():
        reported[work_order][operation] = pieces
    for number in sorted(seen):
        order = ctx.plan.orders.get(number)
        mine = reported.get(number, {})
        operations = sorted(set(mine) | (set(order.operations) if order else set()), key=lambda s: (len(s), s))
        last = operations[-1] if operations else ""
        good = mine.get(last, [0, 0])[0]
        bad = sum(v[1] for v in mine.values())
        run, pause = times.get(number, (0, 0))
        now = states.get(number, set())
        table.rows.append(
            {
                "work_order": number,
                "product": order.product if order else "",
                "planned": qty(order.planned_milli) if order else None,
                "good": qty(good),
                "scrap": qty(bad),
                "progress": ratio(good, order.planned_milli) if order else None,
                "run_s": seconds(run),
                "pause_s": seconds(pause),
                "due_date": order.due_date if order else "",
                "state": "running" if "running" in now else "paused" if "paused" in now else "",
            }
        )
    return table


def completeness(ctx: Context) -> Table:
    """Up to when each station's data is complete: its last sync, less the age of what it still had to send."""
    table = Table(
        "stations",
        "Data complete up to",
        [
            Column("station", "Station"),
            Column("last_sync", "Last sync (UTC)"),
            Column("pending", "Events waiting at the station", "int"),
            Column("complete_up_to", "Complete up to (UTC)"),
        ],
        notes=[
            "A station's figures are complete up to its last sync; when it last said it still had events to send, "
            "up to when the oldest of them was recorded. Later events change the figures when they arrive, the "
            "same way a rerun would."
        ],
    )
    rows = ctx.conn.execute(
        select(
            StationRow.id, StationRow.last_contact_at, StationRow.pending_count, StationRow.oldest_pending_age_s
        ).order_by(StationRow.id)
    )
    for station, last, pending, age in rows:
        complete = last
        if last and pending and age:
            complete = (datetime.fromisoformat(last) - timedelta(seconds=float(age))).isoformat(timespec="seconds")
        table.rows.append(
            {"station": station, "last_sync": last or "", "pending": pending or 0, "complete_up_to": complete or ""}
        )
    return table
