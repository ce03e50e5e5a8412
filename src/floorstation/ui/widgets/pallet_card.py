"""The pallet card on screen: the printing module's own picture of the card when the station prints, else a drawn
stand-in (SSCC, lot, quantity); REPRINT and VOID stamped over it when they apply."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from floorstation.ui.i18n import is_language_change


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
    void: bool = False


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
        self.picture: QPixmap | None = None
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, 320)

    def show_card(self, card: CardData | None, picture: QPixmap | None = None) -> None:
        """``picture``: the card as the printer will print it (from the printing module); None draws a stand-in."""
        self.card = card
        self.picture = picture if card is not None else None
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if is_language_change(event):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self.card is not None and self.picture is not None and not self.picture.isNull():
            self._draw_picture(painter, area, self.card, self.picture)
            return
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
        self._stamps(painter, card, data)

    def _draw_picture(self, painter: QPainter, area: QRectF, data: CardData, picture: QPixmap) -> None:
        scaled = picture.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        card = QRectF(0, 0, scaled.width(), scaled.height())
        card.moveCenter(area.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(card.toRect(), picture)
        painter.setPen(QPen(QColor("#4a5968"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(card)
        self._stamps(painter, card, data)

    def _stamps(self, painter: QPainter, card: QRectF, data: CardData) -> None:
        """REPRINT (a card was printed before) or VOID (the pallet is void), across the card."""
        if not (data.reprint or data.void):
            return
        painter.save()
        painter.translate(card.center())
        painter.rotate(-12)
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(12, int(min(card.width() / 7, card.height() / 4))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(QColor(200, 0, 0, 210), 3))
        painter.drawText(
            QRectF(-card.width() / 2, -card.height() / 4, card.width(), card.height() / 2),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("VOID") if data.void else self.tr("REPRINT"),
        )
        painter.restore()
