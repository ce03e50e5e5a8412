"""The station configuration (``station.toml`` in the data folder), each option declared once.

Only the ``[station]`` table is required; everything else has a default. Unknown keys are refused so a typo
does not silently fall back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from floorstation.devices.camera_config import CameraConfig, dump_cameras, parse_cameras
from floorstation.devices.printing.printer_config import dump_card, dump_printers, parse_card, parse_printers
from floorstation.devices.scanner_config import ScannerConfig, dump_scanners, effective, parse_scanners
from floorstation.domain.cards import DEFAULT_LAYOUT, CardLayout
from floorstation.domain.codes import LotCodePattern, SsccRange
from floorstation.domain.errors import InvalidInput
from floorstation.domain.own_codes import ScanSettings
from floorstation.domain.printers import StationPrinter
from floorstation.domain.shifts import shift_end_time
from floorstation.domain.station_rules import StationRules

#: What a terminal is for: the screen it opens on after sign-in (every other screen stays in the menu).
MODES = ("production", "goods_in", "dispatch")


@dataclass(frozen=True)
class StationConfig:
    station_id: str = field(metadata={"help": "This terminal's station id, unique in the plant (e.g. ST-01)."})
    station_code: str = field(metadata={"help": "Short code for lot codes made at goods-in (e.g. G1)."})
    name: str = field(default="", metadata={"help": "A name people recognise, shown on screen."})
    mode: str = field(
        default="production",
        metadata={"help": "What this terminal is for: production, goods_in or dispatch (the screen after sign-in)."},
    )
    machines: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Machine ids this station works on. Lots made here on a machine not listed carry the station "
            "code as well (M01-G1-26327-001), so two stations on one machine never make the same lot code."
        },
    )
    company_prefix: str = field(default="5901234", metadata={"help": "GS1 company prefix for SSCCs."})
    sscc_extension: int = field(default=0, metadata={"help": "SSCC extension digit (0-9)."})
    sscc_first: int = field(default=1, metadata={"help": "First SSCC serial reference of this station's range."})
    sscc_last: int = field(default=99_999, metadata={"help": "Last SSCC serial reference of this station's range."})
    lot_pattern: str = field(
        default="{machine}-{yy}{doy}-{seq:3}",
        metadata={"help": "Lot-code pattern; needs {machine} or {station}."},
    )
    repeat_scan_seconds: float = field(default=10.0, metadata={"help": "Ask before a repeat scan within this time."})
    over_balance_tolerance_percent: float = field(
        default=0.0,
        metadata={
            "help": "Consumption past a lot's balance allowed without an override, in percent of the quantity used."
        },
    )
    pin_with_badge: bool = field(default=False, metadata={"help": "Ask for a PIN after a badge scan too."})
    badge_pattern: str = field(
        default="", metadata={"help": "Regular expression of bare badge codes (e.g. B[0-9]{4}); empty: B: prefix."}
    )
    idle_sign_out_seconds: float = field(
        default=600.0,
        metadata={
            "help": "Seconds after which operators not working on a task are signed out: everyone when nobody touched "
            "the terminal, one person when they were not seen (badge, PIN, a touch while acting) (0: never)."
        },
    )
    acting_proof_seconds: float = field(
        default=60.0,
        metadata={
            "help": "A tap on a signed-in person's name lets them act only this long after their badge scan or PIN "
            "(seconds); later the tap asks for the badge or PIN again (0: always asks)."
        },
    )
    shift_ends: tuple[str, ...] = field(
        default=(),
        metadata={"help": 'Local times shifts end (e.g. ["06:00", "14:00", "22:00"]): everyone is signed out then.'},
    )
    tap_guard_ms: int = field(
        default=350,
        metadata={"help": "A tap this soon (ms) after a tap that changed the screen does nothing (0: off)."},
    )
    epoch: int = field(default=1, metadata={"help": "Event-log epoch; raised only when a database is restored."})
    clock_warning_minutes: float = field(
        default=5.0,
        metadata={"help": "Warn on screen when this terminal's clock is more than this many minutes off the server's."},
    )
    language: str = field(
        default="", metadata={"help": "The terminal's language (en, pl, de); empty: the system's. Settings change it."}
    )
    scanners: tuple[ScannerConfig, ...] = field(default=(), metadata={"table": "scanner"})
    """The ``[[scanner]]`` tables (devices/scanner_config.py declares their options)."""
    cameras: tuple[CameraConfig, ...] = field(default=(), metadata={"table": "camera"})
    """The ``[[camera]]`` tables (devices/camera_config.py declares their options)."""
    printers: tuple[StationPrinter, ...] = field(default=(), metadata={"table": "printer"})
    """The ``[[printer]]`` tables (domain/printers.py declares their options; the first of a role is its default)."""
    card: CardLayout = field(default=DEFAULT_LAYOUT, metadata={"table": "card"})
    """The ``[card]`` table: what the site prints on its cards (domain/cards.py declares its options)."""

    def configured_devices(self) -> list[tuple[str, str, str]]:
        """Every scanner (the keyboard wedge when none is set up) and camera: (id, kind, where it reads from)."""
        scanners = [(s.id, s.kind.value, s.where) for s in effective(self.scanners)]
        return scanners + [(c.id, "camera", c.where) for c in self.cameras]

    def rules(self) -> StationRules:
        return StationRules(
            station_id=self.station_id,
            station_code=self.station_code,
            sscc=SsccRange(self.sscc_extension, self.company_prefix, self.sscc_first, self.sscc_last),
            lot_pattern=LotCodePattern(self.lot_pattern),
            repeat_scan_seconds=self.repeat_scan_seconds,
            over_balance_tolerance_percent=self.over_balance_tolerance_percent,
            pin_with_badge=self.pin_with_badge,
            badge_pattern=self.badge_pattern,
            epoch=self.epoch,
            acting_proof_seconds=self.acting_proof_seconds,
            idle_sign_out_seconds=self.idle_sign_out_seconds,
            shift_ends=self.shift_ends,
            machines=self.machines,
        )


OPTIONS = {f.name: f for f in fields(StationConfig) if "help" in f.metadata}


def load(path: Path) -> StationConfig:
    if not path.is_file():
        raise InvalidInput(
            f"No station configuration at {path}.",
            "Run 'floorstation init' (or 'floorstation init --demo') to create one.",
            code="config.missing",
            params={"path": str(path)},
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            f"{path} is not valid TOML: {exc}.",
            "Fix the file.",
            code="config.not_toml",
            params={"path": str(path), "cause": str(exc)},
        ) from None
    station: dict[str, Any] = data.get("station", {})
    unknown = set(data) - {"station", "scanner", "camera", "printer", "card"} or set(station) - set(OPTIONS)
    if unknown:
        raise InvalidInput(f"{path}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(OPTIONS)}.")
    for listed in ("machines", "shift_ends"):
        if listed in station:
            station[listed] = tuple(station[listed])
    try:
        scanners = parse_scanners(data.get("scanner"), str(path))
        taken = [s.id for s in effective(scanners)]
        cameras = parse_cameras(data.get("camera"), str(path), base=path.resolve().parent, taken=taken)
        printers = parse_printers(data.get("printer"), str(path), base=path.resolve().parent)
        card = parse_card(data.get("card"), str(path))
        config = StationConfig(**station, scanners=scanners, cameras=cameras, printers=printers, card=card)
        check_identity(config, str(path))
        check_mode(config.mode, str(path))
        check_shift_ends(config.shift_ends, str(path))
        ScanSettings.from_rules(config.rules())  # validates SSCC range, lot and badge patterns now, not at first use
    except TypeError as exc:
        raise InvalidInput(f"{path}: {exc}.", "station_id and station_code are required.") from None
    return config


def check_identity(config: StationConfig, where: str) -> None:
    """A station without an id or code (the settings a package installs before anyone named the station) is
    refused before it records anything under an empty name."""
    missing = [name for name in ("station_id", "station_code") if not str(getattr(config, name)).strip()]
    if missing:
        raise InvalidInput(
            f"{where}: {' and '.join(missing)} not set: this terminal has no station yet.",
            'Set station_id and station_code in the [station] table (e.g. "ST-07" and "G7").',
        )


def check_mode(mode: object, where: str) -> None:
    if mode not in MODES:
        raise InvalidInput(
            f"{where}: mode {mode!r} is not a station mode.",
            "Set mode in the [station] table to one of: " + ", ".join(f'"{m}"' for m in MODES) + ".",
            code="config.mode",
            params={"where": where, "mode": repr(mode)},
        )


def check_shift_ends(ends: tuple[str, ...], where: str) -> None:
    for end in ends:
        try:
            shift_end_time(end)
        except ValueError:
            raise InvalidInput(
                f"{where}: shift end {end!r} is not a time of day.",
                'Write shift_ends as local times, e.g. ["06:00", "14:00", "22:00"].',
            ) from None


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
    printing = dump_printers(config.printers) + dump_card(config.card)
    return "\n".join(lines) + "\n" + dump_scanners(config.scanners) + dump_cameras(config.cameras) + printing


def save_station_option(path: Path, name: str, value: str) -> None:
    """Set one text option of the ``[station]`` table in place (the terminal's settings screen keeps its language
    this way), leaving every other line, comment and table of the file as it was."""
    if name not in OPTIONS or not isinstance(getattr(load(path), name), str):
        raise InvalidInput(f"{name!r} is not a text option of the [station] table.")
    _save_station_line(path, name, f'{name} = "' + value.replace("\\", "\\\\").replace('"', '\\"') + '"')


def save_station_epoch(path: Path, epoch: int) -> None:
    """Set the event-log epoch (``floorstation restore`` raises it), leaving the rest of the file as it was."""
    _save_station_line(path, "epoch", f"epoch = {int(epoch)}")


def _save_station_line(path: Path, name: str, wanted: str) -> None:
    # Where station.toml is a link (the Debian package links it to /etc/floorstation/station.toml), the file it
    # points to is rewritten: the link stays.
    path = path.resolve()
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == "[station]"), None)
    if start is None:
        raise InvalidInput(
            f"{path} has no [station] table.",
            "Fix the file.",
            code="config.no_station_table",
            params={"path": str(path)},
        )
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    found = next((i for i in range(start + 1, end) if lines[i].split("=")[0].strip() == name), None)
    if found is not None:
        lines[found] = wanted
    else:
        settings = [i for i in range(start + 1, end) if "=" in lines[i] and not lines[i].lstrip().startswith("#")]
        lines.insert((settings[-1] if settings else start) + 1, wanted)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.chmod(path.stat().st_mode & 0o777)
    load(tmp)  # never leave a file the station cannot read
    tmp.replace(path)
