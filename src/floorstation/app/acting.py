"""Who acts: every event names a person proved at that moment, never one picked from a list by someone else.

A person acts at the terminal from the moment they prove who they are: signing in (badge, or name and PIN), or
taking over from whoever acts now with their badge scan or their PIN (:func:`act_as`). A tap on a signed-in
person's name lets them act without a new proof only within ``acting_proof_seconds`` (station.toml, 60 s by
default) of their last one; after that the tap is refused with :class:`ProofNeeded` and the terminal asks for the
badge or the PIN. Signing out ends a person's proof; the terminal sitting untouched ends everyone's.

Proofs live in memory. After a restart (a crash, a power cut) the one person still signed in acts again without
a fresh badge or PIN, on a proof restored with its reason (:func:`restore_after_start`): nobody else could have
acted. With several people signed in nobody acts until one of them proves who they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from floorstation.app.context import StationContext, signed_in_operator
from floorstation.app.pin_check import check_pin
from floorstation.domain.errors import PermissionDenied
from floorstation.domain.master import Operator

RESTART = "restart"
"""The reason of a proof restored after the terminal started again with one person still signed in."""


class ProofNeeded(PermissionDenied):
    """A tap on a name is not enough: the person scans their badge or types their PIN to act."""


@dataclass(frozen=True, slots=True)
class RestoredProof:
    """Someone acts on a proof the terminal restored rather than one they gave: who, and why."""

    operator_id: str
    reason: str


def proof_window(ctx: StationContext) -> timedelta:
    return timedelta(seconds=max(0.0, ctx.rules.acting_proof_seconds))


def acting(ctx: StationContext) -> str | None:
    """Who actions are recorded for now (None: nobody has proved who they are)."""
    return ctx.proofs.acting


def act_as(ctx: StationContext, operator_id: str, *, badge: str | None = None, pin: str | None = None) -> Operator:
    """Make the signed-in ``operator_id`` the one who acts: with their ``badge`` (scanned) or ``pin``, or with
    neither when they proved who they are within the window. Raises (changing nothing) otherwise."""
    with ctx.uow() as uow:
        operator = signed_in_operator(uow, operator_id)
        now = ctx.now()
        if badge is not None:
            scanned = uow.operator_by_badge(badge.strip())
            if scanned is None or scanned.id != operator.id:
                raise PermissionDenied(
                    f"This badge is not {operator.name}'s.",
                    f"{operator.name} scans their own badge, or types their PIN.",
                    code="acting.wrong_badge",
                    params={"name": operator.name},
                )
        elif pin is not None:
            check_pin(ctx, uow, operator, pin)
        elif ctx.proofs.acting == operator.id or ctx.proofs.recent(operator.id, now, proof_window(ctx)):
            ctx.proofs.take_over(operator.id)
            return operator
        else:
            raise ProofNeeded(
                f"{operator.name} scans their badge or types their PIN to act here.",
                "A tap on a name is enough only right after that person's badge scan or PIN.",
                code="acting.proof_needed",
                params={"name": operator.name},
            )
    ctx.proofs.proved(operator.id, now)
    return operator


def restore_after_start(ctx: StationContext, signed_in: Sequence[str]) -> RestoredProof | None:
    """The first look after the terminal started, with ``signed_in`` the people still signed in: exactly one, and
    nobody acting yet, and that person acts again (their proof restored with :data:`RESTART` as its reason).
    Otherwise nothing changes and None is returned: with several people signed in each proves who they are."""
    if ctx.proofs.acting is not None or len(signed_in) != 1:
        return None
    proof = RestoredProof(signed_in[0], RESTART)
    ctx.proofs.restored(proof.operator_id, ctx.now(), proof.reason)
    return proof
