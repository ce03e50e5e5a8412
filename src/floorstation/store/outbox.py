"""The event table seen as an outbox (implements :class:`floorstation.domain.ports.Outbox`).

The server acknowledges a prefix of the log, so the upload position is one row in ``sync_cursor``; each
acknowledged event also gets its ``event_sync`` row (``acked``, or ``flagged`` with the server's codes). Both
are written in one transaction, so a crash leaves either all of an answer recorded or none of it, and an
answer recorded twice changes nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, or_, select, update
from sqlalchemy.dialects.sqlite import insert

from floorstation.domain.events import Event
from floorstation.domain.ports import EncodedEvent, OutboxStats
from floorstation.store.models import EventRow, EventSyncRow, SyncCursorRow
from floorstation.store.projections import row_to_event
from floorstation.store.said_column import from_column, to_column

UPLOAD = "upload"

# The statements of every upload round are plain SQL handed straight to the driver (as in store/projections.py):
# building and compiling an upsert per call would cost more than the database's own work.
_ENVELOPE_JSON = (
    "json_object('event_id', event_id, 'station_id', station_id, 'epoch', epoch, 'seq', seq, 'type', type, "
    "'schema_version', schema_version, 'occurred_at', occurred_at, 'operator_id', operator_id, "
    "'payload', json(payload_json), 'prev_hash', prev_hash, 'hash', hash)"
)
"""``Event.as_dict()`` as JSON, built by SQLite; ``json()`` keeps the stored payload's text (numbers, escapes) as
it is, and refuses a payload that is not JSON any more (an altered record) rather than sending it."""
# Two index range scans rather than one OR, which SQLite would answer by walking the acked prefix.
_PENDING_IN_EPOCH = (
    f"SELECT epoch, seq, {_ENVELOPE_JSON} FROM event "
    "WHERE station_id = :station AND epoch = :epoch AND seq > :seq ORDER BY seq LIMIT :limit"
)
_PENDING_LATER = (
    f"SELECT epoch, seq, {_ENVELOPE_JSON} FROM event "
    "WHERE station_id = :station AND epoch > :epoch ORDER BY epoch, seq LIMIT :limit"
)
_COVERED = "station_id = :station AND epoch = :epoch AND seq > :after AND seq <= :through"
_COUNT_COVERED = f"SELECT count(*), max(seq) FROM event WHERE {_COVERED}"
_ACK_COVERED = (
    "INSERT INTO event_sync (event_id, state, last_error, acked_at, attempts) "
    "SELECT event_id, CASE WHEN seq IN (SELECT value FROM json_each(:flagged)) THEN 'flagged' ELSE 'acked' END, "
    f"NULL, :now, 0 FROM event WHERE {_COVERED} "
    "ON CONFLICT (event_id) DO UPDATE SET state = excluded.state, acked_at = excluded.acked_at, last_error = NULL"
)
# What waits to go up, from the log's own bookkeeping: its head (one row, written with every event) and the upload
# position; seqs are gapless within an epoch, so only events of earlier epochs than the head's are counted.
_HEAD = "SELECT epoch, seq FROM log_head WHERE station_id = :station"
_POSITION = "SELECT position FROM sync_cursor WHERE channel = :channel"
_PENDING_BEFORE_HEAD = (
    "SELECT (SELECT count(*) FROM event WHERE station_id = :station AND epoch = :epoch AND seq > :seq) "
    "+ (SELECT count(*) FROM event WHERE station_id = :station AND epoch > :epoch AND epoch < :head)"
)
_SET_POSITION = (
    "INSERT INTO sync_cursor (channel, position, updated_at) VALUES (:channel, :position, :now) "
    "ON CONFLICT (channel) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class SqlOutbox:
    def __init__(self, engine: Engine, station_id: str) -> None:
        self.engine = engine
        self.station_id = station_id

    def _position(self, conn: Connection) -> tuple[int, int]:
        text = conn.scalar(select(SyncCursorRow.position).where(SyncCursorRow.channel == UPLOAD))
        if text is None:
            return (0, 0)
        epoch, _, seq = text.partition(":")
        return (int(epoch), int(seq))

    def _after(self, position: tuple[int, int]) -> Any:
        epoch, seq = position
        return and_(
            EventRow.station_id == self.station_id,
            or_(and_(EventRow.epoch == epoch, EventRow.seq > seq), EventRow.epoch > epoch),
        )

    def _select_after(self, conn: Connection, position: tuple[int, int], limit: int) -> list[Any]:
        # Two index range scans rather than one OR, which SQLite would answer by walking the acked prefix.
        epoch, seq = position
        base = select(EventRow).where(EventRow.station_id == self.station_id)
        rows = list(
            conn.execute(
                base.where(EventRow.epoch == epoch, EventRow.seq > seq).order_by(EventRow.seq).limit(limit)
            ).all()
        )
        if len(rows) < limit:
            rows += conn.execute(
                base.where(EventRow.epoch > epoch).order_by(EventRow.epoch, EventRow.seq).limit(limit - len(rows))
            ).all()
        return rows

    def pending(self, limit: int) -> list[Event]:
        with self.engine.connect() as conn:
            return [row_to_event(r) for r in self._select_after(conn, self._position(conn), limit)]

    def pending_json(self, limit: int) -> list[EncodedEvent]:
        with self.engine.connect() as conn:
            epoch, seq = self._position(conn)
            where = {"station": self.station_id, "epoch": epoch, "seq": seq, "limit": limit}
            rows = list(conn.exec_driver_sql(_PENDING_IN_EPOCH, where).all())
            if len(rows) < limit:
                rows += conn.exec_driver_sql(_PENDING_LATER, {**where, "limit": limit - len(rows)}).all()
        return [EncodedEvent(r[0], r[1], r[2]) for r in rows]

    def mark_acked(self, epoch: int, through_seq: int, flagged: dict[int, str]) -> int:
        with self.engine.connect() as conn:
            position = self._position(conn)
            if (epoch, through_seq) <= position:
                return 0
            # Only events of the acknowledged epoch: an earlier epoch still pending was not covered by this answer.
            if epoch > position[0]:
                first = self._select_after(conn, position, 1)
                if not first or first[0].epoch < epoch:
                    return 0
            covered = {
                "station": self.station_id,
                "epoch": epoch,
                "after": position[1] if epoch == position[0] else 0,
                "through": through_seq,
            }
            count, last = conn.exec_driver_sql(_COUNT_COVERED, covered).one()
            if not count:
                return 0
            now = _now()
            conn.exec_driver_sql(_ACK_COVERED, {**covered, "flagged": json.dumps(sorted(flagged)), "now": now})
            self._set_position(conn, (epoch, last), now)
            conn.commit()
            return int(count)

    def _set_position(self, conn: Connection, position: tuple[int, int], now: str) -> None:
        conn.exec_driver_sql(_SET_POSITION, {"channel": UPLOAD, "position": f"{position[0]}:{position[1]}", "now": now})

    def rewind(self, epoch: int, seq: int) -> None:
        with self.engine.connect() as conn:
            if (epoch, seq) >= self._position(conn):
                return
            later = select(EventRow.event_id).where(self._after((epoch, seq)))
            conn.execute(update(EventSyncRow).where(EventSyncRow.event_id.in_(later)).values(state="pending"))
            self._set_position(conn, (epoch, seq), _now())
            conn.commit()

    def stats(self) -> OutboxStats:
        with self.engine.connect() as conn:
            position = self._position(conn)
            count = conn.scalar(select(func.count()).select_from(EventRow).where(self._after(position)))
            oldest = self._select_after(conn, position, 1)
            refusal = (
                conn.scalar(select(EventSyncRow.last_error).where(EventSyncRow.event_id == oldest[0].event_id))
                if oldest
                else None
            )
        return OutboxStats(int(count or 0), oldest[0].occurred_at if oldest else None, from_column(refusal))

    def pending_count(self) -> int:
        """``stats().pending`` from two one-row reads (the log's head, the upload position), without counting the
        rows: the terminal's status strip asks every few seconds, on the database thread scans also wait for,
        and an offline station may hold a backlog of many thousand events."""
        with self.engine.connect() as conn:
            head = conn.exec_driver_sql(_HEAD, {"station": self.station_id}).first()
            if head is None:
                return int(conn.scalar(select(func.count()).select_from(EventRow).where(self._after((0, 0)))) or 0)
            text = conn.exec_driver_sql(_POSITION, {"channel": UPLOAD}).scalar()
            epoch, _, seq = (text or "0:0").partition(":")
            position = (int(epoch), int(seq))
            if position >= (head[0], head[1]):
                return 0
            if position[0] == head[0]:
                return int(head[1]) - position[1]
            where = {"station": self.station_id, "epoch": position[0], "seq": position[1], "head": head[0]}
            return int(head[1]) + int(conn.exec_driver_sql(_PENDING_BEFORE_HEAD, where).scalar() or 0)

    def record_refusal(self, epoch: int, first_seq: int, last_seq: int, message: str) -> None:
        """Keep the server's refusal on each event of the refused batch (``event_sync.last_error``, attempts + 1);
        an acknowledgement later clears it."""
        with self.engine.connect() as conn:
            ids = list(
                conn.scalars(
                    select(EventRow.event_id).where(
                        EventRow.station_id == self.station_id,
                        EventRow.epoch == epoch,
                        EventRow.seq >= first_seq,
                        EventRow.seq <= last_seq,
                    )
                )
            )
            if ids:
                stmt = insert(EventSyncRow)
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["event_id"],
                        set_={"last_error": stmt.excluded.last_error, "attempts": EventSyncRow.attempts + 1},
                    ),
                    [{"event_id": i, "state": "pending", "last_error": to_column(message), "attempts": 1} for i in ids],
                )
            conn.commit()
