"""Business checks on uploaded events, against the server's master data and the plant's lot status decisions
(``plant_lot.status`` / ``status_at``: a hold taken with ``floorstation-server lot-status`` or a station's
``lot.held``, on any lot the plant knows, station-made ones included).

A station decides offline against its own copy of master data, which may be older than the server's: a lot put
on hold centrally may be consumed at a station that has not heard yet. Such an event is stored anyway (the
physical act happened) and flagged for review; nothing here refuses an event. What the server checks again:

- a consumption against the plant's decision on the lot, in the plant's order (``authority.plant_time``: when it
  happened, never later than the server received it, and when it arrived if the station's clock cannot be
  trusted), not by the station's clock alone;
- an override's signer against the roles the plant's override reasons allow (``domain/overrides.py``): a station
  with old master data, or a forged record, may let someone sign who may not (``override_not_allowed``, alarm
  ``OVERRIDE_NOT_ALLOWED``);
- a lot's balance across stations: two stations may each consume a lot offline within what they know, and
  together take more than it holds. The consumption that, in receipt order, goes past the plant's balance without
  an ``over_balance`` override is flagged ``overdrawn`` (alarm ``LOT_OVERDRAWN``). Checked for lots whose quantity
  is known when they are used (master data's lots and lots received at goods-in); a produced lot's quantity grows
  with the reports of its task, which may arrive after its use, so the recall report's mass balance covers those.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event, LotConsumed, LotHoldOverridden, Payload
from floorstation.domain.master import ReasonCode, ReasonKind, Role
from floorstation.domain.overrides import OverridePolicy, signers
from floorstation.domain.quantities import fmt, from_milli, to_milli
from floorstation.domain.signatures import SIGNATURE_TYPE
from floorstation.server.authority import StationClock, instant, plant_time
from floorstation.server.lookups import among
from floorstation.server.models import MasterRecordRow, PlantLotRow

OVERRIDE_TYPES = ("lot.hold_overridden", "rule.overridden")
OVERDRAWN = "overdrawn"
OVERDRAWN_ALARM = "LOT_OVERDRAWN"
NOT_ALLOWED = "override_not_allowed"
NOT_ALLOWED_ALARM = "OVERRIDE_NOT_ALLOWED"
ALARMS = {OVERDRAWN: OVERDRAWN_ALARM, NOT_ALLOWED: NOT_ALLOWED_ALARM}
"""Flags that also raise an alarm, and the alarm's kind."""


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
            MasterRecordRow.entity == "lots", among(conn, MasterRecordRow.key, codes)
        )
    )
    return {row.key: json.loads(row.data_json) for row in rows}


def check(
    conn: Connection,
    events: Sequence[Event],
    earlier: Sequence[Event],
    typed: Mapping[str, Payload],
    invalid: Mapping[str, str],
    *,
    received_at: str,
    clock: StationClock | None = None,
) -> dict[str, list[Flag]]:
    """Flags per event id. ``earlier`` are the few stored events just before ``events`` (for overrides);
    ``typed`` and ``invalid`` are the payloads as read by ``projections.parse_payloads``; ``received_at`` and
    ``clock`` place the batch's records in the plant's order."""
    clock = clock or StationClock()
    flags: dict[str, list[Flag]] = {eid: [Flag("payload_invalid", message)] for eid, message in invalid.items()}
    consumed = {p.input_lot for p in typed.values() if isinstance(p, LotConsumed)}
    lots = _lots(conn, consumed)
    decided, balances = _plant_lots(conn, consumed)
    policy, roles = _override_rules(conn, events, typed)
    window = list(earlier)
    for i, event in enumerate(events):
        payload = typed.get(event.event_id)
        if isinstance(payload, LotHoldOverridden):
            flags.setdefault(event.event_id, []).append(_hold_overridden(event, payload))
        if isinstance(payload, LotHoldOverridden | ev.RuleOverridden) and policy is not None:
            signature = typed.get(events[i + 1].event_id) if i + 1 < len(events) else None
            signer = signature.signer_id if isinstance(signature, ev.RecordSigned) else event.operator_id
            if (found := _signer_not_allowed(event, payload, signer, policy, roles)) is not None:
                flags.setdefault(event.event_id, []).append(found)
        if isinstance(payload, LotConsumed):
            overridden = _overrides(window[-12:])
            if payload.input_lot in lots or payload.input_lot in decided:
                at = plant_time(event, received_at, clock)
                lot = _as_decided(lots.get(payload.input_lot, {}), decided.get(payload.input_lot), at)
                if lot_flags := _lot_flags(event, payload, lot, overridden):
                    flags.setdefault(event.event_id, []).extend(lot_flags)
            if (over := _overdrawn(event, payload, balances, overridden)) is not None:
                flags.setdefault(event.event_id, []).append(over)
        window.append(event)
    return flags


def _plant_lots(conn: Connection, codes: set[str]) -> tuple[dict[str, tuple[str, str]], dict[str, list[int]]]:
    """The plant's latest hold / release / recall decision (status, at) on each lot that has one; and what the
    plant knows is left of each lot whose quantity is known, in thousandths, before the batch: in, less consumed,
    less on pallets (a one-item list, counted down as the batch uses the lot). One lookup for both."""
    if not codes:
        return {}, {}
    rows = conn.execute(
        select(
            PlantLotRow.code,
            PlantLotRow.status,
            PlantLotRow.status_at,
            PlantLotRow.in_master,
            PlantLotRow.origin,
            PlantLotRow.initial_milli,
            PlantLotRow.produced_milli,
            PlantLotRow.consumed_milli,
            PlantLotRow.palletized_milli,
        ).where(among(conn, PlantLotRow.code, codes))
    )
    decided: dict[str, tuple[str, str]] = {}
    balances: dict[str, list[int]] = {}
    for r in rows:
        if r.status_at is not None:
            decided[r.code] = (r.status, r.status_at)
        if r.in_master or r.origin == "received":
            balances[r.code] = [r.initial_milli + r.produced_milli - r.consumed_milli - r.palletized_milli]
    return decided, balances


def _overdrawn(
    event: Event,
    payload: LotConsumed,
    balances: dict[str, list[int]],
    overridden: set[tuple[str, str, str | None]],
) -> Flag | None:
    left = balances.get(payload.input_lot)
    if left is None:
        return None
    qty = to_milli(payload.quantity)
    before = left[0]
    left[0] = before - qty
    if left[0] >= 0 or ("over_balance", payload.input_lot, payload.task_id) in overridden:
        return None
    beyond = -left[0] if before >= 0 else qty
    return Flag(
        OVERDRAWN,
        f"Lot {payload.input_lot} is overdrawn: {fmt(from_milli(beyond))} {payload.unit} more was used than "
        f"the plant has on record, by {event.station_id} (seq {event.seq}) on task {payload.task_id}, after other "
        "stations' uses of it arrived (each station saw enough). Recount the lot and check which use is wrong.",
    )


def _override_rules(
    conn: Connection, events: Sequence[Event], typed: Mapping[str, Payload]
) -> tuple[OverridePolicy | None, dict[str, tuple[Role, ...]]]:
    """The plant's override reasons and its people's roles, when the batch overrides anything and master data
    has people (a plant without them has nothing to check against)."""
    people: set[str] = set()
    for i, event in enumerate(events):
        if isinstance(typed.get(event.event_id), LotHoldOverridden | ev.RuleOverridden):
            signature = typed.get(events[i + 1].event_id) if i + 1 < len(events) else None
            people.add(signature.signer_id if isinstance(signature, ev.RecordSigned) else event.operator_id or "")
    if not people:
        return None, {}
    if conn.scalar(select(MasterRecordRow.key).where(MasterRecordRow.entity == "operators").limit(1)) is None:
        return None, {}
    reasons = []
    for data in conn.scalars(select(MasterRecordRow.data_json).where(MasterRecordRow.entity == "reasons")):
        row = json.loads(data)
        if row.get("kind") != ReasonKind.OVERRIDE.value:
            continue
        reasons.append(
            ReasonCode(
                ReasonKind.OVERRIDE,
                row["code"],
                row.get("label", row["code"]),
                rules=tuple(row.get("rules") or ()),
                roles=tuple(Role(r) for r in row.get("roles") or () if r in Role.__members__.values()),
            )
        )
    roles: dict[str, tuple[Role, ...]] = {}
    for key, data in conn.execute(
        select(MasterRecordRow.key, MasterRecordRow.data_json).where(
            MasterRecordRow.entity == "operators", MasterRecordRow.key.in_(sorted(people))
        )
    ):
        roles[key] = tuple(Role(r) for r in json.loads(data).get("roles", []) if r in Role.__members__.values())
    return OverridePolicy.of(reasons), roles


def _signer_not_allowed(
    event: Event,
    payload: LotHoldOverridden | ev.RuleOverridden,
    signer: str | None,
    policy: OverridePolicy,
    roles: Mapping[str, tuple[Role, ...]],
) -> Flag | None:
    """An override whose signer holds none of the roles the plant's reasons allow for the rule (with the reason
    given, when master data knows it; any reason otherwise)."""
    rule = "lot_on_hold" if isinstance(payload, LotHoldOverridden) else payload.rule
    subject = payload.lot_code if isinstance(payload, LotHoldOverridden) else payload.subject
    reason = next((r for r in policy.reasons if r.code == payload.reason), None)
    allowed = signers(reason, rule) if reason is not None else policy.roles_for(rule)
    held = roles.get(signer or "", ())
    if set(allowed) & set(held):
        return None
    who = f"{signer} ({', '.join(held) or 'not in the plant master data'})"
    may = ", ".join(allowed) or "nobody: no override reason answers it"
    return Flag(
        NOT_ALLOWED,
        f"Override of {rule} on {subject} at {event.station_id} (seq {event.seq}) giving {payload.reason!r} was "
        f"signed by {who}; the plant's override rules allow {may}. Review the use.",
    )


def _as_decided(lot: dict[str, Any], decision: tuple[str, str] | None, at: datetime | None) -> dict[str, Any]:
    """Master data's lot with the plant's decision taken before the consumption (``at``: its place in the plant's
    order; a hold quality put on the lot at one station binds every station from then on, heard or not)."""
    if decision is None or at is None:
        return lot
    status, decided_at = decision
    when = instant(decided_at)
    if when is None:
        return lot
    return lot | {"status": status} if when <= at else lot


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
