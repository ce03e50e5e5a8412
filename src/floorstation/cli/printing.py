"""``floorstation print ...``: pallet cards and lot cards through the station's print queue (docs/printers.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from floorstation import bootstrap
from floorstation.domain.printjobs import JobState, PrintJob

if TYPE_CHECKING:
    from floorstation.devices.printing.factory import BackendFactory
    from floorstation.devices.printing.urls import PrinterUrl
    from floorstation.domain.ports import CardPrinter

EXIT_QUEUED = 4
"""The card is safely queued but the printer has not taken it yet (off, out of paper): it prints later."""

_CARDS = {"pallet-card": "pallet", "lot-card": "lot"}


def add_commands(sub: Any) -> dict[str, Callable[[Path, argparse.Namespace], int]]:
    """Register ``print`` on the ``floorstation`` parser; returns its handler by name."""
    cmd = sub.add_parser("print", help="print pallet cards and lot cards; show and retry the print queue")
    verbs = cmd.add_subparsers(dest="print_command", required=True)
    for name, card in _CARDS.items():
        p = verbs.add_parser(name, help=f"print the {card} card of a {'pallet (SSCC)' if card == 'pallet' else 'lot'}")
        p.add_argument("subject", metavar="SSCC" if card == "pallet" else "LOT")
        p.add_argument(
            "--printer",
            metavar="NAME|URL",
            help="a printer named in station.toml, or a URL such as escpos+tcp://10.0.0.9:9100 "
            f"(default: the station's printer for {card} cards)",
        )
        p.add_argument("--reprint", action="store_true", help="print again a card printed before (marked REPRINT)")
        p.add_argument("--operator", metavar="ID", help="the signed-in operator asking (recorded on the event)")
        p.add_argument("--wait", type=float, default=15.0, metavar="S", help="seconds to wait for the printer")
    jobs = verbs.add_parser("jobs", help="list print jobs that are waiting, stuck or failed")
    jobs.add_argument("--all", action="store_true", help="also the printed and cancelled ones")
    jobs.add_argument("--json", action="store_true")
    run = verbs.add_parser("run", help="send queued jobs now (the terminal does this by itself)")
    run.add_argument("--wait", type=float, default=0.0, metavar="S", help="keep retrying for up to S seconds")
    for name, text in (("retry", "send a stuck, failed or uncertain job again"), ("cancel", "drop a job")):
        verbs.add_parser(name, help=text).add_argument("job")
    preview = verbs.add_parser("preview", help="write the card as a PNG image")
    preview.add_argument("card", choices=list(_CARDS))
    preview.add_argument("subject")
    preview.add_argument("--out", type=Path, required=True)
    test = verbs.add_parser("test-card", help="send a sample pallet card (not queued, not recorded)")
    test.add_argument("--printer", metavar="NAME|URL", help="default: the station's printer for pallet cards")
    verbs.add_parser("printers", help="the printers in station.toml, their roles, and whether each can be opened")
    return {"print": _print}


def _qt_printer(url: PrinterUrl) -> CardPrinter:
    """``qt://`` printers print through the UI's Qt backend; PySide6 is loaded only when one is used."""
    from floorstation.ui.qt_printer import QtCardPrinter

    return QtCardPrinter(url)


def _qt_backends() -> dict[str, BackendFactory]:
    """``backends`` for ``bootstrap.printing``: this command prints to ``qt://`` printers too."""
    return {"qt": _qt_printer}


def _print(root: Path, args: argparse.Namespace) -> int:
    from floorstation.app import printer_choice, printing
    from floorstation.devices.printing.printer_config import absolute_url
    from floorstation.domain.cards import document

    station = bootstrap.build(root)
    if getattr(args, "printer", None):
        args.printer = absolute_url(args.printer, station.root)
    try:
        pctx = bootstrap.printing(station, backends=_qt_backends())
        command = args.print_command
        if command in _CARDS:
            return _card(pctx, _CARDS[command], args)
        if command == "jobs":
            return _jobs(printing.list_jobs(pctx, open_only=not args.all), as_json=args.json)
        if command == "run":
            worker = printing.PrintWorker(pctx)
            worker.recover()
            worker.drain(args.wait)
            left = printing.list_jobs(pctx)
            _jobs(left, as_json=False)
            return EXIT_QUEUED if any(j.state is JobState.QUEUED for j in left) else 0
        if command == "retry":
            job = printing.retry_job(pctx, args.job)
            printing.PrintWorker(pctx).drain(15.0, until=lambda: printing.job_state(pctx, job.id).state != "queued")
            return _outcome(printing.job_state(pctx, job.id))
        if command == "cancel":
            printing.cancel_job(pctx, args.job)
            print(f"print job {args.job} cancelled")
            return 0
        if command == "preview":
            png = printing.preview_card(pctx, _CARDS[args.card], args.subject)  # type: ignore[arg-type]
            args.out.write_bytes(png)
            print(f"written {args.out}")
            return 0
        if command == "printers":
            return _printers(pctx)
        chosen = printer_choice.choose(pctx.station_printers, "pallet", args.printer)
        pctx.printers.open(chosen.url).send(document(_test_card(), pctx.layout))
        print(f"test card sent to {chosen.label}")
        return 0
    finally:
        station.close()


def _card(pctx: Any, card: str, args: argparse.Namespace) -> int:
    from floorstation.app import printing

    worker = printing.PrintWorker(pctx)
    worker.recover()
    job = printing.request_card(pctx, args.operator, card, args.subject, args.printer, reprint=args.reprint)  # type: ignore[arg-type]

    def settled() -> bool:
        return printing.job_state(pctx, job.id).state is not JobState.QUEUED

    worker.drain(args.wait, until=settled)
    return _outcome(printing.job_state(pctx, job.id))


def _outcome(job: PrintJob) -> int:
    what = f"{job.card} card {job.subject}{' (reprint)' if job.reprint else ''}"
    if job.state is JobState.DONE:
        print(f"printed {what} on {job.printer}")
        return 0
    if job.state is JobState.QUEUED:
        print(
            f"{what} is queued as job {job.id}: {job.last_error or 'the printer has not taken it yet'}\n"
            "  It prints as soon as the printer is ready (the terminal, or 'floorstation print run --wait 600').",
            file=sys.stderr,
        )
        return EXIT_QUEUED
    print(f"{what}: job {job.id} is {job.state.value}: {job.last_error or ''}", file=sys.stderr)
    return 1


def _jobs(jobs: list[PrintJob], *, as_json: bool) -> int:
    for job in jobs:
        if as_json:
            data = asdict(job)
            data.pop("card_json")
            data["state"] = job.state.value
            print(json.dumps(data, ensure_ascii=False, sort_keys=True))
        else:
            error = f"  {job.last_error}" if job.last_error and job.state is not JobState.DONE else ""
            print(
                f"{job.id}  {job.state.value:<9} {job.card:<6} {job.subject:<20} tries {job.attempts:<3} "
                f"{job.printer}{'  REPRINT' if job.reprint else ''}{error}"
            )
    if not jobs and not as_json:
        print("no print jobs")
    return 0


def _printers(pctx: Any) -> int:
    from floorstation.app.printing import default_printer
    from floorstation.domain.errors import FloorstationError

    if not pctx.station_printers:
        print("no printers in station.toml: cards need --printer URL (docs/printers.md, [[printer]] tables)")
        return 0
    for printer in pctx.station_printers:
        defaults = [kind for kind in ("pallet", "lot") if default_printer(pctx, kind) is printer]
        role = printer.role.value + (f", default for {' and '.join(defaults)} cards" if defaults else "")
        try:
            pctx.printers.open(printer.target)
            state = "ready to use"
        except FloorstationError as exc:
            state = f"CANNOT BE USED: {exc}"
        print(f"{printer.name:<12} {role}\n{'':<12} {printer.target}\n{'':<12} {state}")
    return 0


def _test_card() -> Any:
    from floorstation.domain.cards import PalletCard

    return PalletCard(
        sscc="106141412345678908",
        product="TEST",
        product_name="floorstation test card",
        gtin="09501101530003",
        lot="TEST-LOT-1",
        quantity=Decimal(48),
        unit="pcs",
        station="TEST",
        expiry=date(2030, 12, 31),
        produced_on=date.today(),
    )
