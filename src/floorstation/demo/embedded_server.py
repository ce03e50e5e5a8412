"""The demo's embedded central server: ``floorstation demo`` runs the real server beside the terminal, so the demo
station syncs for real without anyone setting a server up.

The server runs in a child process (``python -m floorstation.demo.embedded_server``), not in the terminal's: FastAPI,
uvicorn and the server's models and migrations would add about 30 MB to the terminal. The terminal starts it
once its first screen is up (the headless demo at once, so it boots while the shift plays). The child listens
on 127.0.0.1 (a free port each run), keeps a SQLite database in the demo folder (``server/server.db``), loaded
with the demo plant's master data when it is created, and ends when the process that started it closes its end
of the pipe to it (``stop()``, or that process ending in any way).

The demo station is enrolled the way any station is (a one-time code from the server, traded over HTTP for a
token) on the first run; later runs keep the token and only point the enrollment at this run's port. The child
does that too, before it says it is ready.
"""

from __future__ import annotations

import argparse
import logging
import os
import selectors
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from sqlalchemy import Engine

from floorstation import bootstrap, paths
from floorstation.domain.errors import FloorstationError

log = logging.getLogger(__name__)

FOLDER = "server"
#: The demo plant's GS1 company prefix (resources/demo/*.toml): each demo station gets an SSCC block under it.
DEMO_COMPANY_PREFIX = "5901234"
READY = "ready "
"""The child's one line on stdout once it serves (and the station is enrolled): ``ready URL``."""
START_TIMEOUT_S = 30.0


class EmbeddedServer:
    """``floorstation-server`` on 127.0.0.1 in a child process, on the demo folder's own database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.url = ""
        self._process: subprocess.Popen[str] | None = None
        self._state = threading.Lock()
        """Guards the process and whether it was stopped (held briefly)."""
        self._waiting = threading.Lock()
        """Held while waiting for the server to say it is ready."""
        self._stopped = False
        self._failed: FloorstationError | None = None

    def start(self, station_root: Path | None = None, station_id: str | None = None) -> EmbeddedServer:
        """Start the server process (returns at once; :meth:`wait` until it serves). With a station, the child
        enrolls it (first run) or points its enrollment at this run's port before it says it is ready.
        Any thread; once (after :meth:`stop`, not at all)."""
        command = [sys.executable, "-m", "floorstation.demo.embedded_server", str(self.folder)]
        if station_root is not None and station_id is not None:
            command += ["--station", str(station_root), station_id]
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
        with self._state:
            if self._process is None and not self._stopped:
                self._process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    env=env,
                    start_new_session=True,  # Ctrl+C at the terminal is the terminal's (a kiosk asks for a PIN)
                )
        return self

    def wait(self, timeout: float = START_TIMEOUT_S) -> str:
        """Block until the server serves (and the station is enrolled); its URL. Any thread, any number of times.

        Raises ``FloorstationError`` when it did not start."""
        with self._waiting:
            if self.url:
                return self.url
            if self._failed is not None:
                raise self._failed
            with self._state:
                process = self._process
            if process is None or process.stdout is None:
                raise FloorstationError("The demo's embedded server was not started.")
            line = _read_line(process.stdout, timeout)
            if line.startswith(READY):
                self.url = line.removeprefix(READY).strip()
                return self.url
            self._failed = FloorstationError(
                "The demo's embedded server did not start"
                + (f" (it exited with code {process.poll()})." if process.poll() is not None else " in time."),
                "See the messages above; 'floorstation demo --fresh' starts the demo plant over.",
            )
            raise self._failed

    def stop(self) -> None:
        with self._state:
            self._stopped = True
            process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()  # the child's signal to shut down
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def events_of(self, station_id: str) -> int:
        """How many events of ``station_id`` the server holds (read from its database)."""
        from floorstation.server import admin
        from floorstation.server.db import open_database

        engine = open_database(f"sqlite:///{self.folder / 'server.db'}")
        try:
            return next((s.events for s in admin.stations(engine) if s.station_id == station_id), 0)
        finally:
            engine.dispose()


def _read_line(stream: IO[str], timeout: float) -> str:
    """One line from the child, or "" when it ended or said nothing within ``timeout``."""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        while (left := deadline - time.monotonic()) > 0:
            if selector.select(left):
                return stream.readline()
    return ""


def connect(root: Path, url: str, engine: Engine, station_id: str) -> None:
    """Enroll the demo station with the server at ``url`` (whose database is ``engine``) on its first run;
    afterwards point its enrollment at ``url``."""
    from floorstation.server import enrollment
    from floorstation.sync import server_credentials
    from floorstation.sync.client import enroll_station

    try:
        saved: server_credentials.ServerCredentials | None = server_credentials.load(root, station_id)
    except FloorstationError:
        saved = None
    if saved is not None:
        with engine.begin() as conn:
            known = enrollment.station_of_token(conn, saved.token) == station_id
        if known:
            server_credentials.save(root, server_credentials.ServerCredentials(url, station_id, saved.token))
            return
    code = enrollment.create_code(engine, station_id)
    answer = enroll_station(url, code, station_id)
    server_credentials.save(root, server_credentials.ServerCredentials(url, station_id, answer.token))
    if answer.sscc_block is not None:
        from floorstation.store import station_meta
        from floorstation.store.db import make_engine

        station_engine = make_engine(paths.database_path(root))
        try:
            station_meta.save_sscc_block(station_engine, answer.sscc_block)
        finally:
            station_engine.dispose()
    log.info("demo station %s enrolled with the embedded server", station_id)


def serve(folder: Path, station: tuple[Path, str] | None = None) -> int:
    """The child: the server on the demo folder's database until stdin closes; ``ready URL`` on stdout once it
    serves and ``station`` (its data folder and id) is enrolled."""
    import socket

    import uvicorn

    from floorstation.server.app import ServerSettings, create_app
    from floorstation.server.db import open_database
    from floorstation.server.sscc import SsccPlan

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / "server.db"
    new = not path.exists()
    engine = open_database(f"sqlite:///{path}")
    if new:
        from floorstation.server.masterdata import import_catalog, read_catalog

        import_catalog(engine, read_catalog(paths.resources_dir() / "demo" / "plant.json"))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    settings = ServerSettings(sscc_plan=SsccPlan(DEMO_COMPANY_PREFIX))
    config = uvicorn.Config(create_app(engine, settings), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)

    def until_parent_closes() -> None:
        sys.stdin.read()
        server.should_exit = True

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.01)
        if server.should_exit:
            return
        try:
            if station is not None:
                connect(station[0], url, engine, station[1])
        except FloorstationError as exc:
            print(f"floorstation demo server: {exc.message} {exc.hint}".strip(), file=sys.stderr)
            server.should_exit = True
            return
        print(f"{READY}{url}", flush=True)

    threading.Thread(target=until_parent_closes, name="floorstation-demo-server-parent", daemon=True).start()
    threading.Thread(target=announce, name="floorstation-demo-server-ready", daemon=True).start()
    try:
        server.run(sockets=[listener])
    finally:
        engine.dispose()
    return 0


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m floorstation.demo.embedded_server", description=__doc__)
    parser.add_argument("folder", type=Path, help="the demo server's folder (its database)")
    parser.add_argument("--station", nargs=2, metavar=("DATA_DIR", "STATION_ID"), help="enroll this station")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    try:
        return serve(args.folder, (Path(args.station[0]), args.station[1]) if args.station else None)
    except FloorstationError as exc:
        print(f"floorstation demo server: {exc.message} {exc.hint}".strip(), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
