"""Upload of station events: exactly once, in order, with the hash chain verified, one transaction per batch.

The station's cursor row (per station and epoch) says how far the server holds its log. A batch must start at
or before ``acked_seq + 1``; events at or below the cursor must match what is stored (same hash: a duplicate
from a retry; different hash: refused and an alarm row written), the rest must continue the chain. The cursor
moves in the same transaction as the inserts and the plant projections (``projections.apply``), under a lock
on the station row, so two requests of the same station cannot interleave. Batches of different stations run
at once; one that PostgreSQL rolls back as a deadlock victim (both wrote the same shared rows) is run again.

A ``pallet.built`` whose SSCC another station built already is stored, flagged and written to the alarm table in
the batch's transaction (``server/sscc.py``): two pallets carry one SSCC. A hold or release the plant does not
take (``server/authority.py``: a clock far off, a recalled lot, a signer without the quality role) is stored,
flagged ``decision_refused`` and raised as an alarm the same way, and left out of the lot's status.
Likewise a lot code made again at another station or for another material (``server/lotcodes.py``):
two lots carry one code.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from floorstation.domain.events import (
    GENESIS_HASH,
    STORED_COLUMNS,
    Event,
    canonical_json,
    chain_hash,
    event_from_row,
)
from floorstation.server import authority, lotcodes, projections, rules, sscc
from floorstation.server.alarms import raise_alarm
from floorstation.server.models import AlarmRow, EventFlagRow, EventRow, StationCursorRow, StationRow
from floorstation.server.pipeline import pipelined
from floorstation.sync.wire import MAX_CLOCK_OFFSET_MS, BatchResponse, EventResult

log = logging.getLogger(__name__)


class Refusal(Exception):
    """A batch the server will not take. ``alarm`` refusals are also written to the alarm table."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        epoch: int | None = None,
        seq: int | None = None,
        *,
        expected_seq: int | None = None,
        alarm: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.epoch = epoch
        self.seq = seq
        self.expected_seq = expected_seq
        self.alarm = alarm
        self.detail = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _check_shape(station_id: str, events: Sequence[Event]) -> None:
    for event in events:
        if event.station_id != station_id:
            raise Refusal(
                403,
                "WRONG_STATION",
                f"This token belongs to station {station_id}; it cannot upload events of {event.station_id}.",
                event.epoch,
                event.seq,
            )
    epoch = events[0].epoch
    for before, after in pairwise(events):
        if after.epoch != epoch or after.seq != before.seq + 1:
            raise Refusal(
                422,
                "BATCH_NOT_CONTIGUOUS",
                "A batch holds events of one epoch in seq order without holes.",
                after.epoch,
                after.seq,
            )


EPOCH_FORKED = "EPOCH_FORKED"
"""Alarm kind (and, in lower case, flag code of the epoch's first event) of a new epoch that is neither the
continuation of the station's log nor the documented restore from a backup (docs/sync.md)."""


def _chain_start(conn: Connection, station_id: str, epoch: int, prev_hash: str) -> tuple[bool, str | None]:
    """May seq 1 of ``epoch`` link to ``prev_hash``, and if so, is it a fork?

    Only to genesis (nothing stored yet) or to a stored event of an earlier epoch. Two cases are the station's
    ordinary life: the new epoch is the next number after the station's latest and links to the last event the
    server holds of it (its cursor says so), or links to an earlier event of that latest epoch (restored from a
    backup: the events after it are the ones the disk lost; docs/sync.md, "A station restored from a backup").
    Anything else (an older epoch's event, a number skipped) is a fork of the station's history: taken, since the
    events are well chained and the acts happened, but said why (the second value) for an alarm."""
    if prev_hash == GENESIS_HASH:
        return conn.scalar(select(EventRow.id).where(EventRow.station_id == station_id).limit(1)) is None, None
    latest = conn.scalar(select(func.max(StationCursorRow.epoch)).where(StationCursorRow.station_id == station_id))
    ended = conn.scalar(
        select(StationCursorRow.epoch).where(
            StationCursorRow.station_id == station_id, StationCursorRow.last_hash == prev_hash
        )
    )
    linked, seq = ended, None
    if ended is None:
        found = conn.execute(
            select(EventRow.epoch, EventRow.seq)
            .where(EventRow.station_id == station_id, EventRow.epoch < epoch, EventRow.hash == prev_hash)
            .limit(1)
        ).first()
        if found is None:
            return False, None
        linked, seq = found.epoch, found.seq
    if linked is None or linked >= epoch:
        return False, None
    where = f"the end of epoch {linked}" if seq is None else f"epoch {linked} seq {seq}"
    if latest is not None and linked == latest and epoch == latest + 1:
        if seq is not None:
            log.info("station %s restored from a backup: epoch %d continues from %s", station_id, epoch, where)
        return True, None
    return True, (
        f"Station {station_id} started epoch {epoch} from {where}, but its latest epoch on the server is {latest}: "
        f"a restore raises the epoch by one and continues from the latest epoch (docs/sync.md). The epoch is "
        "stored; find out who restored or copied this station's database."
    )


#: PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back, try it again.
_RETRYABLE = {"40P01", "40001"}
ATTEMPTS = 5


def ingest(
    engine: Engine,
    station_id: str,
    events: Sequence[Event],
    *,
    clock_offset_ms: int | None = None,
    max_skew: timedelta = authority.DEFAULT_MAX_SKEW,
) -> BatchResponse:
    """Store one batch of ``station_id``. ``clock_offset_ms``: the station's clock as measured at this request
    (server minus station); with ``max_skew`` it decides whether the station's lot decisions can be taken."""
    _check_shape(station_id, events)
    clock = authority.StationClock(clock_offset_ms, max_skew)
    try:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with engine.begin() as conn:
                    return _ingest(conn, station_id, events, clock)
            except OperationalError as exc:
                if getattr(exc.orig, "sqlstate", None) not in _RETRYABLE or attempt == ATTEMPTS:
                    raise
                log.info("batch of %s rolled back (%s); attempt %d", station_id, exc.orig.__class__.__name__, attempt)
                time.sleep(random.uniform(0, 0.01 * attempt))
        raise AssertionError("unreachable")
    except Refusal as refusal:
        if refusal.alarm:
            _alarm(engine, station_id, refusal)
        raise
    except IntegrityError as exc:
        # Another station's event already has one of these event ids: a forged or copied event.
        conflict = Refusal(
            409, "EVENT_ID_CONFLICT", "An event id in this batch is already taken by another event.", alarm=True
        )
        conflict.detail = str(exc.orig)[:500]
        _alarm(engine, station_id, conflict)
        raise conflict from None


def _ingest(conn: Connection, station_id: str, events: Sequence[Event], clock: authority.StationClock) -> BatchResponse:
    epoch = events[0].epoch
    contact: dict[str, Any] = {"last_contact_at": _now()}
    if clock.offset_ms is not None and abs(clock.offset_ms) <= MAX_CLOCK_OFFSET_MS:  # as measured at this request
        contact["clock_offset_ms"] = clock.offset_ms
    # The update locks the station's row to the commit (one round trip for the lock and the contact): a second
    # batch of this station, at this server process or another, waits here and then finds these events stored.
    conn.execute(update(StationRow).where(StationRow.id == station_id).values(**contact).returning(StationRow.id)).one()
    cursor = conn.execute(
        select(StationCursorRow.acked_seq, StationCursorRow.last_hash).where(
            StationCursorRow.station_id == station_id, StationCursorRow.epoch == epoch
        )
    ).first()
    acked, last_hash = (cursor.acked_seq, cursor.last_hash) if cursor else (0, None)
    if events[0].seq > acked + 1:
        raise Refusal(
            409,
            "GAP",
            f"The server holds epoch {epoch} of {station_id} up to seq {acked}; send from seq {acked + 1}.",
            epoch,
            events[0].seq,
            expected_seq=acked + 1,
        )
    old = [e for e in events if e.seq <= acked]
    new = [e for e in events if e.seq > acked]
    results = [EventResult(seq=e.seq, status="duplicate") for e in old]
    if old:
        _check_duplicates(conn, station_id, old)
    if not new:
        return BatchResponse(epoch=epoch, acked_through=acked, accepted=0, results=results)

    prev = last_hash
    forked = None
    if prev is None:
        linked, forked = _chain_start(conn, station_id, epoch, new[0].prev_hash)
        if not linked:
            raise _broken(new[0], "its previous-hash links to no event of this station the server holds")
    # Each payload is encoded once: the hash is checked around this text, the NUL check reads it, it is stored.
    encoded = [canonical_json(e.payload) for e in new]
    for event, payload_json in zip(new, encoded, strict=True):
        if prev is not None and event.prev_hash != prev:
            raise _broken(event, "its previous-hash does not match the event before it")
        if _hash_of(event, payload_json) != event.hash:
            raise _broken(event, "its contents do not match its hash (altered)")
        prev = event.hash

    earlier = _stored_before(conn, station_id, epoch, new[0].seq)
    typed, invalid = projections.parse_payloads(new, encoded)
    received = _now()
    flags = rules.check(conn, new, earlier, typed, invalid, received_at=received, clock=clock)
    collided = sscc.collisions(conn, new, typed)
    lots_collided = lotcodes.collisions(conn, new, typed)
    verdict = authority.judge(conn, new, typed, received, clock, earlier=earlier)
    refused = verdict.refused
    if forked is not None:
        flags.setdefault(new[0].event_id, []).append(rules.Flag(EPOCH_FORKED.lower(), forked))
        raise_alarm(conn, EPOCH_FORKED, forked, station_id=station_id, epoch=epoch, seq=new[0].seq, at=received)
    marked = collided.keys() | lots_collided.keys() | refused.keys() | verdict.awaiting.keys()
    for event in new:
        if event.event_id not in marked:
            continue  # (most events: nothing to flag or raise)
        for code, kind, why in (
            (sscc.COLLISION, "SSCC_COLLISION", collided.get(event.event_id)),
            (lotcodes.COLLISION, lotcodes.ALARM, lots_collided.get(event.event_id)),
            (authority.REFUSED, authority.ALARM, refused.get(event.event_id)),
        ):
            if why is None:
                continue
            flags.setdefault(event.event_id, []).append(rules.Flag(code, why))
            raise_alarm(conn, kind, why, station_id=station_id, epoch=epoch, seq=event.seq, at=received)
        if (waiting := verdict.awaiting.get(event.event_id)) is not None:
            raise_alarm(
                conn, authority.AWAITING, waiting, station_id=station_id, epoch=epoch, seq=event.seq, at=received
            )
    flagged = [event for event in new if event.event_id in flags] if flags else []
    for event in flagged:
        for flag in flags[event.event_id]:
            if (alarm := rules.ALARMS.get(flag.code)) is not None:
                raise_alarm(conn, alarm, flag.message, station_id=station_id, epoch=epoch, seq=event.seq, at=received)
    for decision, why in verdict.refused_earlier.values():
        # The decision is stored already (the previous batch): its flag joins it now, so a rebuild leaves it out.
        conn.execute(
            insert(EventFlagRow).values(
                event_id=decision.event_id, code=authority.REFUSED, message=why, created_at=received
            )
        )
        conn.execute(update(EventRow).where(EventRow.event_id == decision.event_id).values(flagged=True))
        raise_alarm(conn, authority.ALARM, why, station_id=station_id, epoch=epoch, seq=decision.seq, at=received)
    _insert_events(conn, new, encoded, received, flags.keys())
    last = new[-1]
    with pipelined(conn):  # the flags and the station's cursor: one round trip (nothing below reads the cursor)
        if flags:  # plain text: an ORM insert would ask the new ids back, which waits for the answer
            conn.execute(
                text(_INSERT_FLAG),
                [
                    {"event_id": eid, "code": f.code, "message": f.message, "created_at": received}
                    for eid, found in flags.items()
                    for f in found
                ],
            )
        if cursor is None:
            conn.execute(
                insert(StationCursorRow).values(
                    station_id=station_id, epoch=epoch, acked_seq=last.seq, last_hash=last.hash
                )
            )
        else:
            conn.execute(
                update(StationCursorRow)
                .where(StationCursorRow.station_id == station_id, StationCursorRow.epoch == epoch)
                .values(acked_seq=last.seq, last_hash=last.hash)
            )
    projections.apply(
        conn,
        new,
        typed,
        received_at=received,
        refused=refused.keys() | verdict.refused_earlier.keys() | verdict.refused_before,
        refused_earlier=[decision for decision, _ in verdict.refused_earlier.values()],
    )
    for event in flagged:
        for flag in flags[event.event_id]:
            results.append(EventResult(seq=event.seq, status="flagged", code=flag.code, message=flag.message))
    return BatchResponse(epoch=epoch, acked_through=last.seq, accepted=len(new), results=results)


_INSERT_FLAG = (
    "INSERT INTO event_flag (event_id, code, message, created_at) VALUES (:event_id, :code, :message, :created_at)"
)
_EVENT_COLUMNS = (*STORED_COLUMNS, "received_at", "flagged")


def _insert_events(
    conn: Connection, events: Sequence[Event], encoded: Sequence[str], received: str, flagged: Collection[str]
) -> None:
    """On PostgreSQL through COPY, in the batch's own transaction: a third of the time of a multi-row INSERT. The
    rows go to COPY as tuples straight from the events (no row dict per event)."""
    if conn.dialect.name != "postgresql":
        conn.execute(
            insert(EventRow),
            [
                {
                    "event_id": e.event_id,
                    "station_id": e.station_id,
                    "epoch": e.epoch,
                    "seq": e.seq,
                    "type": e.type,
                    "schema_version": e.schema_version,
                    "occurred_at": e.occurred_at,
                    "operator_id": e.operator_id,
                    "payload_json": payload_json,
                    "prev_hash": e.prev_hash,
                    "hash": e.hash,
                    "received_at": received,
                    "flagged": e.event_id in flagged,
                }
                for e, payload_json in zip(events, encoded, strict=True)
            ],
        )
        return
    raw: Any = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f"COPY event ({', '.join(_EVENT_COLUMNS)}) FROM STDIN") as copy:
        write = copy.write_row
        for e, payload_json in zip(events, encoded, strict=True):
            write((
                e.event_id, e.station_id, e.epoch, e.seq, e.type, e.schema_version, e.occurred_at, e.operator_id,
                payload_json, e.prev_hash, e.hash, received, e.event_id in flagged,
            ))  # fmt: skip


def _hash_of(event: Event, payload_json: str) -> str:
    return chain_hash(
        event_id=event.event_id,
        station_id=event.station_id,
        epoch=event.epoch,
        seq=event.seq,
        type=event.type,
        schema_version=event.schema_version,
        occurred_at=event.occurred_at,
        operator_id=event.operator_id,
        payload_json=payload_json,
        prev_hash=event.prev_hash,
    )


def _broken(event: Event, why: str) -> Refusal:
    return Refusal(
        409,
        "HASH_CHAIN_BROKEN",
        f"Event seq {event.seq} (epoch {event.epoch}) is refused: {why}.",
        event.epoch,
        event.seq,
        alarm=True,
    )


def _check_duplicates(conn: Connection, station_id: str, old: Sequence[Event]) -> None:
    stored: dict[int, str] = {
        row.seq: row.hash
        for row in conn.execute(
            select(EventRow.seq, EventRow.hash).where(
                EventRow.station_id == station_id,
                EventRow.epoch == old[0].epoch,
                EventRow.seq.between(old[0].seq, old[-1].seq),
            )
        )
    }
    for event in old:
        if stored.get(event.seq) != event.hash:
            raise Refusal(
                409,
                "CONFLICTING_EVENT",
                f"The server already holds a different event at epoch {event.epoch} seq {event.seq} of "
                f"{station_id}: the station's log was altered or forked (restored from a backup without a new "
                "epoch?).",
                event.epoch,
                event.seq,
                alarm=True,
            )


def _stored_before(conn: Connection, station_id: str, epoch: int, seq: int) -> list[Event]:
    rows = conn.execute(
        select(EventRow)
        .where(EventRow.station_id == station_id, EventRow.epoch == epoch, EventRow.seq < seq)
        .order_by(EventRow.seq.desc())
        .limit(12)  # up to five overrides, each with its signature, before a consumption
    ).all()
    return [row_to_event(r) for r in reversed(rows)]


row_to_event = event_from_row


def _alarm(engine: Engine, station_id: str, refusal: Refusal) -> None:
    detail = refusal.message + (f" ({refusal.detail})" if refusal.detail else "")
    log.warning("alarm %s from %s: %s", refusal.error, station_id, detail)
    with engine.begin() as conn:
        conn.execute(
            insert(AlarmRow).values(
                at=_now(),
                station_id=station_id,
                kind=refusal.error,
                epoch=refusal.epoch,
                seq=refusal.seq,
                detail=detail,
            )
        )
