"""Reading the event log back: listing, tailing and verifying the hash chain and the electronic signatures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, func, select, text

from floorstation.domain.events import ChainProblem, Event, verify_chain
from floorstation.domain.signatures import SignatureCheck
from floorstation.store.models import EventRow, LogHead
from floorstation.store.projections import row_to_event


def iter_events(conn: Connection, *, batch: int = 5000) -> Iterator[Event]:
    """Every event in (epoch, seq) order, streamed so a log of millions does not sit in memory."""
    result = conn.execution_options(yield_per=batch).execute(
        select(EventRow).order_by(EventRow.station_id, EventRow.epoch, EventRow.seq)
    )
    for row in result:
        yield row_to_event(row)


def tail(conn: Connection, count: int | None) -> list[Event]:
    query = select(EventRow).order_by(EventRow.epoch.desc(), EventRow.seq.desc())
    if count is not None:
        query = query.limit(count)
    return [row_to_event(r) for r in reversed(conn.execute(query).all())]


def count(conn: Connection) -> int:
    return int(conn.scalar(select(func.count()).select_from(EventRow)) or 0)


def verify(engine: Engine) -> tuple[int, ChainProblem | None]:
    """Check the database file and the chain; returns (events checked, first problem or None)."""
    with engine.connect() as conn:
        integrity = conn.execute(text("PRAGMA integrity_check")).scalars().all()
        if integrity != ["ok"]:
            return 0, ChainProblem(0, None, "the database file is damaged: " + "; ".join(integrity[:3]))
        heads = conn.execute(select(LogHead)).all()
        stations = set(conn.scalars(select(EventRow.station_id).distinct()))
        checked = 0
        for station in sorted(stations | {h.station_id for h in heads}):
            head_row = next((h for h in heads if h.station_id == station), None)
            head = (head_row.epoch, head_row.seq, head_row.hash) if head_row else None
            if head is None:
                return checked, ChainProblem(0, None, f"station {station} has events but no recorded log head")
            rows = conn.execution_options(yield_per=5000).execute(
                select(EventRow).where(EventRow.station_id == station).order_by(EventRow.epoch, EventRow.seq)
            )
            unreadable: list[ChainProblem] = []
            signatures = SignatureCheck()
            counted = _Counting(_readable(rows, unreadable), signatures)
            problem = verify_chain(counted, head=head)
            checked += counted.n
            if unreadable:
                return checked, unreadable[0]
            if problem is not None:
                return checked, problem
            if (unsigned := signatures.finish()) is not None:
                return checked, unsigned
        return checked, None


def _readable(rows: Iterable[Any], unreadable: list[ChainProblem]) -> Iterator[Event]:
    """Events from rows; stops at the first row whose payload is not even JSON any more (altered)."""
    for row in rows:
        try:
            yield row_to_event(row)
        except ValueError:
            unreadable.append(ChainProblem(row.seq, row.event_id, "its payload cannot be read (altered)"))
            return


class _Counting:
    """Counts the events the chain check reads, and shows each to the signature check on the way."""

    def __init__(self, it: Iterator[Event], signatures: SignatureCheck) -> None:
        self.it = it
        self.n = 0
        self.signatures = signatures

    def __iter__(self) -> Iterator[Event]:
        for item in self.it:
            self.n += 1
            self.signatures.feed(item)
            yield item
