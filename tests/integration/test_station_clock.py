"""Each station's clock is measured at every sync, by the server (the time stamped on each request) and by the
station (the server's time on each answer): the server lists it, the station's status says it is off, and the
holds and releases of a station whose clock is far off are stored, raised as alarms and not applied."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from floorstation import bootstrap
from floorstation.app import operators, quality
from floorstation.app.signatures import Signature
from floorstation.server import admin
from floorstation.server import cli as server_cli
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import AlarmRow, PlantLotRow
from floorstation.sync.client import SyncClient
from floorstation.sync.worker import SyncWorker
from tests.conftest import ManualClock
from tests.integration.serverkit import DEMO_PLANT, LiveServer

#: A far-off clock's decisions raise the server's alarms on purpose.
pytestmark = pytest.mark.allow_log_warnings

YEARS_AHEAD = 3 * 365 * 86_400.0


def worker_for(server: LiveServer, station: bootstrap.Station, *, ahead_s: float) -> SyncWorker:
    token = server.enroll(station.config.station_id)
    outbox = bootstrap.outbox(station)

    def client() -> SyncClient:
        return SyncClient(server.url, token, outbox, clock=lambda: time.time() + ahead_s)

    return SyncWorker(client, outbox, changes=bootstrap.change_sink(station), clock_warning_s=300)


@pytest.fixture
def ahead_station(tmp_path: Path, demo_template: Path) -> bootstrap.Station:
    import shutil

    root = tmp_path / "ahead"
    shutil.copytree(demo_template, root)
    built = bootstrap.build(root, clock=ManualClock(datetime.now(UTC) + timedelta(seconds=YEARS_AHEAD)))
    yield built  # type: ignore[misc]
    built.close()


def test_a_station_clock_years_ahead_is_measured_shown_and_its_hold_not_applied(
    live_server: LiveServer, ahead_station: bootstrap.Station, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = live_server.engine
    import_catalog(engine, read_catalog(DEMO_PLANT))
    ctx = ahead_station.ctx
    operators.sign_in(ctx, badge="B4001")
    quality.hold_lot(ctx, "ewa", "PP-2401", "smell", signature=Signature("B4001", "5555"))
    worker = worker_for(live_server, ahead_station, ahead_s=YEARS_AHEAD)
    worker.run_once()
    worker.stop()

    status = worker.status()
    assert status.online and status.pending == 0, status.last_error
    assert status.clock_offset_ms is not None and status.clock_offset_ms < -YEARS_AHEAD * 1000 + 60_000
    assert status.clock_off_ms == status.clock_offset_ms, "the screen is told the clock is off"
    [listed] = [s for s in admin.stations(engine) if s.station_id == ahead_station.config.station_id]
    assert listed.clock_offset_ms is not None, "kept as measured, not cut at 24.8 days (32 bits of milliseconds)"
    assert abs(listed.clock_offset_ms + YEARS_AHEAD * 1000) < 60_000
    assert server_cli.main(["stations", "--db", server_db]) == 0
    assert "-1095 days" in capsys.readouterr().out
    with engine.connect() as conn:
        assert conn.scalar(select(PlantLotRow.status).where(PlantLotRow.code == "PP-2401")) == "released"
        [(kind, detail)] = conn.execute(select(AlarmRow.kind, AlarmRow.detail)).all()
    assert kind == "LOT_DECISION_REFUSED" and "clock" in detail and "PP-2401" in detail


def test_a_station_on_time_is_measured_and_not_warned(live_server: LiveServer, station: bootstrap.Station) -> None:
    worker = worker_for(live_server, station, ahead_s=0)
    worker.run_once()
    worker.stop()
    status = worker.status()
    assert status.clock_offset_ms is not None and abs(status.clock_offset_ms) < 5_000
    assert status.clock_off_ms is None
    [listed] = admin.stations(live_server.engine)
    assert listed.clock_offset_ms is not None and abs(listed.clock_offset_ms) < 5_000


def lot_here(station: bootstrap.Station, code: str) -> str:
    with station.ctx.uow() as uow:
        lot = uow.lot(code)
    assert lot is not None
    return lot.status.value


def test_after_a_station_clock_years_ahead_released_a_lot_the_plant_decides_at_every_station(
    live_server: LiveServer, ahead_station: bootstrap.Station, station: bootstrap.Station, server_db: str
) -> None:
    """The ahead station releases MB-0501 (held in master data); the server does not take it, and both stations
    show the lot held after a sync; quality recalls it centrally: both show it recalled, and the line refuses it."""
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    ahead = worker_for(live_server, ahead_station, ahead_s=YEARS_AHEAD)
    line = worker_for(live_server, station, ahead_s=0)
    try:
        for worker in (ahead, line):
            worker.run_once()  # master data down
        operators.sign_in(ahead_station.ctx, badge="B4001")
        quality.release_lot(ahead_station.ctx, "ewa", "MB-0501", "looks fine", signature=Signature("B4001", "5555"))
        assert lot_here(ahead_station, "MB-0501") == "released", "its own decision counts until the server judged it"
        for worker in (ahead, line):
            worker.run_once()
            assert worker.status().pending == 0, worker.status().last_error
        ahead.run_once()  # downloads the plant's word on its release
        assert lot_here(ahead_station, "MB-0501") == "hold"
        assert lot_here(station, "MB-0501") == "hold"

        recall = ["lot-status", "MB-0501", "recalled", "--reason", "supplier recall", "--db", server_db]
        assert server_cli.main(recall) == 0
        for worker in (ahead, line):
            worker.run_once()
        assert lot_here(ahead_station, "MB-0501") == "recalled"
        assert lot_here(station, "MB-0501") == "recalled"
    finally:
        ahead.stop()
        line.stop()
