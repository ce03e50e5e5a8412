"""Everything the server raised for someone to look at, in one list, and who acknowledged it with what note.

Two sources: alarms (``server/alarms.py``: a refused upload, a collision, a refused decision ...) and the flags on
stored events (``event_flag``: a held, recalled or expired lot used, a payload the server could not check ...).
A flag that raised an alarm of its own is shown once, as its alarm. An acknowledgement is kept in ``alarm_ack``
(one per alarm or flag); nothing about the alarm itself changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, and_, func, insert, select
from sqlalchemy.exc import IntegrityError

from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server import authority, lotcodes, rules, sscc
from floorstation.server.models import AlarmAckRow, AlarmRow, EventFlagRow, EventRow

ALARMED_FLAGS = frozenset({sscc.COLLISION, lotcodes.COLLISION, authority.REFUSED, *rules.ALARMS})
"""Flag codes that raise an alarm too: listed once, as the alarm."""
SUBJECTS = ("alarm", "flag")
MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class Item:
    subject: str
    """``alarm`` or ``flag``."""
    id: int
    at: str
    kind: str
    station_id: str | None
    where: str
    """Which record it is about: ``epoch 1 seq 12``, or an event id."""
    detail: str
    acked_at: str | None = None
    acked_by: str | None = None
    note: str | None = None


_ACK = (AlarmAckRow.at.label("ack_at"), AlarmAckRow.by.label("ack_by"), AlarmAckRow.note.label("ack_note"))


def _open_alarms(conn: Connection) -> int:
    acked = and_(AlarmAckRow.subject == "alarm", AlarmAckRow.subject_id == AlarmRow.id)
    query = select(func.count()).select_from(AlarmRow).outerjoin(AlarmAckRow, acked).where(AlarmAckRow.id.is_(None))
    return int(conn.scalar(query) or 0)


def _open_flags(conn: Connection) -> int:
    acked = and_(AlarmAckRow.subject == "flag", AlarmAckRow.subject_id == EventFlagRow.id)
    query = (
        select(func.count())
        .select_from(EventFlagRow)
        .outerjoin(AlarmAckRow, acked)
        .where(AlarmAckRow.id.is_(None), EventFlagRow.code.not_in(sorted(ALARMED_FLAGS)))
    )
    return int(conn.scalar(query) or 0)


def open_count(engine: Engine) -> int:
    """Alarms and flags nobody has acknowledged yet: the number in every page's navigation."""
    with engine.connect() as conn:
        return _open_alarms(conn) + _open_flags(conn)


def items(engine: Engine, *, show_acknowledged: bool = False, limit: int = 500) -> list[Item]:
    """Newest first; open ones only unless ``show_acknowledged``."""
    out: list[Item] = []
    with engine.connect() as conn:
        alarm_ack = and_(AlarmAckRow.subject == "alarm", AlarmAckRow.subject_id == AlarmRow.id)
        query = (
            select(
                AlarmRow.id,
                AlarmRow.at,
                AlarmRow.kind,
                AlarmRow.station_id,
                AlarmRow.epoch,
                AlarmRow.seq,
                AlarmRow.detail,
                *_ACK,
            )
            .outerjoin(AlarmAckRow, alarm_ack)
            .order_by(AlarmRow.id.desc())
        )
        if not show_acknowledged:
            query = query.where(AlarmAckRow.id.is_(None))
        for r in conn.execute(query.limit(limit)):
            where = f"epoch {r.epoch} seq {r.seq}" if r.seq is not None else ""
            out.append(Item("alarm", r.id, r.at, r.kind, r.station_id, where, r.detail, r.ack_at, r.ack_by, r.ack_note))
        flag_ack = and_(AlarmAckRow.subject == "flag", AlarmAckRow.subject_id == EventFlagRow.id)
        flags = (
            select(
                EventFlagRow.id,
                EventFlagRow.created_at,
                EventFlagRow.code,
                EventFlagRow.message,
                EventRow.station_id,
                EventRow.epoch,
                EventRow.seq,
                *_ACK,
            )
            .join(EventRow, EventRow.event_id == EventFlagRow.event_id)
            .outerjoin(AlarmAckRow, flag_ack)
            .where(EventFlagRow.code.not_in(sorted(ALARMED_FLAGS)))
            .order_by(EventFlagRow.id.desc())
        )
        if not show_acknowledged:
            flags = flags.where(AlarmAckRow.id.is_(None))
        for f in conn.execute(flags.limit(limit)):
            where = f"epoch {f.epoch} seq {f.seq}"
            kind = f.code.upper()
            out.append(
                Item("flag", f.id, f.created_at, kind, f.station_id, where, f.message, f.ack_at, f.ack_by, f.ack_note)
            )
    out.sort(key=lambda i: i.at, reverse=True)
    return out[:limit]


def acknowledge(engine: Engine, subject: str, subject_id: int, *, by: str, note: str) -> bool:
    """Acknowledge one alarm or flag with a note; False if someone had already."""
    note = note.strip()
    if subject not in SUBJECTS:
        raise InvalidInput(f"Unknown kind {subject!r}.")
    if not note:
        raise InvalidInput("Say what was done about it.", "Write a note.")
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE} characters.")
    table = AlarmRow if subject == "alarm" else EventFlagRow
    try:
        with engine.begin() as conn:
            if conn.scalar(select(table.id).where(table.id == subject_id)) is None:
                raise NotFound(f"No {subject} {subject_id}.")
            conn.execute(
                insert(AlarmAckRow).values(
                    subject=subject,
                    subject_id=subject_id,
                    at=datetime.now(UTC).isoformat(timespec="milliseconds"),
                    by=by,
                    note=note,
                )
            )
    except IntegrityError:
        return False
    return True
