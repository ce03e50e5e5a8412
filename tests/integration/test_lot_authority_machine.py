"""The plant decides a lot's status, whatever the stations' clocks say: a hypothesis state machine.

Two real stations (demo plant, their own SQLite databases, the real quality app with signatures) whose clocks are
right, a few minutes ahead, years ahead or years behind, and a rogue token that forges well-chained holds and
releases (dated anywhere, signed by anyone) and forks its history into new epochs, sync through the real client
with the real FastAPI app in process (SQLite). Quality also decides centrally (``lot-status``), and lines consume
lots.

The rogue also ends an upload with a decision whose signature comes in a later upload, or never (another record
follows it). Invariants: the plant's status of every lot equals the central decision rules (docs/architecture.md, "Who
decides") applied to what the server received, in the order it received it; a lot recalled centrally stays
recalled until a central decision lifts it; a decision from a clock far off never changes a lot; and once every
station has synced, every station shows every lot with the plant's status.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import Engine, select
from sqlalchemy import event as sa_event
from sqlalchemy.engine import make_url

from floorstation import bootstrap
from floorstation.app import operators, quality
from floorstation.app.signatures import Signature
from floorstation.domain import events as ev
from floorstation.domain.errors import FloorstationError
from floorstation.domain.events import GENESIS_HASH, Event, event_hash, payload_dict
from floorstation.domain.master import LotStatus
from floorstation.server import enrollment
from floorstation.server.app import create_app
from floorstation.server.authority import DEFAULT_MAX_SKEW, effective_at, instant
from floorstation.server.db import make_engine, open_database
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog, set_lot_status
from floorstation.server.models import EventRow, PlantLotRow
from floorstation.sync import wire
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import DEMO_PLANT, new_station

#: Refused and awaiting decisions raise the server's alarms on purpose.
pytestmark = pytest.mark.allow_log_warnings

STATIONS = ("ST-LAB", "ST-LINE")
ROGUE = "ST-ROGUE"
LOTS = ("PP-2401", "PP-2402", "MB-0501", "PP-2209")
"""Released, released, held and recalled in master data."""
YEAR = 365 * 86_400.0
SKEWS = (0.0, 300.0, 3 * YEAR, -2 * YEAR)
"""Station clock minus real time: right, five minutes ahead (within the limit), years ahead, years behind."""
QUALITY = {"ewa"}
EWA = Signature("B4001", "5555")


def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
    """A simulation needs no durability: the server skips fsync (every other pragma stays)."""
    dbapi_connection.execute("PRAGMA synchronous=OFF")


class InProcess(httpx.BaseTransport):
    """The real app through httpx's ASGI transport, every header passed on (the station's time among them)."""

    def __init__(self, engine: Engine) -> None:
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(engine)), base_url="http://server")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        answer = self.loop.run_until_complete(
            self.http.request(
                request.method, request.url.raw_path.decode(), content=body or None, headers=request.headers
            )
        )
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def close(self) -> None:
        """Each client closes its transport; the one app behind them all is shut down by :meth:`shutdown`."""

    def shutdown(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()


class SkewedClock:
    """A station's clock: real time plus a skew the test sets."""

    def __init__(self) -> None:
        self.skew = 0.0

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone() + timedelta(seconds=self.skew)

    def stamp(self) -> float:
        return time.time() + self.skew


@dataclass
class Rogue:
    """An enrolled token in the wrong hands: well-chained events of its own making, in any epoch."""

    logs: dict[int, list[Event]] = field(default_factory=dict)
    epoch: int = 1

    def record(self, payloads: list[ev.Payload], at: datetime, operator_id: str) -> list[Event]:
        log = self.logs.setdefault(self.epoch, [])
        made = []
        for payload in payloads:
            prev = log[-1].hash if log else self._start
            fields: dict[str, Any] = {
                "event_id": str(uuid.uuid4()),
                "station_id": ROGUE,
                "epoch": self.epoch,
                "seq": len(log) + 1,
                "type": payload.TYPE,
                "schema_version": payload.VERSION,
                "occurred_at": at.isoformat(timespec="milliseconds"),
                "operator_id": operator_id,
                "payload": payload_dict(payload),
                "prev_hash": prev,
            }
            event = Event(hash=event_hash(**fields), **fields)
            log.append(event)
            made.append(event)
        return made

    _start: str = GENESIS_HASH


@dataclass
class Decision:
    status: str
    at: str | None = None
    source: str | None = None
    central: bool = False


class LotAuthority(RuleBasedStateMachine):
    templates: dict[str, Path]
    server_template: Path
    tokens: dict[str, str]
    pg_database: str | None = None
    """A PostgreSQL database to run on (a schema per example) instead of a copy of the SQLite template."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="fs-authority-"))
        if self.pg_database:  # a schema of its own, migrated, with the demo plant and the stations enrolled
            schema = f"t_{uuid.uuid4().hex[:12]}"
            dsn = make_url(self.pg_database).set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "{schema}"')
            self.engine = open_database(f"{self.pg_database}?options=-csearch_path%3D{schema}")
            self.tokens = _plant(self.engine)
        else:
            shutil.copy(self.server_template, self.folder / "server.db")
            self.engine = make_engine(f"sqlite:///{self.folder / 'server.db'}")
            sa_event.listen(self.engine, "connect", _no_fsync)
        self.transport = InProcess(self.engine)
        self.clocks = {s: SkewedClock() for s in STATIONS}
        self.stations: dict[str, bootstrap.Station] = {}
        self.clients: dict[str, SyncClient] = {}
        for name in STATIONS:
            root = self.folder / name
            shutil.copytree(self.templates[name], root)
            station = bootstrap.build(root, clock=self.clocks[name])  # type: ignore[arg-type]
            self.stations[name] = station
            self.clients[name] = SyncClient(
                "http://server",
                self.tokens[name],
                bootstrap.outbox(station),
                transport=self.transport,
                clock=self.clocks[name].stamp,
            )
        self.rogue = Rogue()
        self.rogue_unsigned: tuple[Event, datetime, bool] | None = None
        """The rogue's last decision, uploaded without its signature."""
        self.waiting: dict[tuple[str, int, int], Any] = {}
        """Decisions the server waits to see signed, by the place of the record that must sign them."""
        self.model: dict[str, Decision] = {}
        self.judged = 0
        """The server's arrival order (``event.id``) up to which the model has judged the stations' decisions."""
        self.offsets: dict[str, int | None] = {}
        """Event id → the clock offset its station had when it went up (None: not measured)."""
        self.recalled_centrally: set[str] = set()
        self.far_off_decisions: list[tuple[str, str]] = []

    @initialize()
    def start(self) -> None:
        with self.engine.connect() as conn:
            for row in conn.execute(select(PlantLotRow.code, PlantLotRow.status).where(PlantLotRow.code.in_(LOTS))):
                self.model[row.code] = Decision(row.status)
        self.recalled_centrally = {c for c, d in self.model.items() if d.status == "recalled"}
        for name in STATIONS:
            operators.sign_in(self.stations[name].ctx, badge="B4001")
            self.sync(name)

    # --- what people do --------------------------------------------------------------------------------------

    @rule(station=st.sampled_from(STATIONS), skew=st.sampled_from(SKEWS))
    def set_clock(self, station: str, skew: float) -> None:
        self.clocks[station].skew = skew

    @rule(station=st.sampled_from(STATIONS), lot=st.sampled_from(LOTS), hold=st.booleans())
    def decide_at_a_terminal(self, station: str, lot: str, hold: bool) -> None:
        decide = quality.hold_lot if hold else quality.release_lot
        # Already held, not held, recalled here: the terminal refuses, and nothing is recorded.
        with contextlib.suppress(FloorstationError):
            decide(self.stations[station].ctx, "ewa", lot, "as found", signature=EWA)

    @rule(station=st.sampled_from(STATIONS), lot=st.sampled_from(LOTS))
    def consume(self, station: str, lot: str) -> None:
        ctx = self.stations[station].ctx
        with ctx.uow() as uow:
            uow.record(
                ev.LotConsumed(
                    input_lot=lot, output_lot=None, task_id="T-1", material="RESIN-PP", quantity=ev.Qty(1), unit="kg"
                ),
                operator_id="ewa",
                at=ctx.now(),
            )
            uow.commit()

    @rule(lot=st.sampled_from(LOTS), status=st.sampled_from(list(LotStatus)))
    def decide_centrally(self, lot: str, status: LotStatus) -> None:
        self.judge_arrivals()
        done = set_lot_status(self.engine, lot, status, reason="central", by="qa.lead")
        assert done.before == self.model[lot].status, "lot-status says what the lot was"
        if done.changed:
            with self.engine.connect() as conn:
                at = conn.scalar(select(PlantLotRow.status_at).where(PlantLotRow.code == lot))
            self.model[lot] = Decision(status.value, at, "server", central=True)
            self.recalled_centrally.discard(lot)
            if status is LotStatus.RECALLED:
                self.recalled_centrally.add(lot)

    @rule(station=st.sampled_from(STATIONS))
    def sync(self, station: str) -> None:
        client = self.clients[station]
        offset = -round(self.clocks[station].skew * 1000)
        before = self._stored_count()
        client.drain()
        self._note_offsets(before, offset)
        client.download(bootstrap.change_sink(self.stations[station]))

    @rule(
        lot=st.sampled_from(LOTS),
        hold=st.booleans(),
        dated=st.sampled_from([0.0, -3600.0, 120.0, 30 * 86_400.0, 75 * YEAR]),
        signer=st.sampled_from(["ewa", "anna", "nobody"]),
    )
    def forge(self, lot: str, hold: bool, dated: float, signer: str) -> None:
        decision: ev.Payload = (
            ev.LotHeld(lot_code=lot, reason="x") if hold else ev.LotReleased(lot_code=lot, reason="x")
        )
        at = datetime.now(UTC) + timedelta(seconds=dated)
        [first] = self.rogue.record([decision], at, signer)
        signature = ev.RecordSigned(
            signer_id=signer,
            signer_name=signer,
            meaning="Lot held" if hold else "Lot released",
            method="badge+pin",
            signed_event_id=first.event_id,
            signed_event_hash=first.hash,
            at=first.occurred_at,
        )
        events = [first, *self.rogue.record([signature], at, signer)]
        self._upload_rogue(events)

    @rule(lot=st.sampled_from(LOTS), hold=st.booleans(), dated=st.sampled_from([0.0, -3600.0, 30 * 86_400.0]))
    def forge_without_signature(self, lot: str, hold: bool, dated: float) -> None:
        """The rogue's upload ends with a decision; its signature comes in a later upload, or never."""
        decision: ev.Payload = (
            ev.LotHeld(lot_code=lot, reason="x") if hold else ev.LotReleased(lot_code=lot, reason="x")
        )
        at = datetime.now(UTC) + timedelta(seconds=dated)
        [first] = self.rogue.record([decision], at, "ewa")
        self.rogue_unsigned = (first, at, hold)
        self._upload_rogue([first])

    @rule(signer=st.sampled_from(["ewa", "anna"]))
    def sign_late(self, signer: str) -> None:
        """The signature of the rogue's last decision, in an upload of its own."""
        if self.rogue_unsigned is None:
            return
        first, at, hold = self.rogue_unsigned
        self.rogue_unsigned = None
        if self.rogue.logs.get(self.rogue.epoch, [])[-1:] != [first]:
            return  # something else followed it: it stays unsigned
        signature = ev.RecordSigned(
            signer_id=signer,
            signer_name=signer,
            meaning="Lot held" if hold else "Lot released",
            method="badge+pin",
            signed_event_id=first.event_id,
            signed_event_hash=first.hash,
            at=first.occurred_at,
        )
        self._upload_rogue(self.rogue.record([signature], at, signer))

    @rule(data=st.data(), skip=st.booleans())
    def fork(self, data: st.DataObject, skip: bool) -> None:
        """The rogue starts a new epoch from any event it has uploaded (or skips an epoch number)."""
        stored = [e for log in self.rogue.logs.values() for e in log]
        if not stored:
            return
        base = data.draw(st.sampled_from(stored))
        self.rogue.epoch = max(self.rogue.logs) + (2 if skip else 1)
        self.rogue._start = base.hash
        self.forge(LOTS[0], True, 0.0, "ewa")

    def _upload_rogue(self, events: list[Event]) -> None:
        before = self._stored_count()
        ingest(self.engine, ROGUE, events)
        self._note_offsets(before, None)

    def _stored_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(EventRow.id).order_by(EventRow.id.desc()).limit(1)) or 0)

    def _note_offsets(self, after_id: int, offset: int | None) -> None:
        with self.engine.connect() as conn:
            for event_id in conn.scalars(select(EventRow.event_id).where(EventRow.id > after_id)):
                self.offsets[event_id] = offset

    # --- the central decision rules, applied to what the server received, in its order ---------------------

    def judge_arrivals(self) -> None:
        """A decision counts once its signature (the station's next record) is stored, judged then: not from a
        clock far off (at its own upload), not on a recalled lot, decided and signed by quality; in the plant's
        order (when it happened, never after it arrived)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(EventRow).where(EventRow.id > self.judged).order_by(EventRow.id)).all()
        for row in rows:
            self.judged = row.id
            decision = self.waiting.pop((row.station_id, row.epoch, row.seq), None)
            if decision is not None:
                self._signed(decision, row)
            if row.type not in ("lot.held", "lot.released"):
                continue
            code = json.loads(row.payload_json)["lot_code"]
            current = self.model.setdefault(code, Decision("released"))
            offset = self.offsets.get(row.event_id)
            occurred, received = instant(row.occurred_at), instant(row.received_at)
            assert occurred is not None and received is not None
            far = (offset is not None and abs(offset) > DEFAULT_MAX_SKEW.total_seconds() * 1000) or (
                occurred - received > DEFAULT_MAX_SKEW
            )
            if far:
                self.far_off_decisions.append((code, row.event_id))
            if far or current.status == "recalled" or row.operator_id not in QUALITY:
                continue
            self.waiting[(row.station_id, row.epoch, row.seq + 1)] = row

    def _signed(self, decision: Any, row: Any) -> None:
        """``row`` is the record after ``decision``: it counts if that is its signature by quality."""
        payload = json.loads(row.payload_json)
        if row.type != "record.signed" or payload.get("signed_event_id") != decision.event_id:
            return
        code = json.loads(decision.payload_json)["lot_code"]
        current = self.model.setdefault(code, Decision("released"))
        if current.status == "recalled" or payload.get("signer_id") not in QUALITY:
            return
        at = effective_at(decision.occurred_at, decision.received_at)
        mine, theirs = instant(at), instant(current.at)
        if theirs is None or mine > theirs or (mine == theirs and decision.event_id > (current.source or "")):  # type: ignore[operator]
            status = "hold" if decision.type == "lot.held" else "released"
            self.model[code] = Decision(status, at, decision.event_id)

    def plant(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return {r.code: r.status for r in conn.execute(select(PlantLotRow.code, PlantLotRow.status))}

    @invariant()
    def the_plant_status_follows_the_central_decision_rules(self) -> None:
        self.judge_arrivals()
        plant = self.plant()
        for code, decided in self.model.items():
            assert plant.get(code, "released") == decided.status, f"{code}: {decided}"
        for code in self.recalled_centrally:
            assert plant[code] == "recalled", f"{code} was recalled centrally and nothing central lifted it"

    def teardown(self) -> None:
        try:
            for name in STATIONS:  # every station syncs; then once more, to hear the others' decisions judged
                self.clocks[name].skew = 0.0
                self.sync(name)
            for name in STATIONS:
                self.sync(name)
            self.the_plant_status_follows_the_central_decision_rules()
            plant = self.plant()
            for name, station in self.stations.items():
                with station.ctx.uow() as uow:
                    shown = {code: uow.lot(code) for code in LOTS}
                for code, lot in shown.items():
                    assert lot is not None
                    assert lot.status.value == plant[code], f"{name} shows {code} {lot.status.value}"
        finally:
            for client in self.clients.values():
                client.close()
            for station in self.stations.values():
                station.close()
            self.transport.shutdown()
            self.engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)


def _plant(engine: Engine) -> dict[str, str]:
    """The demo plant's master data on the server, and the stations' tokens."""
    import_catalog(engine, read_catalog(DEMO_PLANT))
    return {s: enrollment.enroll(engine, enrollment.create_code(engine, s), s).token for s in (*STATIONS, ROGUE)}


@pytest.fixture(scope="module")
def plant_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path], dict[str, str]]:
    folder = tmp_path_factory.mktemp("authority")
    path = folder / "server.db"
    engine = open_database(f"sqlite:///{path}")
    try:
        tokens = _plant(engine)
    finally:
        engine.dispose()
    templates = {}
    for name in STATIONS:
        new_station(folder / name, name, plant=True).close()
        templates[name] = folder / name
    return path, templates, tokens


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def test_the_plant_decides_lot_status_whatever_the_station_clocks_say(
    plant_template: tuple[Path, dict[str, Path], dict[str, str]], database: str, request: pytest.FixtureRequest
) -> None:
    path, templates, tokens = plant_template

    class Machine(LotAuthority):
        server_template = path
        pg_database = request.getfixturevalue("pg_database") if database == "postgresql" else None

    Machine.templates = templates
    Machine.tokens = tokens
    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=8 if database == "sqlite" else 4,
            stateful_step_count=25,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    assert wire.STATION_TIME_HEADER  # the stations' clocks were measured through the real header
