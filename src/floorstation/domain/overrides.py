"""Who may go past which refusal, and with which reasons: the plant's override reasons (master data) decide.

Each override reason names the rules it answers and the roles that may sign an override giving it, so "approved by
quality" can answer a hold or an expiry, never a wrong material, and only a quality person signs it. The roles that
may override a rule are those of the reasons that answer it: a rule no reason answers cannot be overridden at all.

One floor the master data cannot lower: a lot on hold is used only with a quality person's signature (the same
signature that lifts a hold), whatever the reasons say.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from floorstation.domain.master import ReasonCode, ReasonKind, Role

#: Rules a reason that names none answers (master data from before reasons named their rules).
LEGACY_RULES = frozenset({"lot_expired", "not_in_bom", "machine_down", "over_balance"})
#: The one role that may sign the use of a held lot, whatever the master data says.
HOLD_ROLES = (Role.QUALITY,)


def answers(reason: ReasonCode, rule: str) -> bool:
    """Whether ``reason`` may be given to override ``rule``."""
    return rule in reason.rules if reason.rules else rule in LEGACY_RULES


def signers(reason: ReasonCode, rule: str) -> tuple[Role, ...]:
    """The roles that may sign an override of ``rule`` giving ``reason`` (none: it does not answer the rule)."""
    if not answers(reason, rule):
        return ()
    roles = reason.roles or (Role.SHIFT_LEAD,)
    if rule == "lot_on_hold":
        return tuple(r for r in roles if r in HOLD_ROLES)
    return tuple(roles)


@dataclass(frozen=True, slots=True)
class OverridePolicy:
    """The plant's override reasons, and what follows from them for each rule."""

    reasons: tuple[ReasonCode, ...]

    @classmethod
    def of(cls, reasons: Iterable[ReasonCode]) -> OverridePolicy:
        return cls(tuple(r for r in reasons if r.kind is ReasonKind.OVERRIDE))

    def roles_for(self, rule: str) -> tuple[Role, ...]:
        """Every role that may override ``rule`` with some reason, in the order of ``Role``."""
        found = {role for reason in self.reasons for role in signers(reason, rule)}
        return tuple(role for role in Role if role in found)

    def reasons_for(self, rules: Collection[str]) -> list[ReasonCode]:
        """The reasons that answer every one of ``rules`` (what the refusal screen offers)."""
        return [r for r in self.reasons if all(signers(r, rule) for rule in rules)]

    def may_sign(self, reason: ReasonCode, rules: Collection[str], roles: Collection[Role]) -> bool:
        """Whether someone with ``roles`` may override all of ``rules`` giving ``reason``."""
        return all(set(signers(reason, rule)) & set(roles) for rule in rules)
