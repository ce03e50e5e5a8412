"""A day of a small plant for the report tests: three stations' hash-chained events with times of their own, the
late upload of one of them, and the reports' figures computed again here, straight from those events."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from floorstation.domain import events as ev
from floorstation.domain.events import GENESIS_HASH, Event, Payload, RecordSigned, event_hash, payload_dict
from floorstation.domain.signatures import MEANINGS
from floorstation.server.reporting.period import PlantCalendar, parse_shifts

CET = timezone(timedelta(hours=1))
CALENDAR = PlantCalendar(ZoneInfo("Europe/Warsaw"), parse_shifts("1=06:00,2=14:00,3=22:00"))
DAY = datetime(2026, 11, 23, tzinfo=CET)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=CET)


def at(hours: float, day: int = 0) -> datetime:
    return DAY + timedelta(days=day, hours=hours)


@dataclass
class Log:
    """One station's log, built the way the station builds it (each record needing a signature is followed by
    its ``record.signed``)."""

    station_id: str
    events: list[Event] = field(default_factory=list)

    def add(self, when: datetime, operator: str, payload: Payload) -> Log:
        self._append(when, operator, payload)
        if payload.TYPE in MEANINGS:
            last = self.events[-1]
            self._append(
                when,
                operator,
                RecordSigned(
                    signer_id=operator,
                    signer_name=operator,
                    meaning=MEANINGS[payload.TYPE],
                    method="badge+pin",
                    signed_event_id=last.event_id,
                    signed_event_hash=last.hash,
                    at=last.occurred_at,
                ),
            )
        return self

    def _append(self, when: datetime, operator: str, payload: Payload) -> None:
        prev = self.events[-1].hash if self.events else GENESIS_HASH
        fields: dict[str, Any] = {
            "event_id": str(uuid.uuid4()),
            "station_id": self.station_id,
            "epoch": 1,
            "seq": len(self.events) + 1,
            "type": payload.TYPE,
            "schema_version": payload.VERSION,
            "occurred_at": when.isoformat(timespec="milliseconds"),
            "operator_id": operator,
            "payload": payload_dict(payload),
            "prev_hash": prev,
        }
        self.events.append(Event(hash=event_hash(**fields), **fields))


def _start(task: str, machine: str, joined: bool = False) -> ev.TaskStarted:
    return ev.TaskStarted(task_id=task, machine_id=machine, work_order=task.rsplit("-", 1)[0], joined=joined)


def plant_day() -> dict[str, list[Event]]:
    """Line 1 runs 304/2023-10 on M01 all morning (a second operator joins, then signs out; two pauses); line 2
    runs 305/2023-10 on M02 and is paused in the night shift still; maintenance marks both machines down, M02
    twice at once, and M01 again before dawn without clearing it; line 3 ran 306/2023-10 on M03 from two days
    before, stopping at 07:00."""
    l1 = Log("ST-L1")
    t1 = "304/2023-10"
    l1.add(at(6), "anna", _start(t1, "M01"))
    l1.add(at(6.5), "piotr", _start(t1, "M01", joined=True))
    l1.add(at(8), "anna", ev.TaskPaused(task_id=t1, reason="break"))
    l1.add(at(8.25), "anna", ev.TaskResumed(task_id=t1))
    l1.add(at(9), "piotr", ev.OperatorSignedOut(reason="manual"))
    l1.add(at(13), "anna", ev.TaskPaused(task_id=t1, reason="setup"))
    l1.add(at(13.5), "anna", ev.TaskResumed(task_id=t1))
    l1.add(
        at(15),
        "anna",
        ev.TaskStopped(task_id=t1, good_qty=Decimal(1000), scrap_qty=Decimal(20), scrap_reason="short_shot"),
    )
    l2 = Log("ST-L2")
    t2 = "305/2023-10"
    l2.add(at(10), "marta", _start(t2, "M02"))
    l2.add(
        at(12),
        "marta",
        ev.TaskStopped(task_id=t2, good_qty=Decimal("300.5"), scrap_qty=Decimal(5), scrap_reason="flash"),
    )
    l2.add(at(23), "marta", _start(t2, "M02"))
    l2.add(at(23.5), "marta", ev.TaskPaused(task_id=t2, reason="material"))
    l3 = Log("ST-L3")
    t3 = "306/2023-10"
    l3.add(at(20, day=-2), "marta", _start(t3, "M03"))
    l3.add(at(7), "marta", ev.TaskStopped(task_id=t3, good_qty=Decimal(50), scrap_qty=Decimal(0)))
    mt = Log("ST-MT")
    mt.add(at(12.5), "tomasz", ev.MachineMarkedDown(machine_id="M02", mark_id="mk1", reason="electrical"))
    mt.add(at(12.75), "tomasz", ev.MachineMarkedDown(machine_id="M02", mark_id="mk2", reason="hydraulic_leak"))
    mt.add(at(13), "tomasz", ev.MachineCleared(machine_id="M02", mark_ids=("mk1",)))
    mt.add(at(13.25), "tomasz", ev.MachineCleared(machine_id="M02", mark_ids=("mk2",)))
    mt.add(at(16), "tomasz", ev.MachineMarkedDown(machine_id="M01", mark_id="mk3", reason="mould_damage"))
    mt.add(at(17.5), "tomasz", ev.MachineCleared(machine_id="M01", mark_ids=("mk3",)))
    mt.add(at(5, day=1), "tomasz", ev.MachineMarkedDown(machine_id="M01", mark_id="mk4", reason="safety_guard"))
    return {"ST-L1": l1.events, "ST-L2": l2.events, "ST-L3": l3.events, "ST-MT": mt.events}


# --- the figures again, straight from the events ------------------------------------------------------------------


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def _time(e: Event) -> int:
    return _ms(datetime.fromisoformat(e.occurred_at))


@dataclass
class Reference:
    """Run and pause per task and reason, per crew member, counts per task, marks: over [lo, hi) up to ``now``."""

    events: list[Event]
    lo: int
    hi: int
    now: int = _ms(NOW)

    def _clip(self, s: int, e: int, spans: Iterable[tuple[int, int]]) -> int:
        total = 0
        for a, b in spans:
            total += max(0, min(e, b, self.hi, self.now) - max(s, a, self.lo))
        return total

    def segments(self) -> list[tuple[str, str, str | None, int, int]]:
        """(task, run|pause, reason, start, end) from each task's facts in time order."""
        by_task: dict[str, list[tuple[int, Event, Payload]]] = defaultdict(list)
        for e in self.events:
            p = e.typed_payload()
            if isinstance(p, ev.TaskStarted | ev.TaskPaused | ev.TaskResumed | ev.TaskStopped):
                by_task[p.task_id].append((_time(e), e, p))
        out = []
        for task, facts in by_task.items():
            facts.sort(key=lambda f: (f[0], f[1].station_id, f[1].seq))
            for i, (t, _e, p) in enumerate(facts):
                end = facts[i + 1][0] if i + 1 < len(facts) else self.now
                if isinstance(p, ev.TaskPaused):
                    out.append((task, "pause", p.reason, t, end))
                elif not isinstance(p, ev.TaskStopped):
                    out.append((task, "run", None, t, end))
        return out

    def task_time(self) -> dict[str, dict[tuple[str, str | None], int]]:
        out: dict[str, dict[tuple[str, str | None], int]] = defaultdict(lambda: defaultdict(int))
        for task, state, reason, s, e in self.segments():
            out[task][(state, reason)] += self._clip(s, e, [(s, e)])
        return out

    def memberships(self) -> list[tuple[str, str, int, int]]:
        """(operator, task, from, to): from a start or join to the task's next stop or the operator's sign-out."""
        facts = sorted(((_time(e), e, e.typed_payload()) for e in self.events), key=lambda f: (f[0], f[1].seq))
        out = []
        for t, e, p in facts:
            if not isinstance(p, ev.TaskStarted):
                continue
            ends = [
                u
                for u, f, q in facts
                if u > t
                and (
                    (isinstance(q, ev.TaskStopped) and q.task_id == p.task_id)
                    or (isinstance(q, ev.OperatorSignedOut) and f.operator_id == e.operator_id)
                )
            ]
            out.append((e.operator_id or "", p.task_id, t, min(ends, default=2**62)))
        return out

    def operator_time(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        segments = self.segments()
        for operator, task, a, b in self.memberships():
            for seg_task, state, _reason, s, e in segments:
                if seg_task == task:
                    out[operator][state] += self._clip(s, e, [(a, b)])
        return out

    def stops(self) -> list[tuple[str, ev.TaskStopped, int]]:
        return [
            (p.task_id, p, _time(e))
            for e in self.events
            if isinstance(p := e.typed_payload(), ev.TaskStopped) and self.lo <= _time(e) < self.hi
        ]

    def marks(self) -> list[tuple[str, str, int, int]]:
        raised = {}
        cleared: dict[str, int] = {}
        for e in self.events:
            p = e.typed_payload()
            if isinstance(p, ev.MachineMarkedDown):
                raised[p.mark_id] = (p.machine_id, p.reason, _time(e))
            elif isinstance(p, ev.MachineCleared):
                for m in p.mark_ids:
                    cleared[m] = _time(e)
        return [
            (machine, reason, s, cleared.get(mark, self.now)) for mark, (machine, reason, s) in sorted(raised.items())
        ]


def seconds(ms: int) -> Decimal:
    return (Decimal(ms) / 1000).normalize() if ms else Decimal(0)
