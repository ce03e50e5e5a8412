"""The one bridge between the station core and Qt: app-service calls run on the station's database thread.

Every read and write of the terminal goes through :meth:`Bridge.submit`, which runs the call on the runtime's
``app.executor.StationExecutor`` (one thread: SQLite wants one writer, and serialising reads with writes keeps
each screen's picture consistent) and posts the outcome back to the GUI thread through a queued signal. The GUI
thread never touches the database and never waits for it (Anki's collection executor, Electrum's one device
thread). The runtime owns the executor; closing the bridge only stops deliveries and drops its queued calls.
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from floorstation.app.executor import StationExecutor
from floorstation.domain.errors import FloorstationError
from floorstation.ui.gui_thread import assert_gui_thread

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

    def __init__(self, executor: StationExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The station's one database thread: every database call of the terminal is serialised on it.
        self._executor: StationExecutor | None = executor
        self._futures: dict[int, Future[None]] = {}
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
        try:
            self._futures[call] = self._executor.submit(self._job, call, fn, args, kwargs)
        except RuntimeError:  # the runtime stopped the database thread first (the terminal is closing)
            self._callbacks.pop(call)
            self._pending -= 1
            return False
        return True

    def submit_later(
        self,
        ms: int,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> None:
        """:meth:`submit` in ``ms`` milliseconds, counted as pending from now (tests that wait for the bridge wait
        for it too). For a long read right after an answer was shown: started at once, it would hold the
        interpreter while this thread draws the answer."""
        if self._executor is None:
            return
        self._pending += 1

        def now() -> None:
            self._pending -= 1
            if not self.submit(fn, *args, on_done=on_done, on_error=on_error, **kwargs) and self._pending == 0:
                self.settled.emit()

        QTimer.singleShot(ms, self, now)

    def submit_away(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> bool:
        """Run ``fn(*args, **kwargs)`` on a thread of its own, never the database thread: for a call that waits on
        the network and touches no database (a live question to the server), so a slow server holds up nothing
        else. Delivered and counted as pending like :meth:`submit`'s calls."""
        if self._executor is None:
            return False
        call = next(self._ids)
        self._callbacks[call] = _Callbacks(getattr(fn, "__qualname__", repr(fn)), on_done, on_error)
        self._pending += 1
        threading.Thread(target=self._job, args=(call, fn, args, kwargs), name="station-ask", daemon=True).start()
        return True

    def _job(self, call: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """On the database thread (or a ``submit_away`` thread)."""
        try:
            outcome = _Outcome(call, fn(*args, **kwargs), None)
        except BaseException as exc:  # delivered to the GUI thread, where it is handled or re-raised
            outcome = _Outcome(call, None, exc)
        if self._executor is None:
            return  # closed meanwhile (a ``submit_away`` call outlived the screen): nothing more is delivered
        self._delivered.emit(outcome)

    def _deliver(self, outcome: _Outcome) -> None:
        assert_gui_thread("a database call's result")
        self._futures.pop(outcome.call, None)
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
            if self._executor is not None:  # (a callback may have closed the bridge: then nothing is pending)
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
        assert_gui_thread("a relayed device callback")
        callback = self._relays.get(token)
        if callback is not None and self._executor is not None:
            callback(value)

    def close(self) -> None:
        """Wait for this bridge's call in progress (a write is never cut in half), drop its queued ones, deliver
        nothing more. The database thread itself belongs to the runtime, which stops it after the screen."""
        executor, self._executor = self._executor, None
        if executor is not None:
            futures, self._futures = list(self._futures.values()), {}
            for future in futures:
                future.cancel()
            wait(futures)
            self._collector.stop()
            self._callbacks.clear()
            self._relays.clear()
            self._pending = 0  # nothing more will be delivered: the bridge is idle from here on
            _GuiThreadCollector.closed()
