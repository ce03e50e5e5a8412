"""Make tests/data/station-0001.db: a demo station database as floorstation wrote it at schema revision 0001.

Run once from the repository root (``.venv/bin/python tests/data/make_station_0001.py``); the result is committed
and read by tests/integration/test_migrations.py. It is built with the migration 0001 itself, not with today's
models, so it stays what an old station really has on disk. The event and projection tables are the same in 0001
and head (0002 only added ``event_sync`` and ``station_meta``), so today's unit of work can write the events.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from floorstation import config
from floorstation.app.context import StationContext
from floorstation.app.simulate import ShiftSimulator
from floorstation.store import eventlog
from floorstation.store.db import make_engine
from floorstation.store.masterdata import import_catalog, read_catalog
from floorstation.store.migrate import current_revision, upgrade
from floorstation.store.uow import SqlUnitOfWork

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"
TARGET = Path(__file__).resolve().with_name("station-0001.db")
EVENTS = 40
START = datetime(2026, 11, 23, 6, 0, 0, tzinfo=timezone(timedelta(hours=1)))


class FixedClock:
    def now(self) -> datetime:
        return START


def make(target: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "station.db"
        engine = make_engine(db)
        try:
            upgrade(engine, "0001")
            assert current_revision(engine) == "0001"
            import_catalog(engine, read_catalog(DEMO / "plant.json"))
            rules = config.load(DEMO / "station.toml").rules()
            ctx = StationContext(
                uow=lambda: SqlUnitOfWork(engine, rules.station_id, rules.epoch), clock=FixedClock(), rules=rules
            )
            sim = ShiftSimulator(ctx, start=START, seed=11, pins={"marta": "3333", "tomasz": "4444"})
            total = 0
            while total < EVENTS:
                sim.run(1)
                with engine.connect() as conn:
                    total = eventlog.count(conn)
        finally:
            engine.dispose()
        raw = sqlite3.connect(db)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("PRAGMA journal_mode=DELETE")
            raw.execute("VACUUM")
        finally:
            raw.close()
        shutil.copyfile(db, target)
    return total


if __name__ == "__main__":
    written = make(TARGET)
    print(f"{TARGET}: schema 0001, {written} events")
    sys.exit(0)
