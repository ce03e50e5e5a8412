"""Compliance exports of a real demo station after a small fixed shift, played through the app services.

Goods-in receives a resin lot and a carton lot; press M01 moulds caps from the received resin, masterbatch and
the demo's resin lot PP-2401; the packing line packs caps into cases; three pallets are built and two shipped to
the demo's two customers. The clock is the test's, so everything but the event ids is the same on every run.

The FSMA 204 golden file is ``tests/data/fsma204_golden.csv`` (event ids replaced by ``<event N>``). After a
deliberate change, regenerate it with ``FLOORSTATION_REGEN_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from floorstation import bootstrap
from floorstation.app import lots, operators, pallets, tasks
from floorstation.compliance import fsma204
from floorstation.compliance.balance import balances_from_events
from floorstation.compliance.epcis import epcis_document
from floorstation.compliance.profile import Party, TraceProfile
from floorstation.compliance.recall import RecallReport, recall_report
from floorstation.domain.codes import gs1_check_digit
from floorstation.domain.events import Event
from floorstation.domain.ports import StationData
from floorstation.store import eventlog, trace
from tests import epcis_schema
from tests.conftest import ManualClock

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "fsma204_golden.csv"
PLANT_JSON = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plant.json"
SITE_GLN = "590123400001" + str(gs1_check_digit("590123400001"))
SITE = Party("Demo Caps Sp. z o.o., plant 1", "ul. Fabryczna 1, 00-001 Warszawa, PL", "+48 22 100 00 00", SITE_GLN)


def play_shift(station: bootstrap.Station, clock: ManualClock) -> dict[str, str]:
    """The shift of the module docstring; returns the codes it created."""
    ctx = station.ctx
    operators.sign_in(ctx, badge="B1001")
    operators.sign_in(ctx, badge="B2001")
    clock.advance(60)
    resin = lots.receive_lot(
        ctx,
        "anna",
        material="RESIN-PP",
        quantity=500,
        supplier="Basell Polyolefins",
        supplier_lot="BP261101",
        expiry=date(2028, 11, 1),
    )
    clock.advance(120)
    cartons = lots.receive_lot(
        ctx, "anna", material="CARTON-S", quantity=200, supplier="Smurfit Kappa", supplier_lot="SK-88001"
    )
    clock.advance(600)
    caps = tasks.start_task(ctx, "304/2023-10", "anna").output_lot
    assert caps is not None
    lots.consume_lot(ctx, "304/2023-10", resin, "anna", quantity=20, fefo_reason="older_lot_not_reachable")
    clock.advance(30)
    lots.consume_lot(ctx, "304/2023-10", "MB-0502", "anna", quantity="0.5")
    clock.advance(30)
    lots.consume_lot(ctx, "304/2023-10", "PP-2401", "anna", quantity=5)
    clock.advance(3600)
    tasks.stop_task(ctx, "304/2023-10", "anna", good=10000, scrap=40, scrap_reason="short_shot")
    clock.advance(300)
    cases = tasks.start_task(ctx, "306/2023-10", "anna").output_lot
    assert cases is not None
    lots.consume_lot(ctx, "306/2023-10", caps, "anna", quantity=4000)
    clock.advance(30)
    lots.consume_lot(ctx, "306/2023-10", cartons, "anna", quantity=2)
    clock.advance(1800)
    tasks.stop_task(ctx, "306/2023-10", "anna", good=2)
    clock.advance(300)
    to_c100 = pallets.build_pallet(ctx, "marta", cases, 2).sscc
    to_c200 = pallets.build_pallet(ctx, "marta", caps, 5000).sscc
    on_site = pallets.build_pallet(ctx, "marta", caps, 1000).sscc
    clock.advance(3600)
    pallets.ship_pallet(ctx, "marta", to_c100, "C100", "DN-2026-0001")
    pallets.ship_pallet(ctx, "marta", to_c200, "C200", "DN-2026-0002")
    return {
        "resin": resin,
        "cartons": cartons,
        "caps": caps,
        "cases": cases,
        "to_c100": to_c100,
        "to_c200": to_c200,
        "on_site": on_site,
    }


def profile(station: bootstrap.Station) -> TraceProfile:
    return TraceProfile(
        company_prefix=station.config.company_prefix,
        site=SITE,
        customers={"C100": Party("Nordic Beverages AB", "Hamngatan 1, 411 06 Göteborg, SE", "+46 31 000 000")},
        suppliers={
            "Basell Polyolefins": Party("Basell Polyolefins", "Industriepark, 50389 Wesseling, DE", "+49 2236 0")
        },
    )


@pytest.fixture
def shift(station: bootstrap.Station, clock: ManualClock) -> tuple[dict[str, str], list[Event]]:
    codes = play_shift(station, clock)
    with station.engine.connect() as conn:  # every connection takes the write lock: read, then let go
        return codes, list(eventlog.iter_events(conn))


def _normalised(table: list[list[str]]) -> list[list[str]]:
    """Event ids are random UUIDs: number them in order of appearance, so the structure is still compared."""
    column = table[0].index("Event ID")
    names: dict[str, str] = {}
    out = [table[0]]
    for row in table[1:]:
        renamed = list(row)
        renamed[column] = names.setdefault(row[column], f"<event {len(names) + 1}>")
        out.append(renamed)
    return out


def _golden() -> list[list[str]]:
    return list(csv.reader(io.StringIO(GOLDEN.read_text(encoding="utf-8"))))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float | int):
        return format(Decimal(str(value)).normalize(), "f")
    return str(value)


def test_fsma204_csv_matches_the_golden_file(
    station: bootstrap.Station, shift: tuple[dict[str, str], list[Event]]
) -> None:
    _, events = shift
    with station.ctx.uow() as uow:
        rows = fsma204.fsma_rows(events, uow, profile(station))
    table = _normalised(list(csv.reader(io.StringIO(fsma204.csv_text(rows)))))
    if os.environ.get("FLOORSTATION_REGEN_GOLDEN"):
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(table)
        GOLDEN.write_text(out.getvalue(), encoding="utf-8")
    golden = _golden()
    assert len(table) == len(golden)
    for number, (got, want) in enumerate(zip(table, golden, strict=True)):
        assert got == want, f"row {number}"


def test_fsma204_xlsx_cells_match_the_golden_file(
    station: bootstrap.Station, shift: tuple[dict[str, str], list[Event]], tmp_path: Path
) -> None:
    _, events = shift
    with station.ctx.uow() as uow:
        rows = fsma204.fsma_rows(events, uow, profile(station))
    target = tmp_path / "fsma204.xlsx"
    fsma204.write_xlsx(rows, target, profile=profile(station), generated_at=datetime(2026, 11, 24, tzinfo=UTC))
    book = load_workbook(target)
    sheet = book["FSMA 204 records"]
    cells = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    golden = _golden()
    assert _normalised(cells) == golden
    assert sheet.max_column == len(golden[0])
    readme = {row[0]: row[1] for row in book["README"].iter_rows(values_only=True) if row[0]}
    assert readme["Business"] == SITE.description()
    assert readme["Rows"] == str(len(golden) - 1)

    csv_path = tmp_path / "fsma204.csv"
    fsma204.write_csv(rows, csv_path)
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheet programs read UTF-8
    assert _normalised(list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))) == golden


def test_the_stations_epcis_document_validates(
    station: bootstrap.Station, shift: tuple[dict[str, str], list[Event]]
) -> None:
    epcis_schema.require_schema()
    codes, events = shift
    with station.ctx.uow() as uow:
        doc = epcis_document(events, uow, profile(station), created_at=datetime(2026, 11, 24, tzinfo=UTC))
    assert epcis_schema.errors(doc) == []
    listed = doc["epcisBody"]["eventList"]
    assert [e["type"] for e in listed].count("TransformationEvent") == 2
    assert {e["eventID"] for e in listed if e["type"] != "TransformationEvent"} <= {
        f"urn:uuid:{e.event_id}" for e in events
    }
    packed = next(e for e in listed if e["type"] == "AggregationEvent")
    assert packed["parentID"] == f"urn:epc:id:sscc:5901234.0{codes['to_c100'][8:17]}"
    assert packed["childQuantityList"] == [
        {"epcClass": f"urn:epc:class:lgtin:5901234.100001.{codes['cases']}", "quantity": 2}
    ]
    assert json.dumps(doc)  # plain JSON


def _opening_stock() -> dict[str, Decimal]:
    plant = json.loads(PLANT_JSON.read_text(encoding="utf-8"))
    return {lot["code"]: Decimal(lot["quantity"]) for lot in plant["lots"]}


def recall(station: bootstrap.Station, events: list[Event], lot: str) -> RecallReport:
    """What the server will do plant-wide, done here on the station's own records."""
    with station.engine.connect() as conn:
        genealogy = trace.trace(conn, lot)
    uow: StationData
    with station.ctx.uow() as uow:
        shipped: dict[str, Decimal] = {}
        for pallet in uow.pallets("shipped"):
            shipped[pallet.lot_code] = shipped.get(pallet.lot_code, Decimal(0)) + pallet.quantity
        on_hand = {x.code: x.quantity - shipped.get(x.code, Decimal(0)) for x in uow.all_lots()}
        books = balances_from_events(events, uow, opening=_opening_stock(), on_hand=on_hand)
        return recall_report(genealogy, books, uow.pallets(), customers=uow.customers())


def test_recall_of_a_resin_lot_on_the_station(
    station: bootstrap.Station, shift: tuple[dict[str, str], list[Event]]
) -> None:
    codes, events = shift
    report = recall(station, events, "PP-2401")
    assert [a.code for a in report.affected] == ["PP-2401", codes["caps"], codes["cases"]]
    assert [p.sscc for p in report.shipped] == sorted([codes["to_c100"], codes["to_c200"]])
    assert report.customers == ["C100", "C200"]
    assert [p.sscc for p in report.quarantine_pallets] == [codes["on_site"]]
    # Caps: 6000 on hand after 4000 went into cases, 5000 shipped and 1000 on the pallet on site: none loose.
    assert [(q.code, q.quantity) for q in report.quarantine_lots] == [("PP-2401", Decimal(1495))]
    assert report.discrepancies == []
    assert report.complete
    assert [(s.lot, s.supplier_lot) for s in report.sources] == [("PP-2401", "BP240117")]
    assert report.as_dict()["customers"][0]["name"] == "Nordic Beverages AB"


def test_recall_of_a_lot_nothing_was_made_from(
    station: bootstrap.Station, shift: tuple[dict[str, str], list[Event]]
) -> None:
    _, events = shift
    report = recall(station, events, "PP-2402")
    assert [a.code for a in report.affected] == ["PP-2402"]
    assert (report.shipped, report.quarantine_pallets, report.customers) == ((), (), [])
    assert [(q.code, q.quantity) for q in report.quarantine_lots] == [("PP-2402", Decimal(2000))]
