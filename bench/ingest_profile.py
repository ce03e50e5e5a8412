"""Where an upload batch's time goes, in process: ``python -m bench.ingest_profile [STATIONS] [EVENTS_EACH]``.

The server benchmark's batches (``bench/server_ingest.py``: a shop floor's mix, 1,000 events each) are read and
stored by ``read_batch`` and ``ingest()`` as the upload endpoint does, one station after another, on a fresh
PostgreSQL database (FLOORSTATION_BENCH_PG_URL or FLOORSTATION_TEST_PG_URL; else SQLite). Printed: events/s and
CPU seconds, the wall time per batch of each phase (the checks, the COPY, the projections, the change feed), and
every statement the batches sent with its time per batch. ``--no-pipeline`` runs the projection writes one by one,
so that each statement's own time shows (in a pipeline they are answered together at its end); ``--cprofile``
adds cProfile's list of the functions that took the most time themselves.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import functools
import os
import pstats
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event as sa_event

from bench import session
from bench.server_ingest import _bodies
from bench.sync import server_database
from floorstation.server import enrollment, ingest, lotcodes, projections, rules, sscc
from floorstation.server.api.upload import read_batch
from floorstation.server.db import open_database
from floorstation.server.projections import batch as projection_batch


def _timed(owner: Any, name: str, label: str, totals: collections.Counter[str]) -> None:
    """Wrap ``owner.name`` so that its wall time adds up in ``totals[label]``."""
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - t0

    setattr(owner, name, timed)


def _backend_cpu(pids: set[int]) -> float:
    """CPU seconds the database's backends of ``pids`` have used (a database on this machine; else 0)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError), open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_profile", description=__doc__.split("\n")[0])
    parser.add_argument("stations", type=int, nargs="?", default=10)
    parser.add_argument("events", type=int, nargs="?", default=3000, help="events per station (1,000 a batch)")
    parser.add_argument("--no-pipeline", action="store_true", help="projection writes one by one, each timed")
    parser.add_argument("--cprofile", action="store_true", help="also print cProfile's top functions (stderr)")
    args = parser.parse_args(argv)
    phases: collections.Counter[str] = collections.Counter()
    for owner, name, label in (
        (ingest, "_stored_before", "earlier records"),
        (ingest, "_check_duplicates", "duplicates"),
        (ingest, "_insert_events", "COPY of the events"),
        (rules, "check", "business checks"),
        (sscc, "collisions", "SSCC collisions"),
        (lotcodes, "collisions", "lot-code collisions"),
        (ingest.authority, "judge", "lot decisions"),
        (projections, "parse_payloads", "payload types"),
        (projections, "apply", "projections (with the feed)"),
        (projection_batch.feed, "publish", "change feed"),
    ):
        _timed(owner, name, label, phases)
    if args.no_pipeline:

        @contextlib.contextmanager
        def one_by_one(conn: Any) -> Iterator[None]:
            yield

        projection_batch.pipelined = one_by_one  # type: ignore[assignment]
    statements: collections.Counter[str] = collections.Counter()
    counts: collections.Counter[str] = collections.Counter()
    profiler = cProfile.Profile()
    with session(quick=True, scratch=None) as s, server_database(s) as (url, backend):
        engine = open_database(url)

        @sa_event.listens_for(engine, "before_cursor_execute")
        def started(conn: Any, *_: Any) -> None:
            conn.info["statement_t0"] = time.perf_counter()

        @sa_event.listens_for(engine, "after_cursor_execute")
        def finished(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            key = " ".join(statement.split())[:110]
            statements[key] += time.perf_counter() - conn.info["statement_t0"]
            counts[key] += 1

        backends: set[int] = set()
        if backend == "postgresql":

            @sa_event.listens_for(engine, "checkout")
            def checked_out(dbapi_conn: Any, *_: Any) -> None:
                backends.add(dbapi_conn.info.backend_pid)

        names = [f"ST-{i:03d}" for i in range(args.stations)]
        for name in names:
            enrollment.create_code(engine, name)
        bodies = {name: _bodies(name, args.events) for name in names}
        statements.clear()
        counts.clear()
        t0, cpu0, db_cpu0 = time.perf_counter(), time.process_time(), _backend_cpu(backends)
        for i in range(max(len(b) for b in bodies.values())):
            for name in names:
                if i < len(bodies[name]):
                    if args.cprofile:
                        profiler.enable()
                    a = time.perf_counter()
                    read = read_batch(bodies[name][i], "application/json")
                    events = [e.to_event() for e in read.events]
                    phases["reading the body"] += time.perf_counter() - a
                    ingest.ingest(engine, name, events, clock_offset_ms=0)
                    phases["batch in all"] += time.perf_counter() - a
                    if args.cprofile:
                        profiler.disable()
        seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        db_cpu = _backend_cpu(backends) - db_cpu0
        engine.dispose()
    total = args.stations * args.events
    batches = total / 1000
    print(f"{backend}: {total:,} events in {seconds:.2f} s ({cpu:.2f} s CPU): {total / seconds:,.0f} events/s")
    if db_cpu:
        print(f"PostgreSQL's backends: {db_cpu:.2f} s CPU ({db_cpu / batches * 1000:.1f} ms a batch)")
    print(f"{sum(counts.values()) / batches:.1f} statements a batch")
    print("\nwall time per batch of 1,000 (phases overlap: the feed is inside the projections)")
    for label, spent in phases.most_common():
        print(f"  {spent / batches * 1000:7.1f} ms  {label}")
    print(
        "\nstatements, time per batch"
        + (" (pipelined ones answer together at the end)" if not args.no_pipeline else "")
    )
    for key, spent in statements.most_common(30):
        print(f"  {spent / batches * 1000:7.1f} ms  {counts[key] / batches:4.1f}x  {key}")
    if args.cprofile:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
