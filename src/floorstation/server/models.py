"""Typed SQLAlchemy models of the server database (PostgreSQL in production, SQLite by default).

Stations and their credentials, the events they uploaded (exactly once, per station and epoch in seq order),
the cursor that makes that so, flags raised by business rules, alarms, and master data.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only makes INTEGER PRIMARY KEY an alias of the rowid (autoincrementing); BIGINT would not be.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class StationRow(Base):
    __tablename__ = "station"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))
    last_contact_at: Mapped[str | None] = mapped_column(String(40))
    app_version: Mapped[str | None] = mapped_column(String(40))
    pending_count: Mapped[int | None] = mapped_column(Integer)
    oldest_pending_age_s: Mapped[float | None]
    # 64 bits (a clock years off is kept as measured); SQLite's INTEGER holds 64 bits already (migration s0009).
    clock_offset_ms: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)


class EnrollmentCodeRow(Base):
    """A one-time code for one station; only its SHA-256 is kept."""

    __tablename__ = "enrollment_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"))
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))
    used_at: Mapped[str | None] = mapped_column(String(40))


class StationTokenRow(Base):
    """A long-lived station token; only its SHA-256 is kept. It never expires, it can be revoked."""

    __tablename__ = "station_token"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"), index=True)
    code_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    first_used_at: Mapped[str | None] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))


class IntegrationTokenRow(Base):
    """An API token of a system (an ERP), not of a station: only its SHA-256 is kept; revocable, never expiring
    (migration s0012). ``scope`` says what it opens: ``integration`` (orders in, results out)."""

    __tablename__ = "integration_token"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    scope: Mapped[str] = mapped_column(String(32))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))
    last_used_at: Mapped[str | None] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))


class DropFileRow(Base):
    """A file the drop folder took in (``floorstation-server watch``): written in the same transaction as its rows,
    so a file is imported once even when the server stops between the import and moving the file (s0012)."""

    __tablename__ = "drop_file"

    claim: Mapped[str] = mapped_column(String(64), primary_key=True)
    """The name the file was given while it was being taken in (``.taking/CLAIM``)."""
    name: Mapped[str] = mapped_column(String(255))
    taken_at: Mapped[str] = mapped_column(String(40))
    report_json: Mapped[str] = mapped_column(Text)


class SsccBlockRow(Base):
    """The SSCC serial block a station was given at enrollment (server/sscc.py): blocks never overlap, and a
    station enrolled again keeps its own."""

    __tablename__ = "sscc_block"
    __table_args__ = (UniqueConstraint("extension", "company_prefix", "first_serial", name="uq_sscc_block_first"),)

    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"), primary_key=True)
    company_prefix: Mapped[str] = mapped_column(String(12), primary_key=True)
    extension: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_serial: Mapped[int] = mapped_column(BigInteger)
    last_serial: Mapped[int] = mapped_column(BigInteger)
    allocated_at: Mapped[str] = mapped_column(String(40))


class StationCursorRow(Base):
    """How far the server holds a station's log, per epoch: every seq up to ``acked_seq`` is stored."""

    __tablename__ = "station_cursor"

    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    acked_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class EventRow(Base):
    """A station event as uploaded; ``id`` is the server's own arrival order."""

    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("station_id", "epoch", "seq", name="uq_event_station_epoch_seq"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
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
    received_at: Mapped[str] = mapped_column(String(40))
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)


class EventFlagRow(Base):
    """A business rule the event broke (stored anyway: the physical act happened), for someone to review."""

    __tablename__ = "event_flag"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("event.event_id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    reviewed_at: Mapped[str | None] = mapped_column(String(40))


class AlarmRow(Base):
    """Something that looks like tampering or a forked log: a refused upload that someone must look at."""

    __tablename__ = "alarm"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    station_id: Mapped[str | None] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    epoch: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)


class MasterRecordRow(Base):
    """One master-data row (material, lot, operator ...) as JSON in the shared catalog format.

    ``version`` comes from one counter over all records, bumped on every change: the future change feed.
    """

    __tablename__ = "master_record"
    __table_args__ = (Index("ix_master_record_version", "version"),)

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(String(140), primary_key=True)
    data_json: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[str] = mapped_column(String(40))


class ChangeCounterRow(Base):
    """The one sequencer of master-data versions. A writer locks its row until it commits, so versions become
    visible in the order they were handed out and a reader's cursor can never skip a late commit."""

    __tablename__ = "change_counter"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class PlantChangeRow(Base):
    """Derived state in the change feed that changes after it is first written: the latest state of one plant
    lot, lot status decision or pallet. ``version`` comes from the same counter as ``MasterRecordRow.version``.

    Machine marks, their clears and genealogy edges never change once written: they carry their version in their
    own projection rows (``PlantMarkRow``, ``PlantMarkClearRow``, ``PlantLotEdgeRow``) instead (migration s0006).
    ``deleted`` is kept for rows of servers from before that (a cleared mark's tombstone); none are written now.
    """

    __tablename__ = "plant_change"
    __table_args__ = (
        Index("ix_plant_change_version", "version"),
        Index(
            "ix_plant_change_tombstone", "updated_at", postgresql_where=text("deleted"), sqlite_where=text("deleted")
        ),
    )

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    data_json: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[str] = mapped_column(String(40))


# --- plant-wide projections: derived from stored events (and master lots), rebuilt by server/projections/ -------
#
# Quantities are whole thousandths (``*_milli``), BIGINT because a plant's sums pass 2**31. Text columns are
# unbounded: a payload field longer than expected must never make a batch fail (its station would be stuck).
# Every write is an upsert whose result does not depend on the order in which stations' events arrive (counters
# add up, marks and clears are sets, a pallet's build and shipment fill separate columns), so rebuild ==
# incremental.


class PlantLotRow(Base):
    """Every lot the plant knows: from master data (``in_master``), made or received at a station (``origin``),
    or so far only referred to by a consumption or a pallet. Master data wins for the describing columns."""

    __tablename__ = "plant_lot"
    __table_args__ = (Index("ix_plant_lot_material", "material"), Index("ix_plant_lot_station", "station_id"))

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    material: Mapped[str | None] = mapped_column(Text)
    in_master: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(Text, default="released")
    origin: Mapped[str | None] = mapped_column(Text)
    """``produced`` or ``received`` when a station created it; None otherwise."""
    station_id: Mapped[str | None] = mapped_column(Text)
    created_event: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[str | None] = mapped_column(Text)
    work_order: Mapped[str | None] = mapped_column(Text)
    machine_id: Mapped[str | None] = mapped_column(Text)
    made_on: Mapped[str | None] = mapped_column(Text)
    expiry: Mapped[str | None] = mapped_column(Text)
    supplier: Mapped[str | None] = mapped_column(Text)
    supplier_lot: Mapped[str | None] = mapped_column(Text)
    gtin: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    initial_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    """Received quantity, or the quantity master data gives."""
    produced_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    consumed_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    palletized_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    status_reason: Mapped[str | None] = mapped_column(Text)
    """Why the latest status decision was taken (``status_*``: migration s0003)."""
    status_at: Mapped[str | None] = mapped_column(Text)
    status_by: Mapped[str | None] = mapped_column(Text)
    status_source: Mapped[str | None] = mapped_column(Text)
    """Where the decision came from: ``server`` or the deciding event's id; breaks ties between equal ``at``."""
    decisions_heard: Mapped[str | None] = mapped_column(Text)
    """The stations' holds and releases of the lot the server has judged, taken or not: a JSON list of their
    event ids (migration s0008), sent with the status so that each station gives way to it."""


class PlantLotEdgeRow(Base):
    """A genealogy edge (``lot.consumed``): input lot went into output lot. Indexed both ways for recursive CTEs.
    ``version``: its place in the change feed (from the ``master`` counter)."""

    __tablename__ = "plant_lot_edge"
    __table_args__ = (
        Index("ix_plant_lot_edge_in_out", "input_lot", "output_lot"),
        Index("ix_plant_lot_edge_out_in", "output_lot", "input_lot"),
        Index("ix_plant_lot_edge_task", "task_id"),
        Index("ix_plant_lot_edge_version", "version"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(Text, unique=True)
    station_id: Mapped[str] = mapped_column(Text)
    input_lot: Mapped[str] = mapped_column(Text)
    output_lot: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[str] = mapped_column(Text)
    material: Mapped[str] = mapped_column(Text)
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str] = mapped_column(Text)
    operator_id: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(BigInteger)


class PlantTaskRow(Base):
    """Which machine and work order a task ran on (from ``task.started`` / ``lot.produced``), for joins, and
    whether it is still open (a recall's "open work orders still using the lot"): its state after its latest
    start, pause, resume or stop (columns from migration s0005).

    ``machine_id`` and ``work_order`` are ``''`` while only a pause, resume or stop of the task has arrived."""

    __tablename__ = "plant_task"

    task_id: Mapped[str] = mapped_column(Text, primary_key=True)
    machine_id: Mapped[str] = mapped_column(Text)
    work_order: Mapped[str] = mapped_column(Text)
    station_id: Mapped[str] = mapped_column(Text)
    started_at: Mapped[str | None] = mapped_column(Text)
    """The latest ``task.started`` or ``task.resumed``, in UTC (``YYYY-MM-DDTHH:MM:SS.ffffff+00:00``)."""
    stopped_at: Mapped[str | None] = mapped_column(Text)
    """The latest ``task.stopped``, in UTC."""
    state: Mapped[str | None] = mapped_column(Text)
    """``running``, ``paused`` or ``stopped``: what the task's latest start, pause, resume or stop made it."""
    state_key: Mapped[str | None] = mapped_column(Text)
    """Which event that was: UTC time, station, epoch and seq, as one text that sorts in that order."""


class PlantTaskStopRow(Base):
    """A ``task.stopped`` or ``task.counted`` that reported good into an output lot: the recall's exports take these
    events for the lots they describe without reading every stop of the plant (migration s0005)."""

    __tablename__ = "plant_task_stop"
    __table_args__ = (Index("ix_plant_task_stop_output", "output_lot", "task_id"),)

    event_id: Mapped[str] = mapped_column(Text, primary_key=True)
    task_id: Mapped[str] = mapped_column(Text)
    output_lot: Mapped[str] = mapped_column(Text)
    good_milli: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[str] = mapped_column(Text)


class PlantPalletRow(Base):
    """A pallet (SSCC): built at one station, perhaps shipped or voided at another; the events may arrive in any
    order. A voided pallet's quantity no longer counts as palletized on its lot."""

    __tablename__ = "plant_pallet"
    __table_args__ = (Index("ix_plant_pallet_lot", "lot_code"), Index("ix_plant_pallet_shipment", "shipment_id"))

    sscc: Mapped[str] = mapped_column(Text, primary_key=True)
    lot_code: Mapped[str | None] = mapped_column(Text)
    material: Mapped[str | None] = mapped_column(Text)
    qty_milli: Mapped[int | None] = mapped_column(BigInteger)
    unit: Mapped[str | None] = mapped_column(Text)
    built_station: Mapped[str | None] = mapped_column(Text)
    built_event: Mapped[str | None] = mapped_column(Text)
    built_at: Mapped[str | None] = mapped_column(Text)
    customer_id: Mapped[str | None] = mapped_column(Text)
    shipment_id: Mapped[str | None] = mapped_column(Text)
    shipped_station: Mapped[str | None] = mapped_column(Text)
    shipped_event: Mapped[str | None] = mapped_column(Text)
    shipped_at: Mapped[str | None] = mapped_column(Text)
    voided_event: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[str | None] = mapped_column(Text)
    void_reason: Mapped[str | None] = mapped_column(Text)


class PlantShipmentRow(Base):
    """A shipment: the pallets loaded under one shipment id for a customer."""

    __tablename__ = "plant_shipment"
    __table_args__ = (Index("ix_plant_shipment_customer", "customer_id"),)

    shipment_id: Mapped[str] = mapped_column(Text, primary_key=True)
    customer_id: Mapped[str] = mapped_column(Text)
    pallets: Mapped[int] = mapped_column(Integer, default=0)
    first_shipped_at: Mapped[str] = mapped_column(Text)
    last_shipped_at: Mapped[str] = mapped_column(Text)


class PlantMarkRow(Base):
    """The added half of the machines' add-wins observed-remove set: out-of-order marks raised anywhere.
    ``version``: its place in the change feed, which sends it while no clear names it."""

    __tablename__ = "plant_machine_mark"
    __table_args__ = (Index("ix_plant_machine_mark_version", "version"),)

    mark_id: Mapped[str] = mapped_column(Text, primary_key=True)
    machine_id: Mapped[str] = mapped_column(Text, index=True)
    reason: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    station_id: Mapped[str] = mapped_column(Text)
    raised_by: Mapped[str | None] = mapped_column(Text)
    raised_at: Mapped[str] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(BigInteger)


class PlantMarkClearRow(Base):
    """The removed half: a mark id some clear named (it may arrive before the mark itself). ``version``: its place
    in the change feed, where it is the mark's tombstone."""

    __tablename__ = "plant_machine_mark_clear"
    __table_args__ = (Index("ix_plant_machine_mark_clear_version", "version"),)

    mark_id: Mapped[str] = mapped_column(Text, primary_key=True)
    machine_id: Mapped[str] = mapped_column(Text)
    station_id: Mapped[str] = mapped_column(Text)
    cleared_by: Mapped[str | None] = mapped_column(Text)
    cleared_at: Mapped[str] = mapped_column(Text)
    event_id: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(BigInteger)


OPEN_SEGMENT = "next_ms IS NULL AND kind IN ('start', 'join', 'pause', 'resume')"
"""A work fact whose run or pause nothing has ended yet."""


class PlantWorkRow(Base):
    """One work-registration fact, typed for the reports (``server/reporting``): a task's start, join, pause,
    resume or stop, or an operator's sign-out (migration s0010). ``at_ms``: the event's time in UTC milliseconds;
    reports order a task's facts by (``at_ms``, station, epoch, seq), never by arrival, so a late upload changes
    them as computing from scratch would. Written once per event, whatever order they arrive in."""

    __tablename__ = "plant_work_event"
    __table_args__ = (
        Index("ix_plant_work_event_task", "task_id", "at_ms"),
        Index("ix_plant_work_event_at", "at_ms", "next_ms"),
        Index("ix_plant_work_event_operator", "operator_id", "at_ms"),
        # The runs and pauses still open: the few tasks at work now (migration s0018).
        Index(
            "ix_plant_work_event_open",
            "task_id",
            postgresql_where=text(OPEN_SEGMENT),
            sqlite_where=text(OPEN_SEGMENT),
        ),
    )

    event_id: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    """``start``, ``join``, ``pause``, ``resume``, ``stop``, ``signout`` or ``count`` (an interim count: one row per
    scrap reason it names, ``event_id`` suffixed ``/1``, ``/2`` ... after the first; never ends a segment)."""
    task_id: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    """A pause's reason, or a stop's scrap reason."""
    at_ms: Mapped[int] = mapped_column(BigInteger)
    next_ms: Mapped[int | None] = mapped_column(BigInteger)
    """When the task's next fact happened (by time, station, epoch, seq): where this fact's run or pause ends;
    None while it is the task's latest (and for a sign-out)."""
    station_id: Mapped[str] = mapped_column(Text)
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    good_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    scrap_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    rework_milli: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class PlantReportTaskRow(Base):
    """What one task did in one shift of the plant calendar (migration s0018): its run and pause time, and the good,
    scrap and rework its stops and counts reported (``n`` of them; ``timed``: 1 when a run or pause of it reached
    into the shift). Worked out from ``plant_work_event`` by ``reporting.cells`` for the shifts that have ended,
    kept up to date from the tasks :class:`PlantReportDirtyRow` names; ``ws``/``we``: the shift's start and end
    (UTC ms)."""

    __tablename__ = "plant_report_task"
    __table_args__ = (Index("ix_plant_report_task_task", "task_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(Text)
    ws: Mapped[int] = mapped_column(BigInteger)
    we: Mapped[int] = mapped_column(BigInteger)
    run_ms: Mapped[int] = mapped_column(BigInteger)
    pause_ms: Mapped[int] = mapped_column(BigInteger)
    good_milli: Mapped[int] = mapped_column(BigInteger)
    scrap_milli: Mapped[int] = mapped_column(BigInteger)
    rework_milli: Mapped[int] = mapped_column(BigInteger)
    n: Mapped[int] = mapped_column(BigInteger)
    timed: Mapped[int] = mapped_column(Integer)


class PlantReportPauseRow(Base):
    """One task's pause time in one shift by the pause's reason (migration s0018)."""

    __tablename__ = "plant_report_pause"
    __table_args__ = (Index("ix_plant_report_pause_task", "task_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(Text)
    ws: Mapped[int] = mapped_column(BigInteger)
    we: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str | None] = mapped_column(Text)
    ms: Mapped[int] = mapped_column(BigInteger)


class PlantReportCrewRow(Base):
    """One crew member's share of :class:`PlantReportTimeRow`: the time they were on the task's crew (migration
    s0018)."""

    __tablename__ = "plant_report_crew"
    __table_args__ = (Index("ix_plant_report_crew_task", "task_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(Text)
    ws: Mapped[int] = mapped_column(BigInteger)
    we: Mapped[int] = mapped_column(BigInteger)
    operator_id: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    ms: Mapped[int] = mapped_column(BigInteger)


class PlantReportCreditRow(Base):
    """The good and scrap of one task's stops and counts in one shift as credited to people (migration s0018): a
    stop's to the crew members whose time on the task it ended, a count's to whoever made it."""

    __tablename__ = "plant_report_credit"
    __table_args__ = (Index("ix_plant_report_credit_task", "task_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(Text)
    ws: Mapped[int] = mapped_column(BigInteger)
    we: Mapped[int] = mapped_column(BigInteger)
    operator_id: Mapped[str | None] = mapped_column(Text)
    good_milli: Mapped[int] = mapped_column(BigInteger)
    scrap_milli: Mapped[int] = mapped_column(BigInteger)


class PlantReportShareRow(Base):
    """The share of one stop's (or count's) run that fell in one shift (migration s0018): what OEE spreads its
    pieces by. ``prev_ms``: the task's stop or count before it (None: none)."""

    __tablename__ = "plant_report_share"
    __table_args__ = (Index("ix_plant_report_share_task", "task_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(Text)
    ws: Mapped[int] = mapped_column(BigInteger)
    we: Mapped[int] = mapped_column(BigInteger)
    stop_ms: Mapped[int] = mapped_column(BigInteger)
    prev_ms: Mapped[int | None] = mapped_column(BigInteger)
    good_milli: Mapped[int] = mapped_column(BigInteger)
    scrap_milli: Mapped[int] = mapped_column(BigInteger)
    run_ms: Mapped[int] = mapped_column(BigInteger)
    in_window_ms: Mapped[int] = mapped_column(BigInteger)


class PlantReportDirtyRow(Base):
    """A task (``task_id``) or a person's sign-out (``operator_id``) whose work facts changed since the reports'
    shift figures were last worked out (migration s0018): written by ingest, consumed by ``reporting.cells``.
    ``at_ms``: the earliest changed fact's time."""

    __tablename__ = "plant_report_dirty"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[str | None] = mapped_column(Text)
    at_ms: Mapped[int] = mapped_column(BigInteger)


class PlantReportTodoRow(Base):
    """The tasks whose shift figures are being worked out again, within one refresh (migration s0018)."""

    __tablename__ = "plant_report_todo"

    task_id: Mapped[str] = mapped_column(Text, primary_key=True)


class PlantReportStateRow(Base):
    """Up to where the reports' shift figures reach (migration s0018): every shift ending at or before
    ``horizon_ms`` of the plant calendar ``calendar`` (its time zone and shifts, as text) is worked out. No row: none
    is (the next report works them all out)."""

    __tablename__ = "plant_report_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    calendar: Mapped[str] = mapped_column(Text)
    horizon_ms: Mapped[int] = mapped_column(BigInteger)


PLANT_TABLES = (
    PlantLotRow,
    PlantLotEdgeRow,
    PlantTaskRow,
    PlantTaskStopRow,
    PlantPalletRow,
    PlantShipmentRow,
    PlantMarkRow,
    PlantMarkClearRow,
    PlantWorkRow,
)


# --- the plant office: its people, their sessions, and alarms someone has looked at (migration s0010) ---------


class OfficeUserRow(Base):
    """A person who uses the plant office in a browser. Not a station operator: operators sign in at terminals
    with a badge and PIN; office users with a name and a password (argon2 hash only)."""

    __tablename__ = "office_user"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8), default="en")
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    disabled_at: Mapped[str | None] = mapped_column(String(40))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    """Wrong passwords in a row since the last good one."""
    locked_until: Mapped[str | None] = mapped_column(String(40))


class OfficeSessionRow(Base):
    """A signed-in browser. Only the SHA-256 of the cookie's secret is kept; the CSRF token is checked on every
    form the browser posts."""

    __tablename__ = "office_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))


class AlarmAckRow(Base):
    """Someone in the office looked at an alarm (``subject`` ``alarm``) or an event flag (``flag``) and said what
    was done about it."""

    __tablename__ = "alarm_ack"
    __table_args__ = (UniqueConstraint("subject", "subject_id", name="uq_alarm_ack_subject"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(String(8))
    subject_id: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(40))
    by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text)


class StationConfigRow(Base):
    """The configuration the server keeps for one station (``server/provisioning.py``): the tables of a
    ``station.toml`` fragment as JSON, sent with every heartbeat answer. The station's own file overrides it key by
    key."""

    __tablename__ = "station_config"

    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    config: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(40))


class PlantSettingRow(Base):
    """One of the plant's settings kept by the server, as JSON (``trace_profile``; ``plant_version``: the version
    every station should run), with who changed it last."""

    __tablename__ = "plant_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(40))
    updated_by: Mapped[str] = mapped_column(String(64))


class RecallDrillRow(Base):
    """A mock recall, timed: started (by whom, when), its steps as done (JSON list of ``{"step", "at"}``),
    finished (by whom, when, how long in milliseconds)."""

    __tablename__ = "recall_drill"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    lot: Mapped[str] = mapped_column(Text)
    started_at: Mapped[str] = mapped_column(String(40), index=True)
    started_by: Mapped[str] = mapped_column(String(64))
    steps_json: Mapped[str] = mapped_column(Text, default="[]")
    finished_at: Mapped[str | None] = mapped_column(String(40))
    finished_by: Mapped[str | None] = mapped_column(String(64))
    duration_ms: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")


# --- results out to an ERP: webhooks, their outbox, production confirmations (migration s0013) -------------
class WebhookRow(Base):
    """An endpoint the server POSTs new events and confirmations to. ``events``: comma-separated types
    (``*`` for every event type; ``confirmation`` for confirmations). ``secret`` signs each request (HMAC-SHA256),
    so it is kept as given: the receiver holds the same one."""

    __tablename__ = "webhook"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text)
    events: Mapped[str] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    confirmation_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    """The number of the last confirmation taken into a delivery."""
    failures: Mapped[int] = mapped_column(Integer, default=0)
    """Failed attempts in a row since the last 2xx."""
    failing_since: Mapped[str | None] = mapped_column(String(40))
    next_attempt_at: Mapped[str | None] = mapped_column(String(40))
    last_success_at: Mapped[str | None] = mapped_column(String(40))
    last_error_at: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)


class WebhookCursorRow(Base):
    """How far a webhook has taken a station's log (per epoch): every seq up to ``seq`` is delivered or in the
    outbox."""

    __tablename__ = "webhook_cursor"

    webhook_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("webhook.id", ondelete="CASCADE"), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class WebhookDeliveryRow(Base):
    """One request in the outbox: its body and key are fixed when it is made, so every retry (after a restart
    too) sends the same bytes under the same ``Idempotency-Key``. Deleted when the endpoint answers 2xx."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (Index("ix_webhook_delivery_webhook", "webhook_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    webhook_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("webhook.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    """``events`` (one station's epoch, seq ``first`` to ``last``) or ``confirmations`` (numbers ``first`` to
    ``last``)."""
    station_id: Mapped[str | None] = mapped_column(String(64))
    epoch: Mapped[int | None] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    items: Mapped[int] = mapped_column(Integer)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class ConfirmationRow(Base):
    """A production confirmation: what one task stop reports, in the shape an ERP books. ``id`` is its place in
    the feed (``GET /v1/confirmations?since=``), handed out in commit order."""

    __tablename__ = "confirmation"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[str] = mapped_column(String(64))
    task_id: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))


class ConfirmationSourceRow(Base):
    """How far confirmations have been made from a station's log (per epoch)."""

    __tablename__ = "confirmation_source"

    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class ConfirmationOpenRow(Base):
    """What a task has gathered at a station since its last stop there (JSON): start, operators, lots used."""

    __tablename__ = "confirmation_open"

    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    task_id: Mapped[str] = mapped_column(Text, primary_key=True)
    gathered: Mapped[str] = mapped_column(Text)


class BackgroundRunRow(Base):
    """Periodic work of the server (``server/leases.py``): when one of the server processes last finished it, so
    that several processes on one database run it once per period between them."""

    __tablename__ = "background_run"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    runs: Mapped[int] = mapped_column(Integer)
    last_started_at: Mapped[str] = mapped_column(String(40))
    last_finished_at: Mapped[str | None] = mapped_column(String(40))
    last_process: Mapped[str] = mapped_column(String(200))
    """Host name and process id of the server process that ran it last."""
