"""Who acts at the terminal, and when each signed-in person last proved who they are (kept in memory).

A proof is a badge scan, or a name with the right PIN: signing in, or taking over as the one who acts. Kept in
memory, one per station context: after a restart everyone proves themselves again before a tap lets them act,
except the one person still signed in, whose proof is restored with its reason (``app.acting``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class Proofs:
    acting: str | None = None
    """The operator id actions are recorded for, or None: nobody acts until someone proves who they are."""
    _proved: dict[str, datetime] = field(default_factory=dict)
    _seen: dict[str, datetime] = field(default_factory=dict)
    """When each person last proved who they are or used the terminal while acting."""
    _restored: dict[str, str] = field(default_factory=dict)
    """Who acts on a restored proof rather than a fresh one, and why (``app.acting.RESTART``)."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def proved(self, operator_id: str, at: datetime) -> None:
        """``operator_id`` proved who they are at ``at`` and acts from now on."""
        with self._lock:
            self._proved[operator_id] = at
            self._seen[operator_id] = at
            self._restored.pop(operator_id, None)
            self.acting = operator_id

    def restored(self, operator_id: str, at: datetime, reason: str) -> None:
        """``operator_id`` acts from now on without a fresh proof, for ``reason``; it opens no window in which a tap
        on their name is enough (that takes a badge scan or a PIN)."""
        with self._lock:
            self._seen[operator_id] = at
            self._restored[operator_id] = reason
            self.acting = operator_id

    def restored_reason(self, operator_id: str) -> str | None:
        """Why ``operator_id`` acts on a restored proof (None: they proved who they are here, or do not act)."""
        with self._lock:
            return self._restored.get(operator_id)

    def take_over(self, operator_id: str) -> None:
        with self._lock:
            self.acting = operator_id

    def touched(self, at: datetime) -> None:
        """The terminal was used (a touch, a key, a scan): the person who acts is still here."""
        with self._lock:
            if self.acting is not None:
                self._seen[self.acting] = at

    def last_seen(self, operator_id: str, now: datetime) -> datetime:
        """When ``operator_id`` was last seen at the terminal; someone not seen since this terminal started is
        seen ``now`` (their idle time counts from the first look after a restart)."""
        with self._lock:
            return self._seen.setdefault(operator_id, now)

    def recent(self, operator_id: str, now: datetime, window: timedelta) -> bool:
        """Whether ``operator_id`` proved who they are within ``window`` before ``now``."""
        with self._lock:
            at = self._proved.get(operator_id)
        return at is not None and window > timedelta(0) and at <= now <= at + window

    def forget(self, operator_id: str) -> None:
        """``operator_id`` left (signed out): their proof ends, and nobody acts if they did."""
        with self._lock:
            self._proved.pop(operator_id, None)
            self._seen.pop(operator_id, None)
            self._restored.pop(operator_id, None)
            if self.acting == operator_id:
                self.acting = None

    def forget_all(self) -> None:
        """The terminal sat untouched: nobody acts, and everyone proves themselves again."""
        with self._lock:
            self._proved.clear()
            self._restored.clear()
            self.acting = None
