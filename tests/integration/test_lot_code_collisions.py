"""Lot codes unique across the plant: two stations on the default configuration (``machines = []``) running the
same machine make different lot codes; a code made twice anyway (two stations given one station code) is stored,
flagged and raises an alarm at the server instead of being merged silently into one lot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from floorstation import bootstrap, cli
from floorstation.app import lots, operators, tasks
from floorstation.app.numbering import lot_source
from floorstation.domain import events as ev
from floorstation.domain.codes import LotCodePattern, SsccRange, is_gs1_ai82
from floorstation.domain.station_rules import StationRules
from floorstation.server import cli as server_cli
from floorstation.server import enrollment, projections
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import AlarmRow, EventFlagRow, PlantLotRow
from floorstation.server.recall import build_recall
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient
from tests.integration.plantmodel import snapshot
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts

#: Collisions raise the server's alarm on purpose.
pytestmark = pytest.mark.allow_log_warnings

TASK = "304/2023-10"  # demo plant: CAP-28 on M01


def _rules(code: str, machines: tuple[str, ...] = (), pattern: str = "{machine}-{yy}{doy}-{seq:3}") -> StationRules:
    return StationRules("ST", code, SsccRange(0, "5901234", 1, 9), LotCodePattern(pattern), machines=machines)


def test_the_station_code_joins_the_machine_code_unless_the_machine_is_the_stations() -> None:
    assert lot_source(_rules("G1"), "M01", "M01") == "M01-G1"
    assert lot_source(_rules("G2"), "M01", "M01") == "M01-G2"
    assert lot_source(_rules("G1", machines=("M01",)), "M01", "M01") == "M01"
    assert lot_source(_rules("G1", pattern="{station}-{machine}-{yy}{doy}-{seq:3}"), "M01", "M01") == "M01"


codes = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(codes, codes, codes, st.dates(min_value=date(2020, 1, 1), max_value=date(2060, 12, 31)), st.integers(1, 999))
def test_stations_with_different_codes_never_make_one_lot_code(
    machine: str, first: str, second: str, day: date, seq: int
) -> None:
    """Two default stations (no machines of their own) on the same machine, same day and sequence number: the
    codes differ whenever the station codes do, and each is a valid GS1 (10) lot number."""
    assume(first != second)
    made = []
    for station in (first, second):
        rules = _rules(station)
        made.append(
            rules.lot_pattern.render(machine=lot_source(rules, "M", machine), station=station, day=day, seq=seq)
        )
    assert made[0] != made[1]
    assert all(len(code) <= 20 and is_gs1_ai82(code) for code in made)


def _station(root: Path, station_id: str, code: str) -> bootstrap.Station:
    """A station on the default configuration (no machines of its own) with the demo plant."""
    assert cli.main(["--data-dir", str(root), "init", "--station-id", station_id, "--station-code", code]) == 0
    assert cli.main(["--data-dir", str(root), "import", str(DEMO_PLANT)]) == 0
    station = bootstrap.build(root)
    for badge in ("B1001", "B2001"):
        operators.sign_in(station.ctx, badge=badge)
    return station


@pytest.fixture
def server(server_engine: Engine) -> Iterator[LiveServer]:
    live = LiveServer(server_engine).start()
    yield live
    live.stop()


def _upload(server: LiveServer, station: bootstrap.Station) -> int:
    code = enrollment.create_code(server.engine, station.config.station_id)
    bootstrap.enroll(station, server.url, code)
    token = server_credentials.load(station.root, station.config.station_id).token
    with SyncClient(server.url, token, bootstrap.outbox(station)) as client:
        return client.drain().flagged


def _alarms(server: LiveServer) -> list[tuple[str, str | None, str]]:
    with server.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AlarmRow.kind, AlarmRow.station_id, AlarmRow.detail))]


def test_two_default_stations_on_one_machine_make_different_lot_codes(server: LiveServer, tmp_path: Path) -> None:
    made = []
    for station_id, code in (("ST-A", "GA"), ("ST-B", "GB")):
        station = _station(tmp_path / station_id, station_id, code)
        try:
            made.append(tasks.start_task(station.ctx, TASK, "anna").output_lot)
            assert _upload(server, station) == 0
        finally:
            station.close()
    assert made[0] != made[1]
    assert made[0] is not None and made[0].startswith("M01-GA-")
    assert _alarms(server) == []


def test_one_code_for_two_materials_at_two_stations_raises_an_alarm_instead_of_merging(
    server: LiveServer, tmp_path: Path
) -> None:
    """Two stations given one station code: goods-in at each makes G1-...-001, once for resin, once for cartons."""
    first = _station(tmp_path / "ST-A", "ST-A", "G1")
    second = _station(tmp_path / "ST-B", "ST-B", "G1")
    try:
        resin = lots.receive_lot(first.ctx, "anna", material="RESIN-PP", quantity=500, supplier="Basell")
        cartons = lots.receive_lot(second.ctx, "anna", material="CARTON-S", quantity=200, supplier="Smurfit")
        assert resin == cartons, "the same code, made twice"
        assert _upload(server, first) == 0
        assert _upload(server, second) == 1, "stored and flagged"
    finally:
        first.close()
        second.close()

    [(kind, station_id, detail)] = _alarms(server)
    assert (kind, station_id) == ("LOT_CODE_COLLISION", "ST-B")
    assert f"Lot code {resin} was made at station ST-A already" in detail
    assert "CARTON-S" in detail
    with server.engine.connect() as conn:
        assert list(conn.scalars(select(EventFlagRow.code))) == ["lot_code_collision"]
        lot = conn.execute(select(PlantLotRow).where(PlantLotRow.code == resin)).one()
    assert (lot.material, lot.station_id) == ("RESIN-PP", "ST-A"), "the first lot keeps the code"


def _line(station_id: str, code: str, sscc: str, customer: str, shipment: str) -> list[ev.Payload]:
    """A line makes lot ``code`` of caps, puts it on a pallet and ships it."""
    return [
        ev.TaskStarted(task_id=f"T-{station_id}", machine_id="M01", work_order="304/2023"),
        ev.LotProduced(
            lot_code=code,
            material="CAP-28",
            task_id=f"T-{station_id}",
            work_order="304/2023",
            machine_id="M01",
            produced_on=date(2026, 12, 7),
        ),
        ev.LotConsumed(
            input_lot="PP-2401" if station_id == "ST-A" else "PP-2402",
            output_lot=code,
            task_id=f"T-{station_id}",
            material="RESIN-PP",
            quantity=ev.Qty(10),
            unit="kg",
        ),
        ev.TaskStopped(task_id=f"T-{station_id}", good_qty=ev.Qty(1000), scrap_qty=ev.Qty(0), output_lot=code),
        ev.PalletBuilt(sscc=sscc, lot_code=code, material="CAP-28", quantity=ev.Qty(1000), unit="pcs"),
        ev.PalletShipped(sscc=sscc, customer_id=customer, shipment_id=shipment),
    ]


def test_a_lot_code_made_at_two_stations_keeps_the_second_lots_records_apart_and_its_recall_ambiguous(
    server_engine: Engine, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two lines given one station code both make G1-26341-001, palletise it and ship it, to different customers.
    The recall of the first lot names its own customer only; the second line's lot is the plant's
    G1-26341-001@ST-B, with its own customer; both reports say they are ambiguous until someone has checked."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    code = "G1-26341-001"
    a = facts("ST-A", _line("ST-A", code, "059012340000000017", "C100", "SH-1"))
    b = facts("ST-B", _line("ST-B", code, "059012340000000024", "C200", "SH-2"))
    for station, events in (("ST-A", a), ("ST-B", b)):
        enrollment.create_code(server_engine, station)
        ingest(server_engine, station, events)
    with server_engine.connect() as conn:
        assert [k for (k,) in conn.execute(select(AlarmRow.kind))] == ["LOT_CODE_COLLISION"]
        first = build_recall(conn, code).report
        second = build_recall(conn, f"{code}@ST-B").report
        resin = build_recall(conn, "PP-2402").report

    assert first.customers == ["C100"], "the second line's customer is not in the first lot's recall"
    assert second.customers == ["C200"]
    assert [a.code for a in resin.affected] == ["PP-2402", f"{code}@ST-B"]
    assert resin.customers == ["C200"]
    data = first.as_dict()
    assert (data["complete"], data["ambiguous_lots"]) == (False, [code])
    assert any("AMBIGUOUS: lot code G1-26341-001 was made at ST-A and again at ST-B" in n for n in data["notes"])
    assert f"ambiguous_lot,{code}," in first.csv_text()
    assert second.as_dict()["ambiguous_lots"] == [code]

    assert server_cli.main(["recall", code, "--format", "csv", "--db", server_db]) == 0
    out = capsys.readouterr()
    assert "INCOMPLETE: AMBIGUOUS: lot code G1-26341-001" in out.out and "INCOMPLETE" in out.err

    incremental = snapshot(server_engine)
    with server_engine.begin() as conn:
        projections.rebuild(conn)
    assert snapshot(server_engine) == incremental

    assert server_cli.main(["resolve-collision", code, "--db", server_db]) == 0
    assert "1 collision(s) marked checked" in capsys.readouterr().out
    with server_engine.connect() as conn:
        assert build_recall(conn, code).report.complete
        assert build_recall(conn, code).report.customers == ["C100"]
