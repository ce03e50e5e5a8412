"""A drawn preview of the pallet card (SSCC, lot, quantity) until the printing backends render the real one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True, slots=True)
class CardData:
    sscc: str
    lot_code: str
    material: str
    material_name: str
    quantity: str
    unit: str
    station: str
    reprint: bool = False


def sscc_text(sscc: str) -> str:
    """The SSCC as printed under a barcode: ``(00) 0 5901234 000000001 7``."""
    if len(sscc) != 18:
        return f"(00) {sscc}"
    return f"(00) {sscc[0]} {sscc[1:8]} {sscc[8:17]} {sscc[17]}"


class PalletCardPreview(QWidget):
    """Paper-white card drawn to scale inside the widget; empty until a pallet is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: CardData | None = None
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, 320)

    def show_card(self, card: CardData | None) -> None:
        self.card = card
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        width = min(area.width(), area.height() * 1.5)
        card = QRectF(0, 0, width, width / 1.5)
        card.moveCenter(area.center())
        if self.card is None:
            painter.setPen(QPen(QColor("#4a5968"), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(card, 8, 8)
            painter.setPen(QColor("#aab4bf"))
            painter.drawText(card, Qt.AlignmentFlag.AlignCenter, self.tr("Build or pick a pallet\nto see its card"))
            return
        self._draw(painter, card, self.card)

    def _draw(self, painter: QPainter, card: QRectF, data: CardData) -> None:
        unit = card.height() / 20
        painter.setPen(QPen(QColor("#000000"), 2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(card)
        x, y, w = card.left() + unit, card.top() + unit * 0.6, card.width() - 2 * unit

        def text(line: str, size: float, *, bold: bool = False, height: float = 2.0) -> None:
            nonlocal y
            font = QFont("DejaVu Sans")
            font.setPixelSize(max(8, int(unit * size)))
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(QRectF(x, y, w, unit * height), Qt.AlignmentFlag.AlignVCenter, line)
            y += unit * height

        painter.setPen(QColor("#000000"))
        text(self.tr("PALLET CARD") + f"   {data.station}", 1.1, bold=True, height=1.6)
        painter.drawLine(int(x), int(y), int(x + w), int(y))
        y += unit * 0.4
        text("SSCC", 0.9, height=1.2)
        text(sscc_text(data.sscc), 1.7, bold=True, height=2.2)
        text(self.tr("Lot") + f":  {data.lot_code}", 1.4, bold=True, height=2.0)
        text(f"{data.material_name} ({data.material})", 1.1, height=1.7)
        text(self.tr("Quantity") + f":  {data.quantity} {data.unit}", 1.4, bold=True, height=2.0)
        bars = QRectF(x, y + unit * 0.5, w, card.bottom() - y - unit * 1.2)
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.setBrush(QColor("#e6e6e6"))
        painter.drawRect(bars)
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(8, int(unit * 0.9)))
        painter.setFont(font)
        painter.drawText(
            bars,
            Qt.AlignmentFlag.AlignCenter,
            self.tr("GS1-128 barcode here on the printed card") + f"\n(00){data.sscc}",
        )
        if data.reprint:
            painter.save()
            painter.translate(bars.center())
            painter.rotate(-8)
            font.setPixelSize(int(unit * 3))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QPen(QColor(200, 0, 0, 200), 3))
            painter.drawText(
                QRectF(-card.width() / 2, -unit * 2, card.width(), unit * 4),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("REPRINT"),
            )
            painter.restore()
