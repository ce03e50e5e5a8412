"""Shift ends: the local times of day at which everyone still signed in at a station is signed out.

Master data has no shifts; a station lists the times its shifts end (``shift_ends`` in station.toml).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta


def shift_end_time(text: str) -> time:
    """``"14:00"`` as a time of day; ValueError when it is not one."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(text)
    return time(int(hours), int(minutes))


def last_shift_end(ends: Iterable[str], after: datetime, now: datetime) -> datetime | None:
    """The latest shift end in (``after``, ``now``], in ``now``'s time zone, or None when no shift ended then."""
    if now <= after:
        return None
    found: datetime | None = None
    day = after.astimezone(now.tzinfo).date()
    while day <= now.date():
        for end in ends:
            at = datetime.combine(day, shift_end_time(end), tzinfo=now.tzinfo)
            if after < at <= now and (found is None or at > found):
                found = at
        day += timedelta(days=1)
    return found
