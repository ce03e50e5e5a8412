"""The terminal builds its sign-in screen at start and every other screen the first time it is opened
(``ui.screen_stack``); a person never notices which: a screen built late takes the scanner, speaks the terminal's
language and shows the station like one built at start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.keys import Keys
from tests.ui.terminal import settle, tap
from tests.ui.test_translations import compiled, polish, translations

__all__ = ["compiled", "translations"]  # the Polish translations, compiled from the repository's .ts files

LOT = "PP-2401"


@pytest.fixture
def keys(qapp: QApplication, window: MainWindow, qtbot: QtBot) -> Iterator[Keys]:
    """A keyboard-wedge scanner on the terminal, through the real event filter."""
    keys = Keys()
    keys.wedge.scan_received.connect(window.on_scan_received)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qapp.installEventFilter(keys.wedge)
    yield keys
    keys.wedge.flush()
    qapp.removeEventFilter(keys.wedge)


def built(window: MainWindow) -> list[str]:
    return [name for name in window.screens if window.screens.made(name) is not None]


def test_only_the_sign_in_screen_is_built_at_start(window: MainWindow) -> None:
    assert window.current() is window.sign_in
    assert built(window) == ["sign_in"]
    # The side menu names every screen all the same.
    assert [b.text() for b in window.nav.values()][:4] == ["Home", "Task", "Pallet", "Out of order"]


def test_a_scan_opens_a_screen_nobody_opened_yet_in_polish(
    qtbot: QtBot, window: MainWindow, translations: Translations, keys: Keys
) -> None:
    polish(qtbot, window, translations)
    assert window.screens.made("trace") is None

    keys.scan(LOT)  # nobody works on a task here: a lot's label is traced
    settle(qtbot, window)

    trace = window.screens.made("trace")
    assert trace is not None and window.current() is trace
    assert window.trace.trace_button.text() == "Śledzenie"
    assert window.trace.trace_button.isVisible()
    assert window.nav["trace"].text() == "Śledzenie"
    qtbot.waitUntil(lambda: window.trace.result is not None, timeout=5000)
    assert window.trace.code_button.text() == LOT


def test_a_screen_built_later_takes_the_next_scan(
    qtbot: QtBot, make_window: MakeWindow, keys: Keys, window: MainWindow
) -> None:
    keys.scan("B1001")  # Anna signs in: her start screen (home) is built for her and shown
    settle(qtbot, window)
    assert window.current() is window.screens.made("home")
    assert "Anna" in window.banner.text()

    tap(qtbot, window, window.nav["trace"])
    keys.scan(LOT)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.trace.result is not None, timeout=5000)
    assert window.trace.code_button.text() == LOT


def test_the_status_bar_and_the_message_line_work_before_any_other_screen_is_built(window: MainWindow) -> None:
    assert window.banner.text() == "Scan a badge, lot, machine or pallet label at any time."
    window.say("Printer out of paper.", "warn")
    assert window.banner.text() == "Printer out of paper."
    assert built(window) == ["sign_in"]
