"""The one root of errors a person at the station can do something about.

Anything else that escapes is a bug. Messages are written for the operator: what happened, then what to do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


class FloorstationError(Exception):
    """A problem a user can fix; ``message`` says what happened and ``hint`` what to do.

    ``message`` and ``hint`` are English. ``code`` (stable, e.g. ``lot.unknown``) and ``params`` (the facts in
    the sentence, as text: numbers as plain decimals, dates as ISO 8601) let a screen say the same in its own
    language from its catalogue; an error without a code, or with a code the catalogue does not know, is shown in
    the English the core wrote.
    """

    def __init__(
        self, message: str, hint: str = "", *, code: str = "", params: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code
        self.params: dict[str, str] = dict(params or {})

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    @property
    def said(self) -> Said:
        """``"message hint"`` as one text that keeps the code and facts (to be stored and shown later)."""
        return Said(str(self), self.code, self.params)


class NotFound(FloorstationError):
    """An unknown badge, lot, machine, task, pallet or reason code."""


class InvalidInput(FloorstationError):
    """A value that cannot be right: a zero or absurd quantity, an empty reason, malformed master data."""


class PermissionDenied(FloorstationError):
    """The person signed in does not have the role this action needs, or a PIN was wrong."""


class NotAllowedNow(FloorstationError):
    """The action does not fit the current state: no task running, task already paused, machine down."""


class RuleViolation(FloorstationError):
    """A refusal by a rule. ``rule`` names it; ``overridable`` says whether anyone may override it at the station,
    ``roles`` who may (role names; empty: a shift lead, the rule's default)."""

    def __init__(
        self,
        rule: str,
        message: str,
        hint: str = "",
        *,
        overridable: bool = True,
        roles: tuple[str, ...] = (),
        code: str = "",
        params: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, hint, code=code or f"rule.{rule}", params=params)
        self.rule = rule
        self.overridable = overridable
        self.roles = roles

    @property
    def signers(self) -> tuple[str, ...]:
        """Who may override it (role names), empty when nobody may."""
        if not self.overridable:
            return ()
        return self.roles or ("shift_lead",)


class Refused(FloorstationError):
    """One or more rules refused an action; each violation is listed so the screen can show them all."""

    def __init__(self, violations: list[RuleViolation]) -> None:
        self.violations = violations
        overridable = all(v.overridable for v in violations)
        if not overridable:
            hint, code = (
                "This cannot be overridden at the station; put the lot aside and call quality.",
                "refused.final",
            )
        elif all("shift_lead" in v.signers for v in violations):
            hint, code = "A shift lead may override with their badge or PIN and a reason.", "refused"
        elif all("quality" in v.signers for v in violations):
            hint = "A quality person may sign this with their badge or name, their PIN and a reason."
            code = "refused.quality"
        else:
            hint = "Someone allowed to override every refusal here must sign with their PIN and a reason."
            code = "refused.mixed"
        super().__init__(" ".join(v.message for v in violations), hint, code=code)

    @property
    def overridable(self) -> bool:
        return all(v.overridable for v in self.violations)

    @property
    def rules(self) -> list[str]:
        return [v.rule for v in self.violations]


class NeedsConfirmation(FloorstationError):
    """The action looks like a mistake (the same lot scanned twice in a few seconds); ask before recording."""


class FefoReasonNeeded(FloorstationError):
    """A lot was scanned while a lot of the same material that expires sooner is on hand: the operator says why
    (a FEFO reason of the plant's) before the consumption is recorded, or records nothing. ``params``: ``lot`` (the
    one scanned), ``older`` (the lot that expires first) and its ``expiry``."""

    @property
    def older_lot(self) -> str:
        return self.params.get("older", "")


class StoreError(FloorstationError):
    """The station's database cannot be used as it is (newer than this app, damaged, not writable)."""


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full: the transaction was rolled back, nothing of it recorded.
    Reads still work; the same action succeeds again once there is space."""


class DatabaseDamaged(StoreError):
    """The database file is not a database any more, or SQLite found it malformed."""


class HistoryMissing(StoreError):
    """The station had recorded events, but its database is gone, empty or older than its recorded log head."""


_FIELD = re.compile(r"\{(\w+)\}")


class Said(str):
    """An English sentence that also carries its catalogue ``code`` and ``params``.

    Everywhere else it is the English text (logs, JSON, the command line); a screen says it in its own language by
    the code. A sentence built by joining strings is plain English again (never hidden, only untranslated).
    """

    code: str
    params: dict[str, str]

    def __new__(cls, text: str, code: str = "", params: Mapping[str, str] | None = None) -> Said:
        said = super().__new__(cls, text)
        said.code = code
        said.params = dict(params or {})
        return said


@dataclass(frozen=True, slots=True)
class Wording:
    """How the core words one error in English: ``message`` and ``hint`` with ``{field}`` placeholders for the
    facts (the ``params`` an error is raised with). The terminal's catalogue keeps one wording per code."""

    code: str
    message: str
    hint: str = ""

    @property
    def fields(self) -> set[str]:
        return set(_FIELD.findall(self.message + " " + self.hint))

    def english(self, params: Mapping[str, str]) -> tuple[str, str]:
        """The message and hint with the facts put in, as the core says them."""
        return self.message.format(**params), self.hint.format(**params) if self.hint else ""
