"""The office's bar charts say each figure as the table does."""

from __future__ import annotations

from decimal import Decimal

from floorstation.server.reporting.charts import bars
from floorstation.server.reporting.table import Column, Table


def test_a_chart_bar_says_510_not_51() -> None:
    table = Table("t", "T", [Column("label", "L"), Column("good", "Good", "qty")], chart=("label", "good"))
    table.rows = [{"label": "a", "good": Decimal(510)}, {"label": "b", "good": Decimal("1234.50")}]
    assert sorted(b.text for b in bars(table)) == ["1,234.5", "510"]  # sorted by size on the chart
