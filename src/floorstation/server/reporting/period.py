"""What a report covers: a range of production days in the plant's time zone, its shifts, and the filters.

A production day starts when its first shift starts (06:00 by default) and each shift ends when the next one
starts, so the night shift belongs to the day it began on. The plant's shifts and time zone are server options
(``FLOORSTATION_SERVER_SHIFTS``, ``FLOORSTATION_SERVER_TIMEZONE``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from floorstation.domain.errors import InvalidInput
from floorstation.domain.shifts import shift_end_time

ENV_SHIFTS = "FLOORSTATION_SERVER_SHIFTS"
"""The plant's shifts as ``name=HH:MM`` starts, comma-separated, in the order of the day (default
``1=06:00,2=14:00,3=22:00``)."""
ENV_TIMEZONE = "FLOORSTATION_SERVER_TIMEZONE"
"""The plant's IANA time zone (``Europe/Warsaw``); default: the server's own."""
DEFAULT_SHIFTS = "1=06:00,2=14:00,3=22:00"
MAX_DAYS = 3660
"""The longest range a report covers (ten years): every day is a row of shift windows."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_ms(at: datetime) -> int:
    return (at - _EPOCH) // timedelta(milliseconds=1)


def from_ms(ms: int, tz: ZoneInfo | None = None) -> datetime:
    return (_EPOCH + timedelta(milliseconds=ms)).astimezone(tz or UTC)


@dataclass(frozen=True)
class Shift:
    name: str
    start: time


@dataclass(frozen=True)
class PlantCalendar:
    """The plant's shifts (in the order of the day, from the first shift's start) and time zone."""

    tz: ZoneInfo
    shifts: tuple[Shift, ...]

    @classmethod
    def from_environment(cls) -> PlantCalendar:
        return cls(timezone(os.environ.get(ENV_TIMEZONE, "")), parse_shifts(os.environ.get(ENV_SHIFTS, "")))

    def day_start(self, day: date) -> datetime:
        return datetime.combine(day, self.shifts[0].start, tzinfo=self.tz)

    def windows(self, first: date, last: date, shift: str | None = None) -> list[Window]:
        """Every shift of the production days ``first`` to ``last`` (only ``shift`` when given), in order."""
        out: list[Window] = []
        day = first
        while day <= last:
            starts = [self._start(day, i) for i in range(len(self.shifts) + 1)]
            for i, s in enumerate(self.shifts):
                if shift is None or s.name == shift:
                    out.append(Window(len(out), day, s.name, to_ms(starts[i]), to_ms(starts[i + 1])))
            day += timedelta(days=1)
        return out

    def _start(self, day: date, index: int) -> datetime:
        """The start of shift ``index`` of ``day`` (``len(shifts)``: the next day's first shift), as a UTC
        instant; a shift starting at or before the previous one's start is on the next calendar day."""
        if index == len(self.shifts):
            return self.day_start(day + timedelta(days=1)).astimezone(UTC)
        calendar_day = day
        for before, this in zip(self.shifts, self.shifts[1 : index + 1], strict=False):
            if this.start <= before.start:
                calendar_day += timedelta(days=1)
        return datetime.combine(calendar_day, self.shifts[index].start, tzinfo=self.tz).astimezone(UTC)


def timezone(name: str) -> ZoneInfo:
    if not name.strip():
        local = datetime.now().astimezone().tzinfo
        key = getattr(local, "key", None)
        try:
            return ZoneInfo(key) if key else ZoneInfo("localtime")
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"{ENV_TIMEZONE}={name!r} is not a time zone.", "Give an IANA name such as Europe/Warsaw."
        ) from None


def parse_shifts(text: str) -> tuple[Shift, ...]:
    out: list[Shift] = []
    for part in (text.strip() or DEFAULT_SHIFTS).split(","):
        name, sep, start = part.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError(part)
            out.append(Shift(name.strip(), shift_end_time(start)))
        except ValueError:
            raise InvalidInput(
                f"{ENV_SHIFTS}: {part.strip()!r} is not a shift.", "Write shifts as name=HH:MM, e.g. 1=06:00,2=14:00."
            ) from None
    if len({s.name for s in out}) != len(out):
        raise InvalidInput(f"{ENV_SHIFTS} names a shift twice.", "Give every shift its own name.")
    return tuple(out)


@dataclass(frozen=True)
class Window:
    """One shift of one production day, as UTC milliseconds [start, end)."""

    wid: int
    day: date
    shift: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Query:
    """A report's range of production days and its filters (empty: all)."""

    first: date
    last: date
    machine: str = ""
    work_order: str = ""
    operator: str = ""
    shift: str = ""
    now_ms: int = field(default_factory=lambda: to_ms(datetime.now(UTC)))
    """Where open work ends: now (a report of the past gives the same figures whenever it is run)."""
    todo: bool = False
    """Only the tasks ``plant_report_todo`` lists (``reporting.cells`` working out their shift figures again)."""
    tasks: tuple[str, ...] | None = None
    """Only these tasks (those at work in the shifts after the ones ``reporting.cells`` holds)."""

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput("The range ends before it starts.", "Give a 'to' day on or after the 'from' day.")
        if (self.last - self.first).days >= MAX_DAYS:
            raise InvalidInput("The range is too long.", f"Give at most {MAX_DAYS} days.")
