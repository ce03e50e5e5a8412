"""Who decides a lot's status, and whether the plant takes a station's decision (docs/architecture.md, "Who
decides").

The plant's lot status is decided centrally: ``floorstation-server lot-status``, and a master-data import that
changes a lot's status, are decisions taken at the server's own time. Quality at a terminal may hold or release a
lot too (``lot.held`` / ``lot.released``, each with its ``record.signed``); the server takes such a decision only
when it can vouch for it:

- its time is the station's, so it must be plausible: not more than the limit ahead of the server's clock when it
  arrived, from a station whose clock (measured at this very request) is not off by more than the limit;
- a recalled lot stays recalled until a central decision lifts the recall;
- the person who decided and the person who signed must have the quality role in the server's master data;
- it must be signed: its ``record.signed`` is the station's very next record. Uploads are cut by count, so a
  decision may end one upload and its signature start the next: such a decision waits (an alarm
  ``LOT_DECISION_AWAITING_SIGNATURE``, the lot unchanged) and is judged when the next record arrives; applied
  then if that is its signature by quality, at its own place in the plant's order (below). A decision followed by
  anything else is unsigned and refused.

A decision that fails any of these is stored like every event (the act happened at the terminal), flagged
``decision_refused`` (so a rebuild leaves it out again) and raised as an alarm; it does not change the lot.

The order of the decisions the plant takes is the server's: a station's decision counts at the time it happened
but never later than the moment the server received it (a clock running ahead cannot push it into the future), a
central one at the server's time; the latest counts (``projections.record_lot_status``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event, Payload
from floorstation.domain.signatures import SIGNATURE_TYPE
from floorstation.server.models import EventFlagRow, MasterRecordRow, PlantLotRow

REFUSED = "decision_refused"
"""Flag code of a station decision the plant did not take."""
ALARM = "LOT_DECISION_REFUSED"
"""Alarm kind raised with it."""
AWAITING = "LOT_DECISION_AWAITING_SIGNATURE"
"""Alarm kind of a decision that ended an upload without its signature: not applied until the signature arrives."""
DECISIONS = ("lot.held", "lot.released")
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


def plant_time(event: Event, received_at: str, clock: StationClock) -> datetime | None:
    """Where a station's record falls in the plant's order: when it happened, but never later than the server
    received it (``effective_at``); when the station's clock, measured at this upload, is off by more than the
    limit, or the record is dated more than the limit ahead, its time says nothing and it counts when it arrived."""
    received = instant(received_at)
    if _clock_problem(event, received, clock) is not None:
        return received
    return instant(effective_at(event.occurred_at, received_at))


def _signature_of(events: Sequence[Event], i: int, typed: Mapping[str, Payload]) -> ev.RecordSigned | None:
    if i + 1 < len(events) and events[i + 1].type == SIGNATURE_TYPE:
        found = typed.get(events[i + 1].event_id)
        if (
            isinstance(found, ev.RecordSigned)
            and found.signed_event_id == events[i].event_id
            and found.signed_event_hash == events[i].hash
        ):
            return found
    return None


def is_decision(event: Event) -> bool:
    return event.type in DECISIONS


def signs(signature: Event, decision: Event) -> bool:
    """Whether ``signature`` is ``decision``'s own ``record.signed``: the very next record of the same station's log,
    naming the decision by id. (The hash it carries is checked when it arrives and by ``verify-log``.)"""
    return (
        signature.type == SIGNATURE_TYPE
        and signature.station_id == decision.station_id
        and signature.epoch == decision.epoch
        and signature.seq == decision.seq + 1
        and signature.payload.get("signed_event_id") == decision.event_id
    )


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the plant makes of the lot decisions of one batch (``judge``)."""

    refused: dict[str, str] = field(default_factory=dict)
    """Decisions of this batch the plant does not take, by event id: why."""
    awaiting: dict[str, str] = field(default_factory=dict)
    """Decisions of this batch that end it without their signature: not applied until it arrives (alarm text)."""
    refused_earlier: dict[str, tuple[Event, str]] = field(default_factory=dict)
    """A decision an earlier batch ended with, now refused (its signature is not the record that followed it, or
    its signer may not decide): the stored decision and why, by its event id."""
    refused_before: frozenset[str] = frozenset()
    """A decision an earlier batch ended with and refused already (flagged and raised then): its signature, which
    starts this batch, must not apply it."""


def _what(event: Event, code: object) -> str:
    return f"{event.type} of lot {code} from {event.station_id} (epoch {event.epoch} seq {event.seq})"


def _was_refused(conn: Connection, event_id: str) -> bool:
    return (
        conn.scalar(
            select(EventFlagRow.id).where(EventFlagRow.event_id == event_id, EventFlagRow.code == REFUSED).limit(1)
        )
        is not None
    )


def _pending_before(
    conn: Connection, events: Sequence[Event], typed: Mapping[str, Payload], decision: Event
) -> dict[str, tuple[Event, str]]:
    """The decision the previous batch of this station ended with, waiting for its signature: judged now that the
    next record has arrived. Refused (by event id, with why) unless that record is its signature from someone with
    the quality role on a lot that is not recalled; taken otherwise (the projection applies it on the signature)."""
    first = events[0]
    code = decision.payload.get("lot_code")
    what = _what(decision, code)
    signature = typed.get(first.event_id)
    if not signs(first, decision) or not isinstance(signature, ev.RecordSigned):
        why = f"Not applied: {what}: {_UNSIGNED}."
        return {decision.event_id: (decision, why)}
    problems = []
    if signature.signed_event_hash != decision.hash:
        problems.append("its signature names another record's hash")
    recalled = conn.scalar(select(PlantLotRow.code).where(PlantLotRow.code == code, PlantLotRow.status == "recalled"))
    if recalled is not None:
        problems.append("the lot is RECALLED; only a central decision (floorstation-server lot-status) lifts it")
    has_operators, roles = _roles(conn, {signature.signer_id})
    if has_operators and QUALITY not in roles.get(signature.signer_id, []):
        known = "has no quality role" if signature.signer_id in roles else "is not in the plant's master data"
        problems.append(f"{signature.signer_id}, who signed it (its signature came in the next upload), {known}")
    if not problems:
        return {}
    return {decision.event_id: (decision, f"Not applied: {what}: {'; '.join(problems)}.")}


_UNSIGNED = (
    "it is not signed (a hold or release counts only with a quality person's signature, recorded right after it)"
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
    *,
    earlier: Sequence[Event] = (),
) -> Verdict:
    """What the plant makes of the lot decisions among ``events`` (one station's batch, in seq order; ``earlier``:
    the station's stored records just before it): which are refused and why, which wait for their signature (the
    batch ends right after them), and whether the decision the previous batch ended with is now refused (or was
    refused already, when it arrived). Decisions not named are taken: the projection applies each once its
    signature is stored."""
    refused_earlier: dict[str, tuple[Event, str]] = {}
    refused_before: frozenset[str] = frozenset()
    if events and earlier and is_decision(pending := earlier[-1]):
        if _was_refused(conn, pending.event_id):
            refused_before = frozenset({pending.event_id})  # refused when it arrived: its signature changes nothing
        else:
            refused_earlier = _pending_before(conn, events, typed, pending)
    decisions = [
        (i, event, p)
        for i, event in enumerate(events)
        if isinstance(p := typed.get(event.event_id), ev.LotHeld | ev.LotReleased)
    ]
    if not decisions:
        return Verdict(refused_earlier=refused_earlier, refused_before=refused_before)
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
    awaiting: dict[str, str] = {}
    for i, event, p in decisions:
        what = _what(event, p.lot_code)
        problems = [found] if (found := _clock_problem(event, received, clock)) else []
        if p.lot_code in recalled:
            problems.append("the lot is RECALLED; only a central decision (floorstation-server lot-status) lifts it")
        signature = signatures[event.event_id]
        if has_operators:
            for role_of, person in (("decided", event.operator_id), ("signed", signature and signature.signer_id)):
                if person and QUALITY not in roles.get(person, []):
                    known = "has no quality role" if person in roles else "is not in the plant's master data"
                    problems.append(f"{person}, who {role_of} it, {known}")
        last = i == len(events) - 1
        if signature is None and not last:
            problems.append(_UNSIGNED)
        if problems:
            refused[event.event_id] = f"Not applied: {what}: {'; '.join(problems)}."
        elif signature is None:
            awaiting[event.event_id] = (
                f"Awaiting signature: {what} ends this upload without its signature; the lot's status does not "
                "change until the signature arrives (the station's next upload), and the decision is refused if "
                "it does not."
            )
    return Verdict(refused, awaiting, refused_earlier, refused_before)


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
