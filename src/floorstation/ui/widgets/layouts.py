"""Columns of rows rebuilt from fresh data (tiles, queue cards, lists of marks, jobs, lots): the column that
scrolls when it holds more rows than fit, and emptying a layout before it is filled again."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLayout, QScrollArea, QVBoxLayout, QWidget


def scrolling(layout: QVBoxLayout | QGridLayout, *, empty: QWidget | None = None, min_height: int = 0) -> QScrollArea:
    """``layout`` at the top of a column that scrolls when it holds more rows than fit; ``empty`` (what the list
    says while it has no rows) above it."""
    holder = QWidget()
    inner = QVBoxLayout(holder)
    inner.setContentsMargins(0, 0, 6, 0)
    if empty is not None:
        inner.addWidget(empty)
    inner.addLayout(layout)
    inner.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    if min_height:
        scroll.setMinimumHeight(min_height)
    return scroll


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
