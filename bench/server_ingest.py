"""The central server under a plant's load: ingest from 50 stations at once (DESIGN §10: ≥ 10,000 events/s,
PostgreSQL on loopback), and one station's download of the feed (10,000 master-data
changes and the plant state the ingest made).

The server is ``floorstation-server run`` in its own process (as in production: one uvicorn process), on a
fresh PostgreSQL database when FLOORSTATION_BENCH_PG_URL or FLOORSTATION_TEST_PG_URL is set (else SQLite,
reported as such). Each station is a thread with its own HTTP connection sending its pre-encoded batches of
1,000 hash-chained events (the client's batch size) in order, one in flight, as the sync client does; a 503/429
is retried after its Retry-After. The events are a shop floor's mix (consumptions, task starts and stops,
pallets, marks, sign-ins, cards), so the figure includes the business checks, the plant projections and the
change feed of every batch. The reference is the same server taking one station at a time.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx

from bench import Result, Session, latency_ms, reference, result
from bench.sync import bare_copy, copy_reference, server_database, server_process
from floorstation.bootstrap import change_sink, outbox
from floorstation.domain import events as ev
from floorstation.domain.catalog import parse_json
from floorstation.domain.events import GENESIS_HASH, Payload, event_hash, payload_dict
from floorstation.server import enrollment
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog
from floorstation.sync import wire
from floorstation.sync.client import BATCH_SIZE, SyncClient, enroll

STATIONS = 50
BATCH = BATCH_SIZE
"""The sync client's own batch size: 50 stations at once is a plant catching up after an outage."""


def _mix(station: str, n: int) -> Payload:
    """The n-th fact of a station, in roughly a shift's proportions."""
    task, lot = f"{station}-T{n // 50}", f"{station}-L{n // 50}"
    match n % 10:
        case 0:
            return ev.TaskStarted(task_id=task, machine_id=f"M-{station}", work_order=f"WO-{n // 50}")
        case 1 | 2 | 3:
            return ev.LotConsumed(
                input_lot=f"RAW-{n % 7}", output_lot=lot, task_id=task, material="PP", quantity=Decimal(2), unit="kg"
            )
        case 4:
            return ev.TaskStopped(task_id=task, good_qty=Decimal(10), scrap_qty=Decimal(0), output_lot=lot)
        case 5:
            sscc = f"{int(station[3:]):06d}{n:012d}"
            return ev.PalletBuilt(sscc=sscc, lot_code=lot, material="BOX", quantity=Decimal(10), unit="pc")
        case 6:
            return ev.MachineMarkedDown(machine_id=f"M-{station}", mark_id=f"{station}-{n}", reason="jam")
        case 7:
            return ev.MachineCleared(machine_id=f"M-{station}", mark_ids=(f"{station}-{n - 1}",))
        case 8:
            return ev.OperatorSignedIn(method="badge")
        case _:
            return ev.CardPrinted(card="lot", subject=lot, printer="P1")


def _bodies(station: str, events: int) -> list[bytes]:
    """The station's log as the request bodies it sends, encoded once (the figure is the server's)."""
    at = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    prev, out, batch = GENESIS_HASH, [], []
    for seq in range(1, events + 1):
        payload = _mix(station, seq)
        fields: dict[str, Any] = {
            "event_id": str(uuid.uuid4()),
            "station_id": station,
            "epoch": 1,
            "seq": seq,
            "type": payload.TYPE,
            "schema_version": payload.VERSION,
            "occurred_at": (at + timedelta(seconds=seq)).isoformat(timespec="milliseconds"),
            "operator_id": "anna",
            "payload": payload_dict(payload),
            "prev_hash": prev,
        }
        fields["hash"] = prev = event_hash(**fields)
        batch.append(fields)
        if len(batch) == BATCH or seq == events:
            out.append(json.dumps({"events": batch}).encode())
            batch = []
    return out


class _Station(threading.Thread):
    def __init__(self, url: str, token: str, bodies: list[bytes], start: threading.Event) -> None:
        super().__init__(daemon=True)
        self.url, self.token, self.bodies, self.go = url, token, bodies, start
        self.latencies: list[float] = []
        self.busy = 0
        self.error: str | None = None

    def run(self) -> None:
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        try:
            with httpx.Client(base_url=self.url, headers=headers, timeout=120) as http:
                self.go.wait()
                for body in self.bodies:
                    while True:
                        t0 = time.perf_counter()
                        answer = http.post(wire.BATCH_PATH, content=body)
                        if answer.status_code in (429, 503):
                            self.busy += 1
                            time.sleep(float(answer.headers.get("Retry-After", "1")))
                            continue
                        answer.raise_for_status()
                        self.latencies.append(time.perf_counter() - t0)
                        break
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"


def _ingest(url: str, tokens: dict[str, str], bodies: dict[str, list[bytes]]) -> tuple[float, list[_Station]]:
    go = threading.Event()
    threads = [_Station(url, tokens[s], bodies[s], go) for s in bodies]
    for t in threads:
        t.start()
    time.sleep(0.5)  # every connection open and waiting
    t0 = time.perf_counter()
    go.set()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    errors = [t.error for t in threads if t.error]
    if errors:
        raise RuntimeError(f"{len(errors)} stations failed: {errors[0]}")
    return seconds, threads


def run(s: Session) -> list[Result]:
    per_station = s.size(2_000, 200)
    with server_database(s) as (db_url, backend), server_process(db_url, "--max-concurrent-batches", "8") as url:
        engine = open_database(db_url)
        names = [f"ST-{i:03d}" for i in range(STATIONS + 5)]
        codes = {name: enrollment.create_code(engine, name) for name in names}
        tokens = {name: enroll(url, codes[name], name) for name in names}
        bodies = {name: _bodies(name, per_station) for name in names}
        together = {name: bodies[name] for name in names[:STATIONS]}
        copy_before = bare_copy(db_url, backend, STATIONS * per_station, BATCH, connections=8)
        seconds, threads = _ingest(url, tokens, together)
        copy_after = bare_copy(db_url, backend, STATIONS * per_station, BATCH, connections=8)
        alone = 0.0
        for name in names[STATIONS:]:
            t, _ = _ingest(url, tokens, {name: bodies[name]})
            alone += t
        down_seconds, changes = _download(s, engine, url)
        engine.dispose()
        total = STATIONS * per_station
    versus = copy_reference(
        copy_before, copy_after, total / seconds, f"{total:,} rows, {BATCH} per transaction, 8 connections"
    )
    latencies = [x for t in threads for x in t.latencies]
    return [
        result(
            f"server ingest, {STATIONS} stations at once ({backend})",
            total / seconds,
            "events/s",
            at_least=10_000.0 if backend == "postgresql" else None,
            details={
                "events": total,
                "seconds": round(seconds, 2),
                "batch": BATCH,
                "per_batch": latency_ms(latencies),
                "busy_answers": sum(t.busy for t in threads),
                "server_backend": backend,
                "reference": reference("one station at a time", 5 * per_station / alone, "events/s"),
                **versus,
            },
        ),
        result(
            f"download of {changes:,} changes, master data and plant state ({backend})",
            down_seconds,
            "s",
            details={"changes": changes, "changes_per_s": round(changes / down_seconds), "page": 1000},
        ),
    ]


def _download(s: Session, engine: Any, url: str) -> tuple[float, int]:
    """10,000 lots imported on the server, then fetched and applied by a fresh demo station."""
    lots = s.size(10_000, 1_000)
    catalog = {
        "materials": [{"code": "BENCH-MAT", "name": "Bench material", "unit": "kg"}],
        "lots": [{"code": f"BL{i:07d}", "material": "BENCH-MAT", "quantity": "100"} for i in range(lots - 1)],
    }
    import_catalog(engine, parse_json(json.dumps(catalog), "bench.json"))
    station = s.demo_station("download")
    code = enrollment.create_code(engine, station.config.station_id)
    token = enroll(url, code, station.config.station_id)
    with SyncClient(url, token, outbox(station)) as client:
        t0 = time.perf_counter()
        applied = client.download(change_sink(station))
        seconds = time.perf_counter() - t0
    return seconds, applied
