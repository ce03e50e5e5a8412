"""``floorstation-server verify-log``: re-check every station's stored hash chain, record by record.

The upload already refuses a broken chain (``server/ingest.py``); this is the audit afterwards, for a database
that may have been edited behind the server's back or restored from a bad copy. Per station, in (epoch, seq)
order: every hash recomputed from the stored fields; seqs contiguous from 1 in every epoch; each event's
``prev_hash`` the hash of the one before; the first event of the station's first epoch linked to genesis, that of
a later epoch to a stored event of an earlier epoch (a station restored from a backup); and the end of each epoch
equal to what the station cursor says was acknowledged (a removed tail); then the electronic signatures: each
linked to the record right before it by that record's hash, and every critical record signed
(``domain/signatures.py``). The first bad record is named.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, select

from floorstation.domain.events import GENESIS_HASH, Event, recompute_hash
from floorstation.domain.signatures import SignatureCheck
from floorstation.server.ingest import row_to_event
from floorstation.server.models import EventRow, StationCursorRow, StationRow


@dataclass(frozen=True, slots=True)
class BadRecord:
    station_id: str
    epoch: int
    seq: int
    event_id: str | None
    problem: str

    def __str__(self) -> str:
        which = f"event {self.event_id}" if self.event_id else "no event"
        return f"station {self.station_id} epoch {self.epoch} seq {self.seq} ({which}): {self.problem}"


@dataclass(frozen=True, slots=True)
class StationLog:
    station_id: str
    events: int
    bad: BadRecord | None

    @property
    def ok(self) -> bool:
        return self.bad is None


def _first_problem(
    station_id: str, events: Iterator[Event], heads: dict[int, tuple[int, str]]
) -> tuple[int, BadRecord | None]:
    count = 0
    seen: dict[str, int] = {}  # hash -> epoch, for the link of a later epoch's first event
    prev: Event | None = None
    ended: dict[int, tuple[int, str]] = {}

    def bad(event: Event, problem: str) -> BadRecord:
        return BadRecord(station_id, event.epoch, event.seq, event.event_id, problem)

    signatures = SignatureCheck()
    for event in events:
        count += 1
        signatures.feed(event)
        if recompute_hash(event) != event.hash:
            return count, bad(event, "its contents do not match its hash (altered)")
        if prev is not None and event.epoch == prev.epoch:
            if event.seq != prev.seq + 1:
                gap = "records are missing" if event.seq > prev.seq + 1 else "records are out of order"
                return count, bad(event, f"seq {event.seq} follows seq {prev.seq}: {gap}")
            if event.prev_hash != prev.hash:
                return count, bad(event, "its previous-hash is not the hash of the record before it")
        else:
            if event.seq != 1:
                return count, bad(event, f"epoch {event.epoch} starts at seq {event.seq}, not 1 (records missing)")
            if prev is None and event.prev_hash != GENESIS_HASH:
                linked = "" if event.prev_hash in seen else " (nothing before it is stored)"
                return count, bad(event, f"the station's first record does not link to genesis{linked}")
            if prev is not None and not (event.prev_hash in seen and seen[event.prev_hash] < event.epoch):
                return count, bad(event, "its previous-hash is no stored record of an earlier epoch")
        seen[event.hash] = event.epoch
        ended[event.epoch] = (event.seq, event.hash)
        prev = event
    for epoch, (acked_seq, last_hash) in sorted(heads.items()):
        end = ended.get(epoch)
        if end is None:
            return count, BadRecord(station_id, epoch, acked_seq, None, f"seqs 1..{acked_seq} were acked, none stored")
        if end != (acked_seq, last_hash):
            return count, BadRecord(
                station_id,
                epoch,
                end[0],
                None,
                f"the stored log ends at seq {end[0]} but seq {acked_seq} was acknowledged "
                "(records removed from the end, or the last record altered)",
            )
    unsigned = signatures.finish()
    if unsigned is not None:
        return count, BadRecord(station_id, signatures.problem_epoch, unsigned.seq, unsigned.event_id, unsigned.problem)
    return count, None


def _check_station(engine: Engine, station_id: str, heads: dict[int, tuple[int, str]]) -> tuple[int, BadRecord | None]:
    query = select(EventRow).where(EventRow.station_id == station_id).order_by(EventRow.epoch, EventRow.seq)
    with engine.connect() as conn, conn.execution_options(yield_per=2000).execute(query) as rows:
        # Streamed; leaving the ``with`` closes the (PostgreSQL server-side) cursor even when stopping early.
        return _first_problem(station_id, (row_to_event(r) for r in rows), heads)


def verify_logs(engine: Engine, station_id: str | None = None) -> list[StationLog]:
    """Every station's stored chain (or one station's), checked; the first bad record of each, if any."""
    with engine.connect() as conn:
        query = select(StationRow.id).order_by(StationRow.id)
        if station_id is not None:
            query = query.where(StationRow.id == station_id)
        stations = list(conn.scalars(query))
        heads: dict[str, dict[int, tuple[int, str]]] = {}
        for row in conn.execute(select(StationCursorRow)):
            heads.setdefault(row.station_id, {})[row.epoch] = (row.acked_seq, row.last_hash)
    results = []
    for station in stations:
        count, bad = _check_station(engine, station, heads.get(station, {}))
        results.append(StationLog(station, count, bad))
    return results
