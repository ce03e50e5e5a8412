"""The status strip tells the truth: a server that hangs is not "online", what waits to go up is counted while
online, the machine chip follows the task, and what the screen says fits the screen and the person."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import operators
from floorstation.server.db import open_database
from floorstation.sync.client import ANSWER_TIMEOUT, CONNECT_TIMEOUT, SyncClient
from floorstation.sync.worker import SyncWorker
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.task_panels import PausePanel
from tests.conftest import ManualClock
from tests.integration.serverkit import LiveServer
from tests.ui.conftest import MakeWindow
from tests.ui.terminal import open_task, scan, settle, sign_in, tap


class HangingRelay:
    """A TCP relay on loopback in front of the real server: it passes bytes both ways until ``hang()``, then
    keeps every connection open and passes nothing back (a server that accepts and never answers)."""

    def __init__(self, target_port: int) -> None:
        self._target = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._hung = threading.Event()
        self._closing = threading.Event()
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def hang(self) -> None:
        self._hung.set()

    def close(self) -> None:
        self._closing.set()
        for sock in self._sockets:
            sock.close()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self._target))
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, answers: bool) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if answers and self._hung.is_set():
                continue  # swallowed: the station waits for an answer that never comes
            try:
                sink.sendall(data)
            except OSError:
                return


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def _worker(url: str, token: str, station: bootstrap.Station) -> SyncWorker:
    outbox = bootstrap.outbox(station)
    return SyncWorker(lambda: SyncClient(url, token, outbox), outbox, heartbeat=False)


def test_a_hung_server_is_not_online_within_a_few_seconds(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, server: LiveServer
) -> None:
    relay = HangingRelay(server.port)
    worker = _worker(relay.url, server.enroll(station.config.station_id), station)
    try:
        worker.run_once()  # through the relay to the real server: online, nothing waits
        assert worker.status().online and worker.status().pending == 0
        window = make_window(sync_status=worker.live)
        assert window.status_bar.sync_label.text() == "online"

        relay.hang()
        for badge in ("B1001", "B1002"):
            operators.sign_in(station.ctx, badge=badge)
        hung_at = time.monotonic()
        worker.start()  # its next round sends the two events and waits

        label = window.status_bar.sync_label
        qtbot.waitUntil(lambda: label.text().startswith("server not answering"), timeout=8000)
        assert time.monotonic() - hung_at < 8
        assert label.text() == "server not answering · 2 to send"
        assert label.toolTip().startswith("Waiting ")
    finally:
        relay.close()  # the connection drops: the round ends (offline) and the worker can stop
        worker.stop(timeout=10)


def test_the_client_gives_up_on_a_silent_server_long_before_a_minute() -> None:
    """The round that waits on a hung server ends (and the station counts as offline) after the answer timeout."""
    assert CONNECT_TIMEOUT <= 5 and ANSWER_TIMEOUT <= 20
    with socket.create_server(("127.0.0.1", 0)) as silent:
        client = SyncClient(f"http://127.0.0.1:{silent.getsockname()[1]}", "token", outbox=None, timeout=0.5)  # type: ignore[arg-type]
        timeout = client._http.timeout
        assert timeout.connect is not None and timeout.connect <= 0.5 and timeout.read == 0.5
        client.close()
        default = SyncClient("http://127.0.0.1:9", "token", outbox=None)  # type: ignore[arg-type]
        assert default._http.timeout.connect == CONNECT_TIMEOUT and default._http.timeout.read == ANSWER_TIMEOUT
        default.close()


def test_online_says_how_many_events_wait_to_go_up(
    qtbot: QtBot, make_window: MakeWindow, station: bootstrap.Station, server: LiveServer
) -> None:
    worker = _worker(server.url, server.enroll(station.config.station_id), station)
    worker.run_once()
    assert worker.status().online
    window = make_window(sync_status=worker.live)
    for badge in ("B1001", "B1002", "B2001"):
        operators.sign_in(station.ctx, badge=badge)  # recorded after the round: the next round sends them

    window.poll_sync()
    label = window.status_bar.sync_label
    qtbot.waitUntil(lambda: label.text() == "online · 3 to send", timeout=3000)
    worker.stop()


def test_the_machine_chip_follows_the_task_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "B1001")
    assert window.status_bar.machine_chip.text() == "M01 · IDLE"
    scan(qtbot, window, "306/2023-10")  # a task label of the packing line (M03)
    tap(qtbot, window, window.task.start_button)

    assert window.current() is window.task
    assert window.status_bar.machine_chip.text() == "M03 · RUNNING"


def test_a_message_goes_when_a_person_moves_to_another_screen(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "B1001")
    assert window.banner.text().startswith("Anna Nowak: signed in.")
    tap(qtbot, window, window.nav["trace"])
    assert window.banner.text() == "Scan a badge, lot, machine or pallet label at any time."
    tap(qtbot, window, window.nav["task"])  # no task open here: that is said, on the screen it leads to
    assert window.banner.text() == "No task is running here: open one from the queue."


def test_the_task_timer_stands_still_while_the_task_is_paused(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    sign_in(qtbot, window, "B1001")
    open_task(qtbot, window)
    tap(qtbot, window, window.task.start_button)
    clock.advance(600)
    window.task._tick()
    assert window.task.timer_label.text() == "00:10:00"
    tap(qtbot, window, window.task.pause_button)
    panel = window.overlay.panel
    assert isinstance(panel, PausePanel)
    tap(qtbot, window, panel.grid.button("material"))

    clock.advance(1800)
    window.task.load()
    settle(qtbot, window)
    assert window.task.timer_label.text() == "00:10:00"
    tap(qtbot, window, window.task.resume_button)
    clock.advance(60)
    window.task._tick()
    assert window.task.timer_label.text() == "00:11:00"


@pytest.mark.parametrize(
    ("badge", "said"),
    [
        ("B1001", "Anna Nowak: signed in. Tap a task to work on it."),
        ("B3001", "Tomasz Zieliński: signed in. Open Out of order to mark a machine down or put it back in service."),
        ("B4001", "Ewa Lewandowska: signed in. Scan a lot or pallet to trace it; Quality holds and releases lots."),
    ],
)
def test_after_signing_in_each_role_is_told_what_it_does_here(
    qtbot: QtBot, window: MainWindow, badge: str, said: str
) -> None:
    sign_in(qtbot, window, badge)
    assert window.banner.text() == said
