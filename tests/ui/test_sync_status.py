"""A refused upload while the server answers: the status bar says so briefly (not only offline), and the settings
show the server's whole answer with what to do, in English and in Polish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import operators
from floorstation.server.db import open_database
from floorstation.sync.client import SyncClient
from floorstation.sync.worker import SyncWorker
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow
from tests.integration.serverkit import LiveServer
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import tap
from tests.ui.test_settings_and_devices import open_settings
from tests.ui.test_translations import compiled, polish, translations  # noqa: F401 (fixtures)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def refused_worker(server: LiveServer, station: bootstrap.Station) -> SyncWorker:
    """One sync round with another station's token: the server answers, and refuses every batch (403)."""
    operators.sign_in(station.ctx, badge="B1001")  # something to upload
    token = server.enroll("ST-OTHER")
    outbox = bootstrap.outbox(station)
    worker = SyncWorker(lambda: SyncClient(server.url, token, outbox), outbox, heartbeat=False)
    worker.run_once()
    worker.stop()
    assert worker.status().online and worker.status().last_error
    return worker


def server_tab(qtbot: QtBot, window: MainWindow) -> dict[str, str]:
    open_settings(qtbot, window)
    tap(qtbot, window, window.settings.tabs["server"])
    return {key: label.text() for key, label in window.settings.values.items() if key.startswith("server.")}


def test_a_refused_upload_shows_online_in_the_status_bar_and_in_full_in_the_settings(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, server: LiveServer
) -> None:
    worker = refused_worker(server, station)
    window = make_window(sync_status=worker.status)

    label = window.status_bar.sync_label
    assert label.text() == "Sync: refused – see settings"
    assert "The server refused events" in label.toolTip() and "(403)" in label.toolTip()

    rows = server_tab(qtbot, window)
    assert rows["server.online"] == "online"
    assert rows["server.pending"] == str(worker.status().pending)
    assert rows["server.error"].startswith("The server refused events 1..")
    assert "cannot upload events of ST-01" in rows["server.error"]
    assert "ask the server admin" in rows["server.error"]
    assert rows["server.todo"].startswith("Nothing is lost: the refused events stay on this station")


def test_the_refusal_is_said_in_polish(
    qtbot: QtBot,
    make_window: MakeWindow,
    station: bootstrap.Station,
    server: LiveServer,
    translations: Translations,  # noqa: F811
) -> None:
    worker = refused_worker(server, station)
    window = make_window(sync_status=worker.status, translations=translations)
    polish(qtbot, window, translations)

    label = window.status_bar.sync_label
    assert label.text() == "Synchronizacja: odrzucona – zobacz ustawienia"
    assert label.toolTip().startswith("Serwer odrzucił zdarzenia 1..")

    rows = server_tab(qtbot, window)
    assert rows["server.error"].startswith("Serwer odrzucił zdarzenia 1..")
    assert "zapytaj administratora serwera" in rows["server.error"]
    assert rows["server.todo"].startswith("Nic nie zginęło")


def test_offline_the_reason_is_in_the_tooltip_in_the_terminal_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    station: bootstrap.Station,
    translations: Translations,  # noqa: F811
) -> None:
    operators.sign_in(station.ctx, badge="B1001")  # something to upload
    outbox = bootstrap.outbox(station)
    worker = SyncWorker(lambda: SyncClient("http://127.0.0.1:9", "token", outbox), outbox, heartbeat=False)
    worker.run_once()
    worker.stop()
    window = make_window(sync_status=worker.status, translations=translations)
    polish(qtbot, window, translations)

    label = window.status_bar.sync_label
    assert label.text().startswith("poza siecią")
    assert label.toolTip().startswith("Serwer nie odpowiedział:"), label.toolTip()
    rows = server_tab(qtbot, window)
    assert rows["server.todo"].startswith("Nic nie zginęło")


def test_a_clock_far_off_the_servers_is_shown_on_the_status_strip(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    from floorstation.sync.worker import SyncStatus

    off = SyncStatus(online=True, clock_offset_ms=-17 * 60_000, clock_off_ms=-17 * 60_000)
    window = make_window(sync_status=lambda: off)
    warning = window.status_bar.clock_warning
    qtbot.waitUntil(lambda: warning.isVisible() and warning.width() >= warning.sizeHint().width())
    assert warning.text() == "Clock is 17 min off – call IT"
    assert "holds and releases" in warning.toolTip()
    window.grab().save(str(tmp_path / "clock-off.png"))

    years = SyncStatus(online=True, clock_offset_ms=-(2**31 - 1), clock_off_ms=-(2**31 - 1))
    window.status_bar.set_sync(years)
    assert warning.text() == "Clock is 25 days off – call IT"
    window.status_bar.set_sync(SyncStatus(online=True, clock_offset_ms=-20_000))
    assert warning.isHidden()


def test_the_clock_warning_is_said_in_polish(
    qtbot: QtBot,
    make_window: MakeWindow,
    translations: Translations,  # noqa: F811
) -> None:
    from floorstation.sync.worker import SyncStatus

    off = SyncStatus(online=True, clock_offset_ms=-17 * 60_000, clock_off_ms=-17 * 60_000)
    window = make_window(sync_status=lambda: off, translations=translations)
    polish(qtbot, window, translations)
    warning = window.status_bar.clock_warning
    qtbot.waitUntil(warning.isVisible)
    assert warning.text() == "Zegar odbiega o 17 min – zadzwoń do IT"
