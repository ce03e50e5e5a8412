"""Printing from the terminal: cards go into the station's print queue, the runtime's print worker sends them on
its own thread, and the screen follows each job's state and each printer's health.

A card is asked for on the database thread (``app.printing.request_card``: validated and queued durably in one
transaction); the worker (``app.printing.PrintWorker.serve``, run by ``floorstation.runtime`` on the
``print-worker`` thread) is woken at once. The queue is the only truth about a job, so the screen reads job
states back from it (on the database thread, every few hundred milliseconds while a job asked for here is open).
A printer that blocks, is off or out of paper holds up only its own thread: the screen never waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from floorstation.app import printing
from floorstation.app.printing import CardName, PrintContext
from floorstation.app.status import NamedPrinter, printer_health
from floorstation.domain.devices import DeviceStatus
from floorstation.domain.errors import FloorstationError
from floorstation.domain.printjobs import JobState, PrintJob
from floorstation.ui.bridge import Bridge

log = logging.getLogger(__name__)

#: How often an open job's state is read back from the queue (milliseconds).
POLL_MS = 300
_OPEN = (JobState.QUEUED, JobState.PRINTING)

#: What the screen that asked is told: the job as queued or changed, or what refused the request.
JobDone = Callable[[PrintJob], None]
Failed = Callable[[FloorstationError], None]


class PrintQueue(QObject):
    """Signals:
    job_changed(PrintJob): a job asked for at this terminal was queued or changed state.
    health_changed(list): each printer's ``DeviceStatus``, as the newest jobs tell it.
    """

    job_changed = Signal(object)
    health_changed = Signal(list)

    def __init__(
        self, pctx: PrintContext, worker: printing.PrintWorker, bridge: Bridge, printers: Sequence[NamedPrinter] = ()
    ) -> None:
        super().__init__(bridge)
        self.pctx = pctx
        self.printers: list[NamedPrinter] = list(printers or pctx.station_printers)
        """The printers cards can go to (the station's ``[[printer]]`` tables)."""
        self.bridge = bridge
        self.worker = worker
        self.jobs: dict[str, PrintJob] = {}
        self.health: list[DeviceStatus] = printer_health(self.printers, [])
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def stop(self) -> None:
        """Stop following jobs (the worker itself belongs to the runtime)."""
        self._timer.stop()

    def printer_named(self, label: str) -> str:
        """A job's printer (a name, or a URL given by hand) as people know it."""
        return next((p.name for p in self.printers if label in (p.url, p.name)), label)

    def default(self, card: CardName) -> str | None:
        """The name of the printer a card of this kind goes to when nobody chooses one."""
        found = printing.default_printer(self.pctx, card)
        return found.name if found is not None else None

    def request(
        self,
        operator_id: str,
        card: CardName,
        subject: str,
        printer: str | None = None,
        *,
        reprint: bool = False,
        done: JobDone | None = None,
        error: Failed | None = None,
    ) -> None:
        """Queue a card on ``printer`` (a name; None: the station's default for the card kind), on the database
        thread; the worker is woken as soon as it is queued."""

        self.bridge.submit(
            printing.request_card,
            self.pctx,
            operator_id,
            card,
            subject,
            printer,
            reprint=reprint,
            on_done=lambda job: self._follow(job, done),
            on_error=error,
        )

    def open_jobs(self, done: Callable[[list[PrintJob]], None]) -> None:
        """Every job that is not done or cancelled (waiting, printing, stuck), newest first, to ``done``."""
        self.bridge.submit(printing.list_jobs, self.pctx, open_only=True, limit=100, on_done=done)

    def retry(self, job_id: str, *, done: JobDone | None = None, error: Failed | None = None) -> None:
        """Send a waiting, failed or uncertain job again now (an uncertain one only after a person said so)."""
        self._change(printing.retry_job, job_id, done, error)

    def cancel(self, job_id: str, *, done: JobDone | None = None, error: Failed | None = None) -> None:
        self._change(printing.cancel_job, job_id, done, error)

    def _change(
        self, change: Callable[[PrintContext, str], PrintJob], job_id: str, done: JobDone | None, error: Failed | None
    ) -> None:
        def changed(job: PrintJob) -> None:
            self._follow(job, done)
            self.poll()

        self.bridge.submit(change, self.pctx, job_id, on_done=changed, on_error=error)

    def _follow(self, job: PrintJob, done: JobDone | None) -> None:
        """A job asked for here was queued or changed: wake the worker and read its state back until it is over."""
        self.jobs[job.id] = job
        self.worker.wake()
        self._timer.start()
        self.job_changed.emit(job)
        if done is not None:
            done(job)

    def poll(self) -> None:
        """Read the newest jobs back (states of the jobs asked for here, and the printers' health)."""
        self.bridge.submit(printing.list_jobs, self.pctx, open_only=False, limit=50, on_done=self._on_jobs)

    def _on_jobs(self, jobs: list[PrintJob]) -> None:
        for job in jobs:
            if job.id in self.jobs and self.jobs[job.id] != job:
                self.jobs[job.id] = job
                self.job_changed.emit(job)
        if not any(job.state in _OPEN for job in self.jobs.values()):
            self._timer.stop()
        health = printer_health(self.printers, jobs)
        if health != self.health:
            self.health = health
            self.health_changed.emit(health)
