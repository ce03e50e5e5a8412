"""Identifiers the station makes: UUID version 7 as text, rising with each one made in a process."""

from __future__ import annotations

import secrets
import time

_last_ms = 0
_LOW_62 = (1 << 62) - 1


def uuid7() -> str:
    """A UUID version 7 as text: 48 bits of Unix milliseconds, then random bits (RFC 9562).

    Like ``uuid6.uuid7``, a millisecond already used is moved on by one, so each identifier made in a process
    sorts after the one before. Made as text directly: the ``UUID`` object and the ``uuid6`` package (which loads
    ``importlib.metadata`` when imported) cost more than the rest of recording an event.
    """
    global _last_ms
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        ms = _last_ms + 1
    _last_ms = ms
    rand = secrets.randbits(74)  # one read of the system's randomness for both random fields
    value = (ms & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & _LOW_62)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
