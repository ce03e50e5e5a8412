"""The print queue: a job per card, kept in the station database until the printer has taken it.

States: ``queued`` (waiting for its turn or for the printer), ``printing`` (a worker is sending it),
``done`` (the printer took every byte; a ``card.printed`` event was recorded in the same transaction),
``uncertain`` (the worker died while sending: the card may or may not have come out, so a person decides —
nothing is printed twice on its own), ``failed`` (it can never print as it is: a bad printer URL, a card too
wide for the paper) and ``cancelled``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self

from floorstation.domain.errors import FloorstationError, InvalidInput
from floorstation.domain.events import LotReceived
from floorstation.domain.ports import UnitOfWork


class PrinterNotReady(FloorstationError):
    """The printer cannot take a job now (off, unplugged, out of paper, cover open); the queue retries it."""


class CardDoesNotFit(InvalidInput):
    """The card cannot be printed readably on this printer (a barcode wider than its paper, a label too short).

    Raised by a printer's ``check`` before the card is queued; ``problem`` says what the card needs, ``on`` names
    the printer the way the person knows it.
    """

    def __init__(
        self,
        card: str,
        problem: str,
        hint: str = "",
        printer: str = "this printer",
        *,
        code: str = "",
        params: Mapping[str, str] | None = None,
    ) -> None:
        facts = {**(params or {}), "printer": printer} if code else None
        super().__init__(f"The {card} does not fit {printer}: {problem}.", hint, code=code, params=facts)
        self.card = card
        self.problem = problem
        self.printer = printer

    def on(self, printer: str, hint: str | None = None) -> CardDoesNotFit:
        """The same problem named for ``printer``; a hint of the caller's own is said in English only."""
        code = self.code if hint is None else ""
        return CardDoesNotFit(
            self.card, self.problem, self.hint if hint is None else hint, printer, code=code, params=self.params
        )


class JobState(enum.StrEnum):
    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    UNCERTAIN = "uncertain"
    FAILED = "failed"
    CANCELLED = "cancelled"


OPEN_STATES = (JobState.QUEUED, JobState.PRINTING, JobState.UNCERTAIN)

RETRY_FIRST_SECONDS = 2.0
RETRY_MAX_SECONDS = 60.0


def retry_delay(attempts: int) -> float:
    """Seconds before the next try after ``attempts`` failed ones: 2, 4, 8 ... at most a minute."""
    return float(min(RETRY_MAX_SECONDS, RETRY_FIRST_SECONDS * 2 ** max(0, attempts - 1)))


@dataclass(frozen=True, slots=True)
class PrintJob:
    id: str
    card: str
    """``pallet`` or ``lot``."""
    subject: str
    printer: str
    card_json: str
    reprint: bool
    operator_id: str | None
    state: JobState
    created_at: str
    attempts: int = 0
    next_attempt_ms: int = 0
    """UTC milliseconds since the epoch: comparable across a change of the local UTC offset."""
    last_error: str | None = None
    owner: str | None = None
    """The worker process sending it (``printing``), so a restart can tell its own jobs from a dead one's."""
    done_at: str | None = None
    event_id: str | None = None
    """The ``card.printed`` event recorded with ``done``."""


class PrintQueueData(Protocol):
    def print_job(self, job_id: str) -> PrintJob | None: ...
    def print_jobs(self, states: tuple[JobState, ...] = (), limit: int = 100) -> list[PrintJob]:
        """Newest first."""
        ...

    def open_print_jobs(self, card: str, subject: str) -> list[PrintJob]: ...
    def next_due_print_job(self, now_ms: int) -> PrintJob | None:
        """The oldest queued job whose retry time has come."""
        ...

    def next_retry_ms(self) -> int | None: ...
    def lot_work_order(self, lot_code: str) -> str | None:
        """The work order a lot was produced for, when it was made at this station."""
        ...

    def pallet_builder(self, sscc: str) -> str | None:
        """Who built the pallet (the operator on its ``pallet.built`` event)."""
        ...

    def lot_receipt(self, lot_code: str) -> LotReceived | None:
        """The goods-in record that created the lot at this station (None: made here, or not received here)."""
        ...


class PrintUnitOfWork(UnitOfWork, PrintQueueData, Protocol):
    """A unit of work that also keeps the print queue: a job is marked done with its ``card.printed`` event."""

    def __enter__(self) -> Self: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def add_print_job(self, job: PrintJob) -> None: ...
    def save_print_job(self, job: PrintJob) -> None:
        """Write every field of an existing job."""
        ...
