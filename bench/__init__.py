"""Benchmarks for the DESIGN §10 performance budgets; run them with ``python -m bench`` (``make bench``).

Every benchmark is a function ``run(session) -> list[Result]`` in a module of this package. Shared pieces live
here: the result record written to ``bench/results.json``, the session (sizes, scratch folder, the stations the
benchmarks build) and small statistics helpers. Benchmarks never assert: they report a figure, its budget
and, where one exists, a same-run reference figure.
"""

from __future__ import annotations

import contextlib
import io
import math
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypedDict

from floorstation import bootstrap, cli


class Budget(TypedDict):
    op: Literal[">=", "<="]
    value: float


class Result(TypedDict):
    name: str
    value: float
    unit: str
    budget: Budget | None
    within_budget: bool | None
    details: dict[str, Any]


def num(value: float) -> float:
    """A figure rounded for humans and JSON: 3 decimals below 100, 1 above."""
    return round(value, 3 if abs(value) < 100 else 1)


def reference(what: str, value: float, unit: str) -> dict[str, Any]:
    """The same-run figure a result is read against (shown in the table's reference column)."""
    return {"what": what, "value": num(value), "unit": unit}


def result(
    name: str,
    value: float,
    unit: str,
    *,
    at_least: float | None = None,
    at_most: float | None = None,
    details: dict[str, Any] | None = None,
) -> Result:
    budget: Budget | None = None
    within: bool | None = None
    if at_least is not None:
        budget, within = {"op": ">=", "value": at_least}, value >= at_least
    elif at_most is not None:
        budget, within = {"op": "<=", "value": at_most}, value <= at_most
    return {
        "name": name,
        "value": num(value),
        "unit": unit,
        "budget": budget,
        "within_budget": within,
        "details": details or {},
    }


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def latency_ms(samples_s: list[float]) -> dict[str, float]:
    """p50, p99 and max of per-operation times given in seconds, in milliseconds."""
    return {
        "p50_ms": num(percentile(samples_s, 50) * 1000),
        "p99_ms": num(percentile(samples_s, 99) * 1000),
        "max_ms": num(max(samples_s) * 1000),
    }


@dataclass
class Session:
    """One ``python -m bench`` run: its sizes, its scratch folder and the stations built in it."""

    quick: bool
    workdir: Path
    stations: list[bootstrap.Station] = field(default_factory=list)
    log_station: bootstrap.Station | None = None
    """The station whose event log the append benchmarks filled (verify reads it)."""

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def demo_station(self, name: str) -> bootstrap.Station:
        """A fresh demo station in ``workdir/name``, built the way the terminal builds it (WAL, FULL)."""
        data_dir = self.workdir / name
        with contextlib.redirect_stdout(io.StringIO()) as out:
            code = cli.main(["--data-dir", str(data_dir), "init", "--demo"])
        if code != 0:
            raise RuntimeError(f"floorstation init --demo failed with exit code {code}: {out.getvalue()}")
        station = bootstrap.build(data_dir)
        self.stations.append(station)
        return station

    def close(self) -> None:
        for station in self.stations:
            station.close()
        self.stations.clear()
        self.log_station = None


@contextlib.contextmanager
def session(*, quick: bool, scratch: Path | None = None) -> Iterator[Session]:
    """A session whose stations live in a temporary folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="floorstation-bench-", dir=scratch) as tmp:
        s = Session(quick=quick, workdir=Path(tmp))
        try:
            yield s
        finally:
            s.close()
