"""Keyboard-wedge scanners: telling a scanner's burst of keys from a person typing, without Qt.

A USB scanner in keyboard mode types its data, fast: a few milliseconds between keys, then its suffix (Enter).
A person types a key every 100 ms or more. The assembler therefore *holds* each key until the next one arrives
or ``max_key_gap_ms`` has passed:

* keys that follow each other within the gap and end with the suffix, with at least ``min_length`` characters
  in between (and the prefix first, when one is configured), are a scan - they are never given back, so they
  never type into whatever field has focus;
* everything else is given back, in order, as typing (``WedgeOutput.release``): a person's keystrokes arrive
  one gap late, which nobody notices.

Control characters: GS may come as Ctrl+] (and RS as Ctrl+^, EOT as Ctrl+D), as the control character itself,
or as an Alt+keypad code (Alt held, ``0029`` on the keypad, Alt released). An operating system that composes
the Alt code itself delivers the character as well; that duplicate is dropped.

Time: the gap between two keys is measured by the key events' own timestamps when they carry one (X11 stamps
every key event when the key is pressed), so a burst stays one burst when the terminal gets to its keys late
(the machine is busy: the keys wait in the queue and arrive in a clump, or with a pause in the middle that the
scanner never made). Keys without a timestamp (Qt's test events carry 0) are timed by the injected monotonic
clock when they are handled; so is the quiet after the last key. The Qt side is ``floorstation.ui.wedge_filter``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from floorstation.devices.keymap import alt_code_char
from floorstation.devices.scan_framer import MAX_PENDING_CHARS, Wall, to_event, wall_now
from floorstation.devices.scanner_config import DEFAULT_WEDGE, ScannerConfig
from floorstation.domain.scanning import GS, ScanEvent

_RS, _EOT = "\x1e", "\x04"
BURST_PATIENCE_S = 0.3
"""How long a burst that came at scanner speed by the keys' own timestamps waits for its next key, by the clock:
a busy terminal may get to the rest of it late, so its quiet is not yet a sign that it ended."""
UNREADABLE = "\ufffd"
"""What a scan holds where a key typed a character the keyboard layout could not name (the scan then says so)."""
_CTRL_CHARS = {"]": GS, GS: GS, "^": _RS, "6": _RS, _RS: _RS, "d": _EOT, "D": _EOT, _EOT: _EOT}


@dataclass(frozen=True, slots=True)
class KeyStroke:
    """One key press as the assembler needs it."""

    text: str
    """The character the key types; for Ctrl/Alt combinations the key's own character (``]`` for Ctrl+])."""
    ctrl: bool = False
    alt: bool = False
    keypad: bool = False
    token: object = None
    """Whatever the caller needs to give the key back (the Qt filter keeps a copy of the event here)."""
    stamp: float | None = None
    """When the key was pressed, in seconds on the key source's own clock (X server time); None: unknown."""
    unreadable: bool = False
    """A character key whose character the keyboard layout could not name (X sends it without text): part of a
    burst all the same, so the scan arrives whole and the terminal can say what is wrong with it."""


@dataclass(frozen=True, slots=True)
class WedgeOutput:
    release: tuple[KeyStroke, ...] = ()
    """Keys to hand back, in this order, as typing."""
    scans: tuple[ScanEvent, ...] = ()

    def __add__(self, other: WedgeOutput) -> WedgeOutput:
        return WedgeOutput(self.release + other.release, self.scans + other.scans)


NOTHING = WedgeOutput()


@dataclass(frozen=True, slots=True)
class _Held:
    stroke: KeyStroke
    at: float


class WedgeAssembler:
    """Feed it every key press (``press``), Alt releases (``alt_released``) and timer ticks (``poll``).

    Not thread-safe: call it from one thread (the GUI thread, for the Qt filter).
    """

    def __init__(
        self,
        config: ScannerConfig = DEFAULT_WEDGE,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Wall = wall_now,
    ) -> None:
        self.config = config
        self._clock = clock
        self._wall = wall
        self._gap = config.max_key_gap_s
        self._held: list[_Held] = []
        self._buffer = ""
        """The characters of the held keys, kept as they come (a 10,000-key burst stays linear)."""
        self._alt_digits: str | None = None
        """Keypad digits typed with Alt held, while an Alt code is being entered."""
        self._composed: tuple[str, float] | None = None

    @property
    def holding(self) -> bool:
        return bool(self._held)

    @property
    def deadline(self) -> float | None:
        """When :meth:`poll` should be called next (clock time), or None when nothing is held."""
        return self._held[-1].at + self._quiet_after() if self._held else None

    def press(self, stroke: KeyStroke) -> WedgeOutput:
        now = self._clock()
        out = self._settle_if_stale(now, stroke.stamp)
        if stroke.alt and stroke.keypad and stroke.text.isdigit():
            self._hold(stroke, now)
            self._alt_digits = (self._alt_digits or "") + stroke.text
            return out
        self._finish_alt_code(now)
        if self._is_composed_duplicate(stroke, now):
            self._hold(stroke, now)
            return out
        char = self._char(stroke)
        if char is None:  # a shortcut or a key that types nothing: never part of a scan
            return out + self._release_all(extra=stroke)
        self._hold(stroke, now)
        self._buffer += char
        return out + self._judge()

    def alt_released(self) -> WedgeOutput:
        now = self._clock()
        out = self._settle_if_stale(now)
        self._finish_alt_code(now)
        return out + (self._judge() if self._held else NOTHING)

    def poll(self) -> WedgeOutput:
        """Settle a burst that has gone quiet: a scan when no suffix is configured, else the keys go back."""
        return self._settle_if_stale(self._clock())

    def flush(self) -> WedgeOutput:
        """Give back everything held (the window lost focus, the filter is being removed)."""
        self._alt_digits = None
        return self._release_all()

    # --- internals ---------------------------------------------------------------------------------------

    def _hold(self, stroke: KeyStroke, now: float) -> None:
        self._held.append(_Held(stroke, now))

    def _text(self) -> str:
        return self._buffer

    def _settle_if_stale(self, now: float, stamp: float | None = None) -> WedgeOutput:
        if not self._held or not self._stale(now, stamp):
            return NOTHING
        self._finish_alt_code(now)
        if not self.config.suffix and self._is_scan(self._text()):
            return self._emit(self._text())
        return self._release_all()

    def _stale(self, now: float, stamp: float | None) -> bool:
        """The last held key is more than a gap ago: by the keys' own timestamps when both have one (a key
        handled late was still pressed in time), else by when they were handled."""
        last = self._held[-1]
        if stamp is not None and last.stroke.stamp is not None and stamp >= last.stroke.stamp:
            return stamp - last.stroke.stamp > self._gap
        return now - last.at > self._quiet_after()

    def _quiet_after(self) -> float:
        """How long after the last held key was handled the burst counts as quiet: a gap, or when the keys'
        timestamps say they came at scanner speed, :data:`BURST_PATIENCE_S` (the rest may still be on its way)."""
        if len(self._held) >= 2:
            a, b = self._held[-2].stroke.stamp, self._held[-1].stroke.stamp
            if a is not None and b is not None and 0 <= b - a <= self._gap:
                return max(self._gap, BURST_PATIENCE_S)
        return self._gap

    def _finish_alt_code(self, now: float) -> None:
        if self._alt_digits is not None:
            char = alt_code_char(self._alt_digits)
            self._alt_digits = None
            self._buffer += char
            self._composed = (char, now)

    def _is_composed_duplicate(self, stroke: KeyStroke, now: float) -> bool:
        composed, self._composed = self._composed, None
        return (
            composed is not None
            and not (stroke.ctrl or stroke.alt)
            and stroke.text == composed[0]
            and now - composed[1] <= self._gap
        )

    @staticmethod
    def _char(stroke: KeyStroke) -> str | None:
        if stroke.unreadable and not (stroke.ctrl or stroke.alt):
            return UNREADABLE
        if stroke.ctrl:
            return _CTRL_CHARS.get(stroke.text)
        if stroke.alt or not stroke.text:
            return None
        return stroke.text

    def _judge(self) -> WedgeOutput:
        text = self._text()
        prefix, suffix = self.config.prefix, self.config.suffix
        if prefix and not (text.startswith(prefix) or prefix.startswith(text)):
            return self._release_all()
        if suffix and text.endswith(suffix):
            return self._emit(text) if self._is_scan(text) else self._release_all()
        if len(text) > MAX_PENDING_CHARS:
            return self._emit(text)
        return NOTHING

    def _is_scan(self, text: str) -> bool:
        prefix, suffix = self.config.prefix, self.config.suffix
        if prefix and not text.startswith(prefix):
            return False
        body = text[len(prefix) :]
        if suffix and body.endswith(suffix):
            body = body[: -len(suffix)]
        return len(body) >= self.config.min_length

    def _emit(self, text: str) -> WedgeOutput:
        self._held.clear()
        self._buffer = ""
        suffix = self.config.suffix
        body = text[: -len(suffix)] if suffix and text.endswith(suffix) else text
        event = to_event(body, self.config, self._wall)
        return WedgeOutput(scans=(event,)) if event is not None else NOTHING

    def _release_all(self, extra: KeyStroke | None = None) -> WedgeOutput:
        strokes = tuple(h.stroke for h in self._held) + ((extra,) if extra is not None else ())
        self._held.clear()
        self._buffer = ""
        self._alt_digits = None
        return WedgeOutput(release=strokes)
