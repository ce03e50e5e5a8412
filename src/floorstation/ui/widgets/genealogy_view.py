"""The genealogy as a picture: lots in columns (inputs left, what was made right), then pallets and customers.

Edges carry the machine and quantity of each consumption, so the picture answers "what went into this, on
which machine, and where did it go" at a glance; the table beside it has the details.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QScroller, QWidget

from floorstation.app.lookup import TraceView
from floorstation.ui.locale_text import number_text

NODE_W, NODE_H, COL_GAP, ROW_GAP = 184.0, 88.0, 100.0, 28.0
#: Vertical room of one line's words where it leaves a box (more lines out of one box make the box taller).
LABEL_PITCH = 22.0
#: Below this the text is too small to read at arm's length: the picture scrolls (drag it) instead.
MIN_SCALE = 0.8
_FILL = {"released": "#26313c", "hold": "#f0a400", "recalled": "#d32f2f", "pallet": "#0d47a1", "customer": "#1e7e34"}
_INK = {"hold": "#111111"}


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    column: int
    kind: str
    """``lot``, ``pallet`` or ``customer``."""
    lines: tuple[str, ...]
    status: str = "released"


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    above: str
    """Written over the line at its start: the quantity."""
    below: str = ""
    """Under the line: the machine, or the shipment."""


def layout(view: TraceView) -> tuple[list[Node], list[Edge]]:
    """Which node goes in which column, and the edges between them (pure: no drawing)."""
    g = view.genealogy
    columns: dict[str, int] = {g.lot: 0}
    edges: list[Edge] = []
    for link in g.backward:
        columns.setdefault(link.input_lot, -link.depth)
    for link in g.forward:
        if link.output_lot:
            columns.setdefault(link.output_lot, link.depth)
    merged: dict[tuple[str, str], list[tuple[Decimal, str]]] = {}
    for link in (*g.backward, *g.forward):
        if link.output_lot:
            merged.setdefault((link.input_lot, link.output_lot), []).append((link.quantity, link.machine_id or "?"))
    for (source, target), uses in merged.items():
        machines = ", ".join(dict.fromkeys(m for _, m in uses))
        edges.append(Edge(source, target, _quantities([q for q, _ in uses]), machines))
    nodes: list[Node] = []
    for code, column in columns.items():
        info = g.lots.get(code)
        status = info.status if info else "released"
        source = (info.supplier or "") if info else ""
        lines = (code, info.material if info else "", source or (info.made_on or "" if info else ""))
        nodes.append(Node(code, column, "lot", lines, status))
    last = max(columns.values(), default=0)
    for pallet in g.pallets:
        nodes.append(
            Node(pallet.sscc, last + 1, "pallet", ("SSCC", pallet.sscc, _pallet_status(pallet.status)), "pallet")
        )
        edges.append(Edge(pallet.lot_code, pallet.sscc, number_text(pallet.quantity)))
        if pallet.customer_id:
            name = view.customer_names.get(pallet.customer_id, pallet.customer_id)
            key = "customer:" + pallet.customer_id
            if all(n.key != key for n in nodes):
                nodes.append(Node(key, last + 2, "customer", (name, pallet.customer_id, ""), "customer"))
            edges.append(Edge(pallet.sscc, key, "", pallet.shipment_id or ""))
    return nodes, edges


def _quantities(quantities: list[Decimal]) -> str:
    """One consumption: its quantity; two of the same lot into the same lot: both ("25 + 20"); more: the sum
    and how many times, so the picture never shows one number for several uses."""
    if len(quantities) == 1:
        return number_text(quantities[0])
    if len(quantities) <= 2:
        return " + ".join(number_text(q) for q in quantities)
    return f"Σ {number_text(sum(quantities, Decimal(0)))} ({len(quantities)}×)"


def _order(columns: dict[int, list[str]], links: list[tuple[str, str]], sweeps: int = 4) -> None:
    """Order each column so that lines cross as little as they can (the barycentre heuristic: a node sits near
    the middle of what it is linked with in the column before, then after)."""
    neighbours: dict[str, list[str]] = {}
    for a, b in links:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    keys = sorted(columns)
    for sweep in range(sweeps):
        order = keys if sweep % 2 == 0 else list(reversed(keys))
        place = {key: i for column in columns.values() for i, key in enumerate(column)}
        for column in order[1:]:
            col = columns[column]

            def centre(key: str, col: list[str] = col, place: dict[str, int] = place) -> float:
                linked = [place[n] for n in neighbours.get(key, ()) if n in place and n not in col]
                return sum(linked) / len(linked) if linked else float(col.index(key))

            columns[column].sort(key=centre)
            place.update({key: i for i, key in enumerate(columns[column])})


class GenealogyView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.positions: dict[str, QRectF] = {}
        """Each box, by lot code, SSCC or ``customer:ID``."""
        self.labels: list[QRectF] = []
        """Where the words of each line are."""
        self.lines: list[tuple[str, str, QPainterPath]] = []
        """Each line drawn: from, to, its path."""
        self.focus: QPointF | None = None

    def show_trace(self, view: TraceView | None) -> None:
        scene = self.scene()
        scene.clear()
        self.positions = {}
        self.labels = []
        self.lines = []
        if view is None:
            return
        nodes, edges = layout(view)
        first = min((n.column for n in nodes), default=0)
        column_of = {n.key: n.column for n in nodes}
        columns: dict[int, list[str]] = {}
        for node in nodes:
            columns.setdefault(node.column, []).append(node.key)
        # A line that spans columns passes through a free slot of each column between (never through a box).
        routes: dict[int, list[str]] = {}
        links: list[tuple[str, str]] = []
        for i, edge in enumerate(edges):
            a, b = column_of.get(edge.source), column_of.get(edge.target)
            if a is None or b is None:
                continue
            chain = [edge.source]
            for column in range(a + 1, b):
                slot = f"\x00{i}:{column}"
                columns.setdefault(column, []).append(slot)
                chain.append(slot)
            chain.append(edge.target)
            routes[i] = chain
            links += list(pairwise(chain))
        _order(columns, links)
        ports = max((self._ports(key, edges) for key in column_of), default=1)
        height = max(NODE_H, (ports + 1) * LABEL_PITCH)
        slots: dict[str, QRectF] = {}
        for column, keys in columns.items():
            x = (column - first) * (NODE_W + COL_GAP)
            for row, key in enumerate(keys):
                rect = QRectF(x, row * (height + ROW_GAP), NODE_W, height)
                (self.positions if key in column_of else slots)[key] = rect
        for i, edge in enumerate(edges):
            if i in routes:
                self._edge(edge, routes[i], slots, edges)
        focus_key = view.pallet.sscc if view.pallet else view.genealogy.lot
        self.focus = self.positions[focus_key].center() if focus_key in self.positions else None
        for node in nodes:
            self._node(node, focus=node.key in (view.genealogy.lot, view.pallet.sscc if view.pallet else None))
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    @staticmethod
    def _ports(key: str, edges: list[Edge]) -> int:
        return max(sum(e.source == key for e in edges), sum(e.target == key for e in edges), 1)

    def _port(self, key: str, edge: Edge, edges: list[Edge], *, out: bool) -> QPointF:
        """Each line leaves (or enters) its box at a point of its own, in the order of the boxes at the other end."""
        rect = self.positions[key]
        mine = [e for e in edges if (e.source if out else e.target) == key]
        other = {e.target if out else e.source for e in mine}
        place = {k: self.positions[k].center().y() for k in other if k in self.positions}
        mine.sort(key=lambda e: place.get(e.target if out else e.source, 0.0))
        step = rect.height() / (len(mine) + 1)
        y = rect.top() + step * (mine.index(edge) + 1)
        return QPointF(rect.right() if out else rect.left(), y)

    def _node(self, node: Node, *, focus: bool) -> None:
        rect = self.positions[node.key]
        pen = QPen(QColor("#ffffff" if focus else "#6b7682"), 5 if focus else 2)
        self.scene().addRect(rect, pen, QBrush(QColor(_FILL.get(node.status, _FILL["released"]))))
        ink = QColor(_INK.get(node.status, "#ffffff"))
        for i, line in enumerate(node.lines):
            if not line:
                continue
            font = QFont("DejaVu Sans")
            font.setPixelSize(19 if i == 0 else 15)
            font.setBold(i == 0)
            item = self.scene().addSimpleText(_clip(line, 15 if i == 0 else 19), font)
            item.setBrush(ink)
            item.setPos(rect.left() + 8, rect.top() + 5 + i * 26)

    def _edge(self, edge: Edge, route: list[str], slots: dict[str, QRectF], edges: list[Edge]) -> None:
        start = self._port(edge.source, edge, edges, out=True)
        end = self._port(edge.target, edge, edges, out=False)
        path = QPainterPath(start)
        here = start
        for slot in route[1:-1]:
            rect = slots[slot]
            into, out_of = QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
            _curve(path, here, into)
            path.lineTo(out_of)
            here = out_of
        _curve(path, here, end)
        self.scene().addPath(path, QPen(QColor("#9ccaff"), 3))
        self.scene().addPolygon(_arrow(end), QPen(QColor("#9ccaff")), QBrush(QColor("#9ccaff")))
        self.lines.append((edge.source, edge.target, path))
        # One line of words where the line leaves its box: each line has a point of its own, so words of two
        # lines never sit on each other.
        font = QFont("DejaVu Sans")
        font.setPixelSize(14)
        metrics = QFontMetrics(font)
        room = int(COL_GAP) - 12  # the words stay in the gap, clear of the next column's boxes
        # The quantity first: the machine goes when both do not fit (the table beside the picture has it).
        both = " · ".join(t for t in (edge.above, edge.below) if t)
        words = next((t for t in (both, edge.above) if t and metrics.horizontalAdvance(t) <= room), "")
        words = words or metrics.elidedText(both, Qt.TextElideMode.ElideRight, room)
        if words:
            label = self.scene().addSimpleText(words, font)
            label.setBrush(QColor("#d5dbe1"))
            box = label.boundingRect()
            label.setPos(start.x() + 6, start.y() - box.height() - 1)
            self.labels.append(label.sceneBoundingRect())

    def _fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        scale = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height(), 1.0)
        self.scale(max(scale, MIN_SCALE), max(scale, MIN_SCALE))
        self.centerOn(self.focus if self.focus is not None else rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()


def _pallet_status(status: str) -> str:
    words = {
        "built": QCoreApplication.translate("GenealogyView", "built"),
        "shipped": QCoreApplication.translate("GenealogyView", "shipped"),
        "voided": QCoreApplication.translate("GenealogyView", "void"),
    }
    return words.get(status, status)


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _curve(path: QPainterPath, start: QPointF, end: QPointF) -> None:
    mid = (start.x() + end.x()) / 2
    path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)


def _arrow(tip: QPointF) -> QPolygonF:
    return QPolygonF([tip, QPointF(tip.x() - 14, tip.y() - 8), QPointF(tip.x() - 14, tip.y() + 8)])
