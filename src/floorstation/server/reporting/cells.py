"""The reports' shift figures: per task and shift of the plant calendar, what :mod:`.work` adds up from the work
registration (run and pause time by pause reason, per task and per crew member; the pieces reported, per task and
as credited to people; each stop's share of its run), kept in tables for every shift that has ended, so that a
report over months reads a few rows per task and shift instead of a million facts.

They are worked out by the same statements a report runs over the facts (:func:`.work.time_sums`,
:func:`.work.count_sums`, :func:`.work.share_rows`), so a report gives the same figures from them as from the
facts. Ingest notes every task that got new facts and every sign-out (``plant_report_dirty``, in
``projections.work.link_work``); :func:`refresh` works out again the shifts of those tasks (a late upload that
splits a run or pause changes the figures as a rerun from scratch would), and of the tasks still at work when the
shifts ended since the last refresh. One server process does this at a time (a PostgreSQL advisory lock for the
transaction). The server's background work does it about once a minute, and a report's request the little left
since (:mod:`.upkeep`). A report reads the shifts up to the last that ended before its ``now`` from here, and the
rest (the shift under way) from the facts, as before.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, text

from floorstation.server.models import OPEN_SEGMENT
from floorstation.server.reporting.period import PlantCalendar, Query, Window, from_ms
from floorstation.server.reporting.work import TaskFigures, count_sums, share_rows, time_sums

LOCK = "report-shift-figures"
KEY = f"hashtextextended('{LOCK}/' || current_schema(), 0)"
local_lock = threading.Lock()
"""SQLite (one server process): its threads refresh one at a time."""

_TASK = (
    "task_id", "ws", "we", "run_ms", "pause_ms", "good_milli", "scrap_milli", "rework_milli", "n", "timed",
)  # fmt: skip
_PAUSE = ("task_id", "ws", "we", "reason", "ms")
_CREW = ("task_id", "ws", "we", "operator_id", "state", "reason", "ms")
_CREDIT = ("task_id", "ws", "we", "operator_id", "good_milli", "scrap_milli")
_TABLES = ("plant_report_task", "plant_report_pause", "plant_report_crew", "plant_report_credit", "plant_report_share")
_SHARE = ("task_id", "ws", "we", "stop_ms", "prev_ms", "good_milli", "scrap_milli", "run_ms", "in_window_ms")


def fingerprint(calendar: PlantCalendar) -> str:
    """The calendar as text: its time zone and shifts (other shifts, other figures)."""
    return f"{calendar.tz}|" + ",".join(f"{s.name}={s.start.isoformat()}" for s in calendar.shifts)


def ended_by(calendar: PlantCalendar, now_ms: int) -> int:
    """The end of the last shift that ended at or before ``now_ms`` (UTC ms)."""
    day = from_ms(now_ms, calendar.tz).date()
    ends = [w.end_ms for w in calendar.windows(day - timedelta(days=3), day + timedelta(days=1))]
    return max((e for e in ends if e <= now_ms), default=min(ends) - 1)


def refresh(conn: Connection, calendar: PlantCalendar, now_ms: int) -> int:
    """Bring the shift figures up to date with the facts, for every shift that ended by ``now_ms``; returns up to
    where they reach now (the end of the last shift worked out). In a transaction of its own, committed, unless the
    connection is in one already (then in it)."""
    if conn.dialect.name == "postgresql":
        if conn.in_transaction():
            return _refresh(conn, calendar, now_ms)
        with conn.begin():
            return _refresh(conn, calendar, now_ms)
    with local_lock:  # SQLite: one server process; its threads one at a time
        if conn.in_transaction():
            return _refresh(conn, calendar, now_ms)
        with conn.begin():
            return _refresh(conn, calendar, now_ms)


def _refresh(conn: Connection, calendar: PlantCalendar, now_ms: int) -> int:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock({KEY})"))
    return refresh_locked(conn, calendar, now_ms)


def refresh_locked(conn: Connection, calendar: PlantCalendar, now_ms: int) -> int:
    """:func:`refresh` in the caller's transaction, which holds the lock already (PostgreSQL: the advisory lock
    ``KEY`` for the transaction; SQLite: :data:`local_lock`)."""
    mark = fingerprint(calendar)
    state = conn.execute(text("SELECT calendar, horizon_ms FROM plant_report_state WHERE id = 1")).first()
    target = ended_by(calendar, now_ms)
    dirty = conn.execute(text("SELECT id, task_id, operator_id, at_ms FROM plant_report_dirty")).all()
    if state is not None and state[0] == mark and state[1] >= target and not dirty:
        return int(state[1])
    horizon = max(target, int(state[1])) if state is not None and state[0] == mark else target
    if state is None or state[0] != mark:
        for table in _TABLES:
            conn.execute(text(f"DELETE FROM {table}"))
        first = conn.execute(text("SELECT MIN(at_ms) FROM plant_work_event WHERE task_id IS NOT NULL")).scalar()
        if first is not None:
            _work_out(conn, calendar, int(first), horizon, todo=False)
    else:
        old = int(state[1])
        _fill_todo(conn, dirty, old if horizon > old else None)
        first = conn.execute(
            text("SELECT MIN(e.at_ms) FROM plant_work_event e JOIN plant_report_todo t ON t.task_id = e.task_id")
        ).scalar()
        if first is not None:
            for table in _TABLES:
                conn.execute(text(f"DELETE FROM {table} WHERE task_id IN (SELECT task_id FROM plant_report_todo)"))
            _work_out(conn, calendar, int(first), horizon, todo=True)
        conn.execute(text("DELETE FROM plant_report_todo"))
    if dirty:
        ids = [r[0] for r in dirty]
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            conn.execute(text(f"DELETE FROM plant_report_dirty WHERE id IN ({', '.join(str(int(n)) for n in part)})"))
    conn.execute(text("DELETE FROM plant_report_state"))
    conn.execute(
        text("INSERT INTO plant_report_state (id, calendar, horizon_ms) VALUES (1, :calendar, :horizon)"),
        {"calendar": mark, "horizon": horizon},
    )
    return horizon


def _fill_todo(conn: Connection, dirty: Sequence[Any], after: int | None) -> None:
    """``plant_report_todo``: the tasks with new facts; those whose time a new sign-out may have ended (the
    person's starts and joins before it, with no stop of the task in between); and, with ``after`` (the shifts
    worked out so far end there), the tasks with anything after it: a fact then or later (a run or pause that
    reaches past it ends at one), or a run or pause still open."""
    tasks = {r[1] for r in dirty if r[1] is not None}
    # Per person, their new sign-outs' first and last time: a sign-out at t ends their time on a task they started
    # or joined at j <= t with no stop of it in between; taken as j <= the last, no stop between j and the first.
    signouts: dict[str, tuple[int, int]] = {}
    for _id, _task, operator, at_ms in dirty:
        if operator is not None:
            first, last = signouts.get(operator, (at_ms, at_ms))
            signouts[operator] = (min(first, at_ms), max(last, at_ms))
    for operator, (first, last) in sorted(signouts.items()):
        found = conn.execute(
            text(
                "SELECT DISTINCT j.task_id FROM plant_work_event j WHERE j.operator_id = :operator "
                "AND j.kind IN ('start', 'join') AND j.at_ms <= :last AND NOT EXISTS (SELECT 1 FROM plant_work_event s "
                "WHERE s.task_id = j.task_id AND s.kind = 'stop' AND s.at_ms > j.at_ms AND s.at_ms < :first)"
            ),
            {"operator": operator, "first": first, "last": last},
        )
        tasks.update(r[0] for r in found)
    if after is not None:
        tasks.update(at_work_since(conn, after))
    if tasks:
        conn.execute(text("INSERT INTO plant_report_todo (task_id) VALUES (:t)"), [{"t": t} for t in sorted(tasks)])


def at_work_since(conn: Connection, since_ms: int) -> tuple[str, ...]:
    """The tasks with a fact at or after ``since_ms``, or a run or pause still open: the only ones with anything
    after that time (a run or pause that reaches past it ends at a later fact, or is open)."""
    found = conn.execute(
        text(
            "SELECT task_id FROM plant_work_event WHERE at_ms >= :since AND task_id IS NOT NULL "
            f"UNION SELECT task_id FROM plant_work_event WHERE {OPEN_SEGMENT}"
        ),
        {"since": since_ms},
    )
    return tuple(sorted(r[0] for r in found))


def _work_out(conn: Connection, calendar: PlantCalendar, first_ms: int, horizon: int, *, todo: bool) -> None:
    """Work out the shifts from the one ``first_ms`` falls in to the last ending by ``horizon``, of every task
    (``todo``: of the tasks ``plant_report_todo`` lists), and add them to the tables."""
    day = from_ms(first_ms, calendar.tz).date() - timedelta(days=1)
    last = from_ms(horizon, calendar.tz).date()
    windows = [w for w in calendar.windows(day, last) if w.end_ms <= horizon and w.end_ms > first_ms]
    if not windows:
        return
    spans = {w.wid: (w.start_ms, w.end_ms) for w in windows}
    query = Query(windows[0].day, windows[0].day, now_ms=horizon, todo=todo)
    tasks: dict[tuple[str, int], list[int]] = {}  # (task, window) -> run, pause, good, scrap, rework, n, timed
    pauses: list[tuple[Any, ...]] = []
    for s in time_sums(conn, query, windows):
        found = tasks.setdefault((s.task_id, s.wid), [0] * 7)
        found[0 if s.state == "run" else 1] += s.ms
        found[6] = 1
        if s.state == "pause":
            pauses.append((s.task_id, *spans[s.wid], s.reason, s.ms))
    for c in count_sums(conn, query, windows):
        found = tasks.setdefault((c.task_id, c.wid), [0] * 7)
        found[2] += c.good_milli
        found[3] += c.scrap_milli
        found[4] += c.rework_milli
        found[5] += c.stops
    _write(conn, "plant_report_task", _TASK, [(t, *spans[w], *v) for (t, w), v in tasks.items()])
    _write(conn, "plant_report_pause", _PAUSE, pauses)
    del tasks, pauses
    crews = [
        (s.task_id, *spans[s.wid], s.operator_id, s.state, s.reason, s.ms)
        for s in time_sums(conn, query, windows, by_operator=True)
    ]
    _write(conn, "plant_report_crew", _CREW, crews)
    credits: dict[tuple[str, int, str | None], list[int]] = {}
    for c in count_sums(conn, query, windows, by_operator=True):
        found = credits.setdefault((c.task_id, c.wid, c.operator_id), [0, 0])
        found[0] += c.good_milli
        found[1] += c.scrap_milli
    _write(conn, "plant_report_credit", _CREDIT, [(t, *spans[w], o, *v) for (t, w, o), v in credits.items()])
    del crews, credits
    shares = [
        (r[0], *spans[r[2]], r[1], r[9], r[3], r[4], r[5], r[6])
        for r in share_rows(conn, query, windows, lo=windows[0].start_ms - 1, prev=True)
    ]
    _write(conn, "plant_report_share", _SHARE, shares)
    if conn.dialect.name == "postgresql" and not todo:  # the planner's picture of the tables, once filled
        for table in _TABLES:
            conn.execute(text(f"ANALYZE {table}"))


def _write(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        raw = conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join(f":{c}" for c in columns)
    conn.execute(
        text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"),
        [dict(zip(columns, row, strict=True)) for row in rows],
    )


# --- reading them ----------------------------------------------------------------------------------------------


def usable(query: Query) -> bool:
    """Whether a report of ``query`` can read the shift figures (they are kept for the whole plant, per task)."""
    return not (query.machine or query.work_order or query.operator or query.todo or query.tasks is not None)


def split(windows: Sequence[Window], horizon: int, now_ms: int) -> tuple[list[Window], list[Window]]:
    """The windows (in time order) the shift figures hold, and the rest (read from the facts)."""
    reach = min(horizon, now_ms)
    kept = [w for w in windows if w.end_ms <= reach]
    return kept, list(windows[len(kept) :])


def tiles(windows: Sequence[Window], lo: int, hi: int) -> bool:
    """Whether ``windows`` cover [lo, hi) exactly, one after the other."""
    if not windows or windows[0].start_ms != lo or windows[-1].end_ms != hi:
        return False
    return all(a.end_ms == b.start_ms for a, b in itertools.pairwise(windows))


def _within(windows: Sequence[Window]) -> tuple[str, str]:
    """A ``WITH`` clause (or ``''``) and a condition on the cells ``c`` that keep those of ``windows``: the range
    they cover when they follow one another, else a join with their starts (a shift filter's windows)."""
    lo, hi = windows[0].start_ms, windows[-1].end_ms
    if tiles(windows, lo, hi):
        return "", f"c.ws >= {int(lo)} AND c.we <= {int(hi)}"
    starts = ", ".join(f"({int(w.start_ms)})" for w in windows)
    return f"WITH cw(ws) AS (VALUES {starts}) ", "c.ws IN (SELECT ws FROM cw)"


def task_figures(
    conn: Connection, windows: Sequence[Window], *, per_window: bool = False, reasons: Sequence[str] | None = None
) -> list[TaskFigures]:
    """What :func:`.work.task_figures` gives for ``windows`` (shifts the figures hold), read from them; without
    ``per_window``, every window as one (``wid`` 0); ``reasons`` (the plant's pause reason codes): with the pauses
    by reason code."""
    if not windows:
        return []
    with_, where = _within(windows)
    wid = {w.start_ms: w.wid for w in windows}
    columns = "c.run_ms, c.pause_ms, c.good_milli, c.scrap_milli, c.rework_milli, c.timed, c.n"
    if per_window:
        sql = (
            f"{with_}SELECT c.task_id, c.ws, {columns}, pt.work_order, pt.machine_id FROM plant_report_task c "
            f"LEFT JOIN plant_task pt ON pt.task_id = c.task_id WHERE {where}"
        )
    else:
        sums = ", ".join(f"MAX({c})" if c == "c.timed" else f"CAST(SUM({c}) AS BIGINT)" for c in columns.split(", "))
        sql = (
            f"{with_}SELECT f.*, pt.work_order, pt.machine_id FROM (SELECT c.task_id, 0 AS ws, {sums} "
            f"FROM plant_report_task c WHERE {where} GROUP BY c.task_id) f "
            "LEFT JOIN plant_task pt ON pt.task_id = f.task_id"
        )
    pauses: dict[tuple[str, int], dict[str, int]] = {}
    if reasons is not None:
        known = [r for r in dict.fromkeys(reasons) if r]
        params = {f"reason_{i}": code for i, code in enumerate(known)}
        picked = "".join(
            f", CAST(SUM(CASE WHEN c.reason = :reason_{i} THEN c.ms END) AS BIGINT)" for i in range(len(known))
        )
        others = f"c.reason NOT IN ({', '.join(f':reason_{i}' for i in range(len(known)))})" if known else "1 = 1"
        found = conn.execute(
            text(
                f"{with_}SELECT c.task_id, {'c.ws' if per_window else '0'}{picked}, "
                "CAST(SUM(CASE WHEN COALESCE(c.reason, '') = '' THEN c.ms END) AS BIGINT) "
                f"FROM plant_report_pause c WHERE {where} GROUP BY c.task_id{', c.ws' if per_window else ''}"
            ),
            params,
        ).all()
        n = len(known)
        for row in found:
            by_reason = pauses[(row[0], row[1])] = {}
            for i in range(n):
                if row[2 + i] is not None:
                    by_reason[known[i]] = row[2 + i]
            if row[2 + n] is not None:
                by_reason[""] = row[2 + n]
        # A reason master data does not know (rare): added up one by one.
        rare = conn.execute(
            text(
                f"{with_}SELECT c.task_id, {'c.ws' if per_window else '0'}, c.reason, CAST(SUM(c.ms) AS BIGINT) "
                f"FROM plant_report_pause c WHERE {where} AND c.reason <> '' AND {others} "
                f"GROUP BY c.task_id, {'c.ws, ' if per_window else ''}c.reason"
            ),
            params,
        ).all()
        for task_id, start, reason, ms in rare:
            by_reason = pauses.setdefault((task_id, start), {})
            by_reason[reason] = by_reason.get(reason, 0) + ms
    return [
        TaskFigures(
            r[0],
            r[9],
            r[10],
            r[2],
            r[3],
            pauses.get((r[0], r[1]), {}),
            r[4],
            r[5],
            r[6],
            bool(r[7]),
            r[8],
            wid[r[1]] if per_window else 0,
        )
        for r in conn.execute(text(sql)).all()
    ]


def machine_times(conn: Connection, windows: Sequence[Window]) -> list[tuple[str, int, int, int]]:
    """What :func:`.work.machine_times` gives for ``windows`` (shifts the figures hold), read from them."""
    if not windows:
        return []
    with_, where = _within(windows)
    wid = {w.start_ms: w.wid for w in windows}
    sql = (
        f"{with_}SELECT pt.machine_id, c.ws, "
        "CAST(SUM(c.run_ms) AS BIGINT), CAST(SUM(c.pause_ms) AS BIGINT) "
        "FROM plant_report_task c JOIN plant_task pt ON pt.task_id = c.task_id "
        f"WHERE c.timed = 1 AND {where} GROUP BY pt.machine_id, c.ws"
    )
    return [(r[0], wid[r[1]], int(r[2] or 0), int(r[3] or 0)) for r in conn.execute(text(sql)).all()]


def run_shares(conn: Connection, windows: Sequence[Window], lo: int, hi: int) -> list[Any]:
    """What :func:`.work.run_shares` gives for ``windows`` (shifts the figures hold) of a report whose range is
    [``lo``, ``hi``): the shares of the stops after ``lo`` whose task's previous stop was before ``hi``."""
    if not windows:
        return []
    with_, where = _within(windows)
    wid = {w.start_ms: w.wid for w in windows}
    sql = (
        f"{with_}SELECT c.task_id, c.stop_ms, c.ws, c.good_milli, c.scrap_milli, c.run_ms, "
        "c.in_window_ms, pt.work_order, pt.machine_id FROM plant_report_share c "
        f"LEFT JOIN plant_task pt ON pt.task_id = c.task_id "
        f"WHERE {where} AND c.stop_ms > :lo AND COALESCE(c.prev_ms, -1) < :hi"
    )
    return [
        (r[0], r[1], wid[r[2]], r[3], r[4], r[5], r[6], r[7], r[8])
        for r in conn.execute(text(sql), {"lo": lo, "hi": hi}).all()
    ]


def operator_figures(
    conn: Connection, windows: Sequence[Window]
) -> list[tuple[str, str | None, str | None, str | None, int, int, int]]:
    """What :func:`.work.operator_figures` gives for ``windows`` (shifts the figures hold), read from them."""
    if not windows:
        return []
    with_, where = _within(windows)
    sql = (
        f"{with_}SELECT 't', c.state, c.reason, c.operator_id, CAST(SUM(c.ms) AS BIGINT), 0, 0 "
        f"FROM plant_report_crew c WHERE {where} GROUP BY c.state, c.reason, c.operator_id "
        "UNION ALL SELECT 'c', NULL, NULL, c.operator_id, 0, CAST(SUM(c.good_milli) AS BIGINT), "
        f"CAST(SUM(c.scrap_milli) AS BIGINT) FROM plant_report_credit c WHERE {where} "
        "GROUP BY c.operator_id"
    )
    return [
        (r[0], r[1], r[2], r[3], int(r[4] or 0), int(r[5] or 0), int(r[6] or 0)) for r in conn.execute(text(sql)).all()
    ]
