"""The reports' sums, in SQL over ``plant_work_event`` (the same statements on PostgreSQL and SQLite).

A task's facts, ordered by time (then station, epoch and seq), cut its life into segments: from a start, join or
resume it runs, from a pause it is paused (with the pause's reason), from a stop nothing counts; each segment
lasts until the task's next fact, or until now. A crew member works a task from their start or join until the
task's next stop or their next sign-out. The sums are of those segments clipped to the report's shift windows
(and, per operator, to the member's time on the task); counts are the stops' good and scrap in the windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from floorstation.server.reporting.period import Query, Window, from_ms

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


@dataclass(frozen=True)
class CountSum:
    task_id: str
    reason: str | None
    wid: int
    operator_id: str | None
    good_milli: int
    scrap_milli: int
    stops: int


def _fns(conn: Connection) -> tuple[str, str]:
    return ("LEAST", "GREATEST") if conn.dialect.name == "postgresql" else ("MIN", "MAX")


def _windows_cte(windows: Sequence[Window], params: dict[str, Any]) -> str:
    rows = []
    for w in windows:
        params[f"w{w.wid}"], params[f"ws{w.wid}"], params[f"we{w.wid}"] = w.wid, w.start_ms, w.end_ms
        rows.append(f"(CAST(:w{w.wid} AS INTEGER), CAST(:ws{w.wid} AS BIGINT), CAST(:we{w.wid} AS BIGINT))")
    return f"w(wid, ws, we) AS (VALUES {', '.join(rows)})"


def _tasks_cte(query: Query, lo_ms: int, params: dict[str, Any]) -> str:
    """The tasks that can have time in the range: not those whose latest fact is a stop before it."""
    params["lo_iso"] = from_ms(lo_ms).isoformat(timespec="microseconds")
    where = ["NOT (COALESCE(state, '') = 'stopped' AND stopped_at < :lo_iso)"]
    if query.machine:
        where.append("machine_id = :machine")
        params["machine"] = query.machine
    if query.work_order:
        where.append("work_order = :work_order")
        params["work_order"] = query.work_order
    return f"tasks AS (SELECT task_id FROM plant_task WHERE {' AND '.join(where)})"


def _segments_cte(params: dict[str, Any]) -> str:
    return (
        "ev AS (SELECT e.task_id, e.kind, e.reason, e.at_ms AS s, LEAD(e.at_ms) OVER (PARTITION BY e.task_id "
        "ORDER BY e.at_ms, e.station_id, e.epoch, e.seq) AS nx FROM plant_work_event e "
        "JOIN tasks t ON t.task_id = e.task_id "
        "WHERE e.kind IN ('start', 'join', 'pause', 'resume', 'stop') AND e.at_ms < :hi), "
        "seg AS (SELECT task_id, CASE WHEN kind = 'pause' THEN 'pause' ELSE 'run' END AS state, "
        "CASE WHEN kind = 'pause' THEN reason END AS reason, s, COALESCE(nx, :now) AS e FROM ev "
        "WHERE kind <> 'stop' AND COALESCE(nx, :now) > :lo AND s < :now)"
    )


def _members_cte(query: Query, params: dict[str, Any], greatest_least: tuple[str, str]) -> str:
    least = greatest_least[0]
    operator = ""
    if query.operator:
        operator = " AND ts.operator_id = :operator"
        params["operator"] = query.operator
    params["far"] = FAR
    order = (
        "ORDER BY at_ms DESC, station_id DESC, epoch DESC, seq DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING"
    )
    return (
        "crew AS (SELECT e.event_id, e.task_id, e.operator_id, e.kind, e.at_ms, e.station_id, e.epoch, e.seq "
        "FROM plant_work_event e WHERE e.kind IN ('start', 'join', 'stop', 'signout') AND e.at_ms < :hi "
        "AND (e.kind = 'signout' OR e.task_id IN (SELECT task_id FROM tasks))), "
        f"ts AS (SELECT event_id, task_id, operator_id, kind, at_ms, MIN(CASE WHEN kind = 'stop' THEN at_ms END) "
        f"OVER (PARTITION BY task_id {order}) AS next_stop FROM crew WHERE task_id IS NOT NULL), "
        f"os AS (SELECT event_id, MIN(CASE WHEN kind = 'signout' THEN at_ms END) "
        f"OVER (PARTITION BY operator_id {order}) AS next_out FROM crew WHERE operator_id IS NOT NULL), "
        f"mem AS (SELECT ts.task_id, ts.operator_id, ts.at_ms AS ms_s, "
        f"{least}(COALESCE(ts.next_stop, :far), COALESCE(os.next_out, :far)) AS ms_e "
        f"FROM ts JOIN os ON os.event_id = ts.event_id WHERE ts.kind IN ('start', 'join'){operator})"
    )


def time_sums(conn: Connection, query: Query, windows: Sequence[Window], *, by_operator: bool = False) -> list[TimeSum]:
    """Run and pause time per task, state, pause reason and window (and crew member, ``by_operator``); with an
    operator filter, only the time that operator was on the task's crew."""
    if not windows:
        return []
    least, greatest = _fns(conn)
    lo, hi = min(w.start_ms for w in windows), max(w.end_ms for w in windows)
    params: dict[str, Any] = {"lo": lo, "hi": hi, "now": min(query.now_ms, hi)}
    ctes = [_windows_cte(windows, params), _tasks_cte(query, lo, params), _segments_cte(params)]
    if by_operator or query.operator:
        ctes.append(_members_cte(query, params, (least, greatest)))
        sql = (
            f"WITH {', '.join(ctes)} SELECT seg.task_id, seg.state, seg.reason, w.wid, mem.operator_id, "
            f"SUM({least}(seg.e, mem.ms_e, w.we) - {greatest}(seg.s, mem.ms_s, w.ws)) AS ms "
            "FROM seg JOIN mem ON mem.task_id = seg.task_id AND seg.s < mem.ms_e AND seg.e > mem.ms_s "
            "JOIN w ON seg.s < w.we AND seg.e > w.ws AND mem.ms_s < w.we AND mem.ms_e > w.ws "
            "GROUP BY seg.task_id, seg.state, seg.reason, w.wid, mem.operator_id"
        )
    else:
        sql = (
            f"WITH {', '.join(ctes)} SELECT seg.task_id, seg.state, seg.reason, w.wid, NULL AS operator_id, "
            f"SUM({least}(seg.e, w.we) - {greatest}(seg.s, w.ws)) AS ms "
            "FROM seg JOIN w ON seg.s < w.we AND seg.e > w.ws GROUP BY seg.task_id, seg.state, seg.reason, w.wid"
        )
    return [TimeSum(*row) for row in conn.execute(text(sql), params)]


def count_sums(
    conn: Connection, query: Query, windows: Sequence[Window], *, by_operator: bool = False
) -> list[CountSum]:
    """Good and scrap reported by the tasks' stops in each window, per task and scrap reason (and per crew member
    the stop ended the time of, ``by_operator``; with an operator filter, only their crews' stops)."""
    if not windows:
        return []
    least, greatest = _fns(conn)
    lo, hi = min(w.start_ms for w in windows), max(w.end_ms for w in windows)
    params: dict[str, Any] = {"lo": lo, "hi": hi, "now": min(query.now_ms, hi)}
    ctes = [_windows_cte(windows, params), _tasks_cte(query, lo, params)]
    joins = "FROM plant_work_event e JOIN tasks t ON t.task_id = e.task_id JOIN w ON e.at_ms >= w.ws AND e.at_ms < w.we"
    where = "WHERE e.kind = 'stop' AND e.at_ms >= :lo AND e.at_ms < :hi"
    stops = f"{joins} {where}"
    if by_operator or query.operator:
        # A stop counts for the crew members whose time on the task it ended.
        ctes.append(_members_cte(query, params, (least, greatest)))
        crew = "JOIN mem ON mem.task_id = e.task_id AND mem.ms_e = e.at_ms"
        sql = (
            f"WITH {', '.join(ctes)} SELECT e.task_id, e.reason, w.wid, mem.operator_id, SUM(e.good_milli), "
            f"SUM(e.scrap_milli), COUNT(*) {joins} {crew} {where} GROUP BY e.task_id, e.reason, w.wid, mem.operator_id"
        )
    else:
        sql = (
            f"WITH {', '.join(ctes)} SELECT e.task_id, e.reason, w.wid, NULL, SUM(e.good_milli), SUM(e.scrap_milli), "
            f"COUNT(*) {stops} GROUP BY e.task_id, e.reason, w.wid"
        )
    return [
        CountSum(r[0], r[1], r[2], r[3], int(r[4] or 0), int(r[5] or 0), int(r[6]))
        for r in conn.execute(text(sql), params)
    ]
