"""Mock-recall drills: a timed exercise of a recall, kept as a record (``recall_drill``).

BRC and IFS ask a plant to show it can trace a lot forward and backward, name its customers, find the stock to
quarantine and balance the quantities within 4 hours. A drill is started for a lot (when, by whom); each step is
stamped when it is done (:data:`STEPS`); finishing it records when, by whom and how long it took, which the
office compares with :data:`TARGET`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update

from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server.models import RecallDrillRow

STEPS = ("trace", "customers", "stock", "mass_balance", "downloads")
"""What a drill goes through: the genealogy both ways, the customers to contact, the stock to quarantine, the
mass balance, and the documents handed over (JSON, CSV, EPCIS, FSMA 204)."""
TARGET = timedelta(hours=4)
MAX_LISTED = 200


@dataclass(frozen=True)
class Drill:
    id: int
    lot: str
    started_at: datetime
    started_by: str
    steps: dict[str, datetime]
    finished_at: datetime | None
    finished_by: str | None
    duration_ms: int | None
    note: str

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def elapsed(self, now: datetime | None = None) -> timedelta:
        """How long the drill took (finished) or has been running (open)."""
        if self.duration_ms is not None:
            return timedelta(milliseconds=self.duration_ms)
        return (now or _now()) - self.started_at

    @property
    def met_target(self) -> bool | None:
        """Finished within :data:`TARGET` (None while open)."""
        return None if self.duration_ms is None else self.elapsed() <= TARGET

    def step_after(self, step: str) -> timedelta | None:
        """How long after the start ``step`` was done (None: not yet)."""
        at = self.steps.get(step)
        return None if at is None else at - self.started_at


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


def _drill(row: Any) -> Drill:
    steps = {name: _moment(at) for name, at in json.loads(row.steps_json or "{}").items()}
    return Drill(
        row.id,
        row.lot,
        _moment(row.started_at),
        row.started_by,
        steps,
        _moment(row.finished_at) if row.finished_at else None,
        row.finished_by,
        row.duration_ms,
        row.note,
    )


def start(engine: Engine, lot: str, by: str, *, now: datetime | None = None) -> int:
    """A new drill for ``lot``, started now by ``by``: its id."""
    with engine.begin() as conn:
        result = conn.execute(
            insert(RecallDrillRow)
            .values(lot=lot, started_at=_stamp(now or _now()), started_by=by, steps_json="{}", note="")
            .returning(RecallDrillRow.id)
        )
        drill_id: int = result.scalar_one()
    return drill_id


def get(engine: Engine, drill_id: int) -> Drill:
    with engine.connect() as conn:
        row = conn.execute(select(RecallDrillRow).where(RecallDrillRow.id == drill_id)).first()
    if row is None:
        raise NotFound(f"There is no mock-recall drill {drill_id}.", "Open the list of drills on the Lots page.")
    return _drill(row)


def mark_step(engine: Engine, drill_id: int, step: str, *, now: datetime | None = None) -> Drill:
    """Stamp ``step`` done (the first time only: doing it again keeps the first time)."""
    if step not in STEPS:
        raise InvalidInput(f"A drill has no step {step!r}.", "Use one of " + ", ".join(STEPS) + ".")
    with engine.begin() as conn:
        row = conn.execute(select(RecallDrillRow).where(RecallDrillRow.id == drill_id).with_for_update()).first()
        if row is None:
            raise NotFound(f"There is no mock-recall drill {drill_id}.", "Open the list of drills on the Lots page.")
        if row.finished_at is None:
            steps = json.loads(row.steps_json or "{}")
            steps.setdefault(step, _stamp(now or _now()))
            conn.execute(
                update(RecallDrillRow).where(RecallDrillRow.id == drill_id).values(steps_json=json.dumps(steps))
            )
    return get(engine, drill_id)


def finish(engine: Engine, drill_id: int, by: str, note: str = "", *, now: datetime | None = None) -> Drill:
    """End the drill now: its duration is kept. A finished drill stays as it was."""
    drill = get(engine, drill_id)
    if drill.finished:
        return drill
    end = now or _now()
    duration_ms = max(0, round((end - drill.started_at).total_seconds() * 1000))
    with engine.begin() as conn:
        conn.execute(
            update(RecallDrillRow)
            .where(RecallDrillRow.id == drill_id, RecallDrillRow.finished_at.is_(None))
            .values(finished_at=_stamp(end), finished_by=by, duration_ms=duration_ms, note=note.strip()[:2000])
        )
    return get(engine, drill_id)


def recent(engine: Engine, limit: int = MAX_LISTED) -> list[Drill]:
    """The drills, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(RecallDrillRow).order_by(RecallDrillRow.started_at.desc(), RecallDrillRow.id.desc()).limit(limit)
        )
        return [_drill(r) for r in rows]
