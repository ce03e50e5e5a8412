"""The station's one database thread: every read and write of the running station goes through it.

SQLite takes one writer at a time; the station has one writer by design (DESIGN §2, ``docs/architecture.md``,
"The writer rule"), so the screen, the sync thread and the print worker hand their database work to this
executor instead of opening transactions of their own. The GUI's bridge (``ui/bridge.py``) submits and gets the
result back on the GUI thread; the sync and print threads :meth:`StationExecutor.call` and wait for the answer.
Qt-free, so the headless runtime and the tests run the same thing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

#: The name of the database thread (its tracebacks, the log file and thread pictures say it).
THREAD_NAME = "station-db"


class WrongThread(AssertionError):
    """Code that must run on one thread ran on another: a bug (two writers, a widget touched off the GUI)."""


class ThreadCheck:
    """Knows one thread and asserts that code runs on it. Stays silent until told which thread (``claim``)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._ident: int | None = None

    def claim(self, thread: threading.Thread | None = None) -> None:
        """From now on only ``thread`` (the calling one by default) passes :meth:`check`."""
        self._ident = (thread or threading.current_thread()).ident

    def release(self) -> None:
        self._ident = None

    def holds(self) -> bool:
        """True on the claimed thread, and whenever no thread is claimed (a command, a plain test)."""
        return self._ident is None or self._ident == threading.get_ident()

    def check(self, doing: str) -> None:
        if not self.holds():
            raise WrongThread(f"{doing} ran on {threading.current_thread().name}, not on the {self.what} thread")


class StationExecutor:
    """One named worker thread for the station's database; started on the first call, stopped by the runtime."""

    def __init__(self, name: str = THREAD_NAME) -> None:
        self.writer = ThreadCheck(name)
        """Passes only on this executor's thread once it started: the station's unit-of-work factory checks it."""
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=name, initializer=self.writer.claim
        )

    @property
    def closed(self) -> bool:
        return self._pool is None

    def on_thread(self) -> bool:
        return self.writer._ident == threading.get_ident()

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Queue ``fn(*args, **kwargs)``; raises RuntimeError once stopped."""
        pool = self._pool
        if pool is None:
            raise RuntimeError("the station's database thread is stopped")
        return pool.submit(fn, *args, **kwargs)

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn`` on the database thread and wait for its result (at once when already on it: a sync status
        asked for by the screen runs there and must not queue behind itself)."""
        if self.on_thread():
            return fn(*args, **kwargs)
        return self.submit(fn, *args, **kwargs).result()

    def stop(self) -> None:
        """Finish the call in progress (a write is never cut in half), drop what is queued, stop the thread."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            self.writer.release()
