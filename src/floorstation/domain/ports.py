"""What the app services need from the outside world, as Protocols the adapters implement."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Protocol, Self

from floorstation.domain.cards import CardDocument
from floorstation.domain.codes import SsccRange
from floorstation.domain.devices import DeviceStatus, StatusListener
from floorstation.domain.events import Event, Payload
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.marks import Mark
from floorstation.domain.master import (
    Customer,
    Lot,
    Machine,
    Material,
    Operator,
    ReasonCode,
    ReasonKind,
    Task,
)
from floorstation.domain.scanning import ScanEvent


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware local time (with its UTC offset)."""
        ...


@dataclass(frozen=True, slots=True)
class TaskState:
    """The projection of one task: where it stands and who works on it."""

    task_id: str
    status: str
    """``idle`` (never started, or stopped for now), ``running``, ``paused`` or ``finished`` (the operation is
    done: it has left the machine's queue)."""
    crew: tuple[str, ...] = ()
    output_lot: str | None = None
    good_qty: Decimal = Decimal(0)
    scrap_qty: Decimal = Decimal(0)
    started_at: str | None = None
    pause_reason: str | None = None
    rework_qty: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class HandoverNote:
    """A note left for the next person at a machine, not yet acknowledged by anyone."""

    event_id: str
    machine_id: str
    task_id: str | None
    note: str
    written_by: str | None
    written_at: str
    acknowledged: bool = False


@dataclass(frozen=True, slots=True)
class Consumption:
    input_lot: str
    output_lot: str | None
    task_id: str
    quantity: Decimal
    occurred_at: str
    operator_id: str | None


@dataclass(frozen=True, slots=True)
class Pallet:
    sscc: str
    lot_code: str
    material: str
    quantity: Decimal
    unit: str
    status: str
    """``built``, ``shipped``, ``voided``."""
    customer_id: str | None = None
    shipment_id: str | None = None
    built_station: str | None = None
    """The station that built it, when that was another station (known from the plant's change feed)."""
    status_at: str | None = None
    """When it was shipped or voided, as far as this station knows."""
    status_station: str | None = None
    """Where it was shipped or voided, when that was another station."""
    void_reason: str | None = None


class StationData(Protocol):
    """Reads of master data and of the projections, inside the current transaction."""

    station_id: str

    def operators(self) -> list[Operator]: ...
    def machines(self) -> list[Machine]: ...
    def task_ids(self, machine_id: str | None = None) -> list[str]: ...
    def all_lots(self) -> list[Lot]: ...
    def customers(self) -> list[Customer]: ...
    def task_consumptions(self, task_id: str) -> list[Consumption]: ...
    def task_pauses(self, task_id: str, since: str) -> list[tuple[str, str | None]]:
        """The task's pauses from ``since`` on (its start): (paused at, resumed at or None while paused)."""
        ...

    def operator(self, operator_id: str) -> Operator | None: ...
    def operator_by_badge(self, badge: str) -> Operator | None: ...
    def machine(self, machine_id: str) -> Machine | None: ...
    def material(self, code: str) -> Material | None: ...
    def material_by_gtin(self, gtin: str) -> Material | None: ...
    def task(self, task_id: str) -> Task | None: ...
    def reason(self, kind: ReasonKind, code: str) -> ReasonCode | None: ...
    def reasons(self, kind: ReasonKind) -> list[ReasonCode]: ...
    def customer(self, customer_id: str) -> Customer | None: ...
    def lot(self, code: str) -> Lot | None: ...
    def lots_of_material(self, material: str) -> list[Lot]: ...
    def signed_in(self) -> list[str]: ...
    def task_state(self, task_id: str) -> TaskState: ...
    def tasks_of_operator(self, operator_id: str) -> list[TaskState]: ...
    def handover_notes(self, machine_id: str) -> list[HandoverNote]:
        """The machine's handover notes nobody has acknowledged yet, oldest first."""
        ...

    def handover_note(self, event_id: str) -> HandoverNote | None: ...
    def open_marks(self, machine_id: str) -> list[Mark]: ...
    def consumptions(self, task_id: str, input_lot: str) -> list[Consumption]: ...
    def count_lots_with_prefix(self, prefix: str) -> int: ...
    def used_sscc_serials(self) -> list[str]: ...
    def sscc_block(self) -> SsccRange | None:
        """The SSCC serial block the server gave this station at enrollment; None: not enrolled with one."""
        ...

    def lots_received_on(self, day: date) -> list[Lot]:
        """Lots received here on ``day`` (goods-in), oldest first; ``quantity`` is what was received."""
        ...

    def cards_printed(self, card: str, subject: str) -> int: ...
    def pallet(self, sscc: str) -> Pallet | None: ...
    def pallets(self, status: str | None = None, *, elsewhere: bool = False) -> list[Pallet]:
        """This station's pallets; ``elsewhere``: also those built at other stations that are still to ship (as
        the plant last said) or that this station shipped or voided."""
        ...

    def genealogy(self, lot: str) -> Genealogy: ...

    def upstream_lots(self, lot: str) -> list[str]:
        """Every lot that went into ``lot`` at any depth, here or anywhere in the plant (as far as known here)."""
        ...


class UnitOfWork(StationData, Protocol):
    """One transaction: reads see its own writes; ``commit`` makes every recorded event durable at once.

    Leaving the ``with`` block without ``commit`` rolls everything back: a use case changes all or nothing.
    """

    def __enter__(self) -> Self: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def record(self, payload: Payload, *, operator_id: str | None, at: datetime) -> Event: ...
    def commit(self) -> None: ...


@dataclass(frozen=True, slots=True)
class OutboxStats:
    pending: int
    oldest_pending_at: str | None
    """``occurred_at`` of the oldest event the server has not acknowledged yet."""
    refusal: str | None = None
    """Why the server refused the oldest pending event's last upload, if it did (kept until it is acknowledged)."""


@dataclass(frozen=True, slots=True)
class EncodedEvent:
    """A pending event in the form an upload sends it."""

    epoch: int
    seq: int
    json: str
    """The envelope (``Event.as_dict()``) as one JSON object, its payload exactly as stored and hashed."""


class Outbox(Protocol):
    """The station's events as the sync client sees them: what to upload next, and what the server holds.

    The server acknowledges a prefix of the log, so "acknowledged" is a position; every call is one transaction.
    """

    def pending(self, limit: int) -> list[Event]:
        """The oldest events the server has not acknowledged, in (epoch, seq) order."""
        ...

    def pending_json(self, limit: int) -> list[EncodedEvent]:
        """The same events as :meth:`pending`, already encoded: an upload never decodes and re-encodes a payload."""
        ...

    def mark_acked(self, epoch: int, through_seq: int, flagged: dict[int, str]) -> int:
        """Record that the server holds ``epoch`` up to ``through_seq``; ``flagged`` maps seq to the server's
        flag codes. Returns how many events became acknowledged (0 for a stale or repeated answer)."""
        ...

    def rewind(self, epoch: int, seq: int) -> None:
        """The server holds less than acknowledged (restored from a backup): resend after ``(epoch, seq)``."""
        ...

    def stats(self) -> OutboxStats: ...

    def pending_count(self) -> int:
        """How many events wait to go up, read cheaply enough to ask every few seconds (``stats().pending``)."""
        ...

    def record_refusal(self, epoch: int, first_seq: int, last_seq: int, message: str) -> None:
        """The server refused the upload of these events (not a retryable answer): keep why, for the status."""
        ...


class CardPrinter(Protocol):
    """One printer, opened from its URL for one job (devices/printing implements it).

    ``send`` returns once the printer took every byte. A printer that is off, unplugged, out of paper or
    busy raises ``floorstation.domain.printjobs.PrinterNotReady``; the queue then retries the job.
    """

    url: str

    def check(self, document: CardDocument) -> None:
        """Raise ``floorstation.domain.printjobs.CardDoesNotFit`` when the card cannot print readably here (checked
        when the card is queued, so a person hears it at once rather than after the queue tried)."""
        ...

    def send(self, document: CardDocument) -> None: ...


class Printers(Protocol):
    def open(self, url: str) -> CardPrinter:
        """The printer for ``url``; ``InvalidInput`` when the URL is not one floorstation can print to."""
        ...

    def preview_png(self, document: CardDocument) -> bytes:
        """The card as the UI shows it before printing."""
        ...


@dataclass(frozen=True, slots=True)
class MasterChange:
    """One downloaded row: master data (``entity`` is its list in the catalog format: ``lots``, ``materials`` ...)
    or the plant's derived state (``mark``, ``plant_lot``, ``lot_edge``, ``lot_status``, ``pallet``; ``deleted``: a
    tombstone, such as a cleared mark)."""

    entity: str
    data: dict[str, object]
    deleted: bool = False


class ChangeSink(Protocol):
    """Where downloaded master data lands: a page and its cursor in one transaction, so the cursor is never
    ahead of the data."""

    def download_cursor(self) -> str | None: ...

    def apply_changes(self, changes: list[MasterChange], next_cursor: str | None) -> None:
        """Apply the page and store ``next_cursor`` (None: forget the cursor, download everything again)."""
        ...

    def replace_all(self, changes: list[MasterChange], cursor: str | None) -> None:
        """A snapshot (or its first page): replace everything downloaded before with ``changes`` and store
        ``cursor`` (None: no cursor yet, more pages follow), in one transaction; the station's own events and
        outbox are untouched."""
        ...


class ScanSources(Protocol):
    """The station's scanners and cameras, as the screen and the runtime use them (``devices.registry``).

    Listeners are plain callbacks called on the thread that noticed (a reader's, a camera's): the UI moves them
    to the GUI thread. A disconnect is a status, never an exception."""

    @property
    def wedge(self) -> Any:
        """The keyboard-wedge scanner's settings for ``ui.wedge_filter`` (None: no wedge scanner here)."""
        ...

    def camera_ids(self) -> list[str]: ...
    def statuses(self) -> list[DeviceStatus]: ...
    def status(self, device_id: str) -> DeviceStatus | None: ...
    def on_status(self, listener: StatusListener) -> Callable[[], None]:
        """Subscribe; returns what unsubscribes."""
        ...

    def on_scan(self, listener: Callable[[ScanEvent], None]) -> Callable[[], None]: ...
    def publish_scan(self, event: ScanEvent) -> None: ...
    def preview(self, camera_id: str) -> Any:
        """Camera ``camera_id``'s newest picture with the symbols found in it, or None."""
        ...

    def start(self) -> None: ...
    def stop(self) -> None: ...
