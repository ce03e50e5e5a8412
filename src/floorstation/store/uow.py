"""The unit of work: one SQLite write transaction in which events are appended and projections follow."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine

from floorstation.domain.events import GENESIS_HASH, STORED_COLUMNS, Event, Payload, chain_hash
from floorstation.domain.events.chain import link_hasher, operator_json, plain_text
from floorstation.domain.events.encoding import iso_millis, payload_encoder
from floorstation.domain.events.envelope import new_event
from floorstation.domain.ids import uuid7
from floorstation.store import failures, projections
from floorstation.store.db import begin_immediate
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
_Head = tuple[int, int, str, bool]
"""The log head: epoch, seq, hash, and whether the hash is text JSON writes as it is (it is, unless the database
was altered): then the next envelope's hash is made around it (:func:`link_hasher`)."""


class _Kind:
    """What stays the same for every event of one payload type in one station's epoch."""

    __slots__ = ("encode", "hash", "plain", "type", "version")

    def __init__(self, cls: type[Payload], station_id: str, epoch: int) -> None:
        self.type = cls.TYPE
        self.version = cls.VERSION
        self.hash = link_hasher(station_id, epoch, cls.TYPE, cls.VERSION)
        self.plain = projections.plain_projection(cls.TYPE)
        self.encode = payload_encoder(cls)


_KINDS: dict[tuple[str, int], dict[type[Payload], _Kind]] = {}
"""The kinds of each station and epoch, kept from one unit of work to the next."""


class SqlUnitOfWork(SqlStationData):
    """Implements :class:`floorstation.domain.ports.UnitOfWork`.

    Projections that are one ``INSERT OR IGNORE`` (a sign-in, a machine marked down) are held back and run, a run
    of the same statement in one ``executemany``, before anything else touches the connection (:attr:`conn`) and
    at the commit.

    The seq and previous hash are read once, under the write lock ``BEGIN IMMEDIATE`` took, and then carried
    in memory; event rows are written in one ``executemany`` at commit, together with the log head.

    Reading the head is skipped when the connection's last commit wrote it and nothing changed the database
    since: SQLite's ``PRAGMA data_version`` moves when another connection commits, the connection's
    ``total_changes`` when any statement on it writes. Both are read under the write lock, so the kept head is
    the one in the file. Everything else on the hot path (BEGIN, the rows, the head) goes to the SQLite
    connection itself: SQLAlchemy's statement machinery cost more per append than SQLite takes to do it.

    What is the same for every event of one payload type (the envelope's constant parts in the hash input, how
    the payload is written, its projection) is worked out once per station and epoch (:class:`_Kind`); what an
    append stores and hashes is exactly what writing the whole envelope the plain way gives.
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
        self._head: _Head | None = None
        self._version = -1
        self._pending: list[tuple[Any, ...]] = []
        self._held: list[tuple[str, list[tuple[Any, ...]]]] = []
        self._driver: Any = None
        self.recorded: list[Event] = []
        self._kinds = _KINDS.setdefault((station_id, epoch), {})

    @property
    def conn(self) -> Connection:  # type: ignore[override]
        """The transaction's connection, with every projection statement held back so far run first: whoever
        reads or writes through it sees what was recorded."""
        if self._conn is None:
            raise RuntimeError("unit of work used outside its with-block")
        if self._held:
            self._run_held()
        return self._conn

    def __enter__(self) -> Self:
        conn = self._conn = self.engine.connect()
        # The write lock taken on the SQLite connection itself: SQLAlchemy's begin (a Transaction object and
        # its events) cost a tenth of an append. Its first statement through SQLAlchemy joins this transaction
        # (store/db.py), and the end of the unit of work ends whichever of the two holds it.
        self._driver = conn.connection.driver_connection
        try:
            begin_immediate(self._driver, self.engine.url.database)
        except BaseException:
            self._conn = self._driver = None
            conn.close()
            raise
        self._head = None
        self._pending = []
        self._held = []
        self.recorded = []
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                if conn.in_transaction():
                    conn.rollback()
                elif self._driver.in_transaction:
                    self._driver.rollback()
            finally:
                conn.close()
        self._pending = []
        self._held = []
        self._driver = None

    def _run_held(self) -> None:
        """Run the projection statements held back by :meth:`record`, in order, each run of one statement in one
        ``executemany``."""
        held, self._held = self._held, []
        driver = self._driver
        try:
            for sql, params in held:
                driver.executemany(sql, params)
        except sqlite3.Error as exc:  # past SQLAlchemy, so its error translation is done here
            raise failures.translate(exc, self.engine.url.database) or exc from exc

    def _load_head(self) -> _Head:
        if self._head is None:
            conn = self.conn
            driver = self._driver
            self._version = driver.execute("PRAGMA data_version").fetchone()[0]
            kept = conn.connection.info.get(_HEAD_KEPT)
            if kept is not None and kept[:3] == (self.station_id, self._version, driver.total_changes):
                self._head = kept[3]
            else:
                row = driver.execute(_HEAD_SELECT, (self.station_id,)).fetchone()
                if row is None:
                    self._head = (self.epoch, 0, GENESIS_HASH, True)
                else:
                    self._head = (row[0], row[1], row[2], isinstance(row[2], str) and plain_text(row[2]))
        return self._head

    def _kind(self, payload: Payload) -> _Kind:
        kind = self._kinds[payload.__class__] = _Kind(payload.__class__, self.station_id, self.epoch)
        return kind

    def record(self, payload: Payload, *, operator_id: str | None, at: datetime) -> Event:
        if at.tzinfo is None:
            raise ValueError("event time must carry its UTC offset")
        epoch_seq_hash = self._head or self._load_head()
        station_id, epoch = self.station_id, self.epoch
        seq = epoch_seq_hash[1] + 1 if epoch_seq_hash[0] == epoch else 1
        prev_hash = epoch_seq_hash[2]
        kind = self._kinds.get(payload.__class__) or self._kind(payload)
        event_id = uuid7()
        occurred_at = iso_millis(at)
        body, body_json = kind.encode(payload)
        if epoch_seq_hash[3] and at.__class__ is datetime:
            digest = kind.hash(event_id, seq, occurred_at, operator_json(operator_id), body_json, prev_hash)
        else:  # a previous hash read from the database or a time of its own that JSON would escape: written in full
            digest = chain_hash(
                event_id=event_id,
                station_id=station_id,
                epoch=epoch,
                seq=seq,
                type=kind.type,
                schema_version=kind.version,
                occurred_at=occurred_at,
                operator_id=operator_id,
                payload_json=body_json,
                prev_hash=prev_hash,
            )
        event_type, version = kind.type, kind.version
        event = new_event(
            event_id, station_id, epoch, seq, event_type, version, occurred_at, operator_id, body, prev_hash, digest
        )
        self._pending.append(
            (
                event_id,
                station_id,
                epoch,
                seq,
                event_type,
                version,
                occurred_at,
                operator_id,
                body_json,
                prev_hash,
                digest,
            )
        )
        plain = kind.plain
        if plain is None:
            projections.apply(self.conn, event, payload)
        else:  # held back until something else touches the database: a batch of them is one executemany
            sql, params = plain(event, payload)
            held = self._held
            if held and held[-1][0] is sql:
                held[-1][1].append(params)
            else:
                held.append((sql, [params]))
        self._head = (epoch, seq, digest, True)
        self.recorded.append(event)
        return event

    def commit(self) -> None:
        conn = self.conn
        if self._pending:
            info = conn.connection.info
            info.pop(_HEAD_KEPT, None)
            driver = self._driver
            head = self._head or (self.epoch, 0, GENESIS_HASH, True)
            epoch, seq, digest = head[0], head[1], head[2]
            try:
                driver.executemany(_EVENT_INSERT, self._pending)
                driver.execute(_HEAD_UPSERT, (self.station_id, epoch, seq, digest))
            except sqlite3.Error as exc:  # past SQLAlchemy, so its error translation is done here
                raise failures.translate(exc, self.engine.url.database) or exc from exc
            self._pending = []
            self._end(conn)
            info[_HEAD_KEPT] = (self.station_id, self._version, driver.total_changes, head)
            if self._committed is not None:
                self._committed(epoch, seq, digest)
            return
        self._end(conn)

    def _end(self, conn: Connection) -> None:
        """Commit the transaction, through SQLAlchemy when a statement made it join (its state then follows)."""
        if conn.in_transaction():
            conn.commit()
        else:
            try:
                self._driver.commit()
            except sqlite3.Error as exc:
                raise failures.translate(exc, self.engine.url.database) or exc from exc
