"""``floorstation enroll`` and ``floorstation sync``: the station's side of the central server."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from floorstation import __version__, bootstrap
from floorstation.domain.errors import FloorstationError
from floorstation.domain.versions import is_behind

EXIT_OFFLINE = 4


def add_commands(sub: Any) -> dict[str, Callable[[Path, argparse.Namespace], int]]:
    """Register the subcommands on the ``floorstation`` parser; returns their handlers by name."""
    enroll = sub.add_parser("enroll", help="enroll this station with the central server (one-time code)")
    enroll.add_argument(
        "--server", metavar="URL", help="e.g. https://floorstation.plant.local:8470 (not needed with the QR text)"
    )
    enroll.add_argument(
        "--code",
        required=True,
        help="the code from 'floorstation-server enroll STATION', or the text of the office's QR code as a scanner "
        "reads it",
    )
    enroll.add_argument("--ca-bundle", type=Path, help="CA certificate(s) the server's TLS certificate is signed by")

    sync = sub.add_parser("sync", help="upload events, download master data (keeps running; --once for one round)")
    sync.add_argument("--once", action="store_true", help="upload everything pending and download once, then exit")
    sync.add_argument("--interval", type=float, default=10.0, help="seconds between rounds while all is well")
    return {"enroll": _enroll, "sync": _sync}


def _enroll(root: Path, args: argparse.Namespace) -> int:
    from floorstation.sync import server_credentials

    ca = str(args.ca_bundle.resolve()) if args.ca_bundle else None
    if ca and not Path(ca).is_file():
        raise FloorstationError(f"The CA bundle {ca} does not exist.")
    from floorstation.domain.enrolment_code import read_enrolment_code

    server, code = args.server, args.code
    if (scanned := read_enrolment_code(code)) is not None:
        server, code = server or scanned.server, scanned.code
    if not server:
        raise FloorstationError("Which server?", "Give --server URL (the office's QR text names it too).")
    station = bootstrap.build(root)
    try:
        station_id = station.config.station_id
        if scanned is not None and scanned.station != station_id:
            raise FloorstationError(
                f"This enrolment code is for station {scanned.station}, but this is {station_id}.",
                f"Make a code for {station_id} on the office's Stations page.",
            )
        bootstrap.enroll(station, server, code, ca_bundle=ca)
        in_use = bootstrap.sscc_in_use(station)
    finally:
        station.close()
    print(f"station {station_id} enrolled with {server} (token saved in {server_credentials.path_in(root)})")
    print(f"SSCC range: {in_use.describe()}")
    if in_use.warning():
        print(f"  warning: {in_use.warning()}")
    return 0


def _sync(root: Path, args: argparse.Namespace) -> int:
    from floorstation.sync import server_credentials
    from floorstation.sync.client import SyncClient, SyncError

    station = bootstrap.build(root)
    try:
        if args.once:
            enrolled = server_credentials.load(root, station.config.station_id)
            with SyncClient(enrolled.url, enrolled.token, bootstrap.outbox(station), verify=enrolled.verify) as client:
                try:
                    done = client.drain()
                    downloaded = client.download(bootstrap.change_sink(station))
                    answer = client.heartbeat()
                except SyncError as exc:
                    print(f"floorstation: {exc.message}", file=sys.stderr)
                    if exc.hint:
                        print(f"  {exc.hint}", file=sys.stderr)
                    return EXIT_OFFLINE
            left = bootstrap.outbox(station).stats().pending
            print(
                f"uploaded {done.acked} events ({done.flagged} flagged by the server); {left} pending; "
                f"{downloaded} master-data changes applied"
            )
            if answer.config is not None:
                taken = bootstrap.take_server_config(station, answer.config)
                if taken.refused:
                    print(f"the server's configuration for this station is not used: {taken.refused}")
            if is_behind(__version__, answer.plant_version):
                print(f"the plant runs {answer.plant_version}; this station runs {__version__}: update it")
            return 0
        return _run_worker(station, args.interval)
    finally:
        station.close()


def _run_worker(station: bootstrap.Station, interval: float) -> int:
    last: tuple[object, ...] = ()

    def show(status: Any) -> None:
        nonlocal last
        key = (status.online, status.pending, status.last_error)
        if key != last:
            last = key
            state = "online" if status.online else "offline"
            error = f" ({status.last_error})" if status.last_error else ""
            print(f"{time.strftime('%H:%M:%S')} {state}, {status.pending} pending{error}", flush=True)

    worker = bootstrap.sync_worker(station, interval=interval, on_status=show)
    worker.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        worker.stop()
    return 0
