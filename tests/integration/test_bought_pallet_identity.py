"""One pallet of bought goods, as its pallet card, the EPCIS document and the FSMA 204 sheet describe it: the same
lot (the supplier's), the same date of the same kind (a best-before stays (15)), and our own code beside it.

The goods are received by scanning the supplier's GS1 label at the demo station, palletised, and printed; the
exports are made from the station's own event log.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from floorstation import bootstrap, cli
from floorstation.app import goods_in, operators, pallets, printing
from floorstation.compliance import epcis, fsma204
from floorstation.compliance.profile import Party, TraceProfile
from floorstation.domain.cards import PalletCard, document
from floorstation.domain.codes import gs1_check_digit
from floorstation.domain.scanning import GS
from floorstation.store import eventlog
from tests import epcis_schema
from tests.conftest import ManualClock

LID_GTIN = "0400638133393" + str(gs1_check_digit("0400638133393"))  # their GTIN: not our company prefix
SUPPLIER = "Lids GmbH"
SUPPLIER_LOT = "LG-4711"
BEST_BEFORE = date(2027, 6, 30)


@pytest.fixture
def station(station_dir: Path, clock: ManualClock, tmp_path: Path) -> bootstrap.Station:
    """The demo station with one bought material: lids, with a GTIN of their maker, bought from Lids GmbH."""
    extra = tmp_path / "lids.json"
    extra.write_text(
        json.dumps(
            {
                "materials": [{"code": "LID-10", "name": "Lid 10", "unit": "pcs", "gtin": LID_GTIN}],
                "lots": [
                    {"code": "LID-0001", "material": "LID-10", "quantity": "10", "supplier": SUPPLIER},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert cli.main(["--data-dir", str(station_dir), "import", str(extra)]) == 0
    built = bootstrap.build(station_dir, clock=clock)
    operators.sign_in(built.ctx, badge="B1001")  # anna
    operators.sign_in(built.ctx, badge="B2001")  # marta, shift lead
    return built


def test_card_epcis_and_fsma_name_one_bought_pallet_alike(station: bootstrap.Station) -> None:
    label = f"]C101{LID_GTIN}10{SUPPLIER_LOT}{GS}15{BEST_BEFORE:%y%m%d}{GS}30400"
    received = goods_in.receive_label(station.ctx, "anna", label)
    ours = received.lot_code
    pallet = pallets.build_pallet(station.ctx, "marta", ours, 400)

    # The card: the supplier's lot in (10), the best-before as (15), no receiving date as (11); our code as text.
    pctx = bootstrap.printing(station)
    with pctx.uow() as uow:
        card = printing.pallet_card(uow, pallet.sscc, station="ST-01", issued_at="now")
    doc = document(card)
    elements = {e.ai: e.value for e in doc.gs1}
    assert elements["10"] == SUPPLIER_LOT
    assert elements["15"] == f"{BEST_BEFORE:%y%m%d}"
    assert "17" not in elements and "11" not in elements
    shown = {f.title: f.value for f in doc.fields}
    assert (shown["BATCH/LOT"], shown["OUR LOT"], shown["BEST BEFORE"]) == (SUPPLIER_LOT, ours, "2027-06-30")
    assert doc.plain is None and all(ours not in symbol.data for symbol in doc.symbols()), "no GS1 field has it"

    with station.engine.connect() as conn:
        events = list(eventlog.iter_events(conn))
    with station.ctx.uow() as data:
        profile = TraceProfile("5901234", Party("Demo Caps plant 1", "ul. Fabryczna 1", "+48 22 100"))
        made = epcis.epcis_document(events, data, profile, created_at=datetime(2026, 11, 23, tzinfo=UTC))
        rows = fsma204.fsma_rows(events, data, profile)

    # EPCIS: the pallet holds the supplier's lot of their GTIN, the same identifier the receipt observed.
    if epcis_schema.SHARED_EPCIS.joinpath(epcis_schema.SCHEMA_FILE).is_file():
        assert epcis_schema.errors(made) == []
    lgtin = f"https://id.gs1.org/01/{LID_GTIN}/10/{SUPPLIER_LOT}"
    by_step = {e["bizStep"]: e for e in made["epcisBody"]["eventList"]}
    assert by_step["packing"]["childQuantityList"][0]["epcClass"] == lgtin
    assert by_step["receiving"]["quantityList"][0]["epcClass"] == lgtin
    assert by_step["receiving"]["sourceList"][0]["source"].endswith(f"supplier:{SUPPLIER.replace(' ', '%20')}")
    assert ours not in json.dumps(by_step["packing"]), "our internal code is no GS1 lot number of their GTIN"

    # FSMA 204: the supplier's lot is the TLC, ours the internal code, and the supplier is the previous source.
    (receipt,) = [r for r in rows if r.cte == fsma204.RECEIVING]
    assert (receipt.traceability_lot_code, receipt.internal_lot_code) == (SUPPLIER_LOT, ours)
    assert SUPPLIER in receipt.immediate_previous_source_location
    assert SUPPLIER in receipt.tlc_source_location
    assert "not on record" not in receipt.missing_kdes


def test_an_expiry_on_the_label_stays_an_expiry(station: bootstrap.Station) -> None:
    label = f"]C101{LID_GTIN}10LG-4712{GS}17{BEST_BEFORE:%y%m%d}{GS}30100"
    received = goods_in.receive_label(station.ctx, "anna", label)
    pallet = pallets.build_pallet(station.ctx, "marta", received.lot_code, 100)
    with bootstrap.printing(station).uow() as uow:
        card = printing.pallet_card(uow, pallet.sscc, station="ST-01", issued_at="now")
    elements = {e.ai: e.value for e in document(card).gs1}
    assert (elements["10"], elements["17"]) == ("LG-4712", f"{BEST_BEFORE:%y%m%d}")
    assert "15" not in elements


def test_a_lot_we_made_keeps_our_code_and_its_production_date() -> None:
    card = PalletCard(
        sscc="05901234000000001" + str(gs1_check_digit("05901234000000001")),
        product="CAP-28",
        product_name="Cap",
        lot="M01-26327-001",
        quantity=Decimal(100),
        unit="pcs",
        station="ST-01",
        gtin="05901234000017",
        expiry=date(2029, 1, 1),
        produced_on=date(2026, 11, 23),
    )
    elements = {e.ai: e.value for e in document(card).gs1}
    assert (elements["10"], elements["11"], elements["17"]) == ("M01-26327-001", "261123", "290101")
    assert document(card).plain is None
