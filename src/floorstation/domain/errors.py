"""The one root of errors a person at the station can do something about.

Anything else that escapes is a bug. Messages are written for the operator: what happened, then what to do.
"""

from __future__ import annotations


class FloorstationError(Exception):
    """A problem a user can fix; ``message`` says what happened and ``hint`` what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class NotFound(FloorstationError):
    """An unknown badge, lot, machine, task, pallet or reason code."""


class InvalidInput(FloorstationError):
    """A value that cannot be right: a zero or absurd quantity, an empty reason, malformed master data."""


class PermissionDenied(FloorstationError):
    """The person signed in does not have the role this action needs, or a PIN was wrong."""


class NotAllowedNow(FloorstationError):
    """The action does not fit the current state: no task running, task already paused, machine down."""


class RuleViolation(FloorstationError):
    """A refusal by a rule. ``rule`` names it; ``overridable`` says whether a shift lead may override it."""

    def __init__(self, rule: str, message: str, hint: str = "", *, overridable: bool = True) -> None:
        super().__init__(message, hint)
        self.rule = rule
        self.overridable = overridable


class Refused(FloorstationError):
    """One or more rules refused an action; each violation is listed so the screen can show them all."""

    def __init__(self, violations: list[RuleViolation]) -> None:
        self.violations = violations
        overridable = all(v.overridable for v in violations)
        hint = (
            "A shift lead may override with their badge or PIN and a reason."
            if overridable
            else "This cannot be overridden at the station; put the lot aside and call quality."
        )
        super().__init__(" ".join(v.message for v in violations), hint)

    @property
    def overridable(self) -> bool:
        return all(v.overridable for v in self.violations)

    @property
    def rules(self) -> list[str]:
        return [v.rule for v in self.violations]


class NeedsConfirmation(FloorstationError):
    """The action looks like a mistake (the same lot scanned twice in a few seconds); ask before recording."""


class StoreError(FloorstationError):
    """The station's database cannot be used as it is (newer than this app, damaged, not writable)."""
