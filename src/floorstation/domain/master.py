"""Master data: what the server owns and the station keeps a copy of (DESIGN §3)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

_CHUNKS = re.compile(r"\d+|\D+")

DateKind = Literal["expiry", "best_before"]
"""What a material's date means on its cards: use by/expiry, GS1 AI (17), or best before, AI (15)."""


class Role(enum.StrEnum):
    OPERATOR = "operator"
    SHIFT_LEAD = "shift_lead"
    MAINTENANCE = "maintenance"
    QUALITY = "quality"
    ADMIN = "admin"


class LotStatus(enum.StrEnum):
    RELEASED = "released"
    HOLD = "hold"
    RECALLED = "recalled"


class WorkOrderStatus(enum.StrEnum):
    """Where a work order is in its life, as the plant's planning (an ERP) says."""

    RELEASED = "released"
    """May be worked (every work order the plant gives no status)."""
    ON_HOLD = "on_hold"
    """Stays in the stations' queues, marked, and cannot be started until released again."""
    CLOSED = "closed"
    """Done: leaves the queues; what was recorded stays."""
    CANCELLED = "cancelled"
    """Not to be made: leaves the queues; what was recorded stays."""

    @property
    def startable(self) -> bool:
        return self is WorkOrderStatus.RELEASED

    @property
    def queued(self) -> bool:
        """Shown in a machine's queue (a running or paused task of an order that left it is still shown)."""
        return self in (WorkOrderStatus.RELEASED, WorkOrderStatus.ON_HOLD)


class ReasonKind(enum.StrEnum):
    PAUSE = "pause"
    SCRAP = "scrap"
    OUT_OF_ORDER = "out_of_order"
    OVERRIDE = "override"
    VOID = "void"
    HOLD = "hold"
    """Why quality puts a lot on hold."""
    FEFO = "fefo"
    """Why a lot was used while a lot of the same material that expires sooner was on hand (first-expired,
    first-out deviation); the operator picks one before the consumption is recorded."""


@dataclass(frozen=True, slots=True)
class Operator:
    id: str
    name: str
    badge: str
    roles: frozenset[Role]
    pin_hash: str | None = None
    active: bool = True

    def has_role(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


@dataclass(frozen=True, slots=True)
class Machine:
    id: str
    name: str
    #: Short code used in lot codes and on machine barcodes, e.g. ``M02``.
    code: str


@dataclass(frozen=True, slots=True)
class Material:
    code: str
    name: str
    unit: str
    gtin: str | None = None
    lot_tracked: bool = True
    shelf_life_days: int | None = None
    date_kind: DateKind = "expiry"
    names: tuple[tuple[str, str], ...] = ()
    """The name in other languages, as ``(language, name)`` pairs (``pl``, ``de`` ...), when the plant gave them."""


@dataclass(frozen=True, slots=True)
class BomLine:
    material: str
    qty_per_unit: Decimal


@dataclass(frozen=True, slots=True)
class WorkOrder:
    number: str
    product: str
    planned_qty: Decimal
    due_date: date | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """One operation of a work order on one machine: what an operator starts and stops."""

    id: str
    work_order: str
    seq: int
    machine_id: str
    name: str
    product: str
    planned_qty: Decimal
    parameters: dict[str, str] = field(default_factory=dict)
    bom: tuple[BomLine, ...] = ()
    due_date: date | None = None
    """The work order's due date."""
    priority: int | None = None
    """The work order's priority, higher first; None when the plant gives none (as 0)."""
    order_status: WorkOrderStatus = WorkOrderStatus.RELEASED
    """The work order's status: only a released order's tasks can be started."""

    def bom_line(self, material: str) -> BomLine | None:
        return next((line for line in self.bom if line.material == material), None)


def schedule_order(task: Task) -> tuple[object, ...]:
    """Sort key of a machine's queue: priority (higher first; none counts as 0, so a negative priority moves an
    order behind those without), then due date (earliest first, none last), then work-order number in natural
    order (``9/2026`` before ``10/2026``), then operation sequence. The planner (or the ERP) moves an order up the
    queue by giving it a priority."""
    natural = tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in _CHUNKS.findall(task.work_order))
    return (
        -(task.priority or 0),
        task.due_date is None,
        task.due_date or date.max,
        natural,
        task.seq,
    )


@dataclass(frozen=True, slots=True)
class Lot:
    code: str
    material: str
    quantity: Decimal
    """What is on hand now (received or produced, less what was consumed)."""
    status: LotStatus = LotStatus.RELEASED
    expiry: date | None = None
    made_on: date | None = None
    supplier: str | None = None
    supplier_lot: str | None = None
    palletized: Decimal = Decimal(0)
    """Put on pallets (built or shipped, voided ones given back): still counted in ``quantity`` until shipped out of
    the plant, but no longer there to be consumed."""
    status_reason: str | None = None
    """Why the latest status decision (here or anywhere in the plant) was taken, who took it and when."""
    status_by: str | None = None
    status_at: str | None = None

    def is_expired(self, today: date) -> bool:
        return self.expiry is not None and self.expiry < today

    @property
    def balance(self) -> Decimal:
        """What is left to consume or palletise: on hand, less what is on pallets or shipped on them."""
        return self.quantity - self.palletized


@dataclass(frozen=True, slots=True)
class ReasonCode:
    kind: ReasonKind
    code: str
    label: str
    labels: tuple[tuple[str, str], ...] = ()
    """The label in other languages, as ``(language, label)`` pairs, when the plant gave them."""
    rules: tuple[str, ...] = ()
    """For an override reason: the rules it answers (``lot_expired``, ``not_in_bom`` ...); none listed: every rule
    but a quality hold (a plant's master data from before reasons named their rules)."""
    roles: tuple[Role, ...] = ()
    """For an override reason: who may sign an override giving it; none listed: a shift lead."""


FEFO_DEFAULT_REASONS: tuple[ReasonCode, ...] = (
    ReasonCode(
        ReasonKind.FEFO,
        "older_lot_not_reachable",
        "Older lot not reachable",
        (("de", "Ältere Charge nicht erreichbar"), ("pl", "Starsza partia niedostępna")),
    ),
    ReasonCode(
        ReasonKind.FEFO,
        "older_lot_damaged",
        "Older lot damaged",
        (("de", "Ältere Charge beschädigt"), ("pl", "Starsza partia uszkodzona")),
    ),
    ReasonCode(
        ReasonKind.FEFO,
        "quality_instructed",
        "Quality instructed",
        (("de", "Anweisung der Qualität"), ("pl", "Polecenie działu jakości")),
    ),
    ReasonCode(ReasonKind.FEFO, "other", "Other", (("de", "Anderer Grund"), ("pl", "Inny powód"))),
)
"""The reasons a station offers for a FEFO deviation while the plant's master data gives none of its own."""


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str
