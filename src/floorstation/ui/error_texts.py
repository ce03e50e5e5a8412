"""The catalogue of everything the core says to a person, and how the terminal says it in their language.

The core raises a ``FloorstationError`` with an English ``message`` and ``hint`` (for logs and the command line),
a stable ``code`` and its ``params`` (the facts: a lot, a name, a number as a plain decimal, a date in ISO 8601).
Scan problems and stored problems (a print job's last error, sync's last problem) are ``Said`` texts that carry
the same. The terminal looks the code up in :data:`WORDINGS` and says the wording in its language, with the facts
put in: numbers and dates as the language writes them, the core's own words (a state, a role) translated. A code
that is not here, or facts that do not fit the wording, are shown in the English the core wrote: nothing is ever
hidden. ``tests/ui/test_error_catalogue.py`` checks that every code raised anywhere has a wording here whose
placeholders are the facts raised with it.

The wordings themselves are data, in :mod:`floorstation.ui.error_wordings`; this module looks them up. To add an
error: raise it with ``code=`` and ``params=``, add its wording there, then translate it in the ``.ts`` files
(``make translations-update``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from floorstation.domain.errors import FloorstationError, Refused, RuleViolation, Said, Wording
from floorstation.ui.error_wordings import RULE_NAMES, RULE_ORDER, WORDINGS, WORDS
from floorstation.ui.locale_text import date_text, language, number_text

__all__ = [
    "RULE_NAMES",
    "RULE_ORDER",
    "WORDINGS",
    "WORDS",
    "error_sentence",
    "error_text",
    "most_important_first",
    "refusal_hint",
    "rule_name",
    "say",
    "stored_error_text",
    "violation_text",
    "wording",
]

_C = "Errors"

_BY_CODE: dict[str, Wording] = {}
for _wording in WORDINGS:
    _BY_CODE.setdefault(_wording.code, _wording)


def _word(text: str) -> str:
    english = WORDS.get(text)
    if english is None and " or " in text:  # "shift lead or admin"
        parts = text.split(" or ")
        if all(p in WORDS for p in parts):
            return QCoreApplication.translate(_C, " or ").join(_word(p) for p in parts)
    return QCoreApplication.translate(_C, english) if english is not None else text


#: Facts that are the core's own words, said in the terminal's language too.
_WORD_FIELDS = {
    "what",
    "status",
    "state",
    "card",
    "role",
    "first_role",
    "action",
    "kind",
    "printer",
    "problem",
    "needs",
}
#: Facts that are numbers (plain decimals from the core) or dates and times (ISO 8601): written as the language
#: writes them.
_NUMBER_FIELDS = {
    "qty",
    "free",
    "planned",
    "left",
    "limit",
    "seconds",
    "tries",
    "wait",
    "length",
    "needed",
    "paper",
    "least",
}
_DATE_FIELDS = {"date", "when", "at", "expiry"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _fact(name: str, value: str) -> str:
    if name in _WORD_FIELDS:
        return _word(value)
    if name in _NUMBER_FIELDS:
        return number_text(value)
    if name in _DATE_FIELDS and _ISO_DATE.match(value):
        return date_text(value)
    return value


def wording(code: str) -> Wording | None:
    return _BY_CODE.get(code)


def say(code: str, params: Mapping[str, str]) -> tuple[str, str] | None:
    """The wording of ``code`` in the terminal's language with the facts put in; None when the catalogue has no
    such code or the facts do not fit it (the caller then shows the core's English)."""
    found = _BY_CODE.get(code)
    if found is None or not found.fields <= set(params):
        return None
    here = language()
    facts = {k: _fact(k, str(params.get(f"{k}.{here}", v))) for k, v in params.items()}
    said = []
    for template in (found.message, found.hint):
        if not template:
            said.append("")
            continue
        try:
            said.append(QCoreApplication.translate(_C, template).format(**facts))
        except (KeyError, IndexError, ValueError):  # a translation that names a fact the English does not have
            said.append(template.format(**facts))
    return said[0], said[1]


def violation_text(violation: RuleViolation) -> tuple[str, str]:
    """What is wrong and what to do about one refused rule."""
    return say(violation.code, violation.params) or (violation.message, violation.hint)


def most_important_first(violations: Iterable[RuleViolation]) -> list[RuleViolation]:
    """The refusal that matters most first (see :data:`RULE_ORDER`); rules not listed keep their place after."""
    rank = {rule: i for i, rule in enumerate(RULE_ORDER)}
    return sorted(violations, key=lambda v: (v.overridable, rank.get(v.rule, len(rank))))


def refusal_hint(refused: Refused) -> str:
    return (say(refused.code, {}) or ("", refused.hint))[1]


def error_text(error: FloorstationError) -> tuple[str, str]:
    """What is wrong and what to do, in the terminal's language (as the core wrote it when the code is unknown)."""
    if isinstance(error, Refused):
        said = [violation_text(v)[0] for v in most_important_first(error.violations)]
        return " ".join(said), refusal_hint(error)
    return say(error.code, error.params) or (error.message, error.hint)


def error_sentence(error: FloorstationError) -> str:
    message, hint = error_text(error)
    return f"{message} {hint}".strip()


def stored_error_text(text: str) -> str:
    """A problem kept as text (a print job's last error, sync's last problem, what a scan is not) in the
    terminal's language when it carries its code (:class:`Said`), else as it was written."""
    if isinstance(text, Said) and (said := say(text.code, text.params)) is not None:
        return f"{said[0]} {said[1]}".strip()
    return text


def rule_name(rule: str) -> str:
    english = RULE_NAMES.get(rule)
    return QCoreApplication.translate(_C, english) if english is not None else rule.replace("_", " ")
