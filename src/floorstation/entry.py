"""The ``floorstation`` command's entry point: ``--version`` and ``--help`` are answered from here, before the
station (Qt, SQLAlchemy, the store) is loaded; anything else goes on to ``floorstation.cli``.

Loading the whole command costs about a second of CPU on a terminal; a person or a script asking which version
is installed, or what the commands are, should not wait for it. The top-level help is made by the same argparse
from the same words as the full parser's (``tests/unit/test_entry.py`` checks that they are the same text).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from floorstation import __version__

DESCRIPTION = "Offline-first shop-floor terminal."
DATA_DIR_HELP = "station data folder (default: ${env} or the platform's data folder)"
ENV_DATA_DIR = "FLOORSTATION_DATA_DIR"
"""The same name as ``floorstation.paths.ENV_DATA_DIR`` (that module loads platformdirs)."""

COMMANDS: dict[str, str] = {
    "init": "create a station data folder",
    "import": "load master data from a JSON or CSV file",
    "simulate": "play a realistic shift through the real services",
    "demo": "the terminal on a seeded demo plant, with a panel of codes to scan",
    "verify-log": "check that no event was altered, removed, inserted or reordered",
    "rebuild": "rebuild every projection from the event log",
    "trace": (
        "backward and forward genealogy of a lot: this station's records and its copy of the plant's "
        "(the server is asked live when that copy is behind)"
    ),
    "events": "list recorded events",
    "enroll": "enroll this station with the central server (one-time code)",
    "sync": "upload events, download master data (keeps running; --once for one round)",
    "print": "print pallet cards and lot cards; show and retry the print queue",
    "scan": "what a scan means; scans in a video file",
    "devices": "scanners, serial ports, cameras and printers found on this PC",
    "restore": "put a copy of the station database back (default: the newest in the data folder's backups/)",
    "config": "the station's configuration: station.toml over the server's",
}
"""Every subcommand and its one-line help, in the full parser's order."""


def top_parser() -> argparse.ArgumentParser:
    """The command's top level: its options, and each subcommand by name and help (their own options are the
    full parser's business)."""
    parser = argparse.ArgumentParser(prog="floorstation", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"floorstation {__version__}")
    parser.add_argument("--data-dir", help=DATA_DIR_HELP.format(env="$" + ENV_DATA_DIR))
    parser.add_argument("--fullscreen", action="store_true", help="run the terminal as a full-screen kiosk")
    return parser


def quick_answer(argv: Sequence[str]) -> int | None:
    """Print the version or the top-level help when that is all ``argv`` asks; None: the full command is needed."""
    args = list(argv)
    if args == ["--version"]:
        print(f"floorstation {__version__}")
        return 0
    if args in (["--help"], ["-h"]):
        parser = top_parser()
        sub = parser.add_subparsers(dest="command")
        for name, text in COMMANDS.items():
            sub.add_parser(name, help=text)
        parser.print_help()
        return 0
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """The console script ``floorstation`` and ``python -m floorstation``."""
    args = sys.argv[1:] if argv is None else list(argv)
    if (answered := quick_answer(args)) is not None:
        return answered
    from floorstation.cli import main as run

    return run(args)
