"""A report as CSV (UTF-8, one header row of the column keys) and as an XLSX workbook with the same cells:
numbers as numbers, a sheet of what they mean."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from openpyxl import Workbook

from floorstation.server.reporting.table import Table, plain


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.key for c in table.columns])
    for row in table.rows:
        writer.writerow([plain(row.get(c.key)) for c in table.columns])
    return out.getvalue()


def to_xlsx(table: Table, complete: Table | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = table.name[:31]
    sheet.append([c.key for c in table.columns])
    for row in table.rows:
        sheet.append([_cell(row.get(c.key)) for c in table.columns])
    sheet.freeze_panes = "A2"
    about = book.create_sheet("about")
    about.append([table.title])
    for note in table.notes:
        about.append([note])
    if complete is not None:
        about.append([])
        about.append([complete.title])
        about.append([c.key for c in complete.columns])
        for row in complete.rows:
            about.append([_cell(row.get(c.key)) for c in complete.columns])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _cell(value: object) -> object:
    """Decimals as exact ints where whole, else floats (what a spreadsheet holds); empty for nothing."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return "" if value is None else value
