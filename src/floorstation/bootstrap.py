"""The one place that builds the station: engine, unit-of-work factory, clock, rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from floorstation import config as station_config
from floorstation import paths
from floorstation.app.context import StationContext
from floorstation.domain.ports import Clock, UnitOfWork
from floorstation.store.migrate import open_database
from floorstation.store.uow import SqlUnitOfWork


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()


@dataclass
class Station:
    root: Path
    config: station_config.StationConfig
    engine: Engine
    ctx: StationContext

    def close(self) -> None:
        self.engine.dispose()


def build(data_dir: Path, *, clock: Clock | None = None, synchronous: str = "FULL") -> Station:
    cfg = station_config.load(paths.config_path(data_dir))
    engine = open_database(
        paths.database_path(data_dir),
        station_id=cfg.station_id,
        backup_dir=paths.backup_dir(data_dir),
        synchronous=synchronous,
    )
    rules = cfg.rules()

    def uow() -> UnitOfWork:
        return SqlUnitOfWork(engine, rules.station_id, rules.epoch)

    return Station(data_dir, cfg, engine, StationContext(uow=uow, clock=clock or SystemClock(), rules=rules))
