"""What a trace answers: the lots, machines, operators, pallets and customers linked to a lot."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class Link:
    """``input_lot`` went into ``output_lot`` on ``task_id`` at ``machine_id``."""

    input_lot: str
    output_lot: str | None
    task_id: str
    machine_id: str | None
    operator_id: str | None
    quantity: Decimal
    occurred_at: str
    depth: int


@dataclass(frozen=True, slots=True)
class PalletLink:
    sscc: str
    lot_code: str
    quantity: Decimal
    status: str
    customer_id: str | None
    shipment_id: str | None


@dataclass(frozen=True, slots=True)
class LotInfo:
    code: str
    material: str
    supplier: str | None
    supplier_lot: str | None
    status: str
    expiry: str | None
    made_on: str | None


@dataclass(slots=True)
class Genealogy:
    lot: str
    backward: list[Link] = field(default_factory=list)
    forward: list[Link] = field(default_factory=list)
    pallets: list[PalletLink] = field(default_factory=list)
    lots: dict[str, LotInfo] = field(default_factory=dict)
    truncated: list[str] = field(default_factory=list)
    """Why the answer is incomplete, when a depth or size bound was hit."""

    @property
    def customers(self) -> list[str]:
        return sorted({p.customer_id for p in self.pallets if p.customer_id})

    def as_dict(self) -> dict[str, Any]:
        def link(x: Link) -> dict[str, Any]:
            return {
                "input_lot": x.input_lot,
                "output_lot": x.output_lot,
                "task_id": x.task_id,
                "machine_id": x.machine_id,
                "operator_id": x.operator_id,
                "quantity": format(x.quantity, "f"),
                "occurred_at": x.occurred_at,
                "depth": x.depth,
            }

        return {
            "lot": self.lot,
            "backward": [link(x) for x in self.backward],
            "forward": [link(x) for x in self.forward],
            "pallets": [
                {
                    "sscc": p.sscc,
                    "lot_code": p.lot_code,
                    "quantity": format(p.quantity, "f"),
                    "status": p.status,
                    "customer_id": p.customer_id,
                    "shipment_id": p.shipment_id,
                }
                for p in self.pallets
            ],
            "customers": self.customers,
            "lots": {
                code: {
                    "material": i.material,
                    "supplier": i.supplier,
                    "supplier_lot": i.supplier_lot,
                    "status": i.status,
                    "expiry": i.expiry,
                    "made_on": i.made_on,
                }
                for code, i in sorted(self.lots.items())
            },
            "truncated": self.truncated,
        }
