"""Mass balance of a lot: received + produced = consumed + shipped + on hand, and what does not add up.

BRCGS and IFS trace exercises expect the quantity check with the trace (research B.5). The books here are the
station's or the server's records; a difference is shown, never smoothed over.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from floorstation.compliance.records import MasterData, collect
from floorstation.domain.events import Event
from floorstation.domain.ports import Pallet
from floorstation.domain.quantities import fmt

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class LotBalance:
    """A lot's quantities as the books have them, all in the lot's unit."""

    lot_code: str
    material: str = ""
    unit: str = ""
    received: Decimal = ZERO
    """Came in from outside: goods-in, or opening stock from master data."""
    produced: Decimal = ZERO
    """Good quantity reported into the lot."""
    consumed: Decimal = ZERO
    """Went into other lots, by every task (traced or not)."""
    on_hand: Decimal | None = None
    """What the books say is still on site, pallets not yet shipped included; None: not known separately."""
    status: str = ""


def balances_from_events(
    events: Iterable[Event],
    master: MasterData,
    *,
    opening: Mapping[str, Decimal] | None = None,
    on_hand: Mapping[str, Decimal] | None = None,
) -> dict[str, LotBalance]:
    """Received, produced and consumed per lot as the events record them.

    ``opening`` adds stock known before the events (master-data lots); ``on_hand`` is the stock figure the store
    keeps, which the mass balance then checks against what the events imply.
    """
    records = collect(events, master)
    received: dict[str, Decimal] = dict(opening or {})
    produced: dict[str, Decimal] = {}
    consumed: dict[str, Decimal] = {}
    for code, facts in records.lots.items():
        if facts.origin == "received" and facts.quantity is not None:
            received[code] = received.get(code, ZERO) + facts.quantity
    for t in records.transformations:
        if t.output_lot and t.output_quantity is not None:
            produced[t.output_lot] = produced.get(t.output_lot, ZERO) + t.output_quantity
        for line in t.inputs:
            consumed[line.lot] = consumed.get(line.lot, ZERO) + line.quantity
    stock = on_hand or {}
    codes = set(received) | set(produced) | set(consumed) | set(stock)
    result = {}
    for code in sorted(codes):
        facts = records.lot(code)
        result[code] = LotBalance(
            code,
            facts.material,
            facts.unit or records.unit_of(facts.material),
            received.get(code, ZERO),
            produced.get(code, ZERO),
            consumed.get(code, ZERO),
            stock.get(code),
        )
    return result


@dataclass(frozen=True, slots=True)
class MassBalance:
    lot_code: str
    material: str
    unit: str
    received: Decimal
    produced: Decimal
    consumed: Decimal
    shipped: Decimal
    on_hand: Decimal
    expected_on_hand: Decimal
    """received + produced - consumed - shipped."""
    on_pallets_on_site: Decimal
    problems: tuple[str, ...]

    @property
    def difference(self) -> Decimal:
        return self.on_hand - self.expected_on_hand

    @property
    def overdrawn(self) -> Decimal:
        """How much more left the lot (consumed, shipped, or put on pallets still on site) than ever came in."""
        came_in = self.received + self.produced
        return max(self.consumed + self.shipped + self.on_pallets_on_site - came_in, ZERO)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lot_code": self.lot_code,
            "material": self.material,
            "unit": self.unit,
            "received": fmt(self.received),
            "produced": fmt(self.produced),
            "consumed": fmt(self.consumed),
            "shipped": fmt(self.shipped),
            "on_hand": fmt(self.on_hand),
            "expected_on_hand": fmt(self.expected_on_hand),
            "difference": fmt(self.difference),
            "overdrawn": fmt(self.overdrawn),
            "on_pallets_on_site": fmt(self.on_pallets_on_site),
            "problems": list(self.problems),
        }


def mass_balance(
    code: str,
    balance: LotBalance | None,
    *,
    pallets: Iterable[Pallet],
    traced_out: Decimal,
    trace_complete: bool,
    material: str = "",
) -> MassBalance:
    """The balance of lot ``code`` with its pallets (shipped ones count as out).

    ``traced_out`` is what the trace shows going out of the lot: more than the books is always a problem; less is
    one only when the trace is complete (a bounded trace may not reach every consumption).
    """
    mine = [p for p in pallets if p.lot_code == code]
    shipped = sum((p.quantity for p in mine if p.status == "shipped"), ZERO)
    on_pallets = sum((p.quantity for p in mine if p.status != "shipped"), ZERO)
    if balance is None:
        balance = LotBalance(code, material)
        problems = ["no quantities on record for this lot"]  # and nothing to check the rest against
    else:
        problems = []
    came_in = balance.received + balance.produced
    expected = came_in - balance.consumed - shipped
    on_hand = expected if balance.on_hand is None else balance.on_hand
    unit = f" {balance.unit}" if balance.unit else ""
    if not problems:
        if on_hand != expected:
            problems.append(
                f"on hand {fmt(on_hand)}{unit}, but received + produced - consumed - shipped = {fmt(expected)}{unit}"
            )
        if expected < 0:
            problems.append(f"{fmt(balance.consumed + shipped)}{unit} went out, only {fmt(came_in)}{unit} came in")
        elif expected < on_pallets:
            problems.append(
                f"{fmt(balance.consumed + shipped)}{unit} went out and {fmt(on_pallets)}{unit} is on pallets, "
                f"only {fmt(came_in)}{unit} came in"
            )
        if shipped + on_pallets > came_in:
            held = f"{fmt(shipped + on_pallets)}{unit} on pallets, more than the {fmt(came_in)}{unit} it held"
            problems.append(held)
        if traced_out > balance.consumed or (trace_complete and traced_out < balance.consumed):
            traced = f"the trace shows {fmt(traced_out)}{unit} consumed, the books {fmt(balance.consumed)}{unit}"
            problems.append(traced)
    return MassBalance(
        code,
        balance.material or material,
        balance.unit,
        balance.received,
        balance.produced,
        balance.consumed,
        shipped,
        on_hand,
        expected,
        on_pallets,
        tuple(problems),
    )
