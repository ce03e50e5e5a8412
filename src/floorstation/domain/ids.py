"""Identifiers the station makes: UUID version 7 as text, rising with each one made in a process."""

from __future__ import annotations

import os
import threading
import time

_last_ms = 0
_LOW_62 = (1 << 62) - 1
_RANDOM_CHUNK = 4096
"""Bytes of the system's randomness read at a time (the same source ``secrets`` reads), 10 per identifier."""
_random = b""
_random_at = 0
_lock = threading.Lock()


def _forget_random() -> None:
    """A forked process must not hand out the random bytes its parent also has."""
    global _random, _random_at
    _random, _random_at = b"", 0


os.register_at_fork(after_in_child=_forget_random)


def uuid7() -> str:
    """A UUID version 7 as text: 48 bits of Unix milliseconds, then random bits (RFC 9562).

    Like ``uuid6.uuid7``, a millisecond already used is moved on by one, so each identifier made in a process
    sorts after the one before. Made as text directly: the ``UUID`` object and the ``uuid6`` package (which loads
    ``importlib.metadata`` when imported) cost more than the rest of recording an event.
    """
    global _last_ms, _random, _random_at
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms + 1
        _last_ms = ms
        if _random_at + 10 > len(_random):
            _random, _random_at = os.urandom(_RANDOM_CHUNK), 0
        start, chunk = _random_at, _random
        _random_at = start + 10
    rand = int.from_bytes(chunk[start : start + 10]) >> 6  # 74 random bits for both random fields
    value = (ms & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & _LOW_62)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
