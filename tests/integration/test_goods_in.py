"""Goods-in by scan on the demo station: a supplier's GS1 label becomes a received lot in one scan, or is
refused with a message that says what to do, and then nothing is recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from floorstation import bootstrap
from floorstation.app import goods_in, operators
from floorstation.app.context import StationContext
from floorstation.domain.errors import FloorstationError, InvalidInput, NotAllowedNow, NotFound, Refused
from floorstation.domain.scanning import GS
from floorstation.store import eventlog

CAP_28 = "05901234000017"  # demo material CAP-28, counted in pcs
CASE_28 = "15901234000014"  # demo material CASE-28, counted in cases
UNKNOWN_GTIN = "09501101530003"


@pytest.fixture
def ctx(station: bootstrap.Station) -> StationContext:
    operators.sign_in(station.ctx, badge="B1001")  # Anna
    return station.ctx


def _count(station: bootstrap.Station) -> int:
    with station.engine.connect() as conn:
        return eventlog.count(conn)


def test_a_supplier_label_becomes_a_received_lot(station: bootstrap.Station, ctx: StationContext) -> None:
    raw = f"]C101{CAP_28}17281231{GS}10SUP-4711{GS}305000"
    received = goods_in.receive_label(ctx, "anna", raw)
    assert (received.material, received.quantity, received.supplier_lot, received.expiry) == (
        "CAP-28",
        Decimal(5000),
        "SUP-4711",
        date(2028, 12, 31),
    )
    assert received.lot_code == "G1-26327-001"
    with station.engine.connect() as conn:
        event = eventlog.tail(conn, 1)[0]
    assert event.type == "lot.received"
    assert {k: event.payload[k] for k in ("lot_code", "material", "quantity", "supplier_lot", "gtin", "expiry")} == {
        "lot_code": "G1-26327-001",
        "material": "CAP-28",
        "quantity": "5000",
        "supplier_lot": "SUP-4711",
        "gtin": CAP_28,
        "expiry": "2028-12-31",
    }
    with ctx.uow() as uow:
        lot = uow.lot(received.lot_code)
    assert lot is not None and (lot.material, lot.quantity, lot.supplier_lot) == ("CAP-28", Decimal(5000), "SUP-4711")


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(f"01{CAP_28}10SUP-1{GS}17281231{GS}30250", id="no-aim"),
        pytest.param(f"]d201{CAP_28}17281231" + f"10SUP-1{GS}30250", id="datamatrix"),
        pytest.param(f"https://id.gs1.org/01/{CAP_28}/10/SUP-1?17=281231&30=250", id="digital-link"),
    ],
)
def test_every_way_a_label_can_be_written(ctx: StationContext, raw: str) -> None:
    received = goods_in.receive_label(ctx, "anna", raw)
    assert (received.material, received.quantity, received.supplier_lot) == ("CAP-28", Decimal(250), "SUP-1")


def test_a_logistic_label_gives_the_contained_gtin_and_count(ctx: StationContext) -> None:
    received = goods_in.receive_label(ctx, "anna", f"]C102{CASE_28}3740{GS}10CS-88{GS}15290101")
    assert (received.material, received.quantity, received.supplier_lot, received.expiry) == (
        "CASE-28",
        Decimal(40),
        "CS-88",
        date(2029, 1, 1),
    )


def test_the_operator_counted_quantity_wins_over_the_label(ctx: StationContext) -> None:
    received = goods_in.receive_label(ctx, "anna", f"]C101{CAP_28}10SUP-2{GS}305000", quantity="4980")
    assert received.quantity == Decimal(4980)


def test_the_aim_may_come_apart_from_the_data(ctx: StationContext) -> None:
    received = goods_in.receive_label(ctx, "anna", f"01{CAP_28}10SUP-3", aim="]d2", quantity=10)
    assert received.supplier_lot == "SUP-3"


REFUSED = [
    (f"]C101{CAP_28[:-1]}9{GS}10X{GS}301", InvalidInput, "wrong check digit|Scan the supplier's label again"),
    (f"]C101{CAP_28}17281331" + f"10X{GS}301", InvalidInput, "not a date"),
    (f"01{CAP_28}10SUP12317281231", InvalidInput, "run together|transmit GS"),
    ("]C110SUP-1", InvalidInput, "needs (01) or (02)"),
    (f"]C101{UNKNOWN_GTIN}10X{GS}301", NotFound, f"GTIN {UNKNOWN_GTIN}|add this GTIN"),
    (f"]C101{CAP_28}10X", InvalidInput, "does not say how many|Enter the quantity"),
    (f"]C101{CAP_28}30100", InvalidInput, "no lot number (10)|lot-tracked"),
    (f"]C101{CAP_28}17261122{GS}10X{GS}301", Refused, "expired on 2026-11-22|call quality"),
    ("B:B1001", InvalidInput, "This is a badge, not a supplier's GS1 label|GTIN (01)"),
    ("M02-26327-007", InvalidInput, "one of our lot codes"),
    (f"]C100106141412345678908{GS}", InvalidInput, "a pallet's SSCC, not a supplier's GS1 label"),
    ("hello", InvalidInput, "not a code floorstation knows"),
    ("\x00\xff", InvalidInput, "binary data"),
]


@pytest.mark.parametrize(("raw", "error", "words"), REFUSED)
def test_a_label_that_cannot_be_received_is_refused_and_records_nothing(
    station: bootstrap.Station, ctx: StationContext, raw: str, error: type[FloorstationError], words: str
) -> None:
    before = _count(station)
    with pytest.raises(error) as info:
        goods_in.receive_label(ctx, "anna", raw)
    text = f"{info.value.message} {info.value.hint}"
    assert all(w in text for w in words.split("|")), text
    assert _count(station) == before


def test_only_a_signed_in_operator_receives(station: bootstrap.Station) -> None:
    with pytest.raises(NotAllowedNow, match="not signed in"):
        goods_in.receive_label(station.ctx, "ewa", f"]C101{CAP_28}10X{GS}301")


def test_the_same_supplier_lot_is_not_received_twice(station: bootstrap.Station, ctx: StationContext) -> None:
    raw = f"]C101{CAP_28}17281231{GS}10SUP-4711{GS}305000"
    first = goods_in.receive_label(ctx, "anna", raw)
    before = _count(station)
    with pytest.raises(NotAllowedNow) as info:
        goods_in.receive_label(ctx, "anna", raw, quantity=10)
    assert f"already received here as lot {first.lot_code}" in info.value.message
    assert _count(station) == before
    # Another material may carry the same supplier lot number.
    other = goods_in.receive_label(ctx, "anna", f"]C102{CASE_28}3740{GS}10SUP-4711{GS}15290101")
    assert other.lot_code != first.lot_code


def test_a_label_is_identified_as_goods_in_until_received(ctx: StationContext) -> None:
    from floorstation.app.lookup import identify

    raw = f"]C101{CAP_28}17281231{GS}10SUP-4711{GS}305000"
    item = identify(ctx, raw)
    assert (item.kind, item.key, item.received_as) == ("label", "CAP-28", "")
    assert item.gs1 is not None and (item.gs1.lot, item.gs1.expiry, item.gs1.quantity) == (
        "SUP-4711",
        date(2028, 12, 31),
        5000,
    )
    received = goods_in.receive_label(ctx, "anna", raw)
    assert identify(ctx, raw).received_as == received.lot_code
    assert identify(ctx, f"]C101{UNKNOWN_GTIN}10X{GS}301").kind == "unknown"
