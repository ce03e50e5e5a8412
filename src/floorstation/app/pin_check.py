"""A person's PIN checked at the terminal (signing in, taking over as the one who acts), with the lockout.

Three wrong PINs in a row for a person lock their PIN at this terminal for a minute (the count is the one
signing keeps, ``ctx.signing``: a PIN guessed at sign-in and at a signature is one PIN). An attacker at the
screen gets three guesses a minute: a 4-digit PIN takes days, a 6-digit one years.
"""

from __future__ import annotations

from floorstation.app.context import StationContext
from floorstation.app.signatures import MAX_WRONG_PINS
from floorstation.domain.errors import PermissionDenied
from floorstation.domain.master import Operator
from floorstation.domain.pin_hashing import verify_pin
from floorstation.domain.ports import StationData


def no_pin(operator: Operator) -> PermissionDenied:
    """The refusal for a person without a PIN at this station."""
    return PermissionDenied(
        f"{operator.name} has no PIN set.",
        "Sign in with your badge, or ask an admin to set a PIN.",
        code="pin.none",
        params={"name": operator.name},
    )


def pin_matches(data: StationData, operator: Operator, pin: str | None) -> bool:
    """Whether ``pin`` is ``operator``'s, checked against what this station holds (no lockout: see check_pin)."""
    return bool(pin) and verify_pin(operator.pin_hash, pin or "", station_id=data.station_id, operator_id=operator.id)


def check_pin(ctx: StationContext, data: StationData, operator: Operator, pin: str | None) -> None:
    """Raise (recording nothing) unless ``pin`` is ``operator``'s and their PIN is not locked."""
    now = ctx.now()
    if operator.pin_hash is None:
        raise no_pin(operator)
    until = ctx.signing.locked_until(operator, now)
    if until is not None:
        seconds = max(1, int((until - now).total_seconds() + 0.999))
        at = until.astimezone().strftime("%H:%M:%S")
        raise PermissionDenied(
            f"{operator.name}'s PIN is locked for {seconds} s more after {MAX_WRONG_PINS} wrong PINs.",
            f"Try again at {at}; if the PIN is forgotten, ask an admin.",
            code="pin.locked",
            params={"name": operator.name, "seconds": str(seconds), "tries": str(MAX_WRONG_PINS), "until": at},
        )
    if pin_matches(data, operator, pin):
        ctx.signing.succeeded(operator)
        return
    left = ctx.signing.wrong_pin(operator, now)
    if left == 0:
        until = ctx.signing.locked_until(operator, now)
        at = (until or now).astimezone().strftime("%H:%M:%S")
        raise PermissionDenied(
            f"Wrong PIN for {operator.name}: the PIN is now locked for a minute.",
            f"Try again at {at}; if the PIN is forgotten, ask an admin.",
            code="pin.wrong_locks",
            params={"name": operator.name, "until": at},
        )
    raise PermissionDenied(
        f"Wrong PIN for {operator.name}.",
        f"Type your PIN again ({left} more {'try' if left == 1 else 'tries'} before it locks for a minute).",
        code="pin.wrong_tries" if left > 1 else "pin.wrong_last_try",
        params={"name": operator.name, "left": str(left)} if left > 1 else {"name": operator.name},
    )
