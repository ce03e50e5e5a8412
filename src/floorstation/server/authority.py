"""Who decides a lot's status, and whether the plant takes a station's decision (docs/architecture.md, "Who
decides").

The plant's lot status is decided centrally: ``floorstation-server lot-status``, and a master-data import that
changes a lot's status, are decisions taken at the server's own time. Quality at a terminal may hold or release a
lot too (``lot.held`` / ``lot.released``, each with its ``record.signed``); the server takes such a decision only
when it can vouch for it:

- its time is the station's, so it must be plausible: not more than the limit ahead of the server's clock when it
  arrived, from a station whose clock (measured at this very request) is not off by more than the limit;
- a recalled lot stays recalled until a central decision lifts the recall;
- the person who decided and the person who signed must have the quality role in the server's master data.

A decision that fails any of these is stored like every event (the act happened at the terminal), flagged
``decision_refused`` (so a rebuild leaves it out again) and raised as an alarm; it does not change the lot.

The order of the decisions the plant takes is the server's: a station's decision counts at the time it happened
but never later than the moment the server received it (a clock running ahead cannot push it into the future), a
central one at the server's time; the latest counts (``projections.record_lot_status``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event, Payload
from floorstation.domain.signatures import SIGNATURE_TYPE
from floorstation.server.models import MasterRecordRow, PlantLotRow

REFUSED = "decision_refused"
"""Flag code of a station decision the plant did not take."""
ALARM = "LOT_DECISION_REFUSED"
"""Alarm kind raised with it."""
REFUSED_SIGNER = "signer_not_quality"
"""Flag code of a signature, arriving in the batch after its decision, whose signer has no quality role."""
DEFAULT_MAX_SKEW = timedelta(minutes=15)
"""How far a station's clock may be off the server's before its lot decisions are refused."""
QUALITY = "quality"


@dataclass(frozen=True, slots=True)
class StationClock:
    """What the server knows of the uploading station's clock at this request."""

    offset_ms: int | None = None
    """Server time minus station time, measured at this request (None: not measured)."""
    max_skew: timedelta = DEFAULT_MAX_SKEW


def instant(at: str | None) -> datetime | None:
    try:
        found = datetime.fromisoformat(at) if at else None
    except ValueError:
        return None
    if found is None:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def effective_at(occurred_at: str, received_at: str) -> str:
    """When a station decision counts for the plant: when it happened, but never after the server received it."""
    occurred, received = instant(occurred_at), instant(received_at)
    if occurred is None or received is None or occurred > received:
        return received_at
    return occurred_at


def _signature_of(events: Sequence[Event], i: int, typed: Mapping[str, Payload]) -> ev.RecordSigned | None:
    if i + 1 < len(events) and events[i + 1].type == SIGNATURE_TYPE:
        found = typed.get(events[i + 1].event_id)
        if isinstance(found, ev.RecordSigned) and found.signed_event_id == events[i].event_id:
            return found
    return None


def late_signer(conn: Connection, events: Sequence[Event], earlier: Sequence[Event]) -> str | None:
    """A batch that starts with the signature of a decision the previous batch ended with (batches are cut by
    count): the decision was judged without it. Why its signer could not have made it, if so, for an alarm."""
    if not events or not earlier or events[0].type != SIGNATURE_TYPE:
        return None
    decision = earlier[-1]
    if decision.type not in ("lot.held", "lot.released"):
        return None
    try:
        signature = ev.RecordSigned.model_validate(events[0].payload)
    except ValueError:
        return None
    if signature.signed_event_id != decision.event_id:
        return None
    has_operators, roles = _roles(conn, {signature.signer_id})
    if not has_operators or QUALITY in roles.get(signature.signer_id, []):
        return None
    return (
        f"{decision.type} of lot {decision.payload.get('lot_code')} from {decision.station_id} (epoch "
        f"{decision.epoch} seq {decision.seq}) was judged before its signature arrived; its signer "
        f"{signature.signer_id} has no quality role in the plant's master data. Check the lot's status."
    )


def _roles(conn: Connection, people: set[str]) -> tuple[bool, dict[str, list[str]]]:
    """Whether master data has operators at all, and the roles of ``people`` that it has."""
    any_operator = conn.scalar(select(MasterRecordRow.key).where(MasterRecordRow.entity == "operators").limit(1))
    if any_operator is None or not people:
        return any_operator is not None, {}
    rows = conn.execute(
        select(MasterRecordRow.key, MasterRecordRow.data_json).where(
            MasterRecordRow.entity == "operators", MasterRecordRow.key.in_(sorted(people))
        )
    )
    return True, {r.key: list(json.loads(r.data_json).get("roles", [])) for r in rows}


def judge(
    conn: Connection,
    events: Sequence[Event],
    typed: Mapping[str, Payload],
    received_at: str,
    clock: StationClock,
) -> dict[str, str]:
    """Why the plant does not take each refused lot decision among ``events`` (one station's batch, in seq order),
    by event id; decisions not named are taken."""
    decisions = [
        (i, event, p)
        for i, event in enumerate(events)
        if isinstance(p := typed.get(event.event_id), ev.LotHeld | ev.LotReleased)
    ]
    if not decisions:
        return {}
    codes = sorted({p.lot_code for _, _, p in decisions})
    recalled = set(
        conn.scalars(select(PlantLotRow.code).where(PlantLotRow.code.in_(codes), PlantLotRow.status == "recalled"))
    )
    signatures = {event.event_id: _signature_of(events, i, typed) for i, event, _ in decisions}
    people = {e.operator_id for _, e, _ in decisions if e.operator_id} | {
        s.signer_id for s in signatures.values() if s is not None
    }
    has_operators, roles = _roles(conn, people)
    received = instant(received_at)
    refused: dict[str, str] = {}
    for _, event, p in decisions:
        what = f"{event.type} of lot {p.lot_code} from {event.station_id} (epoch {event.epoch} seq {event.seq})"
        problems = [found] if (found := _clock_problem(event, received, clock)) else []
        if p.lot_code in recalled:
            problems.append("the lot is RECALLED; only a central decision (floorstation-server lot-status) lifts it")
        if has_operators:
            signature = signatures[event.event_id]
            for role_of, person in (("decided", event.operator_id), ("signed", signature and signature.signer_id)):
                if person and QUALITY not in roles.get(person, []):
                    known = "has no quality role" if person in roles else "is not in the plant's master data"
                    problems.append(f"{person}, who {role_of} it, {known}")
        if problems:
            refused[event.event_id] = f"Not applied: {what}: {'; '.join(problems)}."
    return refused


def _clock_problem(event: Event, received: datetime | None, clock: StationClock) -> str | None:
    limit = clock.max_skew
    if clock.offset_ms is not None and abs(clock.offset_ms) > limit.total_seconds() * 1000:
        return (
            f"the station's clock is {_minutes(clock.offset_ms)} off the server's (more than "
            f"{limit.total_seconds() / 60:g} min allowed)"
        )
    occurred = instant(event.occurred_at)
    if occurred is None:
        return f"its time {event.occurred_at!r} cannot be read"
    if received is not None and occurred - received > limit:
        ahead = _minutes((occurred - received).total_seconds() * 1000)
        return f"it is dated {event.occurred_at}, {ahead} ahead of the server's clock"
    return None


def _minutes(ms: float) -> str:
    minutes = abs(ms) / 60_000
    if minutes >= 2 * 24 * 60:
        return f"{minutes / (24 * 60):.0f} days"
    return f"{minutes:.0f} min"
