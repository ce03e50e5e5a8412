"""The reports by name, as the office's pages and downloads name them."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

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


def build(conn: Connection, name: str, query: Query, calendar: PlantCalendar) -> Table:
    """Report ``name`` (a key of :data:`REPORTS`) for ``query``, read in the caller's connection."""
    _title, make = REPORTS[name]
    if conn.dialect.name == "postgresql":
        # Sorting and grouping a plant's facts in memory rather than in temporary files; for this transaction only.
        conn.exec_driver_sql(f"SET LOCAL work_mem = '{WORK_MEM}'")
    return make(Context(conn, query, calendar))
