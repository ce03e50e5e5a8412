"""The mass balance says when more left a lot than ever came in, pallets still on site included."""

from __future__ import annotations

from decimal import Decimal

from floorstation.compliance.balance import LotBalance, mass_balance
from floorstation.domain.ports import Pallet

D = Decimal


def _caps(*pallets: Pallet, consumed: str = "1500") -> tuple[tuple[str, ...], Decimal, dict[str, object]]:
    books = LotBalance("P", "CAP", "pcs", produced=D(1500), consumed=D(consumed))
    got = mass_balance("P", books, pallets=pallets, traced_out=D(consumed), trace_complete=True)
    return got.problems, got.overdrawn, got.as_dict()


def test_a_lot_shipped_and_then_consumed_in_full_is_overdrawn() -> None:
    problems, overdrawn, row = _caps(Pallet("A", "P", "CAP", D(1000), "pcs", "shipped", "C100", "S1"))
    assert problems == ("2500 pcs went out, only 1500 pcs came in",)
    assert (overdrawn, row["overdrawn"]) == (1000, "1000")


def test_a_lot_palletised_and_then_consumed_in_full_is_overdrawn_too() -> None:
    problems, overdrawn, _ = _caps(Pallet("B", "P", "CAP", D(1000), "pcs", "built"))
    assert problems == ("1500 pcs went out and 1000 pcs is on pallets, only 1500 pcs came in",)
    assert overdrawn == 1000


def test_a_lot_that_adds_up_has_nothing_to_say() -> None:
    problems, overdrawn, row = _caps(Pallet("B", "P", "CAP", D(1000), "pcs", "built"), consumed="500")
    assert (problems, overdrawn, row["overdrawn"]) == ((), 0, "0")
