"""FSMA 204 sortable spreadsheet from a hand-made log: the rows, the KDEs, the filters, the gaps it names."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from floorstation.compliance import fsma204
from floorstation.compliance.fsma204 import CteRow, csv_text, fsma_rows, write_xlsx
from floorstation.domain import events as ev
from tests.unit import compliance_plant as plant

SITE = "Capworks Sp. z o.o.; ul. Fabryczna 1, 00-001 Warszawa, PL; tel. +48 22 100 00 00"


def rows(**filters: object) -> list[CteRow]:
    return fsma_rows(plant.plant_log().events, plant.CATALOG, plant.profile(), **filters)  # type: ignore[arg-type]


def test_one_row_per_receipt_and_shipment_and_one_per_input_of_a_transformation() -> None:
    got = rows()
    assert [(r.cte, r.traceability_lot_code, r.input_traceability_lot_code) for r in got] == [
        ("Receiving", "BP261101", None),
        ("Receiving", "L/77", None),
        ("Transformation", "M01-26327-001", "BP261101"),
        ("Transformation", "M01-26327-001", "CL0501"),
        ("Transformation", "M01-26327-001", "L/77"),
        ("Transformation", "M03-26327-001", "M01-26327-001"),
        ("Shipping", "M01-26327-001", None),
        ("Shipping", "M03-26327-001", None),
    ]
    moulding = got[2:5]
    assert len({r.event_id for r in moulding}) == 1  # the rows of one transformation share its id
    assert got[5].event_id != moulding[0].event_id


def test_receiving_keeps_the_suppliers_tlc_and_names_both_locations() -> None:
    resin = rows()[0]
    assert resin.traceability_lot_code == "BP261101"  # never a new TLC at receiving (§1.1320)
    assert resin.internal_lot_code == "G1-26327-001"
    assert (resin.quantity, resin.unit_of_measure, resin.product_description) == (
        Decimal(500),
        "kg",
        "Polypropylene resin",
    )
    basell = "Basell Polyolefins; Industriepark, Wesseling, DE; tel. +49 2236 0000"
    assert resin.immediate_previous_source_location == basell
    assert resin.tlc_source_location == basell
    assert resin.receiving_location == SITE
    assert resin.event_date == date(2026, 11, 23)
    assert (resin.reference_document_type, resin.reference_document_number) == ("Receiving record", "G1-26327-001")
    assert resin.missing_kdes == ""


def test_what_the_records_cannot_supply_is_named_not_left_blank() -> None:
    got = rows()
    liners = got[1]
    assert liners.immediate_previous_source_location == "Liners Ltd"
    assert liners.missing_kdes == "immediate previous source: address, phone; TLC source: address, phone"
    to_c200 = got[7]
    assert to_c200.immediate_subsequent_recipient_location == "Baltic Dairy"  # master-data name, no address
    assert to_c200.missing_kdes == "immediate subsequent recipient: address, phone"

    log = plant.Log()
    log.add(
        ev.LotReceived(lot_code="G1-9", material="RESIN", quantity=Decimal(5), unit="kg", received_on=log.at.date())
    )
    (bare,) = fsma_rows(log.events, plant.CATALOG, plant.profile())
    assert bare.traceability_lot_code == "G1-9"  # no supplier lot: the internal code, assigned here
    assert bare.tlc_source_location == SITE
    assert "supplier's TLC" in bare.missing_kdes
    assert "immediate previous source (supplier not on record)" in bare.missing_kdes


def test_a_transformation_row_carries_the_new_tlc_the_input_and_the_work_order() -> None:
    resin_input = rows()[2]
    assert resin_input.traceability_lot_code == "M01-26327-001"
    assert (resin_input.quantity, resin_input.unit_of_measure) == (Decimal(10000), "pcs")
    assert resin_input.gtin == plant.CAP_GTIN
    assert (resin_input.input_quantity, resin_input.input_unit_of_measure) == (Decimal(25), "kg")  # two scans
    assert resin_input.input_internal_lot_code == "G1-26327-001"
    assert resin_input.transformation_location == resin_input.tlc_source_location == SITE
    assert (resin_input.reference_document_type, resin_input.reference_document_number) == ("Work order", "304/2023")
    assert resin_input.event_time == "2026-11-23T08:09:00.000+01:00"  # completed: the stop


def test_a_shipping_row_has_the_lot_on_the_pallet_and_the_recipient() -> None:
    to_c100 = rows()[6]
    assert (to_c100.sscc, to_c100.quantity, to_c100.unit_of_measure) == (plant.SSCC_1, Decimal(5000), "pcs")
    assert (
        to_c100.immediate_subsequent_recipient_location
        == "Nordic Beverages AB; Hamngatan 1, Göteborg, SE; tel. +46 31 000 000"
    )
    assert to_c100.shipped_from_location == to_c100.tlc_source_location == SITE
    assert (to_c100.reference_document_type, to_c100.reference_document_number) == ("Despatch note", "DN-1")


def test_rows_can_be_asked_for_by_date_range_and_tlc() -> None:
    assert rows(since=date(2026, 11, 24)) == []
    assert len(rows(until=date(2026, 11, 23))) == 8
    by_tlc = rows(tlcs={"CL0501"})
    assert [(r.cte, r.input_traceability_lot_code) for r in by_tlc] == [("Transformation", "CL0501")]
    assert [r.cte for r in rows(tlcs={"M03-26327-001"})] == ["Transformation", "Shipping"]


def test_csv_has_the_headers_and_plain_values() -> None:
    table = list(csv.reader(io.StringIO(csv_text(rows()))))
    assert tuple(table[0]) == fsma204.HEADERS
    assert len(table) == 9
    header = {name: i for i, name in enumerate(table[0])}
    assert table[4][header["Input Quantity"]] == "0.4"
    assert table[1][header["Event Date"]] == "2026-11-23"
    assert table[1][header["GTIN"]] == ""


def test_xlsx_has_typed_cells_filters_and_a_readme() -> None:
    out = io.BytesIO()
    write_xlsx(rows(), out, profile=plant.profile(), generated_at=datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    book = load_workbook(io.BytesIO(out.getvalue()))
    assert book.sheetnames == ["FSMA 204 records", "README"]
    sheet = book["FSMA 204 records"]
    assert tuple(c.value for c in sheet[1]) == fsma204.HEADERS
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    header = {c.value: c.column for c in sheet[1]}
    assert sheet.cell(2, header["Event Date"]).value == datetime(2026, 11, 23)  # a date, so it sorts as one
    assert sheet.cell(5, header["Input Quantity"]).value == 0.4  # a number
    readme = {row[0]: row[1] for row in book["README"].iter_rows(values_only=True) if row[0]}
    assert readme["Business"] == SITE
    assert readme["Rows"] == "8"
    for header_name in fsma204.HEADERS:
        assert readme[header_name]  # every column explained
    for code in ("Receiving", "Transformation", "Shipping", "Receiving record", "Work order", "Despatch note"):
        assert readme[code]
