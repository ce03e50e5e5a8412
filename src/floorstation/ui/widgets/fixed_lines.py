"""A line of text that never changes its height: messages, errors and task details that come and go.

A label that wraps grows when its text does, and everything below it moves: a finger aimed at a button a moment
ago lands on another. This label keeps room for ``lines`` lines whatever it says; a text that needs more is set
smaller (down to ``min_px``) and, only if it still does not fit, cut with "…" (the whole text is in the tooltip).
It never asks for more width than it is given, so a long text does not widen a column either.

The text is measured once the label is on screen, and again only when the text, the width or the look change;
a text that fits at the look's own size is shown as plain text (rich text only carries a smaller size), so a
message line that changes with every scan costs little to lay out and draw.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

FITS_KEPT = 16
"""How many fitted texts a line remembers."""


class FixedLines(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, lines: int = 2, min_px: int = 14) -> None:
        super().__init__(parent)
        self.lines = lines
        self.min_px = min_px
        self._full = ""
        self._shown = ""
        self._fitting = False
        self._fitted: tuple[str, int, int] | None = None
        """The text, width and font size last fitted to (None: fit again)."""
        self._fits_found: dict[tuple[str, int, int], tuple[str, int]] = {}
        """Texts fitted before (text, width, font size → what was shown, at which size): the message line says
        the same few sentences again and again (a badge's "signed in", the standing prompt)."""
        self.setWordWrap(lines > 1)
        # A smaller size is set in the text itself (the style sheet's font size would win over a widget font).
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)
        self.setText(text)

    # --- what it says --------------------------------------------------------------------------------------

    def text(self) -> str:  # the whole text, also when it is shown cut
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._full = text
        self._fit()

    def shown_text(self) -> str:
        """What is on screen (the text, or its beginning with "…")."""
        return self._shown

    def is_cut(self) -> bool:
        return self.shown_text() != self._full

    # --- keeping its size ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and not self._fitting:
            self._fits_found.clear()  # another font: every text is measured again
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _base(self) -> int:
        return self.font().pixelSize() if self.font().pixelSize() > 0 else 20

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        return font

    def _height_for(self, px: int) -> int:
        margins = self.contentsMargins()
        return self.lines * QFontMetrics(self._font(px)).lineSpacing() + margins.top() + margins.bottom() + 2

    def _fits(self, text: str, px: int, width: int, height: int) -> bool:
        flags = Qt.TextFlag.TextWordWrap if self.lines > 1 else Qt.TextFlag.TextSingleLine
        rect = QFontMetrics(self._font(px)).boundingRect(QRect(0, 0, width, 100_000), int(flags), text)
        return rect.height() <= height and rect.width() <= width

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            base = self._base()
            keep = self._height_for(base)
            if self.minimumHeight() != keep or self.maximumHeight() != keep:
                self.setFixedHeight(keep)  # the room it keeps, also while hidden (its layout counts on it)
            if not self.isVisible():  # its width is not known yet: the text is fitted when shown
                self._fitted = None
                self._show(self._full, base, base)
                return
            key = (self._full, self.width(), base)
            if key == self._fitted:
                return
            self._fitted = key
            found = self._fits_found.get(key)
            if found is None:
                found = self._fit_to(keep, base)
                if len(self._fits_found) >= FITS_KEPT:
                    self._fits_found.pop(next(iter(self._fits_found)))
                self._fits_found[key] = found
            self._show(found[0], found[1], base)
        finally:
            self._fitting = False

    def _fit_to(self, keep: int, base: int) -> tuple[str, int]:
        """What of the text is shown, and at which size, in the room the line keeps."""
        margins = self.contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right() - 2 * self.margin())
        height = keep - margins.top() - margins.bottom() - 2
        px, shown = base, self._full
        if self._full:
            px = next(
                (p for p in range(base, self.min_px - 1, -1) if self._fits(self._full, p, width, height)),
                self.min_px,
            )
            if not self._fits(self._full, px, width, height):
                shown = self._cut(self._full, px, width, height)
        return shown, px

    def _show(self, shown: str, px: int, base: int) -> None:
        self._shown = shown
        if px == base:
            self.setTextFormat(Qt.TextFormat.PlainText)
            super().setText(shown)
        else:
            said = escape(shown).replace("\n", "<br>")
            self.setTextFormat(Qt.TextFormat.RichText)
            super().setText(f"<span style='font-size:{px}px'>{said}</span>")
        self.setToolTip(self._full if shown != self._full else "")

    def _cut(self, text: str, px: int, width: int, height: int) -> str:
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(text[:middle].rstrip() + "…", px, width, height):
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"
