"""The reports by name, as the office's pages and downloads name them."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from sqlalchemy import Connection

from floorstation.server.reporting import cells, upkeep
from floorstation.server.reporting.oee import completeness, oee, order_progress
from floorstation.server.reporting.period import PlantCalendar, Query
from floorstation.server.reporting.reports import (
    Context,
    downtime,
    machine_time,
    operator_time,
    output,
    scrap,
    work_time,
)
from floorstation.server.reporting.shifts import by_shift
from floorstation.server.reporting.table import Table

WORK_MEM = "64MB"
REPORTS: dict[str, tuple[str, Callable[[Context], Table]]] = {
    "work-time": ("Work time per work-order operation", work_time),
    "machine-time": ("Work time per machine", machine_time),
    "operator-time": ("Work time per operator", operator_time),
    "downtime": ("Downtime by reason", downtime),
    "scrap": ("Scrap by reason", scrap),
    "output": ("Output against plan", output),
    "shifts": ("Work and output by shift", by_shift),
    "oee": ("OEE per machine and shift", oee),
    "order-progress": ("Order progress", order_progress),
    "stations": ("Data complete up to", completeness),
}
SHIFT_FIGURES = {"work-time", "operator-time", "shifts", "oee"}
"""The reports that read the shift figures (:mod:`.cells`)."""


def build(conn: Connection, name: str, query: Query, calendar: PlantCalendar) -> Table:
    """Report ``name`` (a key of :data:`REPORTS`) for ``query``, read in the caller's connection."""
    _title, make = REPORTS[name]
    horizon = None
    if name in SHIFT_FIGURES and cells.usable(query) and not conn.in_transaction():
        # Committed before the report's transaction, so the next report finds the work done; 0: from the facts.
        horizon = upkeep.catch_up(conn, calendar, query.now_ms) or 0
    if conn.dialect.name == "postgresql":
        # Sorting and grouping a plant's facts in memory rather than in temporary files; for this transaction only.
        conn.exec_driver_sql(f"SET LOCAL work_mem = '{WORK_MEM}'")
    with _no_cycle_collection():
        return make(Context(conn, query, calendar, horizon))


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A report makes a few hundred thousand rows, sums and cells, none of them in a reference cycle: the cyclic
    garbage collector would walk all of them again and again while they are made (a tenth of a large report's
    time). Reference counting still frees everything as usual; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
