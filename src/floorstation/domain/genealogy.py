"""What a trace answers: the lots, machines, operators, pallets and customers linked to a lot, and where each
part of the answer comes from at a station: its own records, its copy of the plant's (downloaded from the
server's change feed, as of the last download), or the server asked there and then."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    source: str = "station"
    """Where a station's trace found it: ``station`` (recorded here), ``plant`` (the station's copy of the plant's
    genealogy) or ``server`` (the server asked live). The server's own trace says ``station``: its records."""


SOURCES = ("station", "plant", "server")


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
    plant_as_of: str | None = None
    """When the station last downloaded the plant's changes (its plant copy is as of then); None: never."""
    server_asked_at: str | None = None
    """When the server was asked for this trace live; None: it was not (or could not be) asked."""
    server_unreachable: str = ""
    """Why the server could not be asked, when it was tried."""

    def sources(self) -> list[str]:
        """The sources the links came from, in :data:`SOURCES` order."""
        used = {x.source for x in (*self.backward, *self.forward)}
        return [s for s in SOURCES if s in used]

    def merge(self, other: Genealogy, source: str) -> None:
        """Add the links, pallets and lots of ``other`` (the same lot traced elsewhere) that this one lacks, marked
        as coming from ``source``."""
        for mine, theirs in ((self.backward, other.backward), (self.forward, other.forward)):
            seen = {_key(x) for x in mine}
            mine.extend(replace(x, source=source) for x in theirs if _key(x) not in seen)
            mine.sort(key=lambda x: (x.depth, x.occurred_at))
        known = {p.sscc for p in self.pallets}
        self.pallets.extend(p for p in other.pallets if p.sscc not in known)
        self.pallets.sort(key=lambda p: p.sscc)
        for code, info in other.lots.items():
            self.lots.setdefault(code, info)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Genealogy:
        """The genealogy :meth:`as_dict` wrote (the server's trace answer)."""

        def link(x: dict[str, Any]) -> Link:
            return Link(
                x["input_lot"],
                x.get("output_lot"),
                x["task_id"],
                x.get("machine_id"),
                x.get("operator_id"),
                Decimal(x["quantity"]),
                x["occurred_at"],
                int(x["depth"]),
            )

        lots = {
            code: LotInfo(
                code,
                i.get("material") or "",
                i.get("supplier"),
                i.get("supplier_lot"),
                i.get("status") or "",
                i.get("expiry"),
                i.get("made_on"),
            )
            for code, i in data.get("lots", {}).items()
        }
        pallets = [
            PalletLink(
                p["sscc"],
                p["lot_code"],
                Decimal(p["quantity"]),
                p["status"],
                p.get("customer_id"),
                p.get("shipment_id"),
            )
            for p in data.get("pallets", [])
        ]
        return cls(
            data["lot"],
            [link(x) for x in data.get("backward", [])],
            [link(x) for x in data.get("forward", [])],
            pallets,
            lots,
            list(data.get("truncated", [])),
        )

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
                "source": x.source,
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
            "plant_as_of": self.plant_as_of,
            "server_asked_at": self.server_asked_at,
        }


def _key(link: Link) -> tuple[str, str | None, str, str, Decimal]:
    """The same consumption, whichever copy it was read from (the server's trace carries no event ids)."""
    return (link.input_lot, link.output_lot, link.task_id, link.occurred_at, link.quantity)
