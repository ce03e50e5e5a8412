"""``floorstation-server station config`` and ``floorstation-server plant-version``: provisioning from the
command line (``server/provisioning.py``; docs/deploy.md, "Provisioning stations")."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from floorstation.domain.errors import InvalidInput
from floorstation.server import provisioning

Handler = Callable[[Engine, argparse.Namespace], int]


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Handler]:
    station = sub.add_parser("station", parents=[common], help="one station's configuration kept by the server")
    station_sub = station.add_subparsers(dest="station_command", required=True)
    config = station_sub.add_parser(
        "config",
        parents=[common],
        help="show or change the configuration the server sends a station (its station.toml overrides it)",
    )
    config.add_argument("station")
    config.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="e.g. mode=goods_in, card.site='Plant 2'"
    )
    config.add_argument("--unset", action="append", default=[], metavar="KEY", help="remove a key set before")
    config.add_argument(
        "--file", type=Path, help="a station.toml fragment: its [station] keys merged in, its [[printer]] etc. replace"
    )
    config.add_argument("--clear", action="store_true", help="forget everything kept for the station")
    config.add_argument("--json", action="store_true", help="print the configuration as JSON")

    version = sub.add_parser("plant-version", parents=[common], help="the version every station should run")
    version_sub = version.add_subparsers(dest="version_command", required=True)
    version_sub.add_parser("show", parents=[common], help="print the plant's version")
    given = version_sub.add_parser("set", parents=[common], help="set the plant's version (stations behind say so)")
    given.add_argument("version")
    version_sub.add_parser("reset", parents=[common], help="back to the server's own version")
    return {"station": _station, "plant-version": _plant_version}


def _station(engine: Engine, args: argparse.Namespace) -> int:
    if args.clear:
        provisioning.clear(engine, args.station)
    if args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"Cannot read {args.file}: {exc.strerror}.", "Check the path.") from None
        provisioning.merge_file(engine, args.station, text, str(args.file))
    if args.set or args.unset:
        provisioning.set_values(engine, args.station, args.set, args.unset)
    config = provisioning.read(engine, args.station)
    if args.json:
        print(json.dumps(config, sort_keys=True, ensure_ascii=False))
    elif not config:
        print(f"# nothing kept for station {args.station}: it runs on its own station.toml")
    else:
        print(f"# configuration the server sends station {args.station} (its station.toml overrides it key by key)")
        print(provisioning.dump_toml(config), end="")
    return 0


def _plant_version(engine: Engine, args: argparse.Namespace) -> int:
    if args.version_command == "set":
        print(f"the plant runs {provisioning.set_plant_version(engine, args.version)}; stations behind it say so")
    elif args.version_command == "reset":
        print(f"the plant runs {provisioning.set_plant_version(engine, None)} (this server's own version)")
    else:
        with engine.connect() as conn:
            print(provisioning.plant_version(conn))
    return 0
