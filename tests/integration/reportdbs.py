"""Two server databases with the demo plant's master data (the plant's, and a fresh one for the same events
uploaded at once), and the reports read from them: through the stored shift figures, or from the facts alone.
For the tests of the reports' stored figures (test_reports_refresh.py, test_reports_upkeep.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from floorstation.server import enrollment
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.reporting.catalog import REPORTS, build
from floorstation.server.reporting.period import Query
from floorstation.server.reporting.reports import Context
from floorstation.server.reporting.table import Table
from tests.integration.reportkit import CALENDAR, Log
from tests.integration.serverkit import DEMO_PLANT, MigratedTemplates, drop_schema, new_schema

FIGURES = [name for name in REPORTS if name != "stations"]  # (that one tells when each station last synced)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def databases(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_templates: MigratedTemplates
) -> Iterator[tuple[Engine, Engine]]:
    """The plant's server database and a fresh one for the same events uploaded at once."""
    if request.param == "sqlite":
        urls = [f"sqlite:///{tmp_path / 'plant.db'}", f"sqlite:///{tmp_path / 'fresh.db'}"]
    else:
        pg = request.getfixturevalue("pg_database")
        urls = [new_schema(pg), new_schema(pg)]
    engines = [migrated_templates.open(url) for url in urls]
    catalog = read_catalog(DEMO_PLANT)
    for engine in engines:
        import_catalog(engine, catalog)
    yield engines[0], engines[1]
    for engine, url in zip(engines, urls, strict=True):
        engine.dispose()
        if request.param != "sqlite":
            drop_schema(url)


def upload(engine: Engine, log: Log, first: int = 0, last: int | None = None) -> None:
    enrollment.create_code(engine, log.station_id)
    ingest(engine, log.station_id, log.events[first:last])


def report(engine: Engine, name: str, query: Query) -> Table:
    with engine.connect() as conn:
        return build(conn, name, query, CALENDAR)


def from_the_facts(engine: Engine, name: str, query: Query) -> Table:
    """The report computed from the work facts alone (no shift figures read)."""
    with engine.connect() as conn:
        return REPORTS[name][1](Context(conn, query, CALENDAR, horizon=0))
