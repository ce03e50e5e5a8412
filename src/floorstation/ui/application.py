"""Starting the terminal: the QApplication, theme, translations, Qt's log messages, the keyboard-wedge scanner
and the main window. The command (``floorstation.cli``) builds and starts ``floorstation.runtime.Runtime`` and
calls :func:`run` with its one handle; the runtime stops everything after :func:`run` returns."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QMessageLogContext, QPoint, QSize, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from floorstation.app.handle import StationHandle
from floorstation.ui import theme
from floorstation.ui.crash import CrashHandler
from floorstation.ui.i18n import Translations
from floorstation.ui.main_window import MainWindow

log = logging.getLogger(__name__)
qt_log = logging.getLogger("floorstation.qt")


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


GIL_SWITCH_S = 0.0005


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, themed, with Qt's own messages going to Python logging."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("floorstation")
    # Every Qt event passes our Python event filters (wedge scanner, idle sign-out), so the GUI thread needs the
    # GIL for each one; with Python's default 5 ms switch interval a database-thread refresh running at the same
    # time made the screen wait up to 5 ms per event. A shorter interval keeps scans and taps answered at once.
    sys.setswitchinterval(GIL_SWITCH_S)
    qInstallMessageHandler(_qt_message)
    theme.apply(app)
    return app


def print_backends() -> dict[str, Callable[..., Any]]:
    """Printer languages that need Qt (``qt://`` office printers), for ``bootstrap.printing(backends=...)``.

    Qt's print support is loaded when a ``qt://`` printer is first opened, not while the terminal starts."""

    def open_qt(url: Any) -> Any:
        from floorstation.ui import qt_printer

        return qt_printer.backends()["qt"](url)

    return {"qt": open_qt}


class WedgePiece:
    """The keyboard-wedge scanner as a piece of the runtime: its Qt event filter installed on the application
    when started (so a scan works whatever has focus), removed when stopped. Its scans go to the device
    registry, which hands every scan (wedge, serial, camera) to the window the same way."""

    name = "wedge"

    def __init__(self, window: MainWindow, app: QApplication, station: StationHandle) -> None:
        from floorstation.ui.wedge_filter import WedgeFilter

        self._app = app
        devices = station.devices
        config = devices.wedge if devices is not None else None
        # Not a child of the window: the runtime stops it after the window is gone.
        self.filter = WedgeFilter(config) if config is not None else None
        if self.filter is not None:
            self.filter.scan_received.connect(devices.publish_scan if devices is not None else window.on_scan_received)

    def start(self) -> None:
        if self.filter is not None:
            self._app.installEventFilter(self.filter)

    def stop(self) -> None:
        if self.filter is not None:
            self._app.removeEventFilter(self.filter)


def _after_first_screen(
    window: MainWindow, later: Callable[[], None], *, after_ms: int = 200, at_latest_ms: int = 3000
) -> None:
    """Call ``later`` once, ``after_ms`` after the first reading of the station is on screen (so the screen is
    drawn and answering first), or after ``at_latest_ms`` whatever happens."""
    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            later()

    window.terminal.view_changed.connect(lambda _view: QTimer.singleShot(after_ms, once))
    QTimer.singleShot(at_latest_ms, once)


#: The size the terminal is designed for; a smaller screen gets a window as big as it has room for.
DESIGN_SIZE = QSize(1280, 800)


def window_size(available: QSize) -> QSize:
    """A window that fits the screen's free area (a 1024x600 panel gets 1024x600, never 1280x800)."""
    return DESIGN_SIZE.boundedTo(available)


def place(window: QWidget, *, fullscreen: bool, screen: QScreen | None = None) -> None:
    """Show the window on ``screen`` (the primary one by default).

    Full screen, the window takes the screen's whole geometry itself: on a bare X session without a window
    manager (a kiosk) nobody else sizes it, and ``showFullScreen`` alone leaves it at its old size with black
    margins. It follows the screen when that changes (another panel plugged in, a rotation).
    """
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if fullscreen:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        screen.geometryChanged.connect(window.setGeometry)
        return
    available = screen.availableGeometry()
    size = window_size(available.size())
    window.resize(size)
    window.move(available.topLeft() + QPoint((available.width() - size.width()) // 2, 0))
    window.show()


def run(
    station: StationHandle, *, fullscreen: bool = False, demo: bool = False, argv: Sequence[str] | None = None
) -> int:
    """Show the terminal until it is closed (in kiosk mode only with an admin's PIN); returns the exit code.

    ``station``: the runtime's handle; what can wait until the first screen is up (``after_first_screen``) is
    started then; unexpected errors are named to the person with the handle's log file instead of a traceback.
    """
    app = application(argv)
    translations = Translations(app)
    translations.choose(station.config.language)
    window = MainWindow(station, kiosk=fullscreen, demo=demo, translations=translations)
    crash = CrashHandler(lambda text: window.say(text, "error"), station.log_file, parent=window)
    crash.install()
    station.attach(WedgePiece(window, app, station))
    place(window, fullscreen=fullscreen)
    _after_first_screen(window, station.after_first_screen)
    # Python runs signal handlers between Qt callbacks (the status bar's clock ticks every second): Ctrl+C closes
    # like the window's close button (a kiosk asks for the admin PIN), SIGTERM from the system closes at once.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.force_close())
    log.info("terminal started (%s, %s)", "kiosk" if fullscreen else "window", translations.language)
    try:
        code = app.exec()
    finally:
        crash.uninstall()
        window.shutdown()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    return code
