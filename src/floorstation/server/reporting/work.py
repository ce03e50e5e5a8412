"""The reports' sums, in SQL over ``plant_work_event`` (the same statements on PostgreSQL and SQLite).

A task's facts, ordered by time (then station, epoch and seq), cut its life into segments: from a start, join or
resume it runs, from a pause it is paused (with the pause's reason), from a stop nothing counts; each segment
lasts until the task's next fact, or until now. A crew member works a task from their start or join until the
task's next stop or their next sign-out. The sums are of those segments clipped to the report's shift windows
(and, per operator, to the member's time on the task); counts are the good, scrap and rework the stops and the
interim counts (kind ``count``, which end no segment) reported in the windows: a stop's for the crew members whose
time it ended, a count's for the person who made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, text

from floorstation.server.reporting.period import Query, Window

FAR = 2**62
"""Later than any event: where a membership that nothing has ended yet ends (then clipped to now)."""


@dataclass(frozen=True)
class TimeSum:
    task_id: str
    state: str
    """``run`` or ``pause``."""
    reason: str | None
    wid: int
    operator_id: str | None
    ms: int
    machine: str | None = None


@dataclass(frozen=True)
class CountSum:
    task_id: str
    reason: str | None
    wid: int
    operator_id: str | None
    good_milli: int
    scrap_milli: int
    stops: int
    """How many stops and counts reported it."""
    rework_milli: int = 0


def _fns(conn: Connection) -> tuple[str, str]:
    return ("LEAST", "GREATEST") if conn.dialect.name == "postgresql" else ("MIN", "MAX")


DAY_MS = 86_400_000


def _windows_cte(windows: Sequence[Window], inline: str = "") -> str:
    """``w``: the windows (``lng``: longer than two days); ``wb``: each shorter window under every day bucket
    ``b`` whose two days [b, b + 2) it overlaps, so that a segment of at most a day, which lies within the two days
    from its start's bucket, finds its windows by an equality join. Whole numbers written into the statement.
    ``inline``: `` NOT MATERIALIZED`` on PostgreSQL, so that the planner sees the rows themselves (and hashes them)
    rather than a CTE it knows nothing about."""
    rows, buckets = [], []
    for w in windows:
        long = w.end_ms - w.start_ms > 2 * DAY_MS
        rows.append(f"({int(w.wid)}, {int(w.start_ms)}, {int(w.end_ms)}, {int(long)})")
        if not long:
            for b in range(w.start_ms // DAY_MS - 1, -(-w.end_ms // DAY_MS)):
                buckets.append(f"({b}, {int(w.wid)}, {int(w.start_ms)}, {int(w.end_ms)})")
    return (
        f"w(wid, ws, we, lng) AS{inline} (VALUES {', '.join(rows)}), "
        f"wb(b, wid, ws, we) AS{inline} (VALUES {', '.join(buckets or ['(-1, -1, 0, 0)'])})"
    )


def _tasks_cte(query: Query, params: dict[str, Any]) -> str | None:
    """The tasks of the machine and work order filters (None: no such filter)."""
    where = []
    if query.machine:
        where.append("machine_id = :machine")
        params["machine"] = query.machine
    if query.work_order:
        where.append("work_order = :work_order")
        params["work_order"] = query.work_order
    if query.todo:
        if where:
            raise ValueError("a refresh of the shift figures takes no filter")
        return "tasks AS (SELECT task_id FROM plant_report_todo)"
    if query.tasks is not None:
        if where:
            raise ValueError("a list of tasks takes no filter")
        params.update({f"task_{i}": task for i, task in enumerate(query.tasks)})
        listed = ", ".join(f"(:task_{i})" for i in range(len(query.tasks))) or "(NULL)"
        return f"tasks(task_id) AS (VALUES {listed})"
    return f"tasks AS (SELECT task_id FROM plant_task WHERE {' AND '.join(where)})" if where else None


def _long(windows: Sequence[Window]) -> bool:
    """Whether a window is longer than two days (joined without the day buckets)."""
    return any(w.end_ms - w.start_ms > 2 * DAY_MS for w in windows)


def _short(windows: Sequence[Window]) -> bool:
    """Whether a window is two days or shorter (joined through the day buckets)."""
    return any(w.end_ms - w.start_ms <= 2 * DAY_MS for w in windows)


def _segments_cte(conn: Connection, filtered: bool, least: str, windows: Sequence[Window]) -> str:
    """``seg``: every run or pause that reaches into the range; ``segw``: each with the windows it overlaps. Only
    the branches the windows need are written: a report over one long window (the whole range) reads each
    segment once, straight from the table, with nothing kept in between."""
    join = "JOIN tasks t ON t.task_id = e.task_id " if filtered else ""
    columns = "seg.task_id, seg.state, seg.reason, seg.s, seg.e, w.wid, w.ws, w.we"
    branches = []
    if _short(windows):
        branches.append(
            f"SELECT {columns} FROM seg JOIN wb w ON w.b = seg.s / {DAY_MS} AND seg.s < w.we AND seg.e > w.ws "
            f"WHERE seg.e - seg.s <= {DAY_MS}"
        )
        # The few segments longer than a day, read once (not once per window).
        branches.append(
            f"SELECT {columns.replace('seg.', 'segl.')} FROM segl JOIN w ON segl.s < w.we AND segl.e > w.ws "
            "WHERE w.lng = 0"
        )
    if _long(windows):
        branches.append(f"SELECT {columns} FROM seg JOIN w ON seg.s < w.we AND seg.e > w.ws WHERE w.lng = 1")
    # Read from the table where it is used rather than written aside (PostgreSQL keeps a CTE used twice).
    inline = " NOT MATERIALIZED" if conn.dialect.name == "postgresql" and len(branches) > 1 else ""
    return (
        f"seg AS{inline} (SELECT e.task_id, CASE WHEN e.kind = 'pause' THEN 'pause' ELSE 'run' END AS state, "
        "CASE WHEN e.kind = 'pause' THEN e.reason END AS reason, e.at_ms AS s, "
        f"{least}(COALESCE(e.next_ms, :now), :now) AS e FROM plant_work_event e {join}"
        "WHERE e.kind IN ('start', 'join', 'pause', 'resume') AND e.at_ms < :now AND COALESCE(e.next_ms, :now) > :lo), "
        + (f"segl AS MATERIALIZED (SELECT * FROM seg WHERE seg.e - seg.s > {DAY_MS}), " if _short(windows) else "")
        + f"segw AS ({' UNION ALL '.join(branches)})"
    )


def _members_cte(query: Query, params: dict[str, Any], filtered: bool, least: str) -> str:
    operator = ""
    if query.operator:
        operator = " AND ts.operator_id = :operator"
        params["operator"] = query.operator
    params["far"] = FAR
    tasks = " AND (e.kind = 'signout' OR e.task_id IN (SELECT task_id FROM tasks))" if filtered else ""
    columns = "e.event_id, e.task_id, e.operator_id, e.kind, e.at_ms, e.station_id, e.epoch, e.seq"
    if query.todo or query.tasks is not None:
        # A few tasks: their facts (by the task index) and their people's sign-outs (by the operator index), the only
        # ones that end those people's time on them.
        crew = (
            f"crew AS (SELECT {columns} FROM plant_work_event e JOIN tasks t ON t.task_id = e.task_id "
            "WHERE e.kind IN ('start', 'join', 'stop') AND e.at_ms < :hi "
            f"UNION ALL SELECT {columns} FROM plant_work_event e WHERE e.kind = 'signout' AND e.at_ms < :hi "
            "AND e.operator_id IN (SELECT m.operator_id FROM plant_work_event m JOIN tasks t ON t.task_id = m.task_id "
            "WHERE m.kind IN ('start', 'join'))), "
        )
    else:
        crew = (
            f"crew AS (SELECT {columns} FROM plant_work_event e "
            f"WHERE e.kind IN ('start', 'join', 'stop', 'signout') AND e.at_ms < :hi{tasks}), "
        )
    order = (
        "ORDER BY at_ms DESC, station_id DESC, epoch DESC, seq DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING"
    )
    return (
        crew
        + f"ts AS (SELECT event_id, task_id, operator_id, kind, at_ms, MIN(CASE WHEN kind = 'stop' THEN at_ms END) "
        f"OVER (PARTITION BY task_id {order}) AS next_stop FROM crew WHERE task_id IS NOT NULL), "
        f"os AS (SELECT event_id, MIN(CASE WHEN kind = 'signout' THEN at_ms END) "
        f"OVER (PARTITION BY operator_id {order}) AS next_out FROM crew WHERE operator_id IS NOT NULL), "
        f"mem AS MATERIALIZED (SELECT ts.task_id, ts.operator_id, ts.at_ms AS ms_s, "
        f"{least}(COALESCE(ts.next_stop, :far), COALESCE(os.next_out, :far)) AS ms_e "
        f"FROM ts JOIN os ON os.event_id = ts.event_id WHERE ts.kind IN ('start', 'join'){operator} "
        "AND ts.at_ms < :hi)"
    )


def _tune(conn: Connection) -> None:
    """For this report's transaction on PostgreSQL: memory enough to sort and hash a million segments without
    spilling to disk, and no JIT compilation (it costs more than it saves on statements of this size)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL work_mem = '128MB'")
        conn.exec_driver_sql("SET LOCAL jit = off")


def _start(conn: Connection, query: Query, windows: Sequence[Window]) -> tuple[dict[str, Any], list[str], bool]:
    _tune(conn)
    lo, hi = min(w.start_ms for w in windows), max(w.end_ms for w in windows)
    params: dict[str, Any] = {"lo": lo, "hi": hi, "now": min(query.now_ms, hi)}
    ctes = [_windows_cte(windows, " NOT MATERIALIZED" if conn.dialect.name == "postgresql" else "")]
    tasks = _tasks_cte(query, params)
    if tasks is not None:
        ctes.append(tasks)
    return params, ctes, tasks is not None


def time_sums(
    conn: Connection,
    query: Query,
    windows: Sequence[Window],
    *,
    by_operator: bool = False,
    per_machine: bool = False,
    operator_totals: bool = False,
    reasons: bool = True,
) -> list[TimeSum]:
    """Run and pause time per task, state, pause reason and window (and crew member, ``by_operator``); with an
    operator filter, only the time that operator was on the task's crew. ``per_machine``: added up per machine
    in the database instead of per task (``machine`` set, ``task_id`` empty); ``operator_totals`` (with
    ``by_operator``): added up per crew member over every task and window in the database (``task_id`` empty,
    ``wid`` 0), which is all the operators' report needs of a million segments. ``reasons`` False (with
    ``per_machine``): pauses not told apart by reason (``reason`` None), fewer rows for a report that only adds
    them up."""
    if not windows:
        return []
    least, greatest = _fns(conn)
    params, ctes, filtered = _start(conn, query, windows)
    ctes.append(_segments_cte(conn, filtered, least, windows))
    if by_operator or query.operator:
        ctes.append(_members_cte(query, params, filtered, least))
        if operator_totals:
            keys = "x.state, x.reason, mem.operator_id"
            chosen = "'' AS task_id, x.state, x.reason, 0 AS wid, mem.operator_id"
        else:
            keys = chosen = "x.task_id, x.state, x.reason, x.wid, mem.operator_id"
        sql = (
            f"WITH {', '.join(ctes)} SELECT {chosen}, "
            f"SUM({least}(x.e, mem.ms_e, x.we) - {greatest}(x.s, mem.ms_s, x.ws)) AS ms "
            "FROM segw x JOIN mem ON mem.task_id = x.task_id AND x.s < mem.ms_e AND x.e > mem.ms_s "
            f"AND mem.ms_s < x.we AND mem.ms_e > x.ws GROUP BY {keys}"
        )
    elif per_machine:
        reason = "x.reason" if reasons else "NULL"
        grouped = ", x.reason" if reasons else ""
        sql = (
            f"WITH {', '.join(ctes)} SELECT '' AS task_id, x.state, {reason} AS reason, x.wid, NULL AS operator_id, "
            f"SUM({least}(x.e, x.we) - {greatest}(x.s, x.ws)) AS ms, pt.machine_id "
            f"FROM segw x JOIN plant_task pt ON pt.task_id = x.task_id GROUP BY pt.machine_id, x.state{grouped}, x.wid"
        )
    else:
        sql = (
            f"WITH {', '.join(ctes)} SELECT x.task_id, x.state, x.reason, x.wid, NULL AS operator_id, "
            f"SUM({least}(x.e, x.we) - {greatest}(x.s, x.ws)) AS ms "
            "FROM segw x GROUP BY x.task_id, x.state, x.reason, x.wid"
        )
    return [TimeSum(*row) for row in conn.execute(text(sql), params).all()]


def machine_times(conn: Connection, query: Query, windows: Sequence[Window]) -> list[tuple[str, int, int, int]]:
    """Run and pause ms per machine (of the plant's task rows) and window, as (machine, window, run, pause): what
    OEE needs of the segments, added up in the database. Not for an operator filter."""
    if not windows or query.operator:
        raise ValueError("machine_times needs windows and no operator filter")
    least, greatest = _fns(conn)
    params, ctes, filtered = _start(conn, query, windows)
    ctes.append(_segments_cte(conn, filtered, least, windows))
    ms = f"{least}(x.e, x.we) - {greatest}(x.s, x.ws)"
    sql = (
        f"WITH {', '.join(ctes)} SELECT pt.machine_id, x.wid, "
        f"CAST(SUM(CASE WHEN x.state = 'run' THEN {ms} ELSE 0 END) AS BIGINT), "
        f"CAST(SUM(CASE WHEN x.state = 'pause' THEN {ms} ELSE 0 END) AS BIGINT) "
        "FROM segw x JOIN plant_task pt ON pt.task_id = x.task_id GROUP BY pt.machine_id, x.wid"
    )
    return [(r[0], int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in conn.execute(text(sql), params).all()]


def operator_figures(
    conn: Connection, query: Query, windows: Sequence[Window]
) -> list[tuple[str, str | None, str | None, str | None, int, int, int]]:
    """Per crew member over all ``windows``, in one statement that works out the crews once: rows of (kind,
    state, pause reason, operator, ms, good, scrap), kind ``t`` the time they were on a task's crew by state and
    reason, kind ``c`` the pieces they are credited with (a stop's for the crew members whose time it ended, a
    count's for whoever made it; with an operator filter, only theirs), as :func:`time_sums` with
    ``operator_totals`` and :func:`count_sums` with ``by_operator`` give them."""
    if not windows:
        return []
    least, greatest = _fns(conn)
    params, ctes, filtered = _start(conn, query, windows)
    ctes.append(_segments_cte(conn, filtered, least, windows))
    ctes.append(_members_cte(query, params, filtered, least))
    ctes.append(
        _stops_cte(filtered, windows, "e.task_id, e.at_ms, e.kind, e.operator_id, e.good_milli, e.scrap_milli, w.wid")
    )
    mine = " AND e.operator_id = :operator" if query.operator else ""
    sql = (
        f"WITH {', '.join(ctes)} SELECT 't', x.state, x.reason, mem.operator_id, "
        f"CAST(SUM({least}(x.e, mem.ms_e, x.we) - {greatest}(x.s, mem.ms_s, x.ws)) AS BIGINT), 0, 0 "
        "FROM segw x JOIN mem ON mem.task_id = x.task_id AND x.s < mem.ms_e AND x.e > mem.ms_s "
        "AND mem.ms_s < x.we AND mem.ms_e > x.ws GROUP BY x.state, x.reason, mem.operator_id "
        "UNION ALL SELECT 'c', NULL, NULL, mem.operator_id, 0, CAST(SUM(e.good_milli) AS BIGINT), "
        "CAST(SUM(e.scrap_milli) AS BIGINT) FROM stops e JOIN mem ON mem.task_id = e.task_id AND mem.ms_e = e.at_ms "
        "WHERE e.kind = 'stop' GROUP BY mem.operator_id "
        "UNION ALL SELECT 'c', NULL, NULL, e.operator_id, 0, CAST(SUM(e.good_milli) AS BIGINT), "
        f"CAST(SUM(e.scrap_milli) AS BIGINT) FROM stops e WHERE e.kind = 'count'{mine} GROUP BY e.operator_id"
    )
    return [
        (r[0], r[1], r[2], r[3], int(r[4] or 0), int(r[5] or 0), int(r[6] or 0))
        for r in conn.execute(text(sql), params).all()
    ]


SEP = "\x1f"
"""Between a task's pause reasons in :func:`task_figures` (a character no reason code holds)."""


class TaskFigures(NamedTuple):
    """What one task did within a report's windows: its run and pause time (pauses by reason code, ``''`` for a
    pause without one) and the good, scrap and rework its stops and counts reported; with the work order and
    machine the plant's task row gives (``None``: the task has no row)."""

    task_id: str
    work_order: str | None
    machine: str | None
    run_ms: int
    pause_ms: int
    pauses: dict[str, int]
    good_milli: int
    scrap_milli: int
    rework_milli: int
    timed: bool
    """Whether a run or pause of the task reached into the windows."""
    stops: int
    """How many stops and counts of the task the windows hold."""
    wid: int = 0
    """The window (with ``per_window``)."""


def _stops_cte(filtered: bool, windows: Sequence[Window], columns: str) -> str:
    """``stops``: the stops and counts within the windows, each with its window."""
    tasks = "JOIN tasks t ON t.task_id = e.task_id " if filtered else ""
    branches = []
    if _short(windows):
        branches.append(
            f"SELECT {columns} FROM plant_work_event e "
            f"{tasks}JOIN wb w ON w.b = e.at_ms / {DAY_MS} AND e.at_ms >= w.ws AND e.at_ms < w.we "
            "WHERE e.kind IN ('stop', 'count') AND e.at_ms >= :lo AND e.at_ms < :hi"
        )
    if _long(windows):
        branches.append(
            f"SELECT {columns} FROM plant_work_event e {tasks}JOIN w ON e.at_ms >= w.ws AND e.at_ms < w.we "
            "WHERE w.lng = 1 AND e.kind IN ('stop', 'count') AND e.at_ms >= :lo AND e.at_ms < :hi"
        )
    return f"stops AS ({' UNION ALL '.join(branches)})"


def task_figures(
    conn: Connection,
    query: Query,
    windows: Sequence[Window],
    reasons: Sequence[str] | None = (),
    *,
    per_window: bool = False,
) -> list[TaskFigures]:
    """Per task, over all ``windows`` together (``per_window``: per task and window): its time and counts, added
    up in the database in one statement over one aggregation (one row per task, or task and window, comes back).
    The pauses are told apart by reason: each of ``reasons`` (the plant's pause reason codes) in a column of its
    own, a pause without a reason in another, and any other code segment by segment (rare: a reason master data
    does not know); ``reasons`` None: pauses only in total. Not for an operator filter (:func:`time_sums` and
    :func:`count_sums` do that)."""
    if not windows or query.operator:
        raise ValueError("task_figures needs windows and no operator filter")
    least, greatest = _fns(conn)
    params, ctes, filtered = _start(conn, query, windows)
    ctes.append(_segments_cte(conn, filtered, least, windows))
    ctes.append(_stops_cte(filtered, windows, "e.task_id, e.good_milli, e.scrap_milli, e.rework_milli, w.wid"))
    known = [r for r in dict.fromkeys(reasons or ()) if r]
    columns = []
    if reasons is not None:
        for i, code in enumerate(known):
            params[f"reason_{i}"] = code
            columns.append(f"CAST(SUM(CASE WHEN state = 'pause' AND reason = :reason_{i} THEN ms END) AS BIGINT)")
        columns.append("CAST(SUM(CASE WHEN state = 'pause' AND COALESCE(reason, '') = '' THEN ms END) AS BIGINT)")
        others = f"reason NOT IN ({', '.join(f':reason_{i}' for i in range(len(known)))})" if known else "1 = 1"
        pair = (
            f"CASE WHEN state = 'pause' AND reason <> '' AND {others} THEN reason || '=' || CAST(ms AS VARCHAR(24)) END"
        )
        columns.append(
            f"string_agg({pair}, '{SEP}')" if conn.dialect.name == "postgresql" else f"group_concat({pair}, '{SEP}')"
        )
    sql = (
        f"WITH {', '.join(ctes)}, x AS (SELECT task_id, state, reason, wid, "
        f"{least}(x.e, x.we) - {greatest}(x.s, x.ws) AS ms, 0 AS good_milli, 0 AS scrap_milli, 0 AS rework_milli "
        "FROM segw x UNION ALL SELECT task_id, 'stop', NULL, wid, 0, good_milli, scrap_milli, rework_milli "
        "FROM stops), "
        f"f AS (SELECT task_id, {'wid' if per_window else '0'} AS wid, "
        "CAST(SUM(CASE WHEN state = 'run' THEN ms ELSE 0 END) AS BIGINT) AS run_ms, "
        "CAST(SUM(CASE WHEN state = 'pause' THEN ms ELSE 0 END) AS BIGINT) AS pause_ms, "
        "CAST(SUM(good_milli) AS BIGINT) AS good_milli, CAST(SUM(scrap_milli) AS BIGINT) AS scrap_milli, "
        "CAST(SUM(rework_milli) AS BIGINT) AS rework_milli, "
        "SUM(CASE WHEN state = 'stop' THEN 0 ELSE 1 END) AS segments, "
        "SUM(CASE WHEN state = 'stop' THEN 1 ELSE 0 END) AS stops"
        + "".join(f", {c} AS p{i}" for i, c in enumerate(columns))
        + f" FROM x GROUP BY task_id{', wid' if per_window else ''}) "
        "SELECT f.*, pt.work_order, pt.machine_id FROM f LEFT JOIN plant_task pt ON pt.task_id = f.task_id"
    )
    out = []
    n = len(known)
    for row in conn.execute(text(sql), params).all():
        by_reason: dict[str, int] = {}
        if reasons is not None:
            for i in range(n):
                if row[9 + i] is not None:
                    by_reason[known[i]] = row[9 + i]
            if row[9 + n] is not None:
                by_reason[""] = row[9 + n]
            for part in (row[10 + n] or "").split(SEP):
                if part:
                    reason, _eq, ms = part.rpartition("=")
                    by_reason[reason] = by_reason.get(reason, 0) + int(ms)
        out.append(
            TaskFigures(
                row[0],
                row[-2],
                row[-1],
                row[2] or 0,
                row[3] or 0,
                by_reason,
                row[4] or 0,
                row[5] or 0,
                row[6] or 0,
                bool(row[7]),
                row[8],
                row[1],
            )
        )
    return out


def output_figures(
    conn: Connection, query: Query, windows: Sequence[Window], hi: int
) -> list[tuple[str, str | None, str | None, int, int, int]]:
    """Per task with a stop or count in ``windows``: (task, its work order and machine as the plant's task row
    gives them, good and scrap in the windows, good up to ``hi``), read in one pass over the stops and counts up to
    ``hi`` (each found in its window, if any, by a join on equal keys). Not for an operator filter."""
    if not windows or query.operator:
        raise ValueError("output_figures needs windows and no operator filter")
    params, ctes, filtered = _start(conn, query, windows)
    params["to"] = hi
    tasks = "JOIN tasks t ON t.task_id = e.task_id " if filtered else ""
    joins, found = [], []
    if _short(windows):
        joins.append(f"LEFT JOIN wb ON wb.b = e.at_ms / {DAY_MS} AND e.at_ms >= wb.ws AND e.at_ms < wb.we ")
        found.append("wb.wid IS NOT NULL")
    if _long(windows):
        joins.append("LEFT JOIN w ON w.lng = 1 AND e.at_ms >= w.ws AND e.at_ms < w.we ")
        found.append("w.wid IS NOT NULL")
    inside = " OR ".join(found)
    sql = (
        f"WITH {', '.join(ctes)}, x AS (SELECT e.task_id, CASE WHEN {inside} THEN 1 ELSE 0 END AS inside, "
        f"e.good_milli, e.scrap_milli FROM plant_work_event e {tasks}{''.join(joins)}"
        "WHERE e.kind IN ('stop', 'count') AND e.at_ms >= 0 AND e.at_ms < :to), "
        "f AS (SELECT task_id, CAST(SUM(CASE WHEN inside = 1 THEN good_milli ELSE 0 END) AS BIGINT) AS good, "
        "CAST(SUM(CASE WHEN inside = 1 THEN scrap_milli ELSE 0 END) AS BIGINT) AS scrap, "
        "CAST(SUM(good_milli) AS BIGINT) AS to_date "
        "FROM x GROUP BY task_id HAVING MAX(inside) = 1) "
        "SELECT f.task_id, pt.work_order, pt.machine_id, f.good, f.scrap, f.to_date "
        "FROM f LEFT JOIN plant_task pt ON pt.task_id = f.task_id"
    )
    return [
        (r[0], r[1], r[2], int(r[3] or 0), int(r[4] or 0), int(r[5] or 0))
        for r in conn.execute(text(sql), params).all()
    ]


def count_sums(
    conn: Connection, query: Query, windows: Sequence[Window], *, by_operator: bool = False
) -> list[CountSum]:
    """Good, scrap and rework reported by the tasks' stops and interim counts in each window, per task and scrap
    reason (and per person, ``by_operator``: a stop's for the crew members whose time on the task it ended, a
    count's for whoever made it; with an operator filter, only theirs)."""
    if not windows:
        return []
    least, _greatest = _fns(conn)
    params, ctes, filtered = _start(conn, query, windows)
    tasks = "JOIN tasks t ON t.task_id = e.task_id " if filtered else ""
    columns = "e.task_id, e.reason, e.at_ms, e.kind, e.operator_id, e.good_milli, e.scrap_milli, e.rework_milli, w.wid"
    stops = (
        f"stops AS (SELECT {columns} FROM plant_work_event e "
        f"{tasks}JOIN wb w ON w.b = e.at_ms / {DAY_MS} AND e.at_ms >= w.ws AND e.at_ms < w.we "
        "WHERE e.kind IN ('stop', 'count') AND e.at_ms >= :lo AND e.at_ms < :hi"
        + (
            f" UNION ALL SELECT {columns} FROM plant_work_event e "
            f"{tasks}JOIN w ON e.at_ms >= w.ws AND e.at_ms < w.we "
            "WHERE w.lng = 1 AND e.kind IN ('stop', 'count') AND e.at_ms >= :lo AND e.at_ms < :hi"
            if _long(windows)
            else ""
        )
        + ")"
    )
    ctes.append(stops)
    sums = "SUM(e.good_milli), SUM(e.scrap_milli), COUNT(*), SUM(e.rework_milli)"
    if by_operator or query.operator:
        # A stop counts for the crew members whose time on the task it ended; a count for whoever made it.
        ctes.append(_members_cte(query, params, filtered, least))
        mine = " AND e.operator_id = :operator" if query.operator else ""
        sql = (
            f"WITH {', '.join(ctes)} SELECT e.task_id, e.reason, e.wid, mem.operator_id, {sums} FROM stops e "
            "JOIN mem ON mem.task_id = e.task_id AND mem.ms_e = e.at_ms WHERE e.kind = 'stop' "
            "GROUP BY e.task_id, e.reason, e.wid, mem.operator_id "
            f"UNION ALL SELECT e.task_id, e.reason, e.wid, e.operator_id, {sums} FROM stops e "
            f"WHERE e.kind = 'count'{mine} GROUP BY e.task_id, e.reason, e.wid, e.operator_id"
        )
    else:
        sql = (
            f"WITH {', '.join(ctes)} SELECT e.task_id, e.reason, e.wid, NULL, {sums} FROM stops e "
            "GROUP BY e.task_id, e.reason, e.wid"
        )
    return [
        CountSum(r[0], r[1], r[2], r[3], int(r[4] or 0), int(r[5] or 0), int(r[6]), int(r[7] or 0))
        for r in conn.execute(text(sql), params)
    ]


def machine_counts(conn: Connection, query: Query, windows: Sequence[Window]) -> list[tuple[str, int, int]]:
    """Good and scrap per machine (``''`` for a task the plant has no row of) reported in ``windows``, as
    (machine, good, scrap), added up in the database. Not for an operator filter."""
    if not windows or query.operator:
        raise ValueError("machine_counts needs windows and no operator filter")
    params, ctes, filtered = _start(conn, query, windows)
    ctes.append(_stops_cte(filtered, windows, "e.task_id, e.good_milli, e.scrap_milli"))
    sql = (
        f"WITH {', '.join(ctes)} SELECT COALESCE(pt.machine_id, '') AS machine, CAST(SUM(e.good_milli) AS BIGINT), "
        "CAST(SUM(e.scrap_milli) AS BIGINT) FROM stops e LEFT JOIN plant_task pt ON pt.task_id = e.task_id "
        "GROUP BY COALESCE(pt.machine_id, '')"
    )
    return [(r[0], int(r[1] or 0), int(r[2] or 0)) for r in conn.execute(text(sql), params).all()]


def scrap_counts(conn: Connection, query: Query, windows: Sequence[Window]) -> list[tuple[str, int, int]]:
    """Scrap per scrap reason (``''`` for none) in ``windows``, as (reason, scrap, stops): what :func:`count_sums`
    gives per task, reason and window, added up in the database over its rows that have scrap (with how many
    stops and counts those rows hold). Not for an operator filter."""
    if not windows or query.operator:
        raise ValueError("scrap_counts needs windows and no operator filter")
    params, ctes, filtered = _start(conn, query, windows)
    ctes.append(_stops_cte(filtered, windows, "e.task_id, e.reason, e.scrap_milli, w.wid"))
    sql = (
        f"WITH {', '.join(ctes)}, r AS (SELECT e.reason, SUM(e.scrap_milli) AS scrap, COUNT(*) AS n FROM stops e "
        "GROUP BY e.task_id, e.reason, e.wid) SELECT COALESCE(reason, ''), CAST(SUM(scrap) AS BIGINT), "
        "CAST(SUM(n) AS BIGINT) FROM r WHERE scrap <> 0 GROUP BY COALESCE(reason, '')"
    )
    return [(r[0], int(r[1] or 0), int(r[2] or 0)) for r in conn.execute(text(sql), params).all()]


class RunShare(NamedTuple):
    """The pieces one stop reported (``good_milli``, ``scrap_milli``) and the share of its run that fell in
    window ``wid``: ``in_window_ms`` of ``run_ms`` (``run_ms`` 0: the run had no run time; all of it counts in
    the stop's window)."""

    task_id: str
    stop_ms: int
    wid: int
    good_milli: int
    scrap_milli: int
    run_ms: int
    in_window_ms: int
    work_order: str | None = None
    """The task's work order and machine as the plant's task row gives them (None: the task has no row)."""
    machine: str | None = None


def run_shares(conn: Connection, query: Query, windows: Sequence[Window], *, lo: int | None = None) -> list[RunShare]:
    """Where the pieces of each stop were made: a stop reports what its run made since the task's previous stop
    (or start), so its good and scrap belong to the windows that run ran in, in proportion to the run time in
    each (what OEE's performance needs: a run over two shifts makes pieces in both, not all in the shift it was
    stopped in). An interim count (kind ``count``) reports what was made since the task's previous count or stop,
    and a stop what was made since then, so both end a share. Stops and counts within the windows' range and those
    after it whose run reached into it are taken; ``lo``: those after ``lo`` rather than after the range's start
    (the windows' shares of a report's range, less the windows it reads from ``reporting.cells``)."""
    return [RunShare._make(r) for r in share_rows(conn, query, windows, lo=lo)]


def share_rows(
    conn: Connection, query: Query, windows: Sequence[Window], *, lo: int | None = None, prev: bool = False
) -> list[Any]:
    """The rows of :func:`run_shares`; ``prev``: each with the time of the task's stop or count before (None:
    none) after the others."""
    if not windows:
        return []
    least, greatest = _fns(conn)
    params, ctes, filtered = _start(conn, query, windows)
    if lo is not None:
        params["lo"] = lo
    tasks = "JOIN tasks t ON t.task_id = e.task_id " if filtered else ""
    order = "ORDER BY e.at_ms, e.station_id, e.epoch, e.seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING"
    ctes.append(
        # Every stop and count of the tasks stopped or counted since the range began, with the one before it. A
        # count of several scrap reasons is a row per reason (the same event): its rows are one report here.
        "st AS (SELECT e.task_id, e.at_ms, e.good_milli, e.scrap_milli, "
        f"MAX(e.at_ms) OVER (PARTITION BY e.task_id {order}) AS prev_ms FROM "
        "(SELECT e.task_id, e.at_ms, e.station_id, e.epoch, e.seq, CAST(SUM(e.good_milli) AS BIGINT) AS good_milli, "
        f"CAST(SUM(e.scrap_milli) AS BIGINT) AS scrap_milli FROM plant_work_event e {tasks}"
        "WHERE e.kind IN ('stop', 'count') AND e.task_id IN "
        "(SELECT task_id FROM plant_work_event WHERE kind IN ('stop', 'count') AND at_ms > :lo) "
        "GROUP BY e.task_id, e.at_ms, e.station_id, e.epoch, e.seq) e), "
        "sr AS (SELECT * FROM st WHERE st.at_ms > :lo AND COALESCE(st.prev_ms, -1) < :hi), "
        # The run time of each such stop's run: its starts, joins and resumes until their next fact.
        "run AS (SELECT sr.task_id, sr.at_ms AS stop_ms, sr.good_milli, sr.scrap_milli, sr.prev_ms, r.at_ms AS rs, "
        f"{least}(COALESCE(r.next_ms, sr.at_ms), sr.at_ms) AS re FROM sr JOIN plant_work_event r "
        "ON r.task_id = sr.task_id AND r.kind IN ('start', 'join', 'resume') "
        "AND r.at_ms >= COALESCE(sr.prev_ms, -1) AND r.at_ms < sr.at_ms), "
        "tot AS (SELECT task_id, stop_ms, SUM(re - rs) AS run_ms FROM run GROUP BY task_id, stop_ms), "
        # The few runs longer than a day, read once (not once per window).
        f"runl AS MATERIALIZED (SELECT * FROM run WHERE run.re - run.rs > {DAY_MS}), "
        "rw AS (SELECT run.*, w.wid, w.ws, w.we FROM run "
        f"JOIN wb w ON w.b = run.rs / {DAY_MS} AND run.rs < w.we AND run.re > w.ws WHERE run.re - run.rs <= {DAY_MS} "
        + (
            "UNION ALL SELECT run.*, w.wid, w.ws, w.we FROM run JOIN w ON run.rs < w.we AND run.re > w.ws "
            "WHERE w.lng = 1 "
            if _long(windows)
            else ""
        )
        + "UNION ALL SELECT runl.*, w.wid, w.ws, w.we FROM runl JOIN w ON runl.rs < w.we AND runl.re > w.ws "
        "WHERE w.lng = 0)"
    )
    sql = (
        f"WITH {', '.join(ctes)}, "
        # Each run's time per window, added up before it meets its run's total (a few rows per stop, not one per
        # run segment and window).
        "shares AS (SELECT rw.task_id, rw.stop_ms, rw.wid, MIN(rw.good_milli) AS good_milli, "
        "MIN(rw.scrap_milli) AS scrap_milli, MIN(rw.prev_ms) AS prev_ms, "
        f"CAST(SUM({least}(rw.re, rw.we) - {greatest}(rw.rs, rw.ws)) AS BIGINT) AS in_window_ms FROM rw "
        "GROUP BY rw.task_id, rw.stop_ms, rw.wid), "
        "shared AS (SELECT shares.task_id, shares.stop_ms, shares.wid, shares.good_milli, shares.scrap_milli, "
        "CAST(tot.run_ms AS BIGINT) AS run_ms, shares.in_window_ms, shares.prev_ms FROM shares "
        "JOIN tot ON tot.task_id = shares.task_id AND tot.stop_ms = shares.stop_ms WHERE tot.run_ms > 0 "
        # A stop whose run had no run time: all of it in the stop's own window.
        "UNION ALL SELECT sr.task_id, sr.at_ms, w.wid, sr.good_milli, sr.scrap_milli, 0, 0, sr.prev_ms FROM sr "
        "JOIN w ON sr.at_ms >= w.ws AND sr.at_ms < w.we WHERE NOT EXISTS (SELECT 1 FROM tot "
        "WHERE tot.task_id = sr.task_id AND tot.stop_ms = sr.at_ms AND tot.run_ms > 0)) "
        "SELECT shared.task_id, shared.stop_ms, shared.wid, shared.good_milli, shared.scrap_milli, shared.run_ms, "
        "shared.in_window_ms, pt.work_order, pt.machine_id" + (", shared.prev_ms" if prev else "") + " FROM shared "
        "LEFT JOIN plant_task pt ON pt.task_id = shared.task_id"
    )
    # Every column is a whole number already (bigint columns, sums cast to bigint).
    return list(conn.execute(text(sql), params).all())
