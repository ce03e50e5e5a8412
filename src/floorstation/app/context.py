"""What every use case needs: a way to open a unit of work, the clock and the station's rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from floorstation.app.proofs import Proofs
from floorstation.app.signatures import SigningGuard
from floorstation.domain.errors import InvalidInput, NotAllowedNow, NotFound
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.master import Operator, Task
from floorstation.domain.ports import Clock, StationData, UnitOfWork
from floorstation.domain.station_rules import StationRules


@dataclass(frozen=True, slots=True)
class StationContext:
    uow: Callable[[], UnitOfWork]
    clock: Clock
    rules: StationRules
    signing: SigningGuard = field(default_factory=SigningGuard)
    """Wrong signing PINs in a row per signer (kept in memory: a wrong PIN records nothing)."""
    proofs: Proofs = field(default_factory=Proofs)
    """Who acts at the terminal, and when each person last proved who they are (app/acting.py)."""
    plant_trace: Callable[[str], Genealogy | None] | None = None
    """Asks the server for a lot's plant-wide trace there and then (None: it knows nothing of the lot); raises a
    :class:`FloorstationError` when it cannot (offline, not enrolled). None: this station never asks."""

    def now(self) -> datetime:
        return self.clock.now()


def signed_in_operator(data: StationData, operator_id: str) -> Operator:
    """The operator, who must be known, active and signed in at this station."""
    operator = data.operator(operator_id)
    if operator is None:
        raise NotFound(
            f"Unknown operator {operator_id!r}.",
            "Sign in with your badge.",
            code="operator.unknown_signed_in",
            params={"operator": operator_id},
        )
    if operator_id not in data.signed_in():
        raise NotAllowedNow(
            f"{operator.name} is not signed in at this station.",
            "Scan your badge to sign in first.",
            code="operator.not_signed_in",
            params={"name": operator.name},
        )
    return operator


def known_task(data: StationData, task_id: str) -> Task:
    task = data.task(task_id)
    if task is None:
        raise NotFound(
            f"Unknown task {task_id!r}.",
            "Pick the task from the machine's queue or scan its code.",
            code="task.unknown",
            params={"task": task_id},
        )
    return task


def required_text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(
            f"A {what} is required.", f"Choose or type the {what}.", code="text.required", params={"what": what}
        )
    return text
