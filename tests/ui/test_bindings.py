"""The Qt bindings must not leak or steal references: a terminal runs for whole shifts."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_setters_leaves_the_reference_count_of_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 50
