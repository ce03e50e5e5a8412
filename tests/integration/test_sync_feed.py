"""Derived state goes down to every station over real HTTP (SQLite and PostgreSQL servers): machine marks, lots
made at another station, genealogy, lot holds; an expired cursor (compaction, a restored server) gets 410 and a
snapshot; a refused upload is kept with its events and shown in the sync status; and the feed never skips a
change that committed late while stations' batches are stored concurrently."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select, text

from floorstation import bootstrap
from floorstation.app import lots, machines, operators, tasks
from floorstation.domain import events as ev
from floorstation.domain.errors import NotAllowedNow, Refused
from floorstation.domain.events import Event, MachineCleared, Payload
from floorstation.server import cli as server_cli
from floorstation.server import enrollment, feed, projections
from floorstation.server import models as server_models
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import PlantChangeRow
from floorstation.store.models import EventSyncRow, PlantLotEdgeRow, PlantMarkRow
from floorstation.store.said_column import from_column
from floorstation.sync.client import ServerRefused, SyncClient
from floorstation.sync.worker import SyncWorker
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts, new_station

#: Expired download cursors are logged on purpose.
pytestmark = pytest.mark.allow_log_warnings

MAKE = "304/2023-10"
"""CAP-28 on M01 at station A."""
PACK = "306/2023-10"
"""CASE-28 on M03 at station B: consumes CAP-28."""
M02_TASK = "305/2023-10"


def badge(operator_id: str) -> str:
    plant = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    return str(next(o["badge"] for o in plant["operators"] if o["id"] == operator_id))


class Pair:
    """Two enrolled stations with the demo plant, and a way to sync each."""

    def __init__(self, server: LiveServer, root: Path) -> None:
        self.server = server
        self.a = new_station(root / "a", "ST-A1", plant=True)
        self.b = new_station(root / "b", "ST-B1", plant=True)
        self.tokens = {"a": server.enroll("ST-A1"), "b": server.enroll("ST-B1")}

    def client(self, name: str) -> SyncClient:
        station = self.a if name == "a" else self.b
        return SyncClient(self.server.url, self.tokens[name], bootstrap.outbox(station))

    def sync(self, name: str) -> int:
        """Upload everything, then download; returns the rows downloaded."""
        station = self.a if name == "a" else self.b
        with self.client(name) as client:
            client.drain()
            return client.download(bootstrap.change_sink(station))

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def pair(live_server: LiveServer, tmp_path: Path) -> Pair:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    stations = Pair(live_server, tmp_path)
    yield stations  # type: ignore[misc]
    stations.close()


def open_marks(station: bootstrap.Station, machine: str) -> list[str]:
    with station.ctx.uow() as uow:
        return [m.mark_id for m in uow.open_marks(machine)]


def test_marks_lots_genealogy_and_holds_reach_every_station(pair: Pair, server_db: str) -> None:
    a, b = pair.a.ctx, pair.b.ctx
    operators.sign_in(a, badge=badge("anna"))
    mark = machines.mark_machine_down(a, "anna", "M02", "hydraulic_leak", "oil under the press")
    tasks.start_task(a, MAKE, "anna")
    with a.uow() as uow:
        lot_x = uow.task_state(MAKE).output_lot
    assert lot_x is not None
    tasks.stop_task(a, MAKE, "anna", good=500)
    pair.sync("a")

    # B has never seen M02's mark nor lot X: one sync later it has both.
    operators.sign_in(b, badge=badge("piotr"))
    with b.uow() as uow:
        assert uow.lot(lot_x) is None
    assert pair.sync("b") > 0
    assert open_marks(pair.b, "M02") == [mark]
    with pytest.raises(NotAllowedNow, match=r"out of order \(Hydraulic leak\)"):
        tasks.start_task(b, M02_TASK, "piotr")
    with b.uow() as uow:
        known = uow.lot(lot_x)
    assert known is not None and known.material == "CAP-28" and known.quantity == 500

    tasks.start_task(b, PACK, "piotr")
    lots.consume_lot(b, PACK, lot_x, "piotr", quantity=40)
    with b.uow() as uow:
        assert uow.lot(lot_x).quantity == 460  # type: ignore[union-attr]
    pair.sync("b")
    pair.sync("a")
    with pair.a.engine.connect() as conn:
        edges = conn.execute(select(PlantLotEdgeRow.input_lot, PlantLotEdgeRow.qty_milli)).all()
    assert (lot_x, 40_000) in edges, "A knows where its lot went (B's consumption)"
    with b.uow() as uow:
        assert uow.lot(lot_x).quantity == 460  # type: ignore[union-attr]  # not counted twice after the sync

    # Quality holds X at the server: B refuses it after one sync, naming who and why; a release re-allows it.
    hold = ["lot-status", lot_x, "hold", "--reason", "Caps crack under torque test", "--by", "ewa", "--db", server_db]
    assert server_cli.main(hold) == 0
    pair.sync("b")
    with pytest.raises(Refused) as refused:
        lots.consume_lot(b, PACK, lot_x, "piotr", quantity=10, confirm_repeat=True)
    assert refused.value.rules == ["lot_on_hold"]
    assert "Caps crack under torque test" in str(refused.value)
    assert "ewa" in str(refused.value).lower()
    release = ["lot-status", lot_x, "released", "--reason", "Retest passed", "--db", server_db]
    assert server_cli.main(release) == 0
    pair.sync("b")
    lots.consume_lot(b, PACK, lot_x, "piotr", quantity=10, confirm_repeat=True)

    # Maintenance at B fixes M02: A sees the machine back in service after its next sync.
    with b.uow() as uow:
        uow.record(MachineCleared(machine_id="M02", mark_ids=(mark,)), operator_id="tomasz", at=b.now())
        uow.commit()
    pair.sync("b")
    assert open_marks(pair.a, "M02") == [mark]
    pair.sync("a")
    assert open_marks(pair.a, "M02") == []


def test_after_compaction_an_old_station_starts_over_from_a_snapshot(pair: Pair) -> None:
    a, b = pair.a.ctx, pair.b.ctx
    operators.sign_in(a, badge=badge("anna"))
    mark = machines.mark_machine_down(a, "anna", "M02", "electrical")
    other = machines.mark_machine_down(a, "anna", "M01", "mould_damage")
    pair.sync("a")
    pair.sync("b")
    # B clears both of A's marks; A does not download before the server compacts the tombstones.
    with b.uow() as uow:
        uow.record(MachineCleared(machine_id="M02", mark_ids=(mark,)), operator_id="tomasz", at=b.now())
        uow.record(MachineCleared(machine_id="M01", mark_ids=(other,)), operator_id="tomasz", at=b.now())
        uow.commit()
    pair.sync("b")  # B has downloaded the tombstones of its own clears
    pending_before = bootstrap.outbox(pair.a).stats().pending
    done = feed.compact(pair.server.engine, now=datetime.now(UTC) + timedelta(days=91))
    assert done.retired == 2 and done.horizon > 0

    expired: list[int] = []

    class Watching(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            answer = super().handle_request(request)
            expired.append(answer.status_code)
            return answer

    with SyncClient(pair.server.url, pair.tokens["a"], bootstrap.outbox(pair.a), transport=Watching()) as client:
        assert client.download(bootstrap.change_sink(pair.a)) > 0
    assert 410 in expired, "the old cursor was refused"
    assert open_marks(pair.a, "M02") == [] and open_marks(pair.a, "M01") == [], "its own marks, cleared at B"
    assert bootstrap.outbox(pair.a).stats().pending == pending_before, "its own events are untouched"
    # A station that had already seen the tombstones keeps its cursor.
    with pair.client("b") as client:
        assert client.download(bootstrap.change_sink(pair.b)) == 0


def test_a_restored_server_sends_a_snapshot_that_replaces_what_was_downloaded(pair: Pair) -> None:
    sink = bootstrap.change_sink(pair.b)
    pair.sync("b")
    # B downloaded from the server as it was before it was restored from an older backup: a mark the restored
    # server never heard of, and a cursor beyond its feed.
    with pair.b.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plant_machine_mark (mark_id, machine_id, reason, note, raised_at) "
                "VALUES ('lost-mark', 'M03', 'electrical', '', '2026-11-20T10:00:00+00:00')"
            )
        )
    sink.apply_changes([], "999999")
    assert open_marks(pair.b, "M03") == ["lost-mark"]
    with pair.client("b") as client:
        assert client.download(sink) >= 40
    assert open_marks(pair.b, "M03") == []
    assert int(sink.download_cursor() or 0) < 999999
    with pair.b.engine.connect() as conn:
        assert conn.scalar(select(PlantMarkRow.mark_id)) is None
        assert conn.scalar(text("SELECT status FROM lot WHERE code = 'MB-0501'")) == "hold"


def test_a_refused_upload_is_kept_with_its_events_and_shown_in_the_status(
    live_server: LiveServer, tmp_path: Path
) -> None:
    station = new_station(tmp_path / "st", "ST-C1", plant=True)
    try:
        operators.sign_in(station.ctx, badge=badge("anna"))
        token = live_server.enroll("ST-OTHER")  # a token of another station: every batch is refused (403)
        outbox = bootstrap.outbox(station)
        worker = SyncWorker(lambda: SyncClient(live_server.url, token, outbox), outbox, heartbeat=False)
        worker.run_once()
        worker.stop()  # closes its client
        status = worker.status()
        assert status.last_error is not None
        assert "refused" in status.last_error and "cannot upload events of ST-C1" in status.last_error
        with station.engine.connect() as conn:
            stored = conn.execute(select(EventSyncRow.state, EventSyncRow.last_error, EventSyncRow.attempts)).all()
        assert stored and all(r.state == "pending" and from_column(r.last_error) == status.last_error for r in stored)
        # A new worker (the terminal restarted) shows the same before it has even tried again.
        fresh = SyncWorker(lambda: SyncClient(live_server.url, token, outbox), outbox, heartbeat=False)
        assert fresh.refresh().last_error == status.last_error
        with pytest.raises(ServerRefused), SyncClient(live_server.url, token, outbox) as client:
            client.upload_batch()
        with station.engine.connect() as conn:
            assert {r.attempts for r in conn.execute(select(EventSyncRow.attempts))} == {2}
    finally:
        station.close()


def test_the_feed_never_skips_a_change_that_commits_late(server_engine: Engine) -> None:
    """Stations' batches commit concurrently (on PostgreSQL truly at once) while a reader pages through the feed
    with its cursor: every mark and edge the batches published reaches the reader. Each key is written once, so
    a row that became visible below the reader's cursor would be missed for good."""
    stations = [f"ST-R{i}" for i in range(6)]
    for name in stations:
        enrollment.create_code(server_engine, name)
    batches: dict[str, list[list[Event]]] = {}
    for name in stations:
        payloads: list[Payload] = []
        for i in range(60):
            payloads.append(ev.MachineMarkedDown(machine_id="M01", mark_id=f"{name}-m{i}", reason="jam"))
            payloads.append(
                ev.LotConsumed(
                    input_lot=f"{name}-RAW",
                    output_lot=None,
                    task_id=f"{name}-T",
                    material="RESIN-PP",
                    quantity=1,
                    unit="kg",
                )
            )
        chain = facts(name, payloads)
        batches[name] = [chain[i : i + 6] for i in range(0, len(chain), 6)]
    seen: set[tuple[str, str]] = set()
    done = threading.Event()
    errors: list[BaseException] = []

    def read() -> None:
        cursor = 0
        try:
            while True:
                finished = done.is_set()
                with server_engine.connect() as conn:
                    page = feed.changes_after(conn, cursor, 7)
                for change in page:
                    seen.add((change.entity, str(change.data.get("mark_id") or change.data.get("event_id"))))
                    cursor = change.version
                if finished and not page:
                    return
        except BaseException as exc:
            errors.append(exc)

    def write(name: str) -> None:
        try:
            for batch in batches[name]:
                ingest(server_engine, name, batch)
        except BaseException as exc:
            errors.append(exc)

    reader = threading.Thread(target=read)
    writers = [threading.Thread(target=write, args=(name,)) for name in stations]
    reader.start()
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    done.set()
    reader.join(60)
    assert not errors, errors
    with server_engine.connect() as conn:
        published = {("mark", m) for m in conn.scalars(select(server_models.PlantMarkRow.mark_id))}
        published |= {("lot_edge", e) for e in conn.scalars(select(server_models.PlantLotEdgeRow.event_id))}
        published |= {(r.entity, r.key) for r in conn.execute(select(PlantChangeRow.entity, PlantChangeRow.key))}
    assert len(published) == 6 * 60 * 2
    assert seen == published


def test_a_running_server_retires_old_tombstones_by_itself(pair: Pair) -> None:
    """The server's retention thread retires tombstones without anyone running compact-changes: a station
    behind them then starts over from a snapshot."""
    a, b = pair.a.ctx, pair.b.ctx
    operators.sign_in(a, badge=badge("anna"))
    mark = machines.mark_machine_down(a, "anna", "M02", "electrical")
    pair.sync("a")
    pair.sync("b")
    with b.uow() as uow:
        uow.record(MachineCleared(machine_id="M02", mark_ids=(mark,)), operator_id="tomasz", at=b.now())
        uow.commit()
    pair.sync("b")
    with pair.server.engine.connect() as conn:
        assert feed.counters(conn).compacted == 0
    stop = threading.Event()
    retiring = threading.Thread(
        target=feed.keep_retiring, args=(pair.server.engine, timedelta(0), timedelta(milliseconds=20), stop)
    )
    retiring.start()
    try:
        for _ in range(250):
            with pair.server.engine.connect() as conn:
                if feed.counters(conn).compacted:
                    break
            stop.wait(0.02)
    finally:
        stop.set()
        retiring.join(10)
    with pair.server.engine.connect() as conn:
        assert feed.counters(conn).compacted > 0, "retired within 5 s"
    assert pair.sync("a") > 0, "A, behind the horizon, downloaded a snapshot"
    assert open_marks(pair.a, "M02") == [], "its own mark, cleared at B"


def test_after_a_restore_it_can_make_every_station_start_over(
    pair: Pair, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pair.sync("b")
    with pair.client("b") as client:
        assert client.download(bootstrap.change_sink(pair.b)) == 0, "up to date"
    assert server_cli.main(["compact-changes", "--db", server_db]) == 0
    assert "0 tombstones older than 90 days retired" in capsys.readouterr().out
    with pair.client("b") as client:
        assert client.download(bootstrap.change_sink(pair.b)) == 0, "nothing was old enough to compact"
    assert server_cli.main(["compact-changes", "--all-stations", "--db", server_db]) == 0
    assert "start over from a snapshot" in capsys.readouterr().out
    with pair.client("b") as client:
        assert client.download(bootstrap.change_sink(pair.b)) >= 40, "the whole state, as a snapshot"
        assert client.download(bootstrap.change_sink(pair.b)) == 0


def test_a_clear_that_arrives_before_its_mark_reaches_the_station_that_raised_it(server_engine: Engine) -> None:
    """After the server was restored from a backup, stations send their events again in any order: B's clear of
    A's mark may arrive before the mark, and A may restart from a snapshot in between (A had nothing pending, so
    it learns that the server lost its mark only when it next uploads). A's own log still has the mark: once it
    is uploaded, A must hear of the clear, or the machine stays out of order at A for good."""
    for name in ("ST-A1", "ST-B1"):
        enrollment.create_code(server_engine, name)
    mark = facts("ST-A1", [ev.MachineMarkedDown(machine_id="M02", mark_id="mark-1", reason="electrical")])
    clear = facts("ST-B1", [MachineCleared(machine_id="M02", mark_ids=("mark-1",))])
    ingest(server_engine, "ST-B1", clear)
    options = {"isolation_level": "REPEATABLE READ"} if server_engine.dialect.name == "postgresql" else {}
    with server_engine.connect().execution_options(**options) as conn, conn.begin():
        restart, cursor = feed.snapshot(conn, "ST-A1")
    ingest(server_engine, "ST-A1", mark)
    with server_engine.connect() as conn:
        later = feed.changes_after(conn, cursor, 1000)
        everything = feed.changes_after(conn, 0, 1000)
    heard = [(c.data["mark_id"], c.deleted) for c in restart + later if c.entity == "mark"]
    assert ("mark-1", True) in heard, "A hears of B's clear of its mark"
    assert ("mark-1", False) not in heard
    # A station that downloads after both gets only the tombstone.
    assert [(c.data["mark_id"], c.deleted) for c in everything if c.entity == "mark"] == [("mark-1", True)]


def _wait_until_blocked(
    engine: Engine, pid: int, holder: threading.Thread, errors: list[BaseException], *, who: str, what: str
) -> None:
    """Until some session waits for PostgreSQL backend ``pid`` (``who``, run by ``holder``, waiting for ``what``)."""
    waiting = "SELECT count(*) FROM pg_stat_activity WHERE CAST(:pid AS integer) = ANY(pg_blocking_pids(pid))"
    with engine.connect() as watch:
        for _ in range(3000):
            blocked = watch.scalar(text(waiting), {"pid": pid})
            watch.rollback()  # pg_stat_activity is read once per transaction: each look in a new one
            if blocked:
                return
            assert holder.is_alive(), f"{who} ended without waiting for {what}: {errors}"
            time.sleep(0.01)
    raise AssertionError(f"{who} never waited for {what}")


@pytest.mark.parametrize("server_db", [pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True)
def test_a_hold_and_a_consumption_of_the_lot_at_once_do_not_deadlock(server_engine: Engine) -> None:
    """Every writer takes the plant's lot rows before the feed's counter. Quality holds a lot at one station
    (in a batch that also consumes another lot) while a line's batch consumes the held lot: the line's batch
    holds the lot's row and then waits for the counter. The quality batch must not be holding the counter
    while it waits for the lot's row, or the two deadlock and PostgreSQL rolls one of them back."""
    for name in ("ST-Q1", "ST-L1"):
        enrollment.create_code(server_engine, name)
    consumed = {"output_lot": None, "task_id": "T-1", "material": "RESIN-PP", "quantity": 1, "unit": "kg"}
    first = facts("ST-L1", [ev.LotConsumed(input_lot="RAW-1", **consumed)])
    ingest(server_engine, "ST-L1", first)
    quality = facts(
        "ST-Q1",
        [ev.LotConsumed(input_lot="RAW-2", **consumed), ev.LotHeld(lot_code="RAW-1", reason="Cracks")],
        signed=True,
    )
    errors: list[BaseException] = []

    def hold() -> None:
        try:
            ingest(server_engine, "ST-Q1", quality)
        except BaseException as exc:
            errors.append(exc)

    with server_engine.connect() as line:
        line.begin()
        # What a line's batch consuming RAW-1 does: its lot row first, then (for its edge) the counter.
        line.execute(text("SET LOCAL deadlock_timeout = '10ms'"))
        line.execute(text("UPDATE plant_lot SET consumed_milli = consumed_milli + 1000 WHERE code = 'RAW-1'"))
        pid = line.scalar(text("SELECT pg_backend_pid()"))
        holder = threading.Thread(target=hold)
        holder.start()
        _wait_until_blocked(server_engine, pid, holder, errors, who="the quality batch", what="the line's lot row")
        try:
            line.execute(text("SELECT value FROM change_counter WHERE name = 'master' FOR UPDATE")).one()
        finally:
            line.rollback()
        holder.join(60)
    assert not errors, errors
    with server_engine.connect() as conn:
        assert conn.scalar(text("SELECT status FROM plant_lot WHERE code = 'RAW-1'")) == "hold"


@pytest.mark.parametrize("server_db", [pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True)
def test_an_older_decision_committing_second_never_overwrites_a_newer_one(server_engine: Engine) -> None:
    """Two stations decide on one lot at once: the newer decision (a release) is being stored while the older
    one (a hold made earlier, uploaded late) arrives. The older one must wait, see the release and change
    nothing: the lot stays released at every station."""
    for name in ("ST-Q1", "ST-Q2"):
        enrollment.create_code(server_engine, name)
    late_hold = facts("ST-Q2", [ev.LotHeld(lot_code="RAW-9", reason="Smell")], signed=True)
    errors: list[BaseException] = []

    def hold() -> None:
        try:
            ingest(server_engine, "ST-Q2", late_hold)
        except BaseException as exc:
            errors.append(exc)

    later = datetime.fromisoformat(late_hold[0].occurred_at) + timedelta(hours=1)
    with server_engine.connect() as newer:
        newer.begin()
        assert projections.record_lot_status(
            newer, "RAW-9", "released", "Lab test passed", "ewa", later.isoformat(), "ST-Q1-release"
        )
        pid = newer.scalar(text("SELECT pg_backend_pid()"))
        holder = threading.Thread(target=hold)
        holder.start()
        _wait_until_blocked(server_engine, pid, holder, errors, who="the late hold", what="the release being stored")
        newer.commit()
        holder.join(60)
    assert not errors, errors
    with server_engine.connect() as conn:
        row = conn.execute(text("SELECT status, status_reason FROM plant_lot WHERE code = 'RAW-9'")).one()
    assert tuple(row) == ("released", "Lab test passed")
