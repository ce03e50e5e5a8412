"""The station's log head kept beside its database, so a lost, emptied or swapped database is noticed.

A station whose ``station.db`` was deleted, truncated to 0 bytes or replaced by an older copy would otherwise be
opened as a new one: a new, empty history, and events the server already holds recorded again under the same
numbers. ``station.db.head`` (JSON: station id, epoch, last seq, last hash) remembers how far the log had come;
opening the station compares it with the database and refuses a database that does not hold that event.

When it is written (atomically: a temporary file renamed over it):

- when the station opens and its database passed the check (every terminal start and every CLI command),
- when a process commits its first events into a log that has none yet or into a new epoch, and
- when the station closes (terminal shutdown, end of a CLI command, so after every sync run too).

Not at every commit: an append must cost no more than the database's own fsync. Between those moments the file
may lag the database by the events of the running session, which is enough for what it proves: that the
station had a history, and an event its log had certainly reached.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from floorstation.domain.errors import HistoryMissing
from floorstation.store.models import EventRow, LogHead

log = logging.getLogger(__name__)

SUFFIX = ".head"


@dataclass(frozen=True, slots=True)
class Head:
    station_id: str
    epoch: int
    seq: int
    hash: str

    def describe(self) -> str:
        return f"epoch {self.epoch} seq {self.seq}"


def anchor_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def read(database: Path) -> Head | None:
    """The recorded head, or None when the station never recorded an event (or the file is unreadable)."""
    try:
        data = json.loads(anchor_path(database).read_text(encoding="utf-8"))
        return Head(str(data["station_id"]), int(data["epoch"]), int(data["seq"]), str(data["hash"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A damaged head file still says that there was a history: keep the refusal, with nothing to compare.
        return Head("?", 0, 0, "")


def write(database: Path, head: Head) -> None:
    """Replace the file in one rename; a folder that cannot be written (a full disk, a read-only copy) is logged
    and leaves the previous file, which still proves the history it names."""
    target = anchor_path(database)
    tmp = target.with_name(target.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"station_id": head.station_id, "epoch": head.epoch, "seq": head.seq, "hash": head.hash}, out)
            out.write("\n")
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("the log head beside %s was not updated: %s", database, exc)


def forget(database: Path) -> None:
    """Drop the recorded head (a deliberately new history)."""
    anchor_path(database).unlink(missing_ok=True)


def database_head(engine: Engine, station_id: str) -> Head | None:
    with engine.connect() as conn:
        row = conn.execute(select(LogHead).where(LogHead.station_id == station_id)).first()
    return Head(station_id, row.epoch, row.seq, row.hash) if row else None


def _restore_hint(backups: Path) -> str:
    return (
        f"Restore the station's copy: 'floorstation restore' takes the newest backup from {backups} (or "
        "'floorstation restore FILE' a copy you name) and continues in a new epoch. Only for a replacement "
        "station that starts a new history on purpose: 'floorstation restore --new-history'."
    )


def _missing(database: Path, backups: Path, recorded: Head, what: str) -> HistoryMissing:
    where = str(database)
    return HistoryMissing(
        f"The station database {where} {what}, but station {recorded.station_id} had recorded events up to "
        f"{recorded.describe()}. It is not started as a new station.",
        _restore_hint(backups),
        code="store.history_missing",
        params={"path": where, "station": recorded.station_id, "seq": str(recorded.seq)},
    )


def _deliberate(recorded: Head, epoch: int | None) -> bool:
    """A station whose configured epoch is past the recorded one was restored on purpose (docs/sync.md: a copy
    put back and the epoch raised before anything is recorded): its database is taken as it is."""
    return epoch is not None and epoch > recorded.epoch and recorded.station_id != "?"


def check_file(database: Path, backups: Path, epoch: int | None = None) -> None:
    """Before the database is opened (opening would create it): refuse a missing or empty file of a station that
    had a history (``epoch``: the configured one, see :func:`_deliberate`)."""
    recorded = read(database)
    if recorded is None or _deliberate(recorded, epoch):
        return
    if not database.exists():
        raise _missing(database, backups, recorded, "is missing")
    if database.stat().st_size == 0:
        raise _missing(database, backups, recorded, "is empty (0 bytes)")


def problem(engine: Engine, database: Path, backups: Path, epoch: int | None = None) -> HistoryMissing | None:
    """Whether the opened database holds the event the recorded head names (None: it does, or nothing recorded,
    or the station was restored on purpose: ``epoch``, the configured one, is past the recorded)."""
    recorded = read(database)
    if recorded is None or _deliberate(recorded, epoch):
        return None
    with engine.connect() as conn:
        held = conn.scalar(
            select(EventRow.hash).where(
                EventRow.station_id == recorded.station_id,
                EventRow.epoch == recorded.epoch,
                EventRow.seq == recorded.seq,
            )
        )
        any_event = conn.scalar(select(EventRow.seq).limit(1))
    if any_event is None:
        return _missing(database, backups, recorded, "holds no events")
    if held == recorded.hash or recorded.station_id == "?":
        return None  # the head file was unreadable: the events are there, and opening writes it again
        return _missing(database, backups, recorded, "holds no events")
    what = "does not hold that event (it was replaced by an older or another copy)"
    if held is not None:
        what = "holds a different event under that number (it is another station's or a forked copy)"
    return _missing(database, backups, recorded, what)


class Anchor:
    """Keeps ``station.db.head`` for one open station (see the module docstring for when it is written)."""

    def __init__(self, database: Path, station_id: str, *, first_commit_pending: bool) -> None:
        self.database = database
        self.station_id = station_id
        self._pending = first_commit_pending

    def committed(self, epoch: int, seq: int, digest: str) -> None:
        """Called by the unit of work after each commit that appended events (one test of a flag otherwise)."""
        if self._pending:
            self._pending = False
            write(self.database, Head(self.station_id, epoch, seq, digest))

    def save(self, engine: Engine) -> None:
        head = database_head(engine, self.station_id)
        if head is not None:
            write(self.database, head)
