"""A camera's live picture, with the symbols it read outlined, so the person at the table can aim a label.

The camera lives on its own threads and knows nothing of Qt; this widget asks it for its newest picture
(``DeviceRegistry.preview(camera_id)`` or ``Camera.preview``, both Qt-free) on a GUI-thread timer, only while
it is visible, and draws it scaled to fit. The picture is converted to a ``QImage`` only when a new one came.
NumPy is imported only when a picture arrives (the terminal loads this module at start; the camera stack loads
when a camera runs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from floorstation.ui.i18n import is_language_change
from floorstation.ui.widgets.shown_timer import ShownTimer

if TYPE_CHECKING:
    import numpy as np


class CameraPicture(Protocol):
    """What the widget needs of ``devices.camera.Preview``."""

    @property
    def index(self) -> int: ...
    @property
    def symbols(self) -> tuple[object, ...]: ...
    def annotated(self) -> np.ndarray:
        """The frame (BGR) with each symbol's outline drawn on a copy."""
        ...


PictureSource = Callable[[], CameraPicture | None]


def bgr_image(frame: np.ndarray) -> QImage:
    """A ``QImage`` that owns a copy of ``frame`` (BGR colour, or grey), safe to keep after the array changes."""
    import numpy as np

    frame = np.ascontiguousarray(frame)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        return QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_Grayscale8).copy()
    return QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888).copy()


class CameraPreview(QWidget):
    """Signals:
    picture_shown(int, int): a new picture is on screen (its frame index, the symbols outlined in it).
    """

    picture_shown = Signal(int, int)

    def __init__(self, source: PictureSource, parent: QWidget | None = None, *, interval_ms: int = 100) -> None:
        super().__init__(parent)
        self._source = source
        self._image: QImage | None = None
        self._index: int | None = None
        self._timer = ShownTimer(self, interval_ms, self.on_tick, at_show=True)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 360)

    @property
    def image(self) -> QImage | None:
        """The picture on screen (at the camera's size), or None while there is none."""
        return self._image

    def on_tick(self) -> None:
        picture = self._source()
        if picture is None:
            if self._image is not None:
                self._image, self._index = None, None
                self.update()
            return
        if picture.index == self._index:
            return
        self._image, self._index = bgr_image(picture.annotated()), picture.index
        self.update()
        self.picture_shown.emit(picture.index, len(picture.symbols))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if is_language_change(event):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1b2530"))
        if self._image is None:
            painter.setPen(QColor("#aab4bf"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No picture from the camera"))
            return
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(QRectF(self.rect()).center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
