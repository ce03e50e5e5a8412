"""The rules a station enforces offline against its copy of master data (DESIGN §3).

Each check returns the violations it finds rather than stopping at the first, so the screen can show
everything that is wrong with a scan at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from floorstation.domain.errors import NotAllowedNow, PermissionDenied, RuleViolation
from floorstation.domain.marks import Mark
from floorstation.domain.master import Lot, LotStatus, Operator, ReasonCode, Role, Task
from floorstation.domain.quantities import fmt


def require_role(operator: Operator, *roles: Role, action: str) -> None:
    if not operator.has_role(*roles):
        needed = " or ".join(r.value.replace("_", " ") for r in roles)
        raise PermissionDenied(
            f"{operator.name} cannot {action}: it needs the {needed} role.",
            f"Ask a {roles[0].value.replace('_', ' ')} to do it with their badge.",
            code="role.missing",
            params={
                "name": operator.name,
                "action": action,
                "role": needed,
                "first_role": roles[0].value.replace("_", " "),
            },
        )


def require_machine_up(machine_name: str, marks: list[Mark], reasons: Sequence[ReasonCode] = ()) -> None:
    """Refuse to start or resume on a machine that is down, naming why by the reasons' labels (``reasons``:
    the out-of-order reasons of master data; a code without one is named by its code)."""
    if marks:
        known = {r.code: r for r in reasons}
        codes = sorted({m.reason for m in marks})
        said = ", ".join(known[c].label if c in known else c for c in codes)
        languages = {language for r in known.values() for language, _ in r.labels}
        in_language = {
            f"reasons.{language}": ", ".join(
                dict(known[c].labels).get(language, known[c].label) if c in known else c for c in codes
            )
            for language in sorted(languages)
        }
        raise NotAllowedNow(
            f"{machine_name} is out of order ({said}); no task can be started on it.",
            "Maintenance must put it back in service first.",
            code="machine.down_no_start",
            params={"machine": machine_name, "reasons": said} | in_language,
        )


@dataclass(frozen=True, slots=True)
class HoldDecision:
    """Who put a lot on hold, when (station time, ``YYYY-MM-DD HH:MM``) and why, as the refusal says them."""

    by: str
    at: str
    reason: str
    reason_names: tuple[tuple[str, str], ...] = ()
    """The reason in other languages, from master data (``(language, label)`` pairs)."""

    def said(self) -> str:
        return f" ({self.by}, {self.at}: {self.reason})"

    def facts(self, lot: str) -> dict[str, str]:
        """The refusal's facts; the reason in other languages as ``why.<language>`` (a screen picks its own)."""
        return {"lot": lot, "by": self.by, "at": self.at, "why": self.reason} | {
            f"why.{language}": name for language, name in self.reason_names
        }


def lot_violations(
    task: Task, lot: Lot, today: date, *, machine_down: list[Mark], hold: HoldDecision | None = None
) -> list[RuleViolation]:
    """Everything that forbids consuming ``lot`` into ``task`` today; ``hold`` names the decision behind a hold."""
    found: list[RuleViolation] = []
    if lot.status is LotStatus.RECALLED:
        found.append(
            RuleViolation(
                "lot_recalled",
                f"Lot {lot.code} is RECALLED and must not be used.",
                "Put it aside in the quarantine area and tell quality.",
                overridable=False,
                code="rule.lot_recalled",
                params={"lot": lot.code},
            )
        )
    elif lot.status is LotStatus.HOLD:
        found.append(
            RuleViolation(
                "lot_on_hold",
                f"Lot {lot.code} is ON HOLD by quality{hold.said() if hold else ''}.",
                "Use another lot, or ask a quality person to sign its use with a reason.",
                roles=("quality",),
                code="rule.lot_on_hold_by" if hold else "rule.lot_on_hold",
                params=hold.facts(lot.code) if hold else {"lot": lot.code},
            )
        )
    if lot.is_expired(today):
        found.append(
            RuleViolation(
                "lot_expired",
                f"Lot {lot.code} expired on {lot.expiry:%Y-%m-%d}.",
                "Use a lot that has not expired, or ask a shift lead to override with a reason.",
                code="rule.lot_expired",
                params={"lot": lot.code, "date": f"{lot.expiry:%Y-%m-%d}"},
            )
        )
    if task.bom_line(lot.material) is None:
        allowed = ", ".join(line.material for line in task.bom) or "nothing"
        found.append(
            RuleViolation(
                "not_in_bom",
                f"Lot {lot.code} is {lot.material}, which is not in the bill of materials of {task.id} "
                f"(it needs {allowed}).",
                "Scan a lot of the right material.",
                code="rule.not_in_bom",
                params={"lot": lot.code, "material": lot.material, "task": task.id, "needs": allowed},
            )
        )
    if machine_down:
        found.append(
            RuleViolation(
                "machine_down",
                f"Machine {task.machine_id} is marked out of order.",
                "Wait until maintenance puts it back in service, or ask a shift lead to override.",
                code="rule.machine_down",
                params={"machine": task.machine_id},
            )
        )
    return found


def within_tolerance(balance: Decimal, quantity: Decimal, tolerance_percent: float) -> bool:
    """Whether consuming ``quantity`` from a lot with ``balance`` left stays within the plant's tolerance: what goes
    past the balance is at most ``tolerance_percent`` of the quantity (a scale's error, a rounded count)."""
    over = quantity - max(balance, Decimal(0))
    return over <= 0 or over * 100 <= quantity * Decimal(str(tolerance_percent))


def balance_violation(lot: Lot, quantity: Decimal, tolerance_percent: float = 0.0) -> RuleViolation | None:
    """Consuming more than the lot's balance (on hand, less what is on pallets), past the tolerance."""
    if within_tolerance(lot.balance, quantity, tolerance_percent):
        return None
    return RuleViolation(
        "over_balance",
        f"Lot {lot.code} has only {fmt(lot.balance)} left on record, less than {fmt(quantity)}.",
        "Check the quantity; if the lot really holds more, a shift lead must override.",
        code="rule.over_balance",
        params={"lot": lot.code, "left": fmt(lot.balance), "qty": fmt(quantity)},
    )


def fefo_choice(candidates: Iterable[Lot], today: date) -> Lot | None:
    """First-expired, first-out: the usable lot that expires soonest (lots without expiry come last)."""
    usable = [
        lot for lot in candidates if lot.status is LotStatus.RELEASED and not lot.is_expired(today) and lot.balance > 0
    ]
    if not usable:
        return None
    return min(usable, key=lambda lot: (lot.expiry is None, lot.expiry or date.max, lot.code))


@dataclass(frozen=True, slots=True)
class FefoWarning:
    chosen: str
    suggested: str
    suggested_expiry: date | None

    @property
    def message(self) -> str:
        when = f" (expires {self.suggested_expiry:%Y-%m-%d})" if self.suggested_expiry else ""
        return f"Lot {self.suggested}{when} expires before {self.chosen}: use it first next time (FEFO)."


def fefo_warning(chosen: Lot, candidates: Iterable[Lot], today: date) -> FefoWarning | None:
    """The usable lot of the same material that expires before ``chosen`` (first-expired, first-out), if one is on
    hand; a lot without an expiry date never expires before another."""
    best = fefo_choice(candidates, today)
    if best is None or best.code == chosen.code or best.expiry is None:
        return None
    if chosen.expiry is not None and best.expiry >= chosen.expiry:
        return None
    return FefoWarning(chosen.code, best.code, best.expiry)
