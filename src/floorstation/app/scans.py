"""A scan taken in one call on the database thread: identified, routed (``app.scan_routing``) and, when the
routing table says the scan signs its person in, signed in; when it puts a lot into a task, what the screen asks
next (the quantity, or why not) is read with it.

The screen used to make three trips to the database thread for a badge (what is it, sign in, read the screen
again) and three for a lot (what is it, what to ask, read the screen again), each waiting behind the other work
queued there; :func:`take` makes each one, and a badge's is one transaction. A screen that already shows the
station gets back only who is signed in now (``signed_in_ids``) and changes its picture in place
(:meth:`views.StationView.signing_in`), then reads the whole station in a trip of its own a moment later: that
read cost three times the sign-in itself, and the person need not wait for it to see they are in. The situation
the routing table needs (screen, open panel, who acts) is the terminal's, taken when the scan came; everything
the screen then shows comes back in :class:`TakenScan`. Outcomes that need the person first (a PIN, a quantity,
a screen to open) come back routed, and the screen carries them out as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from floorstation.app import lots, operators, scan_routing, views
from floorstation.app.context import StationContext
from floorstation.app.lookup import Identified, identify_in
from floorstation.app.scan_routing import Action, Outcome, Situation
from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import Operator


@dataclass(frozen=True, slots=True)
class ConsumeAsked:
    """What the terminal asks once a lot is scanned into a task (:func:`lots.consumption_prompt`), asked in the
    scan's own trip: the quantity prompt, or why the lot cannot go in (a refusal, or a question first)."""

    task_id: str
    operator_id: str
    lot: str
    prompt: lots.ConsumePrompt | None = None
    refused: FloorstationError | None = None


@dataclass(frozen=True, slots=True)
class TakenScan:
    item: Identified
    outcome: Outcome
    """What the routing table says the scan does, in the situation given."""
    signed_in: Operator | None = None
    """The person the badge signed in (the sign-in is committed)."""
    refused: FloorstationError | None = None
    """Why the badge did not sign its person in."""
    view: views.StationView | None = None
    """The station after the sign-in, for every screen (None: nothing was recorded, or only ``signed_in_ids``
    were asked for)."""
    signed_in_ids: tuple[str, ...] = ()
    """Who is signed in after the sign-in, in the order they signed in (asked for with ``full_view=False``)."""
    consume: ConsumeAsked | None = None
    """For a lot the routing table puts into a task (``consume_into`` given): what to ask about it."""

    @property
    def done(self) -> bool:
        """The scan's use case ran here (signed in or refused): the screen only shows what came back."""
        return self.signed_in is not None or self.refused is not None


def take(
    ctx: StationContext,
    raw: str,
    aim: str | None,
    situation: Situation,
    machine_ids: Sequence[str] = (),
    *,
    badge_signs_in: bool = True,
    full_view: bool = True,
    consume_into: tuple[str, str] | None = None,
) -> TakenScan:
    """Identify ``raw``, route it in ``situation`` (its ``kind`` is the scan's, whatever was given) and, for a
    badge the routing table signs in (``badge_signs_in``: no PIN asked with the badge), sign its person in and
    read the station view for ``machine_ids`` (``full_view``), or only who is signed in now. For a lot that goes
    into a task (``consume_into``: the task and the operator acting, when the screen would ask the quantity),
    what the screen asks next comes back with it (:class:`ConsumeAsked`), so the scan is one trip."""
    signed_in: list[str] = []
    with ctx.uow() as uow:
        # A badge is identified, its person signed in and who is signed in read in one transaction: one wait for
        # the write lock and one commit, as the sign-in alone takes.
        item = identify_in(ctx, uow, raw, aim)
        outcome = scan_routing.route(dataclasses.replace(situation, kind=item.kind))
        signs_in = outcome.action is Action.BADGE and badge_signs_in
        if signs_in:
            try:
                person = operators.sign_in_within(
                    ctx, uow, badge=item.badge, then=lambda done: signed_in.extend(done.signed_in())
                )
            except FloorstationError as exc:
                return TakenScan(item, outcome, refused=exc)
    if not signs_in:
        if outcome.action is Action.CONSUME and consume_into is not None:
            return TakenScan(item, outcome, consume=_ask_consume(ctx, *consume_into, item.key))
        return TakenScan(item, outcome)
    if full_view:
        return TakenScan(item, outcome, signed_in=person, view=views.station_view(ctx, machine_ids))
    return TakenScan(item, outcome, signed_in=person, signed_in_ids=tuple(signed_in))


def _ask_consume(ctx: StationContext, task_id: str, operator_id: str, lot: str) -> ConsumeAsked:
    try:
        prompt = lots.consumption_prompt(ctx, task_id, lot, operator_id)
    except FloorstationError as exc:
        return ConsumeAsked(task_id, operator_id, lot, refused=exc)
    return ConsumeAsked(task_id, operator_id, lot, prompt=prompt)
