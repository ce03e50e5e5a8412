"""What the terminal shows of provisioning: behind the plant's version, a mode the server set, settings that wait
for a restart (a real server on loopback, the station's real sync round)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from floorstation import __version__, bootstrap
from floorstation.server import provisioning
from floorstation.server.db import open_database
from floorstation.sync import server_credentials
from floorstation.sync.worker import SyncWorker
from tests.integration.serverkit import LiveServer
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import tap
from tests.ui.test_settings_and_devices import open_settings


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


@pytest.fixture
def synced(station: bootstrap.Station, live_server: LiveServer) -> Iterator[SyncWorker]:
    """The station enrolled, and its sync worker (one round at a time, by the test)."""
    token = live_server.enroll("ST-01")
    server_credentials.save(station.root, server_credentials.ServerCredentials(live_server.url, "ST-01", token))
    worker = bootstrap.sync_worker(station)
    yield worker
    worker.stop()


def test_a_terminal_behind_the_plants_version_says_so(
    qtbot: QtBot, make_window: MakeWindow, live_server: LiveServer, synced: SyncWorker
) -> None:
    provisioning.set_plant_version(live_server.engine, "99.1.0")
    synced.run_once()
    window = make_window(sync_status=synced.status)
    notice = window.status_bar.notice
    qtbot.waitUntil(notice.isVisible, timeout=30_000)
    assert notice.text() == "Update due: 99.1.0"
    assert notice.toolTip().startswith(f"This terminal runs {__version__}; ask IT to update it.")

    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["server"])
    values = window.settings.values
    assert values["server.plant_version"].text() == "99.1.0"
    assert values["server.update"].text() == "This terminal is behind the plant: ask IT to update it."

    provisioning.set_plant_version(live_server.engine, None)  # the plant back on this terminal's version
    synced.run_once()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=30_000)


def test_a_mode_set_on_the_server_is_taken_at_once_and_other_settings_wait_for_a_restart(
    qtbot: QtBot, make_window: MakeWindow, live_server: LiveServer, synced: SyncWorker
) -> None:
    window = make_window(sync_status=synced.status, size=(1280, 1024))  # room in the menu for goods-in too
    assert window.terminal.mode == "production"
    provisioning.set_values(live_server.engine, "ST-01", ["mode=goods_in"])
    synced.run_once()
    qtbot.waitUntil(lambda: window.terminal.mode == "goods_in", timeout=30_000)
    assert window.banner.text() == "The server set this terminal's mode: Goods-in station."
    assert not window.status_bar.notice.isVisible()

    provisioning.set_values(live_server.engine, "ST-01", ["repeat_scan_seconds=30"])
    synced.run_once()
    notice = window.status_bar.notice
    qtbot.waitUntil(notice.isVisible, timeout=30_000)
    assert notice.text() == "Restart due"
    assert window.banner.text() == "The server changed this station's settings: restart the terminal to use them."
    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["server"])
    assert window.settings.values["server.server_config"].text() == "restart the terminal to use: repeat_scan_seconds"
