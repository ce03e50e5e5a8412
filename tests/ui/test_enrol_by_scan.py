"""A fresh terminal enrols by scanning the QR code the office shows for it (docs/deploy.md, "Provisioning
stations"), against a real server on loopback: it says what happened, keeps its token, and its records go up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app.status import ServerInfo
from floorstation.domain.errors import FloorstationError
from floorstation.server import enrollment
from floorstation.server.db import open_database
from floorstation.sync import server_credentials
from tests.integration.serverkit import LiveServer, free_port
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import scan, settle, sign_in
from tests.ui.test_settings_and_devices import open_settings


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def enrolment_of(station: bootstrap.Station) -> ServerInfo:
    """What the runtime reads for the screen (``Runtime.server_info``)."""
    try:
        enrolled = server_credentials.load(station.root, station.config.station_id)
    except FloorstationError as exc:
        return ServerInfo(None, False, exc.message)
    return ServerInfo(enrolled.url, True)


def office_qr(server: LiveServer, station_id: str = "ST-01", *, url: str | None = None, **valid: timedelta) -> str:
    """The text in the QR code the office's Stations page shows for a new code."""
    code = enrollment.create_code(server.engine, station_id, **valid)
    return enrollment.qr_content(station_id, code, url or server.url)


def test_scanning_the_office_qr_code_enrols_a_fresh_terminal(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, live_server: LiveServer
) -> None:
    window = make_window(server_info=lambda: enrolment_of(station))
    qtbot.waitUntil(window.sign_in.enrol_note.isVisible, timeout=30_000)
    assert "Not enrolled" in window.sign_in.enrol_note.text()
    assert "scan the QR code the office shows" in window.sign_in.enrol_note.text()
    sign_in(qtbot, window, "B1001")  # the floor works before the station is enrolled; its records wait here

    scan(qtbot, window, office_qr(live_server))
    qtbot.waitUntil(lambda: window.banner.text().startswith("Enrolled"), timeout=30_000)
    assert window.banner.text() == (
        f"Enrolled: this terminal is station ST-01 of the server at {live_server.url}. Its records now go to the plant."
    )
    assert window.sign_in.enrol_note.isHidden()
    assert server_credentials.load(station.root, "ST-01").url == live_server.url

    # What the station recorded before it was enrolled goes up with its new token.
    local = bootstrap.outbox(station).stats().pending
    assert local > 0
    worker = bootstrap.sync_worker(station, heartbeat=False)
    try:
        worker.run_once()
        assert worker.status().last_error is None
    finally:
        worker.stop()
    assert len(live_server.events("ST-01")) == local

    # A second code scanned on the floor does not move an enrolled station; on the admin's settings it does.
    again = office_qr(live_server)
    scan(qtbot, window, again)
    assert "already enrolled" in window.banner.text()
    open_settings(qtbot, window)
    scan(qtbot, window, again)
    qtbot.waitUntil(lambda: window.banner.text().startswith("Enrolled"), timeout=30_000)
    settle(qtbot, window)
    assert window.settings.values["server.url"].text() == live_server.url


def test_a_code_that_cannot_enrol_says_why_and_what_to_do(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, live_server: LiveServer
) -> None:
    window = make_window(server_info=lambda: enrolment_of(station))

    def outcome(text: str) -> str:
        scan(qtbot, window, text)
        qtbot.waitUntil(lambda: not window.enrolment.busy, timeout=30_000)
        return window.banner.text()

    expired = outcome(office_qr(live_server, valid=timedelta(seconds=-1)))
    assert expired == (
        "This enrolment code has expired. Make a new code for this station on the office's Stations page and scan it."
    )
    other = outcome(office_qr(live_server, "ST-09"))
    assert other.startswith("This enrolment code is for station ST-09, but this terminal is ST-01.")
    nobody = f"http://127.0.0.1:{free_port()}"
    away = outcome(office_qr(live_server, url=nobody))
    assert away.startswith(f"The server at {nobody} cannot be reached; this station is not enrolled.")
    assert "scan the code again" in away
    assert not server_credentials.path_in(station.root).exists()
    assert window.sign_in.enrol_note.isVisible()
