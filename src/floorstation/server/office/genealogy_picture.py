"""A lot's genealogy as a picture: an SVG drawn on the server, the inputs to the left of the lot by how many steps
back, what was made from it to the right, one line per consumption. A genealogy too wide to draw legibly is left
to the tables (None)."""

from __future__ import annotations

from markupsafe import Markup, escape

from floorstation.domain.genealogy import Genealogy

BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 150, 30, 60, 12, 10
MAX_PER_COLUMN = 30
_FILL = {"hold": "#fff1db", "recalled": "#fdecea"}


def picture(genealogy: Genealogy) -> Markup | None:
    columns: dict[int, list[str]] = {0: [genealogy.lot]}
    placed: set[str] = {genealogy.lot}
    edges: set[tuple[str, str]] = set()

    def place(code: str, column: int) -> None:
        if code not in placed:
            placed.add(code)
            columns.setdefault(column, []).append(code)

    for link in sorted(genealogy.backward, key=lambda x: (x.depth, x.input_lot)):
        place(link.input_lot, -link.depth)
        if link.output_lot:
            edges.add((link.input_lot, link.output_lot))
    for link in sorted(genealogy.forward, key=lambda x: (x.depth, x.output_lot or "")):
        if link.output_lot:
            place(link.output_lot, link.depth)
            edges.add((link.input_lot, link.output_lot))
    if len(columns) == 1 or max(len(c) for c in columns.values()) > MAX_PER_COLUMN:
        return None
    first = min(columns)
    tallest = max(len(c) for c in columns.values())
    height = PAD * 2 + tallest * (BOX_H + GAP_Y) - GAP_Y
    width = PAD * 2 + len(columns) * (BOX_W + GAP_X) - GAP_X
    where: dict[str, tuple[int, int]] = {}
    for column, codes in columns.items():
        x = PAD + (column - first) * (BOX_W + GAP_X)
        top = PAD + (tallest - len(codes)) * (BOX_H + GAP_Y) // 2
        for i, code in enumerate(codes):
            where[code] = (x, top + i * (BOX_H + GAP_Y))
    parts = [f'<svg class="genealogy" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for source, target in sorted(edges):
        if source in where and target in where:
            (x1, y1), (x2, y2) = where[source], where[target]
            parts.append(
                f'<line x1="{x1 + BOX_W}" y1="{y1 + BOX_H // 2}" x2="{x2}" y2="{y2 + BOX_H // 2}" stroke="#98a2b3"/>'
            )
    for code, (x, y) in where.items():
        info = genealogy.lots.get(code)
        fill = "#dbe8f6" if code == genealogy.lot else _FILL.get(info.status if info else "", "#ffffff")
        parts.append(
            f'<a href="/lots?q={escape(code)}"><rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="5" '
            f'fill="{fill}" stroke="#667085"/><text x="{x + BOX_W // 2}" y="{y + BOX_H // 2 + 5}" '
            f'text-anchor="middle" font-size="13">{escape(code)}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
