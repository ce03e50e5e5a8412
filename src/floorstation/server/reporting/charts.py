"""Bar and Pareto charts as inline SVG, drawn on the server (no script, nothing fetched)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup, escape

from floorstation.server.reporting.table import Table

MAX_BARS = 30
WIDTH, BAR_H, GAP, LABEL_W, VALUE_W = 760, 18, 6, 220, 90


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    cumulative: float | None = None


def _plain(value: Decimal) -> str:
    """``1,234.5`` for 1234.50, ``510`` for 510: only the zeros after a decimal point go."""
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def bars(table: Table) -> list[Bar]:
    if table.chart is None:
        return []
    label_key, value_key = table.chart
    kind = next((c.kind for c in table.columns if c.key == value_key), "qty")
    out = []
    for row in table.rows:
        value = row.get(value_key)
        if not isinstance(value, Decimal | int):
            continue
        number = float(value)
        text = f"{number * 100:.1f} %" if kind == "pct" else _plain(Decimal(value))
        cumulative = row.get("cumulative") if table.pareto else None
        out.append(
            Bar(str(row.get(label_key, "")), number, text, float(cumulative) if cumulative is not None else None)
        )
    if not table.pareto:
        out.sort(key=lambda b: -b.value)
    return out[:MAX_BARS]


def svg(table: Table) -> Markup:
    """The table's chart: horizontal bars, largest first; a Pareto chart also draws the cumulative share as a line
    (its scale 0-100 % along the top)."""
    found = bars(table)
    if not found:
        return Markup("")
    top = 24
    height = top + len(found) * (BAR_H + GAP) + 8
    span = WIDTH - LABEL_W - VALUE_W
    most = max(b.value for b in found) or 1.0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" aria-label="{escape(table.title)}">'
    ]
    points = []
    for i, bar in enumerate(found):
        y = top + i * (BAR_H + GAP)
        width = max(0.0, bar.value / most * span)
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 5}" text-anchor="end" font-size="12">'
            f"{escape(bar.label[:34])}</text>"
            f'<rect x="{LABEL_W}" y="{y}" width="{width:.1f}" height="{BAR_H}" fill="#3b6ea8"><title>'
            f"{escape(bar.label)}: {escape(bar.text)}</title></rect>"
            f'<text x="{LABEL_W + width + 4:.1f}" y="{y + BAR_H - 5}" font-size="12">{escape(bar.text)}</text>'
        )
        if bar.cumulative is not None:
            points.append(f"{LABEL_W + bar.cumulative * span:.1f},{y + BAR_H / 2:.1f}")
    if points:
        parts.append(
            f'<polyline points="{" ".join(points)}" fill="none" stroke="#c0392b" stroke-width="2"/>'
            f'<text x="{LABEL_W + span}" y="14" text-anchor="end" font-size="11" fill="#c0392b">cumulative 100 %</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
