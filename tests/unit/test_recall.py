"""Recall report on a hand-built trace whose answer is known.

Resin lot R (Basell's BP-1) went into caps lots P1 and P2; some of P2 was reworked into P1 (a loop). P1's pallet
A went to C100 and pallet B is still on site; P2's pallet C went to C200. Resin lot R2 and its caps lot P3, with
pallet D to C300, have nothing to do with R: they must not appear.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from floorstation.compliance.balance import LotBalance, balances_from_events
from floorstation.compliance.recall import recall_report
from floorstation.domain.genealogy import Genealogy, Link, LotInfo, PalletLink
from floorstation.domain.master import Customer
from floorstation.domain.ports import Pallet
from tests.unit import compliance_plant as plant

D = Decimal


def link(src: str, dst: str | None, qty: str, depth: int, task: str = "T1") -> Link:
    return Link(src, dst, task, "M01", "anna", D(qty), "2026-11-23T09:00:00.000+01:00", depth)


def genealogy(*, truncated: list[str] | None = None) -> Genealogy:
    return Genealogy(
        lot="R",
        backward=[],
        forward=[link("R", "P1", "100", 1), link("R", "P2", "60", 1, "T2"), link("P2", "P1", "5", 2)],
        pallets=[
            PalletLink("A", "P1", D(500), "shipped", "C100", "S1"),
            PalletLink("B", "P1", D(300), "built", None, None),
            PalletLink("C", "P2", D(200), "shipped", "C200", "S2"),
        ],
        lots={
            "R": LotInfo("R", "RESIN", "Basell", "BP-1", "released", None, None),
            "P1": LotInfo("P1", "CAP", None, None, "released", None, None),
            "P2": LotInfo("P2", "CAP", None, None, "hold", None, None),
        },
        truncated=truncated or [],
    )


BALANCES = {
    "R": LotBalance("R", "RESIN", "kg", received=D(1000), consumed=D(160), on_hand=D(840)),
    "P1": LotBalance("P1", "CAP", "pcs", produced=D(1000), on_hand=D(500)),
    "P2": LotBalance("P2", "CAP", "pcs", produced=D(400), consumed=D(5), on_hand=D(150)),  # 45 pcs unaccounted
    "R2": LotBalance("R2", "RESIN", "kg", received=D(500)),
}
PALLETS = [
    Pallet("A", "P1", "CAP", D(500), "pcs", "shipped", "C100", "S1"),
    Pallet("B", "P1", "CAP", D(300), "pcs", "built"),
    Pallet("C", "P2", "CAP", D(200), "pcs", "shipped", "C200", "S2"),
    Pallet("D", "P3", "CAP", D(900), "pcs", "shipped", "C300", "S3"),
]
CUSTOMERS = [Customer("C100", "Nordic Beverages AB"), Customer("C200", "Baltic Dairy"), Customer("C300", "Other")]


def test_exactly_the_affected_lots_pallets_and_customers() -> None:
    got = recall_report(genealogy(), BALANCES, PALLETS, customers=CUSTOMERS, running_tasks={"T2"})
    assert [(a.code, a.depth, a.status) for a in got.affected] == [
        ("R", 0, "released"),
        ("P1", 1, "released"),
        ("P2", 1, "hold"),
    ]
    assert [p.sscc for p in got.shipped] == ["A", "C"]
    assert got.customers == ["C100", "C200"]
    assert [p.sscc for p in got.quarantine_pallets] == ["B"]
    assert [(q.code, q.quantity, q.unit) for q in got.quarantine_lots] == [
        ("R", D(840), "kg"),
        ("P1", D(200), "pcs"),  # 500 on hand, 300 of it on pallet B (listed on its own)
        ("P2", D(150), "pcs"),
    ]
    assert [(t.task_id, t.input_lots, t.running) for t in got.tasks] == [
        ("T1", ("P2", "R"), False),
        ("T2", ("R",), True),
    ]
    assert [(s.lot, s.supplier, s.supplier_lot) for s in got.sources] == [("R", "Basell", "BP-1")]
    assert got.complete


def test_mass_balance_shows_the_lot_that_does_not_add_up() -> None:
    got = recall_report(genealogy(), BALANCES, PALLETS)
    balance = {m.lot_code: m for m in got.mass_balance}
    assert (balance["R"].received, balance["R"].consumed, balance["R"].on_hand, balance["R"].problems) == (
        D(1000),
        D(160),
        D(840),
        (),
    )
    assert (balance["P1"].produced, balance["P1"].shipped, balance["P1"].on_pallets_on_site) == (
        D(1000),
        D(500),
        D(300),
    )
    assert balance["P1"].problems == ()
    p2 = balance["P2"]
    assert (p2.expected_on_hand, p2.on_hand, p2.difference) == (D(195), D(150), D(-45))
    assert p2.problems == ("on hand 150 pcs, but received + produced - consumed - shipped = 195 pcs",)
    assert [m.lot_code for m in got.discrepancies] == ["P2"]


def test_other_discrepancies_are_named() -> None:
    balances = {
        "R": LotBalance("R", "RESIN", "kg", received=D(100), consumed=D(150)),  # more out than in; trace shows 160
        "P1": LotBalance("P1", "CAP", "pcs", produced=D(600)),  # 800 on pallets
    }
    got = recall_report(genealogy(), balances, PALLETS)
    problems = {m.lot_code: m.problems for m in got.mass_balance}
    assert problems["R"] == (
        "150 kg went out, only 100 kg came in",
        "the trace shows 160 kg consumed, the books 150 kg",
    )
    assert "800 pcs on pallets, more than the 600 pcs it held" in problems["P1"]
    assert problems["P2"] == ("no quantities on record for this lot",)


def test_a_truncated_trace_makes_an_incomplete_report() -> None:
    books = {**BALANCES, "R": LotBalance("R", "RESIN", "kg", received=D(1000), consumed=D(900), on_hand=D(100))}
    got = recall_report(genealogy(truncated=["forward: stopped at depth 1"]), books, PALLETS)
    assert not got.complete
    assert got.notes == ("forward: stopped at depth 1",)
    # Less traced than booked is expected when the trace stopped early, so it is not called a discrepancy.
    assert {m.lot_code: m.problems for m in got.mass_balance}["R"] == ()
    assert got.as_dict()["complete"] is False
    assert "INCOMPLETE: forward: stopped at depth 1" in got.csv_text()


def test_pallets_the_caller_did_not_pass_come_from_the_trace() -> None:
    got = recall_report(genealogy(), BALANCES, [])
    assert [(p.sscc, p.unit, p.material) for p in got.shipped] == [("A", "pcs", "CAP"), ("C", "pcs", "CAP")]


def test_json_lists_whom_to_call_with_their_shipments() -> None:
    data = json.loads(json.dumps(recall_report(genealogy(), BALANCES, PALLETS, customers=CUSTOMERS).as_dict()))
    assert data["customers"] == [
        {
            "customer_id": "C100",
            "name": "Nordic Beverages AB",
            "shipments": [
                {
                    "shipment_id": "S1",
                    "pallets": [
                        {
                            "sscc": "A",
                            "lot_code": "P1",
                            "material": "CAP",
                            "quantity": "500",
                            "unit": "pcs",
                            "status": "shipped",
                            "held_inputs": ["P2"],  # P2 is on hold and went into P1
                        }
                    ],
                }
            ],
        },
        {
            "customer_id": "C200",
            "name": "Baltic Dairy",
            "shipments": [
                {
                    "shipment_id": "S2",
                    "pallets": [
                        {
                            "sscc": "C",
                            "lot_code": "P2",
                            "material": "CAP",
                            "quantity": "200",
                            "unit": "pcs",
                            "status": "shipped",
                            "held_inputs": ["P2"],  # its own lot is on hold
                        }
                    ],
                }
            ],
        },
    ]
    assert [x["code"] for x in data["affected_lots"]] == ["R", "P1", "P2"]
    assert [x["sscc"] for x in data["quarantine"]["pallets"]] == ["B"]
    assert data["discrepancies"] == 1
    assert data["mass_balance"][2]["difference"] == "-45"


def test_csv_is_one_filterable_table() -> None:
    text = recall_report(genealogy(), BALANCES, PALLETS, customers=CUSTOMERS).csv_text()
    table = list(csv.DictReader(io.StringIO(text)))
    by_section: dict[str, list[dict[str, str]]] = {}
    for row in table:
        by_section.setdefault(row["section"], []).append(row)
    assert by_section["recall"] == [
        {**{k: "" for k in table[0]}, "section": "recall", "lot_code": "R", "note": "complete"}
    ]
    assert [r["sscc"] for r in by_section["shipped_pallet"]] == ["A", "C"]
    assert [r["customer_name"] for r in by_section["shipped_pallet"]] == ["Nordic Beverages AB", "Baltic Dairy"]
    assert [r["sscc"] for r in by_section["quarantine_pallet"]] == ["B"]
    assert [(r["lot_code"], r["quantity"]) for r in by_section["quarantine_lot"]] == [
        ("R", "840"),
        ("P1", "200"),
        ("P2", "150"),
    ]
    p2 = next(r for r in by_section["mass_balance"] if r["lot_code"] == "P2")
    assert (p2["on_hand"], p2["expected_on_hand"], p2["difference"]) == ("150", "195", "-45")
    assert "P3" not in text and "C300" not in text and "R2" not in text


def test_balances_from_the_event_log() -> None:
    books = balances_from_events(
        plant.plant_log().events, plant.CATALOG, opening={"MB-7": D(50)}, on_hand={"MB-7": D("49.6")}
    )
    assert books["G1-26327-001"] == LotBalance("G1-26327-001", "RESIN", "kg", received=D(500), consumed=D(25))
    assert books["M01-26327-001"] == LotBalance("M01-26327-001", "CAP", "pcs", produced=D(10000), consumed=D(4000))
    assert books["M03-26327-001"].produced == D(2)
    assert books["MB-7"] == LotBalance("MB-7", "MB", "kg", received=D(50), consumed=D("0.4"), on_hand=D("49.6"))


def _link(into: str, out: str, depth: int = 1) -> Link:
    return Link(into, out, f"T-{out}", "M01", "anna", Decimal(1), "2026-11-23T08:00:00+01:00", depth)


def _pallet(sscc: str, lot: str) -> Pallet:
    return Pallet(sscc, lot, "X", Decimal(1), "pcs", "shipped", "C1", "S1")


def test_pallets_with_a_held_or_recalled_input_at_any_depth_are_flagged() -> None:
    """Resin R went into caps C, caps and a held masterbatch H (three steps up, through a blend B) into cases K:
    the recall of R flags K's pallet with H; the pallet of caps made from R alone is not flagged."""
    g = Genealogy("R", forward=[_link("R", "C"), _link("R", "C2"), _link("C", "K", 2)])
    inputs_of = {"K": {"C", "R", "B", "H"}, "C2": {"R"}}
    report = recall_report(
        g,
        {},
        [_pallet("PK", "K"), _pallet("PC2", "C2")],
        inputs_of=inputs_of,
        statuses={"H": "hold", "R": "released", "B": "released"},
    )
    assert [(h.sscc, h.lot, h.status) for h in report.held] == [("PK", "H", "hold")]
    assert (report.held_lots("PK"), report.held_lots("PC2")) == (["H"], [])


def test_without_the_full_upstream_the_genealogy_shows_what_went_in() -> None:
    """A recalled lot is itself a held input of every pallet made from it, however many steps down."""
    g = Genealogy(
        "R",
        forward=[_link("R", "C"), _link("C", "K", 2)],
        lots={"R": LotInfo("R", "RESIN", None, None, "recalled", None, None)},
    )
    report = recall_report(g, {}, [_pallet("PK", "K")])
    assert [(h.sscc, h.lot, h.status) for h in report.held] == [("PK", "R", "recalled")]
    assert report.as_dict()["held_inputs"] == [{"sscc": "PK", "lot": "R", "status": "recalled"}]
