"""Render every terminal screen at 1280x800 and 1024x600 into docs/screenshots/*.png (offscreen, no display).

A demo station is built in a temporary folder and a short shift is played through the real app services, so
the screens show real data: operators signed in, a running task with lots consumed, a machine out of order,
a pallet shipped to a customer. Run with ``make screenshots``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from floorstation import bootstrap, cli
from floorstation.app import lots, machines, operators, pallets, tasks
from floorstation.app.status import LocalSync
from floorstation.domain.errors import Refused
from floorstation.domain.scanning import ScanEvent
from floorstation.ui import application
from floorstation.ui.main_window import MainWindow
from floorstation.ui.screens.refusal import RefusalPanel

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZES = ((1280, 800), (1024, 600))


class StepClock:
    """Station time that starts on a fixed morning and moves a little with every reading (a plausible shift)."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 23, 6, 5, tzinfo=timezone(timedelta(hours=1)))

    def now(self) -> datetime:
        self.current += timedelta(seconds=7)
        return self.current


def play_shift(station: bootstrap.Station) -> None:
    """Everything the screenshots show, recorded through the same services the terminal calls."""
    ctx = station.ctx
    for badge in ("B1001", "B1002", "B2001", "B3001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, "304/2023-10", "anna")
    lots.consume_lot(ctx, "304/2023-10", "PP-2401", "anna", quantity=25)
    lots.consume_lot(ctx, "304/2023-10", "MB-0502", "anna", quantity="0.5")
    tasks.stop_task(ctx, "304/2023-10", "anna", good=8000, scrap=40, scrap_reason="flash")
    tasks.start_task(ctx, "306/2023-10", "marta")
    lots.consume_lot(ctx, "306/2023-10", "M01-26327-001", "marta", quantity=6000)
    lots.consume_lot(ctx, "306/2023-10", "BOX-0901", "marta", quantity=3)
    tasks.stop_task(ctx, "306/2023-10", "marta", good=3)
    pallet = pallets.build_pallet(ctx, "marta", "M03-26327-001", 2)
    pallets.record_card_printed(ctx, "marta", card="pallet", subject=pallet.sscc, printer="manual")
    pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SH-0412")
    tasks.start_task(ctx, "304/2023-10", "anna")
    lots.consume_lot(ctx, "304/2023-10", "PP-2402", "anna", quantity=20)
    tasks.start_task(ctx, "306/2023-10", "marta")
    tasks.pause_task(ctx, "306/2023-10", "marta", "material")
    machines.mark_machine_down(ctx, "piotr", "M02", "hydraulic_leak", "Oil under the clamp unit")


def settle(app: QApplication, window: MainWindow, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if window.bridge.is_idle():
            app.processEvents()
            return
        time.sleep(0.005)
    raise RuntimeError("the terminal did not settle")


def shoot(app: QApplication, window: MainWindow, name: str, size: tuple[int, int]) -> Path:
    settle(app, window)
    path = OUT / f"{name}-{size[0]}x{size[1]}.png"
    window.grab().save(str(path))
    return path


def scenes(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    terminal = window.terminal

    def refusal(override: bool) -> Callable[[], None]:
        def show() -> None:
            window.go("task", "304/2023-10")
            window.on_scan_received(ScanEvent("PP-2312", None, "screenshots", datetime.now().astimezone()))
            if override:
                settle_later.append(lambda: _override_page(window))

        return show

    return [
        ("sign-in", lambda: window.go("sign_in")),
        ("home", lambda: (terminal.set_machine("M01"), window.go("home"))),
        ("home-machine-down", lambda: (terminal.set_machine("M02"), window.go("home"))),
        ("task", lambda: (terminal.set_machine("M01"), window.go("task", "304/2023-10"))),
        ("task-paused", lambda: window.go("task", "306/2023-10")),
        ("task-pause-reasons", lambda: (window.go("task", "304/2023-10"), window.task.ask_pause())),
        ("task-stop", lambda: (window.go("task", "304/2023-10"), window.task.ask_stop())),
        ("task-refused", refusal(False)),
        ("task-override", refusal(True)),
        ("pallet", lambda: window.go("pallet")),
        ("pallet-card", lambda: (window.go("pallet"), settle_later.append(lambda: _first_pallet(window)))),
        ("out-of-order", lambda: (terminal.set_machine("M02"), window.go("machine_down"))),
        ("trace-picture", lambda: (window.go("trace", "PP-2401"), window.trace.picture_button.click())),
        ("trace-table", lambda: (window.go("trace", "PP-2401"), window.trace.table_button.click())),
        ("trace-both-ways", lambda: (window.go("trace", "M03-26327-001"), window.trace.picture_button.click())),
        ("keyboard", lambda: (window.go("trace"), window.trace.ask_code())),
    ]


settle_later: list[Callable[[], None]] = []


def _first_pallet(window: MainWindow) -> None:
    buttons = list(window.pallet.pallet_buttons.values())
    if buttons:
        buttons[0].click()


def _override_page(window: MainWindow) -> None:
    panel = window.overlay.panel
    if isinstance(panel, RefusalPanel):
        panel.override_button.click()
        panel.choose_lead("B2001")
        panel.reasons.button("quality_approved").click()


def main() -> int:
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
        written = []
        for demo in (False, True):
            window = MainWindow(
                station.ctx,
                station.config,
                demo=demo,
                sync_status=lambda: LocalSync(outbox.stats().pending),
                idle_seconds=0,
            )
            window.terminal.set_active("marta")
            todo = scenes(window) if not demo else [("demo", lambda w=window: w.go("home"))]
            for size in SIZES:
                window.resize(*size)
                window.show()
                for name, show in todo:
                    window.overlay.dismiss()
                    show()
                    settle(app, window)
                    while settle_later:
                        settle_later.pop(0)()
                    written.append(shoot(app, window, name, size))
            window.shutdown()
            window.deleteLater()
            app.processEvents()
        station.close()
    for path in written:
        print(path.relative_to(OUT.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
