"""Barcode scanners in the station configuration: ``[[scanner]]`` tables in ``station.toml``, each option once.

A station without any ``[[scanner]]`` table gets one keyboard-wedge scanner with the defaults, which is what a
scanner straight out of its box is (USB keyboard, Enter after each scan). docs/scanners.md shows examples.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from floorstation.domain.errors import InvalidInput


class ScannerKind(enum.StrEnum):
    WEDGE = "wedge"
    """A USB keyboard: keys arrive in the terminal's window, told apart from typing by their timing."""
    SERIAL = "serial"
    """USB-CDC (virtual COM port), RS-232, or any pyserial URL (``socket://``, ``rfc2217://``)."""
    EVDEV = "evdev"
    """Linux only: the scanner's input device, grabbed so its keys never reach the desktop."""


@dataclass(frozen=True)
class ScannerConfig:
    id: str = field(metadata={"help": "A short name for this scanner, shown on screen (e.g. dock)."})
    kind: ScannerKind = field(default=ScannerKind.WEDGE, metadata={"help": "wedge, serial or evdev."})
    suffix: str = field(default="\r", metadata={"help": "What the scanner sends after each scan (default CR)."})
    prefix: str = field(default="", metadata={"help": "What the scanner sends before each scan, if anything."})
    min_length: int = field(default=4, metadata={"help": "Wedge: shorter fast bursts are typing, not scans."})
    max_key_gap_ms: float = field(
        default=30.0, metadata={"help": "Wedge: keys further apart than this (ms) are typing, not a scanner."}
    )
    gs_substitute: str = field(
        default="", metadata={"help": "A printable character the scanner sends in place of GS (e.g. #)."}
    )
    port: str = field(default="", metadata={"help": "Serial: a device path (/dev/serial/by-id/...) or a pyserial URL."})
    usb_vid: str = field(default="", metadata={"help": "Serial/evdev: USB vendor id (4 hex digits) to find it by."})
    usb_pid: str = field(default="", metadata={"help": "Serial/evdev: USB product id (4 hex digits)."})
    usb_serial: str = field(default="", metadata={"help": "Serial: USB serial number, when several are alike."})
    baudrate: int = field(default=9600, metadata={"help": "Serial: line speed (USB-CDC ignores it)."})
    device: str = field(default="", metadata={"help": "Evdev: the input device (/dev/input/by-id/...-event-kbd)."})
    name_contains: str = field(default="", metadata={"help": "Evdev: find the input device by its name."})

    @property
    def source(self) -> str:
        """What this scanner's ``ScanEvent.source`` says: ``wedge:front``, ``serial:dock``."""
        return f"{self.kind.value}:{self.id}"

    @property
    def max_key_gap_s(self) -> float:
        return self.max_key_gap_ms / 1000

    @property
    def where(self) -> str:
        """Where the scanner is looked for, in words."""
        if self.kind is ScannerKind.WEDGE:
            return "keyboard input of the terminal's window"
        target = self.port if self.kind is ScannerKind.SERIAL else self.device
        if target:
            return target
        parts = [f"USB {self.usb_vid}:{self.usb_pid}" if self.usb_vid else "", self.usb_serial, self.name_contains]
        return " ".join(p for p in parts if p)


SCANNER_OPTIONS = {f.name: f for f in fields(ScannerConfig)}
DEFAULT_WEDGE = ScannerConfig(id="wedge")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")


def parse_scanners(tables: object, where: str) -> tuple[ScannerConfig, ...]:
    """The ``[[scanner]]`` tables of ``where`` (a file name for messages), validated; none: the default wedge."""
    if tables is None:
        return ()
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InvalidInput(f"{where}: 'scanner' must be a list of tables ([[scanner]]).", "See docs/scanners.md.")
    scanners = tuple(_scanner(t, f"{where}: scanner {i + 1}") for i, t in enumerate(tables))
    ids = [s.id for s in scanners]
    if len(set(ids)) != len(ids):
        raise InvalidInput(f"{where}: two scanners have the same id.", "Give each [[scanner]] its own id.")
    if sum(s.kind is ScannerKind.WEDGE for s in scanners) > 1:
        raise InvalidInput(
            f"{where}: more than one wedge scanner; keyboard scanners all type into the same window.",
            'Keep one [[scanner]] with kind = "wedge"; it serves every keyboard scanner.',
        )
    return scanners


def effective(scanners: Sequence[ScannerConfig]) -> tuple[ScannerConfig, ...]:
    return tuple(scanners) or (DEFAULT_WEDGE,)


def _scanner(table: Mapping[str, Any], where: str) -> ScannerConfig:
    unknown = set(table) - set(SCANNER_OPTIONS)
    if unknown:
        raise InvalidInput(f"{where}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(SCANNER_OPTIONS)}.")
    if not isinstance(table.get("id"), str) or not table["id"].strip():
        raise InvalidInput(f"{where}: needs an id.", 'Add id = "..." (a short name such as "dock").')
    values: dict[str, Any] = {}
    for name, given in table.items():
        values[name] = _option(name, given, where)
    config = ScannerConfig(**values)
    _check(config, where)
    return config


def _option(name: str, value: object, where: str) -> object:
    spec = SCANNER_OPTIONS[name]
    expected = type(spec.default) if spec.default is not MISSING else str
    if name == "kind":
        try:
            return ScannerKind(str(value))
        except ValueError:
            raise InvalidInput(f"{where}: kind {value!r} is not one of wedge, serial, evdev.") from None
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
        raise InvalidInput(f"{where}: {name} must be a {expected.__name__}, not {value!r}.")
    return value


def _check(c: ScannerConfig, where: str) -> None:
    if not 1 <= c.min_length <= 1000:
        raise InvalidInput(f"{where}: min_length must be 1 to 1000.")
    if not 1 <= c.max_key_gap_ms <= 1000:
        raise InvalidInput(f"{where}: max_key_gap_ms must be 1 to 1000.")
    if len(c.gs_substitute) > 1:
        raise InvalidInput(f"{where}: gs_substitute must be one character.")
    for name in ("usb_vid", "usb_pid"):
        value = getattr(c, name)
        if value and not _HEX4.fullmatch(value):
            raise InvalidInput(f"{where}: {name} must be 4 hex digits such as 0c2e, not {value!r}.")
    if c.kind is not ScannerKind.WEDGE and not c.suffix:
        raise InvalidInput(f"{where}: a {c.kind.value} scanner needs a suffix to tell where a scan ends.")
    if c.kind is ScannerKind.SERIAL and not (c.port or (c.usb_vid and c.usb_pid)):
        raise InvalidInput(
            f"{where}: a serial scanner needs a port, or usb_vid and usb_pid to find it by.",
            "Run 'floorstation devices' to see the serial ports and their USB ids.",
        )
    if c.kind is ScannerKind.EVDEV and not (c.device or c.name_contains or (c.usb_vid and c.usb_pid)):
        raise InvalidInput(f"{where}: an evdev scanner needs a device, a name_contains, or usb_vid and usb_pid.")


def dump_scanners(scanners: Sequence[ScannerConfig]) -> str:
    """``[[scanner]]`` tables for ``station.toml``, only the options that differ from their defaults."""
    out: list[str] = []
    for scanner in scanners:
        out.append("\n[[scanner]]")
        for name, spec in SCANNER_OPTIONS.items():
            value = getattr(scanner, name)
            if name != "id" and value == spec.default:
                continue
            rendered = json.dumps(str(value), ensure_ascii=False) if isinstance(value, str) else str(value)
            out.append(f"{name} = {rendered}")
    return "\n".join(out) + ("\n" if out else "")
