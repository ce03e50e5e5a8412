"""The plant office's live floor rendered by the server (DESIGN §12; budget: 200 stations and 100 machines in
≤ 300 ms): ``GET /floor/fragment`` over HTTP on loopback, signed in, against a SQLite server database holding 200
stations, 100 machines with an open task each (their stations' logs, and the work registration the crews are read
from), 10 machines marked down and the work orders' output lots. The figure is the 95th percentile of the
requests; the reference is the database reads alone (``read_floor``)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import uvicorn
from sqlalchemy import Engine, insert

from bench import Result, Session, percentile, reference, result
from floorstation.server.app import create_app
from floorstation.server.db import open_database
from floorstation.server.models import (
    EventRow,
    MasterRecordRow,
    PlantLotRow,
    PlantMarkRow,
    PlantTaskRow,
    PlantWorkRow,
    StationCursorRow,
    StationRow,
    StationTokenRow,
)
from floorstation.server.office.floor import read_floor
from floorstation.server.office.users import add_user

RECORDS_PER_STATION = 400
"""Each station's log; its work registration (where the crews are read from) holds a start every ten records."""
STATIONS = 200
MACHINES = 100
DOWN = 10
PASSWORD = "bench password"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _seed(engine: Engine, quick: bool) -> None:
    now = datetime.now(UTC)
    stamp = now.isoformat(timespec="milliseconds")
    window = 50 if quick else RECORDS_PER_STATION
    with engine.begin() as conn:
        conn.execute(
            insert(MasterRecordRow),
            [
                {
                    "entity": "machines",
                    "key": f"M{m:03d}",
                    "data_json": json.dumps({"id": f"M{m:03d}", "name": f"Press {m}", "code": f"M{m:03d}"}),
                    "version": m + 1,
                    "updated_at": stamp,
                }
                for m in range(MACHINES)
            ]
            + [
                {
                    "entity": "work_orders",
                    "key": f"WO-{m}",
                    "data_json": json.dumps({"number": f"WO-{m}", "product": "CAP", "planned_qty": "20000"}),
                    "version": 1000 + m,
                    "updated_at": stamp,
                }
                for m in range(MACHINES)
            ],
        )
        conn.execute(
            insert(StationRow),
            [
                {
                    "id": f"ST-{s:03d}",
                    "created_at": stamp,
                    "last_contact_at": stamp,
                    "app_version": "0.1.0",
                    "pending_count": s % 7,
                    "clock_offset_ms": s * 10,
                }
                for s in range(STATIONS)
            ],
        )
        conn.execute(
            insert(StationTokenRow),
            [
                {"token_hash": uuid.uuid4().hex * 2, "station_id": f"ST-{s:03d}", "created_at": stamp}
                for s in range(STATIONS)
            ],
        )
        started = (now - timedelta(hours=1)).isoformat(timespec="microseconds")
        conn.execute(
            insert(PlantTaskRow),
            [
                {
                    "task_id": f"WO-{m}-10",
                    "machine_id": f"M{m:03d}",
                    "work_order": f"WO-{m}",
                    "station_id": f"ST-{m:03d}",
                    "started_at": started,
                    "state": "running" if m % 5 else "paused",
                    "state_key": f"{started}|ST-{m:03d}|{1:010d}|{window:012d}",
                }
                for m in range(MACHINES)
            ],
        )
        conn.execute(
            insert(PlantLotRow),
            [
                {"code": f"L-{m}", "work_order": f"WO-{m}", "produced_milli": 4_000_000, "status": "released"}
                for m in range(MACHINES)
            ],
        )
        conn.execute(
            insert(PlantMarkRow),
            [
                {
                    "mark_id": f"MK-{m}",
                    "machine_id": f"M{m:03d}",
                    "reason": "mould_damage",
                    "note": "",
                    "station_id": f"ST-{m:03d}",
                    "raised_at": stamp,
                    "event_id": f"E-{m}",
                    "version": 5000 + m,
                }
                for m in range(DOWN)
            ],
        )
        rows = []
        for m in range(MACHINES):
            for seq in range(1, window + 1):
                kind = "task.started" if seq % 10 == 1 else "lot.consumed"
                rows.append(
                    {
                        "event_id": str(uuid.uuid4()),
                        "station_id": f"ST-{m:03d}",
                        "epoch": 1,
                        "seq": seq,
                        "type": kind,
                        "schema_version": 1,
                        "occurred_at": stamp,
                        "operator_id": f"op{seq % 3}",
                        "payload_json": json.dumps({"task_id": f"WO-{m}-10"}),
                        "prev_hash": "0" * 64,
                        "hash": "0" * 64,
                        "received_at": stamp,
                        "flagged": False,
                    }
                )
        conn.execute(insert(EventRow), rows)
        base_ms = int((now - timedelta(hours=1)).timestamp() * 1000)
        conn.execute(
            insert(PlantWorkRow),
            [
                {
                    "event_id": row["event_id"],
                    "kind": "start" if row["seq"] == 1 else "join",
                    "task_id": f"WO-{m}-10",
                    "operator_id": row["operator_id"],
                    "reason": None,
                    "at_ms": base_ms + row["seq"],
                    "next_ms": None,
                    "station_id": row["station_id"],
                    "epoch": 1,
                    "seq": row["seq"],
                    "good_milli": 0,
                    "scrap_milli": 0,
                }
                for m in range(MACHINES)
                for row in rows[m * window : (m + 1) * window]
                if row["type"] == "task.started"
            ],
        )
        conn.execute(
            insert(StationCursorRow),
            [
                {"station_id": f"ST-{m:03d}", "epoch": 1, "acked_seq": window, "last_hash": "0" * 64}
                for m in range(MACHINES)
            ],
        )


def run(session: Session) -> list[Result]:
    folder = session.workdir / "office-floor"
    folder.mkdir(parents=True, exist_ok=True)
    engine = open_database(f"sqlite:///{folder / 'server.db'}")
    _seed(engine, session.quick)
    add_user(engine, "bench", "viewer", PASSWORD)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    samples: list[float] = []
    reads: list[float] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            csrf = re.search(r'name="csrf" value="([^"]*)"', client.get("/login").text)
            assert csrf is not None
            client.post("/login", data={"username": "bench", "password": PASSWORD, "csrf": csrf.group(1)})
            page = client.get("/floor/fragment")
            if page.status_code != 200 or page.text.count("data-machine=") != MACHINES:
                raise RuntimeError(f"the live floor did not render every machine: {page.status_code}")
            for _ in range(session.size(50, 10)):
                t0 = time.perf_counter()
                client.get("/floor/fragment").raise_for_status()
                samples.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                read_floor(engine)
                reads.append(time.perf_counter() - t0)
    finally:
        server.should_exit = True
        thread.join(10)
        engine.dispose()
    p95 = percentile(samples, 95)
    return [
        result(
            "office.live_floor_render",
            p95 * 1000,
            "ms",
            at_most=300,
            details={
                "stations": STATIONS,
                "machines": MACHINES,
                "requests": len(samples),
                "p50_ms": round(percentile(samples, 50) * 1000, 1),
                "bytes": len(page.text),
                "reference": reference("read_floor alone, p95", percentile(reads, 95) * 1000, "ms"),
            },
        )
    ]
