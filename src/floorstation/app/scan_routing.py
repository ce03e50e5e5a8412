"""What a scan does: one table for every screen, every station mode and whoever acts.

A scan reaches the terminal on any screen, at any moment, often while a person is in the middle of something
(typing a quantity, signing an override with their PIN). What it does is decided here, in one pure function,
from facts the terminal has (:class:`Situation`): what the scan is (``app.lookup.Identified.kind``), which
screen is shown, whether a panel is open and what it takes, the station's mode, who acts and whether a task
runs. The answer (:class:`Outcome`) is something the screens only carry out and show. ``docs/terminal.md``
has the table in words.

The rules that matter most to the people at the station:

* A scan never replaces a panel in progress. The panel takes the scans it has a meaning for (a badge names the
  signer of an override); anything else is refused with a reason and leaves the panel as it was.
* A supplier's label is received at a goods-in station or on the goods-in screen. Anywhere else it is kept,
  with a notice the person can tap to receive it when they choose: a camera reading a label on the bench does
  not take over a production terminal.
* A lot goes into the running task only for someone who works tasks (an operator or a shift lead). Quality
  staff see the lot, maintenance and everyone else its trace.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from floorstation.domain.errors import NotAllowedNow
from floorstation.domain.master import Role

SCAN_KINDS = ("badge", "lot", "pallet", "machine", "task", "label", "unknown")
"""What a scan can be (``app.lookup.Kind``)."""


class Panel(enum.StrEnum):
    """What covers the screen when the scan comes."""

    NONE = "none"
    VIEW = "view"
    """A panel that only shows something (the print queue, the "More" menu): a scan may close it."""
    IN_PROGRESS = "in_progress"
    """A panel someone is working in (a signature, a quantity, a note, a refusal, a goods-in receipt)."""


class Action(enum.StrEnum):
    TO_PANEL = "to_panel"
    """The open panel takes the scan (a badge names the signer; the camera's picture shows what it read)."""
    BADGE = "badge"
    """Sign the person in, or make them the one who acts."""
    SWITCH_MACHINE = "switch_machine"
    OPEN_TASK = "open_task"
    CONSUME = "consume"
    """Record the lot as used by the task (the task screen shows the task)."""
    TRACE = "trace"
    QUALITY_LOT = "quality_lot"
    """Show the lot's status on the quality screen."""
    PALLET_LOT = "pallet_lot"
    """Choose the lot to put on a pallet."""
    OPEN_PALLET = "open_pallet"
    LOAD_PALLET = "load_pallet"
    """Load the pallet onto the shipment at the dispatch dock."""
    RECEIVE = "receive"
    """Open goods-in for the supplier's label."""
    QUEUE_LABEL = "queue_label"
    """Keep the supplier's label and say so; the person taps the notice to receive it."""
    REFUSE = "refuse"


class Reason(enum.StrEnum):
    """Why a scan was refused: the error code the terminal words in the operator's language."""

    PANEL_OPEN = "scan.panel_open"
    SIGN_IN_FIRST = "scan.sign_in_first"
    NOT_RECOGNISED = "scan.not_recognised"
    """The lookup could not place it; its own problem (``Identified.problem``) says why."""


@dataclass(frozen=True, slots=True)
class Situation:
    kind: str
    """What the scan is: one of :data:`SCAN_KINDS`."""
    screen: str
    """The screen shown: home, task, pallet, dispatch, goods_in, machine_down, trace, quality, sign_in, settings."""
    mode: str = "production"
    """The station's mode: production, goods_in or dispatch."""
    panel: Panel = Panel.NONE
    panel_takes: frozenset[str] = frozenset()
    """The kinds of scan the open panel has a meaning for."""
    roles: frozenset[str] | None = None
    """The roles of the person who acts; None when nobody does."""
    task_open: bool = False
    """The task screen shows a task."""
    task_running: bool = False
    """A task runs on the terminal's machine."""


@dataclass(frozen=True, slots=True)
class Outcome:
    action: Action
    screen: str | None = None
    """The screen that shows the outcome; None: stay where the person is."""
    reason: Reason | None = None


_WORKS_TASKS = frozenset({Role.OPERATOR.value, Role.SHIFT_LEAD.value})
_ON_SCREEN = {
    # (screen, kind) -> what that screen does with it, before the terminal-wide rules below
    ("trace", "lot"): Outcome(Action.TRACE, "trace"),
    ("trace", "pallet"): Outcome(Action.TRACE, "trace"),
    ("quality", "lot"): Outcome(Action.QUALITY_LOT, "quality"),
    ("pallet", "lot"): Outcome(Action.PALLET_LOT, "pallet"),
    ("pallet", "pallet"): Outcome(Action.OPEN_PALLET, "pallet"),
    ("dispatch", "pallet"): Outcome(Action.LOAD_PALLET, "dispatch"),
    ("goods_in", "label"): Outcome(Action.RECEIVE, "goods_in"),
}


def route(s: Situation) -> Outcome:
    """What the scan does in situation ``s``."""
    if s.kind not in SCAN_KINDS:
        raise ValueError(f"not a kind of scan: {s.kind!r}")
    if s.kind == "unknown":
        return Outcome(Action.REFUSE, reason=Reason.NOT_RECOGNISED)
    if s.panel is not Panel.NONE and s.kind in s.panel_takes:
        return Outcome(Action.TO_PANEL)
    if s.kind == "label" and (s.panel is Panel.IN_PROGRESS or not _receives_here(s)):
        return Outcome(Action.QUEUE_LABEL)
    if s.panel is Panel.IN_PROGRESS:
        return Outcome(Action.REFUSE, reason=Reason.PANEL_OPEN)
    found = _ON_SCREEN.get((s.screen, s.kind))
    if found is not None:
        return found
    if s.kind == "badge":
        return Outcome(Action.BADGE)
    if s.kind == "machine":
        return Outcome(Action.SWITCH_MACHINE, "home")
    if s.kind == "task":
        return Outcome(Action.OPEN_TASK, "task")
    if s.kind == "label":
        return Outcome(Action.RECEIVE, "goods_in")
    if s.kind == "pallet":
        return Outcome(Action.TRACE, "trace")
    return _lot(s)


def _receives_here(s: Situation) -> bool:
    return s.mode == "goods_in" or s.screen == "goods_in"


def _lot(s: Situation) -> Outcome:
    if (s.screen == "task" and s.task_open) or (s.task_running and s.mode == "production"):
        if s.roles is None:
            return Outcome(Action.REFUSE, reason=Reason.SIGN_IN_FIRST)
        if s.roles & _WORKS_TASKS:
            return Outcome(Action.CONSUME, "task")
        if Role.QUALITY.value in s.roles:
            return Outcome(Action.QUALITY_LOT, "quality")
    return Outcome(Action.TRACE, "trace")


def roles_of(roles: Iterable[str] | None) -> frozenset[str] | None:
    """The acting person's roles as the table wants them (None: nobody acts)."""
    return None if roles is None else frozenset(str(r) for r in roles)


class ScanNotUsed(NotAllowedNow):
    """A scan the terminal did not act on, and why (shown in the operator's language by its code)."""


def refusal(reason: Reason, code: str) -> ScanNotUsed:
    """The error that tells the person why the scan of ``code`` was not used (not for ``NOT_RECOGNISED``: the
    lookup's own problem says that better)."""
    if reason is Reason.PANEL_OPEN:
        return ScanNotUsed(
            f"The scan {code!r} was not used: finish or cancel what is open first.",
            "Then scan it again.",
            code=reason.value,
            params={"code": code},
        )
    if reason is Reason.SIGN_IN_FIRST:
        return ScanNotUsed(
            f"The scan {code!r} was not used: nobody is signed in.",
            "Scan your badge first, then scan it again.",
            code=reason.value,
            params={"code": code},
        )
    return ScanNotUsed(f"{code!r} is not known at this station.", code="scan.unknown", params={"code": code})
