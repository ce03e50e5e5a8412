"""The ``floorstation-server`` commands of the ERP link: ``token add|list|revoke`` (integration tokens)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from floorstation.server import integration_tokens

Command = Callable[[Engine, argparse.Namespace], int]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    """Adds the commands to ``sub`` (the top-level subparsers); returns them by name for the dispatcher."""
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
    return {"token": _token}


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
