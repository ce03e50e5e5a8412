"""The running station: builds, starts and stops every piece that runs beside the screen, in one documented order.

``bootstrap`` builds things; this module runs them. Start order (``docs/architecture.md``, "The runtime"):

1. ``database``   the station's one database thread (``app.executor.StationExecutor``, thread ``station-db``);
                  the station itself was opened (migrated, checked against its anchor) when the runtime was built.
2. ``print``      the print worker on its ``print-worker`` thread; its transactions run on the database thread.
   (the screen comes up here: the UI receives :meth:`Runtime.handle`, and starts what follows once it shows)
3. ``gs1``        biip loaded on a thread of its own (GS1 scans), off the first screen's path.
4. ``devices``    the serial, evdev and camera readers (a camera's start loads OpenCV: on a starter thread).
5. ``sync``       the sync thread ``floorstation-sync`` (in the demo after the embedded server answers).
6. UI-side pieces attached by the screen (the keyboard-wedge filter, ``ui.application.WedgePiece``).

:meth:`Runtime.stop` stops whatever was started in the reverse order, then closes the database (its anchor
written). Qt-free: the headless demo, the tests and the terminal run the same runtime.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from floorstation import bootstrap, paths
from floorstation import config as station_config
from floorstation.app.executor import StationExecutor
from floorstation.app.handle import Piece, StationHandle
from floorstation.app.status import EnrolmentDone, LocalSync, ServerInfo, SyncReport
from floorstation.domain.errors import FloorstationError
from floorstation.domain.ports import ChangeSink, Outbox, UnitOfWork

if TYPE_CHECKING:
    from floorstation.app.printing import PrintContext, PrintWorker
    from floorstation.devices.printing.factory import BackendFactory
    from floorstation.devices.registry import DeviceRegistry
    from floorstation.domain.enrolment_code import EnrolmentCode
    from floorstation.domain.printjobs import PrintUnitOfWork
    from floorstation.sync.worker import SyncWorker

log = logging.getLogger(__name__)

#: How long stopping waits for a print worker held up by a printer before leaving its (daemon) thread behind.
PRINT_STOP_S = 2.0


class _Database:
    name = "database"

    def __init__(self, executor: StationExecutor) -> None:
        self.executor = executor

    def start(self) -> None:
        self.executor.submit(lambda: None).result()  # the thread exists from here on

    def stop(self) -> None:
        self.executor.stop()


class _PrintThread:
    name = "print"

    def __init__(self, worker: PrintWorker, stop_s: float) -> None:
        self.worker = worker
        self.stop_s = stop_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name="print-worker", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            self.worker.serve(self._stop)
        except Exception:  # the station's database went away under a worker that was stopping
            log.exception("print worker stopped")

    def stop(self) -> None:
        """A printer blocking the worker is left behind (a daemon thread; the job stays queued, or becomes
        ``uncertain`` at the next start, never printed twice on its own)."""
        self._stop.set()
        self.worker.wake()
        if self._thread is not None:
            self._thread.join(self.stop_s)
            if self._thread.is_alive():
                log.warning("the print worker is still busy with a printer; leaving it behind")


class _Gs1:
    name = "gs1"

    def start(self) -> None:
        from floorstation.domain import gs1_strict

        self._thread = threading.Thread(target=gs1_strict.load, name="floorstation-load-gs1", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._thread.join()


class _Devices:
    name = "devices"

    def __init__(self, registry: DeviceRegistry) -> None:
        self.registry = registry
        self._starter: threading.Thread | None = None

    def start(self) -> None:
        # Off the GUI thread: a camera's start imports OpenCV and its decoders (a tenth of a second or more).
        self._starter = threading.Thread(target=self.registry.start, name="floorstation-devices-start")
        self._starter.start()

    def stop(self) -> None:
        if self._starter is not None:
            self._starter.join()
        self.registry.stop()


class _Sync:
    name = "sync"

    def __init__(self, make: Callable[[], SyncWorker], before: Callable[[], object] | None) -> None:
        self._make = make
        self._before = before
        self.worker: SyncWorker | None = None
        self._lock = threading.Lock()
        self._closing = False
        self._starter: threading.Thread | None = None

    def start(self) -> None:
        if self._before is None:
            self._start_worker()
        else:
            self._starter = threading.Thread(target=self._wait_then_start, name="floorstation-sync-start", daemon=True)
            self._starter.start()

    def _wait_then_start(self) -> None:
        assert self._before is not None
        try:
            self._before()
        except FloorstationError as exc:  # the sync thread then says it is offline, and keeps retrying
            log.warning("sync starts without its server: %s", exc.message)
        self._start_worker()

    def _start_worker(self) -> None:
        with self._lock:
            if self._closing:
                return
            worker = self._make()
            worker.start()
            self.worker = worker

    def stop(self) -> None:
        with self._lock:
            self._closing = True
            worker = self.worker
        if worker is not None:
            worker.stop()


class _OnExecutor:
    """A port whose every method runs on the database thread (the sync thread's outbox and change sink)."""

    def __init__(self, target: object, executor: StationExecutor) -> None:
        self._target = target
        self._executor = executor

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._target, name)
        if not callable(method):
            return method

        def on_database_thread(*args: Any, **kwargs: Any) -> Any:
            return self._executor.call(method, *args, **kwargs)

        return on_database_thread


class Runtime:
    """Every running piece of one station, and the handle the screen gets. Build it with :func:`build` (or
    around an open station in tests), :meth:`start`, hand :meth:`handle` to the UI, :meth:`stop` at the end."""

    def __init__(
        self,
        station: bootstrap.Station,
        *,
        devices: DeviceRegistry | None = None,
        printing: PrintContext | None = None,
        sync: bool = False,
        before_sync: Callable[[], object] | None = None,
        closes_station: bool = True,
        print_stop_s: float = PRINT_STOP_S,
    ) -> None:
        """``print_stop_s``: how long stopping waits for a print worker busy with a printer."""
        self.station = station
        self.executor = StationExecutor()
        writer = self.executor.writer

        opened = station.ctx.uow

        def checked_uow() -> UnitOfWork:
            writer.check("a station transaction")
            return opened()

        self.ctx = dataclasses.replace(station.ctx, uow=checked_uow)
        self.devices = devices
        self.printing = printing
        self._closes_station = closes_station
        self.print_worker: PrintWorker | None = None
        if printing is not None:
            from floorstation.app.printing import PrintWorker

            opened_print = printing.uow

            def checked_print_uow() -> PrintUnitOfWork:
                writer.check("a print-queue transaction")
                return opened_print()

            self.printing = dataclasses.replace(printing, station=self.ctx, uow=checked_print_uow)
            self.print_worker = PrintWorker(self.printing, database=self.executor.call)
        self._outbox = cast(Outbox, _OnExecutor(bootstrap.outbox(station), self.executor))
        self._sync = _Sync(self._sync_worker, before_sync) if sync else None
        self._foreground: list[Piece] = [_Database(self.executor)]
        if self.print_worker is not None:
            self._foreground.append(_PrintThread(self.print_worker, print_stop_s))
        self._background: list[Piece] = [_Gs1()]
        if devices is not None:
            self._background.append(_Devices(devices))
        if self._sync is not None:
            self._background.append(self._sync)
        self.running: list[Piece] = []
        """The pieces started, in order; :meth:`stop` stops them from the last."""
        self._lock = threading.Lock()
        self._stopped = False

    # --- starting and stopping --------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the database thread and the print worker: what the first screen needs."""
        for piece in self._foreground:
            self._start(piece)

    def start_background(self) -> None:
        """Start what can wait until the first screen is up: biip, the devices, the sync thread."""
        for piece in self._background:
            self._start(piece)
        self._background = []

    def attach(self, piece: Piece) -> None:
        """Start a piece the screen owns (the keyboard-wedge filter); it is stopped before everything else."""
        self._start(piece)

    def _start(self, piece: Piece) -> None:
        with self._lock:
            if self._stopped:
                return
            piece.start()
            self.running.append(piece)
        log.info("started %s", piece.name)

    def stop(self) -> None:
        """Stop every piece in the reverse order of their start, then close the database. Idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            running, self.running = self.running, []
        for piece in reversed(running):
            try:
                piece.stop()
            except Exception:
                log.exception("stopping %s failed", piece.name)
            log.info("stopped %s", piece.name)
        self.executor.stop()  # (never started when start() was not called)
        if self._closes_station:
            self.station.close()
            log.info("closed the station database")

    # --- what the screen gets ---------------------------------------------------------------------------------

    def handle(self) -> StationHandle:
        root = self.station.root
        return StationHandle(
            ctx=self.ctx,
            config=self.station.config,
            executor=self.executor,
            sync_status=self.sync_status,
            devices=self.devices,
            printing=self.printing,
            print_worker=self.print_worker,
            server_info=self.server_info,
            enrol=self.enrol,
            save_language=lambda code: station_config.save_station_option(paths.config_path(root), "language", code),
            save_mode=lambda mode: station_config.save_station_option(paths.config_path(root), "mode", mode),
            log_file=paths.log_path(root),
            after_first_screen=self.start_background,
            attach=self.attach,
        )

    def sync_status(self) -> SyncReport:
        worker = self._sync.worker if self._sync is not None else None
        if worker is not None:
            return worker.live()
        pending = self._outbox.pending_count()
        return LocalSync(pending, last_error="starting") if self._sync is not None else LocalSync(pending)

    def server_info(self) -> ServerInfo:
        """Where this station syncs to, for the settings (read from its enrollment, never the token)."""
        from floorstation.sync import server_credentials

        try:
            enrolled = server_credentials.load(self.station.root, self.station.config.station_id)
        except FloorstationError as exc:
            return ServerInfo(None, False, f"{exc.message} {exc.hint}".strip())
        return ServerInfo(enrolled.url, True)

    def enrol(self, scanned: EnrolmentCode) -> EnrolmentDone:
        """Enrol this station with the code scanned from the office's QR code: the token goes to ``server.json``,
        the SSCC block (when the server gives one) to the database through its thread, and the sync thread tries
        at once. Waits for the server: call it on a thread of its own. Raises what the person should read."""
        from floorstation.store import station_meta
        from floorstation.sync import server_credentials
        from floorstation.sync.client import ServerRefused, Unreachable, enroll_station

        station_id = self.station.config.station_id
        if scanned.station != station_id:
            raise FloorstationError(
                f"This enrolment code is for station {scanned.station}, but this terminal is {station_id}.",
                f"On the office's Stations page, make a code for {station_id} and scan that one.",
                code="enrol.other_station",
                params={"other": scanned.station, "station": station_id},
            )
        if scanned.server is None:
            raise FloorstationError(
                "This enrolment code does not say which server to enrol with.",
                "Scan the QR code on the office's Stations page (or make one with --server-url).",
                code="enrol.no_server",
            )
        ca_bundle = None
        try:
            earlier = server_credentials.load(self.station.root, station_id)
            ca_bundle = earlier.ca_bundle if earlier.url.rstrip("/") == scanned.server else None
        except FloorstationError:
            pass
        try:
            answer = enroll_station(scanned.server, scanned.code, station_id, verify=ca_bundle or True, attempts=2)
        except Unreachable as exc:
            raise FloorstationError(
                f"The server at {scanned.server} cannot be reached; this station is not enrolled.",
                "Check the network cable or Wi-Fi and that the server runs, then scan the code again.",
                code="enrol.unreachable",
                params={"server": scanned.server},
            ) from exc
        except ServerRefused as exc:
            raise _enrolment_refused(exc, scanned.server) from exc
        server_credentials.save(
            self.station.root,
            server_credentials.ServerCredentials(scanned.server, station_id, answer.token, ca_bundle),
        )
        if answer.sscc_block is not None:
            self.executor.call(station_meta.save_sscc_block, self.station.engine, answer.sscc_block)
        log.info("station %s enrolled with %s by a scanned code", station_id, scanned.server)
        worker = self._sync.worker if self._sync is not None else None
        if worker is not None:
            worker.nudge()
        return EnrolmentDone(station_id, scanned.server)

    def _sync_worker(self) -> SyncWorker:
        changes = cast(ChangeSink, _OnExecutor(bootstrap.change_sink(self.station), self.executor))
        return bootstrap.sync_worker(self.station, outbox=self._outbox, changes=changes)


_REFUSALS = {
    "CODE_EXPIRED": ("This enrolment code has expired.", "enrol.code_expired"),
    "CODE_USED": ("This enrolment code has already been used.", "enrol.code_used"),
    "CODE_UNKNOWN": ("The server at {server} does not know this enrolment code.", "enrol.code_unknown"),
}


def _enrolment_refused(exc: FloorstationError, server: str) -> FloorstationError:
    """The server's refusal of a scanned code, in the words of the person at the terminal."""
    known = _REFUSALS.get(getattr(exc, "error", ""))
    if known is None:
        return exc
    message, code = known
    return FloorstationError(
        message.format(server=server),
        "Make a new code for this station on the office's Stations page and scan it.",
        code=code,
        params={"server": server} if "{server}" in message else None,
    )


def build(
    root: Path,
    *,
    backends: Mapping[str, BackendFactory] | None = None,
    before_sync: Callable[[], object] | None = None,
) -> Runtime:
    """The terminal's runtime on the station in ``root``: its scanners and cameras, its print queue (``backends``
    adds Qt's ``qt://`` printers), its sync thread (started after ``before_sync`` returns, when given)."""
    station = bootstrap.build(root)
    try:
        devices = bootstrap.scanners(station)
        printing = bootstrap.printing(station, backends=backends)
    except BaseException:
        station.close()
        raise
    return Runtime(station, devices=devices, printing=printing, sync=True, before_sync=before_sync)
