"""Signing in and out: by badge (PIN optional by configuration) or by name and PIN; signing out after the
terminal sat untouched and at the end of a shift. Signing in is a proof of who one is: the person acts from then
on (app/acting.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal

from floorstation.app.context import StationContext, signed_in_operator
from floorstation.app.pin_check import check_pin, no_pin, pin_matches
from floorstation.domain import rules
from floorstation.domain.errors import NotFound, PermissionDenied
from floorstation.domain.events import OperatorSignedIn, OperatorSignedOut
from floorstation.domain.master import Operator, Role
from floorstation.domain.ports import StationData, UnitOfWork
from floorstation.domain.shifts import last_shift_end


def _find(data: StationData, *, badge: str | None, operator_id: str | None) -> Operator:
    if badge is not None:
        operator = data.operator_by_badge(badge.strip())
        if operator is None:
            raise NotFound(
                f"Badge {badge.strip()!r} is not known here.",
                "Ask your shift lead to register your badge.",
                code="badge.unknown",
                params={"badge": badge.strip()},
            )
    elif operator_id is not None:
        operator = data.operator(operator_id)
        if operator is None:
            raise NotFound(
                f"Unknown operator {operator_id!r}.",
                "Pick your name from the list.",
                code="operator.unknown",
                params={"operator": operator_id},
            )
    else:
        raise NotFound("No badge or name was given.", "Scan your badge or pick your name.", code="operator.none_given")
    if not operator.active:
        raise PermissionDenied(
            f"{operator.name} is not active.",
            "Ask your shift lead.",
            code="operator.inactive",
            params={"name": operator.name},
        )
    return operator


def sign_in(
    ctx: StationContext, *, badge: str | None = None, operator_id: str | None = None, pin: str | None = None
) -> Operator:
    """Sign an operator in. Signing in again while already signed in changes nothing and is not an error."""
    with ctx.uow() as uow:
        return sign_in_within(ctx, uow, badge=badge, operator_id=operator_id, pin=pin)


def sign_in_within(
    ctx: StationContext,
    uow: UnitOfWork,
    *,
    badge: str | None = None,
    operator_id: str | None = None,
    pin: str | None = None,
    then: Callable[[UnitOfWork], None] | None = None,
) -> Operator:
    """:func:`sign_in` in a unit of work the caller opened (a scan identified and signed in in one transaction);
    ``then(uow)`` runs before the commit, seeing the sign-in (what the screen reads with it)."""
    operator = _find(uow, badge=badge, operator_id=operator_id)
    if badge is None:
        check_pin(ctx, uow, operator, pin)
        method = "pin"
    elif ctx.rules.pin_with_badge or pin is not None:
        check_pin(ctx, uow, operator, pin)
        method = "badge+pin"
    else:
        method = "badge"
    now = ctx.now()
    if operator.id not in uow.signed_in():
        uow.record(OperatorSignedIn(method=method), operator_id=operator.id, at=now)
    if then is not None:
        then(uow)
    uow.commit()
    ctx.proofs.proved(operator.id, now)
    return operator


def sign_out(
    ctx: StationContext, operator_id: str, *, reason: Literal["manual", "idle", "shift_end"] = "manual"
) -> None:
    """Sign out; the operator also leaves any task crew they were on (the task itself keeps running)."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        uow.record(OperatorSignedOut(reason=reason), operator_id=operator_id, at=ctx.now())
        uow.commit()
    ctx.proofs.forget(operator_id)


def authenticate(data: StationData, authoriser: str, pin: str) -> Operator:
    """Who is authorising: their badge or operator id, always with their PIN (no lockout here: use
    :func:`authorise_admin`, which counts wrong PINs)."""
    operator = _authoriser(data, authoriser)
    if operator.pin_hash is None:
        raise no_pin(operator)
    if not pin_matches(data, operator, pin):
        raise PermissionDenied(
            f"Wrong PIN for {operator.name}.", "Type your PIN again.", code="pin.wrong", params={"name": operator.name}
        )
    return operator


def _authoriser(data: StationData, authoriser: str) -> Operator:
    operator = data.operator_by_badge(authoriser.strip()) or data.operator(authoriser.strip())
    if operator is None:
        raise NotFound(
            f"Badge {authoriser!r} is not known here.",
            "Scan the shift lead's badge.",
            code="badge.unknown_authoriser",
            params={"badge": authoriser},
        )
    if not operator.active:
        raise PermissionDenied(
            f"{operator.name} is not active.",
            "Ask another shift lead.",
            code="operator.inactive_authoriser",
            params={"name": operator.name},
        )
    return operator


def sign_out_idle(ctx: StationContext) -> list[str]:
    """After the terminal sat untouched: sign out everyone not on a task crew; returns who was signed out.

    Crew members stay signed in: they are working at the machine, and signing them out would end their
    labour time on the task.
    """
    with ctx.uow() as uow:
        leaving = [operator_id for operator_id in uow.signed_in() if not _on_a_crew(uow, operator_id)]
    for operator_id in leaving:
        sign_out(ctx, operator_id, reason="idle")
    ctx.proofs.forget_all()
    return leaving


def sign_out_inactive(ctx: StationContext, seconds: float | None = None) -> list[str]:
    """Sign out everyone not on a task crew who was not seen for ``seconds`` (``idle_sign_out_seconds`` unless
    given: no badge scan, no PIN, no touch of the terminal while they acted), even while others keep using the
    terminal; returns who."""
    seconds = ctx.rules.idle_sign_out_seconds if seconds is None else seconds
    if seconds <= 0:
        return []
    now = ctx.now()
    with ctx.uow() as uow:
        leaving = [
            operator_id
            for operator_id in uow.signed_in()
            if not _on_a_crew(uow, operator_id)
            and (now - ctx.proofs.last_seen(operator_id, now)).total_seconds() >= seconds
        ]
    for operator_id in leaving:
        sign_out(ctx, operator_id, reason="idle")
    return leaving


def _on_a_crew(data: StationData, operator_id: str) -> bool:
    return any(t.status in ("running", "paused") for t in data.tasks_of_operator(operator_id))


def sign_out_at_shift_end(ctx: StationContext, since: datetime, until: datetime) -> list[str]:
    """When a shift ended in (``since``, ``until``] (station.toml ``shift_ends``): sign out everyone still signed
    in, task crews included (their labour on the task ends with the shift); returns who was signed out."""
    if last_shift_end(ctx.rules.shift_ends, since, until) is None:
        return []
    with ctx.uow() as uow:
        leaving = uow.signed_in()
    for operator_id in leaving:
        sign_out(ctx, operator_id, reason="shift_end")
    ctx.proofs.forget_all()
    return leaving


def authorise_admin(ctx: StationContext, authoriser: str, pin: str, *, action: str) -> Operator:
    """Check that an admin (badge or id, with PIN) allows ``action``, e.g. closing the kiosk. Records nothing."""
    with ctx.uow() as uow:
        admin = _authoriser(uow, authoriser)
        check_pin(ctx, uow, admin, pin)
        rules.require_role(admin, Role.ADMIN, action=action)
        return admin
