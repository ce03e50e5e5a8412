"""Twenty stations, two thousand events each, through a proxy that drops, delays, resets and answers errors of
its own, into a server that pushes back when it is busy: the server ends up with every event exactly once, in
order, with valid chains (sync_trace D4 #2 and #8)."""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from floorstation.domain import events as ev
from floorstation.domain.events import verify_chain
from floorstation.server.db import open_database
from floorstation.server.settings import ServerSettings
from floorstation.sync.client import SyncClient, retry_after
from floorstation.sync.worker import Backoff, SyncWorker
from tests.integration.faultproxy import Cut, FaultProxy
from tests.integration.memstation import MemStation
from tests.integration.plantmodel import reference, server_view
from tests.integration.serverkit import LiveServer

STATIONS = 20
EVENTS = 2000


class Weather:
    """The proxy's plan, connection by connection: mostly cut somewhere in a request or an answer (with FIN or
    RST), sometimes slow, and now and then a burst of 500/503/429 answers from the proxy itself."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.burst: list[int] = []
        self.statuses = itertools.cycle((500, 503, 429))

    def __call__(self, _n: int) -> Cut:
        rng = self.rng
        if self.burst:
            return Cut(status=self.burst.pop())
        roll = rng.random()
        if roll < 0.1:
            self.burst = [next(self.statuses)] * rng.randint(3, 8)
            return Cut(status=self.burst.pop())
        reset = rng.random() < 0.5
        if roll < 0.35:
            return Cut(request_bytes=rng.randint(1, 400_000), reset=reset)
        if roll < 0.65:
            return Cut(response_bytes=rng.randint(0, 12_000), reset=reset, request_bytes=rng.randint(100_000, 900_000))
        return Cut(delay=rng.uniform(0.005, 0.05), request_bytes=rng.randint(200_000, 2_000_000))


def _stations() -> list[MemStation]:
    stations = []
    for i in range(STATIONS):
        station = MemStation(f"ST-{i:02d}", step=timedelta(seconds=7))
        for n in range(EVENTS // 4):
            station.cards(3)
            mark = f"{station.station_id}-{n}"
            if n % 2:
                station.record(ev.MachineCleared(machine_id=f"M{i}", mark_ids=(f"{station.station_id}-{n - 1}",)))
            else:
                station.record(ev.MachineMarkedDown(machine_id=f"M{i}", mark_id=mark, reason="jam"))
        station.record(
            ev.LotConsumed(
                input_lot="RAW-1", output_lot=None, task_id="T", material="PP", quantity=Decimal(1), unit="kg"
            )
        )
        stations.append(station)
    return stations


def _wait(done: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the stations did not drain in time"
        time.sleep(0.1)


@pytest.mark.slow
def test_twenty_stations_through_a_hostile_network_lose_and_double_nothing(server_db: str) -> None:
    engine = open_database(server_db)
    settings = ServerSettings(max_concurrent_batches=2, busy_wait_s=0.02, retry_after_s=1)
    server = LiveServer(engine, settings=settings).start()
    proxy = FaultProxy(server.port, Weather(20)).start()
    stations = _stations()
    workers: list[SyncWorker] = []
    try:
        tokens = {s.station_id: server.enroll(s.station_id) for s in stations}
        for i, station in enumerate(stations):

            def client(station: MemStation = station) -> SyncClient:
                return SyncClient(proxy.url, tokens[station.station_id], station, batch_size=250, timeout=5)

            worker = SyncWorker(
                client,
                station,
                interval=0.05,
                backoff=Backoff(base=0.05, cap=0.5, rng=random.Random(i)),
                heartbeat=False,
            )
            workers.append(worker)
            worker.start()
        _wait(lambda: all(s.acked == len(s.events) for s in stations), timeout=240)
    finally:
        for worker in workers:
            worker.stop()
        proxy.stop()
        server.stop()
    try:
        for station in stations:
            held = server.events(station.station_id)
            assert held == station.events, f"{station.station_id}: every event once, in order"
            assert verify_chain(held) is None
        assert server.count() == STATIONS * (EVENTS + 1)
        assert server_view(engine) == reference(e for s in stations for e in s.events)
    finally:
        engine.dispose()
    assert {"request", "response"} <= set(proxy.cuts)
    assert {500, 503, 429} <= set(proxy.answered), "bursts of errors from the proxy"
    assert server.app.state.ingest_gate.refused > 0, "the server pushed back with 503/429 and Retry-After"


def test_a_busy_server_says_when_to_come_back_and_the_worker_waits_that_long(server_db: str) -> None:
    engine = open_database(server_db)
    server = LiveServer(engine, settings=ServerSettings(max_concurrent_batches=1, busy_wait_s=0.01)).start()
    station = MemStation("ST-BUSY")
    station.cards(5)
    gate = server.app.state.ingest_gate
    try:
        token = server.enroll("ST-BUSY")
        worker = SyncWorker(
            lambda: SyncClient(server.url, token, station),
            station,
            heartbeat=False,
            backoff=Backoff(base=0.01, cap=0.02),
        )
        with gate.enter("ST-OTHER"):  # another station's batch holds the only slot
            delay = worker.run_once()
            status = worker.status()
        assert status.last_error is not None and "(503)" in status.last_error
        assert 1.0 <= delay <= 1.5, "Retry-After: 1, jittered upwards, not the 20 ms backoff"
        with gate.enter("ST-BUSY"):  # a retry that came while its own batch is still being stored
            answer = httpx.post(
                f"{server.url}/v1/events:batch",
                json={"events": [station.events[0].as_dict()]},
                headers={"Authorization": f"Bearer {token}"},
            )
        assert (answer.status_code, answer.headers["Retry-After"]) == (429, "1")
        assert answer.json()["error"] == "BATCH_IN_FLIGHT"
        assert worker.run_once() == worker.interval
        worker.stop()
        assert server.events("ST-BUSY") == station.events
    finally:
        server.stop()
        engine.dispose()


def test_retry_after_is_read_as_seconds_or_as_a_date() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert retry_after("3") == 3.0
    assert retry_after("Mon, 23 Nov 2026 12:00:30 GMT", now) == 30.0
    assert retry_after("Mon, 23 Nov 2026 11:00:00 GMT", now) == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None
