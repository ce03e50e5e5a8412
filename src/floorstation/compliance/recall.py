"""A recall report: what a suspect lot affected, what to stop on site, whom to call, and whether quantities add up.

Built from a forward and backward trace (:class:`~floorstation.domain.genealogy.Genealogy`), the lots' balances
and their pallets. "Affected" is the lot itself and every lot made from it, however many steps down (within the
trace's bound; a truncated trace makes the report say it is incomplete). The backward half only names where the
lot came from (suppliers and their lots), for the call to the supplier.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from floorstation.compliance.balance import ZERO, LotBalance, MassBalance, mass_balance
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.master import Customer
from floorstation.domain.ports import Pallet
from floorstation.domain.quantities import fmt


@dataclass(frozen=True, slots=True)
class AffectedLot:
    code: str
    material: str
    status: str
    depth: int
    """0 for the recalled lot, n for a lot made from it in n steps."""


@dataclass(frozen=True, slots=True)
class QuarantineLot:
    code: str
    material: str
    quantity: Decimal
    """On site and not on a pallet (pallets are listed on their own)."""
    unit: str
    status: str


@dataclass(frozen=True, slots=True)
class TaskUse:
    task_id: str
    machine_id: str | None
    input_lots: tuple[str, ...]
    running: bool


@dataclass(frozen=True, slots=True)
class Source:
    """A bought lot the recalled lot is, or was made from: whom to tell upstream."""

    lot: str
    material: str
    supplier: str | None
    supplier_lot: str | None


@dataclass(frozen=True, slots=True)
class HeldInput:
    """A lot on hold or recalled that a pallet contains: its own lot, or any lot that went into it, any depth."""

    sscc: str
    lot: str
    status: str


#: Lot statuses that make a pallet containing the lot a pallet to flag.
HELD_STATUSES = frozenset({"hold", "recalled"})


def held_inputs(
    pallets: Iterable[Pallet], upstream: Mapping[str, Iterable[str]], statuses: Mapping[str, str]
) -> tuple[HeldInput, ...]:
    """For each pallet, the held or recalled lots among its own lot and ``upstream[lot]`` (every lot that went
    into it, at any depth); in pallet order, then lot order."""
    found: list[HeldInput] = []
    for pallet in sorted(pallets, key=lambda p: p.sscc):
        lots = {pallet.lot_code, *upstream.get(pallet.lot_code, ())}
        found += [
            HeldInput(pallet.sscc, lot, statuses[lot]) for lot in sorted(lots) if statuses.get(lot) in HELD_STATUSES
        ]
    return tuple(found)


@dataclass(frozen=True)
class RecallReport:
    lot: str
    notes: tuple[str, ...]
    """Why the report may be incomplete (the trace hit its depth or size bound)."""
    affected: tuple[AffectedLot, ...]
    quarantine_lots: tuple[QuarantineLot, ...]
    quarantine_pallets: tuple[Pallet, ...]
    shipped: tuple[Pallet, ...]
    customer_names: Mapping[str, str] = field(default_factory=dict)
    tasks: tuple[TaskUse, ...] = ()
    sources: tuple[Source, ...] = ()
    mass_balance: tuple[MassBalance, ...] = ()
    held: tuple[HeldInput, ...] = ()
    """Pallets of the report that contain a held or recalled lot (their own, or an input at any depth)."""
    ambiguous: tuple[str, ...] = ()
    """Lot codes of the report that two lots carry (made at two stations): records under them may belong to
    either, so the report is not complete until someone resolved it (``notes`` says what to do)."""

    @property
    def complete(self) -> bool:
        return not self.notes and not self.ambiguous

    @property
    def customers(self) -> list[str]:
        return sorted({p.customer_id for p in self.shipped if p.customer_id})

    @property
    def discrepancies(self) -> list[MassBalance]:
        return [m for m in self.mass_balance if m.problems]

    def held_lots(self, sscc: str) -> list[str]:
        """The held or recalled lots the pallet contains (empty: none the records know of)."""
        return [h.lot for h in self.held if h.sscc == sscc]

    def as_dict(self) -> dict[str, Any]:
        def pallet(p: Pallet) -> dict[str, Any]:
            return {
                "sscc": p.sscc,
                "lot_code": p.lot_code,
                "material": p.material,
                "quantity": fmt(p.quantity),
                "unit": p.unit,
                "status": p.status,
                "held_inputs": self.held_lots(p.sscc),
            }

        contacts = []
        for customer in self.customers:
            shipments: dict[str, list[dict[str, Any]]] = {}
            for p in self.shipped:
                if p.customer_id == customer:
                    shipments.setdefault(p.shipment_id or "", []).append(pallet(p))
            contacts.append(
                {
                    "customer_id": customer,
                    "name": self.customer_names.get(customer, ""),
                    "shipments": [{"shipment_id": s, "pallets": ps} for s, ps in sorted(shipments.items())],
                }
            )
        return {
            "lot": self.lot,
            "complete": self.complete,
            "notes": list(self.notes),
            "ambiguous_lots": list(self.ambiguous),
            "affected_lots": [
                {"code": a.code, "material": a.material, "status": a.status, "depth": a.depth} for a in self.affected
            ],
            "quarantine": {
                "lots": [
                    {
                        "code": q.code,
                        "material": q.material,
                        "quantity": fmt(q.quantity),
                        "unit": q.unit,
                        "status": q.status,
                    }
                    for q in self.quarantine_lots
                ],
                "pallets": [pallet(p) for p in self.quarantine_pallets],
            },
            "customers": contacts,
            "tasks": [
                {
                    "task_id": t.task_id,
                    "machine_id": t.machine_id,
                    "input_lots": list(t.input_lots),
                    "running": t.running,
                }
                for t in self.tasks
            ],
            "sources": [
                {"lot": s.lot, "material": s.material, "supplier": s.supplier, "supplier_lot": s.supplier_lot}
                for s in self.sources
            ],
            "mass_balance": [m.as_dict() for m in self.mass_balance],
            "discrepancies": len(self.discrepancies),
            "held_inputs": [{"sscc": h.sscc, "lot": h.lot, "status": h.status} for h in self.held],
        }

    def csv_text(self) -> str:
        """One table, one row per finding, a ``section`` column to filter on; quantities as plain decimals."""
        out = io.StringIO()
        writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        state = "complete" if self.complete else "INCOMPLETE: " + "; ".join(self.notes)
        writer.writerow({"section": "recall", "lot_code": self.lot, "note": state})
        for code in self.ambiguous:
            writer.writerow(
                {"section": "ambiguous_lot", "lot_code": code, "note": "lot code made at two stations: check by hand"}
            )
        for a in self.affected:
            writer.writerow(
                {
                    "section": "affected_lot",
                    "lot_code": a.code,
                    "material": a.material,
                    "status": a.status,
                    "note": f"depth {a.depth}",
                }
            )
        for q in self.quarantine_lots:
            writer.writerow(
                {
                    "section": "quarantine_lot",
                    "lot_code": q.code,
                    "material": q.material,
                    "quantity": fmt(q.quantity),
                    "unit": q.unit,
                    "status": q.status,
                }
            )
        for section, pallets in (("quarantine_pallet", self.quarantine_pallets), ("shipped_pallet", self.shipped)):
            for p in pallets:
                writer.writerow(
                    {
                        "section": section,
                        "lot_code": p.lot_code,
                        "material": p.material,
                        "sscc": p.sscc,
                        "customer_id": p.customer_id or "",
                        "customer_name": self.customer_names.get(p.customer_id or "", ""),
                        "shipment_id": p.shipment_id or "",
                        "quantity": fmt(p.quantity),
                        "unit": p.unit,
                        "status": p.status,
                    }
                )
        for t in self.tasks:
            writer.writerow(
                {
                    "section": "task",
                    "task_id": t.task_id,
                    "lot_code": " ".join(t.input_lots),
                    "status": "running" if t.running else "",
                    "note": t.machine_id or "",
                }
            )
        for s in self.sources:
            writer.writerow(
                {
                    "section": "source",
                    "lot_code": s.lot,
                    "material": s.material,
                    "note": f"{s.supplier or ''} {s.supplier_lot or ''}".strip(),
                }
            )
        for m in self.mass_balance:
            row = {k: v for k, v in m.as_dict().items() if k != "problems"}
            writer.writerow({"section": "mass_balance", **row, "note": "; ".join(m.problems)})
        for h in self.held:
            writer.writerow(
                {"section": "held_input", "sscc": h.sscc, "lot_code": h.lot, "status": h.status, "note": "on pallet"}
            )
        return out.getvalue()


CSV_COLUMNS = (
    "section",
    "lot_code",
    "material",
    "sscc",
    "customer_id",
    "customer_name",
    "shipment_id",
    "task_id",
    "quantity",
    "unit",
    "status",
    "received",
    "produced",
    "consumed",
    "shipped",
    "on_hand",
    "expected_on_hand",
    "difference",
    "overdrawn",
    "on_pallets_on_site",
    "note",
)


def recall_report(
    genealogy: Genealogy,
    balances: Mapping[str, LotBalance],
    pallets: Iterable[Pallet] = (),
    *,
    customers: Iterable[Customer] = (),
    running_tasks: Collection[str] = (),
    inputs_of: Mapping[str, Iterable[str]] | None = None,
    statuses: Mapping[str, str] | None = None,
) -> RecallReport:
    """The report for ``genealogy.lot``. ``pallets`` may hold any pallets (those of unaffected lots are ignored);
    the genealogy's own pallet links are used for any it leaves out.

    ``inputs_of`` gives, per lot on a pallet, every lot that went into it at any depth, and ``statuses`` the
    lots' statuses; pallets containing a held or recalled lot are flagged (:attr:`RecallReport.held`). Without
    ``inputs_of``, the lots the genealogy shows going into the pallet's lot are what is known."""
    depth = {genealogy.lot: 0}
    for link in genealogy.forward:
        if link.output_lot:
            depth[link.output_lot] = min(depth.get(link.output_lot, link.depth), link.depth)
    affected_codes = set(depth)
    by_sscc = _pallets_of(affected_codes, genealogy, balances, pallets)
    ordered = sorted(by_sscc.values(), key=lambda p: p.sscc)
    shipped = tuple(p for p in ordered if p.status == "shipped")
    on_site = tuple(p for p in ordered if p.status != "shipped")

    def status(code: str) -> str:
        info = genealogy.lots.get(code)
        balance = balances.get(code)
        return (balance.status if balance and balance.status else "") or (info.status if info else "")

    def material(code: str) -> str:
        info = genealogy.lots.get(code)
        balance = balances.get(code)
        return (balance.material if balance and balance.material else "") or (info.material if info else "")

    order = sorted(affected_codes, key=lambda c: (depth[c], c))
    affected = tuple(AffectedLot(c, material(c), status(c), depth[c]) for c in order)
    traced_out: dict[str, Decimal] = {}
    for link in genealogy.forward:
        if link.input_lot in affected_codes:
            traced_out[link.input_lot] = traced_out.get(link.input_lot, ZERO) + link.quantity
    balance_rows = tuple(
        mass_balance(
            c,
            balances.get(c),
            pallets=ordered,
            traced_out=traced_out.get(c, ZERO),
            trace_complete=not genealogy.truncated,
            material=material(c),
        )
        for c in order
    )
    quarantine = tuple(
        QuarantineLot(m.lot_code, m.material, m.on_hand - m.on_pallets_on_site, m.unit, status(m.lot_code))
        for m in balance_rows
        if m.on_hand - m.on_pallets_on_site > 0
    )
    uses: dict[str, tuple[str | None, set[str]]] = {}
    for link in genealogy.forward:
        if link.input_lot in affected_codes:
            uses.setdefault(link.task_id, (link.machine_id, set()))[1].add(link.input_lot)
    tasks = tuple(
        TaskUse(task, machine, tuple(sorted(inputs)), task in running_tasks)
        for task, (machine, inputs) in sorted(uses.items())
    )
    upstream = sorted({genealogy.lot} | {link.input_lot for link in genealogy.backward})
    sources = tuple(
        Source(code, info.material, info.supplier, info.supplier_lot)
        for code in upstream
        if (info := genealogy.lots.get(code)) is not None and (info.supplier or info.supplier_lot)
    )
    known = {code: status(code) for code in {*affected_codes, *genealogy.lots}}
    into = inputs_of if inputs_of is not None else _upstream_from(genealogy)
    held = held_inputs(ordered, into, {**known, **(statuses or {})})
    return RecallReport(
        lot=genealogy.lot,
        notes=tuple(genealogy.truncated),
        affected=affected,
        quarantine_lots=quarantine,
        quarantine_pallets=on_site,
        shipped=shipped,
        customer_names={c.id: c.name for c in customers},
        tasks=tasks,
        sources=sources,
        mass_balance=balance_rows,
        held=held,
    )


def _upstream_from(genealogy: Genealogy) -> dict[str, set[str]]:
    """Per lot, the lots the genealogy shows going into it, at any depth (its backward links, and the forward
    links from the recalled lot)."""
    into: dict[str, set[str]] = {}
    for link in (*genealogy.backward, *genealogy.forward):
        if link.output_lot:
            into.setdefault(link.output_lot, set()).add(link.input_lot)
    closed: dict[str, set[str]] = {}

    def closure(lot: str) -> set[str]:
        if lot not in closed:
            closed[lot] = set()
            stack, seen = list(into.get(lot, ())), set()
            while stack:
                current = stack.pop()
                if current not in seen:
                    seen.add(current)
                    stack += into.get(current, ())
            closed[lot] = seen
        return closed[lot]

    return {lot: closure(lot) for lot in into}


def _pallets_of(
    lots: set[str], genealogy: Genealogy, balances: Mapping[str, LotBalance], pallets: Iterable[Pallet]
) -> dict[str, Pallet]:
    """The affected lots' pallets: those given, and any the trace found that were not given."""
    by_sscc = {p.sscc: p for p in pallets if p.lot_code in lots}
    for found in genealogy.pallets:
        if found.lot_code in lots and found.sscc not in by_sscc:
            info = genealogy.lots.get(found.lot_code)
            balance = balances.get(found.lot_code)
            by_sscc[found.sscc] = Pallet(
                found.sscc,
                found.lot_code,
                info.material if info else "",
                found.quantity,
                balance.unit if balance else "",
                found.status,
                found.customer_id,
                found.shipment_id,
            )
    return by_sscc
