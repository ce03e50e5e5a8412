"""A touch button: at least 64 px each way, a look chosen by ``kind`` (primary, go, warn, danger, flat ...).

Its words are never cut: given less width than they need (a long Polish label on a 1024 px panel), the button
sets them smaller rather than asking the window to grow or letting the text run under its edges. The words are
measured once the button is on screen, and again only when its text, width or look change: a button on a screen
nobody has opened yet costs nothing (the terminal builds some hundred of them before its first screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from floorstation.ui.theme import TOUCH, set_look

#: The smallest the words of a button are set to make them fit (still readable at arm's length).
MIN_TEXT_PX = 14


class BigButton(QPushButton):
    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        height: int = TOUCH,
        checkable: bool = False,
        expand: bool = False,
    ) -> None:
        super().__init__(text, parent)
        # A tap never takes the keyboard's focus from the field being typed into (a PIN, a quantity, a note).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._px: int | None = None
        self._base_px: int | None = None
        self._fitting = False
        self._fitted: tuple[str, int] | None = None
        """The text and width the words were last fitted to (None: fit again)."""
        self.setMinimumSize(TOUCH, max(height, TOUCH))
        self.setCheckable(checkable)
        self.setAutoDefault(False)
        if expand:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if kind:
            set_look(self, kind=kind)

    def set_kind(self, kind: str | None) -> None:
        set_look(self, kind=kind)

    # --- words that fit -------------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the words set at their smallest (a layout may squeeze the button that far)."""
        hint = super().minimumSizeHint()
        lines = self.text().replace("&&", "&").split("\n")
        widest = max(QFontMetrics(self._font(MIN_TEXT_PX)).horizontalAdvance(line) for line in lines)
        padding = max(0, super().sizeHint().width() - self._text_width(self._current_px()))
        return QSize(max(self.minimumWidth(), TOUCH, min(hint.width(), widest + padding)), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """What the words need at the look's own size (also while they are set smaller)."""
        hint = super().sizeHint()
        if self._px is not None and self._base_px is not None and self.text():
            hint.setWidth(hint.width() + self._text_width(self._base_px) - self._text_width(self._px))
        return hint

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and not self._fitting:
            if self._px is None:
                self._base_px = None  # a new look may have another size
            self._fitted = None  # another look: another border and padding
            self._fit()

    def _current_px(self) -> int:
        px = self.font().pixelSize()
        return px if px > 0 else 20

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        return font

    def _text_width(self, px: int) -> int:
        lines = self.text().replace("&&", "&").split("\n")
        metrics = QFontMetrics(self._font(px))
        return max(metrics.horizontalAdvance(line) for line in lines)

    def _room(self) -> int:
        """The width inside the padding, in the narrower of the button's looks (checked ones have a thicker
        border, and checking a button changes neither its size nor its style)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        rooms = []
        for state in (QStyle.StateFlag.State_Off, QStyle.StateFlag.State_On):
            option.state = (option.state & ~QStyle.StateFlag.State_On & ~QStyle.StateFlag.State_Off) | state
            rooms.append(self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width())
        return min(rooms)

    def _fit(self) -> None:
        # Hidden, the width is not the one it will have (a layout sizes it when shown): fitted when shown.
        if self._fitting or not self.text() or not self.isVisible():
            return
        if self._fitted == (self.text(), self.width()):
            return
        self._fitting = True
        try:
            self._fitted = (self.text(), self.width())
            self.ensurePolished()
            if self._px is None or self._base_px is None:  # no smaller size set here: the look's own size
                self._base_px = self._current_px()
            base, room = self._base_px, self._room()
            px = next((p for p in range(base, MIN_TEXT_PX - 1, -1) if self._text_width(p) + 3 <= room), MIN_TEXT_PX)
            wanted = None if px == base else px
            if wanted != self._px:
                self._px = wanted
                self.setStyleSheet("" if wanted is None else f"font-size: {wanted}px;")
        finally:
            self._fitting = False
