"""Typed SQLAlchemy models of the station database.

Three groups: the event log (immutable, hash-chained; also the outbox), master data (a copy of what the server
owns), and projections (derived from events in the same transaction, rebuildable). Quantities are whole
thousandths (``*_milli``) so sums are exact in SQL.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# --- event log -------------------------------------------------------------------------------------------


class EventRow(Base):
    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("station_id", "epoch", "seq", name="uq_event_station_epoch_seq"),)

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[str] = mapped_column(String(40))
    operator_id: Mapped[str | None] = mapped_column(String(64))
    payload_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class LogHead(Base):
    """The last event of each station's log, written with it: a truncated tail shows up as a mismatch."""

    __tablename__ = "log_head"

    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


# --- master data -----------------------------------------------------------------------------------------


class OperatorRow(Base):
    __tablename__ = "operator"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str] = mapped_column(String(64), unique=True)
    roles: Mapped[str] = mapped_column(String(200))
    """Space-separated role names."""
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)


class MachineRow(Base):
    __tablename__ = "machine"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(10), unique=True)


class MaterialRow(Base):
    __tablename__ = "material"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16))
    gtin: Mapped[str | None] = mapped_column(String(14))
    lot_tracked: Mapped[bool] = mapped_column(default=True)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    date_kind: Mapped[str | None] = mapped_column(String(12))
    """``expiry`` (also when NULL) or ``best_before``: which GS1 date its cards carry (migration 0005)."""
    name_i18n: Mapped[dict[str, str] | None] = mapped_column(JSON)
    """The name in other languages, ``{"pl": ..., "de": ...}`` (migration 0012)."""


class WorkOrderRow(Base):
    __tablename__ = "work_order"

    number: Mapped[str] = mapped_column(String(64), primary_key=True)
    product: Mapped[str] = mapped_column(ForeignKey("material.code"))
    planned_milli: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[str | None] = mapped_column(String(10))
    priority: Mapped[int | None] = mapped_column(Integer)
    """Higher first (migration 0013); NULL: none given, as 0."""
    status: Mapped[str | None] = mapped_column(String(16))
    """``released`` (also NULL), ``on_hold``, ``closed`` or ``cancelled`` (migration 0015)."""


class TaskRow(Base):
    """An operation of a work order on a machine."""

    __tablename__ = "task"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    work_order: Mapped[str] = mapped_column(ForeignKey("work_order.number"))
    seq: Mapped[int] = mapped_column(Integer)
    machine_id: Mapped[str] = mapped_column(ForeignKey("machine.id"))
    name: Mapped[str] = mapped_column(String(200))
    parameters_json: Mapped[str] = mapped_column(Text, default="{}")


class BomLineRow(Base):
    __tablename__ = "bom_line"

    task_id: Mapped[str] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), primary_key=True)
    material: Mapped[str] = mapped_column(ForeignKey("material.code"), primary_key=True)
    qty_per_unit: Mapped[str] = mapped_column(String(40))
    """Exact decimal text: per-unit needs such as 0.00005 kg are finer than the thousandths used elsewhere."""


class ReasonRow(Base):
    __tablename__ = "reason_code"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    label_i18n: Mapped[dict[str, str] | None] = mapped_column(JSON)
    """The label in other languages (migration 0012)."""
    rules: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Override reasons: the rules they answer, space-separated."""
    roles: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Override reasons: the roles that may sign them, space-separated."""


class CustomerRow(Base):
    __tablename__ = "customer"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class LotRow(Base):
    """Every lot the station knows: from master data (``origin='master'``) or created here by an event."""

    __tablename__ = "lot"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    material: Mapped[str] = mapped_column(ForeignKey("material.code"))
    origin: Mapped[str] = mapped_column(String(10))
    initial_milli: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default="released")
    expiry: Mapped[str | None] = mapped_column(String(10))
    made_on: Mapped[str | None] = mapped_column(String(10))
    supplier: Mapped[str | None] = mapped_column(String(200))
    supplier_lot: Mapped[str | None] = mapped_column(String(64))
    task_id: Mapped[str | None] = mapped_column(String(64))
    created_event: Mapped[str | None] = mapped_column(String(36))
    status_reason: Mapped[str | None] = mapped_column(Text)
    """Why the latest local hold/release decision was taken (migration 0006)."""
    status_at: Mapped[str | None] = mapped_column(Text)
    status_by: Mapped[str | None] = mapped_column(Text)
    status_event: Mapped[str | None] = mapped_column(Text)
    """The event of the latest local decision (migration 0008): once the server has judged it, the plant's
    status counts here (``store/reads.py``)."""

    __table_args__ = (Index("ix_lot_material", "material"),)


# --- projections -----------------------------------------------------------------------------------------


class LotStockRow(Base):
    __tablename__ = "lot_stock"

    lot_code: Mapped[str] = mapped_column(ForeignKey("lot.code"), primary_key=True)
    produced_milli: Mapped[int] = mapped_column(Integer, default=0)
    consumed_milli: Mapped[int] = mapped_column(Integer, default=0)
    palletized_milli: Mapped[int] = mapped_column(Integer, default=0)


class LotEdgeRow(Base):
    """The genealogy: input lot went into output lot on a task."""

    __tablename__ = "lot_edge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    input_lot: Mapped[str] = mapped_column(String(64))
    output_lot: Mapped[str | None] = mapped_column(String(64))
    task_id: Mapped[str] = mapped_column(String(64))
    machine_id: Mapped[str | None] = mapped_column(String(64))
    operator_id: Mapped[str | None] = mapped_column(String(64))
    qty_milli: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_lot_edge_in_out", "input_lot", "output_lot"),
        Index("ix_lot_edge_out_in", "output_lot", "input_lot"),
        Index("ix_lot_edge_task_in", "task_id", "input_lot"),
    )


class SignedInRow(Base):
    __tablename__ = "signed_in"

    operator_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    since: Mapped[str] = mapped_column(String(40))
    method: Mapped[str] = mapped_column(String(20))


class TaskStateRow(Base):
    __tablename__ = "task_state"

    task_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(10))
    output_lot: Mapped[str | None] = mapped_column(String(64))
    good_milli: Mapped[int] = mapped_column(Integer, default=0)
    scrap_milli: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[str | None] = mapped_column(String(40))
    pause_reason: Mapped[str | None] = mapped_column(String(64))


class TaskCrewRow(Base):
    __tablename__ = "task_crew"

    task_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    operator_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    since: Mapped[str] = mapped_column(String(40))


class MachineMarkRow(Base):
    __tablename__ = "machine_mark"

    mark_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    machine_id: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    raised_by: Mapped[str | None] = mapped_column(String(64))
    raised_at: Mapped[str] = mapped_column(String(40))


class MarkClearRow(Base):
    """The removed half of the observed-remove set: a clear may arrive before the mark it names."""

    __tablename__ = "machine_mark_clear"

    mark_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    cleared_by: Mapped[str | None] = mapped_column(String(64))
    cleared_at: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[str] = mapped_column(String(36))


class PalletRow(Base):
    __tablename__ = "pallet"

    sscc: Mapped[str] = mapped_column(String(18), primary_key=True)
    lot_code: Mapped[str] = mapped_column(String(64), index=True)
    material: Mapped[str] = mapped_column(String(64))
    qty_milli: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(10))
    built_at: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[str | None] = mapped_column(String(64))
    shipment_id: Mapped[str | None] = mapped_column(String(64))
    shipped_at: Mapped[str | None] = mapped_column(String(40))


class PalletElsewhereRow(Base):
    """A pallet built at another station that this station shipped or voided (migration 0007): its build is in
    ``plant_pallet``, and this row keeps it from being offered again before the server's word comes back."""

    __tablename__ = "pallet_elsewhere"

    sscc: Mapped[str] = mapped_column(Text, primary_key=True)
    status: Mapped[str] = mapped_column(Text)
    """``shipped`` or ``voided``."""
    customer_id: Mapped[str | None] = mapped_column(Text)
    shipment_id: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)


PROJECTION_TABLES = (
    LotEdgeRow,
    SignedInRow,
    TaskCrewRow,
    TaskStateRow,
    MachineMarkRow,
    MarkClearRow,
    PalletRow,
    PalletElsewhereRow,
    LotStockRow,
)


# --- what the plant knows: downloaded from the server's change feed (migrations 0006, 0007) ----------------
#
# Filled only by store/download.py, never by the station's own rebuild; a snapshot replaces them whole. Reads
# merge them with the local projections (store/reads.py).


class PlantMarkRow(Base):
    """An out-of-order mark raised at any station (the added half of the plant's OR-set)."""

    __tablename__ = "plant_machine_mark"

    mark_id: Mapped[str] = mapped_column(Text, primary_key=True)
    machine_id: Mapped[str] = mapped_column(Text, index=True)
    reason: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    station_id: Mapped[str | None] = mapped_column(Text)
    raised_by: Mapped[str | None] = mapped_column(Text)
    raised_at: Mapped[str] = mapped_column(Text)


class PlantMarkClearRow(Base):
    """A mark id some station cleared (the removed half)."""

    __tablename__ = "plant_mark_clear"

    mark_id: Mapped[str] = mapped_column(Text, primary_key=True)
    machine_id: Mapped[str | None] = mapped_column(Text)
    station_id: Mapped[str | None] = mapped_column(Text)
    cleared_by: Mapped[str | None] = mapped_column(Text)
    cleared_at: Mapped[str] = mapped_column(Text)


class PlantLotRow(Base):
    """A lot made or received anywhere in the plant, so it can be consumed here too."""

    __tablename__ = "plant_lot"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    material: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    station_id: Mapped[str | None] = mapped_column(Text)
    expiry: Mapped[str | None] = mapped_column(Text)
    made_on: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[str | None] = mapped_column(Text)
    on_hand_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    """What the plant has on record (received or produced, less consumed everywhere) when the server sent it."""
    palletized_milli: Mapped[int] = mapped_column(BigInteger, default=0)


class PlantLotEdgeRow(Base):
    """A genealogy edge recorded at any station: input lot went into output lot."""

    __tablename__ = "plant_lot_edge"
    __table_args__ = (
        Index("ix_plant_lot_edge_in_out", "input_lot", "output_lot"),
        Index("ix_plant_lot_edge_out_in", "output_lot", "input_lot"),
    )

    event_id: Mapped[str] = mapped_column(Text, primary_key=True)
    input_lot: Mapped[str] = mapped_column(Text)
    output_lot: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[str] = mapped_column(Text)
    material: Mapped[str | None] = mapped_column(Text)
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str | None] = mapped_column(Text)
    station_id: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[str] = mapped_column(Text)


class PlantLotStatusRow(Base):
    """The plant's latest status decision on a lot (server command or a station's hold/release)."""

    __tablename__ = "plant_lot_status"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    status: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    heard: Mapped[str | None] = mapped_column(Text)
    """The stations' decisions on the lot the server had judged when it sent this (JSON list of event ids;
    migration 0008)."""


class PlantPalletRow(Base):
    """A pallet built at any station (migration 0007), as the server last told: what is on it and whether it is
    still there, voided or shipped (``state``), so a dispatch station can ship pallets built at the lines."""

    __tablename__ = "plant_pallet"
    __table_args__ = (Index("ix_plant_pallet_state", "state"),)

    sscc: Mapped[str] = mapped_column(Text, primary_key=True)
    lot_code: Mapped[str] = mapped_column(Text)
    material: Mapped[str | None] = mapped_column(Text)
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str | None] = mapped_column(Text)
    station_id: Mapped[str | None] = mapped_column(Text)
    """The station that built it."""
    built_at: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(Text)
    """``built``, ``shipped`` or ``voided``."""
    customer_id: Mapped[str | None] = mapped_column(Text)
    shipment_id: Mapped[str | None] = mapped_column(Text)
    shipped_station: Mapped[str | None] = mapped_column(Text)
    shipped_at: Mapped[str | None] = mapped_column(Text)
    voided_station: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[str | None] = mapped_column(Text)
    void_reason: Mapped[str | None] = mapped_column(Text)


DOWNLOADED_TABLES = (PlantMarkRow, PlantMarkClearRow, PlantLotRow, PlantLotEdgeRow, PlantLotStatusRow, PlantPalletRow)


# --- sync and identity -----------------------------------------------------------------------------------


class EventSyncRow(Base):
    """Upload state of an event; kept apart so event rows stay immutable."""

    __tablename__ = "event_sync"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'acked', 'flagged', 'rejected')", name="ck_event_sync_state"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("event.event_id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[str | None] = mapped_column(String(40))


class StationMetaRow(Base):
    """Facts about this database: which station it belongs to, which app created it."""

    __tablename__ = "station_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncCursorRow(Base):
    """How far a sync channel has got, written in the same transaction as the rows it covers.

    ``upload``: ``"<epoch>:<seq>"`` of the last event the server acknowledged (acks always cover a prefix).
    """

    __tablename__ = "sync_cursor"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    position: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(40))


class PrintJobRow(Base):
    """A card waiting for, being sent to, or taken by a printer (migration 0004; see domain/printjobs.py)."""

    __tablename__ = "print_job"
    __table_args__ = (
        CheckConstraint(
            "state IN ('queued', 'printing', 'done', 'uncertain', 'failed', 'cancelled')", name="ck_print_job_state"
        ),
        Index("ix_print_job_state_due", "state", "next_attempt_ms"),
        Index("ix_print_job_subject", "card", "subject"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    card: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(64))
    printer: Mapped[str] = mapped_column(Text)
    card_json: Mapped[str] = mapped_column(Text)
    reprint: Mapped[bool] = mapped_column(default=False)
    operator_id: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_ms: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(100))
    done_at: Mapped[str | None] = mapped_column(String(40))
    event_id: Mapped[str | None] = mapped_column(String(36))
