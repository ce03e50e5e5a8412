"""Plant-wide genealogy at scale (DESIGN §10: backward or forward trace at depth 6 on 1 M lots / 5 M edges,
p99 ≤ 20 ms; a full recall report ≤ 1 s), on SQLite and, when FLOORSTATION_BENCH_PG_URL or
FLOORSTATION_TEST_PG_URL is set, PostgreSQL.

The plant is generated straight into the server's plant tables (schema from the server's migrations): lots
received and produced over a year on 40 lines of 6 stages each, every production lot consuming one or two lots
of the stage before (partial consumptions: a lot goes into several outputs) and a few recent raw lots of the
line's materials; some outputs also take from one of 30 silo lots shared by thousands of lots, and a few take
regrind from a later stage of their own line (rework loops). The last stage goes onto pallets, most of them
shipped to customers. Generation is not the measurement: the SQLite file is kept under ``bench/.cache/``
(keyed by the parameters), PostgreSQL gets a database ``floorstation_bench`` of its own, dropped afterwards.

Measured through the server's own code, each call in a connection of its own, as a request would: the trace of
``server.trace`` at depth 6 from random lots, backward and forward (the budget), forward from random raw lots (the
recall case: a supplier's lot is suspect; their genealogies are the widest), forward from the silo lots (the wide
genealogies the size bound is for, at the default bound and at 1,000 links), and the recall of random raw lots
at its default bounds as a request serves it: ``build_recall`` (affected lots, quarantine, pallets, shipments,
customers, open tasks, mass balance, the events in scope) rendered as the JSON report and as the EPCIS document.

The event table holds what the stations would have uploaded for that plant: every lot's ``lot.produced`` or
``lot.received``, every consumption, each production task's ``task.started`` and ``task.stopped`` (the newest
tasks still running), every pallet's build and shipment — about 8 M events for 1 M lots — bulk-inserted with their
indexes, so the recall's cost is measured against a plant-year's log. Their hashes are not a real chain: nothing
measured here verifies it.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from bench import Result, Session, latency_ms, num, result
from floorstation.compliance.profile import Party, TraceProfile
from floorstation.domain import events as ev
from floorstation.domain.catalog import parse_json
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog
from floorstation.server.recall import build_recall, render
from floorstation.server.trace import trace

CACHE = Path(__file__).with_name(".cache")
PG_DATABASE = "floorstation_bench"
GENERATOR_VERSION = 3
DEPTH = 6
LINES = 40
STAGES = 6
RAW_SHARE = 0.15
MATERIALS = 120
SILOS = 30
CUSTOMERS = 200
CHUNK = 50_000
RUNNING_SHARE = 0.005
"""The newest production lots whose tasks have not stopped yet."""
PROFILE = TraceProfile(company_prefix="5901234", site=Party("Bench plant", "1 Bench Road, Gdansk", "+48 58 000 00 00"))


@dataclass(frozen=True)
class Shape:
    lots: int
    seed: int = 2026

    @property
    def key(self) -> str:
        return f"trace-v{GENERATOR_VERSION}-{self.lots}-{self.seed}"


def code(i: int) -> str:
    return f"LOT{i:07d}"


def _qty(milli: int) -> str:
    return f"{milli // 1000}.{milli % 1000:03d}"


def _utc(at: str) -> str:
    return datetime.fromisoformat(at).astimezone(UTC).isoformat(timespec="microseconds")


class Events:
    """Station events behind the generated projections: each station's log gets the next seq."""

    def __init__(self) -> None:
        self.seq: dict[str, int] = {}
        self.count = 0

    def row(
        self, event_id: str, station: str, kind: type[ev.Payload], at: str, operator: str | None, **payload: Any
    ) -> tuple[Any, ...]:
        seq = self.seq.get(station, 0) + 1
        self.seq[station] = seq
        self.count += 1
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True)
        prev, digest = f"{self.count - 1:064x}", f"{self.count:064x}"
        return (event_id, station, 1, seq, kind.TYPE, kind.VERSION, at, operator, body, prev, digest, at, False)

    def edges(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return [
            self.row(
                e[0],
                e[1],
                ev.LotConsumed,
                e[9],
                e[8],
                input_lot=e[2],
                output_lot=e[3],
                task_id=e[4],
                material=e[5],
                quantity=_qty(e[6]),
                unit=e[7],
            )
            for e in rows
        ]

    def lots(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        out = []
        for r in rows:
            if r[4] == "received":
                out.append(
                    self.row(
                        r[6],
                        r[5],
                        ev.LotReceived,
                        r[7],
                        "OP-GI",
                        lot_code=r[0],
                        material=r[1],
                        quantity=_qty(r[17]),
                        unit=r[16],
                        supplier=r[13],
                        supplier_lot=r[14],
                        gtin=None,
                        expiry=None,
                        received_on=r[11],
                    )
                )
            else:
                out.append(
                    self.row(
                        r[6],
                        r[5],
                        ev.LotProduced,
                        r[7],
                        "OP000",
                        lot_code=r[0],
                        material=r[1],
                        task_id=r[8],
                        work_order=r[9],
                        machine_id=r[10],
                        produced_on=r[11],
                        expiry=None,
                    )
                )
        return out

    def pallets(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        out = []
        for p in rows:
            qty = _qty(p[3])
            out.append(
                self.row(
                    p[6],
                    p[5],
                    ev.PalletBuilt,
                    p[7],
                    "OP-SL",
                    sscc=p[0],
                    lot_code=p[1],
                    material=p[2],
                    quantity=qty,
                    unit=p[4],
                )
            )
            if p[11]:
                out.append(
                    self.row(
                        p[11], p[10], ev.PalletShipped, p[12], "OP-SL", sscc=p[0], customer_id=p[8], shipment_id=p[9]
                    )
                )
        return out


def _at(i: int) -> str:
    seconds = i * 30  # one lot every 30 s: a million lots is about a plant-year
    day, rest = divmod(seconds, 86_400)
    month, mday = divmod(day, 28)
    clock = f"{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}"
    return f"2026-{1 + month % 12:02d}-{1 + mday:02d}T{clock}.000+01:00"


@dataclass
class Plant:
    """What the generator made, kept for choosing samples."""

    lots: int
    edges: int
    pallets: int
    raw: list[int]
    production: list[int]
    silos: list[int]
    events: int = 0


class Generator:
    """Yields the plant table by table, chunk by chunk, never holding the edges in memory."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape
        rng = random.Random(shape.seed)
        n = shape.lots
        self.kind = array("b", bytes(n))  # 0 raw, s = 1..6 production stage
        self.line = array("h", bytes(2 * n))
        self.material = array("h", bytes(2 * n))
        self.consumed = array("q", bytes(8 * n))
        self.produced = array("q", bytes(8 * n))
        self.initial = array("q", bytes(8 * n))
        self.palletized = array("q", bytes(8 * n))
        line_materials = [rng.sample(range(MATERIALS), 7) for _ in range(LINES)]
        self.line_materials = line_materials
        stage_of_line = [0] * LINES
        for i in range(n):
            if i < 2000 or rng.random() < RAW_SHARE:
                self.kind[i] = 0
                self.material[i] = rng.randrange(MATERIALS)
                self.initial[i] = rng.randrange(500, 25_000) * 1000
            else:
                line = rng.randrange(LINES)
                stage_of_line[line] = stage_of_line[line] % STAGES + 1
                self.kind[i] = stage_of_line[line]
                self.line[i] = line
                self.material[i] = MATERIALS + line * STAGES + stage_of_line[line] - 1
        self.raw = [i for i in range(n) if self.kind[i] == 0]
        self.silos = sorted(rng.sample(self.raw[:2000], SILOS))
        self.rng = rng
        self.edges = 0
        self.pallets = 0
        self.events = 0

    def material_code(self, m: int) -> str:
        if m < MATERIALS:
            return f"RM-{m:03d}"
        line, stage = divmod(m - MATERIALS, STAGES)
        return f"P{line:02d}-S{stage + 1}"

    def edge_chunks(self) -> Iterator[list[tuple[Any, ...]]]:
        """(event_id, station_id, input_lot, output_lot, task_id, material, qty_milli, unit, operator_id, at,
        version): the version after the catalog's (see :data:`COUNTER_AFTER_LOAD`)."""
        rng = self.rng
        recent_raw: dict[int, list[int]] = {}
        recent_stage: dict[tuple[int, int], list[int]] = {}
        rows: list[tuple[Any, ...]] = []
        for i in range(self.shape.lots):
            stage = self.kind[i]
            if stage == 0:
                window = recent_raw.setdefault(self.material[i], [])
                window.append(i)
                if len(window) > 3:
                    window.pop(0)
                continue
            line = self.line[i]
            inputs: list[int] = []
            if stage > 1:
                before = recent_stage.get((line, stage - 1), [])
                inputs += rng.sample(before, min(len(before), rng.choice((1, 1, 2))))
            for m in rng.sample(self.line_materials[line], rng.randint(4, 5) if stage > 1 else 6):
                pool = recent_raw.get(m)
                if pool:
                    inputs.append(rng.choice(pool))
            if rng.random() < 0.05:
                inputs.append(rng.choice(self.silos))
            if stage < STAGES - 1 and rng.random() < 0.003:  # regrind of a later stage: a rework loop
                later = recent_stage.get((line, rng.randint(stage + 1, STAGES)), [])
                if later:
                    inputs.append(rng.choice(later))
            if inputs and rng.random() < 0.03:
                inputs.append(inputs[0])  # the same lot scanned twice into one output
            window = recent_stage.setdefault((line, stage), [])
            window.append(i)
            if len(window) > 4:
                window.pop(0)
            station, at, task = f"ST-{line:02d}", _at(i), f"T{i:07d}"
            for src in inputs:
                qty = rng.randrange(1, 400) * 250
                self.consumed[src] += qty
                rows.append(
                    (
                        f"bench-{self.edges:010d}",
                        station,
                        code(src),
                        code(i),
                        task,
                        self.material_code(self.material[src]),
                        qty,
                        "kg",
                        f"OP{rng.randrange(300):03d}",
                        at,
                        EDGE_VERSIONS + self.edges,
                    )
                )
                self.edges += 1
            self.produced[i] = rng.randrange(200, 5000) * 1000
            if len(rows) >= CHUNK * 5:
                yield rows
                rows = []
        if rows:
            yield rows

    def lot_chunks(self) -> Iterator[list[tuple[Any, ...]]]:
        """plant_lot rows; call after ``edge_chunks`` (consumed quantities) and ``pallet_chunks``."""
        rows: list[tuple[Any, ...]] = []
        for i in range(self.shape.lots):
            stage = self.kind[i]
            raw = stage == 0
            line = self.line[i]
            rows.append(
                (
                    code(i),
                    self.material_code(self.material[i]),
                    False,
                    "released",
                    "received" if raw else "produced",
                    "GOODS-IN" if raw else f"ST-{line:02d}",
                    f"bench-lot-{i:07d}",
                    _at(i),
                    None if raw else f"T{i:07d}",
                    None if raw else f"WO{line:02d}-{i // 5000:04d}",
                    None if raw else f"M{line:02d}-{stage}",
                    _at(i)[:10],
                    None,
                    f"Supplier {self.material[i] % 17}" if raw else None,
                    f"S{i:09d}" if raw else None,
                    None,
                    "kg",
                    self.initial[i],
                    self.produced[i],
                    self.consumed[i],
                    self.palletized[i],
                )
            )
            if len(rows) >= CHUNK:
                yield rows
                rows = []
        if rows:
            yield rows

    def task_chunks(
        self, events: Events
    ) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
        """(plant_task rows, plant_task_stop rows, their start and stop events); call after ``edge_chunks``.
        Each production lot's task starts when the lot opens and stops 25 minutes later, reporting the good
        quantity into it; the newest ``RUNNING_SHARE`` are still running."""
        tasks: list[tuple[Any, ...]] = []
        stops: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        running_from = int(self.shape.lots * (1 - RUNNING_SHARE))
        for i in range(self.shape.lots):
            stage = self.kind[i]
            if stage:
                line = self.line[i]
                task, machine, order, station = (
                    f"T{i:07d}",
                    f"M{line:02d}-{stage}",
                    f"WO{line:02d}-{i // 5000:04d}",
                    f"ST-{line:02d}",
                )
                operator = f"OP{i % 300:03d}"
                start_at = _at(i)
                rows.append(
                    events.row(
                        f"bench-start-{i:07d}",
                        station,
                        ev.TaskStarted,
                        start_at,
                        operator,
                        task_id=task,
                        machine_id=machine,
                        work_order=order,
                        joined=False,
                    )
                )
                started, stopped, state, last = _utc(start_at), None, "running", rows[-1]
                if i < running_from:
                    stop_at, stop_id = _at(i + 50), f"bench-stop-{i:07d}"
                    good = self.produced[i]
                    rows.append(
                        events.row(
                            stop_id,
                            station,
                            ev.TaskStopped,
                            stop_at,
                            operator,
                            task_id=task,
                            good_qty=_qty(good),
                            scrap_qty="0",
                            scrap_reason=None,
                            output_lot=code(i),
                        )
                    )
                    stops.append((stop_id, task, code(i), good, stop_at))
                    stopped, state, last = _utc(stop_at), "stopped", rows[-1]
                key = f"{_utc(last[6])}|{station}|{1:010d}|{last[3]:012d}"
                tasks.append((task, machine, order, station, started, stopped, state, key))
            if len(tasks) >= CHUNK:
                yield tasks, stops, rows
                tasks, stops, rows = [], [], []
        if tasks:
            yield tasks, stops, rows

    def pallet_chunks(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """(plant_pallet rows, plant_shipment rows): the last stage goes onto one or two pallets, 3 in 4 shipped."""
        rng = random.Random(self.shape.seed + 1)
        pallets: list[tuple[Any, ...]] = []
        shipments: dict[str, list[Any]] = {}
        for i in range(self.shape.lots):
            if self.kind[i] != STAGES:
                continue
            for _ in range(rng.choice((1, 1, 2))):
                sscc = f"35901234{self.pallets:010d}"
                qty = max(1000, self.produced[i] // 2)
                self.palletized[i] += qty
                at = _at(i)
                customer = shipment = shipped_event = shipped_at = None
                if rng.random() < 0.75:
                    number = self.pallets // 20
                    shipment = f"DN-{number:06d}"
                    customer = f"C{random.Random(number).randrange(CUSTOMERS):03d}"
                    shipped_event, shipped_at = f"bench-ship-{self.pallets:08d}", at
                    entry = shipments.setdefault(shipment, [customer, 0, at, at])
                    entry[1] += 1
                    entry[3] = at
                pallets.append(
                    (
                        sscc,
                        code(i),
                        self.material_code(self.material[i]),
                        qty,
                        "kg",
                        "DOCK",
                        f"bench-pallet-{self.pallets:08d}",
                        at,
                        customer,
                        shipment,
                        "DOCK" if customer else None,
                        shipped_event,
                        shipped_at,
                        None,
                        None,
                        None,
                    )
                )
                self.pallets += 1
        return pallets, [(s, *v) for s, v in shipments.items()]


LOT_COLUMNS = (
    "code, material, in_master, status, origin, station_id, created_event, created_at, task_id, work_order, "
    "machine_id, made_on, expiry, supplier, supplier_lot, gtin, unit, initial_milli, produced_milli, "
    "consumed_milli, palletized_milli"
)
EDGE_COLUMNS = (
    "event_id, station_id, input_lot, output_lot, task_id, material, qty_milli, unit, operator_id, occurred_at, version"
)
EDGE_VERSIONS = 1_000_000
"""Edges' change-feed versions start here, above the catalog import's."""
COUNTER_AFTER_LOAD = (
    "UPDATE change_counter SET value = (SELECT MAX(version) FROM plant_lot_edge) WHERE name = 'master' "
    "AND EXISTS (SELECT 1 FROM plant_lot_edge)"
)
TASK_COLUMNS = "task_id, machine_id, work_order, station_id, started_at, stopped_at, state, state_key"
STOP_COLUMNS = "event_id, task_id, output_lot, good_milli, occurred_at"
EVENT_COLUMNS = (
    "event_id, station_id, epoch, seq, type, schema_version, occurred_at, operator_id, payload_json, prev_hash, "
    "hash, received_at, flagged"
)
PALLET_COLUMNS = (
    "sscc, lot_code, material, qty_milli, unit, built_station, built_event, built_at, customer_id, shipment_id, "
    "shipped_station, shipped_event, shipped_at, voided_event, voided_at, void_reason"
)
SHIPMENT_COLUMNS = "shipment_id, customer_id, pallets, first_shipped_at, last_shipped_at"
TABLES = ("plant_lot", "plant_lot_edge", "plant_task", "plant_task_stop", "plant_pallet", "plant_shipment", "event")


def _catalog(engine: Engine, gen: Generator) -> None:
    """The materials and customers as master data (what the report names them by)."""
    materials = [{"code": gen.material_code(m), "name": f"Material {m}", "unit": "kg"} for m in range(MATERIALS)]
    materials += [
        {"code": gen.material_code(MATERIALS + k), "name": f"Product {k}", "unit": "kg"} for k in range(LINES * STAGES)
    ]
    customers = [{"id": f"C{k:03d}", "name": f"Customer {k}"} for k in range(CUSTOMERS)]
    import_catalog(engine, parse_json(json.dumps({"materials": materials, "customers": customers}), "bench.json"))


def _load(
    gen: Generator,
    write: Callable[[str, str, list[tuple[Any, ...]]], None],
    drop_indexes: Callable[[], Callable[[], None]],
) -> None:
    recreate = drop_indexes()
    events = Events()
    for rows in gen.edge_chunks():
        write("plant_lot_edge", EDGE_COLUMNS, rows)
        write("event", EVENT_COLUMNS, events.edges(rows))
    pallets, shipments = gen.pallet_chunks()
    write("plant_pallet", PALLET_COLUMNS, pallets)
    write("plant_shipment", SHIPMENT_COLUMNS, shipments)
    write("event", EVENT_COLUMNS, events.pallets(pallets))
    for tasks, stops, task_events in gen.task_chunks(events):
        write("plant_task", TASK_COLUMNS, tasks)
        write("plant_task_stop", STOP_COLUMNS, stops)
        write("event", EVENT_COLUMNS, task_events)
    for rows in gen.lot_chunks():
        write("plant_lot", LOT_COLUMNS, rows)
        write("event", EVENT_COLUMNS, events.lots(rows))
    gen.events = events.count
    recreate()


def _sqlite_plant(s: Session, shape: Shape) -> tuple[str, Plant, float]:
    """The cached SQLite server database of ``shape`` (generated on first use); seconds spent generating."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{shape.key}.db"
    meta = path.with_suffix(".json")
    t0 = time.perf_counter()
    if not (path.exists() and meta.exists()):
        for old in (path, meta, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        engine = open_database(f"sqlite:///{tmp}")
        gen = Generator(shape)
        _catalog(engine, gen)
        engine.dispose()
        db = sqlite3.connect(tmp, isolation_level=None)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-400000")

        def write(table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
            marks = ", ".join("?" * len(columns.split(",")))
            db.execute("BEGIN")
            db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
            db.execute("COMMIT")

        def drop_indexes() -> Callable[[], None]:
            found = db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                f"({', '.join('?' * len(TABLES))})",
                TABLES,
            ).fetchall()
            for name, _ in found:
                db.execute(f'DROP INDEX "{name}"')

            def recreate() -> None:
                for _, sql in found:
                    db.execute(sql)
                db.execute("ANALYZE")

            return recreate

        _load(gen, write, drop_indexes)
        db.execute(COUNTER_AFTER_LOAD)
        db.close()
        tmp.rename(path)
        plant = Plant(shape.lots, gen.edges, gen.pallets, gen.raw, _production(gen), gen.silos, gen.events)
        meta.write_text(json.dumps(plant.__dict__), encoding="utf-8")
    plant = Plant(**json.loads(meta.read_text(encoding="utf-8")))
    return f"sqlite:///{path}", plant, time.perf_counter() - t0


def _production(gen: Generator) -> list[int]:
    return [i for i in range(gen.shape.lots) if gen.kind[i]]


@contextlib.contextmanager
def _pg_plant(shape: Shape) -> Iterator[tuple[str, Plant, float] | None]:
    base = os.environ.get("FLOORSTATION_BENCH_PG_URL") or os.environ.get("FLOORSTATION_TEST_PG_URL")
    if not base:
        yield None
        return
    url = make_url(base)
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{PG_DATABASE}"')
    try:
        t0 = time.perf_counter()
        db_url = url.set(database=PG_DATABASE).render_as_string(hide_password=False)
        engine = open_database(db_url)
        gen = Generator(shape)
        _catalog(engine, gen)
        engine.dispose()
        dsn = url.set(drivername="postgresql", database=PG_DATABASE).render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as db:
            db.execute("SET maintenance_work_mem = '512MB'")

            def write(table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
                with db.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)

            def drop_indexes() -> Callable[[], None]:
                found = db.execute(
                    "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND "
                    "i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = "
                    "i.indexname)",
                    (list(TABLES),),
                ).fetchall()
                for name, _ in found:
                    db.execute(f'DROP INDEX "{name}"')

                def recreate() -> None:
                    for _, sql in found:
                        db.execute(sql)
                    db.execute("VACUUM ANALYZE")

                return recreate

            _load(gen, write, drop_indexes)
            db.execute(COUNTER_AFTER_LOAD)
        plant = Plant(shape.lots, gen.edges, gen.pallets, gen.raw, _production(gen), gen.silos, gen.events)
        yield db_url, plant, time.perf_counter() - t0
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')


def _timed(engine: Engine, lots: list[str], call: Callable[[Any, str], Any]) -> tuple[list[float], list[Any]]:
    times, answers = [], []
    for lot in lots:
        t0 = time.perf_counter()
        with engine.connect() as conn:
            answers.append(call(conn, lot))
            conn.rollback()
        times.append(time.perf_counter() - t0)
    return times, answers


def _served(conn: Any, lot: str, fmt: str) -> Any:
    """The recall as ``GET /v1/recall/{lot}`` serves it: built, then rendered."""
    recall = build_recall(conn, lot)
    render(recall, fmt, PROFILE)
    return recall


def _sizes(answers: list[Any], side: str) -> dict[str, int]:
    sizes = sorted(len(getattr(g, side)) for g in answers)
    return {"median": sizes[len(sizes) // 2], "p99": sizes[max(0, -(-len(sizes) * 99 // 100) - 1)], "max": sizes[-1]}


def _measure(backend: str, db_url: str, plant: Plant, generated_s: float, samples: int) -> list[Result]:
    rng = random.Random(7)
    everything = plant.lots
    engine = open_database(db_url)
    load = os.getloadavg()[0]
    try:
        anywhere = [code(i) for i in rng.sample(range(everything), samples)]
        suspects = [code(i) for i in rng.sample(plant.raw, samples)]
        recalled = [code(i) for i in rng.sample(plant.raw, max(20, samples // 10))]
        silos = [code(i) for i in plant.silos[:10]]
        _timed(engine, anywhere[:20] + suspects[:20], lambda c, lot: trace(c, lot, max_depth=DEPTH))  # warm up
        back_s, back = _timed(engine, anywhere, lambda c, lot: trace(c, lot, max_depth=DEPTH, forward=False))
        fwd_s, fwd = _timed(engine, anywhere, lambda c, lot: trace(c, lot, max_depth=DEPTH, backward=False))
        raw_s, raw = _timed(engine, suspects, lambda c, lot: trace(c, lot, max_depth=DEPTH, backward=False))
        silo_s, silo = _timed(engine, silos, lambda c, lot: trace(c, lot, max_depth=DEPTH, backward=False))
        narrow_s, narrow = _timed(
            engine, silos, lambda c, lot: trace(c, lot, max_depth=DEPTH, backward=False, max_links=1000)
        )
        recall_s, recalls = _timed(engine, recalled, lambda c, lot: _served(c, lot, "json"))
        epcis_s, _ = _timed(engine, recalled, lambda c, lot: _served(c, lot, "epcis"))
    finally:
        engine.dispose()
    shape = {
        "lots": plant.lots,
        "edges": plant.edges,
        "pallets": plant.pallets,
        "events": plant.events,
        "raw_lots": len(plant.raw),
        "server_backend": backend,
        "generated_or_loaded_s": round(generated_s, 1),
        "load_average_1min": round(load, 2),
    }
    recall_sizes = sorted(len(r.report.affected) for r in recalls)
    event_sizes = sorted(len(r.events) for r in recalls)
    return [
        result(
            f"trace.backward_depth6 ({backend})",
            latency_ms(back_s)["p99_ms"],
            "ms p99",
            at_most=20.0,
            details={**latency_ms(back_s), **shape, "samples": len(back), "links": _sizes(back, "backward")},
        ),
        result(
            f"trace.forward_depth6 ({backend})",
            latency_ms(fwd_s)["p99_ms"],
            "ms p99",
            at_most=20.0,
            details={
                **latency_ms(fwd_s),
                **shape,
                "samples": len(fwd),
                "links": _sizes(fwd, "forward"),
                "pallets_found": _sizes(fwd, "pallets"),
            },
        ),
        result(
            f"trace.forward_depth6_from_raw_lots ({backend})",
            latency_ms(raw_s)["p99_ms"],
            "ms p99",
            details={
                **latency_ms(raw_s),
                "what": "forward from random raw lots (the recall case: a supplier's lot is suspect)",
                "samples": len(raw),
                "links": _sizes(raw, "forward"),
                "pallets_found": _sizes(raw, "pallets"),
                "truncated": sum(1 for g in raw if any("links" in n for n in g.truncated)),
            },
        ),
        result(
            f"trace.forward_depth6_silo_lots ({backend})",
            latency_ms(silo_s)["p99_ms"],
            "ms p99",
            details={
                **latency_ms(silo_s),
                "what": f"forward from {len(silo)} silo lots, each shared by thousands of outputs (default bounds)",
                "links": _sizes(silo, "forward"),
                "bounded_to_1000_links": {
                    **latency_ms(narrow_s),
                    "links": _sizes(narrow, "forward"),
                    "truncated": sum(1 for g in narrow if any("links" in n for n in g.truncated)),
                },
            },
        ),
        result(
            f"trace.recall_report ({backend})",
            max(recall_s),
            "s max",
            at_most=1.0,
            details={
                "p50_s": num(sorted(recall_s)[len(recall_s) // 2]),
                "max_s": num(max(recall_s)),
                "what": "build_recall (both traces at depth 50, lots, pallets, shipments, customers, open tasks, "
                "mass balance, the events in scope) rendered as the JSON report, from random raw lots",
                "reports": len(recall_s),
                "affected_lots": {"median": recall_sizes[len(recall_sizes) // 2], "max": recall_sizes[-1]},
                "events_in_scope": {"median": event_sizes[len(event_sizes) // 2], "max": event_sizes[-1]},
                "open_tasks": sum(1 for r in recalls for t in r.report.tasks if t.running),
                "incomplete": sum(1 for r in recalls if not r.report.complete),
                **shape,
            },
        ),
        result(
            f"trace.recall_epcis ({backend})",
            max(epcis_s),
            "s max",
            details={
                "p50_s": num(sorted(epcis_s)[len(epcis_s) // 2]),
                "max_s": num(max(epcis_s)),
                "what": "the same recalls rendered as the EPCIS 2.0 document (build_recall + render)",
                "reports": len(epcis_s),
            },
        ),
    ]


def run(s: Session) -> list[Result]:
    shape = Shape(lots=s.size(1_000_000, 100_000))
    samples = s.size(300, 200)
    out: list[Result] = []
    url, plant, seconds = _sqlite_plant(s, shape)
    out += _measure("sqlite", url, plant, seconds, samples)
    with _pg_plant(shape) as pg:
        if pg is not None:
            out += _measure("postgresql", *pg, samples)
    return out
