"""Lot codes made at two places: a ``lot.produced`` or ``lot.received`` whose code the plant already knows as
another lot — created at another station, or of another material — is stored, flagged and raises an alarm.

Stations make lot codes unique by construction (docs/architecture.md, "Lot codes"), but a copied configuration,
two stations given one station code, or a machine listed at two stations can still make one code twice. The
plant keeps the first lot under that code; the second station's lot gets a plant identity of its own,
``CODE@STATION`` (``projections.separated``), and that station's records from the one that made it on name that
lot, so the genealogy and recall of the first lot do not take in what the second station made, palletised and
shipped. Records of *other* stations that name the code may still belong to either lot: a recall report of either
says it is AMBIGUOUS until someone has checked by hand (``floorstation-server resolve-collision CODE``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select, update

from floorstation.domain.events import Event, LotProduced, LotReceived, Payload
from floorstation.server.lookups import among
from floorstation.server.models import EventFlagRow, EventRow, PlantLotRow

COLLISION = "lot_code_collision"
ALARM = "LOT_CODE_COLLISION"


def collisions(conn: Connection, events: Sequence[Event], typed: Mapping[str, Payload]) -> dict[str, str]:
    """Why each lot-creating event of ``events`` is a collision (by event id). Checked before the batch is
    projected; the first lot to reach the plant keeps the code."""
    created = {e.event_id: p for e in events if isinstance(p := typed.get(e.event_id), LotProduced | LotReceived)}
    if not created:
        return {}
    codes = {p.lot_code for p in created.values()}
    query = select(PlantLotRow.code, PlantLotRow.material, PlantLotRow.station_id, PlantLotRow.in_master)
    known = {row.code: row for row in conn.execute(query.where(among(conn, PlantLotRow.code, codes)))}
    found: dict[str, str] = {}
    first: dict[str, tuple[str, str]] = {}
    """Lots this batch creates, for a code it creates twice."""
    for event in events:
        p = created.get(event.event_id)
        if p is None:
            continue
        row = known.get(p.lot_code)
        station: str | None = None
        material: str | None = None
        in_master = False
        if p.lot_code in first:
            station, material = first[p.lot_code]
        elif row is not None and (row.station_id is not None or row.in_master):
            # (A row with neither was only mentioned so far: consumed before its creation arrived.)
            station, material, in_master = row.station_id, row.material, bool(row.in_master)
        if station is not None and station != event.station_id:
            found[event.event_id] = _why(p, event, f"was made at station {station} already")
        elif material is not None and material != p.material:
            where = "in master data" if in_master and station is None else "already"
            found[event.event_id] = _why(p, event, f"is a lot of {material} {where}")
        first.setdefault(p.lot_code, (event.station_id, p.material))
    return found


def _why(p: LotProduced | LotReceived, event: Event, what: str) -> str:
    return (
        f"Lot code {p.lot_code} {what}, and station {event.station_id} (seq {event.seq}) made it again for "
        f"{p.material}: two lots carry one code. The plant keeps this station's lot apart as "
        f"{p.lot_code}@{event.station_id}; records of other stations under the code may belong to either. Give the "
        "station a station code of its own (or its own machines), relabel the second lot, check the recall of "
        f"{p.lot_code} by hand and then run floorstation-server resolve-collision {p.lot_code}."
    )


def resolve(engine: Engine, code: str) -> int:
    """Mark the unresolved collisions of lot code ``code`` as checked by hand; returns how many."""
    with engine.begin() as conn:
        ids = [
            row.id
            for row in conn.execute(
                select(EventFlagRow.id, EventRow.payload_json)
                .join(EventRow, EventRow.event_id == EventFlagRow.event_id)
                .where(EventFlagRow.code == COLLISION, EventFlagRow.reviewed_at.is_(None))
            )
            if json.loads(row.payload_json).get("lot_code") == code
        ]
        if ids:
            now = datetime.now(UTC).isoformat(timespec="milliseconds")
            conn.execute(update(EventFlagRow).where(EventFlagRow.id.in_(ids)).values(reviewed_at=now))
        return len(ids)
