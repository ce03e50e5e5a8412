"""Reading the change feed: what a station downloads after its cursor, or the whole current state as a snapshot.

Master data lives in ``master_record``, the changing derived rows in ``plant_change`` (``feed/write.py``), and the
rows that never change once written where they are: machine marks (``plant_machine_mark``: sent while no clear
names them), their clears (``plant_machine_mark_clear``: the mark's tombstone) and genealogy edges
(``plant_lot_edge``). A cursor below the retention's horizon, or above the counter (a server restored from an
older backup), cannot be served: the station starts over from a snapshot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, String, Text, cast, func, literal, or_, select, union_all

from floorstation.server.feed.entities import LOT_EDGE, MARK
from floorstation.server.feed.versions import COMPACTED, COUNTER
from floorstation.server.models import (
    ChangeCounterRow,
    MasterRecordRow,
    PlantChangeRow,
    PlantLotEdgeRow,
    PlantMarkClearRow,
    PlantMarkRow,
)

_MARK_FIELDS = ("mark_id", "machine_id", "reason", "note", "station_id", "raised_by", "raised_at")
"""What a raised mark says in the feed (columns of ``plant_machine_mark``)."""
_CLEAR_FIELDS = ("mark_id", "machine_id", "station_id", "cleared_by", "cleared_at")
"""What a mark's tombstone says (columns of ``plant_machine_mark_clear``)."""


_EDGE_FIELDS = (
    "event_id",
    "input_lot",
    "output_lot",
    "task_id",
    "material",
    "qty_milli",
    "unit",
    "station_id",
    "operator_id",
    "occurred_at",
)
"""What a genealogy edge says in the feed (columns of ``plant_lot_edge``)."""


@dataclass(frozen=True)
class Change:
    version: int
    entity: str
    data: dict[str, Any]
    deleted: bool = False


@dataclass(frozen=True)
class Counters:
    latest: int
    """The highest version handed out."""
    compacted: int
    """The highest version compaction removed: a cursor below it may have missed a tombstone."""


def counters(conn: Connection) -> Counters:
    values = dict(conn.execute(select(ChangeCounterRow.name, ChangeCounterRow.value)).tuples().all())
    return Counters(int(values.get(COUNTER, 0)), int(values.get(COMPACTED, 0)))


def cursor_expired(found: Counters, after: int | None) -> str | None:
    """Why a cursor cannot be served (a sentence), or None. ``None`` cursor: a station that never downloaded."""
    if after is None:
        return None if found.compacted == 0 else "This station has never downloaded; start from a snapshot."
    if after > found.latest:
        return (
            f"The server's change feed ends at {found.latest}, before this cursor ({after}): the server was "
            "restored from an older backup. Start over from a snapshot."
        )
    if after < found.compacted:
        return (
            f"Changes up to {found.compacted} were compacted after the retention; this cursor ({after}) is older. "
            "Start over from a snapshot."
        )
    return None


def _json_of(conn: Connection, table: Any, fields: tuple[str, ...]) -> Any:
    """The row's ``fields`` as a JSON object text, made by the database."""
    pairs = [part for name in fields for part in (literal(name, String), table.c[name])]
    if conn.dialect.name == "postgresql":
        return cast(func.json_build_object(*pairs), Text)
    return func.json_object(*pairs)


def _feed_parts(conn: Connection, after: int, *, clears: Any = None) -> list[Select[Any]]:
    """One SELECT (version, entity, data_json, deleted) per place the feed lives, each of rows above ``after``:
    master data, the changing derived rows, raised marks no clear names, marks' clears (tombstones; ``clears``
    narrows them), genealogy edges."""
    mark, clear, edge = PlantMarkRow.__table__, PlantMarkClearRow.__table__, PlantLotEdgeRow.__table__
    cleared = select(clear.c.mark_id).where(clear.c.mark_id == mark.c.mark_id).exists()
    tombstones = select(
        clear.c.version, literal(MARK, String), _json_of(conn, clear, _CLEAR_FIELDS), literal(True)
    ).where(clear.c.version > after)
    return [
        select(MasterRecordRow.version, MasterRecordRow.entity, MasterRecordRow.data_json, literal(False)).where(
            MasterRecordRow.version > after
        ),
        select(PlantChangeRow.version, PlantChangeRow.entity, PlantChangeRow.data_json, PlantChangeRow.deleted).where(
            PlantChangeRow.version > after
        ),
        select(mark.c.version, literal(MARK, String), _json_of(conn, mark, _MARK_FIELDS), literal(False)).where(
            mark.c.version > after, ~cleared
        ),
        tombstones if clears is None else tombstones.where(clears),
        select(edge.c.version, literal(LOT_EDGE, String), _json_of(conn, edge, _EDGE_FIELDS), literal(False)).where(
            edge.c.version > after
        ),
    ]


_FEED_COLUMNS = ("version", "entity", "data_json", "deleted")


def _read(conn: Connection, parts: list[Select[Any]], limit: int | None) -> list[Change]:
    """The parts' rows, oldest first, in one statement (so one consistent view of every table). With a
    ``limit``, each part is cut to its first ``limit`` rows by version before they are merged."""
    members: list[Select[Any]] = []
    for part in parts:
        version = part.selected_columns[0]
        named = part.with_only_columns(
            *(column.label(name) for column, name in zip(part.selected_columns, _FEED_COLUMNS, strict=True))
        )
        members.append(named if limit is None else select(named.order_by(version).limit(limit).subquery()))
    both = union_all(*members).subquery()
    query = select(both).order_by(both.c.version)
    rows = conn.execute(query if limit is None else query.limit(limit)).all()
    return [Change(r.version, r.entity, json.loads(r.data_json), bool(r.deleted)) for r in rows]


def changes_after(conn: Connection, version: int, limit: int) -> list[Change]:
    """Master-data and derived rows changed after ``version``, oldest first, each in its latest state (a mark its
    clear named is sent as its tombstone only). One statement, so one consistent view of every table."""
    return _read(conn, _feed_parts(conn, version), limit)


def snapshot(conn: Connection, station_id: str) -> tuple[list[Change], int]:
    """The whole current state and the cursor it is complete up to; the caller runs it in one consistent read.

    Tombstones are left out (the station replaces what it downloaded before with the snapshot) except the clears
    of marks that ``station_id`` itself raised, however old: its own log still has those marks, and without
    their clears a station that restarts from a snapshot would show machines down that were fixed long ago. So
    are the clears of marks the server has not received yet (after a restore, stations send their events again
    in any order): the mark may be this station's own, and when it arrives the feed leaves it out (a clear names
    it) while the clear's version is below the snapshot's cursor."""
    latest = counters(conn).latest
    return _read(conn, _snapshot_parts(conn, station_id, -1), None), latest


def _snapshot_parts(conn: Connection, station_id: str, after: int) -> list[Select[Any]]:
    clear, mark = PlantMarkClearRow, PlantMarkRow
    unknown = ~select(mark.mark_id).where(mark.mark_id == clear.mark_id).exists()
    own = or_(clear.mark_id.in_(select(mark.mark_id).where(mark.station_id == station_id)), unknown)
    parts = _feed_parts(conn, after, clears=own)
    parts[1] = parts[1].where(PlantChangeRow.deleted.is_(False))
    return parts


def snapshot_page(conn: Connection, station_id: str, through: int, after: int, limit: int) -> list[Change]:
    """A page of the snapshot complete up to ``through`` (a value of the counter read when it began): the rows of
    :func:`snapshot` whose version is above ``after`` and at most ``through``, oldest first, at most ``limit``.

    Each page is a read of its own, not one long transaction, and yet the pages and then the change feed after
    ``through`` give the station the whole current state: a row that changes while the pages are read gets a
    version above ``through``, so it leaves the pages still to come and the feed sends it in its latest state;
    a row that changed before ``through`` is in a page. Versions are unique across the feed's tables (one
    sequencer), so ``after`` (the last version of the previous page) cuts nothing off."""
    parts = [part.where(part.selected_columns[0] <= through) for part in _snapshot_parts(conn, station_id, after)]
    return _read(conn, parts, limit)
