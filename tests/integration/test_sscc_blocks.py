"""SSCC serial blocks from enrollment, against a real server on loopback (SQLite, and PostgreSQL when configured):
two stations enrolled get disjoint blocks and build pallets with different SSCCs; enrolling again keeps the block;
an SSCC built at two stations anyway (made before enrollment, on the shared station.toml range) is stored, flagged
and raises an alarm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from floorstation import bootstrap, cli
from floorstation.app import operators, pallets, tasks
from floorstation.domain.codes import has_valid_check_digit
from floorstation.domain.ports import Pallet
from floorstation.server import enrollment
from floorstation.server.models import AlarmRow, EventFlagRow
from floorstation.server.settings import ServerSettings
from floorstation.server.sscc import SsccPlan
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import LiveServer, new_station

#: An SSCC built twice raises the server's alarm on purpose.
pytestmark = pytest.mark.allow_log_warnings

TASK = "304/2023-10"  # demo plant: CAP-28 on M01
PLAN = SsccPlan("5901234", block_size=1000)


@pytest.fixture
def server(server_engine: Engine) -> Iterator[LiveServer]:
    live = LiveServer(server_engine, settings=ServerSettings(sscc_plan=PLAN)).start()
    yield live
    live.stop()


@pytest.fixture
def stations(tmp_path: Path) -> Iterator[list[bootstrap.Station]]:
    made = [new_station(tmp_path / sid, sid, plant=True) for sid in ("ST-A", "ST-B")]
    yield made
    for station in made:
        station.close()


def enroll(server: LiveServer, station: bootstrap.Station) -> None:
    code = enrollment.create_code(server.engine, station.config.station_id)
    bootstrap.enroll(station, server.url, code)


def build_pallets(station: bootstrap.Station, n: int) -> list[Pallet]:
    ctx = station.ctx
    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    stopped = tasks.stop_task(ctx, TASK, "anna", good=1000 * n)
    assert stopped.output_lot is not None
    return [pallets.build_pallet(ctx, "marta", stopped.output_lot, 1000) for _ in range(n)]


def upload(server: LiveServer, station: bootstrap.Station) -> int:
    """Everything pending; returns how many events the server flagged."""
    token = server_credentials.load(station.root, station.config.station_id).token
    with SyncClient(server.url, token, bootstrap.outbox(station)) as client:
        return client.drain().flagged


def alarms(server: LiveServer) -> list[tuple[str, str | None, str]]:
    with server.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AlarmRow.kind, AlarmRow.station_id, AlarmRow.detail))]


def test_enrolled_stations_get_disjoint_blocks_and_different_ssccs(
    server: LiveServer, stations: list[bootstrap.Station]
) -> None:
    a, b = stations
    assert [bootstrap.sscc_in_use(s).shared_default for s in stations] == [True, True]  # before: one range for both
    for station in stations:
        enroll(server, station)
    block_a, block_b = (bootstrap.sscc_in_use(s) for s in stations)
    assert (block_a.source, block_b.source) == ("enrollment", "enrollment")
    assert (block_a.range.first_serial, block_a.range.last_serial) == (100_000, 100_999)
    assert (block_b.range.first_serial, block_b.range.last_serial) == (101_000, 101_999)
    assert block_a.warning() is None

    made_a, made_b = build_pallets(a, 2), build_pallets(b, 2)
    ssccs = [p.sscc for p in made_a + made_b]
    assert len(set(ssccs)) == 4 and all(has_valid_check_digit(s) for s in ssccs)
    assert [block_a.range.serial_of(p.sscc) for p in made_a] == [100_000, 100_001]
    assert [block_b.range.serial_of(p.sscc) for p in made_b] == [101_000, 101_001]

    assert upload(server, a) == 0 and upload(server, b) == 0
    assert alarms(server) == []

    enroll(server, a)  # a re-enrolled station (a new token) keeps its block and goes on where it was
    assert bootstrap.sscc_in_use(a).range == block_a.range
    assert block_a.range.serial_of(build_pallets(a, 1)[0].sscc) == 100_002


def test_an_sscc_built_at_two_stations_is_stored_flagged_and_raises_an_alarm(
    server: LiveServer, stations: list[bootstrap.Station]
) -> None:
    # Both made a pallet before they were enrolled: the station.toml default range, so the same SSCC.
    (first,), (second,) = (build_pallets(s, 1) for s in stations)
    assert first.sscc == second.sscc
    for station in stations:
        enroll(server, station)
    assert upload(server, stations[0]) == 0
    assert upload(server, stations[1]) == 1

    [(kind, station_id, detail)] = alarms(server)
    assert (kind, station_id) == ("SSCC_COLLISION", "ST-B")
    assert f"SSCC {first.sscc} was built at station ST-A already and again at ST-B" in detail
    with server.engine.connect() as conn:
        codes = list(conn.scalars(select(EventFlagRow.code)))
    assert codes == ["sscc_collision"]
    # The next pallets come from each station's own block: no collision any more.
    assert upload(server, stations[0]) == 0
    build_pallets(stations[1], 1)
    assert upload(server, stations[1]) == 0
    assert len(alarms(server)) == 1


def test_a_server_without_a_plan_gives_no_block(server_engine: Engine, tmp_path: Path) -> None:
    live = LiveServer(server_engine).start()
    try:
        station = new_station(tmp_path / "c", "ST-C")
        try:
            enroll(live, station)
            assert bootstrap.sscc_in_use(station).source == "station.toml"
        finally:
            station.close()
    finally:
        live.stop()
    assert cli.main(["--data-dir", str(tmp_path / "c"), "devices"]) == 0
