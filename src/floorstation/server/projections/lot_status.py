"""The plant's lot status: hold, release and recall decisions, the latest by time winning whatever order they
arrive in; a station's decision counts once its signature is stored (``server/authority.py``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, select, text, update

from floorstation.domain import events as ev
from floorstation.domain.events import Event, event_from_row
from floorstation.server import feed
from floorstation.server.authority import DECISIONS, effective_at, signs
from floorstation.server.models import EventRow, PlantLotRow
from floorstation.server.projections.lots import LOT_ENSURE
from floorstation.server.projections.payloads import parse_payloads

PENDING_STATUS = "floorstation.lot_status_pending"
"""Lot codes whose status :func:`record_lot_status` changed during :func:`apply`, published at its end."""
REBUILDING = "floorstation.rebuilding"
SERVER_SOURCE = "server"
"""``status_source`` of a decision taken with ``floorstation-server lot-status``."""


MASTER_SOURCE = "master"
"""``status_source`` of a status master data gave, sent to the stations when a station's decision on the lot was
refused; its ``status_at`` is empty: older than any dated decision, so it orders nothing."""


def stand(conn: Connection, code: str) -> None:
    """A station's decision on ``code`` was refused: the lot's status stands, and goes out again so that the
    station hears it (a status only master data gave goes out as the master's)."""
    conn.execute(text(LOT_ENSURE), {"code": code, "no": False})
    conn.execute(
        update(PlantLotRow)
        .where(PlantLotRow.code == code, PlantLotRow.status_at.is_(None))
        .values(status_at="", status_source=MASTER_SOURCE)
    )
    pending = conn.info.get(PENDING_STATUS)
    if pending is not None:
        pending.add(code)


def heard(conn: Connection, code: str, event_id: str) -> None:
    """The server has judged this station decision on ``code``: it goes out with the lot's status (taken, older
    than the status, or refused alike), so the deciding station hears the plant's word on it."""
    found = conn.scalar(select(PlantLotRow.decisions_heard).where(PlantLotRow.code == code).with_for_update())
    heard = json.loads(found) if found else []
    if event_id not in heard:  # kept sorted: the same set whatever order the stations' uploads came in
        heard = sorted([*heard, event_id])
        conn.execute(update(PlantLotRow).where(PlantLotRow.code == code).values(decisions_heard=json.dumps(heard)))
    pending = conn.info.get(PENDING_STATUS)
    if pending is not None:
        pending.add(code)


def _later(at: str, source: str, than_at: str | None, than_source: str | None) -> bool:
    """Whether decision (at, source) is later than (than_at, than_source): by time (any UTC offsets), ties by
    source id. A decision without a time (master data's status) is older than any decision with one."""
    if than_at is None:
        return True
    mine, theirs = instant(at), instant(than_at)
    if mine != theirs:
        return mine > theirs
    return source > (than_source or "")


def instant(at: str) -> datetime:
    """A stored time as an instant: one without an offset is UTC, one that cannot be read the earliest."""
    try:
        found = datetime.fromisoformat(at)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def record_lot_status(  # noqa: PLR0917 - the positional signature the event projections call
    conn: Connection, code: str, status: str, reason: str | None, by: str | None, at: str, source: str
) -> bool:
    """A hold / release / recall decision on any lot of the plant (the server's ``lot-status`` command, or a
    station's ``lot.held`` / ``lot.released`` event with ``source`` = its event id), in the caller's transaction.

    The latest decision by ``at`` wins, ties by ``source``; an older one arriving late changes nothing (False).
    A recall stays until a central decision (``source`` = ``server``) lifts it: a station's decision on a recalled
    lot changes nothing (``authority.judge`` flags it before it gets here). The winner goes into the change feed,
    so every station hears it at its next sync. Inside :func:`apply` it is published at the end of the batch with
    the rest."""
    # The lot's row, made if the plant does not know the lot yet, then locked while the two decisions are
    # compared: a decision committed meanwhile by another batch is the one compared with, never overwritten.
    conn.execute(text(LOT_ENSURE), {"code": code, "no": False})
    current = conn.execute(
        select(PlantLotRow.status, PlantLotRow.status_at, PlantLotRow.status_source)
        .where(PlantLotRow.code == code)
        .with_for_update()
    ).one()
    if current.status == "recalled" and source != SERVER_SOURCE:
        return False
    if not _later(at, source, current.status_at, current.status_source):
        return False
    values = {"status": status, "status_reason": reason, "status_by": by, "status_at": at, "status_source": source}
    conn.execute(update(PlantLotRow).where(PlantLotRow.code == code).values(**values))
    pending = conn.info.get(PENDING_STATUS)
    if pending is not None:
        pending.add(code)
    elif not conn.info.get(REBUILDING):
        feed.publish(conn, statuses=[code])
    return True


def decide(conn: Connection, event: Event, decision: ev.LotHeld | ev.LotReleased, received: str) -> None:
    """A station decision the plant takes, now that its signature is stored: it counts at the time it happened
    but never later than the moment the server received the decision (``authority.effective_at``)."""
    status = "hold" if isinstance(decision, ev.LotHeld) else "released"
    at = effective_at(event.occurred_at, received)
    record_lot_status(conn, decision.lot_code, status, decision.reason, event.operator_id, at, event.event_id)
    heard(conn, decision.lot_code, event.event_id)


def signed_earlier(conn: Connection, signature: Event) -> list[tuple[Event, ev.LotHeld | ev.LotReleased, str]]:
    """The stored decision ``signature`` signs when it is the first record of its batch (the decision ended the
    batch before): the decision, its payload and when the server received it."""
    row = conn.execute(
        select(EventRow).where(
            EventRow.station_id == signature.station_id,
            EventRow.epoch == signature.epoch,
            EventRow.seq == signature.seq - 1,
            EventRow.type.in_(DECISIONS),
        )
    ).first()
    if row is None:
        return []
    decision = event_from_row(row)
    typed, _invalid = parse_payloads([decision])
    payload = typed.get(decision.event_id)
    if not signs(signature, decision) or not isinstance(payload, ev.LotHeld | ev.LotReleased):
        return []
    return [(decision, payload, row.received_at)]
