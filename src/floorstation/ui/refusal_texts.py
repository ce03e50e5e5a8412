"""The refusal screen in the terminal's language.

The core's rule violations carry a stable rule code and an English sentence (``domain/rules.py``); the core has
no translations yet. For the six consumption rules the screen reads the facts back out of the sentence (lot,
date, material ...) and says them with its own translated words. A sentence it does not recognise (the core's
wording changed) is shown as the core wrote it, so nothing is ever hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from floorstation.domain.errors import Refused, RuleViolation

_PATTERNS = {
    "lot_recalled": re.compile(r"Lot (?P<lot>\S+) is RECALLED and must not be used\."),
    "lot_on_hold": re.compile(
        r"Lot (?P<lot>\S+) is ON HOLD by quality(?: \((?P<by>[^,]+), (?P<at>\S+ \S+): (?P<why>.+)\))?\."
    ),
    "lot_expired": re.compile(r"Lot (?P<lot>\S+) expired on (?P<date>\S+)\."),
    "not_in_bom": re.compile(
        r"Lot (?P<lot>\S+) is (?P<material>\S+), which is not in the bill of materials of (?P<task>\S+) "
        r"\(it needs (?P<needs>.+)\)\."
    ),
    "machine_down": re.compile(r"Machine (?P<machine>\S+) is marked out of order\."),
    "over_balance": re.compile(r"Lot (?P<lot>\S+) has only (?P<left>\S+) left on record, less than (?P<qty>\S+)\."),
}


def _said(rule: str, facts: dict[str, str]) -> tuple[str, str] | None:
    if rule == "lot_recalled":
        return (
            QCoreApplication.translate("Refusal", "Lot %s is RECALLED and must not be used.") % facts["lot"],
            QCoreApplication.translate("Refusal", "Put it aside in the quarantine area and tell quality."),
        )
    if rule == "lot_on_hold":
        held = (
            QCoreApplication.translate("Refusal", "Lot %s is ON HOLD by quality (%s, %s: %s).")
            % (facts["lot"], facts["by"], facts["at"], facts["why"])
            if facts.get("by")
            else QCoreApplication.translate("Refusal", "Lot %s is ON HOLD by quality.") % facts["lot"]
        )
        return (
            held,
            QCoreApplication.translate(
                "Refusal", "Use another lot, or ask a quality person to sign its use with a reason."
            ),
        )
    if rule == "lot_expired":
        return (
            QCoreApplication.translate("Refusal", "Lot %s expired on %s.") % (facts["lot"], facts["date"]),
            QCoreApplication.translate(
                "Refusal", "Use a lot that has not expired, or ask a shift lead to override with a reason."
            ),
        )
    if rule == "not_in_bom":
        return (
            QCoreApplication.translate(
                "Refusal", "Lot %s is %s, which is not in the bill of materials of %s (it needs %s)."
            )
            % (facts["lot"], facts["material"], facts["task"], facts["needs"]),
            QCoreApplication.translate("Refusal", "Scan a lot of the right material."),
        )
    if rule == "machine_down":
        return (
            QCoreApplication.translate("Refusal", "Machine %s is marked out of order.") % facts["machine"],
            QCoreApplication.translate(
                "Refusal", "Wait until maintenance puts it back in service, or ask a shift lead to override."
            ),
        )
    if rule == "over_balance":
        return (
            QCoreApplication.translate("Refusal", "Lot %s has only %s left on record, less than %s.")
            % (facts["lot"], facts["left"], facts["qty"]),
            QCoreApplication.translate(
                "Refusal", "Check the quantity; if the lot really holds more, a shift lead must override."
            ),
        )
    return None


def violation_text(violation: RuleViolation) -> tuple[str, str]:
    """What is wrong and what to do, in the terminal's language when the rule and its sentence are known."""
    pattern = _PATTERNS.get(violation.rule)
    found = pattern.fullmatch(violation.message) if pattern is not None else None
    said = _said(violation.rule, found.groupdict()) if found is not None else None
    return said if said is not None else (violation.message, violation.hint)


def refusal_hint(refused: Refused) -> str:
    if not refused.overridable:
        return QCoreApplication.translate(
            "Refusal", "This cannot be overridden at the station; put the lot aside and call quality."
        )
    if all("shift_lead" in v.signers for v in refused.violations):
        return QCoreApplication.translate("Refusal", "A shift lead may override with their badge or PIN and a reason.")
    if all("quality" in v.signers for v in refused.violations):
        return QCoreApplication.translate(
            "Refusal", "A quality person may sign this with their badge or name, their PIN and a reason."
        )
    return QCoreApplication.translate(
        "Refusal", "Someone allowed to override every refusal here must sign with their PIN and a reason."
    )
