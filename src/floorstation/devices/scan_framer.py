"""From a scanner's characters to ``ScanEvent``: where a scan ends, what to strip, which AIM identifier it had.

Shared by every scan source that delivers a stream of characters (serial, evdev) and by the keyboard-wedge
assembler once it has a whole burst.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from floorstation.devices.scanner_config import ScannerConfig
from floorstation.domain.aim import split_aim
from floorstation.domain.scanning import GS, ScanEvent

Wall = Callable[[], datetime]

#: A runaway stream (a stuck key, a scanner left in a wrong mode) is cut here, not held in memory forever.
MAX_PENDING_CHARS = 65_536
_LINE_ENDS = "\r\n"


def wall_now() -> datetime:
    return datetime.now().astimezone()


def to_event(body: str, config: ScannerConfig, wall: Wall) -> ScanEvent | None:
    """The event for one scan's characters (suffix already removed); None for an empty one."""
    if config.prefix and body.startswith(config.prefix):
        body = body[len(config.prefix) :]
    body = body.strip(_LINE_ENDS)
    if config.gs_substitute:
        body = body.replace(config.gs_substitute, GS)
    if not body:
        return None
    aim, data = split_aim(body)
    return ScanEvent(raw=data, aim=aim, source=config.source, at=wall())


class ScanFramer:
    """Cuts a character stream at the configured suffix into scans."""

    def __init__(self, config: ScannerConfig, wall: Wall = wall_now) -> None:
        if not config.suffix:
            raise ValueError("a framed scan source needs a suffix")
        self.config = config
        self._wall = wall
        self._pending = ""

    @property
    def pending(self) -> str:
        return self._pending

    def feed(self, text: str) -> list[ScanEvent]:
        """The scans ``text`` completes, in order; an unfinished scan waits for the next call."""
        self._pending += text
        *complete, self._pending = self._pending.split(self.config.suffix)
        if len(self._pending) > MAX_PENDING_CHARS:
            complete.append(self._pending)
            self._pending = ""
        events = []
        for body in complete:
            event = to_event(body, self.config, self._wall)
            if event is not None:
                events.append(event)
        return events

    def reset(self) -> str:
        """Forget an unfinished scan (the device went away mid-scan); returns what was forgotten."""
        lost, self._pending = self._pending, ""
        return lost
