"""``floorstation scan explain|video`` and ``floorstation devices``: for the person setting up scanners and cameras."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from floorstation import config as station_config
from floorstation import paths
from floorstation.devices import layout_check
from floorstation.devices.scanner_config import effective
from floorstation.domain import aim as aims
from floorstation.domain.errors import FloorstationError, InvalidInput
from floorstation.domain.own_codes import ScanSettings
from floorstation.domain.scan_meaning import ScanMeaning, explain
from floorstation.domain.scanning import GS

Handler = Callable[[Path, argparse.Namespace], int]

#: Ways to write a control character on a command line; scanners' manuals and zxing use these.
_ESCAPES = {"\\x1d": GS, "\\x1D": GS, "<GS>": GS, "\\x1e": "\x1e", "\\x1E": "\x1e", "<RS>": "\x1e", "\\x04": "\x04"}
EXIT_SCAN_HAS_ERRORS = 1


def register(sub: Any) -> dict[str, Handler]:
    """Add the ``scan`` and ``devices`` subcommands to ``floorstation``'s subparsers; returns their handlers."""
    scan = sub.add_parser("scan", help="what a scan means; scans in a video file")
    scan_sub = scan.add_subparsers(dest="scan_command", required=True, metavar="{explain,video,test}")
    explain_cmd = scan_sub.add_parser(
        "explain",
        help="print what DATA means as one JSON object (exit 1 when it has errors)",
        description="DATA is a scan as the scanner sends it, AIM identifier (]C1, ]d2, ...) included. Write GS "
        "as the character itself, as \\x1d or as <GS>.",
    )
    explain_cmd.add_argument("data")
    explain_cmd.add_argument("--aim", help="the AIM identifier, when it is not at the start of DATA")
    video = scan_sub.add_parser("video", help="one JSON line per scan read from a video file (or image folder)")
    video.add_argument("file", type=Path)
    video.add_argument("--decoder", default="zxing", help="zxing (default) or pyzbar")
    test = scan_sub.add_parser(
        "test",
        help="scan the test barcode: does the scanner's keyboard country match this PC's layout? (exit 1 if not)",
        description=f"Print a Code 128 barcode of {layout_check.TEST_CODE} (docs/scanners.md), then scan it into "
        "this command (or give what a scan typed elsewhere as DATA). It says whether letters, digits and symbols "
        "arrive as sent and, if not, which keyboard layout the PC uses and what to change.",
    )
    test.add_argument("data", nargs="?", help="what the scan typed (default: read one line from the keyboard)")

    devices = sub.add_parser("devices", help="scanners, serial ports, cameras and printers found on this PC")
    devices.add_argument("--json", action="store_true", help="one JSON object")
    return {"scan": _scan, "devices": _devices}


def unescape(data: str) -> str:
    for written, char in _ESCAPES.items():
        data = data.replace(written, char)
    return data


def _station(root: Path) -> station_config.StationConfig | None:
    """The configuration of the station in ``root``, or None when there is none."""
    if not paths.config_path(root).exists():
        return None
    return station_config.load(paths.config_path(root))


def _settings(root: Path) -> ScanSettings:
    """This station's lot and badge patterns when ``root`` holds one, else the defaults."""
    cfg = _station(root)
    return ScanSettings.from_rules(cfg.rules()) if cfg is not None else ScanSettings()


def _scan_test(args: argparse.Namespace) -> int:
    if args.data is None:
        print(f"Scan the floorstation test barcode ({layout_check.TEST_CODE}) now:", flush=True)
        received = sys.stdin.readline()
    else:
        received = args.data
    found = layout_check.check(received)
    print(found.message)
    if found.hint:
        print(f"  {found.hint}")
    return 0 if found.ok else EXIT_SCAN_HAS_ERRORS


def _scan(root: Path, args: argparse.Namespace) -> int:
    if args.scan_command == "test":
        return _scan_test(args)
    settings = _settings(root)
    if args.scan_command == "video":
        return _video(args, settings)
    aim = args.aim
    if aim is not None and not aims.is_aim(aim):
        raise InvalidInput(f"--aim {aim!r} is not an AIM identifier.", "Give ']' and two characters, such as ]C1.")
    meaning = explain(unescape(args.data), aim=aim, settings=settings)
    print(json.dumps(meaning.as_dict(), ensure_ascii=False))
    return EXIT_SCAN_HAS_ERRORS if meaning.errors else 0


def _video(args: argparse.Namespace, settings: ScanSettings) -> int:
    try:
        from floorstation.devices.camera import read_video
    except ImportError as exc:
        raise FloorstationError(
            f"Reading scans from a video needs the camera support, which cannot be loaded here ({exc}).",
            "Check that opencv-python-headless and zxing-cpp are installed.",
        ) from None
    count = 0
    scans = read_video(args.file) if args.decoder == "zxing" else read_video(args.file, decoder=args.decoder)
    for frame, event in scans:
        meaning: ScanMeaning = explain(event.raw, aim=event.aim, settings=settings)
        line = {"frame": frame, "raw": event.raw, "at": event.at.isoformat(timespec="milliseconds")}
        print(json.dumps(line | meaning.as_dict(), ensure_ascii=False), flush=True)
        count += 1
    print(f"{count} scan{'s' if count != 1 else ''} in {args.file}", file=sys.stderr)
    return 0


def _devices(root: Path, args: argparse.Namespace) -> int:
    from floorstation.devices.discovery import Found, inventory

    cfg = _station(root)
    scanners, cameras = (cfg.scanners, cfg.cameras) if cfg is not None else ((), ())
    found = inventory(effective(scanners), cameras)
    if args.json:
        print(json.dumps(found.as_dict(), ensure_ascii=False, indent=1))
        return 0

    def rows(title: str, items: list[Found], empty: str) -> None:
        print(f"\n{title}:")
        for item in items:
            extra = ", ".join(x for x in (f"USB {item.usb}" if item.usb else "", item.serial_number, item.note) if x)
            print(f"  {item.path:<22} {item.name}" + (f" ({extra})" if extra else ""))
        if not items:
            print(f"  {empty}")

    print("scanners in the station configuration:" if scanners else "scanners (none configured: the default):")
    for s in found.scanners:
        state = {"n/a": "cannot be detected (keyboard input)", "": "NOT FOUND"}.get(s.present, f"found at {s.present}")
        print(f"  {s.id:<12} {s.kind:<7} {s.where}: {state}")
    if cameras:
        print("cameras in the station configuration:")
    for c in found.configured_cameras:
        unknown = "not checked (it would have to be opened)"
        state = {"n/a": unknown, "": "NOT FOUND"}.get(c.present, f"found at {c.present}")
        print(f"  {c.id:<12} {c.source}: {state}")
    rows("keyboards and keyboard-mode scanners", found.keyboards, "none found (or /proc/bus/input is not readable)")
    rows("serial ports", found.serial_ports, "none")
    rows("cameras", found.cameras, "none")
    rows("printers", found.printers, "none found (network printers are not searched for)")
    if cfg is not None and paths.database_path(root).exists():
        from floorstation import bootstrap

        station = bootstrap.build(root)
        try:
            in_use = bootstrap.sscc_in_use(station)
        finally:
            station.close()
        print(f"\nSSCC range: {in_use.describe()}")
        if in_use.warning():
            print(f"  warning: {in_use.warning()}")
    return 0
