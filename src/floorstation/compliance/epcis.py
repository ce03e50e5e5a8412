"""EPCIS 2.0 JSON-LD: station events as the GS1 visibility events a trading partner or regulator can read.

- ``lot.produced``: ObjectEvent ADD, bizStep ``commissioning``, the lot's number and date in ``ilmd``;
- ``lot.received``: ObjectEvent, bizStep ``receiving`` -- OBSERVE of the supplier's LGTIN when the label gave a
  GTIN and a lot, else ADD of our own lot (with ``ilmd``);
- ``lot.consumed`` and ``task.stopped``: one TransformationEvent per (task, output lot), one input per input lot,
  the output with the good quantity reported;
- ``pallet.built``: AggregationEvent ADD, parent = the SSCC, child = the lot and quantity, bizStep ``packing``;
- ``pallet.shipped``: ObjectEvent OBSERVE of the SSCC, bizStep ``shipping``, destination = the customer.

Identifiers are in identifiers.py; the choices are explained in docs/compliance.md.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from floorstation.compliance.identifiers import Names
from floorstation.compliance.profile import TraceProfile
from floorstation.compliance.records import NAMESPACE, LotFacts, MasterData, Records, Transformation, collect
from floorstation.domain import events as ev
from floorstation.domain.events import Event

CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
SCHEMA_VERSION = "2.0"

JsonObject = dict[str, Any]


def epcis_document(
    events: Iterable[Event], master: MasterData, profile: TraceProfile, *, created_at: datetime
) -> JsonObject:
    """An ``EPCISDocument`` of the events (in log order); ``created_at`` (aware) is its ``creationDate``."""
    return build(collect(events, master), profile, created_at=created_at)


def build(records: Records, profile: TraceProfile, *, created_at: datetime) -> JsonObject:
    builder = _Builder(records, Names(profile), profile)
    placed: list[tuple[int, int, JsonObject]] = []
    for index, event in enumerate(records.events):
        made = builder.from_event(event)
        if made is not None:
            placed.append((index, 0, made))
    placed += [(t.position, 1, builder.transformation(t)) for t in records.transformations]
    placed.sort(key=lambda item: (item[0], item[1]))
    context: list[Any] = [CONTEXT]
    if builder.private_terms:
        context.append({"fs": builder.names.vocabulary})
    return {
        "@context": context,
        "type": "EPCISDocument",
        "schemaVersion": SCHEMA_VERSION,
        "creationDate": _aware(created_at).isoformat(timespec="milliseconds"),
        "epcisBody": {"eventList": [made for _, _, made in placed]},
    }


def dumps(document: JsonObject) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("EPCIS times must carry their UTC offset")
    return moment


def _when(occurred_at: str) -> JsonObject:
    moment = _aware(datetime.fromisoformat(occurred_at))
    offset = moment.strftime("%z")
    return {
        "eventTime": moment.isoformat(timespec="milliseconds"),
        "eventTimeZoneOffset": f"{offset[:3]}:{offset[3:5]}",
    }


def _event_id(event_id: str) -> str:
    """``urn:uuid:`` of the station event's UUID (a non-UUID id, from a hand-made event, is hashed into one)."""
    try:
        return f"urn:uuid:{uuid.UUID(event_id)}"
    except ValueError:
        return f"urn:uuid:{uuid.uuid5(NAMESPACE, event_id)}"


def _number(quantity: Decimal) -> int | float:
    """EPCIS quantities are JSON numbers; station quantities have at most three decimals, so a float is exact
    to print."""
    return int(quantity) if quantity == quantity.to_integral_value() else float(quantity)


class _Builder:
    def __init__(self, records: Records, names: Names, profile: TraceProfile) -> None:
        self.records = records
        self.names = names
        self.profile = profile
        self.private_terms = False

    # --- what ---------------------------------------------------------------------------------------------

    def lot_class(self, facts: LotFacts) -> str:
        return self.names.lot_class(facts.code, gtin=facts.gtin, gs1_lot=facts.gs1_lot)

    def quantity(self, epc_class: str, quantity: Decimal | None, unit: str) -> JsonObject:
        """A quantity element; without a unit (a lot whose material master data does not have, never counted in
        any event) the quantity is left out: a bare number would say "this many items", which may be wrong."""
        element: JsonObject = {"epcClass": epc_class}
        if quantity is not None and unit.strip():
            element["quantity"] = _number(quantity)
            code = self.names.uom(unit)
            if code is not None:
                element["uom"] = code
        return element

    def ilmd(self, facts: LotFacts, *, lot_number: str) -> JsonObject:
        ilmd: JsonObject = {"cbvmda:lotNumber": lot_number}
        if facts.expiry is not None:
            best_before = self.records.date_kind(facts) == "best_before"
            key = "cbvmda:bestBeforeDate" if best_before else "cbvmda:itemExpirationDate"
            ilmd[key] = facts.expiry.isoformat()
        if facts.supplier_lot and facts.supplier_lot != lot_number:
            ilmd["fs:supplierLot"] = facts.supplier_lot
            self.private_terms = True
        return ilmd

    # --- events -------------------------------------------------------------------------------------------

    def from_event(self, event: Event) -> JsonObject | None:
        if event.type == ev.LotProduced.TYPE:
            return self.commissioning(event, ev.LotProduced.model_validate(event.payload))
        if event.type == ev.LotReceived.TYPE:
            return self.receiving(event, ev.LotReceived.model_validate(event.payload))
        if event.type == ev.PalletBuilt.TYPE:
            return self.aggregation(event, ev.PalletBuilt.model_validate(event.payload))
        if event.type == ev.PalletShipped.TYPE:
            return self.shipping(event, ev.PalletShipped.model_validate(event.payload))
        return None

    def commissioning(self, event: Event, p: ev.LotProduced) -> JsonObject:
        facts = self.records.lot(p.lot_code, p.material)
        return {
            "type": "ObjectEvent",
            "eventID": _event_id(event.event_id),
            **_when(event.occurred_at),
            "action": "ADD",
            "bizStep": "commissioning",
            "disposition": "active",
            "quantityList": [{"epcClass": self.lot_class(facts)}],
            "readPoint": {"id": self.names.read_point(event.station_id, p.machine_id)},
            "bizLocation": {"id": self.names.site()},
            "bizTransactionList": [
                {"type": "prodorder", "bizTransaction": self.names.transaction("prodorder", p.work_order)}
            ],
            "ilmd": self.ilmd(facts, lot_number=p.lot_code),
        }

    def receiving(self, event: Event, p: ev.LotReceived) -> JsonObject:
        facts = self.records.lot(p.lot_code, p.material)
        supplier_class = self.names.gs1_class(gtin=facts.gtin, gs1_lot=facts.gs1_lot)
        made: JsonObject = {
            "type": "ObjectEvent",
            "eventID": _event_id(event.event_id),
            **_when(event.occurred_at),
            # The supplier's LGTIN already exists: we observe it arriving. Without one, our lot starts here.
            "action": "OBSERVE" if supplier_class else "ADD",
            "bizStep": "receiving",
            "disposition": "in_progress",
            "quantityList": [self.quantity(supplier_class or self.lot_class(facts), p.quantity, p.unit)],
            "readPoint": {"id": self.names.read_point(event.station_id)},
            "bizLocation": {"id": self.names.site()},
        }
        if p.supplier:
            party, place = self.names.supplier(p.supplier)
            made["sourceList"] = [{"type": "owning_party", "source": party}] + (
                [{"type": "location", "source": place}] if place else []
            )
        made["destinationList"] = [
            {"type": "owning_party", "destination": self.names.own_party()},
            {"type": "location", "destination": self.names.site()},
        ]
        if supplier_class is None:
            made["ilmd"] = self.ilmd(facts, lot_number=p.lot_code)
        return made

    def transformation(self, t: Transformation) -> JsonObject:
        assert t.completed is not None
        made: JsonObject = {
            "type": "TransformationEvent",
            "eventID": f"urn:uuid:{t.event_id}",
            **_when(t.completed.occurred_at),
        }
        if t.inputs:
            made["inputQuantityList"] = [
                self.quantity(self.lot_class(self.records.lot(line.lot, line.material)), line.quantity, line.unit)
                for line in t.inputs
            ]
        output = self.records.lot(t.output_lot) if t.output_lot else None
        if output is not None:
            unit = output.unit or self.records.unit_of(output.material)
            made["outputQuantityList"] = [self.quantity(self.lot_class(output), t.output_quantity, unit)]
        made["transformationID"] = t.transformation_id(self.profile.company_prefix)
        made["bizStep"] = "commissioning"  # CBV has no "transforming"; the outputs come into being
        made["disposition"] = "active"
        machine = output.machine_id if output else None
        made["readPoint"] = {"id": self.names.read_point(t.station_id, machine)}
        made["bizLocation"] = {"id": self.names.site()}
        if output is not None and output.work_order:
            made["bizTransactionList"] = [
                {"type": "prodorder", "bizTransaction": self.names.transaction("prodorder", output.work_order)}
            ]
        return made

    def aggregation(self, event: Event, p: ev.PalletBuilt) -> JsonObject:
        facts = self.records.lot(p.lot_code, p.material)
        return {
            "type": "AggregationEvent",
            "eventID": _event_id(event.event_id),
            **_when(event.occurred_at),
            "parentID": self.names.pallet(p.sscc),
            "childQuantityList": [self.quantity(self.lot_class(facts), p.quantity, p.unit)],
            "action": "ADD",
            "bizStep": "packing",
            "disposition": "in_progress",
            "readPoint": {"id": self.names.read_point(event.station_id)},
            "bizLocation": {"id": self.names.site()},
        }

    def shipping(self, event: Event, p: ev.PalletShipped) -> JsonObject:
        party, place = self.names.customer(p.customer_id)
        return {
            "type": "ObjectEvent",
            "eventID": _event_id(event.event_id),
            **_when(event.occurred_at),
            "action": "OBSERVE",
            "bizStep": "shipping",
            "disposition": "in_transit",
            "epcList": [self.names.pallet(p.sscc)],
            "readPoint": {"id": self.names.read_point(event.station_id)},
            "bizTransactionList": [
                {"type": "desadv", "bizTransaction": self.names.transaction("desadv", p.shipment_id)}
            ],
            "sourceList": [
                {"type": "owning_party", "source": self.names.own_party()},
                {"type": "location", "source": self.names.site()},
            ],
            "destinationList": [{"type": "owning_party", "destination": party}]
            + ([{"type": "location", "destination": place}] if place else []),
        }
