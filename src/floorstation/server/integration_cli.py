"""The ``floorstation-server`` commands of the ERP link: ``token add|list|revoke`` (integration tokens) and
``watch DIR`` (the CSV drop folder)."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from floorstation.domain.errors import InvalidInput
from floorstation.server import integration_tokens

Command = Callable[[Engine, argparse.Namespace], int]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Adds the commands to ``sub`` (the top-level subparsers); :data:`COMMANDS` runs them."""
    token = sub.add_parser("token", parents=[common], help="API tokens for an ERP: add, list, revoke")
    token_sub = token.add_subparsers(dest="token_command", required=True)
    add = token_sub.add_parser("add", parents=[common], help="make a token (printed once; the server keeps its hash)")
    add.add_argument("name", help="what the token is for, e.g. erp-prod (letters, digits, . _ -)")
    add.add_argument("--scope", choices=integration_tokens.SCOPES, required=True, help="what the token opens")
    add.add_argument("--json", action="store_true", help='print {"name": ..., "scope": ..., "token": ...}')
    listing = token_sub.add_parser("list", parents=[common], help="every token: name, scope, created, last used")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    revoke = token_sub.add_parser("revoke", parents=[common], help="revoke a token: it is refused from now on")
    revoke.add_argument("name")
    watch = sub.add_parser("watch", parents=[common], help="take in master-data CSV files dropped into a folder")
    watch.add_argument("folder", type=Path, help="the folder the ERP writes work_orders.csv, materials.csv ... to")
    watch.add_argument("--every", type=float, default=2.0, help="seconds between passes over the folder (default 2)")
    watch.add_argument(
        "--settle",
        type=float,
        default=2.0,
        help="a file is taken once it has not changed for this many seconds (default 2)",
    )
    watch.add_argument("--once", action="store_true", help="one pass, then exit (for a timer or cron job)")


def _watch(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.dropfolder import DropFolder, watch

    if not 0.05 <= args.every <= 3600 or not 0 <= args.settle <= 3600:
        raise InvalidInput("--every must be from 0.05 to 3600 seconds and --settle from 0 to 3600.")
    folder = DropFolder(engine, args.folder, settle=timedelta(seconds=args.settle))
    folder.prepare()
    if args.once:
        for report in folder.take_in():
            print(_summary(report.as_dict()))
        return 0
    print(f"watching {args.folder} every {args.every:g} s (reports in done/ and rejected/); Ctrl-C stops")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        watch(folder, stop, args.every)
    except KeyboardInterrupt:
        stop.set()
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _summary(report: dict[str, Any]) -> str:
    return (
        f"{report['file']}: {report['outcome']}, {report['accepted_rows']} rows taken, "
        f"{report['rejected_rows']} refused"
    )


def _token(engine: Engine, args: argparse.Namespace) -> int:
    if args.token_command == "add":
        secret = integration_tokens.add_token(engine, args.name, args.scope)
        if args.json:
            print(json.dumps({"name": args.name, "scope": args.scope, "token": secret}))
        else:
            print(f"integration token {args.name} ({args.scope}):")
            print(secret)
            print("Shown once: the server keeps only its hash. Send it as: Authorization: Bearer <token>")
        return 0
    if args.token_command == "list":
        found = integration_tokens.list_tokens(engine)
        for info in found:
            if args.json:
                print(
                    json.dumps(
                        {
                            "name": info.name,
                            "scope": info.scope,
                            "created": info.created_at,
                            "last_used": info.last_used_at,
                            "revoked": info.revoked_at,
                        }
                    )
                )
            else:
                state = f"revoked {info.revoked_at}" if info.revoked_at else "live"
                used = info.last_used_at or "never used"
                print(f"{info.name}\t{info.scope}\tcreated {info.created_at}\tlast used {used}\t{state}")
        if not found and not args.json:
            print("no integration tokens: floorstation-server token add NAME --scope integration")
        return 0
    integration_tokens.revoke_token(engine, args.name)
    print(f"token {args.name} revoked; requests with it are refused from now on")
    return 0


COMMANDS: dict[str, Command] = {"token": _token, "watch": _watch}
"""The commands by name, for the dispatcher of ``floorstation-server``."""
