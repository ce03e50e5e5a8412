"""The unit of work: one SQLite write transaction in which events are appended and projections follow."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine

from floorstation.domain.events import (
    GENESIS_HASH,
    STORED_COLUMNS,
    Event,
    Payload,
    canonical_json,
    chain_hash,
    payload_dict,
)
from floorstation.domain.ids import uuid7
from floorstation.store import failures, projections
from floorstation.store.reads import SqlStationData

_EVENT_INSERT = f"INSERT INTO event ({', '.join(STORED_COLUMNS)}) VALUES ({', '.join('?' for _ in STORED_COLUMNS)})"
"""The unit of work's events, handed to SQLite itself in one executemany (SQLAlchemy's parameter processing
per row cost a sixth of recording an event)."""
_HEAD_SELECT = "SELECT epoch, seq, hash FROM log_head WHERE station_id = ?"
_HEAD_UPSERT = (
    "INSERT INTO log_head (station_id, epoch, seq, hash) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (station_id) DO UPDATE SET epoch = excluded.epoch, seq = excluded.seq, hash = excluded.hash"
)
_HEAD_KEPT = "floorstation.log_head"
"""Where a database connection keeps the log head its last commit wrote (in the pool's per-connection ``info``)."""


class SqlUnitOfWork(SqlStationData):
    """Implements :class:`floorstation.domain.ports.UnitOfWork`.

    The seq and previous hash are read once, under the write lock ``BEGIN IMMEDIATE`` took, and then carried
    in memory; event rows are written in one ``executemany`` at commit, together with the log head.

    Reading the head is skipped when the connection's last commit wrote it and nothing changed the database
    since: SQLite's ``PRAGMA data_version`` moves when another connection commits, the connection's
    ``total_changes`` when any statement on it writes. Both are read under the write lock, so the kept head is
    the one in the file. Everything else on the hot path (BEGIN, the rows, the head) goes to the SQLite
    connection itself: SQLAlchemy's statement machinery cost more per append than SQLite takes to do it.
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
        self._version = -1
        self._pending: list[tuple[Any, ...]] = []
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
            conn = self.conn
            driver: Any = conn.connection.driver_connection
            self._version = driver.execute("PRAGMA data_version").fetchone()[0]
            kept = conn.connection.info.get(_HEAD_KEPT)
            if kept is not None and kept[:3] == (self.station_id, self._version, driver.total_changes):
                self._head = kept[3]
            else:
                row = driver.execute(_HEAD_SELECT, (self.station_id,)).fetchone()
                self._head = (row[0], row[1], row[2]) if row else (self.epoch, 0, GENESIS_HASH)
        return self._head

    def record(self, payload: Payload, *, operator_id: str | None, at: datetime) -> Event:
        if at.tzinfo is None:
            raise ValueError("event time must carry its UTC offset")
        head_epoch, head_seq, prev_hash = self._load_head()
        seq = head_seq + 1 if head_epoch == self.epoch else 1
        event_id = uuid7()
        occurred_at = at.isoformat(timespec="milliseconds")
        body = payload_dict(payload)
        body_json = canonical_json(body)
        digest = chain_hash(
            event_id=event_id,
            station_id=self.station_id,
            epoch=self.epoch,
            seq=seq,
            type=payload.TYPE,
            schema_version=payload.VERSION,
            occurred_at=occurred_at,
            operator_id=operator_id,
            payload_json=body_json,
            prev_hash=prev_hash,
        )
        event = Event(
            event_id,
            self.station_id,
            self.epoch,
            seq,
            payload.TYPE,
            payload.VERSION,
            occurred_at,
            operator_id,
            body,
            prev_hash,
            digest,
        )
        row = (event_id, self.station_id, self.epoch, seq, payload.TYPE, payload.VERSION, occurred_at, operator_id)
        self._pending.append((*row, body_json, prev_hash, digest))
        projections.apply(self.conn, event, payload)
        self._head = (self.epoch, seq, digest)
        self.recorded.append(event)
        return event

    def commit(self) -> None:
        conn = self.conn
        if self._pending:
            info = conn.connection.info
            info.pop(_HEAD_KEPT, None)
            driver: Any = conn.connection.driver_connection
            epoch, seq, digest = self._head or (self.epoch, 0, GENESIS_HASH)
            try:
                driver.executemany(_EVENT_INSERT, self._pending)
                driver.execute(_HEAD_UPSERT, (self.station_id, epoch, seq, digest))
            except sqlite3.Error as exc:  # past SQLAlchemy, so its error translation is done here
                raise failures.translate(exc, self.engine.url.database) or exc from exc
            self._pending = []
            conn.commit()
            info[_HEAD_KEPT] = (self.station_id, self._version, driver.total_changes, (epoch, seq, digest))
            if self._committed is not None:
                self._committed(epoch, seq, digest)
            return
        conn.commit()
