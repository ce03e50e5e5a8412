"""The ``floorstation`` command (DESIGN §9). Messages for people, exit codes for scripts."""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from floorstation import bootstrap, entry, logfile, paths
from floorstation import config as station_config
from floorstation.cli import config_show as cli_config
from floorstation.cli import devices as cli_devices
from floorstation.cli import printing as cli_print
from floorstation.cli import restore as cli_restore
from floorstation.cli import sync as cli_sync
from floorstation.domain.errors import DatabaseDamaged, FloorstationError, HistoryMissing, InvalidInput
from floorstation.domain.quantities import fmt

if TYPE_CHECKING:
    from floorstation.domain.genealogy import Genealogy

log = logging.getLogger(__name__)

#: Exit codes (README, "Exit codes"): 0 done; 1 ``scan explain`` found errors in the scan; 2 something to fix
#: (a wrong argument, unknown lot, refused import); 3 the event log or database is altered, damaged or missing;
#: 4 not done yet (server unreachable, card still queued); 70 an unexpected error (details in the log file).
EXIT_USER_ERROR = 2
EXIT_TAMPERED = 3
EXIT_DAMAGED = 3
EXIT_BUG = 70
EXIT_INTERRUPTED = 130
DEMO_MARKER = "DEMO"
#: The demo stations by mode: their configuration (resources/demo/), and their data folders beside the production
#: demo's (``demo``, ``demo-goods-in``, ``demo-dispatch``; with --data-dir D: D, D-goods-in, D-dispatch).
DEMO_CONFIGS = {"production": "station.toml", "goods_in": "goods-in.toml", "dispatch": "dispatch.toml"}
DEMO_SUFFIXES = {"production": "", "goods_in": "-goods-in", "dispatch": "-dispatch"}


def _parser() -> argparse.ArgumentParser:
    parser = entry.top_parser()
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", help="create a station data folder")
    init.add_argument("--demo", action="store_true", help="with the demo plant (3 machines, 5 work orders, ...)")
    init.add_argument("--station-id", help="this station's id (required without --demo)")
    init.add_argument("--station-code", help="short code for lot codes made at goods-in (required without --demo)")

    imp = sub.add_parser("import", help="load master data from a JSON or CSV file")
    imp.add_argument("file", type=Path)

    sim = sub.add_parser("simulate", help="play a realistic shift through the real services")
    sim.add_argument("--actions", type=int, default=100)
    sim.add_argument("--seed", type=int, default=1)
    sim.add_argument("--quiet", action="store_true", help="print only the summary")

    demo = sub.add_parser("demo", help="the terminal on a seeded demo plant, with a panel of codes to scan")
    demo.add_argument(
        "--actions", type=int, help="simulated actions to play first (default: 60 when the plant is new, else 0)"
    )
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--fresh", action="store_true", help="start the demo plant over")
    demo.add_argument(
        "--mode",
        choices=station_config.MODES,
        default="production",
        help="which demo station: production (presses and packing), goods_in (the dock) or dispatch; each has its "
        "own data folder, and all share the first one's server",
    )
    demo.add_argument(
        "--headless", action="store_true", help="play the shift, check the log and sync it, without a screen"
    )

    sub.add_parser("verify-log", help="check that no event was altered, removed, inserted or reordered")
    sub.add_parser("rebuild", help="rebuild every projection from the event log")

    trace = sub.add_parser(
        "trace",
        help="backward and forward genealogy of a lot: this station's records and its copy of the plant's "
        "(the server is asked live when that copy is behind)",
    )
    trace.add_argument("lot")
    trace.add_argument("--json", action="store_true")
    trace.add_argument("--max-depth", type=int, default=20)
    trace.add_argument("--offline", action="store_true", help="do not ask the server, even when the copy is behind")

    events = sub.add_parser("events", help="list recorded events")
    events.add_argument("--tail", type=int, metavar="N", help="only the last N")
    events.add_argument("--json", action="store_true", help="one JSON envelope per line")
    _COMMANDS.update(cli_sync.add_commands(sub))
    _COMMANDS.update(cli_print.add_commands(sub))
    _COMMANDS.update(cli_devices.register(sub))
    _COMMANDS.update(cli_restore.add_commands(sub))
    _COMMANDS.update(cli_config.add_commands(sub))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever goes wrong, a person reads one or two lines that say what to do; the traceback of
    anything unexpected goes to the station's log file (``logs/floorstation.log``)."""
    if (answered := entry.quick_answer(sys.argv[1:] if argv is None else argv)) is not None:
        return answered
    args = _parser().parse_args(argv)
    root = paths.data_dir(args.data_dir)
    with logfile.recording(root) as log_file:
        try:
            handler = _COMMANDS.get(args.command or "run")
            assert handler is not None
            return handler(root, args)
        except FloorstationError as exc:
            _tell(exc)
            return EXIT_DAMAGED if isinstance(exc, DatabaseDamaged | HistoryMissing) else EXIT_USER_ERROR
        except BrokenPipeError:
            return 0
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
        except Exception as exc:
            from floorstation.store import failures

            if (known := failures.translate(exc, paths.database_path(root))) is not None:
                _tell(known)
                return EXIT_DAMAGED if isinstance(known, DatabaseDamaged) else EXIT_USER_ERROR
            log.exception("floorstation %s failed", args.command or "run")
            print(f"floorstation: unexpected error ({type(exc).__name__}: {exc})", file=sys.stderr)
            where = f"the details are in {log_file}" if log_file else "run it again with a valid --data-dir to log it"
            print(f"  Nothing more was done; {where}. Tell IT if it happens again.", file=sys.stderr)
            return EXIT_BUG


def _tell(exc: FloorstationError) -> None:
    print(f"floorstation: {exc.message}", file=sys.stderr)
    if exc.hint:
        print(f"  {exc.hint}", file=sys.stderr)


def _run(root: Path, args: argparse.Namespace) -> int:
    return _terminal(root, fullscreen=args.fullscreen, demo=False)


def _terminal(root: Path, *, fullscreen: bool, demo: bool, before_sync: Callable[[], object] | None = None) -> int:
    """The touchscreen terminal on this station, run by ``floorstation.runtime`` (database thread, print worker,
    scanners and cameras, sync thread; see its start order); returns when closed, everything stopped.

    ``before_sync``: what the sync thread waits for before it starts (the demo's server), on a thread of its own."""
    from floorstation import runtime
    from floorstation.ui.application import print_backends, run

    station = runtime.build(root, backends=print_backends(), before_sync=before_sync)
    try:
        station.start()
        return run(station.handle(), fullscreen=fullscreen, demo=demo)
    finally:
        station.stop()


def _init(root: Path, args: argparse.Namespace) -> int:
    cfg_path = paths.config_path(root)
    if cfg_path.exists():
        raise FloorstationError(f"{root} already holds a station.", "Use another --data-dir, or remove it first.")
    if args.demo:
        config_file = DEMO_CONFIGS[getattr(args, "demo_config", "production")]
        text = (paths.resources_dir() / "demo" / config_file).read_text(encoding="utf-8")
    else:
        if not (args.station_id and args.station_code):
            raise FloorstationError("A station needs an id and a code.", "Give --station-id and --station-code.")
        text = station_config.dump(station_config.StationConfig(args.station_id, args.station_code))
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o700)
    cfg_path.touch(mode=0o600)
    cfg_path.write_text(text, encoding="utf-8")
    try:
        station = bootstrap.build(root)
    except FloorstationError:
        cfg_path.unlink()
        raise
    if args.demo:
        from floorstation.demo import camera_pictures
        from floorstation.store.masterdata import import_catalog, read_catalog

        (root / DEMO_MARKER).write_text(
            "This folder holds the demo station; 'floorstation demo --fresh' may delete it.\n"
        )
        counts = import_catalog(station.engine, read_catalog(paths.resources_dir() / "demo" / "plant.json"))
        print("demo plant loaded: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
        camera_pictures.write(root / camera_pictures.FOLDER)  # what the demo's [[camera]] plays
    in_use = bootstrap.sscc_in_use(station)
    station.close()
    print(f"station {station.config.station_id} created in {root}")
    print(f"SSCC range: {in_use.describe()}")
    if in_use.warning():
        print(f"  warning: {in_use.warning()}")
    return 0


def _import(root: Path, args: argparse.Namespace) -> int:
    from floorstation.store.masterdata import import_catalog, read_catalog

    catalog = read_catalog(args.file)
    station = bootstrap.build(root)
    try:
        counts = import_catalog(station.engine, catalog)
    except InvalidInput as exc:  # name the file: the catalogue's own messages name the row and field
        raise InvalidInput(f"{args.file.name}: {exc.message}", exc.hint, code=exc.code, params=exc.params) from None
    finally:
        station.close()
    print("imported " + (", ".join(f"{n} {k}" for k, n in counts.items()) or "nothing (the file is empty)"))
    return 0


def _demo_pins() -> dict[str, str]:
    plant = json.loads((paths.resources_dir() / "demo" / "plant.json").read_text(encoding="utf-8"))
    return {o["id"]: o["pin"] for o in plant.get("operators", []) if o.get("pin")}


def _simulate(root: Path, args: argparse.Namespace, *, quiet: bool | None = None) -> int:
    from floorstation.app.simulate import ShiftSimulator
    from floorstation.store import eventlog

    station = bootstrap.build(root)
    try:
        with station.engine.connect() as conn:
            last = eventlog.tail(conn, 1)
        start = datetime.now().astimezone() - timedelta(seconds=ShiftSimulator.STEP_SECONDS * args.actions)
        if last and last[0].occurred() > start:
            start = last[0].occurred()
        quiet = args.quiet if quiet is None else quiet
        sim = ShiftSimulator(station.ctx, start=start, seed=args.seed, pins=_demo_pins(), echo=None if quiet else print)
        report = sim.run(args.actions)
        with station.engine.connect() as conn:
            total = eventlog.count(conn)
    finally:
        station.close()
    print(
        f"{report.actions} actions: {sum(report.done.values())} done, {sum(report.refused.values())} refused; "
        f"{total} events in the log"
    )
    for name, n in sorted(report.done.items()):
        print(f"  done     {name:<16} {n}")
    for name, n in sorted(report.refused.items()):
        print(f"  refused  {name:<16} {n}")
    return 0


def _demo(root_default: Path, args: argparse.Namespace) -> int:
    explicit = args.data_dir or os.environ.get(paths.ENV_DATA_DIR)
    base = root_default if explicit else paths.data_dir() / "demo"
    root = base.with_name(base.name + DEMO_SUFFIXES[args.mode])
    if args.fresh and root.exists():
        if not (root / DEMO_MARKER).exists():
            raise FloorstationError(
                f"{root} holds a station that is not the demo; --fresh only ever deletes a demo station.",
                "Give the demo its own folder with --data-dir.",
            )
        shutil.rmtree(root)
    created = not paths.config_path(root).exists()
    if created:
        _init(root, argparse.Namespace(demo=True, station_id=None, station_code=None, demo_config=args.mode))
    from floorstation.demo import embedded_server

    # The server runs in a process of its own. The headless demo starts it at once (it boots while the shift
    # plays); the terminal once its first screen is up, from the thread that then starts the sync thread.
    station_id = station_config.load(paths.config_path(root)).station_id
    # The demo stations share the production demo's server (so their SSCC blocks come from one allocation).
    with embedded_server.EmbeddedServer(base / embedded_server.FOLDER) as server:
        if args.headless:
            server.start(root, station_id)
        actions = args.actions if args.actions is not None else (60 if created and args.mode == "production" else 0)
        if actions > 0:
            print(f"\nplaying {actions} actions of a shift at the demo station ({root}):\n")
            _simulate(root, argparse.Namespace(actions=actions, seed=args.seed, quiet=False))
            print()
        _verify(root, args)
        if args.headless:
            url = server.wait()
            report = embedded_server.sync_once(root, server)
            print(report.line(station_id, url))
            return cli_sync.EXIT_OFFLINE if report.error else 0
        return _terminal(
            root, fullscreen=args.fullscreen, demo=True, before_sync=lambda: server.start(root, station_id).wait()
        )


def _verify(root: Path, args: argparse.Namespace) -> int:
    from floorstation.store import eventlog, log_anchor
    from floorstation.store.db import make_engine

    db, backups = paths.database_path(root), paths.backup_dir(root)
    config = paths.config_path(root)
    epoch = station_config.load(config).epoch if config.exists() else None  # raised: restored on purpose
    try:
        log_anchor.check_file(db, backups, epoch)
        if not db.exists():
            raise FloorstationError(f"There is no station database in {root}.", "Check --data-dir.")
        engine = make_engine(db)
        try:
            checked, problem = eventlog.verify(engine)
            if problem is None and (history := log_anchor.problem(engine, db, backups, epoch)) is not None:
                raise history
        finally:
            engine.dispose()
    except (DatabaseDamaged, HistoryMissing) as exc:
        print(f"event log BROKEN: {exc.message}", file=sys.stderr)
        print(f"  {exc.hint}", file=sys.stderr)
        return EXIT_TAMPERED
    if problem is not None:
        who = f" (event {problem.event_id})" if problem.event_id else ""
        print(f"event log BROKEN at seq {problem.seq}{who}: {problem.problem}", file=sys.stderr)
        return EXIT_TAMPERED
    print(f"event log OK: {checked} events, hash chain intact")
    return 0


def _rebuild(root: Path, args: argparse.Namespace) -> int:
    from floorstation.store.projections import rebuild

    station = bootstrap.build(root)
    try:
        with station.engine.connect() as conn:
            replayed = rebuild(conn)
            conn.commit()
    finally:
        station.close()
    print(f"projections rebuilt from {replayed} events")
    return 0


_SOURCE_TAG = {"station": "", "plant": "  [plant copy]", "server": "  [server, live]"}


def _trace_sources(result: Genealogy) -> list[str]:
    """Where the answer comes from and how fresh each part is."""
    copy = f"as of {result.plant_as_of}" if result.plant_as_of else "never downloaded"
    lines = [f"sources: this station; plant copy {copy}"]
    if result.server_asked_at:
        lines[0] += f"; server asked live at {result.server_asked_at}"
    elif result.server_unreachable:
        lines.append(f"  the server could not be asked ({result.server_unreachable}): the plant part is {copy}")
    return lines


def _trace(root: Path, args: argparse.Namespace) -> int:
    from floorstation.app.lookup import ask_server_when_behind
    from floorstation.store.trace import trace

    station = bootstrap.build(root)
    try:
        with station.engine.connect() as conn:
            result = trace(conn, args.lot.strip(), max_depth=args.max_depth)
        if not args.offline:
            ask_server_when_behind(station.ctx, result)
    finally:
        station.close()
    if not (result.lots or result.backward or result.forward):
        where = " or to the server." if result.server_asked_at else "."
        hint = "Check the lot code."
        if result.server_unreachable:
            hint += f" The server could not be asked: {result.server_unreachable}"
        raise FloorstationError(
            f"Lot {args.lot.strip()!r} is not known at this station or in its copy of the plant's genealogy{where}",
            hint,
        )
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
        return 0
    info = result.lots.get(result.lot)
    if info is None:
        print(f"lot {result.lot}: known only from its links")
    else:
        print(
            f"lot {result.lot}: {info.material}, status {info.status}"
            + (f", expires {info.expiry}" if info.expiry else "")
        )
    for line in _trace_sources(result):
        print(line)
    print("\nbackward (what went into it):")
    for link in result.backward or []:
        src = result.lots.get(link.input_lot)
        supplier = f" from {src.supplier} lot {src.supplier_lot}" if src and src.supplier else ""
        print(
            f"  {'  ' * (link.depth - 1)}{link.input_lot}{supplier} -> {link.output_lot}: {fmt(link.quantity)} "
            f"on {link.machine_id} by {link.operator_id} at {link.occurred_at}{_SOURCE_TAG[link.source]}"
        )
    if not result.backward:
        print("  nothing recorded")
    print("\nforward (where it went):")
    for link in result.forward:
        print(
            f"  {'  ' * (link.depth - 1)}{link.input_lot} -> {link.output_lot}: {fmt(link.quantity)} "
            f"on {link.machine_id} at {link.occurred_at}{_SOURCE_TAG[link.source]}"
        )
    if not result.forward:
        print("  nothing recorded")
    for pallet in result.pallets:
        shipped = f", shipped to {pallet.customer_id} on {pallet.shipment_id}" if pallet.customer_id else ""
        print(f"  pallet {pallet.sscc}: {fmt(pallet.quantity)} of {pallet.lot_code} ({pallet.status}{shipped})")
    for note in result.truncated:
        print(f"\nincomplete: {note}")
    return 0


def _events(root: Path, args: argparse.Namespace) -> int:
    from floorstation.store import eventlog

    station = bootstrap.build(root)
    try:
        with station.engine.connect() as conn:
            events = eventlog.tail(conn, args.tail) if args.tail is not None else list(eventlog.iter_events(conn))
    finally:
        station.close()
    for event in events:
        if args.json:
            print(json.dumps(event.as_dict(), ensure_ascii=False, sort_keys=True))
        else:
            payload = " ".join(f"{k}={v}" for k, v in event.payload.items() if v not in (None, ""))
            print(f"{event.seq:>6} {event.occurred_at} {event.type:<20} {event.operator_id or '-':<8} {payload}")
    return 0


_COMMANDS = {
    "run": _run,
    "init": _init,
    "import": _import,
    "simulate": _simulate,
    "demo": _demo,
    "verify-log": _verify,
    "rebuild": _rebuild,
    "trace": _trace,
    "events": _events,
}


if __name__ == "__main__":
    raise SystemExit(main())
