"""A deterministic simulation of three stations and the server over a network that loses, duplicates, delays
and reorders messages (research/sync_trace.md D4 #1).

Hypothesis drives a state machine: stations record facts that refer to each other's (lots, pallets, machine
marks), upload through the real ``SyncClient``, and every request that reaches the server goes through the real
FastAPI app (in process, through httpx's ASGI transport) into the real ingest and projections on SQLite. The
network decides each request's fate: delivered; lost before the server; answered but the answer lost; delivered
twice; or held back and delivered later, after newer batches (the client has given up on it by then).

Stations also download the change feed (the real client into a real station database through
``SqlChangeSink``), with the same faults, and the server compacts the feed's tombstones now and then, so a station
whose cursor fell behind gets 410 and starts over from a snapshot.

Invariants: at every step the server holds a prefix of each station's log and the station never believes the
server holds more than it does; the plant view the server derived from what it holds (machine marks as an
add-wins observed-remove set, genealogy edges, pallets) equals the reference computed from those same events,
whatever order they arrived in; once the network heals, the server holds every event of every station exactly
once, in seq order, with valid chains, and its view equals the reference over all events; and after one more
download EVERY STATION's machine status (its own marks and clears merged with the downloaded ones) and its
genealogy edges equal that reference too.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import Engine, select
from sqlalchemy import event as sa_event

from floorstation.domain import events as ev
from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import verify_chain
from floorstation.domain.marks import Mark, MarkSet
from floorstation.domain.quantities import to_milli
from floorstation.server import admin, enrollment, feed
from floorstation.server.app import create_app
from floorstation.server.db import make_engine, open_database
from floorstation.server.models import PlantPalletRow, StationCursorRow
from floorstation.server.projections import rebuild
from floorstation.store import db as station_db
from floorstation.store.download import SqlChangeSink
from floorstation.store.models import PlantLotEdgeRow, PlantLotRow, PlantMarkClearRow, PlantMarkRow
from floorstation.sync.client import SyncClient, SyncError
from tests.integration.memstation import MemStation
from tests.integration.plantmodel import PlantView, reference, server_view, snapshot
from tests.integration.serverkit import new_station

#: The faulty network's resends and flags are logged on purpose.
pytestmark = pytest.mark.allow_log_warnings

STATIONS = ("ST-A", "ST-B", "ST-C")
MACHINES = ("M1", "M2")
FATES = ("deliver", "deliver", "deliver", "drop", "lose_answer", "duplicate", "delay", "late")
SEEN: Counter[str] = Counter()
"""What the network did over a whole run, so the test can show the faults really happened."""


def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
    """A simulation needs no durability: skip fsync (every other pragma of the server stays)."""
    dbapi_connection.execute("PRAGMA synchronous=OFF")


class InProcessServer:
    """The real app, called through httpx's ASGI transport on an event loop of its own."""

    def __init__(self, engine: Engine) -> None:
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(engine)), base_url="http://server")

    def send(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        answer = self.loop.run_until_complete(self.http.request(method, url, content=body or None, headers=headers))
        return httpx.Response(answer.status_code, headers={"content-type": "application/json"}, content=answer.content)

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()


class SimulatedNetwork(httpx.BaseTransport):
    """Between one station's client and the server: each request meets the fate the test chose for it."""

    def __init__(self, server: InProcessServer, held: list[tuple[str, str, bytes, dict[str, str]]]) -> None:
        self.server = server
        self.held = held
        self.fate = "deliver"

    def deliver(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        return self.server.send(method, url, body, headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("authorization", "content-type")}
        fate = self.fate
        SEEN[fate] += 1
        if fate == "drop":
            raise httpx.ConnectError("lost on the way to the server", request=request)
        url = request.url.raw_path.decode()
        if fate == "delay":
            self.held.append((request.method, url, body, headers))
            raise httpx.ReadTimeout("no answer in time", request=request)
        answer = self.deliver(request.method, url, body, headers)
        if fate == "duplicate":
            answer = self.deliver(request.method, url, body, headers)
        if answer.status_code == 410:
            SEEN["cursor_expired"] += 1
        if fate == "lose_answer":
            raise httpx.ReadError("connection reset while reading the answer", request=request)
        return answer


class PlantSimulation(RuleBasedStateMachine):
    template: Path
    station_template: Path
    tokens: dict[str, str]

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="fs-sim-"))
        shutil.copy(self.template, self.folder / "server.db")
        self.engine: Engine = make_engine(f"sqlite:///{self.folder / 'server.db'}")
        sa_event.listen(self.engine, "connect", _no_fsync)
        self.http = InProcessServer(self.engine)
        self.held: list[tuple[str, str, bytes, dict[str, str]]] = []
        self.stations = {s: MemStation(s) for s in STATIONS}
        self.networks = {s: SimulatedNetwork(self.http, self.held) for s in STATIONS}
        self.clients = {
            s: SyncClient("http://server", self.tokens[s], self.stations[s], batch_size=3, transport=self.networks[s])
            for s in STATIONS
        }
        self.sinks: dict[str, SqlChangeSink] = {}
        for s in STATIONS:
            shutil.copy(self.station_template, self.folder / f"{s}.db")
            self.sinks[s] = SqlChangeSink(station_db.make_engine(self.folder / f"{s}.db", synchronous="OFF"))
        self.counter = 0
        self.own_lots: dict[str, list[str]] = {s: [] for s in STATIONS}
        self.seen_marks: dict[str, dict[str, str]] = {s: {} for s in STATIONS}
        """Per station: mark id → machine, for the marks it knows to be open (its own, and what it observed)."""
        self.seen_lots: dict[str, set[str]] = {s: {"RAW-1"} for s in STATIONS}
        self.seen_pallets: dict[str, set[str]] = {s: set() for s in STATIONS}

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    # --- what stations do ----------------------------------------------------------------------------------

    @rule(station=st.sampled_from(STATIONS), machine=st.sampled_from(MACHINES))
    def mark_down(self, station: str, machine: str) -> None:
        mark = f"{station}-mark-{self._next()}"
        self.stations[station].record(ev.MachineMarkedDown(machine_id=machine, mark_id=mark, reason="jam"))
        self.seen_marks[station][mark] = machine

    @rule(station=st.sampled_from(STATIONS), data=st.data())
    def clear(self, station: str, data: st.DataObject) -> None:
        known = self.seen_marks[station]
        if not known:
            return
        machine = data.draw(st.sampled_from(sorted(set(known.values()))))
        on_machine = sorted(m for m, mach in known.items() if mach == machine)
        cleared = data.draw(st.lists(st.sampled_from(on_machine), min_size=1, unique=True))
        self.stations[station].record(ev.MachineCleared(machine_id=machine, mark_ids=tuple(sorted(cleared))))
        for mark in cleared:
            del known[mark]

    @rule(station=st.sampled_from(STATIONS))
    def produce(self, station: str) -> None:
        code = f"{station}-L{self._next()}"
        self.stations[station].record(
            ev.LotProduced(
                lot_code=code,
                material="BOX",
                task_id=f"{station}-T",
                work_order="WO-1",
                machine_id="M1",
                produced_on=date(2026, 11, 23),
            )
        )
        self.own_lots[station].append(code)
        self.seen_lots[station].add(code)

    @rule(station=st.sampled_from(STATIONS), data=st.data(), qty=st.integers(1, 50))
    def consume(self, station: str, data: st.DataObject, qty: int) -> None:
        source = data.draw(st.sampled_from(sorted(self.seen_lots[station])))
        output = self.own_lots[station][-1] if self.own_lots[station] else None
        self.stations[station].record(
            ev.LotConsumed(
                input_lot=source,
                output_lot=output,
                task_id=f"{station}-T",
                material="PP",
                quantity=Decimal(qty) / 4,
                unit="kg",
            )
        )

    @rule(station=st.sampled_from(STATIONS), qty=st.integers(1, 9))
    def build_pallet(self, station: str, qty: int) -> None:
        if not self.own_lots[station]:
            return
        sscc = f"{STATIONS.index(station)}{self._next():017d}"
        self.stations[station].record(
            ev.PalletBuilt(sscc=sscc, lot_code=self.own_lots[station][-1], material="BOX", quantity=qty, unit="pc")
        )
        self.seen_pallets[station].add(sscc)

    @rule(station=st.sampled_from(STATIONS), data=st.data(), void=st.booleans())
    def ship_or_void(self, station: str, data: st.DataObject, void: bool) -> None:
        if not self.seen_pallets[station]:
            return
        sscc = data.draw(st.sampled_from(sorted(self.seen_pallets[station])))
        self.seen_pallets[station].discard(sscc)
        if void:
            self.stations[station].record(ev.PalletVoided(sscc=sscc, reason="damaged"))
        else:
            self.stations[station].record(ev.PalletShipped(sscc=sscc, customer_id="C-1", shipment_id="SH-1"))

    @rule(station=st.sampled_from(STATIONS), n=st.integers(1, 7))
    def print_cards(self, station: str, n: int) -> None:
        self.stations[station].cards(n)

    @rule(station=st.sampled_from(STATIONS))
    def observe(self, station: str) -> None:
        """The station learns what it downloaded: open marks and lots of the plant (pallets: from the server)."""
        marks, _edges = self.station_view(station, local=False)
        for machine, ids in marks.items():
            self.seen_marks[station].update(dict.fromkeys(ids, machine))
        with self.sinks[station].engine.connect() as conn:
            self.seen_lots[station].update(conn.scalars(select(PlantLotRow.code)))
        with self.engine.connect() as conn:
            self.seen_pallets[station].update(
                conn.scalars(
                    select(PlantPalletRow.sscc).where(
                        PlantPalletRow.built_event.is_not(None), PlantPalletRow.shipped_event.is_(None)
                    )
                )
            )

    @rule(station=st.sampled_from(STATIONS), fates=st.lists(st.sampled_from(FATES), min_size=1, max_size=3))
    def download(self, station: str, fates: list[str]) -> None:
        """The station downloads the change feed in small pages, each request meeting its fate."""
        for fate in fates:
            if fate == "late":
                self._deliver_held(-1)
                continue
            self.networks[station].fate = fate
            try:
                self.clients[station].download(self.sinks[station], limit=4)
                SEEN["download"] += 1
            except SyncError:
                assert fate in ("drop", "lose_answer", "delay"), f"a {fate} download failed"

    @rule(station=st.sampled_from(STATIONS))
    def compact(self, station: str) -> None:
        """A station's backlog goes up on a good link, then the server drops every tombstone (retention 0):
        stations that had not downloaded them get 410 and start over from a snapshot."""
        self.networks[station].fate = "deliver"
        self.clients[station].drain()
        if feed.compact(self.engine, timedelta(0), now=datetime.now(UTC) + timedelta(seconds=1)).retired:
            SEEN["compacted"] += 1

    # --- the network ---------------------------------------------------------------------------------------

    @rule(station=st.sampled_from(STATIONS), fates=st.lists(st.sampled_from(FATES), min_size=1, max_size=4))
    def sync(self, station: str, fates: list[str]) -> None:
        """A few upload rounds of one station, each request meeting its fate."""
        for fate in fates:
            if fate == "late":
                self._deliver_held(-1)
                continue
            self.networks[station].fate = fate
            try:
                self.clients[station].upload_batch()
            except SyncError:
                assert fate in ("drop", "lose_answer", "delay"), f"a {fate} request failed"

    @rule(data=st.data())
    def deliver_late(self, data: st.DataObject) -> None:
        if self.held:
            self._deliver_held(data.draw(st.integers(0, len(self.held) - 1)))

    def _deliver_held(self, index: int) -> None:
        """A request held back by the network reaches the server after newer ones; nobody hears the answer."""
        if self.held:
            SEEN["late"] += 1
            method, url, body, headers = self.held.pop(index)
            answer = self.networks[STATIONS[0]].deliver(method, url, body, headers)
            # An old batch (duplicates, or the next events) is stored; an old download may have expired since.
            assert answer.status_code == 200 or (method == "GET" and answer.status_code == 410), answer.text

    # --- what a station shows --------------------------------------------------------------------------------

    def station_view(self, name: str, *, local: bool = True) -> tuple[dict[str, list[str]], set[Any]]:
        """Machine → open mark ids, and the genealogy edges, as station ``name`` knows them: the add-wins
        OR-set over its own marks and clears and the downloaded ones; its own edges and the downloaded ones."""
        marks = MarkSet()
        edges: set[tuple[str, str, str | None, int]] = set()
        if local:
            for event in self.stations[name].events:
                try:
                    p = event.typed_payload()
                except InvalidInput:
                    continue
                if isinstance(p, ev.MachineMarkedDown):
                    marks.mark_down(Mark(p.mark_id, p.machine_id, p.reason))
                elif isinstance(p, ev.MachineCleared):
                    marks.clear(p.mark_ids)
                elif isinstance(p, ev.LotConsumed):
                    edges.add((event.event_id, p.input_lot, p.output_lot, to_milli(p.quantity)))
        with self.sinks[name].engine.connect() as conn:
            for r in conn.execute(select(PlantMarkRow)):
                marks.mark_down(Mark(r.mark_id, r.machine_id, r.reason))
            marks.clear(list(conn.scalars(select(PlantMarkClearRow.mark_id))))
            edges |= {
                (r.event_id, r.input_lot, r.output_lot, r.qty_milli)
                for r in conn.execute(
                    select(
                        PlantLotEdgeRow.event_id,
                        PlantLotEdgeRow.input_lot,
                        PlantLotEdgeRow.output_lot,
                        PlantLotEdgeRow.qty_milli,
                    )
                )
            }
        down: dict[str, list[str]] = {}
        for mark in marks.open_marks():
            down.setdefault(mark.machine_id, []).append(mark.mark_id)
        return down, edges

    # --- invariants ----------------------------------------------------------------------------------------

    @invariant()
    def the_server_holds_a_prefix_the_station_never_overestimates(self) -> None:
        with self.engine.connect() as conn:
            held = {r.station_id: (r.acked_seq, r.last_hash) for r in conn.execute(select(StationCursorRow))}
        for name, station in self.stations.items():
            acked_seq, last_hash = held.get(name, (0, None))
            assert station.acked <= acked_seq <= len(station.events)
            if acked_seq:
                assert station.events[acked_seq - 1].hash == last_hash

    def teardown(self) -> None:
        try:
            held = [e for name in STATIONS for e in admin.iter_events(self.engine, name)]
            assert server_view(self.engine) == reference(held), "the server's view of what it holds"
            while self.held:  # the network heals: what was held back arrives
                self._deliver_held(0)
            for name in STATIONS:
                self.networks[name].fate = "deliver"
                self.clients[name].drain()
            everything = []
            for name, station in self.stations.items():
                stored = list(admin.iter_events(self.engine, name))
                assert stored == station.events, f"{name}: every event once, in seq order"
                assert verify_chain(stored) is None
                assert station.acked == len(station.events)
                everything += station.events
            plantwide: PlantView = reference(everything)
            assert server_view(self.engine) == plantwide
            for name in STATIONS:
                self.clients[name].download(self.sinks[name], limit=4)
                down, edges = self.station_view(name)
                assert down == plantwide.down, f"{name}: machine status as the plant knows it"
                assert edges == plantwide.edges, f"{name}: the plant's genealogy"
            incremental = snapshot(self.engine)
            with self.engine.begin() as conn:
                rebuild(conn)
            assert snapshot(self.engine) == incremental
        finally:
            for client in self.clients.values():
                client.close()
            self.http.close()
            self.engine.dispose()
            for sink in self.sinks.values():
                sink.engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """A migrated server database with the three stations enrolled, and an empty station database: copied for
    each simulated run."""
    folder = tmp_path_factory.mktemp("sim")
    path = folder / "template.db"
    engine = open_database(f"sqlite:///{path}")
    try:
        tokens = {s: enrollment.enroll(engine, enrollment.create_code(engine, s), s).token for s in STATIONS}
    finally:
        engine.dispose()
    station = new_station(folder / "station", "ST-T")
    station_file = Path(str(station.engine.url.database))
    station.close()
    return path, station_file, tokens


@pytest.mark.slow
def test_stations_and_server_converge_over_a_faulty_network(
    server_template: tuple[Path, Path, dict[str, str]],
) -> None:
    path, station_file, tokens = server_template

    class Simulation(PlantSimulation):
        template = path
        station_template = station_file

    Simulation.tokens = tokens
    run_state_machine_as_test(
        Simulation,
        settings=settings(
            max_examples=50,
            stateful_step_count=50,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    assert min(SEEN[f] for f in FATES) >= 20, SEEN
    assert SEEN["download"] >= 20 and SEEN["compacted"] >= 5 and SEEN["cursor_expired"] >= 5, SEEN
