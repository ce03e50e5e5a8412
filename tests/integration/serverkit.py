"""A real floorstation server on loopback for the server and sync tests, on SQLite and (when
FLOORSTATION_TEST_PG_URL is set) PostgreSQL, plus helpers to make stations and hash-chained events.

Each test gets its own server database: a SQLite file, or a fresh schema in a database created once per
test process (so pytest-xdist workers never share one). Import the fixtures into a test module by name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn
from sqlalchemy import Engine, event, func, select
from sqlalchemy.engine import make_url

from floorstation import bootstrap, cli
from floorstation.domain.events import (
    GENESIS_HASH,
    CardPrinted,
    Event,
    Payload,
    RecordSigned,
    event_hash,
    payload_dict,
)
from floorstation.domain.signatures import MEANINGS
from floorstation.server import admin, enrollment
from floorstation.server.app import ServerSettings, create_app
from floorstation.server.db import make_engine, open_database, upgrade
from floorstation.server.models import EventRow

ENV_PG = "FLOORSTATION_TEST_PG_URL"
DEMO_PLANT = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plant.json"
T0 = datetime(2026, 11, 23, 6, 0, tzinfo=timezone(timedelta(hours=1)))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """uvicorn serving the real app on 127.0.0.1 in a thread; ``stop`` waits until it has shut down."""

    def __init__(
        self,
        engine: Engine,
        *,
        port: int | None = None,
        settings: ServerSettings | None = None,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.engine = engine
        self.port = port or free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._verify: bool | ssl.SSLContext = ssl.create_default_context(cafile=str(tls[0])) if tls else True
        self.app = create_app(engine, settings)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            ssl_certfile=str(tls[0]) if tls else None,
            ssl_keyfile=str(tls[1]) if tls else None,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=f"uvicorn-{self.port}", daemon=True)

    def start(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the test server on port {self.port} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)

    def enroll(self, station_id: str) -> str:
        """A token for ``station_id``, the way a station gets one (code from the admin, traded over HTTP)."""
        code = enrollment.create_code(self.engine, station_id)
        response = httpx.post(
            f"{self.url}/v1/enroll", json={"code": code, "station_id": station_id}, verify=self._verify
        )
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(EventRow)) or 0)

    def events(self, station_id: str | None = None) -> list[Event]:
        return list(admin.iter_events(self.engine, station_id))


class ServerProcess:
    """``floorstation-server run`` in a process of its own on a fixed port, to be killed (SIGKILL) and restarted."""

    def __init__(self, db_url: str, port: int | None = None, extra: list[str] | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.extra = extra or []
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        command = [sys.executable, "-c", "from floorstation.server.cli import main; raise SystemExit(main())"]
        command += ["run", "--db", self.db_url, "--port", str(self.port), "--log-level", "warning", *self.extra]
        self.proc = subprocess.Popen(command, env=dict(os.environ, PYTHONWARNINGS="ignore"))
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{self.url}/v1/health", timeout=1).raise_for_status()
                return self
            except httpx.HTTPError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server process did not start") from None
                time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no rollback by the server itself; whatever was in flight is cut."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(30)
            self.proc = None


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    base = os.environ.get(ENV_PG)
    if not base:
        pytest.skip(f"{ENV_PG} is not set: PostgreSQL tests skipped (.ci/run sets it)")
    name = f"fs_test_{uuid.uuid4().hex[:12]}"
    url = make_url(base)
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_schema(database: str) -> str:
    """The URL of a new, empty schema of its own in the PostgreSQL ``database``."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_dsn(database), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{database}?options=-csearch_path%3D{schema}"


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql", query={}).render_as_string(hide_password=False)


class MigratedTemplates:
    """The server's migrations run once per test process and database kind; each test's database then starts
    from what they built, the way the server itself would have left it (dozens of Alembic runs per test module
    otherwise dominate the run time). SQLite: a copy of the migrated file. PostgreSQL: the statements the
    migrations sent, recorded once and sent again into the test's own schema."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sqlite: Path | None = None
        self._pg: dict[str, list[tuple[str, Any, bool]]] = {}

    def open(self, url: str) -> Engine:
        """``open_database(url)`` for an empty server database from :func:`server_db` (or :func:`new_schema`)."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            target = Path(str(parsed.database))
            if not target.exists() or target.stat().st_size == 0:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self._sqlite_template(), target)
        else:
            self._replay(url)
        return open_database(url)

    def _sqlite_template(self) -> Path:
        if self._sqlite is None:
            path = self.folder / "migrated.db"
            open_database(f"sqlite:///{path}").dispose()  # the last connection closed: the WAL is in the file
            assert not path.with_name(path.name + "-wal").exists()
            self._sqlite = path
        return self._sqlite

    def _replay(self, url: str) -> None:
        database = make_url(url).set(query={}).render_as_string(hide_password=False)
        if database not in self._pg:
            self._pg[database] = self._record(database)
        schema = str(make_url(url).query["options"]).removeprefix("-csearch_path=")
        with psycopg.connect(_dsn(url), options=f"-csearch_path={schema}") as conn, conn.cursor() as cursor:
            for statement, parameters, many in self._pg[database]:
                if many:
                    cursor.executemany(statement, parameters)
                else:
                    cursor.execute(statement, parameters)

    @staticmethod
    def _record(database: str) -> list[tuple[str, Any, bool]]:
        url = new_schema(database)
        schema = str(make_url(url).query["options"]).removeprefix("-csearch_path=")
        sent: list[tuple[str, Any, bool]] = []

        def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
            sent.append((statement, parameters, many))

        engine = make_engine(url)
        event.listen(engine, "before_cursor_execute", record)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        # Unqualified names only, so the same statements build the same tables in another schema.
        assert all(schema not in statement and schema not in repr(parameters) for statement, parameters, _ in sent)
        return sent


@pytest.fixture(scope="session")
def migrated_templates(tmp_path_factory: pytest.TempPathFactory) -> MigratedTemplates:
    return MigratedTemplates(tmp_path_factory.mktemp("migrated"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty server database of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    url = new_schema(request.getfixturevalue("pg_database"))
    yield url
    drop_schema(url)


def drop_schema(url: str) -> None:
    """Drop the schema of ``url`` now rather than with the whole database at the end: dropping a database of
    hundreds of schemas holds up the test process's last test for half a minute. A schema still in use (a
    connection the test left open) is left for that."""
    schema = str(make_url(url).query["options"]).removeprefix("-csearch_path=")
    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        conn.execute("SET lock_timeout = '2s'")
        with contextlib.suppress(psycopg.errors.LockNotAvailable):
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def server_engine(server_db: str, migrated_templates: MigratedTemplates) -> Iterator[Engine]:
    """The server's database at ``server_db``, migrated to the head revision."""
    engine = migrated_templates.open(server_db)
    yield engine
    engine.dispose()


@pytest.fixture
def live_server(server_engine: Engine) -> Iterator[LiveServer]:
    server = LiveServer(server_engine).start()
    yield server
    server.stop()


# --- stations and events ---------------------------------------------------------------------------------


def new_station(root: Path, station_id: str, *, plant: bool = False) -> bootstrap.Station:
    """A fresh station database (optionally with the demo plant's master data)."""
    code = "".join(ch for ch in station_id if ch.isalnum())[-4:]  # a station code of its own, as in a real plant
    assert cli.main(["--data-dir", str(root), "init", "--station-id", station_id, "--station-code", code]) == 0
    if plant:
        assert cli.main(["--data-dir", str(root), "import", str(DEMO_PLANT)]) == 0
    return bootstrap.build(root)


def record_cards(station: bootstrap.Station, n: int, *, start: datetime = T0) -> list[Event]:
    """``n`` events (card.printed: no master data needed) committed in one transaction."""
    with station.ctx.uow() as uow:
        recorded = [
            uow.record(
                CardPrinted(card="lot", subject=f"LOT-{i}", printer="P1"),
                operator_id="anna",
                at=start + timedelta(seconds=i),
            )
            for i in range(n)
        ]
        uow.commit()
    return recorded


def chain(
    station_id: str, n: int, *, epoch: int = 1, first_seq: int = 1, prev_hash: str = GENESIS_HASH, **payload: Any
) -> list[Event]:
    """``n`` correctly hash-chained events, built by hand the way a station builds them."""
    out: list[Event] = []
    for i in range(n):
        seq = first_seq + i
        fields: dict[str, Any] = {
            "event_id": str(uuid.uuid4()),
            "station_id": station_id,
            "epoch": epoch,
            "seq": seq,
            "type": "card.printed",
            "schema_version": 1,
            "occurred_at": (T0 + timedelta(minutes=seq)).isoformat(timespec="milliseconds"),
            "operator_id": "anna",
            "payload": payload_dict(CardPrinted(card="lot", subject=f"L-{seq}", printer="P1")),
            "prev_hash": prev_hash,
        }
        fields.update(payload)
        event = Event(hash=event_hash(**fields), **fields)
        out.append(event)
        prev_hash = event.hash
    return out


def rehash(event: Event, **changes: Any) -> Event:
    """``event`` with ``changes`` and a hash that fits them (a well-formed but different event)."""
    fields = {**event.as_dict(), **changes}
    del fields["hash"]
    return Event(hash=event_hash(**fields), **fields)


def post_batch(server: LiveServer, token: str | None, events: list[Event]) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(
        f"{server.url}/v1/events:batch", json={"events": [e.as_dict() for e in events]}, headers=headers, timeout=30
    )


def facts(
    station_id: str,
    payloads: list[Payload],
    *,
    after: Event | None = None,
    epoch: int = 1,
    operator_id: str = "anna",
    start: datetime = T0,
    signed: bool = False,
) -> list[Event]:
    """Hash-chained events carrying ``payloads``, continuing after ``after`` (or from genesis). ``signed``: each
    record that needs a signature (a hold, a release, an override...) is followed by its ``record.signed`` by
    the event's operator, as a station records it."""
    prev_hash, seq = (after.hash, after.seq + 1) if after else (GENESIS_HASH, 1)
    out: list[Event] = []
    queue = list(payloads)
    while queue:
        payload = queue.pop(0)
        fields: dict[str, Any] = {
            "event_id": str(uuid.uuid4()),
            "station_id": station_id,
            "epoch": epoch,
            "seq": seq,
            "type": payload.TYPE,
            "schema_version": payload.VERSION,
            "occurred_at": (start + timedelta(seconds=seq)).isoformat(timespec="milliseconds"),
            "operator_id": operator_id,
            "payload": payload_dict(payload),
            "prev_hash": prev_hash,
        }
        event = Event(hash=event_hash(**fields), **fields)
        out.append(event)
        prev_hash, seq = event.hash, seq + 1
        if signed and payload.TYPE in MEANINGS:
            queue.insert(
                0,
                RecordSigned(
                    signer_id=operator_id,
                    signer_name=operator_id,
                    meaning=MEANINGS[payload.TYPE],
                    method="badge+pin",
                    signed_event_id=event.event_id,
                    signed_event_hash=event.hash,
                    at=event.occurred_at,
                ),
            )
    return out
