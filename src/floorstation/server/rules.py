"""Business checks on uploaded events, against the server's master data and the plant's lot status decisions
(``plant_lot.status`` / ``status_at``: a hold taken with ``floorstation-server lot-status`` or a station's
``lot.held``, on any lot the plant knows, station-made ones included).

A station decides offline against its own copy of master data, which may be older than the server's: a lot put
on hold centrally may be consumed at a station that has not heard yet. Such an event is stored anyway (the
physical act happened) and flagged for review; nothing here refuses an event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from floorstation.domain.events import Event, LotConsumed, LotHoldOverridden, Payload
from floorstation.domain.signatures import SIGNATURE_TYPE
from floorstation.server.models import MasterRecordRow, PlantLotRow

OVERRIDE_TYPES = ("lot.hold_overridden", "rule.overridden")


@dataclass(frozen=True, slots=True)
class Flag:
    code: str
    message: str


def _overrides(before: Sequence[Event]) -> set[tuple[str, str, str | None]]:
    """(rule, lot, task) of the override events recorded right before an event (they share its transaction)."""
    found: set[tuple[str, str, str | None]] = set()
    for event in reversed(before):
        if event.type == SIGNATURE_TYPE:
            continue  # each override is followed by its signature
        if event.type == "lot.hold_overridden":
            found.add(("lot_on_hold", event.payload.get("lot_code", ""), event.payload.get("task_id")))
        elif event.type == "rule.overridden":
            found.add((event.payload.get("rule", ""), event.payload.get("subject", ""), event.payload.get("task_id")))
        else:
            break
    return found


def _lots(conn: Connection, codes: set[str]) -> dict[str, dict[str, Any]]:
    if not codes:
        return {}
    rows = conn.execute(
        select(MasterRecordRow.key, MasterRecordRow.data_json).where(
            MasterRecordRow.entity == "lots", MasterRecordRow.key.in_(sorted(codes))
        )
    )
    return {row.key: json.loads(row.data_json) for row in rows}


def check(
    conn: Connection,
    events: Sequence[Event],
    earlier: Sequence[Event],
    typed: Mapping[str, Payload],
    invalid: Mapping[str, str],
) -> dict[str, list[Flag]]:
    """Flags per event id. ``earlier`` are the few stored events just before ``events`` (for overrides);
    ``typed`` and ``invalid`` are the payloads as read by ``projections.parse_payloads``."""
    flags: dict[str, list[Flag]] = {eid: [Flag("payload_invalid", message)] for eid, message in invalid.items()}
    consumed = {p.input_lot for p in typed.values() if isinstance(p, LotConsumed)}
    lots = _lots(conn, consumed)
    decided = _decisions(conn, consumed)
    window = list(earlier)
    for event in events:
        payload = typed.get(event.event_id)
        if isinstance(payload, LotHoldOverridden):
            flags.setdefault(event.event_id, []).append(_hold_overridden(event, payload))
        if isinstance(payload, LotConsumed) and (payload.input_lot in lots or payload.input_lot in decided):
            lot = _as_decided(lots.get(payload.input_lot, {}), decided.get(payload.input_lot), event)
            found = _lot_flags(event, payload, lot, _overrides(window[-12:]))
            if found:
                flags.setdefault(event.event_id, []).extend(found)
        window.append(event)
    return flags


def _decisions(conn: Connection, codes: set[str]) -> dict[str, tuple[str, str]]:
    """The plant's latest hold / release / recall decision (status, at) on each lot that has one."""
    if not codes:
        return {}
    rows = conn.execute(
        select(PlantLotRow.code, PlantLotRow.status, PlantLotRow.status_at).where(
            PlantLotRow.code.in_(sorted(codes)), PlantLotRow.status_at.is_not(None)
        )
    )
    return {row.code: (row.status, row.status_at) for row in rows}


def _as_decided(lot: dict[str, Any], decision: tuple[str, str] | None, event: Event) -> dict[str, Any]:
    """Master data's lot with the plant's decision taken before ``event`` (a hold quality put on the lot at one
    station binds every station from then on, heard or not)."""
    if decision is None:
        return lot
    status, at = decision
    try:
        before = datetime.fromisoformat(at) <= datetime.fromisoformat(event.occurred_at)
    except (TypeError, ValueError):
        return lot
    return lot | {"status": status} if before else lot


def _hold_overridden(event: Event, payload: LotHoldOverridden) -> Flag:
    """A lot quality held was used anyway: allowed at the station with a shift lead's signature, but quality
    reviews every such use."""
    return Flag(
        "hold_overridden",
        f"Lot {payload.lot_code} was ON HOLD and used at {event.station_id} (seq {event.seq}) on task "
        f"{payload.task_id}, overridden by {payload.authorised_by}: {payload.reason}.",
    )


def _lot_flags(
    event: Event, payload: LotConsumed, lot: dict[str, Any], overridden: set[tuple[str, str, str | None]]
) -> list[Flag]:
    code, task = payload.input_lot, payload.task_id
    found: list[Flag] = []
    status = lot.get("status", "released")
    where = f"at {event.station_id} (seq {event.seq}) on task {task}"
    if status == "recalled":
        found.append(Flag("lot_recalled", f"Lot {code} is RECALLED but was consumed {where}."))
    elif status == "hold" and ("lot_on_hold", code, task) not in overridden:
        found.append(Flag("lot_on_hold", f"Lot {code} is ON HOLD but was consumed {where} without an override."))
    expiry = lot.get("expiry")
    if expiry and ("lot_expired", code, task) not in overridden:
        on = datetime.fromisoformat(event.occurred_at).date()
        if date.fromisoformat(expiry) < on:
            found.append(Flag("lot_expired", f"Lot {code} expired on {expiry} but was consumed {where}."))
    return found
