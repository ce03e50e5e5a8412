"""Render every terminal screen at 1280x800 and 1024x600 into docs/screenshots/*.png, from the real app on an X
display (the xcb platform, as on a station): when DISPLAY is not set, the script starts its own Xvfb.

A demo station is built in a temporary folder and a short shift is played through the real app services, so
the screens show real data: operators signed in, a running task with lots consumed, a machine out of order,
pallets built, printed through the print queue (the demo's PDF printer) and shipped. Run with
``make screenshots``; ``--only NAME`` (repeatable) renders some scenes only, ``--language CODE`` (repeatable)
some languages only. Every scene is drawn in every language of the terminal: English as ``NAME-WxH.png``, the
others as ``NAME-pl-WxH.png``, ``NAME-de-WxH.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1280, 800), (1024, 600))
SCREEN = "1280x800x24"
PLANT_SERVER = "https://floorstation.plant.local:8470"


@contextmanager
def display() -> Iterator[str]:
    """The X display to draw on: $DISPLAY, or an Xvfb started here (and stopped afterwards)."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("screenshots: DISPLAY is not set and Xvfb is not installed (apt-get install xvfb)")
    number = next(n for n in range(99, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"screenshots: Xvfb :{number} did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        yield os.environ["DISPLAY"]
    finally:
        server.terminate()
        server.wait(5)


class StepClock:
    """Station time that starts on a fixed morning and moves a little with every reading (a plausible shift)."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 23, 6, 5, tzinfo=timezone(timedelta(hours=1)))

    def now(self) -> datetime:
        self.current += timedelta(seconds=7)
        return self.current


@dataclass
class Scene:
    name: str
    show: Callable[[], None]
    language: str = "en"
    after: Callable[[], None] | None = None
    """Undo what the scene started (a camera), once its picture is taken."""

    @property
    def file_name(self) -> str:
        return self.name if self.language == "en" else f"{self.name}-{self.language}"


def in_languages(todo: list[Scene], languages: list[str]) -> list[Scene]:
    """Every scene in every language, one language after the other (switching language redraws everything)."""
    return [Scene(scene.name, scene.show, code, scene.after) for code in languages for scene in todo]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", action="append", metavar="NAME", help="render only this scene (repeatable)")
    parser.add_argument(
        "--language", action="append", metavar="CODE", help="render in this language only: en, pl, de (repeatable)"
    )
    args = parser.parse_args(argv)
    from floorstation.ui.i18n import LANGUAGES

    languages = args.language or list(LANGUAGES)
    unknown = [code for code in languages if code not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)} (choose from {', '.join(LANGUAGES)})")
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    with display() as screen:
        print(f"drawing on X display {screen}", file=sys.stderr)
        return _render(args.only, languages)


def _render(only: list[str] | None, languages: list[str]) -> int:
    # Qt and the app are imported only now, with the X display chosen.
    from floorstation import bootstrap, cli
    from floorstation.app.status import ServerInfo
    from floorstation.domain.devices import DeviceState, DeviceStatus
    from floorstation.domain.errors import Refused
    from floorstation.ui import application
    from floorstation.ui.i18n import Translations, translations_dir
    from floorstation.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = application.application()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "station"
        if cli.main(["--data-dir", str(root), "init", "--demo"]) != 0:
            return 1
        station = bootstrap.build(root, clock=StepClock())
        outbox = bootstrap.outbox(station)
        try:
            play_shift(station)
        except Refused as exc:
            print(exc, file=sys.stderr)
            return 1
        translations = Translations(app, _compiled(translations_dir(), Path(tmp)))
        devices = bootstrap.scanners(station)  # not started: the demo camera's pictures would scan themselves
        devices.report(DeviceStatus("goods-in", "camera", DeviceState.CONNECTED, "demo-camera"))
        printing = bootstrap.printing(station, backends=application.print_backends())
        stuck_print_jobs(printing)
        written: list[Path] = []
        for demo in (False, True):
            from floorstation.app.status import LocalSync
            from floorstation.runtime import Runtime

            runtime = Runtime(station, devices=devices, printing=printing, closes_station=False)
            runtime.start()  # the database thread and the print worker; the devices are left as reported above
            handle = runtime.handle()
            sync_now: list[object] = [None]  # a scene may show what a sync round with the server said

            def sync_report(now: list[object] = sync_now) -> object:
                return now[0] or LocalSync(outbox.stats().pending)

            handle.sync_status = sync_report  # type: ignore[assignment]
            handle.server_info = lambda: ServerInfo(PLANT_SERVER, True)  # a plant's station, enrolled
            window = MainWindow(handle, demo=demo, translations=translations, idle_seconds=0)
            act(window.terminal, "marta")
            todo = scenes(window, sync_now, station) if not demo else [Scene("demo", lambda w=window: w.chosen("home"))]
            todo = in_languages(todo, languages)
            for size in SIZES:
                window.resize(*size)
                window.show()
                for scene in todo:
                    if only and scene.name not in only and scene.file_name not in only:
                        continue
                    window.overlay.dismiss()
                    window.toast.hide()  # the last picture's scan is not read again on this one
                    translations.switch(scene.language)
                    settle(app, window)
                    window.prompt()  # each picture starts from the standing line, not the last picture's message
                    scene.show()
                    settle(app, window)
                    written.append(shoot(window, scene.file_name, size))
                    if scene.after is not None:
                        scene.after()
                translations.switch("en")
            window.shutdown()
            runtime.stop()
            window.deleteLater()
            app.processEvents()
        station.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def _compiled(source: Path, tmp: Path) -> Path:
    """The translations folder, with every .ts compiled now if its .qm is missing or older."""
    stale = [ts for ts in source.glob("*.ts") if not ts.with_suffix(".qm").exists()]
    stale += [ts for ts in source.glob("*.ts") if ts.with_suffix(".qm").exists() and _older(ts.with_suffix(".qm"), ts)]
    if not stale:
        return source
    out = tmp / "translations"
    out.mkdir(exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in source.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)
    return out


def act(terminal: Any, operator_id: str) -> None:
    """``operator_id`` acts from now on, as after their badge scan (the terminal shows who app/acting.py says)."""
    terminal.ctx.proofs.proved(operator_id, terminal.ctx.now())
    terminal.set_active(operator_id)


def _older(a: Path, b: Path) -> bool:
    return a.stat().st_mtime < b.stat().st_mtime


def play_shift(station: object) -> None:
    """Everything the screenshots show, recorded through the same services the terminal calls."""
    from floorstation.app import handover, lots, machines, operators, pallets, tasks

    ctx = station.ctx  # type: ignore[attr-defined]
    for badge in ("B1001", "B1002", "B2001", "B3001", "B4001"):
        operators.sign_in(ctx, badge=badge)
    lots.receive_lot(ctx, "anna", material="RESIN-PP", quantity=500, supplier_lot="SUP-7001", expiry=date(2027, 6, 30))
    tasks.start_task(ctx, "304/2023-10", "anna")
    # The lot received just now expires first: using another one needs a reason (FEFO).
    lots.consume_lot(ctx, "304/2023-10", "PP-2401", "anna", quantity=25, fefo_reason="older_lot_not_reachable")
    lots.consume_lot(ctx, "304/2023-10", "MB-0502", "anna", quantity="0.5")
    tasks.stop_task(ctx, "304/2023-10", "anna", good=8000, scrap=40, scrap_reason="flash")
    tasks.start_task(ctx, "306/2023-10", "marta")
    lots.consume_lot(ctx, "306/2023-10", "M01-26327-001", "marta", quantity=6000)
    lots.consume_lot(ctx, "306/2023-10", "BOX-0901", "marta", quantity=3)
    tasks.stop_task(ctx, "306/2023-10", "marta", good=3)
    pallet = pallets.build_pallet(ctx, "marta", "M03-26327-001", 2)
    pallets.record_card_printed(ctx, "marta", card="pallet", subject=pallet.sscc, printer="manual")
    pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SH-0412")
    for _ in range(3):
        pallets.build_pallet(ctx, "marta", "M01-26327-001", 500)
    tasks.start_task(ctx, "304/2023-10", "anna")
    lots.consume_lot(ctx, "304/2023-10", "PP-2402", "anna", quantity=20, fefo_reason="older_lot_damaged")
    tasks.count_task(ctx, "304/2023-10", "anna", good=1200, scrap={"flash": 5, "short_shot": 2}, rework=3)
    handover.leave_note(
        ctx,
        "M02",
        "piotr",
        "Clamp unit leaks oil, maintenance is on it. Check the mould temperature before you start again.",
        task_id="305/2023-10",
    )
    tasks.start_task(ctx, "306/2023-10", "marta")
    tasks.pause_task(ctx, "306/2023-10", "marta", "material")
    machines.mark_machine_down(ctx, "piotr", "M02", "hydraulic_leak", "Oil under the clamp unit")


def stuck_print_jobs(pctx: object) -> None:
    """What the print queue shows: a lot card for a printer that is off (tried once), and a pallet card the
    station was sending when it stopped (it becomes "may have printed" when the terminal starts)."""
    import socket
    from dataclasses import replace

    from floorstation.app import printing
    from floorstation.domain.printjobs import JobState

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens there once the probe is closed: a printer that is off
    off = printing.request_card(pctx, "marta", "lot", "PP-2402", f"escpos+tcp://127.0.0.1:{port}")  # type: ignore[arg-type]
    printing.PrintWorker(pctx).run_once()  # type: ignore[arg-type]
    assert printing.job_state(pctx, off.id).last_error  # type: ignore[arg-type]
    with pctx.uow() as uow:  # type: ignore[attr-defined]
        built = uow.pallets("built")
    job = printing.request_card(pctx, "marta", "pallet", built[-1].sscc)  # type: ignore[arg-type]
    with pctx.uow() as uow:  # type: ignore[attr-defined]
        uow.save_print_job(replace(job, state=JobState.PRINTING, owner=f"pid:999999999@{socket.gethostname()}"))
        uow.commit()


def settle(app: object, window: object, timeout: float = 10.0) -> None:
    """Until the database thread answered everything and the screen drew it (a print job may be running)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        quiet = quiet + 1 if window.bridge.is_idle() else 0  # type: ignore[attr-defined]
        if quiet > 5:
            app.processEvents()  # type: ignore[attr-defined]
            return
        time.sleep(0.01)
    raise RuntimeError("the terminal did not settle")


def shoot(window: object, name: str, size: tuple[int, int]) -> Path:
    path = OUT / f"{name}-{size[0]}x{size[1]}.png"
    window.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def scenes(window: object, sync_now: list[object], station: Any = None) -> list[Scene]:
    """What each picture shows, as a person would get there (taps, scans, the admin's PIN). ``sync_now``: what the
    sync thread reports (a scene puts a report in, as a round with the server would)."""
    from floorstation.app.status import ServerInfo
    from floorstation.domain.devices import DeviceState, DeviceStatus
    from floorstation.domain.errors import FloorstationError
    from floorstation.domain.printjobs import JobState
    from floorstation.domain.scanning import ScanEvent
    from floorstation.sync.worker import ConfigOutcome, SyncStatus
    from floorstation.ui.main_window import MainWindow
    from floorstation.ui.screens.admin_close import AdminPanel
    from floorstation.ui.screens.camera_panel import CameraPanel
    from floorstation.ui.screens.print_jobs import PrintJobsPanel
    from floorstation.ui.screens.refusal import RefusalPanel
    from floorstation.ui.widgets.more_panel import MorePanel
    from floorstation.ui.widgets.signature import SignaturePanel

    assert isinstance(window, MainWindow)
    w, terminal = window, window.terminal

    def wait() -> None:
        settle(_app(), w)

    def scan(code: str) -> None:
        w.on_scan_received(ScanEvent(code, None, "screenshots", datetime.now().astimezone()))
        wait()

    def task(task_id: str = "304/2023-10") -> None:
        terminal.set_machine("M01")
        w.go("task", task_id)

    def count() -> None:
        """The count panel as a person fills it: good typed, then two scrap reasons."""
        from floorstation.ui.screens.count_panels import CountPanel

        task()
        wait()
        w.task.ask_count()
        panel = w.overlay.panel
        assert isinstance(panel, CountPanel)
        for field, typed in (("good", "450"), ("flash", "3"), ("short_shot", "1")):
            button = panel.good_button if field == "good" else panel.scrap_buttons[field]
            button.click()
            for key in typed:
                panel.keypad.press(key)

    def note() -> None:
        """The note offered after "Stop for now", partly typed."""
        task()
        wait()
        w.task.ask_note("M01", "304/2023-10")
        keyboard = w.overlay.panel
        keyboard.type_text("Feeder 2 jams, tap it twice")  # type: ignore[union-attr]

    def refusal(override: bool = False) -> None:
        task()
        wait()
        scan("PP-2312")
        panel = w.overlay.panel
        if override and isinstance(panel, RefusalPanel):
            panel.override_button.click()
            panel.choose_lead("B2001")
            panel.reasons.button("supplier_confirmed").click()

    def settings(tab: str = "station") -> None:
        w.chosen("home")
        w.chosen("settings")
        panel = w.overlay.panel
        assert isinstance(panel, AdminPanel)
        panel.choose("B9001")
        panel.pin.type_pin("9999")
        panel.pin.keypad.accept_button.click()
        wait()
        w.settings.show_tab(tab)

    def pallet_card() -> None:
        w.chosen("pallet")
        wait()
        next(iter(w.pallet.pallet_buttons.values())).click()

    def printed() -> None:
        pallet_card()
        wait()
        if w.pallet.print_button.isEnabled() and (w.pallet.job is None or w.pallet.job.state is not JobState.DONE):
            w.pallet.print_button.click()
        deadline = time.monotonic() + 10
        while (w.pallet.job is None or w.pallet.job.state is not JobState.DONE) and time.monotonic() < deadline:
            wait()

    def void() -> None:
        pallet_card()
        wait()
        w.pallet.void_button.click()

    def dispatch() -> None:
        w.chosen("dispatch")
        wait()
        w.dispatch.customer_buttons["C200"].click()
        if not w.dispatch.loaded_labels:  # one pallet loaded, the others still ready, in every picture
            for sscc in list(w.dispatch.ready_labels)[:1]:
                scan(sscc)

    def print_queue(ask: bool = False) -> None:
        w.chosen("home")
        wait()
        w.status_bar.device_buttons["printer"].click()
        panel = w.overlay.panel
        assert isinstance(panel, PrintJobsPanel)
        deadline = time.monotonic() + 10
        while not panel.rows and time.monotonic() < deadline:
            wait()
        stuck = [row for row in panel.rows.values() if row.job.state == "uncertain"]
        if ask and stuck:
            stuck[0].retry_button.click()

    def camera() -> None:
        registry = w.registry
        assert registry is not None
        registry.start()
        w.chosen("home")
        wait()
        w.status_bar.device_buttons["camera"].click()
        panel = w.overlay.panel
        assert isinstance(panel, CameraPanel)
        deadline = time.monotonic() + 60  # the demo camera shows a label now and then, not all the time
        while (panel.last is None or not panel.pictures) and time.monotonic() < deadline:
            wait()
            time.sleep(0.05)

    def camera_stopped() -> None:
        registry = w.registry
        assert registry is not None
        registry.stop()
        registry.report(DeviceStatus("goods-in", "camera", DeviceState.CONNECTED, "demo-camera"))

    def quality(sign: bool = False) -> None:
        act(terminal, "ewa")
        w.go("quality", "PP-2402")
        wait()
        w.quality.reasons.button("lab_test_pending").click()
        if sign:
            w.quality.hold_button.click()
            panel = w.overlay.panel
            assert isinstance(panel, SignaturePanel)
            panel.choose_badge("B4001")
            panel.pin.type_pin("55")

    def goods_in() -> None:
        terminal.set_mode("goods_in")
        w.chosen("goods_in")

    def production() -> None:
        terminal.set_mode("production")
        act(terminal, "marta")

    def orders_from_planning() -> None:
        """The plant's planning puts 308/2023 on hold and gives it a priority (the ERP does it over HTTP)."""
        from floorstation.domain.catalog import parse_csv
        from floorstation.store.masterdata import import_catalog

        text = "number,product,planned_qty,due_date,priority,status\n308/2023,CAP-38,8000,2026-12-12,10,on_hold\n"
        import_catalog(station.engine, parse_csv(text, "work_orders"))
        terminal.set_machine("M01")
        w.chosen("home")
        w.refresh()
        wait()

    def not_enrolled() -> None:
        w.chosen("sign_in")
        w.enrolment.server = ServerInfo(None, False)
        w.sign_in.set_enrolled(False)

    def code_expired() -> None:
        not_enrolled()
        wait()
        code = "enrol.code_expired"
        hint = "Make a new code for this station on the office's Stations page and scan it."
        terminal.show_error(FloorstationError("This enrolment code has expired.", hint, code=code))

    def enrolled() -> None:
        w.enrolment.server = ServerInfo(PLANT_SERVER, True)
        w.sign_in.set_enrolled(True)
        sync_now[0] = None
        w.poll_sync()

    def behind(restart: bool = False) -> None:
        terminal.set_machine("M01")
        w.chosen("home")
        config = ConfigOutcome(restart=("printers",), mode="production") if restart else None
        sync_now[0] = SyncStatus(online=True, plant_version="0.2.0", config=config)
        w.poll_sync()

    def more() -> None:
        w.chosen("home")
        w.rail.more_button.click()
        assert isinstance(w.overlay.panel, MorePanel)

    return [
        Scene("sign-in", lambda: w.chosen("sign_in")),
        Scene("home", lambda: (terminal.set_machine("M01"), w.chosen("home"))),
        Scene("home-machine-down", lambda: (terminal.set_machine("M02"), w.chosen("home"))),
        Scene("task", task),
        Scene("task-paused", lambda: w.go("task", "306/2023-10")),
        Scene("task-pause-reasons", lambda: (task(), wait(), w.task.ask_pause())),
        Scene("task-stop", lambda: (task(), wait(), w.task.ask_stop())),
        Scene("task-count", count),
        Scene("task-note", note),
        Scene("task-handover", lambda: w.go("task", "305/2023-10")),
        Scene("task-refused", refusal),
        Scene("task-override", lambda: refusal(override=True)),
        Scene("task-fefo", lambda: (task(), wait(), scan("PP-2402"))),
        Scene("pallet", lambda: w.chosen("pallet")),
        Scene("pallet-card", pallet_card),
        Scene("pallet-printed", printed),
        Scene("pallet-void", void),
        Scene("dispatch", dispatch),
        Scene("out-of-order", lambda: (terminal.set_machine("M02"), w.chosen("machine_down"))),
        Scene("trace-picture", lambda: (w.go("trace", "PP-2401"), w.trace.picture_button.click())),
        Scene("trace-table", lambda: (w.go("trace", "PP-2401"), w.trace.table_button.click())),
        Scene("trace-both-ways", lambda: (w.go("trace", "M03-26327-001"), w.trace.picture_button.click())),
        Scene("keyboard", lambda: (w.chosen("trace"), w.trace.ask_code())),
        Scene("settings-pin", lambda: (w.chosen("home"), w.chosen("settings"))),
        Scene("settings", settings),
        Scene("settings-devices", lambda: settings("devices")),
        Scene("settings-language", lambda: settings("language")),
        Scene("more", more),
        Scene("print-queue", print_queue),
        Scene("print-queue-ask", lambda: print_queue(ask=True)),
        Scene("camera", camera, after=camera_stopped),
        Scene("quality", quality, after=production),
        Scene("signature", lambda: quality(sign=True), after=production),
        Scene("goods-in", goods_in, after=production),
        Scene("settings-mode", lambda: settings("mode")),
        Scene("scan-unknown", lambda: (w.chosen("trace"), wait(), scan("B1999"))),
        Scene("scan-not-a-code", lambda: (w.go("trace"), wait(), scan("HELLO-42"))),
        Scene("home-order-on-hold", orders_from_planning),
        Scene("enrol", not_enrolled, after=enrolled),
        Scene("enrol-expired", code_expired, after=enrolled),
        Scene("update-due", behind, after=enrolled),
        Scene("update-settings", lambda: (behind(restart=True), wait(), settings("server")), after=enrolled),
    ]


def _app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


if __name__ == "__main__":
    raise SystemExit(main())
