"""The ``floorstation-server`` command (DESIGN §9). Every command takes ``--db URL`` or FLOORSTATION_SERVER_DB."""

from __future__ import annotations

import argparse
import getpass
import io
import json
import math
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from floorstation import __version__
from floorstation.domain.errors import FloorstationError
from floorstation.server import admin, cli_provisioning, db, enrollment, integration_cli
from floorstation.server.results import cli as results_cli

EXIT_USER_ERROR = 2
"""Something the person running the command can fix: the message says what (argparse's usage errors too)."""
EXIT_LOG_BROKEN = 3
"""``verify-log`` found a station's stored hash chain broken."""


def _number(low: float, high: float, *, whole: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number from ``low`` to ``high`` (a usage error, exit 2, otherwise)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value) or not low <= value <= high or (whole and value != int(value)):
            kind = "a whole number" if whole else "a number"
            raise argparse.ArgumentTypeError(f"{text!r}: give {kind} from {low:g} to {high:g}")
        return int(value) if whole else value

    return parse


class _Parser(argparse.ArgumentParser):
    """Usage errors in two lines (what is wrong, where to read more), exit 2, rather than the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message}\n  See: {self.prog} --help\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="floorstation-server", description="The central floorstation server.")
    parser.add_argument("--version", action="version", version=f"floorstation-server {__version__}")
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB (default: ${db.ENV_DB}, "
        "else a SQLite file in the platform's data folder)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", parents=[common], help="serve the API (uvicorn)")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=_number(1, 65535, whole=True), default=8470)
    run.add_argument("--certfile", type=Path, help="TLS certificate (PEM); with --keyfile the server speaks HTTPS")
    run.add_argument("--keyfile", type=Path, help="TLS private key (PEM)")
    run.add_argument(
        "--max-body-mb",
        type=_number(0.01, 1024),
        default=8.0,
        help="largest upload body an enrolled station may send, in MiB (413 above, refused before it is read; "
        "default 8). Requests without a valid station token never have their body read.",
    )
    run.add_argument(
        "--max-anonymous",
        type=_number(1, 10_000, whole=True),
        default=16,
        help="requests without a station token (enrollments) served at once; more get 503 at once (default 16)",
    )
    run.add_argument(
        "--limit-concurrency",
        type=_number(1, 100_000, whole=True),
        default=1000,
        help="connections and requests open at once, all clients together; more get 503 (uvicorn; default 1000)",
    )
    run.add_argument(
        "--max-concurrent-batches",
        type=_number(1, 10_000, whole=True),
        default=8,
        help="batches stored at once; more wait briefly, then get 503 with Retry-After (backpressure)",
    )
    run.add_argument(
        "--profile",
        type=Path,
        help="trace profile JSON for EPCIS exports (default: $FLOORSTATION_SERVER_PROFILE); it seeds the server's "
        "database once, when that holds none yet; after that it is edited in the office's Settings",
    )
    run.add_argument(
        "--packages",
        type=Path,
        metavar="DIR",
        help="serve this apt repository of floorstation packages (scripts/apt-repo.sh) at /packages/ for the "
        "stations' updates (default: $FLOORSTATION_PACKAGES_DIR; not served when neither is set)",
    )
    run.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    run.add_argument(
        "--max-clock-skew-min",
        type=_number(0.01, 10 * 365 * 24 * 60),
        default=15.0,
        help="lot decisions of a station whose clock is further off the server's (or dated further ahead) are stored "
        "and raised as alarms, not applied (default 15)",
    )
    run.add_argument(
        "--retention-days",
        type=_number(1, 36_600),
        default=90.0,
        help="send tombstones (cleared marks) one by one this long; older cursors get a snapshot (default 90)",
    )
    run.add_argument(
        "--webhook-timeout-s",
        type=_number(0.1, 600),
        default=10.0,
        help="how long a webhook endpoint may take to answer before the request is retried (default 10)",
    )
    run.add_argument(
        "--webhook-retry-s",
        type=_number(0.01, 3600),
        default=1.0,
        help="wait after a webhook's first failure; it doubles with each failure in a row up to 10 min (default 1)",
    )
    run.add_argument(
        "--webhook-batch",
        type=_number(1, 10_000, whole=True),
        default=100,
        help="events or confirmations at most in one webhook request (default 100)",
    )
    compact = sub.add_parser(
        "compact-changes", parents=[common], help="retire change-feed tombstones older than the retention"
    )
    compact.add_argument(
        "--retention-days", type=_number(1, 36_600), default=90.0, help="how long tombstones are sent one by one"
    )
    compact.add_argument(
        "--all-stations",
        action="store_true",
        help="after restoring the server: every station replaces what it downloaded with a snapshot",
    )

    enroll = sub.add_parser("enroll", parents=[common], help="make a one-time enrollment code for a station")
    enroll.add_argument("station")
    enroll.add_argument("--json", action="store_true", help='print {"station": ..., "code": ...}')
    enroll.add_argument(
        "--valid-days", type=_number(1, 3650), default=7.0, help="how long the code can be used: 1 to 3650 (default 7)"
    )
    enroll.add_argument("--server-url", help="put this server URL into the QR code too")

    revoke = sub.add_parser("revoke", parents=[common], help="revoke every token of a station")
    revoke.add_argument("station")

    imp = sub.add_parser("import", parents=[common], help="load master data (same format as the station import)")
    imp.add_argument("file", type=Path)

    lot = sub.add_parser("lot-status", parents=[common], help="hold, release or recall a lot (sent to stations)")
    lot.add_argument("lot")
    lot.add_argument("status", choices=["hold", "released", "recalled"])
    lot.add_argument("--reason", help="why (shown at every station that refuses the lot)")
    lot.add_argument("--by", help="who decided (default: the user running this command)")

    resolve = sub.add_parser(
        "resolve-collision", parents=[common], help="mark a lot code made at two stations as checked by hand"
    )
    resolve.add_argument("lot")

    st = sub.add_parser("stations", parents=[common], help="stations: last contact, pending, version, clock")
    st.add_argument("--json", action="store_true")

    alarms = sub.add_parser("alarms", parents=[common], help="alarms someone must look at, newest first")
    alarms.add_argument("--station", help="only this station's")
    alarms.add_argument("--limit", type=_number(1, 1_000_000, whole=True), default=100, help="how many (default 100)")
    alarms.add_argument("--json", action="store_true", help="one JSON object per line")

    export = sub.add_parser("export-events", parents=[common], help="stored events, one JSON envelope per line")
    export.add_argument("--station")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")

    recall = sub.add_parser("recall", parents=[common], help="recall report or traceability export for a lot")
    recall.add_argument("lot")
    recall.add_argument(
        "--format",
        choices=["json", "csv", "epcis", "fsma204", "xlsx"],
        default="json",
        help="json/csv: the recall report; epcis: EPCIS 2.0 JSON-LD; fsma204: the FSMA 204 sheet as CSV (as XLSX "
        "when --output ends in .xlsx); xlsx: the FSMA 204 sheet as XLSX (needs --output)",
    )
    recall.add_argument(
        "--output", type=Path, help="write here instead of to stdout (a new file, mode 0600; never through a symlink)"
    )
    recall.add_argument(
        "--profile",
        type=Path,
        help="trace profile JSON: GS1 company prefix, site, partners (default: $FLOORSTATION_SERVER_PROFILE, else "
        "the one kept by the server, edited in the office's Settings); needed by epcis, fsma204 and xlsx",
    )
    recall.add_argument(
        "--max-depth",
        type=_number(1, 10_000, whole=True),
        default=50,
        help="how many steps the genealogy walk may take",
    )

    verify = sub.add_parser("verify-log", parents=[common], help="re-check every station's stored hash chain")
    verify.add_argument("--station", help="only this station")

    user = sub.add_parser("user", parents=[common], help="plant office users: add, list, disable")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", parents=[common], help="add an office user (the password is read from stdin)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["manager", "quality", "planner", "admin", "viewer"])
    add.add_argument("--password-stdin", action="store_true", required=True, help="read the password from stdin")
    add.add_argument("--language", choices=["en", "pl", "de"], default="en", help="the office's language for them")
    user_sub.add_parser("list", parents=[common], help="every office user, their role and language")
    disable = user_sub.add_parser("disable", parents=[common], help="disable a user and end their sessions")
    disable.add_argument("name")

    integration_cli.add_parsers(sub, common)
    _COMMANDS.update(cli_provisioning.add_commands(sub, common))
    results_cli.add_parsers(sub, common)
    sub.add_parser("migrate", parents=[common], help="create or upgrade the database schema and exit")
    sub.add_parser("rebuild", parents=[common], help="rebuild the plant projections (lots, genealogy ...) from events")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        engine = db.open_database(db.database_url(args.db))
    except FloorstationError as exc:
        return _fail(exc)
    except (OSError, SQLAlchemyError) as exc:
        return _fail(FloorstationError(f"Cannot open the server database: {_first_line(exc)}", "Check --db."))
    try:
        return int(_COMMANDS[args.command](engine, args))
    except FloorstationError as exc:
        return _fail(exc)
    except BrokenPipeError:
        return 0
    finally:
        engine.dispose()


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [exc.__class__.__name__])[0][:300]


def _fail(exc: FloorstationError) -> int:
    print(f"floorstation-server: {exc.message}", file=sys.stderr)
    if exc.hint:
        print(f"  {exc.hint}", file=sys.stderr)
    return EXIT_USER_ERROR


def _packages_dir(given: Path | None) -> Path | None:
    from floorstation.server.packages import ENV_PACKAGES

    folder = given or (Path(os.environ[ENV_PACKAGES]) if os.environ.get(ENV_PACKAGES) else None)
    if folder is not None and not (folder / "Packages").is_file():
        raise FloorstationError(
            f"{folder} is not an apt repository of floorstation packages (it has no Packages index).",
            "Make it with scripts/apt-repo.sh REPO dist/*.deb (make apt-repo), then start the server again.",
        )
    return folder


def _run(engine: Engine, args: argparse.Namespace) -> int:
    import uvicorn

    from floorstation.server import plant_profile
    from floorstation.server.app import ServerSettings, create_app
    from floorstation.server.feed import keep_retiring, retire_once
    from floorstation.server.recall import load_profile
    from floorstation.server.reporting.period import PlantCalendar
    from floorstation.server.reporting.upkeep import keep_refreshing
    from floorstation.server.results.delivery import DeliverySettings, keep_delivering
    from floorstation.server.sscc import ENV_PREFIX, plan_from_environment

    if bool(args.certfile) != bool(args.keyfile):
        raise FloorstationError("TLS needs both --certfile and --keyfile.")
    profile = plant_profile.seed(engine, load_profile(args.profile))  # a file seeds the database once
    settings = ServerSettings(
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
        max_anonymous=args.max_anonymous,
        max_concurrent_batches=args.max_concurrent_batches,
        trace_profile=profile,
        sscc_plan=plan_from_environment(profile.company_prefix if profile else None),
        max_clock_skew=timedelta(minutes=args.max_clock_skew_min),
        packages_dir=_packages_dir(args.packages),
    )
    if settings.sscc_plan is None:
        print(
            f"floorstation-server: no GS1 company prefix ({ENV_PREFIX} or --profile): stations enrolled now get no "
            "SSCC block of their own and keep their station.toml range.",
            file=sys.stderr,
        )
    if args.retention_days < 1:
        raise FloorstationError("--retention-days must be at least 1.", "Stations offline longer need a snapshot.")
    retention = timedelta(days=args.retention_days)
    # Once a day across the server processes on this database (replicas started together run it once).
    if (done := retire_once(engine, retention, RETIRE_EVERY)) is not None:
        print(f"change feed: {done.retired} tombstones older than {args.retention_days:g} days retired")
    from floorstation.server.office.users import list_users

    if not list_users(engine):
        print(
            "floorstation-server: the plant office (/) has no users yet: "
            "floorstation-server user add NAME --role admin --password-stdin",
            file=sys.stderr,
        )
    app = create_app(engine, settings)
    _tune_gc()
    stop = threading.Event()
    threading.Thread(
        target=keep_retiring, args=(engine, retention, RETIRE_EVERY, stop), name="feed-retention", daemon=True
    ).start()
    delivery = DeliverySettings(
        batch=args.webhook_batch, timeout_s=args.webhook_timeout_s, backoff_first_s=args.webhook_retry_s
    )
    threading.Thread(
        target=keep_delivering, args=(engine, stop, delivery), name="webhook-delivery", daemon=True
    ).start()
    # The reports' shift figures, brought up to date about once a minute (at start: worked out in full if new).
    calendar = settings.plant_calendar or PlantCalendar.from_environment()
    threading.Thread(target=keep_refreshing, args=(engine, calendar, stop), name="report-figures", daemon=True).start()
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            ssl_certfile=str(args.certfile) if args.certfile else None,
            ssl_keyfile=str(args.keyfile) if args.keyfile else None,
            log_level=args.log_level,
            limit_concurrency=args.limit_concurrency,
        )
    finally:
        stop.set()
    return 0


def _tune_gc() -> None:
    """The cyclic garbage collector of a serving process: what start-up made is frozen (never scanned again), and
    a collection comes after 50,000 new objects instead of 700. An upload batch makes some 100,000 short-lived
    objects (its events, payloads, rows) that reference counting frees; with the defaults the collector ran over
    and over through them and cost a fifth of the server's CPU per batch (docs/capacity.md)."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 50, 50)


RETIRE_EVERY = timedelta(days=1)
"""How often a running server retires change-feed tombstones older than the retention."""


def _enroll(engine: Engine, args: argparse.Namespace) -> int:
    code = enrollment.create_code(engine, args.station, valid=timedelta(days=args.valid_days))
    if args.json:
        print(json.dumps({"station": args.station, "code": code}))
        return 0
    print(f"enrollment code for station {args.station}: {code}")
    print(f"valid for {args.valid_days:g} days, once. On the station: floorstation enroll --server URL --code {code}")
    if sys.stdout.isatty():
        print(qr_text(args.station, code, args.server_url))
    return 0


def qr_text(station: str, code: str, server_url: str | None = None) -> str:
    import qrcode

    qr = qrcode.QRCode(border=1)
    qr.add_data(enrollment.qr_content(station, code, server_url))
    out = io.StringIO()
    qr.print_ascii(out=out, tty=False, invert=True)
    return out.getvalue()


def _revoke(engine: Engine, args: argparse.Namespace) -> int:
    n = enrollment.revoke(engine, args.station)
    print(f"revoked {n} token(s) of station {args.station}; it must enroll again")
    return 0


def _import(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.masterdata import import_catalog, read_catalog

    counts = import_catalog(engine, read_catalog(args.file))
    print("imported " + (", ".join(f"{n} {k}" for k, n in counts.items()) or "nothing (the file is empty)"))
    return 0


def _lot_status(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.domain.master import LotStatus
    from floorstation.server.masterdata import set_lot_status

    by = args.by or getpass.getuser()
    done = set_lot_status(engine, args.lot, LotStatus(args.status), reason=args.reason, by=by)
    if not done.changed:
        print(f"{done.code} was already {done.before}; nothing changed")
    else:
        print(f"{done.code}: {done.before} → {done.after}; stations get it at their next sync")
    return 0


def _resolve_collision(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.lotcodes import resolve

    resolved = resolve(engine, args.lot)
    if not resolved:
        print(f"{args.lot}: no unresolved lot-code collision; nothing changed")
    else:
        print(f"{args.lot}: {resolved} collision(s) marked checked; its recall reports no longer say AMBIGUOUS")
    return 0


def _stations(engine: Engine, args: argparse.Namespace) -> int:
    rows = admin.stations(engine)
    if args.json:
        for row in rows:
            print(json.dumps(row.as_dict(), sort_keys=True))
        return 0
    print(
        f"{'station':<16} {'enrolled':<8} {'last contact':<14} {'pending':>7} {'oldest':>8} {'events':>8} "
        f"{'version':<10} clock offset"
    )
    for r in rows:
        oldest = f"{r.oldest_pending_age_s:.0f} s" if r.oldest_pending_age_s is not None else "-"
        offset = admin.offset_text(r.clock_offset_ms)
        pending = "-" if r.pending_count is None else str(r.pending_count)
        print(
            f"{r.station_id:<16} {'yes' if r.enrolled else 'no':<8} {admin.ago(r.last_contact_at):<14} "
            f"{pending:>7} {oldest:>8} {r.events:>8} {r.app_version or '-':<10} {offset}"
        )
    return 0


def _alarms(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.alarms import recent

    found = recent(engine, limit=max(1, args.limit), station_id=args.station)
    for alarm in found:
        if args.json:
            print(json.dumps(alarm.as_dict(), sort_keys=True, ensure_ascii=False))
            continue
        where = f" {alarm.station_id}" if alarm.station_id else ""
        record = f" epoch {alarm.epoch} seq {alarm.seq}" if alarm.seq is not None else ""
        print(f"{alarm.at} {alarm.kind}{where}{record}: {alarm.detail}")
    if not found and not args.json:
        print("no alarms")
    return 0


def _export(engine: Engine, args: argparse.Namespace) -> int:
    out = sys.stdout
    for event in admin.iter_events(engine, args.station):
        out.write(json.dumps(event.as_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def _recall(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server import plant_profile
    from floorstation.server.recall import build_recall, load_profile, render

    if args.output is not None:
        _check_output(args.output)
    fmt = args.format
    if fmt == "fsma204" and args.output is not None and args.output.suffix.lower() == ".xlsx":
        fmt = "xlsx"
    if fmt == "xlsx" and args.output is None:
        raise FloorstationError("The XLSX sheet is a binary file: give --output FILE.xlsx.")
    profile = load_profile(args.profile) or plant_profile.stored(engine)
    with engine.connect() as conn:
        recall = build_recall(conn, args.lot, max_depth=args.max_depth)
    data = render(recall, fmt, profile)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_private(args.output, data)
        report = recall.report
        print(
            f"recall of {args.lot}: {len(report.affected)} affected lot(s), {len(report.shipped)} shipped pallet(s) "
            f"to {len(report.customers)} customer(s); {fmt} written to {args.output}",
            file=sys.stderr,
        )
    if not recall.report.complete:
        print("floorstation-server: the report is INCOMPLETE: " + "; ".join(recall.report.notes), file=sys.stderr)
    return 0


def _check_output(path: Path) -> None:
    if not path.parent.is_dir():
        raise FloorstationError(
            f"The folder {path.parent} does not exist.", "Create it, or give --output another path."
        )
    if path.is_symlink():
        raise FloorstationError(
            f"{path} is a symbolic link; the report is not written through it.", "Give a plain path."
        )
    if path.exists() and not path.is_file():
        raise FloorstationError(f"{path} exists and is not a file.", "Give --output a file path.")


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by its owner only (0600): through a temporary file in the same folder,
    renamed over the target, so a reader never sees half a report; a symlink at ``path`` is refused, never
    followed (a report names customers)."""
    folder = path.parent
    if not folder.is_dir():
        raise FloorstationError(f"The folder {folder} does not exist.", "Create it, or give --output another path.")
    if path.is_symlink():
        raise FloorstationError(
            f"{path} is a symbolic link; the report is not written through it.", "Give a plain path."
        )
    if path.exists() and not path.is_file():
        raise FloorstationError(f"{path} exists and is not a file.", "Give --output a file path.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)  # O_EXCL, mode 0600, no link followed
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)  # replaces a link put there meanwhile, never writes through it
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise FloorstationError(
            f"Cannot write {path}: {exc.strerror}.", "Check the folder and its permissions."
        ) from None


def _verify_log(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.alarms import counts
    from floorstation.server.logcheck import verify_logs

    results = verify_logs(engine, args.station)
    if args.station and not results:
        raise FloorstationError(f"Station {args.station!r} is not known to this server.")
    raised = counts(engine)
    for result in results:
        # An intact chain proves the station's log was not altered, not that what it says was right: the alarms
        # say what the server would not take from it.
        alarmed = raised.get(result.station_id, 0)
        note = f"; {alarmed} alarm(s): floorstation-server alarms --station {result.station_id}" if alarmed else ""
        if result.bad is None:
            print(f"{result.station_id}: {result.events} events, chain intact{note}")
        else:
            print(f"{result.station_id}: BROKEN at {result.bad}{note}")
    broken = [r for r in results if r.bad is not None]
    if broken:
        print(f"floorstation-server: first bad record: {broken[0].bad}", file=sys.stderr)
        return EXIT_LOG_BROKEN
    return 0


def _user(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.office import users

    if args.user_command == "add":
        password = sys.stdin.readline().rstrip("\r\n")
        added = users.add_user(engine, args.name, args.role, password, language=args.language)
        print(f"office user {added.name} added ({added.role}, {added.language}); sign in at /login")
    elif args.user_command == "list":
        found = users.list_users(engine)
        for u in found:
            print(f"{u.name:<24} {u.role:<8} {u.language:<3} {'disabled' if u.disabled else 'active'}")
        if not found:
            print("no office users: floorstation-server user add NAME --role admin --password-stdin")
    elif users.disable_user(engine, args.name):
        print(f"office user {args.name} disabled; their sessions are ended")
    else:
        print(f"office user {args.name} was already disabled")
    return 0


def _migrate(engine: Engine, args: argparse.Namespace) -> int:
    print(f"server database at schema {db.head_revision()}")
    return 0


def _compact(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.feed import compact

    if args.retention_days < 1:
        raise FloorstationError("--retention-days must be at least 1.", "Stations offline longer need a snapshot.")
    done = compact(engine, timedelta(days=args.retention_days), everyone=getattr(args, "all_stations", False))
    print(f"change feed: {done.retired} tombstones older than {args.retention_days:g} days retired")
    if done.horizon:
        print(f"stations whose download cursor is below {done.horizon} start over from a snapshot")
    return 0


def _rebuild(engine: Engine, args: argparse.Namespace) -> int:
    from floorstation.server.projections import rebuild

    with engine.begin() as conn:
        replayed = rebuild(conn)
    print(f"plant projections rebuilt from {replayed} events")
    return 0


_COMMANDS: dict[str, integration_cli.Command] = {
    "run": _run,
    "enroll": _enroll,
    "revoke": _revoke,
    "import": _import,
    "lot-status": _lot_status,
    "resolve-collision": _resolve_collision,
    "stations": _stations,
    "alarms": _alarms,
    "export-events": _export,
    "recall": _recall,
    "verify-log": _verify_log,
    "user": _user,
    "migrate": _migrate,
    "rebuild": _rebuild,
    "compact-changes": _compact,
    **integration_cli.COMMANDS,
    **results_cli.COMMANDS,
}
