"""``python -m bench``: run the benchmarks, print a table, write bench/results.json.

    python -m bench                  # everything, full sizes (make bench)
    python -m bench --quick          # smaller sizes, a smoke run
    python -m bench --only appends   # one benchmark (repeat --only for several)
    python -m bench --profile        # also print where the time went in each benchmark (cProfile, stderr)

Exit status: 0, or 1 when a benchmark crashed, or (with --strict) when a figure missed its budget.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import (
    Result,
    Session,
    appends,
    camera,
    office_floor,
    printing,
    reports,
    scan_latency,
    server_ingest,
    session,
    simulate,
    sync,
    terminal,
    trace,
    verify,
)

#: In running order: verify reads the log the appends leave behind.
BENCHMARKS: dict[str, Callable[[Session], list[Result]]] = {
    "appends": appends.run,
    "verify": verify.run,
    "simulate": simulate.run,
    "printing": printing.run,
    "sync": sync.run,
    "server_ingest": server_ingest.run,
    "camera": camera.run,
    "scan_latency": scan_latency.run,
    "terminal": terminal.run,
    "trace": trace.run,
    "office_floor": office_floor.run,
    "reports": reports.run,
}
RESULTS_PATH = Path(__file__).with_name("results.json")
QUICK_PATH = Path(__file__).with_name("results-quick.json")
"""Where ``--quick`` writes: its small sizes are a smoke run, not figures to quote."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description="floorstation benchmarks (DESIGN §10)")
    parser.add_argument(
        "--only",
        action="append",
        choices=list(BENCHMARKS),
        metavar="NAME",
        help=f"run only this benchmark ({', '.join(BENCHMARKS)}); may be repeated",
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument(
        "--output",
        type=Path,
        help=f"where to write the JSON results (default {RESULTS_PATH.name}; {QUICK_PATH.name} with --quick, so a "
        "smoke run never replaces the real figures)",
    )
    parser.add_argument("--scratch", type=Path, help="folder for the benchmark stations (default: system temp)")
    parser.add_argument("--profile", action="store_true", help="print cProfile hotspots per benchmark (stderr)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses its budget")
    return parser


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


def _budget(r: Result) -> str:
    b = r["budget"]
    if b is None:
        return "—"
    return f"{'≥' if b['op'] == '>=' else '≤'} {_fmt(b['value'])}"


def _verdict(r: Result) -> str:
    return {True: "pass", False: "FAIL", None: "—"}[r["within_budget"]]


def _reference(r: Result) -> str:
    ref = r["details"].get("reference")
    said = [f"{ref['what']}: {_fmt(ref['value'])} {ref['unit']}"] if ref else []
    if (ratio := r["details"].get("vs_bare_copy")) is not None:
        said.append(f"{ratio:.2f}x bare COPY ({_fmt(r['details']['bare_copy']['rows_per_s'])} rows/s)")
    return "; ".join(said)


def table(results: Sequence[Result]) -> str:
    header = ("figure", "value", "unit", "budget", "result", "reference")
    rows = [(r["name"], _fmt(r["value"]), r["unit"], _budget(r), _verdict(r), _reference(r)) for r in results]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    right = {1, 3}

    def line(cells: Sequence[str]) -> str:
        out = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(out).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def _profiled(fn: Callable[[Session], list[Result]], s: Session, name: str) -> list[Result]:
    profiler = cProfile.Profile()
    try:
        return profiler.runcall(fn, s)
    finally:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        print(f"\n=== {name}: floorstation code by cumulative time ===", file=sys.stderr)
        stats.sort_stats("cumulative").print_stats(r"floorstation/(?!.*bench)", 20)
        print(f"=== {name}: everything by own time ===", file=sys.stderr)
        stats.sort_stats("tottime").print_stats(15)


def _kept_results(path: Path, fresh: Sequence[Result], ran: Sequence[str]) -> list[Result]:
    """With ``--only``, the results of the other benchmarks from the file being replaced (each marked with when it
    was measured), so one benchmark's run does not erase the rest; every earlier result of a benchmark that ran
    goes (a figure renamed since is not kept beside its new name)."""
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    names = {r["name"] for r in fresh}
    measured = previous.get("generated_at")
    kept: list[Result] = []
    for r in previous.get("results", []):
        if r.get("name") not in names and r.get("details", {}).get("benchmark") not in ran:
            r.setdefault("details", {}).setdefault("measured_at", measured)
            kept.append(r)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.output is None:
        args.output = QUICK_PATH if args.quick else RESULTS_PATH
    names = [n for n in BENCHMARKS if not args.only or n in args.only]
    results: list[Result] = []
    errors: list[dict[str, str]] = []
    started = time.perf_counter()
    with session(quick=args.quick, scratch=args.scratch) as s:
        for name in names:
            print(f"running {name}{' (quick)' if args.quick else ''} ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            try:
                fn = BENCHMARKS[name]
                produced = _profiled(fn, s, name) if args.profile else fn(s)
                for r in produced:
                    r.setdefault("details", {})["benchmark"] = name
                results.extend(produced)
            except Exception as exc:
                traceback.print_exc()
                errors.append({"benchmark": name, "error": f"{type(exc).__name__}: {exc}"})
            print(f"  {name} took {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started

    kept = _kept_results(args.output, results, names) if args.only else []
    doc: dict[str, Any] = {
        "generated_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
        },
        "run": {"quick": args.quick, "only": args.only or [], "seconds": round(total, 1), "errors": errors},
        "results": [*kept, *results],
    }
    args.output.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    m = doc["machine"]
    print(
        f"\nfloorstation benchmarks — {m['cpus']} CPUs, Python {m['python']}, SQLite {m['sqlite']}"
        f"{', QUICK sizes' if args.quick else ''}; {total:.1f} s\n"
    )
    print(table(results))
    print(f"\nwritten {args.output}")
    for err in errors:
        print(f"ERROR in {err['benchmark']}: {err['error']}")
    missed = [r["name"] for r in results if r["within_budget"] is False]
    if errors or (args.strict and missed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
