"""Widgets are touched on the GUI thread only: a check for the places where a call arrives from another thread.

Qt does not stop a worker thread from changing a widget; the crash comes later and elsewhere. The bridge's
deliveries (database results, relayed device news) assert here, so a callback that slipped past the queued
signal fails at once, in the test that caused it (see ``app.executor.ThreadCheck`` for the database side).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread

from floorstation.app.executor import WrongThread


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() == app.thread()


def assert_gui_thread(doing: str) -> None:
    """Raise :class:`WrongThread` when ``doing`` runs anywhere but the GUI thread."""
    if not on_gui_thread():
        raise WrongThread(f"{doing} reached the widgets from {QThread.currentThread().objectName() or 'a worker'}")
