"""The sync thread: uploads on a timer, backs off with full jitter when the server is away, reports status.

Retry is driven by the timer alone, never by new writes (a backlog must drain with nobody at the station), and
the random delay spreads the reconnects of a plant's stations after an outage. A busy server (429 or 503 with
Retry-After) is given the time it asked for, jittered upwards. Qt-free: the UI reads
:meth:`SyncWorker.status` or passes ``on_status``, which is called on this thread.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from floorstation.domain.errors import FloorstationError, Said
from floorstation.domain.ports import ChangeSink, Outbox
from floorstation.sync.client import ServerRefused, SyncClient, Unreachable
from floorstation.sync.wire import HeartbeatResponse

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """What the screen shows about sync: online or not, what waits, when it last worked."""

    online: bool = False
    pending: int = 0
    oldest_pending_age_s: float | None = None
    last_sync_at: datetime | None = None
    """When the server last acknowledged everything this station had sent."""
    clock_offset_ms: int | None = None
    """Server time minus this station's time, measured at the last answer (``X-Server-Time``)."""
    clock_off_ms: int | None = None
    """``clock_offset_ms`` when it is beyond the station's warning limit (``clock_warning_minutes``): the screen
    says so, since the plant does not take lot decisions from a station whose clock is far off."""
    last_error: str | None = None
    """What went wrong in the last round, or why the server refused the oldest pending events (kept with them in
    ``event_sync.last_error`` until they are acknowledged)."""
    next_attempt_in_s: float | None = None
    waiting_s: float | None = None
    """How long the request in flight has waited for the server's answer (None: nothing in flight). Read when the
    status is asked for, so a server that accepts the connection and then hangs shows within seconds, long before
    the client's timeout ends the round."""
    plant_version: str | None = None
    """The version the plant runs, as the server said at the last heartbeat (None: not heard yet)."""
    config: ConfigOutcome | None = None
    """What became of the configuration the server keeps for this station (None: not heard yet)."""


@dataclass(frozen=True)
class ConfigOutcome:
    """The server's configuration for this station, taken (or not) by the station."""

    restart: tuple[str, ...] = ()
    """Options and tables it changed that the terminal takes only when it starts again."""
    mode: str | None = None
    """The station's mode with it (the screen changes mode at once)."""
    refused: str | None = None
    """Why it was not taken (the station keeps what it had)."""


class Backoff:
    """Exponential backoff with full jitter: the n-th retry waits uniformly between 0 and min(cap, base * 2**n)."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        self.failures += 1
        return self._rng.uniform(0, min(self.cap, self.base * 2.0**self.failures))

    def after(self, retry_after: float) -> float:
        """The server said how long to wait (Retry-After): that long, plus up to half again so that the
        stations it turned away do not all come back at the same moment. The failure count is left alone."""
        return max(0.0, retry_after) * self._rng.uniform(1.0, 1.5)

    def reset(self) -> None:
        self.failures = 0


class SyncWorker:
    """One thread, one batch in flight. ``client_factory`` is called until it returns a client (not enrolled yet:
    it raises :class:`floorstation.domain.errors.FloorstationError` and the worker tries again later)."""

    def __init__(
        self,
        client_factory: Callable[[], SyncClient],
        outbox: Outbox,
        *,
        interval: float = 10.0,
        backoff: Backoff | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        heartbeat: bool = True,
        changes: ChangeSink | None = None,
        disk_free: Callable[[], int] | None = None,
        clock_warning_s: float = 300.0,
        on_config: Callable[[dict[str, Any]], ConfigOutcome] | None = None,
    ) -> None:
        """``on_config``: takes the configuration the server keeps for this station (every heartbeat answer)."""
        self._factory = client_factory
        self._on_config = on_config
        self.clock_warning_s = clock_warning_s
        self._outbox = outbox
        self.interval = interval
        self.backoff = backoff or Backoff()
        self._on_status = on_status
        self._heartbeat = heartbeat
        self._changes = changes
        self._disk_free = disk_free
        self._published_at = 0.0
        self._client: SyncClient | None = None
        self._status = SyncStatus()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def status(self) -> SyncStatus:
        with self._lock:
            status = self._status
        client = self._client
        since = client.waiting_since if client is not None else None
        if since is None:
            return status
        return replace(status, waiting_s=max(0.0, time.monotonic() - since))

    def live(self) -> SyncStatus:
        """The status with what waits to go up counted now: an event recorded a moment ago is counted at once,
        not after the next round. The screen asks every few seconds, on the database thread that scans wait for:
        the count comes from the outbox's own bookkeeping (:meth:`Outbox.pending_count`), not a count of rows."""
        status = self.status()
        pending = self._outbox.pending_count()
        return status if pending == status.pending else replace(status, pending=pending)

    def refresh(self) -> SyncStatus:
        """Recount what waits to go up (and any refusal kept with it) without contacting the server: the status
        a terminal shows right after it starts."""
        self._publish(online=self._status.online, last_error=None, next_attempt_in_s=self._status.next_attempt_in_s)
        return self.status()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the sync worker is already running")
        self._thread = threading.Thread(target=self._run, name="floorstation-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the batch in flight (its answer is recorded), then stop."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def nudge(self) -> None:
        """Try now rather than at the next tick (e.g. the network came back)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            delay = self.run_once()
            self._wake.wait(delay)
            self._wake.clear()

    def run_once(self) -> float:
        """One round: upload everything pending, download the change feed, send a heartbeat; returns the
        seconds until the next round."""
        error: str | None = None
        wait: float | None = None
        online = False
        try:
            if self._client is None:
                self._client = self._factory()
            client = self._client
            refused: ServerRefused | None = None
            while not self._stopping.is_set():
                try:
                    done = client.upload_batch()
                except ServerRefused as exc:
                    if exc.status == 401:
                        raise
                    # Events the server will not take wait here (and say why); master data still comes down and
                    # the heartbeat still goes up, so the plant sees the station and the station the plant.
                    refused = exc
                    break
                if time.monotonic() - self._published_at > 0.5:  # counting pending is not free on a big backlog
                    self._publish(online=True, last_error=None)
                if not done.more:
                    break
            if self._changes is not None:
                client.download(self._changes)
            if self._heartbeat:
                answer = client.heartbeat(disk_free_bytes=self._disk_free() if self._disk_free else None)
                self._heard(answer)
            if refused is not None:
                raise refused
            online = True
        except Unreachable as exc:
            error, wait = Said(exc.message, exc.code, exc.params), exc.retry_after
        except ServerRefused as exc:
            online, error = True, exc.said  # what is wrong and what to do, as kept with the refused events
            if exc.status == 401 and self._client is not None:
                self._client.close()
                self._client = None  # enrolled again meanwhile? pick up the new token next round
        except FloorstationError as exc:  # not enrolled yet, or an answer that makes no sense
            error = Said(exc.message, exc.code, exc.params)
        except Exception as exc:  # a bug: keep the thread alive and the events safe, and keep trying
            log.exception("sync round failed")
            error = f"{exc.__class__.__name__}: {exc}"
        if error is None:
            self.backoff.reset()
            delay = self.interval
        elif wait is not None:
            delay = self.backoff.after(wait)
            log.info("sync: %s; next attempt in %.1f s (the server asked for %g s)", error, delay, wait)
        else:
            delay = self.backoff.next_delay()
            log.info("sync: %s; next attempt in %.1f s", error, delay)
        self._publish(online=online, last_error=error, next_attempt_in_s=delay, finished=error is None)
        return delay

    def _heard(self, answer: HeartbeatResponse) -> None:
        config = self._status.config
        if answer.config is not None and self._on_config is not None:
            try:
                config = self._on_config(answer.config)
            except Exception:  # a bug: the station keeps what it had and syncs on
                log.exception("the server's configuration could not be taken")
        with self._lock:
            self._status = replace(self._status, plant_version=answer.plant_version or None, config=config)

    def _publish(
        self,
        *,
        online: bool,
        last_error: str | None,
        next_attempt_in_s: float | None = None,
        finished: bool = False,
    ) -> None:
        self._published_at = time.monotonic()
        stats = self._outbox.stats()
        now = datetime.now(UTC)
        oldest = None
        if stats.oldest_pending_at:
            oldest = max(0.0, (now - datetime.fromisoformat(stats.oldest_pending_at)).total_seconds())
        offset = self._client.clock_offset_ms if self._client else self._status.clock_offset_ms
        off = offset if offset is not None and 0 < self.clock_warning_s < abs(offset) / 1000 else None
        with self._lock:
            self._status = replace(
                self._status,
                online=online,
                pending=stats.pending,
                oldest_pending_age_s=oldest,
                last_sync_at=now if finished and stats.pending == 0 else self._status.last_sync_at,
                clock_offset_ms=offset,
                clock_off_ms=off,
                # A refusal stored with the events outlives this round (and a restart) until they go up.
                last_error=last_error or stats.refusal,
                next_attempt_in_s=next_attempt_in_s,
            )
            status = self._status
        if self._on_status is not None:
            self._on_status(status)
