"""Retention of the change feed: tombstones older than the retention (90 days by default) are retired by
:func:`compact`, which raises the horizon (counter row ``compacted``); a cursor below it gets 410 and a snapshot.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, insert, select, update

from floorstation.server import leases
from floorstation.server.feed.versions import COMPACTED, Sequencer
from floorstation.server.models import ChangeCounterRow, EventRow, PlantMarkClearRow

log = logging.getLogger(__name__)

DEFAULT_RETENTION = timedelta(days=90)


@dataclass(frozen=True)
class Compacted:
    retired: int
    """Tombstones that passed behind the horizon this time."""
    horizon: int
    """Cursors below this now get 410 and a snapshot."""


def compact(
    engine: Engine, retention: timedelta = DEFAULT_RETENTION, *, now: datetime | None = None, everyone: bool = False
) -> Compacted:
    """Retire tombstones (marks' clears) the server received more than ``retention`` ago: raise the horizon to
    the highest version among them, so a station whose cursor is older starts over from a snapshot (which leaves
    them out) instead of downloading every clear since. The clears stay in their projection: they are the plant's
    record. ``everyone``: raise the horizon to the latest version, so that every station starts over from a
    snapshot at its next sync (after restoring the server)."""
    cutoff = ((now or datetime.now(UTC)) - retention).isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        # Locked: two compactions at once (the daily one and a --all-stations) never write the horizon lower.
        current = int(
            conn.scalar(select(ChangeCounterRow.value).where(ChangeCounterRow.name == COMPACTED).with_for_update()) or 0
        )
        retired, highest = conn.execute(
            select(func.count(), func.max(PlantMarkClearRow.version))
            .select_from(PlantMarkClearRow)
            .join(EventRow, EventRow.event_id == PlantMarkClearRow.event_id)
            .where(PlantMarkClearRow.version > current, EventRow.received_at < cutoff)
        ).one()
        horizon = max(current, int(highest or 0))
        if everyone:  # a version of its own, above every cursor handed out so far, and the snapshot's cursor
            sequencer = Sequencer(conn)
            horizon = sequencer.next()
            sequencer.save()
        if horizon != current:
            done = conn.execute(
                update(ChangeCounterRow).where(ChangeCounterRow.name == COMPACTED).values(value=horizon)
            )
            if not done.rowcount:
                conn.execute(insert(ChangeCounterRow).values(name=COMPACTED, value=horizon))
    return Compacted(int(retired), horizon)


RETIRE = "feed-retention"
"""The job's name among the server's periodic work (``server/leases.py``)."""


def retire_once(engine: Engine, retention: timedelta, every: timedelta) -> Compacted | None:
    """:func:`compact`, by one server process of those on this database, once per ``every`` between them; None
    when another process is at it or did it less than ``every`` ago."""
    return leases.run_once_across_replicas(engine, RETIRE, lambda: compact(engine, retention), every=every)


def keep_retiring(engine: Engine, retention: timedelta, every: timedelta, stop: threading.Event) -> None:
    """:func:`compact` once per ``every`` across the server processes on this database, until ``stop`` is set
    (the server's thread for a server that runs for months). It looks 24 times per period, so a process whose
    turn came while another was at it does not wait a whole period; a failure is logged and tried again at the
    next look."""
    while not stop.wait(every.total_seconds() / 24):
        try:
            done = retire_once(engine, retention, every)
        except Exception:  # the database may be down for a moment; the next round tries again
            log.exception("change feed: retiring old tombstones failed")
            continue
        if done is not None and done.retired:
            log.info("change feed: %d tombstones retired; cursors below %d get a snapshot", done.retired, done.horizon)
