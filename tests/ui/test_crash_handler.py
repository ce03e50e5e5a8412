"""An unexpected error in the terminal: the person reads a plain message, the traceback is in the station's log file
(with the INFO messages and Qt's own), and the terminal keeps working."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from pytestqt.qtbot import QtBot

from floorstation import logfile, paths
from floorstation.ui import application
from floorstation.ui.crash import CrashHandler
from floorstation.ui.main_window import MainWindow
from tests.ui.terminal import scan

#: Bugs, dying threads and Qt's own warnings are logged here on purpose.
pytestmark = pytest.mark.allow_log_warnings


def broken_lookup() -> None:
    raise ZeroDivisionError("a bug in a lookup")


def test_a_bug_is_a_plain_message_on_screen_and_a_traceback_in_the_log(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with logfile.recording(tmp_path) as log_file:
        assert log_file == paths.log_path(tmp_path)
        crash = CrashHandler(lambda text: window.say(text, "error"), log_file, parent=window)
        crash.install()
        try:
            with qtbot.waitSignal(crash.crashed, timeout=5000):
                window.bridge.submit(broken_lookup)  # fails on the database thread, re-raised in a Qt slot
        finally:
            crash.uninstall()

        shown = window.banner.text()
        assert "Something went wrong inside floorstation (ZeroDivisionError)" in shown
        assert "Traceback" not in shown
        logged = log_file.read_text(encoding="utf-8")
        assert "Traceback (most recent call last)" in logged
        assert "ZeroDivisionError: a bug in a lookup" in logged

        # The terminal goes on: a badge still signs in.
        scan(qtbot, window, "B1001")
        assert window.terminal.active == "anna"


def test_a_thread_that_dies_is_logged_and_said(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    with logfile.recording(tmp_path) as log_file:
        assert log_file is not None
        crash = CrashHandler(lambda text: window.say(text, "error"), log_file, parent=window)
        crash.install()
        try:
            worker = threading.Thread(target=broken_lookup, name="floorstation-test-worker")
            with qtbot.waitSignal(crash.crashed, timeout=5000):
                worker.start()
            worker.join()
        finally:
            crash.uninstall()
        assert "Something went wrong inside floorstation" in window.banner.text()
        logged = log_file.read_text(encoding="utf-8")
        assert "unexpected error in thread floorstation-test-worker" in logged
        assert "ZeroDivisionError" in logged


def test_info_and_qt_messages_go_to_the_rotating_log(qapp: object, tmp_path: Path) -> None:
    previous = qInstallMessageHandler(application._qt_message)
    try:
        with logfile.recording(tmp_path) as log_file:
            assert log_file is not None
            application.log.info("terminal started (test)")
            qWarning("a warning from Qt itself")
    finally:
        qInstallMessageHandler(previous)
    logged = log_file.read_text(encoding="utf-8")
    assert "INFO floorstation.ui.application" in logged
    assert "terminal started (test)" in logged
    assert "WARNING floorstation.qt" in logged
    assert "a warning from Qt itself" in logged
