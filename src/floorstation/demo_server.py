"""The demo's embedded central server: ``floorstation demo`` runs the real server in process, so the demo
station syncs for real without anyone setting a server up.

The server listens on 127.0.0.1 (a free port each run) and keeps a SQLite database in the demo folder
(``server/server.db``), loaded with the demo plant's master data when it is created. The demo station is
enrolled the way any station is (a one-time code from the server, traded over HTTP for a token) on the first
run; later runs keep the token and only point the enrollment at this run's port.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from floorstation import bootstrap, paths
from floorstation.domain.errors import FloorstationError
from floorstation.server import admin, enrollment
from floorstation.server.db import open_database

if TYPE_CHECKING:
    import uvicorn

log = logging.getLogger(__name__)

FOLDER = "server"


class EmbeddedServer:
    """``floorstation-server`` on 127.0.0.1 in a thread of this process, on the demo folder's own database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.engine: Engine | None = None
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> EmbeddedServer:
        import socket

        import uvicorn

        from floorstation.server.app import create_app

        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self.folder / "server.db"
        new = not path.exists()
        self.engine = open_database(f"sqlite:///{path}")
        if new:
            from floorstation.server.masterdata import import_catalog, read_catalog

            import_catalog(self.engine, read_catalog(paths.resources_dir() / "demo" / "plant.json"))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        config = uvicorn.Config(
            create_app(self.engine), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(target=server.run, name="floorstation-demo-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise FloorstationError("The demo's embedded server did not start.", "See the log above.")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self.engine is not None:
            self.engine.dispose()

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def events_of(self, station_id: str) -> int:
        assert self.engine is not None
        return next((s.events for s in admin.stations(self.engine) if s.station_id == station_id), 0)


def connect(root: Path, server: EmbeddedServer, station_id: str) -> None:
    """Enroll the demo station with ``server`` on its first run; afterwards point its enrollment at ``server``."""
    from floorstation.sync import credentials
    from floorstation.sync.client import enroll

    assert server.engine is not None
    try:
        saved: credentials.ServerCredentials | None = credentials.load(root, station_id)
    except FloorstationError:
        saved = None
    if saved is not None:
        with server.engine.begin() as conn:
            known = enrollment.station_of_token(conn, saved.token) == station_id
        if known:
            credentials.save(root, credentials.ServerCredentials(server.url, station_id, saved.token))
            return
    code = enrollment.create_code(server.engine, station_id)
    token = enroll(server.url, code, station_id)
    credentials.save(root, credentials.ServerCredentials(server.url, station_id, token))
    log.info("demo station %s enrolled with the embedded server", station_id)


@dataclass(frozen=True)
class SyncReport:
    uploaded: int
    pending: int
    held: int
    error: str | None

    def line(self, station_id: str, url: str) -> str:
        if self.error:
            return f"sync with the embedded server at {url} failed: {self.error} ({self.pending} events pending)"
        return (
            f"synced with the embedded server at {url}: {self.uploaded} events uploaded, {self.pending} pending; "
            f"the server holds {self.held} events of {station_id}"
        )


def sync_once(root: Path, server: EmbeddedServer) -> SyncReport:
    """One round of the station's own sync worker (upload, download, heartbeat), run here rather than on its
    thread, as the headless demo does."""
    station = bootstrap.build(root)
    try:
        events = bootstrap.outbox(station)
        before = events.stats().pending
        worker = bootstrap.sync_worker(station)
        try:
            worker.run_once()
            status = worker.status()
        finally:
            worker.stop()
        after = events.stats().pending
        station_id = station.config.station_id
    finally:
        station.close()
    return SyncReport(before - after, after, server.events_of(station_id), status.last_error)
