"""The unit of work: one SQLite write transaction in which events are appended and projections follow."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, Self

import uuid6
from sqlalchemy import Connection, Engine, select

from floorstation.domain.events import (
    GENESIS_HASH,
    STORED_COLUMNS,
    Event,
    Payload,
    canonical_json,
    event_hash,
    payload_dict,
)
from floorstation.store import failures, projections
from floorstation.store.models import LogHead
from floorstation.store.reads import SqlStationData

_EVENT_INSERT = f"INSERT INTO event ({', '.join(STORED_COLUMNS)}) VALUES ({', '.join(':' + c for c in STORED_COLUMNS)})"
"""The unit of work's events, handed to SQLite itself in one executemany (SQLAlchemy's parameter processing
per row cost a sixth of recording an event)."""
_HEAD_UPSERT = (
    "INSERT INTO log_head (station_id, epoch, seq, hash) VALUES (:station, :epoch, :seq, :hash) "
    "ON CONFLICT (station_id) DO UPDATE SET epoch = excluded.epoch, seq = excluded.seq, hash = excluded.hash"
)


class SqlUnitOfWork(SqlStationData):
    """Implements :class:`floorstation.domain.ports.UnitOfWork`.

    The seq and previous hash are read once, under the write lock ``BEGIN IMMEDIATE`` took, and then carried
    in memory; event rows are written in one ``executemany`` at commit, together with the log head.
    """

    def __init__(
        self,
        engine: Engine,
        station_id: str,
        epoch: int = 1,
        *,
        committed: Callable[[int, int, str], None] | None = None,
    ) -> None:
        """``committed(epoch, seq, hash)``: told the new log head after a commit that appended events."""
        self.engine = engine
        self._committed = committed
        self.station_id = station_id
        self.epoch = epoch
        self._conn: Connection | None = None
        self._head: tuple[int, int, str] | None = None
        self._pending: list[dict[str, Any]] = []
        self.recorded: list[Event] = []

    @property
    def conn(self) -> Connection:  # type: ignore[override]
        if self._conn is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._conn

    def __enter__(self) -> Self:
        self._conn = self.engine.connect()
        self._conn.begin()
        self._head = None
        self._pending = []
        self.recorded = []
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            if conn.in_transaction():
                conn.rollback()
            conn.close()
        self._pending = []

    def _load_head(self) -> tuple[int, int, str]:
        if self._head is None:
            row = self.conn.execute(select(LogHead).where(LogHead.station_id == self.station_id)).first()
            self._head = (row.epoch, row.seq, row.hash) if row else (self.epoch, 0, GENESIS_HASH)
        return self._head

    def record(self, payload: Payload, *, operator_id: str | None, at: datetime) -> Event:
        if at.tzinfo is None:
            raise ValueError("event time must carry its UTC offset")
        head_epoch, head_seq, prev_hash = self._load_head()
        seq = head_seq + 1 if head_epoch == self.epoch else 1
        fields: dict[str, Any] = {
            "event_id": str(uuid6.uuid7()),
            "station_id": self.station_id,
            "epoch": self.epoch,
            "seq": seq,
            "type": payload.TYPE,
            "schema_version": payload.VERSION,
            "occurred_at": at.isoformat(timespec="milliseconds"),
            "operator_id": operator_id,
            "payload": payload_dict(payload),
            "prev_hash": prev_hash,
        }
        digest = event_hash(**fields)
        event = Event(hash=digest, **fields)
        row = dict(fields, hash=digest, payload_json=canonical_json(fields["payload"]))
        del row["payload"]
        self._pending.append(row)
        projections.apply(self.conn, event, payload)
        self._head = (self.epoch, seq, digest)
        self.recorded.append(event)
        return event

    def commit(self) -> None:
        conn = self.conn
        if self._pending:
            driver: Any = conn.connection.driver_connection
            try:
                driver.executemany(_EVENT_INSERT, self._pending)
            except sqlite3.Error as exc:  # past SQLAlchemy, so its error translation is done here
                raise failures.translate(exc, self.engine.url.database) or exc from exc
            epoch, seq, digest = self._head or (self.epoch, 0, GENESIS_HASH)
            conn.exec_driver_sql(_HEAD_UPSERT, {"station": self.station_id, "epoch": epoch, "seq": seq, "hash": digest})
            self._pending = []
            conn.commit()
            if self._committed is not None:
                self._committed(epoch, seq, digest)
            return
        conn.commit()
