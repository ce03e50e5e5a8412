"""The ``floorstation-server webhook add|list|remove`` commands (results out to an ERP)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from floorstation.domain.errors import InvalidInput
from floorstation.server import admin
from floorstation.server.results import webhooks

Command = Callable[[Engine, argparse.Namespace], int]


def _webhook_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give the webhook's number from webhook list")
    return int(text)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Adds ``webhook`` and ``erpnext-push`` to ``sub`` (the top-level subparsers); :data:`COMMANDS` runs them."""
    hook = sub.add_parser("webhook", parents=[common], help="endpoints that get new events and confirmations")
    hook_sub = hook.add_subparsers(dest="webhook_command", required=True)
    add = hook_sub.add_parser("add", parents=[common], help="send new events and/or confirmations to URL")
    add.add_argument("url")
    add.add_argument(
        "--events",
        metavar="TYPES",
        help="comma-separated event types (task.stopped,lot.consumed ...) and/or confirmation; default: every event",
    )
    add.add_argument("--secret", help="the HMAC signing secret (at least 16 characters; default: made and shown)")
    add.add_argument(
        "--replay", action="store_true", help="send what the server already holds too, not only what arrives from now"
    )
    add.add_argument("--json", action="store_true", help='print {"id": ..., "secret": ...}')
    listing = hook_sub.add_parser("list", parents=[common], help="webhooks: last success, last error, backlog")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    remove = hook_sub.add_parser("remove", parents=[common], help="stop sending to a webhook and forget it")
    remove.add_argument("id", type=_webhook_id)
    push = sub.add_parser(
        "erpnext-push", parents=[common], help="book confirmations into ERPNext (Job Card time logs, Stock Entries)"
    )
    push.add_argument("--site", type=Path, required=True, help="erpnext.toml: URL, API key, warehouses (docs/erp.md)")
    push.add_argument(
        "--cursor-file",
        type=Path,
        required=True,
        help="where the number of the last confirmation booked is kept between runs (made if missing)",
    )


def _erpnext_push(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.results import erpnext

    site = erpnext.read_site(args.site)
    text = args.cursor_file.read_text(encoding="utf-8").strip() if args.cursor_file.exists() else "0"
    if not text.isdigit():
        raise InvalidInput(f"{args.cursor_file} holds {text[:40]!r}, not a confirmation number.", "Fix or remove it.")
    since = int(text)

    def keep(number: int) -> None:
        args.cursor_file.write_text(f"{number}\n", encoding="utf-8")

    last, lines = erpnext.push(engine, site, since, booked=keep)
    for line in lines:
        print(line)
    print(f"booked confirmations {since + 1} to {last}" if last > since else "no new confirmations")
    return 0


def _webhook(engine: Engine, args: argparse.Namespace) -> int:

    if args.webhook_command == "add":
        webhook_id, secret = webhooks.add(engine, args.url, events=args.events, secret=args.secret, replay=args.replay)
        if args.json:
            print(json.dumps({"id": webhook_id, "secret": secret}))
            return 0
        print(f"webhook {webhook_id} added: {args.url}")
        if args.secret is None:
            print(f"signing secret (shown once; the endpoint checks X-Floorstation-Signature with it): {secret}")
        print("the running server sends it what arrives from now on" + (", and what it holds" if args.replay else ""))
        return 0
    if args.webhook_command == "remove":
        url = webhooks.remove(engine, int(args.id))
        print(f"webhook {args.id} removed ({url}); nothing more is sent to it")
        return 0
    found = webhooks.status(engine)
    for w in found:
        if args.json:
            print(json.dumps(w.as_dict(), sort_keys=True, ensure_ascii=False))
            continue
        state = "DEAD" if w.dead else ("failing" if w.failures else "alive")
        print(f"{w.id:>4} {state:<7} {w.url}")
        print(f"     events: {','.join(w.events)}   backlog: {w.backlog}")
        print(f"     last success: {admin.ago(w.last_success_at)}   last error: {admin.ago(w.last_error_at)}")
        if w.failures:
            print(f"     {w.failures} failure(s) in a row since {w.failing_since}: {w.last_error}")
            print(f"     next attempt: {w.next_attempt_at}")
    if not found and not args.json:
        print("no webhooks: floorstation-server webhook add URL")
    return 0


COMMANDS: dict[str, Command] = {"webhook": _webhook, "erpnext-push": _erpnext_push}
