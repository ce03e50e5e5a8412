"""The event table seen as an outbox (implements :class:`floorstation.domain.ports.Outbox`).

The server acknowledges a prefix of the log, so the upload position is one row in ``sync_cursor``; each
acknowledged event also gets its ``event_sync`` row (``acked``, or ``flagged`` with the server's codes). Both
are written in one transaction, so a crash leaves either all of an answer recorded or none of it, and an
answer recorded twice changes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, or_, select, update
from sqlalchemy.dialects.sqlite import insert

from floorstation.domain.events import Event
from floorstation.domain.ports import OutboxStats
from floorstation.store.models import EventRow, EventSyncRow, SyncCursorRow
from floorstation.store.projections import row_to_event

UPLOAD = "upload"


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

    def mark_acked(self, epoch: int, through_seq: int, flagged: dict[int, str]) -> int:
        with self.engine.connect() as conn:
            position = self._position(conn)
            if (epoch, through_seq) <= position:
                return 0
            rows = conn.execute(
                select(EventRow.event_id, EventRow.epoch, EventRow.seq)
                .where(self._after(position))
                .where(or_(EventRow.epoch < epoch, and_(EventRow.epoch == epoch, EventRow.seq <= through_seq)))
                .order_by(EventRow.epoch, EventRow.seq)
            ).all()
            # Only events of the acknowledged epoch: an earlier epoch still pending was not covered by this answer.
            covered = [r for r in rows if r.epoch == epoch]
            if not covered or len(covered) != len(rows):
                return 0
            now = _now()
            stmt = insert(EventSyncRow)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["event_id"],
                    set_={"state": stmt.excluded.state, "acked_at": stmt.excluded.acked_at, "last_error": None},
                ),
                [
                    {
                        "event_id": r.event_id,
                        "state": "flagged" if r.seq in flagged else "acked",
                        "last_error": None,
                        "acked_at": now,
                        "attempts": 0,
                    }
                    for r in covered
                ],
            )
            self._set_position(conn, (epoch, covered[-1].seq), now)
            conn.commit()
            return len(covered)

    def _set_position(self, conn: Connection, position: tuple[int, int], now: str) -> None:
        stmt = insert(SyncCursorRow).values(channel=UPLOAD, position=f"{position[0]}:{position[1]}", updated_at=now)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["channel"], set_={"position": stmt.excluded.position, "updated_at": now}
            )
        )

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
        return OutboxStats(int(count or 0), oldest[0].occurred_at if oldest else None, refusal)

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
                    [{"event_id": i, "state": "pending", "last_error": message, "attempts": 1} for i in ids],
                )
            conn.commit()
