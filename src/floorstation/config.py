"""The station configuration (``station.toml`` in the data folder), each option declared once.

Only the ``[station]`` table is required; everything else has a default. Unknown keys are refused so a typo
does not silently fall back to a default.

The server may keep a configuration for the station too (``server/provisioning.py``); the station stores the last
one it received as ``server-config.json`` beside ``station.toml``. Precedence, key by key: ``station.toml``, then
the server's, then the default. A ``[[scanner]]``, ``[[camera]]`` or ``[[printer]]`` list and the ``[card]`` table
count as one key each: when ``station.toml`` has one, the server's is not used. ``station_id``, ``station_code``
and ``epoch`` come from ``station.toml`` alone.
"""

from __future__ import annotations

import json
import logging
import os
import tomllib
from dataclasses import MISSING, dataclass, field, fields
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

log = logging.getLogger(__name__)

PUSHED_FILE = "server-config.json"
"""The configuration last received from the server, beside ``station.toml``."""
TABLES = ("scanner", "camera", "printer", "card")
LOCAL_ONLY = ("station_id", "station_code", "epoch")
LOCAL, SERVER, DEFAULT = "station.toml", "server", "default"

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
    """The effective configuration: ``station.toml`` over the server's (see the module's docstring)."""
    return load_with_sources(path)[0]


def pushed_path(path: Path) -> Path:
    """Where the server's configuration for the station whose ``station.toml`` is ``path`` is kept."""
    return path.parent / PUSHED_FILE


def read_pushed(path: Path) -> dict[str, Any]:
    """The server's configuration kept beside ``path`` (empty when there is none or it cannot be read)."""
    source = pushed_path(path)
    if not source.is_file():
        return {}
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read (%s); the station uses its station.toml alone", source, exc)
        return {}
    return data if isinstance(data, dict) else {}


def save_pushed(path: Path, pushed: dict[str, Any]) -> bool:
    """Keep the server's configuration beside ``path``; False when it is the one kept already."""
    target = pushed_path(path)
    if not pushed:  # the server keeps nothing for this station (any more)
        if not target.exists():
            return False
        target.unlink()
        return True
    text = json.dumps(pushed, sort_keys=True, ensure_ascii=False, indent=1)
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    tmp = target.with_suffix(".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return True


def load_with_sources(path: Path, *, pushed: dict[str, Any] | None = None) -> tuple[StationConfig, dict[str, str]]:
    """The effective configuration and where each option and table came from (``station.toml``, ``server`` or
    ``default``). ``pushed``: the server's configuration to check (refused with the reason when the result does
    not hold); None: the one kept beside ``path``, left out when the result with it does not hold."""
    local = _read_toml(path)
    given = pushed is not None
    server = pushed if pushed is not None else read_pushed(path)
    if not server:
        return _parse(local, path), _sources(local, {})
    merged = _merge(local, server)
    try:
        return _parse(merged, path, server=True), _sources(local, server)
    except InvalidInput as exc:
        if given:
            raise
        log.warning("the server's configuration is left out: %s", exc.message)
        return _parse(local, path), _sources(local, {})


def _merge(local: dict[str, Any], server: dict[str, Any]) -> dict[str, Any]:
    station = {k: v for k, v in server.get("station", {}).items() if k not in LOCAL_ONLY}
    merged: dict[str, Any] = {"station": station | local.get("station", {})}
    for table in TABLES:
        if table in local:
            merged[table] = local[table]
        elif table in server:
            merged[table] = server[table]
    return merged


def _sources(local: dict[str, Any], server: dict[str, Any]) -> dict[str, str]:
    sources = {}
    for name in (*OPTIONS, *TABLES):
        if name in local.get("station", {}) or name in local:
            sources[name] = LOCAL
        elif name not in LOCAL_ONLY and (name in server.get("station", {}) or name in server):
            sources[name] = SERVER
        else:
            sources[name] = DEFAULT
    return sources


def _read_toml(path: Path) -> dict[str, Any]:
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
    return data


def _parse(data: dict[str, Any], path: Path, *, server: bool = False) -> StationConfig:
    station: dict[str, Any] = dict(data.get("station", {}))
    where = f"{path} with the server's configuration" if server else str(path)
    unknown = set(data) - {"station", "scanner", "camera", "printer", "card"} or set(station) - set(OPTIONS)
    if unknown:
        raise InvalidInput(f"{where}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(OPTIONS)}.")
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
        # A default is written as a comment: the server's configuration (and a later default) still applies.
        unset = name not in LOCAL_ONLY and spec.default is not MISSING and value == spec.default
        lines.append(f"{'# ' if unset else ''}{name} = {rendered}")
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
