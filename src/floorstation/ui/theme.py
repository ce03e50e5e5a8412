"""The touch theme: one style sheet (resources/theme/touch.qss) and a few helpers widgets style themselves with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from floorstation import paths

#: Smallest touch target (≈15 mm on a 15" panel, DESIGN §6); every button and input is at least this big.
TOUCH = 64

STATUS_COLOURS = {"running": "#1e7e34", "idle": "#5f6b77", "paused": "#f0a400", "down": "#d32f2f"}


def style_sheet() -> str:
    return (paths.resources_dir() / "theme" / "touch.qss").read_text(encoding="utf-8")


def apply(app: QApplication) -> None:
    font = QFont("DejaVu Sans")
    font.setPixelSize(20)
    app.setFont(font)
    # The palette covers what the style sheet does not name (viewports, dialogs): dark, like the sheet.
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#12161b"),
        (QPalette.ColorRole.Base, "#1a2026"),
        (QPalette.ColorRole.AlternateBase, "#20272f"),
        (QPalette.ColorRole.Button, "#2f3b47"),
        (QPalette.ColorRole.WindowText, "#f2f4f7"),
        (QPalette.ColorRole.Text, "#f2f4f7"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#1565c0"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())


def set_look(widget: QWidget, **properties: str | None) -> None:
    """Set dynamic style properties (``kind``, ``status``, ``role``, ``level`` ...) and re-apply the style.

    Re-applying the style sheet costs milliseconds; nothing is re-applied when no property changes (screens
    set the same look again on every refresh)."""
    if all(widget.property(name) == value for name, value in properties.items()):
        return
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
