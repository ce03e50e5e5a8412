"""Printing pallet cards and lot cards through the persistent print queue.

``request_card`` validates and queues a job in one transaction; ``PrintWorker`` sends due jobs and, in one
transaction, records ``card.printed`` and marks the job done. A card for a subject that was printed (or is
queued) before is refused unless the person asks for a reprint, and then it is printed with REPRINT on it and
recorded with ``reprint=True``. A worker that dies while sending leaves its job ``uncertain`` for a person to
decide, because resending could print the card twice.

A card goes to a printer named in the station's configuration, to a URL, or — when nobody says — to the
station's default printer for the card kind (``printer_choice``). A card that cannot print readably on the chosen
printer is refused before it is queued.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from floorstation.app import printer_choice
from floorstation.app.context import StationContext, signed_in_operator
from floorstation.domain import printers as station_printers
from floorstation.domain.cards import (
    DEFAULT_LAYOUT,
    Card,
    CardLayout,
    LotCard,
    PalletCard,
    card_from_json,
    card_to_json,
    document,
)
from floorstation.domain.errors import FloorstationError, InvalidInput, NotAllowedNow, NotFound, Said
from floorstation.domain.events import CardPrinted
from floorstation.domain.ports import Printers, StationData
from floorstation.domain.printers import StationPrinter
from floorstation.domain.printjobs import (
    JobState,
    PrinterNotReady,
    PrintJob,
    PrintUnitOfWork,
    retry_delay,
)

log = logging.getLogger(__name__)

CardName = Literal["pallet", "lot"]


@dataclass(frozen=True, slots=True)
class PrintContext:
    """What printing needs besides the station: a unit of work with the queue, the printers, who we are."""

    station: StationContext
    uow: Callable[[], PrintUnitOfWork]
    printers: Printers
    owner: str
    """This worker process, e.g. ``pid:4711@host``."""
    owner_alive: Callable[[str], bool]
    """Whether the process named by a job's owner still runs (so its ``printing`` job is not ours to judge)."""
    station_printers: tuple[StationPrinter, ...] = ()
    """The ``[[printer]]`` tables of station.toml, in order (the first of a role is its default)."""
    layout: CardLayout = DEFAULT_LAYOUT
    """What this site prints on its cards besides the barcodes (``[card]``)."""


def _now_ms(pctx: PrintContext) -> int:
    return int(pctx.station.now().timestamp() * 1000)


def _operator_name(data: StationData, operator_id: str | None) -> str | None:
    if operator_id is None:
        return None
    operator = data.operator(operator_id)
    return operator.name if operator else operator_id


def pallet_card(data: PrintUnitOfWork, sscc: str, *, station: str, issued_at: str) -> PalletCard:
    """The pallet card of a pallet built at this station, from the pallet, its lot, material and work order."""
    pallet = data.pallet(sscc)
    if pallet is None:
        raise NotFound(
            f"Pallet {sscc!r} is not known at this station.",
            "Scan the SSCC on the pallet card.",
            code="pallet.unknown_card",
            params={"sscc": sscc},
        )
    lot = data.lot(pallet.lot_code)
    material = data.material(pallet.material)
    receipt = data.lot_receipt(pallet.lot_code)
    # Goods we did not make: received here, or a master-data lot with a supplier (docs/compliance.md).
    bought = receipt is not None or (lot is not None and bool(lot.supplier or lot.supplier_lot))
    date_kind = (receipt.date_kind if receipt else None) or (material.date_kind if material else "expiry")
    return PalletCard(
        sscc=pallet.sscc,
        product=pallet.material,
        product_name=material.name if material else "",
        gtin=material.gtin if material else None,
        lot=pallet.lot_code,
        quantity=pallet.quantity,
        unit=pallet.unit,
        expiry=lot.expiry if lot else None,
        date_kind=date_kind,
        work_order=data.lot_work_order(pallet.lot_code),
        produced_on=lot.made_on if lot and not bought else None,
        station=station,
        operator=_operator_name(data, data.pallet_builder(sscc)),
        issued_at=issued_at,
        bought=bought,
        supplier_lot=lot.supplier_lot if lot and bought else None,
        received_on=receipt.received_on if receipt else None,
    )


def lot_card(data: PrintUnitOfWork, code: str, *, station: str, issued_at: str) -> LotCard:
    lot = data.lot(code)
    if lot is None:
        raise NotFound(
            f"Lot {code!r} is not known at this station.",
            "Check the lot code.",
            code="lot.unknown",
            params={"lot": code},
        )
    material = data.material(lot.material)
    return LotCard(
        lot=lot.code,
        material=lot.material,
        material_name=material.name if material else "",
        gtin=material.gtin if material else None,
        quantity=lot.quantity,
        unit=material.unit if material else "",
        expiry=lot.expiry,
        date_kind=material.date_kind if material else "expiry",
        work_order=data.lot_work_order(lot.code),
        produced_on=lot.made_on,
        station=station,
        issued_at=issued_at,
    )


def default_printer(pctx: PrintContext, card: CardName) -> StationPrinter | None:
    """The printer a card of this kind goes to when nobody names one."""
    return station_printers.default_for(pctx.station_printers, card)


def request_card(
    pctx: PrintContext,
    operator_id: str | None,
    card: CardName,
    subject: str,
    printer: str | None = None,
    *,
    reprint: bool = False,
) -> PrintJob:
    """Queue a card for ``printer`` (a configured name or a URL; None: the station's default for the card kind).
    Without ``reprint`` a card already printed or queued is refused; so is a card that does not fit the printer.

    ``operator_id`` is None only from the command line; at the terminal it is the signed-in person who asked.
    """
    subject = subject.strip()
    chosen = printer_choice.choose(pctx.station_printers, card, printer)
    opened = pctx.printers.open(chosen.url)  # a printer we cannot print to is refused now, not after the queue tried
    now = pctx.station.now()
    with pctx.uow() as uow:
        if operator_id is not None:
            signed_in_operator(uow, operator_id)
        built = _card(uow, card, subject, pctx.station.rules.station_id, now.strftime("%Y-%m-%d %H:%M"))
        if card == "lot":
            built = replace(built, operator=_operator_name(uow, operator_id))
        is_reprint = _reprint(uow, card, built.subject, reprint)
    # Rendering to check the fit may take a moment (a page image for PDF and Qt): not under the write lock.
    doc = document(replace(built, reprint=is_reprint), pctx.layout)
    printer_choice.check_fits(pctx.printers, pctx.station_printers, chosen, opened, doc)
    with pctx.uow() as uow:
        is_reprint = _reprint(uow, card, built.subject, reprint)  # again, in the transaction that queues it
        job = PrintJob(
            id=str(uuid.uuid4()),
            card=card,
            subject=built.subject,
            printer=chosen.label,
            card_json=card_to_json(replace(built, reprint=is_reprint)),
            reprint=is_reprint,
            operator_id=operator_id,
            state=JobState.QUEUED,
            created_at=now.isoformat(timespec="milliseconds"),
        )
        uow.add_print_job(job)
        uow.commit()
    return job


def _card(data: PrintUnitOfWork, card: CardName, subject: str, station: str, issued: str) -> Card:
    if card == "pallet":
        return pallet_card(data, subject, station=station, issued_at=issued)
    return lot_card(data, subject, station=station, issued_at=issued)


def _reprint(data: PrintUnitOfWork, card: CardName, subject: str, reprint: bool) -> bool:
    """Whether the card will be a reprint; a card printed or queued before is refused unless one was asked for."""
    earlier = data.cards_printed(card, subject) + len(data.open_print_jobs(card, subject))
    if earlier and not reprint:
        raise NotAllowedNow(
            f"A {card} card for {subject} was already printed or is waiting for its printer.",
            "Choose Reprint to print it again; it will say REPRINT.",
            code="card.printed_before",
            params={"card": card, "subject": subject},
        )
    return reprint and earlier > 0


def preview_card(pctx: PrintContext, card: CardName, subject: str) -> bytes:
    """A PNG of the card as it would print now, for the screen."""
    now = pctx.station.now()
    with pctx.uow() as uow:
        built = _card(uow, card, subject.strip(), pctx.station.rules.station_id, now.strftime("%Y-%m-%d %H:%M"))
    return pctx.printers.preview_png(document(built, pctx.layout))


def list_jobs(pctx: PrintContext, *, open_only: bool = True, limit: int = 100) -> list[PrintJob]:
    with pctx.uow() as uow:
        states = (JobState.QUEUED, JobState.PRINTING, JobState.UNCERTAIN, JobState.FAILED) if open_only else ()
        return uow.print_jobs(states, limit)


def _change(pctx: PrintContext, job_id: str, allowed: tuple[JobState, ...], **changes: object) -> PrintJob:
    with pctx.uow() as uow:
        job = uow.print_job(job_id)
        if job is None:
            raise NotFound(
                f"There is no print job {job_id!r}.",
                "List the jobs with 'floorstation print jobs'.",
                code="print_job.unknown",
                params={"job": str(job_id)},
            )
        if job.state not in allowed:
            raise NotAllowedNow(
                f"Print job {job_id} is {job.state.value}.",
                "Only waiting or stuck jobs can change.",
                code="print_job.closed",
                params={"job": str(job_id), "state": job.state.value},
            )
        changed = replace(job, **changes)  # type: ignore[arg-type]
        uow.save_print_job(changed)
        uow.commit()
    return changed


def retry_job(pctx: PrintContext, job_id: str) -> PrintJob:
    """Send an uncertain or failed job again now (the person checked that the card did not come out)."""
    allowed = (JobState.QUEUED, JobState.UNCERTAIN, JobState.FAILED)
    return _change(pctx, job_id, allowed, state=JobState.QUEUED, next_attempt_ms=0, owner=None)


def cancel_job(pctx: PrintContext, job_id: str) -> PrintJob:
    allowed = (JobState.QUEUED, JobState.UNCERTAIN, JobState.FAILED)
    return _change(pctx, job_id, allowed, state=JobState.CANCELLED, owner=None)


Database = Callable[[Callable[[], Any]], Any]
"""Runs a piece of database work and returns its result (on the station's database thread in the terminal)."""


def _here(work: Callable[[], Any]) -> Any:
    return work()


class PrintWorker:
    """Sends queued jobs, one at a time, on whatever thread calls it (the terminal runs it on its own thread)."""

    def __init__(self, pctx: PrintContext, *, database: Database | None = None) -> None:
        """``database``: where the worker's transactions run (the runtime passes its one database thread's
        ``StationExecutor.call``, so the worker is no writer of its own); by default on the calling thread."""
        self.pctx = pctx
        self._wake = threading.Event()
        self._db: Database = database or _here

    def wake(self) -> None:
        """A job was queued: stop waiting for the next retry time."""
        self._wake.set()

    def recover(self) -> list[PrintJob]:
        """Jobs a dead worker was sending become ``uncertain``: the card may have come out."""
        flagged = []
        with self.pctx.uow() as uow:
            for job in uow.print_jobs((JobState.PRINTING,), limit=1000):
                if job.owner == self.pctx.owner or (job.owner and self.pctx.owner_alive(job.owner)):
                    continue
                job = replace(  # noqa: PLW2901
                    job,
                    state=JobState.UNCERTAIN,
                    owner=None,
                    last_error=Said(
                        "The station stopped while sending this card; check whether it came out.",
                        "printer.interrupted",
                    ),
                )
                uow.save_print_job(job)
                flagged.append(job)
            uow.commit()
        for job in flagged:
            log.warning("print job %s (%s %s) interrupted; left for a person to decide", job.id, job.card, job.subject)
        return flagged

    def _next_retry_ms(self) -> int | None:
        with self.pctx.uow() as uow:
            return uow.next_retry_ms()

    def _claim(self) -> PrintJob | None:
        with self.pctx.uow() as uow:
            job = uow.next_due_print_job(_now_ms(self.pctx))
            if job is None:
                return None
            job = replace(job, state=JobState.PRINTING, owner=self.pctx.owner, attempts=job.attempts + 1)
            uow.save_print_job(job)
            uow.commit()
        return job

    def run_once(self) -> PrintJob | None:
        """Send the next due job, if any; returns it in its new state."""
        job: PrintJob | None = self._db(self._claim)
        if job is None:
            return None
        try:
            chosen = printer_choice.target(self.pctx.station_printers, job.printer)
            printer = self.pctx.printers.open(chosen.url)
            printer.send(document(card_from_json(job.card_json), self.pctx.layout))
        except PrinterNotReady as exc:
            delay = retry_delay(job.attempts)
            log.info("print job %s waits %.0f s: %s", job.id, delay, exc)
            return self._finish(
                job, state=JobState.QUEUED, error=exc.said, next_ms=_now_ms(self.pctx) + int(delay * 1000)
            )
        except (FloorstationError, ValueError) as exc:
            log.error("print job %s cannot print: %s", job.id, exc)
            return self._finish(
                job, state=JobState.FAILED, error=exc.said if isinstance(exc, FloorstationError) else str(exc)
            )
        except Exception as exc:  # a bug: the card may be half out, so a person decides, as after a crash
            log.exception("print job %s broke while sending", job.id)
            return self._finish(job, state=JobState.UNCERTAIN, error=f"{type(exc).__name__}: {exc}")
        return self._finish(job, state=JobState.DONE)

    def _finish(self, job: PrintJob, *, state: JobState, error: str | None = None, next_ms: int = 0) -> PrintJob:
        done: PrintJob = self._db(lambda: self._save_outcome(job, state=state, error=error, next_ms=next_ms))
        return done

    def _save_outcome(self, job: PrintJob, *, state: JobState, error: str | None, next_ms: int) -> PrintJob:
        at = self.pctx.station.now()
        with self.pctx.uow() as uow:
            event_id = None
            if state is JobState.DONE:
                event = uow.record(
                    CardPrinted(card=job.card, subject=job.subject, printer=job.printer, reprint=job.reprint),
                    operator_id=job.operator_id,
                    at=at,
                )
                event_id = event.event_id
            job = replace(
                job,
                state=state,
                owner=None,
                last_error=error,
                next_attempt_ms=next_ms or job.next_attempt_ms,
                done_at=at.isoformat(timespec="milliseconds") if state is JobState.DONE else None,
                event_id=event_id,
            )
            uow.save_print_job(job)
            uow.commit()
        return job

    def next_retry_in(self) -> float | None:
        """Seconds until the next queued job is due (0 when one is due now), None when the queue is empty."""
        due: int | None = self._db(self._next_retry_ms)
        return None if due is None else max(0.0, (due - _now_ms(self.pctx)) / 1000)

    def serve(self, stop: threading.Event, *, idle_seconds: float = 30.0) -> None:
        """Work until ``stop`` is set; sleeps until the next retry or until ``wake`` is called."""
        self._db(self.recover)
        while not stop.is_set():
            try:
                while not stop.is_set() and self.run_once() is not None:
                    pass
                wait = self.next_retry_in()
            except Exception:
                if stop.is_set():  # the station is stopping: its database thread may be gone already
                    return
                log.exception("print worker error; trying again shortly")
                wait = retry_delay(1)
            self._wake.wait(idle_seconds if wait is None else min(wait, idle_seconds))
            self._wake.clear()

    def drain(self, timeout: float, *, until: Callable[[], bool] | None = None) -> None:
        """Work until the queue is empty, ``until()`` holds, or ``timeout`` seconds passed (the command line)."""
        deadline = time.monotonic() + timeout
        while True:
            while self.run_once() is not None:
                if (until is not None and until()) or time.monotonic() >= deadline:
                    return
            wait = self.next_retry_in()
            left = deadline - time.monotonic()
            if (until is not None and until()) or wait is None or left <= 0:
                return
            self._wake.wait(min(max(wait, 0.05), left))
            self._wake.clear()


def job_state(pctx: PrintContext, job_id: str) -> PrintJob:
    with pctx.uow() as uow:
        job = uow.print_job(job_id)
    if job is None:
        raise InvalidInput(f"There is no print job {job_id!r}.", code="print_job.unknown", params={"job": str(job_id)})
    return job
