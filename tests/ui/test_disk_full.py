"""A full disk at the terminal: the person is told, in their language, that what they did was not recorded; the
screen keeps answering; once there is space again the same action is recorded, whole.

The disk is made full through SQLite's own limit, ``PRAGMA max_page_count`` set on every connection the station
checks out: writes then fail with ``SQLITE_FULL`` exactly as on a full file system, through the real code path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, text

from floorstation import bootstrap
from floorstation.app import operators
from floorstation.store import eventlog
from floorstation.ui.main_window import MainWindow
from tests.ui.terminal import of_type, scan, settle, tap

NO_LIMIT = 1_073_741_823


class Disk:
    """The station database's size limit, applied to every connection as it is checked out."""

    def __init__(self, station: bootstrap.Station) -> None:
        self.station = station
        self.limit: int | None = None
        event.listen(station.engine, "checkout", self._on_checkout)

    def _on_checkout(self, dbapi_connection: sqlite3.Connection, *_: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.limit or NO_LIMIT}")

    def pages(self) -> int:
        with self.station.engine.connect() as conn:
            return int(conn.scalar(text("PRAGMA page_count")) or 0)

    def fill(self) -> None:
        """Full at the point where signing Anna in no longer fits (the database as it was: she is signed out)."""
        ctx = self.station.ctx
        for _ in range(500):
            self.limit = self.pages()
            try:
                operators.sign_in(ctx, badge="B1001")
            except Exception as exc:  # the station's DiskFull (a bare SQLAlchemy error before it existed)
                if "full" not in str(exc):
                    raise
                return
            self.limit = None
            operators.sign_out(ctx, "anna")
        pytest.fail("the database never filled up")

    def free(self) -> None:
        self.limit = None

    def close(self) -> None:
        event.remove(self.station.engine, "checkout", self._on_checkout)


@pytest.fixture
def disk(station: bootstrap.Station) -> Iterator[Disk]:
    made = Disk(station)
    yield made
    made.close()


def event_count(station: bootstrap.Station) -> int:
    with station.engine.connect() as conn:
        return eventlog.count(conn)


def test_a_full_disk_says_so_keeps_reading_and_records_again_once_there_is_space(
    qtbot: QtBot, window: MainWindow, station: bootstrap.Station, disk: Disk
) -> None:
    disk.fill()
    before = event_count(station)
    signed_in_before = len(of_type(station, "operator.signed_in"))

    scan(qtbot, window, "B1001")

    assert "The disk is full: this was NOT recorded." in window.banner.text()
    assert window.terminal.active is None
    assert event_count(station) == before  # nothing of the sign-in: no event, no projection, no half
    with station.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM signed_in")) == 0

    # Reading still works: the trace screen looks a lot up.
    tap(qtbot, window, window.nav["trace"])
    settle(qtbot, window)
    assert window.current() is window.trace

    disk.free()
    scan(qtbot, window, "B1001")

    assert window.terminal.active == "anna"
    assert len(of_type(station, "operator.signed_in")) == signed_in_before + 1
    assert event_count(station) == before + 1
