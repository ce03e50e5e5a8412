"""Every screen fits the panel it runs on: at 1280x800 and 1024x600, in English, Polish and German, no button's
words are cut, no two buttons a person can reach overlap, and the status strip and the task's used lots are said
whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import lots, machines, operators, pallets, tasks
from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.registry import DeviceRegistry
from floorstation.ui.application import place, window_size
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from tests.ui import test_touch_targets
from tests.ui.conftest import MakeWindow
from tests.ui.printers import FakePrinters, print_context
from tests.ui.terminal import OUTPUT_LOT, TASK, scan, settle, tap
from tests.ui.test_touch_targets import SCREENS
from tests.ui.test_translations import compiled, speak, translations  # noqa: F401 (fixtures)

SIZES = [(1280, 800), (1024, 600)]
#: The screens and panels with the longest words and the most buttons (every screen's targets are checked for
#: size in test_touch_targets).
CROWDED = (
    "sign in",
    "home",
    "task",
    "stop quantities",
    "pause reasons",
    "override",
    "pallet",
    "void pallet",
    "close the kiosk",
    "dispatch",
    "settings devices",
    "quality",
    "signature",
    "trace",
)


def reachable(window: MainWindow) -> list[QAbstractButton]:
    """The buttons a finger can reach: visible, not under the panel that covers the window, not a table's own."""
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or isinstance(button.parentWidget(), QAbstractItemView):
            continue
        if window.overlay.isVisible() and not window.overlay.isAncestorOf(button):
            continue
        found.append(button)
    return found


def on_window(widget: QWidget, window: QWidget) -> QRect:
    """Where the widget is on the window, clipped by every parent (a list that scrolls shows part of a row)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def cut_words(button: QAbstractButton) -> str | None:
    """What of the button's text does not fit inside its padding, if anything."""
    text = button.text()
    if not text:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = button.fontMetrics()
    lines = text.replace("&&", "&").split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    tall = len(lines) * metrics.lineSpacing()
    if widest > room.width() + 1 or tall > room.height() + 4:
        return f"{text!r}: needs {widest}x{tall}, has {room.width()}x{room.height()}"
    return None


def shown_text(label: QLabel) -> str:
    """A label's words as a person reads them (rich text without its markup)."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def problems(window: MainWindow) -> list[str]:
    found = []
    buttons = reachable(window)
    for button in buttons:
        if (cut := cut_words(button)) is not None:
            found.append("cut " + cut)
    rects = [(b, on_window(b, window)) for b in buttons]
    for i, (a, rect_a) in enumerate(rects):
        for b, rect_b in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = rect_a.intersected(rect_b)
            if overlap.width() > 1 and overlap.height() > 1:
                found.append(f"overlap {a.text()!r} {rect_a.getRect()} and {b.text()!r} {rect_b.getRect()}")
    strip = window.status_bar.sync_label
    if strip.isVisible() and strip.width() < strip.sizeHint().width():
        found.append(f"status strip cut: {strip.text()!r} in {strip.width()} px")
    devices = window.status_bar.devices_label
    said = shown_text(devices)
    if devices.isVisible() and devices.fontMetrics().horizontalAdvance(said) > devices.contentsRect().width():
        found.append(f"devices cut: {said!r} in {devices.contentsRect().width()} px")
    table: QTableWidget = window.task.table
    if table.isVisible() and not window.overlay.isVisible():
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None and metrics.horizontalAdvance(item.text()) + 4 > table.columnWidth(column):
                    found.append(f"used lots: {item.text()!r} cut in {table.columnWidth(column)} px")
    for label in window.findChildren(QLabel):
        cut = getattr(label, "is_cut", None)
        if label.isVisible() and cut is not None and cut() and label is not window.banner:
            found.append(f"line cut: {label.text()!r}")
    return found


@pytest.fixture
def busy_at(qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A station mid-shift (as in the touch-target test) at the size asked for."""
    ctx = station.ctx
    for badge in ("B1001", "B1002", "B2001", "B3001", "B4001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=20)
    lots.consume_lot(ctx, TASK, "MB-0502", "anna", quantity="0.125")
    tasks.stop_task(ctx, TASK, "anna", good=4000)
    pallets.build_pallet(ctx, "marta", OUTPUT_LOT, 1000)
    tasks.start_task(ctx, TASK, "anna")
    lots.consume_lot(ctx, TASK, "PP-2402", "anna", quantity="1250.5", fefo_reason="older_lot_not_reachable")
    tasks.start_task(ctx, "307/2023-10", "piotr")
    tasks.pause_task(ctx, "307/2023-10", "piotr", "material")
    machines.mark_machine_down(ctx, "piotr", "M03", "electrical", "sparks")

    def make(size: tuple[int, int]) -> MainWindow:
        devices = DeviceRegistry((), (CameraConfig(id="goods-in", source="/dev/video0"),))
        window = make_window(
            size=size, kiosk=True, devices=devices, printing=print_context(station, FakePrinters(), "office")
        )
        scan(qtbot, window, "B2001")
        return window

    return make


def _nav_or_more(original):  # type: ignore[no-untyped-def]
    def go(qtbot: QtBot, window: MainWindow, name: str) -> None:
        button = window.nav.get(name)
        if button is not None and button.isVisible():
            tap(qtbot, window, button)
        else:
            original(qtbot, window, name)

    return go


@pytest.mark.parametrize("language", ["en", "pl", "de"])
@pytest.mark.parametrize("size", SIZES)
def test_every_screen_fits_without_cut_words_or_overlapping_buttons(  # noqa: PLR0917 (fixtures)
    qtbot: QtBot,
    busy_at,  # type: ignore[no-untyped-def]
    translations: Translations,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    language: str,
) -> None:
    monkeypatch.setattr(test_touch_targets, "_more", _nav_or_more(test_touch_targets._more))
    found: dict[str, list[str]] = {}
    for screen in CROWDED:
        show = SCREENS[screen]
        window = busy_at(size)
        if language != "en":
            speak(qtbot, window, translations, language)
        show(qtbot, window)
        settle(qtbot, window)
        trouble = problems(window)
        if (window.width(), window.height()) != size:
            trouble.append(f"the window is {window.width()}x{window.height()}: it does not fit the screen")
        if trouble:
            found[screen] = trouble
        window.shutdown()
        window.hide()
    assert not found, "\n".join(f"{screen}: {'; '.join(trouble)}" for screen, trouble in found.items())


def test_the_window_is_never_bigger_than_the_screen() -> None:
    assert window_size(QSize(1024, 600)) == QSize(1024, 600)
    assert window_size(QSize(1024, 576)) == QSize(1024, 576)  # a panel with a task bar
    assert window_size(QSize(1920, 1080)) == QSize(1280, 800)


def test_full_screen_the_window_covers_the_whole_screen_by_itself(qtbot: QtBot, make_window: MakeWindow) -> None:
    """A bare X session has no window manager to stretch the window: it sets the screen's geometry itself."""
    window = make_window(size=(640, 480))
    screen = QGuiApplication.primaryScreen()
    place(window, fullscreen=True, screen=screen)
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry(), timeout=2000)
    assert window.isFullScreen()
