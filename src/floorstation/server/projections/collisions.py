"""Lot codes a station made again: that station's records about "its" lot kept apart, under the plant's own
identity of that lot (``plant_code``), so the genealogy and recall of the first lot do not take them in."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence

from sqlalchemy import Connection, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event, Payload
from floorstation.server.lotcodes import COLLISION as LOT_CODE_COLLISION
from floorstation.server.models import EventFlagRow, EventRow


def plant_code(code: str, station_id: str) -> str:
    """The plant's identity of a lot a station made under a code the plant already knew as another lot."""
    return f"{code}@{station_id}"


def collisions_of(
    conn: Connection, stations: Collection[str] | None = None, *, unresolved: bool = False
) -> list[tuple[str, int, int, str]]:
    """The lot codes stations made again (flagged ``lot_code_collision``): (station, epoch, seq, code) of each
    lot-creating record, of ``stations`` (None: all); ``unresolved``: only those nobody has resolved yet
    (``floorstation-server resolve-collision``)."""
    query = (
        select(EventRow.station_id, EventRow.epoch, EventRow.seq, EventRow.payload_json)
        .join(EventFlagRow, EventFlagRow.event_id == EventRow.event_id)
        .where(EventFlagRow.code == LOT_CODE_COLLISION)
    )
    if unresolved:
        query = query.where(EventFlagRow.reviewed_at.is_(None))
    if stations is not None:
        query = query.where(EventRow.station_id.in_(sorted(stations)))
    found = []
    for row in conn.execute(query):
        code = json.loads(row.payload_json).get("lot_code")
        if isinstance(code, str):
            found.append((row.station_id, row.epoch, row.seq, code))
    return found


def separated(conn: Connection, events: Sequence[Event], typed: Mapping[str, Payload]) -> Mapping[str, Payload]:
    """``typed`` with the lot codes a station made again, from the record that made the lot on, under the plant's
    identity of that station's lot (``plant_code``): the station's later records about "its" lot stay on it, and
    the genealogy and recall of the first lot do not take them in. By the station's log order, not by arrival, so
    a rebuild separates the same records."""
    found = collisions_of(conn, {e.station_id for e in events})
    if not found:
        return typed
    made: dict[str, list[tuple[int, int, str]]] = {}
    for station, epoch, seq, code in found:
        made.setdefault(station, []).append((epoch, seq, code))
    out = dict(typed)
    for event in events:
        p = typed.get(event.event_id)
        renamed = {
            code: plant_code(code, event.station_id)
            for epoch, seq, code in made.get(event.station_id, ())
            if (event.epoch, event.seq) >= (epoch, seq)
        }
        if p is not None and renamed:
            out[event.event_id] = _renamed(p, renamed)
    return out


_LOT_FIELDS: dict[type[Payload], tuple[str, ...]] = {
    ev.LotProduced: ("lot_code",),
    ev.LotReceived: ("lot_code",),
    ev.LotConsumed: ("input_lot", "output_lot"),
    ev.TaskStopped: ("output_lot",),
    ev.TaskCounted: ("output_lot",),
    ev.PalletBuilt: ("lot_code",),
    ev.LotHeld: ("lot_code",),
    ev.LotReleased: ("lot_code",),
    ev.LotHoldOverridden: ("lot_code",),
    ev.RuleOverridden: ("subject",),
}


def _renamed(p: Payload, renamed: Mapping[str, str]) -> Payload:
    update = {
        name: renamed[value]
        for name in _LOT_FIELDS.get(type(p), ())
        if isinstance(value := getattr(p, name), str) and value in renamed
    }
    return p.model_copy(update=update) if update else p
