"""Starting the terminal: the QApplication, theme, translations, Qt's log messages, the keyboard-wedge scanner
and the main window. The composition root (``floorstation.cli``) calls :func:`run` with a built station."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QLocale, QMessageLogContext, Qt, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from floorstation import paths
from floorstation.app.context import StationContext
from floorstation.app.status import DeviceHealth, DeviceReport
from floorstation.config import StationConfig
from floorstation.ui import theme
from floorstation.ui.main_window import DeviceStatusSource, MainWindow, SyncStatusSource

log = logging.getLogger(__name__)
qt_log = logging.getLogger("floorstation.qt")


class StationHandle(Protocol):
    """What the terminal needs of ``floorstation.bootstrap.Station`` (without importing the store)."""

    @property
    def ctx(self) -> StationContext: ...
    @property
    def config(self) -> StationConfig: ...


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, themed; translations loaded for the system language when there are any.

    English is built in; Polish (``resources/translations/floorstation_pl.qm``) comes with the first .ts files.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("floorstation")
    qInstallMessageHandler(_qt_message)
    theme.apply(app)
    translator = QTranslator(app)
    if translator.load(QLocale(), "floorstation", "_", str(paths.resources_dir() / "translations")):
        app.installTranslator(translator)
    return app


def _wedge(window: MainWindow, app: QApplication) -> bool:
    """Install the keyboard-wedge scanner filter, so a scan works whatever has focus; False when there is none."""
    from floorstation.devices.scanner_config import ScannerKind, effective
    from floorstation.ui.wedge_filter import WedgeFilter

    config = next((s for s in effective(window.terminal.config.scanners) if s.kind is ScannerKind.WEDGE), None)
    if config is None:
        return False
    wedge = WedgeFilter(config, parent=window)
    wedge.scan_received.connect(window.on_scan_received)
    app.installEventFilter(wedge)
    window.destroyed.connect(lambda: app.removeEventFilter(wedge))
    return True


def run(
    station: StationHandle,
    *,
    fullscreen: bool = False,
    demo: bool = False,
    sync_status: SyncStatusSource | None = None,
    device_status: DeviceStatusSource | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    """Show the terminal until it is closed (in kiosk mode only with an admin's PIN); returns the exit code."""
    app = application(argv)
    listening: list[DeviceReport] = []

    def devices() -> Sequence[DeviceReport]:
        return [*listening, *(device_status() if device_status else ())]

    window = MainWindow(
        station.ctx, station.config, kiosk=fullscreen, demo=demo, sync_status=sync_status, device_status=devices
    )
    if _wedge(window, app):
        listening.append(DeviceHealth("wedge", "listening", "keyboard wedge"))
    if fullscreen:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    # Python runs signal handlers between Qt callbacks (the status bar's clock ticks every second): Ctrl+C closes
    # like the window's close button (a kiosk asks for the admin PIN), SIGTERM from the system closes at once.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.force_close())
    log.info("terminal started (%s)", "kiosk" if fullscreen else "window")
    try:
        code = app.exec()
    finally:
        window.shutdown()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    return code
