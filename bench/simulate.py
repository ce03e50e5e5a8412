"""A simulated shift through the real use cases (no budget: the reference for later load tests), and the home
screen's refresh (``views.station_view``) on the station it leaves.

``ShiftSimulator`` on a fresh demo station, simulated clock. Before every action the simulator reads what the
people at the station would see (``_view``); that read is timed separately so the figure can be split into
"what the simulator looks at" and "the use cases themselves".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bench import Result, Session, latency_ms, result
from floorstation.app import views
from floorstation.app.simulate import ShiftSimulator
from floorstation.store import eventlog

SEED = 1
PINS = {"marta": "3333", "tomasz": "4444"}


def _timed(fn: Callable[[], Any], spent: list[float]) -> Callable[[], Any]:
    def wrapper() -> Any:
        t0 = time.perf_counter()
        try:
            return fn()
        finally:
            spent.append(time.perf_counter() - t0)

    return wrapper


def run(session: Session) -> list[Result]:
    actions = session.size(2000, 200)
    station = session.demo_station("simulate")
    with station.engine.connect() as conn:
        before = eventlog.count(conn)
    sim = ShiftSimulator(station.ctx, start=datetime.now().astimezone(), seed=SEED, pins=PINS)
    view_s: list[float] = []
    setattr(sim, "_view", _timed(sim._view, view_s))  # noqa: B010  (instance attribute shadows the method)
    start = time.perf_counter()
    report = sim.run(actions)
    elapsed = time.perf_counter() - start
    with station.engine.connect() as conn:
        events = eventlog.count(conn) - before
    view_total = sum(view_s)
    first, last = view_s[: len(view_s) // 10], view_s[-(len(view_s) // 10) :]
    details: dict[str, Any] = {
        "actions": report.actions,
        "events": events,
        "seconds": round(elapsed, 3),
        "seed": SEED,
        "done": sum(report.done.values()),
        "refused": sum(report.refused.values()),
        "nothing_to_do": report.actions - sum(report.done.values()) - sum(report.refused.values()),
        "view_seconds": round(view_total, 3),
        "view_share": round(view_total / elapsed, 3),
        "view_ms_first_tenth": round(sum(first) / max(1, len(first)) * 1000, 3),
        "view_ms_last_tenth": round(sum(last) / max(1, len(last)) * 1000, 3),
        "use_case_events_per_s": round(events / max(1e-9, elapsed - view_total), 1),
    }
    refresh = _refresh_times(station, session.size(300, 50))
    return [
        result(
            "terminal.station_view",
            latency_ms(refresh)["p50_ms"],
            "ms p50",
            details={"after_actions": report.actions, "calls": len(refresh), **latency_ms(refresh)},
        ),
        result("simulate.actions", report.actions / elapsed, "actions/s", details=details),
        result("simulate.events", events / elapsed, "events/s", details={"events": events, "actions": actions}),
    ]


def _refresh_times(station: Any, calls: int) -> list[float]:
    """What the terminal's screens read every few seconds and after every action (``views.station_view``), on
    the station the shift left behind (its queues, crews, marks and lots)."""
    views.station_view(station.ctx)
    times = []
    for _ in range(calls):
        t0 = time.perf_counter()
        views.station_view(station.ctx)
        times.append(time.perf_counter() - t0)
    return times
