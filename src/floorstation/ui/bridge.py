"""The one bridge between the station core and Qt: app-service calls run on one database thread.

Every read and write of the station's database goes through :meth:`Bridge.submit`, which runs the call on a
single worker thread (SQLite wants one writer; serialising reads with writes also keeps each screen's picture
consistent) and posts the outcome back to the GUI thread through a queued signal. The GUI thread never
touches the database and never waits for it (Anki's collection executor, Electrum's one device thread).
"""

from __future__ import annotations

import gc
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from floorstation.domain.errors import FloorstationError

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[FloorstationError], None]


@dataclass(slots=True)
class _Outcome:
    call: int
    result: Any
    error: BaseException | None


@dataclass(slots=True)
class _Callbacks:
    name: str
    on_done: OnDone | None
    on_error: OnError | None


class _GuiThreadCollector:
    """Python's cyclic garbage collection, run only on the GUI thread while a bridge is open.

    The collector runs in whichever thread happens to allocate; if that is the database thread and a cycle
    holds a Qt widget, the widget is destroyed outside the GUI thread and the process crashes. So automatic
    collection is off while a bridge exists and a GUI-thread timer collects instead (qutebrowser does the same).
    """

    bridges = 0

    @classmethod
    def opened(cls) -> None:
        if cls.bridges == 0:
            gc.disable()
        cls.bridges += 1

    @classmethod
    def closed(cls) -> None:
        cls.bridges -= 1
        if cls.bridges == 0:
            gc.enable()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


class Bridge(QObject):
    """Runs core calls off the GUI thread and delivers their results on it.

    Signals:
        failed(FloorstationError): a call failed with an error for the person at the station and no
            ``on_error`` handler took it; the main window shows its message and hint.
        bug_raised(BaseException): a call failed with anything else (a bug); logged, shown, and re-raised.
        settled(): nothing is queued or running any more (tests wait for it instead of sleeping).
    """

    failed = Signal(object)
    bug_raised = Signal(object)
    settled = Signal()
    _delivered = Signal(object)
    _relayed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One worker: every database call of the terminal is serialised on it (see the module docstring).
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-db")
        self._pending = 0
        # Callbacks (bound to widgets) stay on this thread: only the call and its plain arguments travel, so no
        # reference to a Qt object is ever dropped on the database thread.
        self._callbacks: dict[int, _Callbacks] = {}
        self._ids = itertools.count()
        # Queued even when the call finished before submit() returned, so a callback never runs re-entrantly.
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relays: dict[int, Callable[[Any], None]] = {}
        self._relayed.connect(self._on_relayed, Qt.ConnectionType.QueuedConnection)
        _GuiThreadCollector.opened()
        self._collector = QTimer(self)
        self._collector.setInterval(500)
        self._collector.timeout.connect(_GuiThreadCollector.collect)
        self._collector.start()

    @property
    def pending(self) -> int:
        """Calls submitted whose callbacks have not run yet."""
        return self._pending

    def is_idle(self) -> bool:
        return self._pending == 0

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> bool:
        """Run ``fn(*args, **kwargs)`` on the database thread; ``on_done(result)`` or ``on_error`` on this one.

        Returns False (and runs nothing) once the bridge is closed.
        """
        if self._executor is None:
            return False
        call = next(self._ids)
        self._callbacks[call] = _Callbacks(getattr(fn, "__qualname__", repr(fn)), on_done, on_error)
        self._pending += 1
        self._executor.submit(self._job, call, fn, args, kwargs)
        return True

    def _job(self, call: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """On the database thread."""
        try:
            outcome = _Outcome(call, fn(*args, **kwargs), None)
        except BaseException as exc:  # delivered to the GUI thread, where it is handled or re-raised
            outcome = _Outcome(call, None, exc)
        self._delivered.emit(outcome)

    def _deliver(self, outcome: _Outcome) -> None:
        callbacks = self._callbacks.pop(outcome.call, None)
        if callbacks is None or self._executor is None:
            return  # the bridge was closed after the call finished: nothing more is delivered
        try:
            if outcome.error is None:
                if callbacks.on_done is not None:
                    callbacks.on_done(outcome.result)
            elif isinstance(outcome.error, FloorstationError):
                log.info("%s refused: %s", callbacks.name, outcome.error)
                if callbacks.on_error is not None:
                    callbacks.on_error(outcome.error)
                else:
                    self.failed.emit(outcome.error)
            else:
                log.error("%s failed", callbacks.name, exc_info=outcome.error)
                self.bug_raised.emit(outcome.error)
                raise outcome.error
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.settled.emit()

    def relay(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """A function any thread may call with one value (a device's new state, a scan from a reader thread);
        ``callback(value)`` then runs on the GUI thread. Only a number and the value cross threads."""
        token = next(self._ids)
        self._relays[token] = callback
        emit = self._relayed.emit

        def post(value: Any) -> None:
            if self._executor is not None:
                emit(token, value)

        return post

    def _on_relayed(self, token: int, value: Any) -> None:
        callback = self._relays.get(token)
        if callback is not None and self._executor is not None:
            callback(value)

    def close(self) -> None:
        """Finish what is running (a write is never cut in half), drop what is queued, deliver nothing more."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
            self._collector.stop()
            self._callbacks.clear()
            self._relays.clear()
            _GuiThreadCollector.closed()
