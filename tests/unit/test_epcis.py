"""EPCIS 2.0 export: every document validates against GS1's schema, and says what the station recorded."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from floorstation.compliance import identifiers
from floorstation.compliance.epcis import CONTEXT, dumps, epcis_document
from floorstation.compliance.profile import Party, TraceProfile
from floorstation.compliance.records import Catalog
from floorstation.domain import events as ev
from floorstation.domain.errors import InvalidInput
from tests import epcis_schema
from tests.unit import compliance_plant as plant

CREATED = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)


def document(**profile: Any) -> dict[str, Any]:
    return epcis_document(plant.plant_log().events, plant.CATALOG, plant.profile(**profile), created_at=CREATED)


def body(doc: dict[str, Any]) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = doc["epcisBody"]["eventList"]
    return events


@pytest.fixture(autouse=True)
def _schema() -> None:
    epcis_schema.require_schema()


PROFILES = {
    "site-gln": {},
    "no-gln": {"with_gln": False},
    "http-private-base": {"with_gln": False, "private_base": "https://id.capworks.example/"},
}


@pytest.mark.parametrize("options", PROFILES.values(), ids=PROFILES.keys())
def test_the_plant_log_is_a_valid_epcis_document(options: dict[str, Any]) -> None:
    doc = document(**options)
    assert epcis_schema.errors(doc) == []
    assert epcis_schema.undefined_prefixes(doc) == set()
    assert json.loads(dumps(doc)) == doc  # plain JSON: no Decimal, no datetime left behind


def test_the_shared_minimal_document_validates_and_the_validator_is_not_blind() -> None:
    minimal = json.loads((epcis_schema.require_schema() / "minimal_epcis.json").read_text(encoding="utf-8"))
    assert epcis_schema.errors(minimal) == []
    broken = copy.deepcopy(minimal)
    broken["epcisBody"]["eventList"][0]["eventTime"] = "yesterday"
    assert epcis_schema.errors(broken)


def test_without_the_shared_folder_validation_skips_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(epcis_schema, "SHARED_EPCIS", tmp_path / "shared" / "epcis")
    with pytest.raises(pytest.skip.Exception, match=r"GS1 EPCIS 2.0 schema is not in .*shared/epcis"):
        epcis_schema.errors(document())


def test_each_station_event_becomes_the_epcis_event_for_it() -> None:
    doc = document()
    summary = [(e["type"], e.get("action"), e.get("bizStep")) for e in body(doc)]
    assert summary == [
        ("ObjectEvent", "ADD", "receiving"),  # resin: no GTIN, our lot starts here
        ("ObjectEvent", "OBSERVE", "receiving"),  # liners: the supplier's GTIN and lot on the label
        ("ObjectEvent", "ADD", "commissioning"),  # M01-26327-001 opened
        ("TransformationEvent", None, "commissioning"),  # ... and filled, placed where it was completed
        ("ObjectEvent", "ADD", "commissioning"),  # M03-26327-001
        ("TransformationEvent", None, "commissioning"),
        ("AggregationEvent", "ADD", "packing"),
        ("AggregationEvent", "ADD", "packing"),
        ("AggregationEvent", "ADD", "packing"),
        ("ObjectEvent", "OBSERVE", "shipping"),
        ("ObjectEvent", "OBSERVE", "shipping"),
    ]
    assert doc["@context"][0] == CONTEXT
    assert doc["schemaVersion"] == "2.0"
    assert doc["creationDate"] == "2026-11-24T06:00:00.000+00:00"


def test_event_ids_times_and_offsets_come_from_the_station_event() -> None:
    log = plant.plant_log()
    doc = epcis_document(log.events, plant.CATALOG, plant.profile(), created_at=CREATED)
    first = body(doc)[0]
    assert first["eventID"] == f"urn:uuid:{log.events[0].event_id}"
    assert first["eventTime"] == "2026-11-23T08:01:00.000+01:00"
    assert first["eventTimeZoneOffset"] == "+01:00"

    elsewhere = plant.Log(station_id="ST-US", at=datetime(2026, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5))))
    elsewhere.add(ev.PalletShipped(sscc=plant.SSCC_1, customer_id="C100", shipment_id="X"))
    shipped = body(epcis_document(elsewhere.events, plant.CATALOG, plant.profile(), created_at=CREATED))[0]
    assert (shipped["eventTime"], shipped["eventTimeZoneOffset"]) == ("2026-07-01T09:31:00.000-05:00", "-05:00")


def test_a_production_lot_is_commissioned_with_its_lgtin_lot_number_and_expiry() -> None:
    commissioned = body(document())[2]
    assert commissioned["quantityList"] == [{"epcClass": "urn:epc:class:lgtin:5901234.000001.M01-26327-001"}]
    assert commissioned["ilmd"] == {"cbvmda:lotNumber": "M01-26327-001", "cbvmda:itemExpirationDate": "2029-11-22"}
    assert commissioned["readPoint"] == {"id": "urn:epc:id:sgln:5901234.00001.M01"}
    assert commissioned["bizLocation"] == {"id": "urn:epc:id:sgln:5901234.00001.0"}
    assert commissioned["bizTransactionList"] == [
        {"type": "prodorder", "bizTransaction": f"urn:epcglobal:cbv:bt:{plant.SITE_GLN}:304%2F2023"}
    ]
    case = body(document())[4]
    assert case["quantityList"] == [{"epcClass": "urn:epc:class:lgtin:5901234.100001.M03-26327-001"}]


def test_a_best_before_material_says_so_in_ilmd() -> None:
    materials = dict(plant.CATALOG.materials)
    best_before = dataclasses.replace(materials["CAP"], date_kind="best_before")
    catalog = Catalog({**materials, "CAP": best_before}, plant.CATALOG.machines, plant.CATALOG.customers)
    doc = epcis_document(plant.plant_log().events, catalog, plant.profile(), created_at=CREATED)
    assert body(doc)[2]["ilmd"] == {"cbvmda:lotNumber": "M01-26327-001", "cbvmda:bestBeforeDate": "2029-11-22"}
    assert epcis_schema.errors(doc) == []


def test_receiving_observes_a_suppliers_lgtin_or_adds_our_own_lot() -> None:
    resin, liners = body(document())[:2]
    assert resin["quantityList"] == [
        {"epcClass": "urn:floorstation:5901234:lot:G1-26327-001", "quantity": 500, "uom": "KGM"}
    ]
    assert resin["ilmd"] == {
        "cbvmda:lotNumber": "G1-26327-001",
        "cbvmda:itemExpirationDate": "2028-11-01",
        "fs:supplierLot": "BP261101",
    }
    assert resin["sourceList"] == [{"type": "owning_party", "source": "urn:floorstation:5901234:party:supplier:Basell"}]
    assert resin["destinationList"] == [
        {"type": "owning_party", "destination": "urn:epc:id:pgln:5901234.00001"},
        {"type": "location", "destination": "urn:epc:id:sgln:5901234.00001.0"},
    ]
    # The supplier's company prefix is not known, so its GTIN is written as a Digital Link; '/' in the lot escaped.
    assert liners["quantityList"] == [{"epcClass": "https://id.gs1.org/01/04012345777772/10/L%2F77", "quantity": 10000}]
    assert "ilmd" not in liners  # OBSERVE carries no ILMD (the schema refuses it)


def test_a_transformation_has_one_input_per_lot_and_the_good_quantity_as_output() -> None:
    doc = document()
    moulding = body(doc)[3]
    assert moulding["inputQuantityList"] == [
        {"epcClass": "urn:floorstation:5901234:lot:G1-26327-001", "quantity": 25, "uom": "KGM"},  # 20.5 + 4.5
        {"epcClass": "urn:floorstation:5901234:lot:MB-7", "quantity": 0.4, "uom": "KGM"},
        {"epcClass": "https://id.gs1.org/01/04012345777772/10/L%2F77", "quantity": 10000},
    ]
    assert moulding["outputQuantityList"] == [
        {"epcClass": "urn:epc:class:lgtin:5901234.000001.M01-26327-001", "quantity": 10000}
    ]
    assert moulding["eventTime"] == "2026-11-23T08:09:00.000+01:00"  # the stop that completed it
    assert moulding["transformationID"].startswith("urn:uuid:")
    again = document()
    assert body(again)[3]["eventID"] == moulding["eventID"]  # stable for the same events
    assert len({e["eventID"] for e in body(doc)}) == len(body(doc))


def test_a_transformation_still_running_has_outputs_without_quantity() -> None:
    log = plant.plant_log()
    running = [e for e in log.events if e.type != ev.TaskStopped.TYPE]
    doc = epcis_document(running, plant.CATALOG, plant.profile(), created_at=CREATED)
    moulding = next(e for e in body(doc) if e["type"] == "TransformationEvent")
    assert moulding["outputQuantityList"] == [{"epcClass": "urn:epc:class:lgtin:5901234.000001.M01-26327-001"}]
    assert epcis_schema.errors(doc) == []


def test_pallets_are_aggregated_under_their_sscc_and_shipped_to_the_customer() -> None:
    events = body(document())
    packed = events[6]
    assert packed["parentID"] == "urn:epc:id:sscc:5901234.0000000001"
    assert packed["childQuantityList"] == [
        {"epcClass": "urn:epc:class:lgtin:5901234.000001.M01-26327-001", "quantity": 5000}
    ]
    to_c100, to_c200 = events[9], events[10]
    assert to_c100["epcList"] == ["urn:epc:id:sscc:5901234.0000000001"]
    assert to_c100["disposition"] == "in_transit"
    assert to_c100["destinationList"] == [
        {"type": "owning_party", "destination": "urn:epc:id:pgln:7350000.00042"},
        {"type": "location", "destination": "urn:epc:id:sgln:7350000.00042.0"},
    ]
    assert to_c100["bizTransactionList"] == [
        {"type": "desadv", "bizTransaction": f"urn:epcglobal:cbv:bt:{plant.SITE_GLN}:DN-1"}
    ]
    assert to_c200["destinationList"] == [
        {"type": "owning_party", "destination": "urn:floorstation:5901234:party:customer:C200"}
    ]


def test_without_a_site_gln_places_and_documents_get_private_uris() -> None:
    events = body(document(with_gln=False, private_base="https://id.capworks.example/"))
    assert events[2]["readPoint"] == {"id": "https://id.capworks.example/machine/M01"}
    assert events[2]["bizLocation"] == {"id": "https://id.capworks.example/site"}
    assert events[2]["bizTransactionList"][0]["bizTransaction"] == "https://id.capworks.example/bt/prodorder/304%2F2023"
    assert events[0]["readPoint"] == {"id": "https://id.capworks.example/station/ST-01"}


def test_gs1_keys_are_split_by_the_known_company_prefix() -> None:
    prefixes = ("5901234",)
    assert identifiers.lgtin("05901234000017", "A/1&2", prefixes) == "urn:epc:class:lgtin:5901234.000001.A%2F1%262"
    assert identifiers.lgtin("5901234000017", "L1", prefixes) == "urn:epc:class:lgtin:5901234.000001.L1"  # GTIN-13
    assert identifiers.lgtin("00614141777778", "L1", prefixes) == "https://id.gs1.org/01/00614141777778/10/L1"
    assert identifiers.sscc("359012340000000129", prefixes) == "urn:epc:id:sscc:5901234.3000000012"
    assert identifiers.sscc("306141410000000129", prefixes) == "https://id.gs1.org/00/306141410000000129"
    assert identifiers.sgln("5901234000017", "M01", prefixes) == "urn:epc:id:sgln:5901234.00001.M01"
    assert identifiers.pgln("5901234000017", prefixes) == "urn:epc:id:pgln:5901234.00001"
    # A longer known prefix is never shadowed by a shorter one that also matches.
    profile = TraceProfile("590123", Party("X"), known_prefixes=("5901234000",))
    assert profile.prefixes == ("5901234000", "590123")


def test_units_map_to_un_cefact_codes_or_to_counts() -> None:
    names = identifiers.Names(plant.profile())
    assert (names.uom("kg"), names.uom("L"), names.uom("pcs"), names.uom("case")) == ("KGM", "LTR", None, None)
    with pytest.raises(InvalidInput, match="bucket"):
        names.uom("bucket")
    extended = TraceProfile("5901234", Party("X"), units={"bucket": "BJ"})
    assert identifiers.Names(extended).uom("bucket") == "BJ"


def test_a_profile_refuses_what_would_make_invalid_identifiers() -> None:
    with pytest.raises(InvalidInput, match="company prefix"):
        TraceProfile("59A1234", Party("X"))
    with pytest.raises(InvalidInput, match="check digit"):
        Party("X", gln="5901234000018")
    with pytest.raises(InvalidInput, match="private identifier base"):
        TraceProfile("5901234", Party("X"), private_base="acme")


def test_quantities_are_exact_json_numbers() -> None:
    log = plant.Log()
    log.add(
        ev.LotReceived(
            lot_code="G1-1", material="RESIN", quantity=Decimal("0.001"), unit="kg", received_on=log.at.date()
        )
    )
    received = body(epcis_document(log.events, plant.CATALOG, plant.profile(), created_at=CREATED))[0]
    assert received["quantityList"][0]["quantity"] == 0.001
    assert json.dumps(received["quantityList"][0]["quantity"]) == "0.001"


# --- the validator rejects broken documents --------------------------------------------------------------------


def _without(path: list[Any], key: str) -> dict[str, Any]:
    doc = document()
    target: Any = doc
    for step in path:
        target = target[step]
    del target[key]
    return doc


def _with(path: list[Any], key: str, value: Any) -> dict[str, Any]:
    doc = document()
    target: Any = doc
    for step in path:
        target = target[step]
    target[key] = value
    return doc


EVENT = ["epcisBody", "eventList", 2]
BROKEN = {
    "no-creation-date": lambda: _without([], "creationDate"),
    "no-context": lambda: _without([], "@context"),
    "no-event-time": lambda: _without(EVENT, "eventTime"),
    "no-time-zone-offset": lambda: _without(EVENT, "eventTimeZoneOffset"),
    "no-action": lambda: _without(EVENT, "action"),
    "no-parent-quantities": lambda: _without(["epcisBody", "eventList", 6], "childQuantityList"),
    "month-13": lambda: _with(EVENT, "eventTime", "2026-13-23T08:04:00.000+01:00"),
    "no-offset-in-time": lambda: _with(EVENT, "eventTime", "2026-11-23T08:04:00"),
    "words-for-time": lambda: _with(EVENT, "eventTime", "Monday morning"),
    "offset-out-of-range": lambda: _with(EVENT, "eventTimeZoneOffset", "+15:00"),
    "unknown-bizstep": lambda: _with(EVENT, "bizStep", "transforming"),
    "unknown-disposition": lambda: _with(EVENT, "disposition", "fine"),
    "unknown-action": lambda: _with(EVENT, "action", "CREATE"),
    "bare-ilmd-key": lambda: _with(EVENT, "ilmd", {"lotNumber": "M01-26327-001"}),
    "ilmd-on-observe": lambda: _with(EVENT, "action", "OBSERVE"),
    "lowercase-uom": lambda: _with(["epcisBody", "eventList", 0, "quantityList", 0], "uom", "kg"),
    "epc-with-space": lambda: _with(EVENT, "quantityList", [{"epcClass": "urn:epc:class:lgtin:5901234.000001.M 1"}]),
}


@pytest.mark.parametrize("make", BROKEN.values(), ids=BROKEN.keys())
def test_the_schema_rejects_a_broken_document(make: Any) -> None:
    assert epcis_schema.errors(make())
