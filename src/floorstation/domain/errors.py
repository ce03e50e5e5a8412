"""The one root of errors a person at the station can do something about.

Anything else that escapes is a bug. Messages are written for the operator: what happened, then what to do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field


class FloorstationError(Exception):
    """A problem a user can fix; ``message`` says what happened and ``hint`` what to do.

    ``message`` and ``hint`` are English. ``code`` (stable, e.g. ``lot.unknown``) and ``params`` (the facts in
    the sentence, as text) let a screen say the same in its own language; an error raised without them is
    recognised by its English wording (:class:`Wording`).
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
        super().__init__(message, hint, code=code, params=params)
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
            hint = "This cannot be overridden at the station; put the lot aside and call quality."
        elif all("shift_lead" in v.signers for v in violations):
            hint = "A shift lead may override with their badge or PIN and a reason."
        elif all("quality" in v.signers for v in violations):
            hint = "A quality person may sign this with their badge or name, their PIN and a reason."
        else:
            hint = "Someone allowed to override every refusal here must sign with their PIN and a reason."
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


_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    """``"Lot '{lot}' is unknown."`` as a regular expression that reads the fields back."""
    parts, last, seen = [], 0, set()
    for found in _FIELD.finditer(template):
        name = found.group(1)
        parts.append(re.escape(template[last : found.start()]))
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")  # a fact said twice is the same
        seen.add(name)
        last = found.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


@dataclass(frozen=True, slots=True)
class Wording:
    """How the core words one error in English: ``message`` and ``hint`` with ``{field}`` placeholders.

    A screen that translates errors keeps one wording per error code; :meth:`read` recognises an error (or a
    stored error text such as a print job's last error, ``"message hint"``) and returns its fields.
    """

    code: str
    message: str
    hint: str = ""
    _message: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _hint: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _whole: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_message", _pattern(self.message))
        object.__setattr__(self, "_hint", _pattern(self.hint))
        whole = f"{self.message} {self.hint}".strip()
        object.__setattr__(self, "_whole", _pattern(whole))

    def read(self, message: str, hint: str = "") -> dict[str, str] | None:
        """The fields when ``message`` and ``hint`` are this wording (an error's), else None."""
        found = self._message.fullmatch(message)
        if found is None:
            return None
        fields = found.groupdict()
        if self.hint or hint:
            said = self._hint.fullmatch(hint)
            if said is None or any(fields.get(k, v) != v for k, v in said.groupdict().items()):
                return None  # not this hint, or a fact said twice that is not the same
            fields.update(said.groupdict())
        return fields

    def read_text(self, text: str) -> tuple[dict[str, str], bool] | None:
        """The fields when ``text`` (a stored error: ``"message hint"``, or the message alone) is this wording,
        and whether the hint was in it."""
        whole = self._whole.fullmatch(text) if self.hint else None
        if whole is not None:
            return whole.groupdict(), True
        found = self._message.fullmatch(text)
        return (found.groupdict(), False) if found is not None else None
