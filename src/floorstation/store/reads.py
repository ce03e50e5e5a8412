"""Reads of master data and projections as domain objects, on one connection (inside its transaction)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, case, exists, func, literal, or_, select, union_all

from floorstation.domain.codes import SsccRange
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.marks import Mark, MarkSet
from floorstation.domain.master import (
    BomLine,
    Customer,
    DateKind,
    Lot,
    LotStatus,
    Machine,
    Material,
    Operator,
    ReasonCode,
    ReasonKind,
    Role,
    Task,
    WorkOrderStatus,
)
from floorstation.domain.ports import Consumption, Pallet, TaskState
from floorstation.domain.quantities import from_milli
from floorstation.store import station_meta
from floorstation.store.models import (
    BomLineRow,
    CustomerRow,
    EventRow,
    LotEdgeRow,
    LotRow,
    LotStockRow,
    MachineMarkRow,
    MachineRow,
    MarkClearRow,
    MaterialRow,
    OperatorRow,
    PalletElsewhereRow,
    PalletRow,
    PlantLotEdgeRow,
    PlantLotRow,
    PlantLotStatusRow,
    PlantMarkClearRow,
    PlantMarkRow,
    PlantPalletRow,
    ReasonRow,
    SignedInRow,
    TaskCrewRow,
    TaskRow,
    TaskStateRow,
    WorkOrderRow,
)
from floorstation.store.trace import trace, upstream

_LOT_COLUMNS = (
    LotRow.code,
    LotRow.material,
    LotRow.status,
    LotRow.expiry,
    LotRow.made_on,
    LotRow.supplier,
    LotRow.supplier_lot,
    (
        LotRow.initial_milli
        + func.coalesce(LotStockRow.produced_milli, 0)
        - func.coalesce(LotStockRow.consumed_milli, 0)
    ).label("on_hand"),
    func.coalesce(LotStockRow.palletized_milli, 0).label("palletized"),
)


_DECISION_COLUMNS = (
    LotRow.status_reason,
    LotRow.status_by,
    LotRow.status_at,
    LotRow.status_event,
    PlantLotStatusRow.heard.label("p_heard"),
    PlantLotStatusRow.status.label("p_status"),
    PlantLotStatusRow.reason.label("p_reason"),
    PlantLotStatusRow.decided_by.label("p_by"),
    PlantLotStatusRow.decided_at.label("p_at"),
)


def _reason(row: Any) -> ReasonCode:
    return ReasonCode(
        ReasonKind(row.kind),
        row.code,
        row.label,
        _names(row.label_i18n),
        rules=tuple((row.rules or "").split()),
        roles=tuple(Role(r) for r in (row.roles or "").split()),
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _instant(at: str | None) -> datetime:
    """A decision's time for comparison (UTC offsets differ between stations); none or unreadable: oldest."""
    try:
        found = datetime.fromisoformat(at) if at else None
    except ValueError:
        found = None
    if found is None:
        return datetime.min.replace(tzinfo=UTC)
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


_Decision = tuple[str | None, str | None, str | None, str | None]
"""A lot status decision: status, reason, by whom, when."""


def _latest(local: _Decision, plant: _Decision, local_event: str | None = None, heard: str | None = None) -> _Decision:
    """The lot's status here: this station's own decision (``local``) or the plant's (downloaded).

    The plant decides (docs/architecture.md, "Who decides"): a recall there always counts, and so does the plant's
    status once the server has judged this station's decision (``heard`` names ``local_event``), whatever this
    station's clock said. Until then the later of the two counts, the plant's on a tie, since it already weighed
    every station's decisions that reached the server."""
    if plant[0] is None:
        return local
    if plant[0] == LotStatus.RECALLED.value or local[3] is None:
        return plant
    if local_event is not None and heard and local_event in json.loads(heard):
        return plant
    if _instant(local[3]) > _instant(plant[3]):
        return local
    return plant


def _lot_status(value: str | None) -> LotStatus:
    if value == "held":
        return LotStatus.HOLD
    return LotStatus(value or LotStatus.RELEASED.value)


def _decision(r: Any) -> dict[str, Any]:
    status, reason, by, at = _latest(
        (r.status, r.status_reason, r.status_by, r.status_at),
        (r.p_status, r.p_reason, r.p_by, r.p_at),
        r.status_event,
        r.p_heard,
    )
    return {"status": _lot_status(status), "status_reason": reason, "status_by": by, "status_at": at}


_PLANT_PALLET_COLUMNS = (
    PlantPalletRow.state.label("p_state"),
    PlantPalletRow.customer_id.label("p_customer"),
    PlantPalletRow.shipment_id.label("p_shipment"),
    PlantPalletRow.shipped_station.label("p_shipped_station"),
    PlantPalletRow.shipped_at.label("p_shipped_at"),
    PlantPalletRow.voided_station.label("p_voided_station"),
    PlantPalletRow.voided_at.label("p_voided_at"),
    PlantPalletRow.void_reason.label("p_void_reason"),
)
# A pallet built here that another station shipped or voided has the plant's status.
_LOCAL_PALLET_STATUS = case(
    (and_(PalletRow.status == "built", PlantPalletRow.state.in_(("shipped", "voided"))), PlantPalletRow.state),
    else_=PalletRow.status,
)
# A pallet built elsewhere: what this station did to it, else what the plant last said.
_PLANT_PALLET_STATUS = func.coalesce(PalletElsewhereRow.status, PlantPalletRow.state)


def _plant_pallet(r: Any, state: str, *, built_station: str | None) -> Pallet:
    """A pallet as the plant's change feed describes it (``r`` has the ``p_*`` columns)."""
    shipped = state == "shipped"
    return Pallet(
        r.sscc,
        r.lot_code,
        r.material or "",
        from_milli(r.qty_milli),
        r.unit or "",
        state,
        r.p_customer if shipped else None,
        r.p_shipment if shipped else None,
        built_station=built_station,
        status_at=r.p_shipped_at if shipped else r.p_voided_at if state == "voided" else None,
        status_station=r.p_shipped_station if shipped else r.p_voided_station if state == "voided" else None,
        void_reason=r.p_void_reason if state == "voided" else None,
    )


# The reads the terminal repeats on every refresh of its screens (``app.views.station_view``, every few seconds and
# after every action) are built once: building a statement costs more than SQLite takes to run it.
_OPERATORS = select(OperatorRow).order_by(OperatorRow.name)
_MACHINES = select(MachineRow).order_by(MachineRow.id)
_SIGNED_IN = select(SignedInRow.operator_id).order_by(SignedInRow.since)
_MATERIAL = select(MaterialRow).where(MaterialRow.code == bindparam("code"))
_REASONS = select(ReasonRow).where(ReasonRow.kind == bindparam("kind")).order_by(ReasonRow.code)
_TASK_IDS = select(TaskRow.id).order_by(TaskRow.machine_id, TaskRow.work_order, TaskRow.seq)
_MACHINE_TASK_IDS = _TASK_IDS.where(TaskRow.machine_id == bindparam("machine_id"))
# A task with its bill of materials: one row per BOM line (one row with no material when it has none).
_TASK = (
    select(
        TaskRow,
        WorkOrderRow.product,
        WorkOrderRow.planned_milli,
        WorkOrderRow.due_date,
        WorkOrderRow.priority,
        WorkOrderRow.status.label("order_status"),
        BomLineRow.material.label("bom_material"),
        BomLineRow.qty_per_unit.label("bom_qty"),
    )
    .join(WorkOrderRow, WorkOrderRow.number == TaskRow.work_order)
    .outerjoin(BomLineRow, BomLineRow.task_id == TaskRow.id)
    .where(TaskRow.id == bindparam("task_id"))
    .order_by(BomLineRow.material)
)
# A task's state with its crew: one row per operator working it, in the order they joined.
_TASK_STATE = (
    select(TaskStateRow, TaskCrewRow.operator_id.label("crew_member"))
    .outerjoin(TaskCrewRow, TaskCrewRow.task_id == TaskStateRow.task_id)
    .where(TaskStateRow.task_id == bindparam("task_id"))
    .order_by(TaskCrewRow.since)
)


def _uncleared_marks(table: type[MachineMarkRow] | type[PlantMarkRow], plant: int) -> Select[Any]:
    """The marks of one machine in ``table`` that no clear made here or downloaded from the plant names."""
    return select(
        table.mark_id,
        table.machine_id,
        table.reason,
        table.note,
        table.raised_by,
        table.raised_at,
        literal(plant).label("plant"),
    ).where(
        table.machine_id == bindparam("machine_id"),
        ~exists().where(MarkClearRow.mark_id == table.mark_id),
        ~exists().where(PlantMarkClearRow.mark_id == table.mark_id),
    )


# A machine's open marks, those made here first (a mark of this station that came back down from the plant is the
# same mark: the first one read stands).
_OPEN_MARKS = union_all(_uncleared_marks(MachineMarkRow, 0), _uncleared_marks(PlantMarkRow, 1)).order_by("plant")


class SqlStationData:
    """Implements :class:`floorstation.domain.ports.StationData` over a SQLAlchemy connection."""

    conn: Connection
    station_id: str

    def operator(self, operator_id: str) -> Operator | None:
        row = self.conn.execute(select(OperatorRow).where(OperatorRow.id == operator_id)).first()
        return self._operator(row) if row else None

    def operator_by_badge(self, badge: str) -> Operator | None:
        row = self.conn.execute(select(OperatorRow).where(OperatorRow.badge == badge)).first()
        return self._operator(row) if row else None

    def operators(self) -> list[Operator]:
        rows = self.conn.execute(_OPERATORS).all()
        return [self._operator(r) for r in rows]

    @staticmethod
    def _operator(row: object) -> Operator:
        return Operator(
            id=row.id,  # type: ignore[attr-defined]
            name=row.name,  # type: ignore[attr-defined]
            badge=row.badge,  # type: ignore[attr-defined]
            roles=frozenset(Role(r) for r in row.roles.split()),  # type: ignore[attr-defined]
            pin_hash=row.pin_hash,  # type: ignore[attr-defined]
            active=bool(row.active),  # type: ignore[attr-defined]
        )

    def machine(self, machine_id: str) -> Machine | None:
        row = self.conn.execute(select(MachineRow).where(MachineRow.id == machine_id)).first()
        return Machine(row.id, row.name, row.code) if row else None

    def machines(self) -> list[Machine]:
        rows = self.conn.execute(_MACHINES).all()
        return [Machine(r.id, r.name, r.code) for r in rows]

    def material(self, code: str) -> Material | None:
        row = self.conn.execute(_MATERIAL, {"code": code}).first()
        if row is None:
            return None
        date_kind: DateKind = "best_before" if row.date_kind == "best_before" else "expiry"
        return Material(
            row.code,
            row.name,
            row.unit,
            row.gtin,
            bool(row.lot_tracked),
            row.shelf_life_days,
            date_kind,
            _names(row.name_i18n),
        )

    def material_by_gtin(self, gtin: str) -> Material | None:
        code = self.conn.scalar(select(MaterialRow.code).where(MaterialRow.gtin == gtin.zfill(14)))
        return self.material(code) if code is not None else None

    def task(self, task_id: str) -> Task | None:
        rows = self.conn.execute(_TASK, {"task_id": task_id}).all()
        if not rows:
            return None
        row = rows[0]
        return Task(
            id=row.id,
            work_order=row.work_order,
            seq=row.seq,
            machine_id=row.machine_id,
            name=row.name,
            product=row.product,
            planned_qty=from_milli(row.planned_milli),
            parameters=json.loads(row.parameters_json),
            bom=tuple(BomLine(r.bom_material, Decimal(r.bom_qty)) for r in rows if r.bom_material is not None),
            due_date=date.fromisoformat(row.due_date) if row.due_date else None,
            priority=row.priority,
            order_status=WorkOrderStatus(row.order_status) if row.order_status else WorkOrderStatus.RELEASED,
        )

    def task_ids(self, machine_id: str | None = None) -> list[str]:
        if machine_id is None:
            return list(self.conn.scalars(_TASK_IDS))
        return list(self.conn.scalars(_MACHINE_TASK_IDS, {"machine_id": machine_id}))

    def reason(self, kind: ReasonKind, code: str) -> ReasonCode | None:
        row = self.conn.execute(select(ReasonRow).where(ReasonRow.kind == kind.value, ReasonRow.code == code)).first()
        return _reason(row) if row else None

    def reasons(self, kind: ReasonKind) -> list[ReasonCode]:
        rows = self.conn.execute(_REASONS, {"kind": kind.value}).all()
        return [_reason(r) for r in rows]

    def customer(self, customer_id: str) -> Customer | None:
        row = self.conn.execute(select(CustomerRow).where(CustomerRow.id == customer_id)).first()
        return Customer(row.id, row.name) if row else None

    def customers(self) -> list[Customer]:
        rows = self.conn.execute(select(CustomerRow).order_by(CustomerRow.id)).all()
        return [Customer(r.id, r.name) for r in rows]

    def _lots(self, *where: object, plant_where: tuple[object, ...] | None = None) -> list[Lot]:
        """Lots known here, each with its effective status (the latest decision here or anywhere in the plant),
        then (``plant_where``) lots known only to the plant: made or received at another station."""
        query = (
            select(*_LOT_COLUMNS, *_DECISION_COLUMNS)
            .outerjoin(LotStockRow, LotStockRow.lot_code == LotRow.code)
            .outerjoin(PlantLotStatusRow, PlantLotStatusRow.code == LotRow.code)
        )
        rows = self.conn.execute(query.where(*where).order_by(LotRow.code)).all()  # type: ignore[arg-type]
        found = [
            Lot(
                code=r.code,
                material=r.material,
                quantity=from_milli(r.on_hand),
                expiry=_date(r.expiry),
                made_on=_date(r.made_on),
                supplier=r.supplier,
                supplier_lot=r.supplier_lot,
                palletized=from_milli(r.palletized),
                **_decision(r),
            )
            for r in rows
        ]
        if plant_where is not None:
            found += self._plant_lots(*plant_where)
        return sorted(found, key=lambda lot: lot.code)

    def _plant_lots(self, *where: object) -> list[Lot]:
        # Consumed here and not yet in the plant's figure (its edge has not come back down): index range scans on
        # (input_lot, ...) of both edge tables, per plant lot.
        local_use = (
            select(func.coalesce(func.sum(LotEdgeRow.qty_milli), 0))
            .where(
                LotEdgeRow.input_lot == PlantLotRow.code,
                LotEdgeRow.event_id.not_in(
                    select(PlantLotEdgeRow.event_id).where(PlantLotEdgeRow.input_lot == PlantLotRow.code)
                ),
            )
            .correlate(PlantLotRow)
            .scalar_subquery()
        )
        # Put on pallets here and not yet in the plant's figure (the pallet has not come back down).
        local_pallets = (
            select(func.coalesce(func.sum(PalletRow.qty_milli), 0))
            .where(
                PalletRow.lot_code == PlantLotRow.code,
                PalletRow.status != "voided",
                ~select(PlantPalletRow.sscc).where(PlantPalletRow.sscc == PalletRow.sscc).exists(),
            )
            .correlate(PlantLotRow)
            .scalar_subquery()
        )
        query = (
            select(
                *PlantLotRow.__table__.columns,
                local_use.label("used"),
                local_pallets.label("palletized_here"),
                PlantLotStatusRow.status.label("p_status"),
                PlantLotStatusRow.reason.label("p_reason"),
                PlantLotStatusRow.decided_by.label("p_by"),
                PlantLotStatusRow.decided_at.label("p_at"),
            )
            .outerjoin(PlantLotStatusRow, PlantLotStatusRow.code == PlantLotRow.code)
            .where(PlantLotRow.material.is_not(None), PlantLotRow.code.not_in(select(LotRow.code)), *where)  # type: ignore[arg-type]
        )
        out = []
        for r in self.conn.execute(query).all():
            lot = r
            status, reason, by, at = _latest((None, None, None, None), (r.p_status, r.p_reason, r.p_by, r.p_at))
            out.append(
                Lot(
                    code=lot.code,
                    material=lot.material,
                    # What the plant had on record when the server sent it, less what was consumed here since.
                    quantity=from_milli(lot.on_hand_milli - r.used),
                    status=_lot_status(status),
                    expiry=_date(lot.expiry),
                    made_on=_date(lot.made_on),
                    palletized=from_milli(lot.palletized_milli + r.palletized_here),
                    status_reason=reason,
                    status_by=by,
                    status_at=at,
                )
            )
        return out

    def lot(self, code: str) -> Lot | None:
        found = self._lots(LotRow.code == code) or self._plant_lots(PlantLotRow.code == code)
        return found[0] if found else None

    def lots_of_material(self, material: str) -> list[Lot]:
        return self._lots(LotRow.material == material, plant_where=(PlantLotRow.material == material,))

    def all_lots(self) -> list[Lot]:
        return self._lots(plant_where=())

    def signed_in(self) -> list[str]:
        return list(self.conn.scalars(_SIGNED_IN))

    def task_state(self, task_id: str) -> TaskState:
        rows = self.conn.execute(_TASK_STATE, {"task_id": task_id}).all()
        if not rows:
            return TaskState(task_id=task_id, status="idle")
        row = rows[0]
        return TaskState(
            task_id=task_id,
            status=row.status,
            crew=tuple(r.crew_member for r in rows if r.crew_member is not None),
            output_lot=row.output_lot,
            good_qty=from_milli(row.good_milli),
            scrap_qty=from_milli(row.scrap_milli),
            started_at=row.started_at,
            pause_reason=row.pause_reason,
        )

    def tasks_of_operator(self, operator_id: str) -> list[TaskState]:
        ids = self.conn.scalars(select(TaskCrewRow.task_id).where(TaskCrewRow.operator_id == operator_id))
        return [self.task_state(t) for t in ids]

    def open_marks(self, machine_id: str) -> list[Mark]:
        """The machine's open marks: the add-wins OR-set over marks and clears made here and those downloaded
        from the plant (raised or cleared at any station); the clears are applied in the query."""
        marks = MarkSet()
        for r in self.conn.execute(_OPEN_MARKS, {"machine_id": machine_id}):
            marks.mark_down(Mark(r.mark_id, r.machine_id, r.reason, r.note, r.raised_by, r.raised_at))
        return sorted(marks.open_marks(machine_id), key=lambda m: (m.raised_at or "", m.mark_id))

    def consumptions(self, task_id: str, input_lot: str) -> list[Consumption]:
        rows = self.conn.execute(
            select(LotEdgeRow)
            .where(LotEdgeRow.task_id == task_id, LotEdgeRow.input_lot == input_lot)
            .order_by(LotEdgeRow.id)
        ).all()
        return [
            Consumption(r.input_lot, r.output_lot, r.task_id, from_milli(r.qty_milli), r.occurred_at, r.operator_id)
            for r in rows
        ]

    def task_consumptions(self, task_id: str) -> list[Consumption]:
        rows = self.conn.execute(select(LotEdgeRow).where(LotEdgeRow.task_id == task_id).order_by(LotEdgeRow.id)).all()
        return [
            Consumption(r.input_lot, r.output_lot, r.task_id, from_milli(r.qty_milli), r.occurred_at, r.operator_id)
            for r in rows
        ]

    def task_pauses(self, task_id: str, since: str) -> list[tuple[str, str | None]]:
        start = datetime.fromisoformat(since)
        rows = self.conn.execute(
            select(EventRow.type, EventRow.occurred_at, EventRow.payload_json).where(
                EventRow.type.in_(("task.paused", "task.resumed")),
                EventRow.occurred_at >= since[:10],  # from the day it started (the exact moment is compared below)
            )
        ).all()
        moments = sorted(
            (datetime.fromisoformat(r.occurred_at), r.type, r.occurred_at)
            for r in rows
            if json.loads(r.payload_json).get("task_id") == task_id and datetime.fromisoformat(r.occurred_at) >= start
        )
        pauses: list[tuple[str, str | None]] = []
        for _at, kind, stamp in moments:
            if kind == "task.paused" and (not pauses or pauses[-1][1] is not None):
                pauses.append((stamp, None))
            elif kind == "task.resumed" and pauses and pauses[-1][1] is None:
                pauses[-1] = (pauses[-1][0], stamp)
        return pauses

    def count_lots_with_prefix(self, prefix: str) -> int:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        count = self.conn.scalar(
            select(func.count()).select_from(LotRow).where(LotRow.code.like(escaped + "%", escape="\\"))
        )
        return int(count or 0)

    def used_sscc_serials(self) -> list[str]:
        return list(self.conn.scalars(select(PalletRow.sscc)))

    def sscc_block(self) -> SsccRange | None:
        return station_meta.sscc_block(self.conn)

    def lots_received_on(self, day: date) -> list[Lot]:
        rows = self.conn.execute(
            select(LotRow)
            .where(LotRow.origin == "event", LotRow.task_id.is_(None), LotRow.made_on == day.isoformat())
            .order_by(LotRow.created_event)
        ).all()
        return [
            Lot(
                code=r.code,
                material=r.material,
                quantity=from_milli(r.initial_milli),
                status=LotStatus(r.status),
                expiry=_date(r.expiry),
                made_on=_date(r.made_on),
                supplier=r.supplier,
                supplier_lot=r.supplier_lot,
            )
            for r in rows
        ]

    def cards_printed(self, card: str, subject: str) -> int:
        count = self.conn.scalar(
            select(func.count())
            .select_from(EventRow)
            .where(
                EventRow.type == "card.printed",
                func.json_extract(EventRow.payload_json, "$.card") == card,
                func.json_extract(EventRow.payload_json, "$.subject") == subject,
            )
        )
        return int(count or 0)

    def pallet(self, sscc: str) -> Pallet | None:
        found = self._pallets(PalletRow.sscc == sscc) or self._plant_pallets(PlantPalletRow.sscc == sscc)
        return found[0] if found else None

    def pallets(self, status: str | None = None, *, elsewhere: bool = False) -> list[Pallet]:
        found = self._pallets() if status is None else self._pallets(_LOCAL_PALLET_STATUS.in_([status]))
        if elsewhere:
            listed = or_(PlantPalletRow.state == "built", PalletElsewhereRow.sscc.is_not(None))
            where = (listed,) if status is None else (listed, _PLANT_PALLET_STATUS.in_([status]))
            found = sorted(found + self._plant_pallets(*where), key=lambda p: p.sscc)
        return found

    def _pallets(self, *where: Any) -> list[Pallet]:
        """Pallets built here; one that another station shipped or voided (the plant's word) has that status."""
        rows = self.conn.execute(
            select(*PalletRow.__table__.columns, *_PLANT_PALLET_COLUMNS)
            .outerjoin(PlantPalletRow, PlantPalletRow.sscc == PalletRow.sscc)
            .where(*where)
            .order_by(PalletRow.sscc)
        ).all()
        out = []
        for r in rows:
            if r.status == "built" and r.p_state in ("shipped", "voided"):
                out.append(_plant_pallet(r, r.p_state, built_station=None))
            else:
                out.append(
                    Pallet(
                        r.sscc,
                        r.lot_code,
                        r.material,
                        from_milli(r.qty_milli),
                        r.unit,
                        r.status,
                        r.customer_id,
                        r.shipment_id,
                        status_at=r.shipped_at,
                    )
                )
        return out

    def _plant_pallets(self, *where: Any) -> list[Pallet]:
        """Pallets built at other stations (downloaded), with what this station did to them since (its word wins:
        the server's may not have come back yet)."""
        rows = self.conn.execute(
            select(
                PlantPalletRow.sscc,
                PlantPalletRow.lot_code,
                PlantPalletRow.material,
                PlantPalletRow.qty_milli,
                PlantPalletRow.unit,
                PlantPalletRow.station_id,
                *_PLANT_PALLET_COLUMNS,
                PalletElsewhereRow.status.label("e_status"),
                PalletElsewhereRow.customer_id.label("e_customer"),
                PalletElsewhereRow.shipment_id.label("e_shipment"),
                PalletElsewhereRow.at.label("e_at"),
                PalletElsewhereRow.reason.label("e_reason"),
            )
            .outerjoin(PalletElsewhereRow, PalletElsewhereRow.sscc == PlantPalletRow.sscc)
            .where(PlantPalletRow.sscc.not_in(select(PalletRow.sscc)), *where)
            .order_by(PlantPalletRow.sscc)
        ).all()
        out = []
        for r in rows:
            if r.e_status is None:
                out.append(_plant_pallet(r, r.p_state, built_station=r.station_id))
                continue
            pallet = Pallet(
                r.sscc,
                r.lot_code,
                r.material or "",
                from_milli(r.qty_milli),
                r.unit or "",
                r.e_status,
                r.e_customer,
                r.e_shipment,
                built_station=r.station_id,
                status_at=r.e_at,
                void_reason=r.e_reason,
            )
            out.append(pallet)
        return out

    def pallets_of_lot(self, lot_code: str) -> list[Pallet]:
        return self._pallets(PalletRow.lot_code == lot_code)

    def genealogy(self, lot: str) -> Genealogy:
        return trace(self.conn, lot)

    def upstream_lots(self, lot: str) -> list[str]:
        return upstream(self.conn, lot)


def _names(stored: object) -> tuple[tuple[str, str], ...]:
    """A master-data name's other languages as sorted pairs (nothing when the plant gave none)."""
    return tuple(sorted((str(k), str(v)) for k, v in stored.items())) if isinstance(stored, dict) else ()
