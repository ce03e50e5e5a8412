"""Signing a critical record: the signer proves who they are at that moment (badge or name, always with the PIN),
and a ``record.signed`` event linked to the record's hash follows it in the same transaction.

Three wrong PINs in a row for one signer lock signing for that signer for a minute. A wrong PIN records nothing
(the whole use case rolls back), so the count lives in memory (``SigningGuard``, one per station context).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from floorstation.domain import rules
from floorstation.domain.errors import NotFound, PermissionDenied
from floorstation.domain.events import Event, RecordSigned
from floorstation.domain.master import Operator, Role
from floorstation.domain.pin_hashing import verify_pin
from floorstation.domain.ports import StationData, UnitOfWork
from floorstation.domain.signatures import MEANINGS

Method = Literal["badge+pin", "name+pin"]

#: Wrong PINs in a row that lock signing for a signer, and for how long.
MAX_WRONG_PINS = 3
LOCK_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Signature:
    """A signature given at the terminal: the signer's badge (scanned) or operator id (name picked), and PIN."""

    signer: str
    pin: str


@dataclass
class _Tries:
    wrong: int = 0
    locked_until: datetime | None = None


@dataclass
class SigningGuard:
    """Wrong PINs in a row per signer, and the signers locked out of signing until when."""

    _tries: dict[str, _Tries] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check_not_locked(self, operator: Operator, now: datetime) -> None:
        with self._lock:
            tries = self._tries.get(operator.id)
            until = tries.locked_until if tries else None
        if until is not None and now < until:
            seconds = max(1, int((until - now).total_seconds() + 0.999))
            raise PermissionDenied(
                f"Signing is locked for {operator.name} for {seconds} s more after {MAX_WRONG_PINS} wrong PINs.",
                "Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin.",
                code="signature.locked",
                params={"name": operator.name, "seconds": str(seconds), "tries": str(MAX_WRONG_PINS)},
            )

    def locked_until(self, operator: Operator, now: datetime) -> datetime | None:
        """Until when ``operator``'s PIN is refused after too many wrong ones (None: it is not)."""
        with self._lock:
            tries = self._tries.get(operator.id)
            until = tries.locked_until if tries else None
        return until if until is not None and now < until else None

    def wrong_pin(self, operator: Operator, now: datetime) -> int:
        """Count a wrong PIN; returns how many tries are left before signing locks (0: it locked now)."""
        with self._lock:
            tries = self._tries.setdefault(operator.id, _Tries())
            if tries.locked_until is not None and now >= tries.locked_until:
                tries.wrong, tries.locked_until = 0, None
            tries.wrong += 1
            left = MAX_WRONG_PINS - tries.wrong
            if left <= 0:
                tries.wrong, tries.locked_until = 0, now + timedelta(seconds=LOCK_SECONDS)
            return max(left, 0)

    def succeeded(self, operator: Operator) -> None:
        with self._lock:
            self._tries.pop(operator.id, None)


@dataclass(frozen=True, slots=True)
class Signer:
    operator: Operator
    method: Method


def identify_signer(data: StationData, signer: str) -> Signer:
    """A scanned badge (badge+pin) or a picked operator id (name+pin)."""
    key = signer.strip()
    operator = data.operator_by_badge(key)
    method: Method = "badge+pin"
    if operator is None:
        operator = data.operator(key)
        method = "name+pin"
    if operator is None:
        raise NotFound(
            f"Badge {key!r} is not known here.",
            "Scan your badge again, or tap your name.",
            code="signature.badge_unknown",
            params={"badge": key},
        )
    if not operator.active:
        raise PermissionDenied(
            f"{operator.name} is not active and cannot sign.",
            "Ask someone else to sign.",
            code="signature.inactive",
            params={"name": operator.name},
        )
    return Signer(operator, method)


def authenticate_signer(
    data: StationData,
    guard: SigningGuard,
    signature: Signature,
    now: datetime,
    *,
    role: Role | tuple[Role, ...],
    action: str,
) -> Signer:
    """Who signs, proved now by their PIN, and allowed to (``role``, or one of the roles): raises (recording
    nothing) otherwise."""
    signer = identify_signer(data, signature.signer)
    operator = signer.operator
    guard.check_not_locked(operator, now)
    if operator.pin_hash is None:
        raise PermissionDenied(
            f"{operator.name} has no PIN set and cannot sign.",
            "Ask an admin to set a PIN, or ask someone else.",
            code="signature.no_pin",
            params={"name": operator.name},
        )
    if not signature.pin or not verify_pin(
        operator.pin_hash, signature.pin, station_id=data.station_id, operator_id=operator.id
    ):
        left = guard.wrong_pin(operator, now)
        if left == 0:
            raise PermissionDenied(
                f"Wrong PIN for {operator.name}: nothing was signed or recorded. "
                f"Signing is now locked for {operator.name} for a minute.",
                "Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin.",
                code="signature.wrong_pin_locks",
                params={"name": operator.name},
            )
        tries = "1 more try" if left == 1 else f"{left} more tries"
        raise PermissionDenied(
            f"Wrong PIN for {operator.name}: nothing was signed or recorded.",
            f"Type the PIN again ({tries} before signing locks for a minute).",
            code="signature.wrong_pin_last_try" if left == 1 else "signature.wrong_pin",
            params={"name": operator.name} if left == 1 else {"name": operator.name, "left": str(left)},
        )
    rules.require_role(operator, *((role,) if isinstance(role, Role) else role), action=action)
    guard.succeeded(operator)
    return signer


def record_signature(uow: UnitOfWork, record: Event, signer: Signer, at: datetime) -> Event:
    """Append the signature of ``record`` (just recorded in ``uow``) right after it."""
    return uow.record(
        RecordSigned(
            signer_id=signer.operator.id,
            signer_name=signer.operator.name,
            meaning=MEANINGS[record.type],
            method=signer.method,
            signed_event_id=record.event_id,
            signed_event_hash=record.hash,
            at=at.isoformat(timespec="milliseconds"),
        ),
        operator_id=signer.operator.id,
        at=at,
    )
