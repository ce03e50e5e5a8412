"""FDA FSMA 204 electronic sortable spreadsheet (21 CFR 1.1455(c)(3)(ii)), as CSV and as XLSX with a README.

One row per critical tracking event line, with the key data elements of §1.1345 (receiving), §1.1350
(transformation) and §1.1340 (shipping). A transformation has one row per input lot; the output's fields repeat
on each and the rows share an event id. What the records cannot supply (a customer's phone number, say) is
named in the "Missing KDEs" column rather than left silently blank.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable
from dataclasses import astuple, dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from floorstation.compliance.profile import Party, TraceProfile
from floorstation.compliance.records import LotFacts, MasterData, Records, Transformation, collect
from floorstation.domain import events as ev
from floorstation.domain.events import Event
from floorstation.domain.quantities import fmt

RECEIVING, TRANSFORMATION, SHIPPING = "Receiving", "Transformation", "Shipping"
RECEIVING_RECORD, WORK_ORDER, DESPATCH_NOTE = "Receiving record", "Work order", "Despatch note"

Cell = str | Decimal | date | None


@dataclass(frozen=True, slots=True)
class CteRow:
    """One line of the spreadsheet; the field order is the column order."""

    cte: str
    event_id: str
    event_date: date
    event_time: str
    traceability_lot_code: str
    product_description: str
    gtin: str | None
    quantity: Decimal | None
    unit_of_measure: str
    input_traceability_lot_code: str | None = None
    input_product_description: str | None = None
    input_gtin: str | None = None
    input_quantity: Decimal | None = None
    input_unit_of_measure: str | None = None
    tlc_source_location: str = ""
    tlc_source_reference: str = ""
    immediate_previous_source_location: str = ""
    receiving_location: str = ""
    transformation_location: str = ""
    shipped_from_location: str = ""
    immediate_subsequent_recipient_location: str = ""
    reference_document_type: str = ""
    reference_document_number: str = ""
    internal_lot_code: str = ""
    input_internal_lot_code: str | None = None
    sscc: str | None = None
    missing_kdes: str = ""

    def cells(self) -> tuple[Cell, ...]:
        return astuple(self)


#: (header, what it means) per column, in column order; the README sheet prints this table.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Critical Tracking Event", "Receiving (§1.1345), Transformation (§1.1350) or Shipping (§1.1340)."),
    ("Event ID", "The station's event id (receiving, shipping) or the transformation's; rows of one event share it."),
    ("Event Date", "Date received / transformation completed / shipped, local to the site."),
    ("Event Time", "The same moment with time and UTC offset, as the station recorded it."),
    ("Traceability Lot Code", "TLC received, the new TLC a transformation assigned, or the TLC shipped."),
    ("Product Description", "The product the TLC is a lot of (master-data name)."),
    ("GTIN", "GS1 GTIN of the product, when it has one."),
    ("Quantity", "Quantity received, produced (transformation output) or shipped."),
    ("Unit of Measure", "Unit of that quantity as the plant records it (kg, pcs, case ...)."),
    ("Input TLC", "Transformation only: the TLC of one food used."),
    ("Input Product Description", "Transformation only: the product of that input lot."),
    ("Input GTIN", "Transformation only: the input product's GTIN, when it has one."),
    ("Input Quantity", "Transformation only: how much of that input lot was used."),
    ("Input Unit of Measure", "Transformation only: unit of the input quantity."),
    ("TLC Source Location", "Location description of where the TLC was assigned (the TLC source)."),
    ("TLC Source Reference", "Alternative to the TLC source location (left empty: the location is given)."),
    ("Immediate Previous Source Location", "Receiving only: who the food came from (other than a transporter)."),
    ("Receiving Location", "Receiving only: where the food was received."),
    ("Transformation Location", "Transformation only: where the food was transformed (the new TLC's source)."),
    ("Shipped From Location", "Shipping only: where the food was shipped from."),
    ("Immediate Subsequent Recipient Location", "Shipping only: who the food was shipped to."),
    ("Reference Document Type", "Receiving record, Work order or Despatch note (see the codes below)."),
    ("Reference Document Number", "The number of that document."),
    ("Internal Lot Code", "The plant's own lot code for the TLC (differs from it for bought goods)."),
    ("Input Internal Lot Code", "Transformation only: the plant's own code of the input lot."),
    ("SSCC", "Shipping only: the pallet (GS1 SSCC) the lot was shipped on."),
    ("Missing KDEs", "Key data elements the records could not supply for this row."),
)
HEADERS = tuple(header for header, _ in COLUMNS)
assert len(HEADERS) == len(fields(CteRow))

CODES: tuple[tuple[str, str], ...] = (
    (RECEIVING, "Food received at this site (§1.1345): one row per lot received."),
    (TRANSFORMATION, "Food made here from other lots (§1.1350): one row per input lot, sharing the Event ID."),
    (SHIPPING, "Food shipped from this site (§1.1340): one row per pallet shipped."),
    (RECEIVING_RECORD, "The goods-in record at the station, numbered by the internal lot code it created."),
    (WORK_ORDER, "The production order the transformation was run under."),
    (DESPATCH_NOTE, "The shipment number recorded when the pallet was loaded."),
    ("Location description", "Business name; physical address; phone number (§1.1310), as far as on record."),
    ("TLC of bought goods", "The supplier's lot number: receiving never assigns a new TLC (§1.1320)."),
    ("TLC of goods made here", "The production lot code the station assigned when the transformation started."),
    ("TLC source of bought goods", "Given as the supplier, the party that assigned the lot number, where known."),
)


def fsma_rows(
    events: Iterable[Event],
    master: MasterData,
    profile: TraceProfile,
    *,
    since: date | None = None,
    until: date | None = None,
    tlcs: Collection[str] | None = None,
) -> list[CteRow]:
    """The spreadsheet's rows in log order; optionally only event dates in ``since``..``until`` (inclusive) and
    rows whose TLC or input TLC is in ``tlcs`` (FDA asks by date range and TLC)."""
    records = collect(events, master)
    rows = _Rows(records, profile).all()
    return [
        row
        for row in rows
        if (since is None or row.event_date >= since)
        and (until is None or row.event_date <= until)
        and (tlcs is None or row.traceability_lot_code in tlcs or row.input_traceability_lot_code in tlcs)
    ]


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_text(rows: Iterable[CteRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows([_text(cell) for cell in row.cells()] for row in rows)
    return out.getvalue()


def write_csv(rows: Iterable[CteRow], path: Path) -> None:
    """UTF-8 with a byte-order mark, so a spreadsheet program shows names such as Wiśniewski as written."""
    path.write_text(csv_text(rows), encoding="utf-8-sig")


def write_xlsx(
    rows: Iterable[CteRow],
    target: Path | IO[bytes],
    *,
    profile: TraceProfile,
    generated_at: datetime,
    scope: str = "all records supplied",
) -> None:
    """The records sheet (dates as dates, quantities as numbers, filters on, header frozen) and a README."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "FSMA 204 records"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(list(row.cells()))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    date_column = HEADERS.index("Event Date") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=date_column, max_col=date_column):
        cell.number_format = "yyyy-mm-dd"
    for index, header in enumerate(HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(len(header), 12) + 2, 40)
    _readme(book, profile, generated_at, scope, sheet.max_row - 1)
    book.save(target)


def _readme(book: Workbook, profile: TraceProfile, generated_at: datetime, scope: str, count: int) -> None:
    sheet = book.create_sheet("README")
    lines: list[tuple[str, str]] = [
        ("FSMA 204 electronic sortable spreadsheet", "21 CFR Part 1 Subpart S, §1.1455(c)(3)(ii)"),
        ("Business", profile.site.description()),
        ("Generated", generated_at.isoformat(timespec="seconds")),
        ("Scope", scope),
        ("Rows", str(count)),
        ("Layout", "One row per critical tracking event line; a transformation has one row per input lot."),
        ("", ""),
        ("Column", "Meaning"),
        *COLUMNS,
        ("", ""),
        ("Code", "Meaning"),
        *CODES,
    ]
    for line in lines:
        sheet.append(line)
    for row in (1, 8, 9 + len(COLUMNS) + 1):
        for cell in sheet[row]:
            cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 110


class _Rows:
    def __init__(self, records: Records, profile: TraceProfile) -> None:
        self.records = records
        self.profile = profile
        self.site = profile.site.description()

    def all(self) -> list[CteRow]:
        placed: list[tuple[int, int, list[CteRow]]] = []
        for index, event in enumerate(self.records.events):
            if event.type == ev.LotReceived.TYPE:
                placed.append((index, 0, [self.receiving(event, ev.LotReceived.model_validate(event.payload))]))
            elif event.type == ev.PalletShipped.TYPE:
                placed.append((index, 0, [self.shipping(event, ev.PalletShipped.model_validate(event.payload))]))
        placed += [(t.position, 1, self.transformation(t)) for t in self.records.transformations]
        placed.sort(key=lambda item: (item[0], item[1]))
        return [row for _, _, rows in placed for row in rows]

    def _source(self, facts: LotFacts, missing: list[str]) -> str:
        """Location description of the TLC source: this site for TLCs assigned here, else the supplier."""
        if facts.tlc_assigned_here:
            return self.site
        if not facts.supplier:
            missing.append("TLC source (supplier not on record)")
            return ""
        return self._described(self.profile.supplier(facts.supplier), "TLC source", missing)

    @staticmethod
    def _described(party: Party, what: str, missing: list[str]) -> str:
        if party.missing():
            missing.append(f"{what}: {', '.join(party.missing())}")
        return party.description()

    def receiving(self, event: Event, p: ev.LotReceived) -> CteRow:
        facts = self.records.lot(p.lot_code, p.material)
        missing: list[str] = []
        if not p.supplier_lot:
            missing.append("supplier's TLC (none on the label; the internal lot code is used)")
        previous = ""
        if p.supplier:
            previous = self._described(self.profile.supplier(p.supplier), "immediate previous source", missing)
        else:
            missing.append("immediate previous source (supplier not on record)")
        return CteRow(
            cte=RECEIVING,
            event_id=event.event_id,
            event_date=p.received_on,
            event_time=event.occurred_at,
            traceability_lot_code=facts.tlc,
            product_description=self.records.material_name(p.material),
            gtin=facts.gtin,
            quantity=p.quantity,
            unit_of_measure=p.unit,
            tlc_source_location=self._source(facts, missing),
            immediate_previous_source_location=previous,
            receiving_location=self.site,
            reference_document_type=RECEIVING_RECORD,
            reference_document_number=p.lot_code,
            internal_lot_code=p.lot_code,
            missing_kdes="; ".join(missing),
        )

    def transformation(self, t: Transformation) -> list[CteRow]:
        assert t.completed is not None
        output = self.records.lot(t.output_lot) if t.output_lot else None
        missing: list[str] = []
        if output is None:
            missing.append("new TLC (consumption recorded without an output lot)")
        elif not output.work_order:
            missing.append("reference document (work order not on record)")
        if t.output_quantity is None:
            missing.append("output quantity (not reported yet)")
        elif output is not None and not (output.unit or self.records.unit_of(output.material)):
            missing.append("unit of measure (the output's material is not in master data)")
        if not t.inputs:
            missing.append("input lots (none recorded)")
        base = CteRow(
            cte=TRANSFORMATION,
            event_id=t.event_id,
            event_date=datetime.fromisoformat(t.completed.occurred_at).date(),
            event_time=t.completed.occurred_at,
            traceability_lot_code=output.tlc if output else "",
            product_description=self.records.material_name(output.material) if output else "",
            gtin=output.gtin if output else None,
            quantity=t.output_quantity,
            unit_of_measure=(output.unit or self.records.unit_of(output.material)) if output else "",
            tlc_source_location=self.site,
            transformation_location=self.site,
            reference_document_type=WORK_ORDER if output and output.work_order else "",
            reference_document_number=(output.work_order or "") if output else "",
            internal_lot_code=output.code if output else "",
            missing_kdes="; ".join(missing),
        )
        rows = []
        for line in t.inputs:
            used = self.records.lot(line.lot, line.material)
            rows.append(
                replace(
                    base,
                    input_traceability_lot_code=used.tlc,
                    input_product_description=self.records.material_name(line.material),
                    input_gtin=used.gtin,
                    input_quantity=line.quantity,
                    input_unit_of_measure=line.unit,
                    input_internal_lot_code=line.lot,
                )
            )
        return rows or [base]

    def shipping(self, event: Event, p: ev.PalletShipped) -> CteRow:
        pallet = self.records.pallets.get(p.sscc)
        missing: list[str] = []
        facts = self.records.lot(pallet.lot_code, pallet.material) if pallet and pallet.lot_code else None
        if facts is None:
            missing.append("TLC, product and quantity (the pallet's contents are not in these records)")
        customer = self.records.master.customer(p.customer_id)
        recipient = self._described(
            self.profile.customer(p.customer_id, customer.name if customer else None),
            "immediate subsequent recipient",
            missing,
        )
        return CteRow(
            cte=SHIPPING,
            event_id=event.event_id,
            event_date=datetime.fromisoformat(event.occurred_at).date(),
            event_time=event.occurred_at,
            traceability_lot_code=facts.tlc if facts else "",
            product_description=self.records.material_name(facts.material) if facts else "",
            gtin=facts.gtin if facts else None,
            quantity=pallet.quantity if pallet else None,
            unit_of_measure=pallet.unit if pallet else "",
            tlc_source_location=self._source(facts, missing) if facts else "",
            shipped_from_location=self.site,
            immediate_subsequent_recipient_location=recipient,
            reference_document_type=DESPATCH_NOTE,
            reference_document_number=p.shipment_id,
            internal_lot_code=facts.code if facts else "",
            sscc=p.sscc,
            missing_kdes="; ".join(missing),
        )
