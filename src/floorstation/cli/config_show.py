"""``floorstation config show``: the station's effective configuration, each value with where it came from
(``station.toml``, the server, or the default; precedence in ``floorstation/config.py``)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from floorstation import config as station_config
from floorstation import paths
from floorstation.domain.cards import DEFAULT_LAYOUT


def add_commands(sub: Any) -> dict[str, Callable[[Path, argparse.Namespace], int]]:
    config = sub.add_parser("config", help="the station's configuration: station.toml over the server's")
    config_sub = config.add_subparsers(dest="config_command", required=True)
    show = config_sub.add_parser("show", help="every option in effect, and where it came from")
    show.add_argument("--json", action="store_true", help="one JSON object: {option: {value, source}}")
    return {"config": _show}


def _show(root: Path, args: argparse.Namespace) -> int:
    path = paths.config_path(root)
    config, sources = station_config.load_with_sources(path)
    values: dict[str, Any] = {name: getattr(config, name) for name in station_config.OPTIONS}
    tables = {
        "scanner": [s.id for s in config.scanners],
        "camera": [c.id for c in config.cameras],
        "printer": [p.name for p in config.printers],
        "card": "set" if config.card != DEFAULT_LAYOUT else "default layout",
    }
    if args.json:
        out = {name: {"value": _plain(value), "source": sources[name]} for name, value in (values | tables).items()}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"# {path} over the server's configuration ({station_config.pushed_path(path).name}) over the defaults")
    width = max(len(n) for n in values)
    for name, value in values.items():
        print(f"{name:<{width}} = {_shown(value):<34} # {sources[name]}")
    for name, value in tables.items():
        listed = ", ".join(value) if isinstance(value, list) else value
        print(f"[{name}]{' ' * (width - len(name) - 2)} : {(listed or 'none'):<34} # {sources[name]}")
    return 0


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        return "[" + ", ".join(json.dumps(v) for v in value) + "]"
    return str(value)
