"""Identifiers the station makes: UUID version 7 as text, rising with each one made in a process."""

from __future__ import annotations

import os
import threading
import time

_PER_READ = 409
"""Identifiers made from one read of the system's randomness (the same source ``secrets`` reads), 10 bytes each."""
_MASK = int.from_bytes(b"\x0f\xff\x3f" + b"\xff" * 7)
_BITS = int.from_bytes(b"\x70\x00\x80" + b"\x00" * 7)
_ALL_MASK = int.from_bytes(_MASK.to_bytes(10) * _PER_READ)
_ALL_BITS = int.from_bytes(_BITS.to_bytes(10) * _PER_READ)

_last_ms = 0
_tails: list[str] = []
_next = _PER_READ
_high = (-1, "")
"""The top 32 bits of the last millisecond used, and their text (they change every 65 seconds)."""
_lock = threading.Lock()
_acquire, _release = _lock.acquire, _lock.release
_now_ns = time.time_ns
_HEX2 = tuple(f"{n:02x}" for n in range(256))


def _random_tails() -> list[str]:
    """The random halves of the next identifiers, as text: ``7xxx-Vxxx-xxxxxxxxxxxx``.

    Of each 10 random bytes, 74 bits stay random (12 and 62, RFC 9562); the version (7) and the variant (binary
    10) are set over the whole read at once, and the whole read is written as hex at once.
    """
    raw = int.from_bytes(os.urandom(10 * _PER_READ)) & _ALL_MASK | _ALL_BITS
    h = raw.to_bytes(10 * _PER_READ).hex()
    return [f"{h[i : i + 4]}-{h[i + 4 : i + 8]}-{h[i + 8 : i + 20]}" for i in range(0, 20 * _PER_READ, 20)]


def _forget_random() -> None:
    """A forked process must not hand out the random bytes its parent also has."""
    global _tails, _next
    _tails, _next = [], _PER_READ


os.register_at_fork(after_in_child=_forget_random)


def uuid7() -> str:
    """A UUID version 7 as text: 48 bits of Unix milliseconds, then random bits (RFC 9562).

    Like ``uuid6.uuid7``, a millisecond already used is moved on by one, so each identifier made in a process
    sorts after the one before. Made as text directly: the ``UUID`` object and the ``uuid6`` package (which loads
    ``importlib.metadata`` when imported) cost more than the rest of recording an event.
    """
    global _last_ms, _tails, _next, _high
    _acquire()
    try:
        ms = _now_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms + 1
        _last_ms = ms
        at = _next
        if at >= _PER_READ:
            _tails, at = _random_tails(), 0
        _next = at + 1
        tail = _tails[at]
    finally:
        _release()
    high = _high
    if high[0] != ms >> 16:
        high = _high = (ms >> 16, f"{ms >> 16:08x}-")
    return f"{high[1]}{_HEX2[ms >> 8 & 0xFF]}{_HEX2[ms & 0xFF]}-{tail}"
