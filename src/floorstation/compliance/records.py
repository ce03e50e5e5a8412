"""What the exports need from a sequence of station events: lots, transformations and pallets.

Read once here, so the EPCIS document, the FSMA 204 spreadsheet and the mass balance all see the same facts:
which lots exist and where they came from, which input lots went into which output lot on which task, what
each pallet holds and where it went.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal, Protocol

from floorstation.domain import events as ev
from floorstation.domain.events import Event
from floorstation.domain.master import Customer, DateKind, Lot, Machine, Material

#: Namespace of the identifiers derived here (transformations grouped from several station events).
NAMESPACE = uuid.UUID("6f1d0c52-3b7e-5a8e-9a61-0c5e3f0d2b47")


class MasterData(Protocol):
    """The master data the exports look up; the station's ``StationData`` and :class:`Catalog` both fit."""

    def material(self, code: str) -> Material | None: ...
    def machine(self, machine_id: str) -> Machine | None: ...
    def customer(self, customer_id: str) -> Customer | None: ...
    def lot(self, code: str) -> Lot | None: ...


@dataclass(frozen=True)
class Catalog:
    """Master data held in memory (the server's download, a test's hand-made plant)."""

    materials: Mapping[str, Material] = field(default_factory=dict)
    machines: Mapping[str, Machine] = field(default_factory=dict)
    customers: Mapping[str, Customer] = field(default_factory=dict)
    lots: Mapping[str, Lot] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        materials: Iterable[Material] = (),
        machines: Iterable[Machine] = (),
        customers: Iterable[Customer] = (),
        lots: Iterable[Lot] = (),
    ) -> Catalog:
        return cls(
            {m.code: m for m in materials},
            {m.id: m for m in machines},
            {c.id: c for c in customers},
            {x.code: x for x in lots},
        )

    def material(self, code: str) -> Material | None:
        return self.materials.get(code)

    def machine(self, machine_id: str) -> Machine | None:
        return self.machines.get(machine_id)

    def customer(self, customer_id: str) -> Customer | None:
        return self.customers.get(customer_id)

    def lot(self, code: str) -> Lot | None:
        return self.lots.get(code)


Origin = Literal["produced", "received", "master", "unknown"]


@dataclass(frozen=True, slots=True)
class LotFacts:
    """A lot as the records describe it; ``origin`` says how it came to be known (``unknown``: only its code)."""

    code: str
    material: str
    origin: Origin
    expiry: date | None = None
    made_on: date | None = None
    supplier: str | None = None
    supplier_lot: str | None = None
    gtin: str | None = None
    task_id: str | None = None
    work_order: str | None = None
    machine_id: str | None = None
    quantity: Decimal | None = None
    """Received quantity (goods-in) or opening quantity (master data); None for production lots."""
    unit: str = ""
    date_kind: DateKind | None = None
    """What ``expiry`` is when the supplier's label said it ((15) best-before stays one); None: the material's."""

    @property
    def bought(self) -> bool:
        """Came from a supplier: received here, or master data naming a supplier or a supplier's lot."""
        return self.origin == "received" or (self.origin == "master" and bool(self.supplier or self.supplier_lot))

    @property
    def tlc(self) -> str:
        """Traceability lot code (FSMA 204 §1.1320): the supplier's lot for bought goods, ours when we made it.

        Receiving must not assign a new TLC, so a received lot keeps its supplier's; only when the supplier gave
        none is the internal lot code the TLC (assigned here, and the spreadsheet says so).
        """
        return self.supplier_lot if self.bought and self.supplier_lot else self.code

    @property
    def tlc_assigned_here(self) -> bool:
        return self.tlc == self.code

    @property
    def gs1_lot(self) -> str | None:
        """The lot number on the goods, which a GS1 identifier may carry: the supplier's for bought goods (None
        when they gave none: our internal code is no lot number under their GTIN), ours for what we made."""
        return self.supplier_lot if self.bought else self.code


@dataclass(frozen=True, slots=True)
class InputLine:
    lot: str
    material: str
    quantity: Decimal
    unit: str


@dataclass
class Transformation:
    """Every consumption into one output lot on one task, and the good quantity reported into that lot."""

    task_id: str
    output_lot: str | None
    station_id: str
    inputs: list[InputLine] = field(default_factory=list)
    output_quantity: Decimal | None = None
    event_ids: list[str] = field(default_factory=list)
    completed: Event | None = None
    """The last event that added to it: its time is when the transformation was completed."""
    position: int = 0
    """Index of ``completed`` in the event sequence, to place the transformation among the other events."""

    @property
    def event_id(self) -> str:
        """Stable while the contributing events are the same; a new consumption makes a new (corrected) event."""
        return str(uuid.uuid5(NAMESPACE, "event:" + ",".join(sorted(self.event_ids))))

    def transformation_id(self, company_prefix: str) -> str:
        """Links every export of the same (task, output lot), however the events were windowed."""
        key = f"transformation:{company_prefix}:{self.task_id}:{self.output_lot or ''}"
        return "urn:uuid:" + str(uuid.uuid5(NAMESPACE, key))


@dataclass
class PalletFacts:
    sscc: str
    built: Event | None = None
    lot_code: str | None = None
    material: str | None = None
    quantity: Decimal | None = None
    unit: str = ""
    shipped: Event | None = None
    customer_id: str | None = None
    shipment_id: str | None = None


@dataclass
class Records:
    """The facts of an event sequence, with the lots it mentions looked up in master data where it is silent."""

    events: list[Event]
    master: MasterData
    lots: dict[str, LotFacts] = field(default_factory=dict)
    transformations: list[Transformation] = field(default_factory=list)
    pallets: dict[str, PalletFacts] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    """The unit each lot was counted in by the events (received, consumed, palletised): a lot whose material
    master data does not have (a server that holds only events) still has the unit its quantities were in."""

    def lot(self, code: str, material: str | None = None) -> LotFacts:
        """What is known about a lot: from its creating event, else master data, else only its code."""
        known = self.lots.get(code)
        if known is not None:
            if not known.unit and self.units.get(code):
                known = self.lots[code] = replace(known, unit=self.units[code])
            return known
        row = self.master.lot(code)
        if row is not None:
            m = self.master.material(row.material)
            facts = LotFacts(
                code,
                row.material,
                "master",
                expiry=row.expiry,
                made_on=row.made_on,
                supplier=row.supplier,
                supplier_lot=row.supplier_lot,
                gtin=m.gtin if m else None,
                unit=m.unit if m else self.units.get(code, ""),
            )
        else:
            mat = self.master.material(material) if material else None
            unit = mat.unit if mat else self.units.get(code, "")
            facts = LotFacts(code, material or "", "unknown", gtin=mat.gtin if mat else None, unit=unit)
        self.lots[code] = facts
        return facts

    def date_kind(self, facts: LotFacts) -> DateKind:
        """Whether a lot's date is an expiry or a best-before: as its supplier's label said, else as its material
        says. The pallet card decides the same way, so (15) on the card is ``bestBeforeDate`` in EPCIS."""
        if facts.date_kind is not None:
            return facts.date_kind
        material = self.master.material(facts.material)
        return material.date_kind if material is not None else "expiry"

    def material_name(self, code: str) -> str:
        material = self.master.material(code)
        return material.name if material else code

    def unit_of(self, material: str) -> str:
        found = self.master.material(material)
        return found.unit if found else ""


_READ = frozenset(
    cls.TYPE
    for cls in (
        ev.LotProduced,
        ev.LotReceived,
        ev.LotConsumed,
        ev.TaskStopped,
        ev.TaskCounted,
        ev.PalletBuilt,
        ev.PalletShipped,
    )
)


def collect(events: Iterable[Event], master: MasterData) -> Records:
    """Read the events (in log order) into lots, transformations and pallets. Other event types are skipped."""
    records = Records(list(events), master)
    groups: dict[tuple[str, str | None], Transformation] = {}
    for index, event in enumerate(records.events):
        payload = event.typed_payload() if event.type in _READ else None
        if isinstance(payload, ev.LotProduced):
            material = master.material(payload.material)
            records.lots[payload.lot_code] = LotFacts(
                payload.lot_code,
                payload.material,
                "produced",
                expiry=payload.expiry,
                made_on=payload.produced_on,
                gtin=material.gtin if material else None,
                task_id=payload.task_id,
                work_order=payload.work_order,
                machine_id=payload.machine_id,
                unit=material.unit if material else "",
            )
        elif isinstance(payload, ev.LotReceived):
            records.units.setdefault(payload.lot_code, payload.unit)
            material = master.material(payload.material)
            records.lots[payload.lot_code] = LotFacts(
                payload.lot_code,
                payload.material,
                "received",
                expiry=payload.expiry,
                made_on=payload.received_on,
                supplier=payload.supplier,
                supplier_lot=payload.supplier_lot,
                gtin=payload.gtin or (material.gtin if material else None),
                quantity=payload.quantity,
                unit=payload.unit,
                date_kind=payload.date_kind,
            )
        elif isinstance(payload, ev.LotConsumed):
            records.units.setdefault(payload.input_lot, payload.unit)
            group = _group(groups, records, event, payload.task_id, payload.output_lot)
            _add_input(group, InputLine(payload.input_lot, payload.material, payload.quantity, payload.unit))
            _touch(group, event, index)
        elif isinstance(payload, ev.TaskStopped | ev.TaskCounted) and payload.output_lot and payload.good_qty > 0:
            group = _group(groups, records, event, payload.task_id, payload.output_lot)
            group.output_quantity = (group.output_quantity or Decimal(0)) + payload.good_qty
            _touch(group, event, index)
        elif isinstance(payload, ev.PalletBuilt):
            records.units.setdefault(payload.lot_code, payload.unit)
            pallet = records.pallets.setdefault(payload.sscc, PalletFacts(payload.sscc))
            pallet.built, pallet.lot_code, pallet.material = event, payload.lot_code, payload.material
            pallet.quantity, pallet.unit = payload.quantity, payload.unit
        elif isinstance(payload, ev.PalletShipped):
            pallet = records.pallets.setdefault(payload.sscc, PalletFacts(payload.sscc))
            pallet.shipped, pallet.customer_id, pallet.shipment_id = event, payload.customer_id, payload.shipment_id
    records.transformations.sort(key=lambda t: t.position)
    return records


def _group(
    groups: dict[tuple[str, str | None], Transformation],
    records: Records,
    event: Event,
    task_id: str,
    output_lot: str | None,
) -> Transformation:
    key = (task_id, output_lot)
    if key not in groups:
        groups[key] = Transformation(task_id, output_lot, event.station_id)
        records.transformations.append(groups[key])
    return groups[key]


def _add_input(group: Transformation, line: InputLine) -> None:
    """One line per input lot: several scans of the same lot into the same output add up."""
    for i, known in enumerate(group.inputs):
        if known.lot == line.lot and known.unit == line.unit:
            group.inputs[i] = InputLine(known.lot, known.material, known.quantity + line.quantity, known.unit)
            return
    group.inputs.append(line)


def _touch(group: Transformation, event: Event, index: int) -> None:
    group.event_ids.append(event.event_id)
    group.completed, group.position = event, index
