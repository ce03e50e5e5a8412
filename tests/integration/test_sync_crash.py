"""The four crash windows of an upload (research/sync_trace.md D1), each hit on purpose against a real server.

(a) before the local commit, (b) after the local commit and before the upload, (c) after the server's commit
and before its answer arrives, (d) after the answer and before the local acknowledgement. Whatever happens,
the server ends up holding every committed event exactly once, in order, with its chain intact.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from floorstation import bootstrap
from floorstation.domain.events import CardPrinted, Event, verify_chain
from floorstation.domain.ports import EncodedEvent, Outbox, OutboxStats
from floorstation.store import eventlog
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient, Unreachable
from tests.integration.faultproxy import Cut, FaultProxy
from tests.integration.serverkit import T0, LiveServer, new_station, record_cards


def local_events(station: bootstrap.Station) -> list[Event]:
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def assert_exactly_once(server: LiveServer, station: bootstrap.Station) -> None:
    held = server.events(station.config.station_id)
    assert held == local_events(station), "every committed event, once, in order, unchanged"
    assert len({e.event_id for e in held}) == len(held)
    assert verify_chain(held) is None
    assert bootstrap.outbox(station).stats().pending == 0


class Crash(Exception):
    """Stands for the process dying at this point."""


def test_a_crash_before_the_local_commit_leaves_no_event_to_send(live_server: LiveServer, tmp_path: Path) -> None:
    station = new_station(tmp_path / "st", "ST-31")
    try:
        record_cards(station, 3)
        with pytest.raises(Crash), station.ctx.uow() as uow:
            uow.record(CardPrinted(card="lot", subject="LOST", printer="P1"), operator_id="anna", at=T0)
            raise Crash
        record_cards(station, 2)
        token = live_server.enroll("ST-31")
        with SyncClient(live_server.url, token, bootstrap.outbox(station)) as client:
            client.drain()
        assert "LOST" not in {e.payload["subject"] for e in live_server.events()}
        assert [e.seq for e in live_server.events()] == [1, 2, 3, 4, 5]
        assert_exactly_once(live_server, station)
    finally:
        station.close()


def test_events_committed_before_a_crash_are_sent_after_the_restart(live_server: LiveServer, tmp_path: Path) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-32")
    record_cards(station, 7)
    station.close()  # the process dies before its sync thread sent anything

    station = bootstrap.build(root)
    try:
        token = live_server.enroll("ST-32")
        with SyncClient(live_server.url, token, bootstrap.outbox(station)) as client:
            client.drain()
        assert_exactly_once(live_server, station)
    finally:
        station.close()


class AnswerLost(httpx.HTTPTransport):
    """Delivers the request to the real server, lets it commit, then loses the answer (connection reset)."""

    def __init__(self, lose: int) -> None:
        super().__init__()
        self.lose = lose

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path.endswith("events:batch") and self.lose > 0:
            self.lose -= 1
            response.read()
            raise httpx.ReadError("connection reset by peer", request=request)
        return response


def test_an_answer_lost_after_the_server_committed_is_resent_as_duplicates(
    live_server: LiveServer, tmp_path: Path
) -> None:
    station = new_station(tmp_path / "st", "ST-33")
    try:
        record_cards(station, 12)
        token = live_server.enroll("ST-33")
        outbox = bootstrap.outbox(station)
        with SyncClient(live_server.url, token, outbox, batch_size=5, transport=AnswerLost(lose=2)) as client:
            with pytest.raises(Unreachable):
                client.drain()
            assert len(live_server.events()) == 5, "the server committed the batch"
            assert outbox.stats().pending == 12, "the station never heard so"
            with pytest.raises(Unreachable):
                client.drain()
            client.drain()
        assert_exactly_once(live_server, station)
    finally:
        station.close()


class DiesBeforeAck:
    """An outbox whose process dies after the server's answer arrived, before the acknowledgement is written."""

    def __init__(self, inner: Outbox) -> None:
        self.inner = inner
        self.deaths = 1

    def pending(self, limit: int) -> list[Event]:
        return self.inner.pending(limit)

    def pending_json(self, limit: int) -> list[EncodedEvent]:
        return self.inner.pending_json(limit)

    def mark_acked(self, epoch: int, through_seq: int, flagged: dict[int, str]) -> int:
        if self.deaths:
            self.deaths -= 1
            raise Crash
        return self.inner.mark_acked(epoch, through_seq, flagged)

    def rewind(self, epoch: int, seq: int) -> None:
        self.inner.rewind(epoch, seq)

    def stats(self) -> OutboxStats:
        return self.inner.stats()

    def pending_count(self) -> int:
        return self.inner.pending_count()

    def record_refusal(self, epoch: int, first_seq: int, last_seq: int, message: str) -> None:
        self.inner.record_refusal(epoch, first_seq, last_seq, message)


def test_a_crash_between_the_answer_and_the_local_ack_is_resent_as_duplicates(
    live_server: LiveServer, tmp_path: Path
) -> None:
    station = new_station(tmp_path / "st", "ST-34")
    try:
        record_cards(station, 9)
        token = live_server.enroll("ST-34")
        dying = DiesBeforeAck(bootstrap.outbox(station))
        with SyncClient(live_server.url, token, dying, batch_size=4) as client, pytest.raises(Crash):
            client.drain()
        assert len(live_server.events()) == 4
        assert bootstrap.outbox(station).stats().pending == 9
        with SyncClient(live_server.url, token, bootstrap.outbox(station), batch_size=4) as client:  # restarted
            client.drain()
        assert_exactly_once(live_server, station)
    finally:
        station.close()


@pytest.mark.slow
def test_sync_processes_killed_at_random_moments_lose_and_double_nothing(
    live_server: LiveServer, tmp_path: Path
) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-35")
    for _ in range(6):
        record_cards(station, 500)
    station.close()
    server_credentials.save(
        root, server_credentials.ServerCredentials(live_server.url, "ST-35", live_server.enroll("ST-35"))
    )
    command = [sys.executable, "-m", "floorstation", "--data-dir", str(root), "sync", "--once"]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    rng = random.Random(35)
    progress: list[int] = []
    for _ in range(3):
        before = live_server.count()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        # Kill just after the server committed a batch: in its answer, or before the station recorded it.
        while proc.poll() is None and live_server.count() == before and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        progress.append(live_server.count())
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert final.returncode == 0, final.stderr
    assert any(0 < n < 3000 for n in progress), f"killed mid-backlog: {progress}"
    station = bootstrap.build(root)
    try:
        assert_exactly_once(live_server, station)
        assert len(live_server.events()) == 3000
    finally:
        station.close()


def test_a_connection_cut_anywhere_loses_and_doubles_nothing(live_server: LiveServer, tmp_path: Path) -> None:
    """Through a proxy that cuts requests and answers at random byte offsets (sync_trace D4 #2)."""
    rng = random.Random(7)

    def plan(_n: int) -> Cut:
        roll = rng.random()
        if roll < 0.35:
            return Cut(request_bytes=rng.randint(1, 20_000))
        if roll < 0.7:
            return Cut(response_bytes=rng.randint(0, 400))
        return Cut()

    station = new_station(tmp_path / "st", "ST-36")
    proxy = FaultProxy(live_server.port, plan).start()
    try:
        record_cards(station, 400)
        token = live_server.enroll("ST-36")
        failures = 0
        with SyncClient(proxy.url, token, bootstrap.outbox(station), batch_size=40, timeout=5) as client:
            for _ in range(200):
                try:
                    if not client.drain().more:
                        break
                except Unreachable:
                    failures += 1
        assert failures > 5
        assert {"request", "response"} <= set(proxy.cuts)
        assert_exactly_once(live_server, station)
    finally:
        proxy.stop()
        station.close()
