"""A window with a focused text field and the terminal's keyboard-wedge filter, on a real X display.

Run by ``tests/e2e/test_wedge_x11.py`` as ``python -m tests.e2e.wedge_app [--busy-ms N]``. It prints, one line
each: ``ready WID`` once the window is shown, ``scan <raw>`` for every scan, ``typed <text>`` whenever the field's
text changes, and ``key <X time> <text>`` for every key press as X stamped it.
``--busy-ms`` keeps the GUI thread busy for N ms out of every 25 (a terminal redrawing a heavy
screen), so keys wait in the queue as they do on a loaded station.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from floorstation.devices.scanner_config import DEFAULT_WEDGE
from floorstation.domain.scanning import ScanEvent
from floorstation.ui.wedge_filter import WedgeFilter


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class KeyLog(QObject):
    """Every key press as the window system delivered it (installed after the wedge filter, so it sees keys first)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if pressed and isinstance(watched, QWindow) and event.spontaneous():
            say(f"key {event.timestamp()} {event.text()!r}")
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--busy-ms", type=float, default=0.0)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.setWindowTitle("wedge-e2e")
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    field.textChanged.connect(lambda text: say(f"typed {text}"))
    wedge = WedgeFilter(DEFAULT_WEDGE, parent=window)

    def scanned(event: ScanEvent) -> None:
        say(f"scan {event.raw}")

    wedge.scan_received.connect(scanned)
    app.installEventFilter(wedge)
    key_log = KeyLog(window)
    app.installEventFilter(key_log)
    if args.busy_ms > 0:

        def busy() -> None:
            until = time.perf_counter() + args.busy_ms / 1000
            while time.perf_counter() < until:
                pass

        timer = QTimer(window)
        timer.setInterval(25)
        timer.timeout.connect(busy)
        timer.start()
    window.resize(400, 120)
    window.show()
    window.activateWindow()
    field.setFocus()
    QTimer.singleShot(0, lambda: say(f"ready {int(window.winId())}"))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
