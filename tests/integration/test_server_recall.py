"""A plant-wide recall on the server, end to end: two real stations make product from one raw lot through the app
services, sync to a real server on loopback with the real SyncClient, ship to two customers (and, from another
lot, to a third); the recall of the raw lot names exactly the affected pallets and customers. Also
``floorstation-server verify-log`` against a tampered event table."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select, update

from floorstation import bootstrap, cli, paths
from floorstation.app import lots, operators, pallets, tasks
from floorstation.domain.codes import gs1_check_digit
from floorstation.server import cli as server_cli
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import EventRow
from floorstation.sync.client import SyncClient
from tests import epcis_schema
from tests.conftest import ManualClock
from tests.integration.officekit import add_users, office_client
from tests.integration.serverkit import DEMO_PLANT, LiveServer

RAW = "PP-2401"
OTHER_RAW = "PP-2402"
SITE_GLN = "590123400001" + str(gs1_check_digit("590123400001"))


@dataclass
class Plant:
    caps_a: str
    caps_b: str
    running_lot: str
    unrelated_lot: str
    shipped_c100: str
    shipped_c200: str
    on_site: str
    shipped_c300: str


def make_station(
    root: Path, station_id: str, code: str, *, sscc_first: int, extra: Path, clock: ManualClock
) -> bootstrap.Station:
    """A station with the demo plant and its own SSCC range (two stations must never number pallets alike)."""
    assert cli.main(["--data-dir", str(root), "init", "--station-id", station_id, "--station-code", code]) == 0
    config = paths.config_path(root)
    config.write_text(
        re.sub(r"^#? ?sscc_first = 1$", f"sscc_first = {sscc_first}", config.read_text(encoding="utf-8"), flags=re.M),
        encoding="utf-8",
    )
    assert cli.main(["--data-dir", str(root), "import", str(DEMO_PLANT)]) == 0
    assert cli.main(["--data-dir", str(root), "import", str(extra)]) == 0
    return bootstrap.build(root, clock=clock)


def sync(server: LiveServer, station: bootstrap.Station) -> None:
    token = server.enroll(station.config.station_id)
    with SyncClient(server.url, token, bootstrap.outbox(station)) as client:
        client.drain()
    assert bootstrap.outbox(station).stats().pending == 0


def play(a: bootstrap.Station, b: bootstrap.Station, clock: ManualClock) -> Plant:
    for station in (a, b):
        operators.sign_in(station.ctx, badge="B1001")  # anna
        operators.sign_in(station.ctx, badge="B2001")  # marta, shift lead: pallets
    # Line A moulds caps from the raw lot, ships one pallet to C100, keeps one, and starts a second task on it.
    caps_a = tasks.start_task(a.ctx, "304/2023-10", "anna").output_lot
    assert caps_a is not None
    lots.consume_lot(a.ctx, "304/2023-10", RAW, "anna", quantity=20)
    clock.advance(60)
    lots.consume_lot(a.ctx, "304/2023-10", "MB-0502", "anna", quantity="0.5")
    clock.advance(3600)
    tasks.stop_task(a.ctx, "304/2023-10", "anna", good=6000)
    clock.advance(60)
    shipped_c100 = pallets.build_pallet(a.ctx, "marta", caps_a, 5000).sscc
    on_site = pallets.build_pallet(a.ctx, "marta", caps_a, 1000).sscc
    pallets.ship_pallet(a.ctx, "marta", shipped_c100, "C100", "DN-A-1")
    clock.advance(60)
    running_lot = tasks.start_task(a.ctx, "308/2023-10", "anna").output_lot
    assert running_lot is not None
    lots.consume_lot(a.ctx, "308/2023-10", RAW, "anna", quantity=10)
    # Line B moulds caps from the same raw lot, ships them to C200; then caps from another lot go to C300.
    caps_b = tasks.start_task(b.ctx, "305/2023-10", "anna").output_lot
    assert caps_b is not None
    lots.consume_lot(b.ctx, "305/2023-10", RAW, "anna", quantity=15)
    clock.advance(3600)
    tasks.stop_task(b.ctx, "305/2023-10", "anna", good=3000)
    shipped_c200 = pallets.build_pallet(b.ctx, "marta", caps_b, 3000).sscc
    pallets.ship_pallet(b.ctx, "marta", shipped_c200, "C200", "DN-B-1")
    clock.advance(600)
    unrelated_lot = tasks.start_task(b.ctx, "307/2023-10", "anna").output_lot
    assert unrelated_lot is not None
    lots.consume_lot(b.ctx, "307/2023-10", OTHER_RAW, "anna", quantity=8, fefo_reason="older_lot_not_reachable")
    clock.advance(3600)
    tasks.stop_task(b.ctx, "307/2023-10", "anna", good=2000)
    shipped_c300 = pallets.build_pallet(b.ctx, "marta", unrelated_lot, 2000).sscc
    pallets.ship_pallet(b.ctx, "marta", shipped_c300, "C300", "DN-B-2")
    assert len({shipped_c100, on_site, shipped_c200, shipped_c300}) == 4
    return Plant(caps_a, caps_b, running_lot, unrelated_lot, shipped_c100, shipped_c200, on_site, shipped_c300)


@pytest.fixture
def plant(live_server: LiveServer, tmp_path: Path) -> Plant:
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"customers": [{"id": "C300", "name": "Unrelated Foods Ltd"}]}), encoding="utf-8")
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    import_catalog(live_server.engine, read_catalog(extra))
    clock = ManualClock(datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1))))
    a = make_station(tmp_path / "a", "ST-A", "A1", sscc_first=1, extra=extra, clock=clock)
    b = make_station(tmp_path / "b", "ST-B", "B1", sscc_first=50_000, extra=extra, clock=clock)
    try:
        made = play(a, b, clock)
        sync(live_server, a)
        sync(live_server, b)
    finally:
        a.close()
        b.close()
    return made


def db_url(server: LiveServer) -> str:
    return server.engine.url.render_as_string(hide_password=False)


def write_profile(path: Path) -> Path:
    site = {"name": "Demo Caps plant 1", "address": "ul. Fabryczna 1, Warszawa", "phone": "+48 22 100", "gln": SITE_GLN}
    path.write_text(json.dumps({"company_prefix": "5901234", "site": site}), encoding="utf-8")
    return path


def test_recall_of_a_raw_lot_names_exactly_the_affected_pallets_and_customers(
    live_server: LiveServer, plant: Plant, tmp_path: Path
) -> None:
    url = db_url(live_server)
    out = tmp_path / "recall.json"
    assert server_cli.main(["recall", RAW, "--db", url, "--output", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["complete"] is True
    assert {a["code"] for a in report["affected_lots"]} == {RAW, plant.caps_a, plant.caps_b, plant.running_lot}
    assert [c["customer_id"] for c in report["customers"]] == ["C100", "C200"]
    assert report["customers"][0]["name"] == "Nordic Beverages AB"
    shipped = {p["sscc"] for c in report["customers"] for s in c["shipments"] for p in s["pallets"]}
    assert shipped == {plant.shipped_c100, plant.shipped_c200}
    assert [p["sscc"] for p in report["quarantine"]["pallets"]] == [plant.on_site]
    running = {t["task_id"]: t["running"] for t in report["tasks"]}
    assert running == {"304/2023-10": False, "305/2023-10": False, "308/2023-10": True}
    assert report["discrepancies"] == 0, report["mass_balance"]
    raw = next(m for m in report["mass_balance"] if m["lot_code"] == RAW)
    assert (raw["consumed"], raw["on_hand"]) == ("45", "1455")
    assert [s["supplier_lot"] for s in report["sources"]] == ["BP240117"]
    # Line B used the later-expiring lot with a reason: the server keeps the reason with the consumption.
    used = [e.payload for e in live_server.events("ST-B") if e.type == "lot.consumed"]
    assert [u.get("fefo_override") for u in used if u["input_lot"] == OTHER_RAW] == [
        {"reason_code": "older_lot_not_reachable", "older_lot": RAW}
    ]

    # CSV of the report: the same pallets, nothing of the unrelated lot or customer.
    assert server_cli.main(["recall", RAW, "--db", url, "--format", "csv", "--output", str(tmp_path / "r.csv")]) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    assert {r["sscc"] for r in rows if r["section"] == "shipped_pallet"} == {plant.shipped_c100, plant.shipped_c200}
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert plant.unrelated_lot not in text and "C300" not in text and plant.shipped_c300 not in text

    # EPCIS: only events about affected lots; valid against GS1's schema where it is available.
    profile = write_profile(tmp_path / "profile.json")
    doc_path = tmp_path / "recall.jsonld"
    args = ["recall", RAW, "--db", url, "--format", "epcis", "--profile", str(profile), "--output", str(doc_path)]
    assert server_cli.main(args) == 0
    document = json.loads(doc_path.read_text(encoding="utf-8"))
    body = json.dumps(document)
    assert plant.unrelated_lot not in body and plant.shipped_c300[-10:] not in body and "C300" not in body
    kinds = [e["type"] for e in document["epcisBody"]["eventList"]]
    assert kinds.count("TransformationEvent") == 3 and kinds.count("AggregationEvent") == 3
    shipping = [e for e in document["epcisBody"]["eventList"] if e.get("bizStep") == "shipping"]
    assert len(shipping) == 2

    # FSMA 204: CSV to stdout-like file and XLSX chosen by the suffix.
    fsma = tmp_path / "fsma.csv"
    args = ["recall", RAW, "--db", url, "--format", "fsma204", "--profile", str(profile), "--output", str(fsma)]
    assert server_cli.main(args) == 0
    sheet = list(csv.DictReader(io.StringIO(fsma.read_text(encoding="utf-8-sig"))))
    assert {r["Critical Tracking Event"] for r in sheet} == {"Transformation", "Shipping"}
    assert len([r for r in sheet if r["Critical Tracking Event"] == "Shipping"]) == 2
    xlsx = tmp_path / "fsma.xlsx"
    args[-1] = str(xlsx)
    assert server_cli.main(args) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["FSMA 204 records", "README"]
    assert book["FSMA 204 records"].max_row == len(sheet) + 1

    epcis_schema.require_schema()
    assert epcis_schema.errors(document) == []


def test_recall_command_refusals(live_server: LiveServer, plant: Plant, capsys: pytest.CaptureFixture[str]) -> None:
    url = db_url(live_server)
    assert server_cli.main(["recall", "NO-SUCH-LOT", "--db", url]) == 2
    assert "Lot 'NO-SUCH-LOT' is not known to the server" in capsys.readouterr().err
    assert server_cli.main(["recall", RAW, "--db", url, "--format", "xlsx"]) == 2
    assert "--output" in capsys.readouterr().err
    assert server_cli.main(["recall", RAW, "--db", url, "--format", "epcis"]) == 2
    assert "trace profile" in capsys.readouterr().err
    assert server_cli.main(["recall", OTHER_RAW, "--db", url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["customer_id"] for c in report["customers"]] == ["C300"]


def test_recall_downloads_are_for_office_quality_manager_and_admin(live_server: LiveServer, plant: Plant) -> None:
    endpoint = f"/v1/recall/{RAW}"
    add_users(live_server.engine)
    assert httpx.get(f"{live_server.url}{endpoint}").status_code == 401
    token = live_server.enroll("ST-OFFICE")
    refused = httpx.get(f"{live_server.url}{endpoint}", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 401 and "sign in to the plant office" in refused.json()["message"]
    with office_client(live_server.url, "viewer") as viewer:
        assert viewer.get(endpoint).json()["error"] == "FORBIDDEN"
    with office_client(live_server.url, "quality") as office:
        answer = office.get(endpoint)
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
        assert [c["customer_id"] for c in answer.json()["customers"]] == ["C100", "C200"]
        as_csv = office.get(endpoint, params={"format": "csv"})
        assert as_csv.headers["content-type"].startswith("text/csv") and plant.shipped_c100 in as_csv.text
        epcis = office.get(endpoint, params={"format": "epcis"})
        assert epcis.status_code == 409 and epcis.json()["error"] == "NO_TRACE_PROFILE"
        unknown = office.get("/v1/recall/NOPE")
        assert unknown.status_code == 404 and unknown.json()["error"] == "UNKNOWN_LOT"
        assert office.get(endpoint, params={"format": "pdf"}).status_code == 422


def test_verify_log_finds_the_first_tampered_record(
    live_server: LiveServer, plant: Plant, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db_url(live_server)
    assert server_cli.main(["verify-log", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "ST-A:" in out and "ST-B:" in out and "chain intact" in out

    with live_server.engine.begin() as conn:
        target = conn.execute(
            select(EventRow.id, EventRow.seq, EventRow.event_id, EventRow.payload_json)
            .where(EventRow.station_id == "ST-B", EventRow.type == "pallet.shipped")
            .order_by(EventRow.seq)
        ).first()
        assert target is not None
        forged = target.payload_json.replace('"C200"', '"C999"')
        assert forged != target.payload_json
        conn.execute(update(EventRow).where(EventRow.id == target.id).values(payload_json=forged))
    assert server_cli.main(["verify-log", "--db", url]) == 3
    captured = capsys.readouterr()
    assert "ST-A:" in captured.out and "chain intact" in captured.out
    assert f"station ST-B epoch 1 seq {target.seq} (event {target.event_id})" in captured.err
    assert "altered" in captured.err

    # A record removed from the middle of ST-A's log: named by the record after the hole.
    with live_server.engine.begin() as conn:
        conn.execute(delete(EventRow).where(EventRow.station_id == "ST-A", EventRow.seq == 5))
    assert server_cli.main(["verify-log", "--db", url, "--station", "ST-A"]) == 3
    assert "station ST-A epoch 1 seq 6" in capsys.readouterr().err
    assert server_cli.main(["verify-log", "--db", url, "--station", "ST-NONE"]) == 2


def test_pallets_holding_a_held_input_anywhere_upstream_are_flagged_in_the_recall(
    live_server: LiveServer, plant: Plant, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Quality holds the masterbatch that went into line A's caps (not on the recalled resin's path to them):
    the recall of the resin flags line A's pallets, shipped and on site, with it; line B's pallet holds none."""
    url = db_url(live_server)
    assert server_cli.main(["lot-status", "MB-0502", "hold", "--db", url, "--reason", "colour off", "--by", "eva"]) == 0
    capsys.readouterr()
    assert server_cli.main(["recall", RAW, "--db", url]) == 0
    report = json.loads(capsys.readouterr().out)
    held = {(h["sscc"], h["lot"], h["status"]) for h in report["held_inputs"]}
    assert held == {(plant.shipped_c100, "MB-0502", "hold"), (plant.on_site, "MB-0502", "hold")}
    pallets = [p for c in report["customers"] for s in c["shipments"] for p in s["pallets"]]
    by_sscc = {p["sscc"]: p["held_inputs"] for p in [*pallets, *report["quarantine"]["pallets"]]}
    assert by_sscc == {plant.shipped_c100: ["MB-0502"], plant.on_site: ["MB-0502"], plant.shipped_c200: []}

    assert server_cli.main(["recall", RAW, "--db", url, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    flagged = {(r["sscc"], r["lot_code"]) for r in rows if r["section"] == "held_input"}
    assert flagged == {(plant.shipped_c100, "MB-0502"), (plant.on_site, "MB-0502")}
