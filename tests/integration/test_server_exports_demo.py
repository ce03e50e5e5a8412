"""Every recall export works on the demo plant after a simulated shift, with only the plant's identity configured.

A lot still in production (no good quantity reported yet, no unit of its own), a bought lot and a shipped lot: the
report (json, csv), the EPCIS document (valid against GS1's schema) and the FSMA 204 sheet come out of
``floorstation-server recall`` for each.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import datetime
from itertools import groupby
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from floorstation import bootstrap
from floorstation.app.simulate import ShiftSimulator
from floorstation.cli import _demo_pins
from floorstation.domain.events import Event
from floorstation.server import cli as server_cli
from floorstation.server import enrollment
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import PlantLotRow, PlantPalletRow, PlantTaskRow
from floorstation.store import eventlog
from tests import epcis_schema
from tests.conftest import WARSAW_WINTER, ManualClock
from tests.integration.serverkit import DEMO_PLANT


def _upload(engine: Engine, events: list[Event]) -> None:
    for station_id in {e.station_id for e in events}:
        enrollment.create_code(engine, station_id)
    for station_id, run in groupby(events, key=lambda e: e.station_id):
        batch = list(run)
        for i in range(0, len(batch), 50):
            ingest(engine, station_id, batch[i : i + 50])


@pytest.fixture(scope="module")
def shift_log(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> list[Event]:
    """The demo station's log after one simulated shift (simulated once: every database kind and master-data case
    gets the same log)."""
    root = tmp_path_factory.mktemp("shift") / "station"
    shutil.copytree(demo_template, root)
    clock = ManualClock(datetime(2026, 11, 23, 8, 0, 0, tzinfo=WARSAW_WINTER))
    station = bootstrap.build(root, clock=clock)
    try:
        ShiftSimulator(station.ctx, start=clock.now(), seed=11, pins=_demo_pins(), echo=None).run(400)
        with station.engine.connect() as conn:
            return list(eventlog.iter_events(conn))
    finally:
        station.close()


@pytest.fixture(params=["master data", "events only"])
def shift(request: pytest.FixtureRequest, server_engine: Engine, shift_log: list[Event]) -> dict[str, str]:
    """One simulated shift of the demo plant uploaded to the server (with the plant's master data imported there,
    or not: the server then knows the lots only from events); a lot of each kind the exports must handle."""
    if request.param == "master data":
        import_catalog(server_engine, read_catalog(DEMO_PLANT))
    _upload(server_engine, shift_log)
    with server_engine.connect() as conn:
        running = select(PlantTaskRow.task_id).where(PlantTaskRow.state.in_(("running", "paused")))
        open_tasks = set(conn.scalars(running))
        produced = conn.execute(select(PlantLotRow).where(PlantLotRow.origin == "produced")).all()

        in_production = min((r.produced_milli, r.code) for r in produced if r.task_id in open_tasks)[1]
        bought = conn.scalars(select(PlantLotRow.code).where(PlantLotRow.origin == "received")).first()
        shipped = conn.scalars(select(PlantPalletRow.lot_code).where(PlantPalletRow.shipped_event.isnot(None))).first()
    assert bought is not None and shipped is not None
    return {"in production": in_production, "bought": bought, "shipped": shipped}


def _identity_only(path: Path) -> Path:
    site = {"name": "Demo Caps plant 1", "address": "ul. Fabryczna 1, Warszawa", "phone": "+48 22 100"}
    path.write_text(json.dumps({"company_prefix": "5901234", "site": site}), encoding="utf-8")
    return path


def test_every_export_of_the_demo_plant_after_a_shift(
    server_db: str, shift: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schema = epcis_schema.SHARED_EPCIS.joinpath(epcis_schema.SCHEMA_FILE).is_file()
    profile = _identity_only(tmp_path / "profile.json")
    for which, lot in shift.items():
        out: dict[str, str] = {}
        for fmt in ("json", "csv", "epcis", "fsma204"):
            target = tmp_path / f"recall.{fmt}"
            args = ["recall", lot, "--db", server_db, "--format", fmt, "--profile", str(profile)]
            assert server_cli.main([*args, "--output", str(target)]) == 0, capsys.readouterr().err
            out[fmt] = target.read_text(encoding="utf-8-sig")

        assert json.loads(out["json"])["lot"] == lot
        assert lot in out["csv"]
        document = json.loads(out["epcis"])
        if schema:  # GS1's schema, where it is available (tests/epcis_schema.py)
            assert epcis_schema.errors(document) == [], f"the {which} lot {lot}"
        assert document["epcisBody"]["eventList"], "the lot's own events are in the document"
        rows = list(csv.DictReader(io.StringIO(out["fsma204"])))
        assert rows and all(r["Critical Tracking Event"] for r in rows)
