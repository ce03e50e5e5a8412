"""The station configuration (``station.toml`` in the data folder), each option declared once.

Only the ``[station]`` table is required; everything else has a default. Unknown keys are refused so a typo
does not silently fall back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from floorstation.devices.scanner_config import ScannerConfig, dump_scanners, parse_scanners
from floorstation.domain.codes import LotCodePattern, SsccRange
from floorstation.domain.errors import InvalidInput
from floorstation.domain.own_codes import ScanSettings
from floorstation.domain.settings import StationRules


@dataclass(frozen=True)
class StationConfig:
    station_id: str = field(metadata={"help": "This terminal's station id, unique in the plant (e.g. ST-01)."})
    station_code: str = field(metadata={"help": "Short code for lot codes made at goods-in (e.g. G1)."})
    name: str = field(default="", metadata={"help": "A name people recognise, shown on screen."})
    machines: tuple[str, ...] = field(default=(), metadata={"help": "Machine ids this station works on."})
    company_prefix: str = field(default="5901234", metadata={"help": "GS1 company prefix for SSCCs."})
    sscc_extension: int = field(default=0, metadata={"help": "SSCC extension digit (0-9)."})
    sscc_first: int = field(default=1, metadata={"help": "First SSCC serial reference of this station's range."})
    sscc_last: int = field(default=99_999, metadata={"help": "Last SSCC serial reference of this station's range."})
    lot_pattern: str = field(
        default="{machine}-{yy}{doy}-{seq:3}",
        metadata={"help": "Lot-code pattern; needs {machine} or {station}."},
    )
    repeat_scan_seconds: float = field(default=10.0, metadata={"help": "Ask before a repeat scan within this time."})
    pin_with_badge: bool = field(default=False, metadata={"help": "Ask for a PIN after a badge scan too."})
    badge_pattern: str = field(
        default="", metadata={"help": "Regular expression of bare badge codes (e.g. B[0-9]{4}); empty: B: prefix."}
    )
    idle_sign_out_seconds: float = field(
        default=600.0,
        metadata={"help": "Sign out operators not working on a task after this long without a touch (0: never)."},
    )
    epoch: int = field(default=1, metadata={"help": "Event-log epoch; raised only when a database is restored."})
    scanners: tuple[ScannerConfig, ...] = field(default=(), metadata={"table": "scanner"})
    """The ``[[scanner]]`` tables (devices/scanner_config.py declares their options)."""

    def rules(self) -> StationRules:
        return StationRules(
            station_id=self.station_id,
            station_code=self.station_code,
            sscc=SsccRange(self.sscc_extension, self.company_prefix, self.sscc_first, self.sscc_last),
            lot_pattern=LotCodePattern(self.lot_pattern),
            repeat_scan_seconds=self.repeat_scan_seconds,
            pin_with_badge=self.pin_with_badge,
            badge_pattern=self.badge_pattern,
            epoch=self.epoch,
        )


OPTIONS = {f.name: f for f in fields(StationConfig) if "help" in f.metadata}


def load(path: Path) -> StationConfig:
    if not path.is_file():
        raise InvalidInput(
            f"No station configuration at {path}.",
            "Run 'floorstation init' (or 'floorstation init --demo') to create one.",
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path} is not valid TOML: {exc}.", "Fix the file.") from None
    station: dict[str, Any] = data.get("station", {})
    unknown = set(data) - {"station", "scanner"} or set(station) - set(OPTIONS)
    if unknown:
        raise InvalidInput(f"{path}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(OPTIONS)}.")
    if "machines" in station:
        station["machines"] = tuple(station["machines"])
    try:
        config = StationConfig(**station, scanners=parse_scanners(data.get("scanner"), str(path)))
        ScanSettings.from_rules(config.rules())  # validates SSCC range, lot and badge patterns now, not at first use
    except TypeError as exc:
        raise InvalidInput(f"{path}: {exc}.", "station_id and station_code are required.") from None
    return config


def dump(config: StationConfig) -> str:
    lines = ["[station]"]
    for name, spec in OPTIONS.items():
        value = getattr(config, name)
        lines.append(f"# {spec.metadata['help']}")
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, str):
            rendered = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        elif isinstance(value, tuple):
            rendered = "[" + ", ".join(f'"{v}"' for v in value) + "]"
        else:
            rendered = str(value)
        lines.append(f"{name} = {rendered}")
    return "\n".join(lines) + "\n" + dump_scanners(config.scanners)
