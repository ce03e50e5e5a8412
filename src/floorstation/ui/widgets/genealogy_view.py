"""The genealogy as a picture: lots in columns (inputs left, what was made right), then pallets and customers.

Edges carry the machine and quantity of each consumption, so the picture answers "what went into this, on
which machine, and where did it go" at a glance; the table beside it has the details.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QScroller, QWidget

from floorstation.app.lookup import TraceView
from floorstation.ui.locale_text import number_text

NODE_W, NODE_H, COL_GAP, ROW_GAP = 196.0, 88.0, 76.0, 28.0
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
    for link in (*g.backward, *g.forward):
        if link.output_lot:
            edges.append(Edge(link.input_lot, link.output_lot, number_text(link.quantity), link.machine_id or "?"))
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


class GenealogyView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.positions: dict[str, QRectF] = {}
        self.focus: QPointF | None = None

    def show_trace(self, view: TraceView | None) -> None:
        scene = self.scene()
        scene.clear()
        self.positions = {}
        if view is None:
            return
        nodes, edges = layout(view)
        first = min((n.column for n in nodes), default=0)
        rows: dict[int, int] = {}
        for node in nodes:
            row = rows.get(node.column, 0)
            rows[node.column] = row + 1
            x = (node.column - first) * (NODE_W + COL_GAP)
            self.positions[node.key] = QRectF(x, row * (NODE_H + ROW_GAP), NODE_W, NODE_H)
        for edge in edges:
            self._edge(edge)
        focus_key = view.pallet.sscc if view.pallet else view.genealogy.lot
        self.focus = self.positions[focus_key].center() if focus_key in self.positions else None
        for node in nodes:
            self._node(node, focus=node.key in (view.genealogy.lot, view.pallet.sscc if view.pallet else None))
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    def _node(self, node: Node, *, focus: bool) -> None:
        rect = self.positions[node.key]
        pen = QPen(QColor("#ffffff" if focus else "#6b7682"), 5 if focus else 2)
        self.scene().addRect(rect, pen, QBrush(QColor(_FILL.get(node.status, _FILL["released"]))))
        ink = QColor(_INK.get(node.status, "#ffffff"))
        for i, line in enumerate(node.lines):
            if not line:
                continue
            font = QFont("DejaVu Sans")
            font.setPixelSize(21 if i == 0 else 17)
            font.setBold(i == 0)
            item = self.scene().addSimpleText(_clip(line, 15 if i == 0 else 19), font)
            item.setBrush(ink)
            item.setPos(rect.left() + 8, rect.top() + 5 + i * 26)

    def _edge(self, edge: Edge) -> None:
        a, b = self.positions.get(edge.source), self.positions.get(edge.target)
        if a is None or b is None:
            return
        start, end = QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
        if b.left() <= a.left():  # a loop (rework): go round underneath
            start, end = QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.bottom())
        path = QPainterPath(start)
        mid = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
        self.scene().addPath(path, QPen(QColor("#9ccaff"), 3))
        self.scene().addPolygon(_arrow(end), QPen(QColor("#9ccaff")), QBrush(QColor("#9ccaff")))
        # Labels sit at the start of the line, where edges leaving different nodes do not meet.
        font = QFont("DejaVu Sans")
        font.setPixelSize(15)
        for text, above in ((edge.above, True), (edge.below, False)):
            if text:
                label = self.scene().addSimpleText(_clip(text, 8), font)
                label.setBrush(QColor("#d5dbe1"))
                height = label.boundingRect().height()
                label.setPos(start.x() + 6, start.y() - height - 1 if above else start.y() + 2)

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


def _arrow(tip: QPointF) -> QPolygonF:
    return QPolygonF([tip, QPointF(tip.x() - 14, tip.y() - 8), QPointF(tip.x() - 14, tip.y() + 8)])
