"""What the terminal does with an error nobody expected: its traceback goes to the station's log file
(``logs/floorstation.log``, see ``floorstation.logfile``), the person at the screen reads a plain message, and the
terminal keeps running.

Python calls ``sys.excepthook`` for an exception that escapes a Qt slot or event handler (PySide6 reports it
there and carries on) and ``threading.excepthook`` for one that ends a thread of ours; both are taken over while
the terminal runs. The message is shown on the GUI thread whichever thread failed.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Signals:
    crashed(str): an unexpected error's kind (e.g. ``ZeroDivisionError``), after it was logged and shown."""

    crashed = Signal(str)
    _reported = Signal(str)

    def __init__(self, say: Callable[[str], None], log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._say = say
        self._log_file = log_file
        self._previous: tuple[object, object] | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._on_exception
            threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _on_exception(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("unexpected error in the terminal", exc_info=(kind, error, trace))
        self._reported.emit(kind.__name__)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread else "?"
        log.critical(
            "unexpected error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self._reported.emit(args.exc_type.__name__)

    def _show(self, kind: str) -> None:
        where = str(self._log_file) if self._log_file else self.tr("the station's log")
        self._say(
            self.tr(
                "Something went wrong inside floorstation (%s). What you did last may not be recorded: check it on "
                "the screen and do it again if it is missing. If it keeps happening, call IT (details: %s)."
            )
            % (kind, where)
        )
        self.crashed.emit(kind)
