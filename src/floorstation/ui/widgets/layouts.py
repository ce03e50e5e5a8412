"""Emptying a layout that is rebuilt from fresh data (tiles, queue cards, lists of marks)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def clear(layout: QLayout) -> None:
    """Take every item out now (so the layout's size is right at once) and delete its widgets later."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear(inner)


def discard(*widgets: QWidget) -> None:
    """Take widgets out of their layout and parent now; delete them when control returns to the event loop."""
    for widget in widgets:
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()
