"""The one place that builds the station: engine, unit-of-work factory, clock, rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from floorstation import config as station_config
from floorstation import paths
from floorstation.app.context import StationContext
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.ports import ChangeSink, Clock, Outbox, UnitOfWork
from floorstation.store import log_anchor
from floorstation.store.migrate import open_database
from floorstation.store.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from collections.abc import Mapping

    from floorstation.app.numbering import SsccRangeInUse
    from floorstation.app.printing import PrintContext
    from floorstation.devices.printing.factory import BackendFactory
    from floorstation.devices.registry import DeviceRegistry
    from floorstation.domain.codes import SsccRange
    from floorstation.domain.ports import Printers
    from floorstation.domain.printjobs import PrintUnitOfWork
    from floorstation.sync.worker import ConfigOutcome, SyncWorker

LIVE_TRACE_TIMEOUT = 3.0
"""Seconds a trace waits for the server's live answer before it says how fresh its own plant copy is."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()


@dataclass
class Station:
    root: Path
    config: station_config.StationConfig
    engine: Engine
    ctx: StationContext

    anchor: log_anchor.Anchor

    def close(self) -> None:
        try:
            self.anchor.save(self.engine)
        finally:
            self.engine.dispose()


def build(data_dir: Path, *, clock: Clock | None = None, synchronous: str = "FULL") -> Station:
    """Open the station in ``data_dir``; a station that had a history and lost its database is refused
    (``store/log_anchor.py``), never started anew."""
    cfg = station_config.load(paths.config_path(data_dir))
    database, backups = paths.database_path(data_dir), paths.backup_dir(data_dir)
    log_anchor.check_file(database, backups, cfg.epoch)
    engine = open_database(database, station_id=cfg.station_id, backup_dir=backups, synchronous=synchronous)
    try:
        if (problem := log_anchor.problem(engine, database, backups, cfg.epoch)) is not None:
            raise problem
        head = log_anchor.database_head(engine, cfg.station_id)
        if head is not None:
            log_anchor.write(database, head)
    except BaseException:
        engine.dispose()
        raise
    anchor = log_anchor.Anchor(database, cfg.station_id, first_commit_pending=head is None or head.epoch != cfg.epoch)
    rules = cfg.rules()

    def uow() -> UnitOfWork:
        return SqlUnitOfWork(engine, rules.station_id, rules.epoch, committed=anchor.committed)

    def plant_trace(lot: str) -> Genealogy | None:
        from floorstation.store.outbox import SqlOutbox
        from floorstation.sync import server_credentials
        from floorstation.sync.client import SyncClient

        enrolled = server_credentials.load(data_dir, cfg.station_id)
        events = SqlOutbox(engine, cfg.station_id)
        with SyncClient(enrolled.url, enrolled.token, events, verify=enrolled.verify, timeout=LIVE_TRACE_TIMEOUT) as c:
            answer = c.trace(lot)
        return None if answer is None else Genealogy.from_dict(answer)

    ctx = StationContext(uow=uow, clock=clock or SystemClock(), rules=rules, plant_trace=plant_trace)
    return Station(data_dir, cfg, engine, ctx, anchor)


def outbox(station: Station) -> Outbox:
    from floorstation.store.outbox import SqlOutbox

    return SqlOutbox(station.engine, station.config.station_id)


def sync_worker(
    station: Station, *, outbox: Outbox | None = None, changes: ChangeSink | None = None, **options: Any
) -> SyncWorker:
    """The sync thread of this station (not started); it reads the enrollment each time it needs a client.
    ``outbox`` and ``changes``: the ports it writes through (the runtime passes ones that run on its database
    thread); by default its own."""
    import shutil

    from floorstation.store.outbox import SqlOutbox
    from floorstation.sync import server_credentials
    from floorstation.sync.client import SyncClient
    from floorstation.sync.worker import SyncWorker

    events = outbox if outbox is not None else SqlOutbox(station.engine, station.config.station_id)

    def client() -> SyncClient:
        enrolled = server_credentials.load(station.root, station.config.station_id)
        return SyncClient(enrolled.url, enrolled.token, events, verify=enrolled.verify)

    def disk_free() -> int:
        return shutil.disk_usage(station.root).free

    options.setdefault("clock_warning_s", station.config.clock_warning_minutes * 60)
    options.setdefault("on_config", lambda pushed: take_server_config(station, pushed))
    sink = changes if changes is not None else change_sink(station)
    return SyncWorker(client, events, changes=sink, disk_free=disk_free, **options)


#: Options the running terminal takes at once (the screen changes mode; the settings screen changes language).
LIVE_OPTIONS = ("mode", "language")


def take_server_config(station: Station, pushed: dict[str, Any]) -> ConfigOutcome:
    """Keep the configuration the server sent (``server-config.json``) when the station's configuration holds
    with it; say what changed that the terminal takes only at its next start. ``station.toml`` still wins key by
    key (``config.py``)."""
    import dataclasses
    import logging

    from floorstation.domain.errors import InvalidInput
    from floorstation.sync.worker import ConfigOutcome

    path = paths.config_path(station.root)
    try:
        effective = station_config.load_with_sources(path, pushed=pushed)[0]
    except InvalidInput as exc:
        logging.getLogger(__name__).info("the server's configuration is not taken: %s", exc.message)
        return ConfigOutcome(refused=exc.message)
    if station_config.save_pushed(path, pushed):
        logging.getLogger(__name__).info("the server's configuration for this station is kept")
    running = station.config
    changed = [
        f.name
        for f in dataclasses.fields(running)
        if f.name not in LIVE_OPTIONS and getattr(running, f.name) != getattr(effective, f.name)
    ]
    return ConfigOutcome(restart=tuple(changed), mode=effective.mode)


def enroll(station: Station, server_url: str, code: str, *, ca_bundle: str | None = None) -> SsccRange | None:
    """Enroll the station with the server: its token goes to ``server.json``, its SSCC block (when the server gives
    one) to the station database, where numbering takes it from the next pallet on. Returns the block."""
    from floorstation.store import station_meta
    from floorstation.sync import server_credentials
    from floorstation.sync.client import enroll_station

    station_id = station.config.station_id
    answer = enroll_station(server_url, code, station_id, verify=ca_bundle or True)
    server_credentials.save(
        station.root, server_credentials.ServerCredentials(server_url, station_id, answer.token, ca_bundle)
    )
    if answer.sscc_block is not None:
        station_meta.save_sscc_block(station.engine, answer.sscc_block)
    return answer.sscc_block


def sscc_in_use(station: Station) -> SsccRangeInUse:
    """Which SSCC range the station's next pallets take (the server's block, else station.toml)."""
    from floorstation.app.numbering import sscc_range_in_use

    return sscc_range_in_use(station.ctx)


def change_sink(station: Station) -> ChangeSink:
    from floorstation.store.download import SqlChangeSink

    return SqlChangeSink(station.engine)


def printing(
    station: Station, *, printers: Printers | None = None, backends: Mapping[str, BackendFactory] | None = None
) -> PrintContext:
    """The print queue, configured printers and card layout of this station (``printers`` replaced by fakes in
    tests). ``backends`` adds printer languages this module may not import itself: the caller that runs Qt passes
    ``floorstation.ui.qt_printer.backends()`` for ``qt://`` printers."""
    import os
    import socket

    from floorstation.app.printing import PrintContext
    from floorstation.devices.printing.factory import DevicePrinters
    from floorstation.store.printjobs import SqlPrintUnitOfWork

    host = socket.gethostname()
    rules = station.ctx.rules

    def uow() -> PrintUnitOfWork:
        return SqlPrintUnitOfWork(station.engine, rules.station_id, rules.epoch, committed=station.anchor.committed)

    def alive(owner: str) -> bool:
        pid, _, owner_host = owner.removeprefix("pid:").partition("@")
        if owner_host != host or not pid.isdigit():
            return True  # another machine's worker (a shared folder?): not ours to judge
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    return PrintContext(
        station.ctx,
        uow,
        printers or DevicePrinters(backends),
        f"pid:{os.getpid()}@{host}",
        alive,
        station_printers=station.config.printers,
        layout=station.config.card,
    )


def scanners(station: Station) -> DeviceRegistry:
    """The station's scanners and cameras from its configuration, not started yet (``start()`` runs the serial and
    evdev readers and the cameras; the UI installs ``ui.wedge_filter.WedgeFilter(registry.wedge)`` for keyboard
    scanners)."""
    from floorstation.devices.registry import DeviceRegistry

    return DeviceRegistry(station.config.scanners, station.config.cameras)
