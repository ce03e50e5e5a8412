"""A pallet does not leave the plant while its lot, or any lot that went into it at any depth, is on hold or
recalled: dispatch refuses it with the lot to look for, and loads it once quality has released that lot."""

from __future__ import annotations

import pytest

from floorstation import bootstrap
from floorstation.app import lots, operators, pallets, quality, tasks
from floorstation.app.context import StationContext
from floorstation.app.signatures import Signature
from floorstation.domain.catalog import Catalog, LotIn
from floorstation.domain.errors import NotAllowedNow
from floorstation.domain.master import LotStatus
from floorstation.domain.ports import Pallet
from floorstation.store import eventlog
from floorstation.store.masterdata import import_catalog
from tests.integration.test_sync_pallets import RAW, Plant, build_at_the_line, plant

__all__ = ["plant"]  # the fixture of two stations and a server on loopback

EWA = Signature("B4001", "5555")


@pytest.fixture
def case_pallet(station: bootstrap.Station) -> Pallet:
    """Resin PP-2401 went into caps (M01), the caps into cases (M03), and the cases onto a pallet: two steps down."""
    ctx = station.ctx
    for badge in ("B1001", "B1002", "B2001", "B4001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, "304/2023-10", "anna")
    lots.consume_lot(ctx, "304/2023-10", "PP-2401", "anna", quantity=10)
    tasks.stop_task(ctx, "304/2023-10", "anna", good=4000)
    tasks.start_task(ctx, "306/2023-10", "piotr")
    lots.consume_lot(ctx, "306/2023-10", "M01-26327-001", "piotr", quantity=4000)
    lots.consume_lot(ctx, "306/2023-10", "BOX-0901", "piotr", quantity=2)
    tasks.stop_task(ctx, "306/2023-10", "piotr", good=2)
    return pallets.build_pallet(ctx, "marta", "M03-26327-001", 2)


def _shipped(station: bootstrap.Station) -> int:
    with station.engine.connect() as conn:
        return sum(1 for e in eventlog.iter_events(conn) if e.type == "pallet.shipped")


def _ship(ctx: StationContext, pallet: Pallet) -> Pallet:
    return pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SHP-7")


def test_a_pallet_with_a_held_input_two_steps_down_is_not_loaded_until_released(
    station: bootstrap.Station, case_pallet: Pallet
) -> None:
    ctx = station.ctx
    quality.hold_lot(ctx, "ewa", "PP-2401", "lab_test_pending", signature=EWA)
    with pytest.raises(NotAllowedNow) as err:
        _ship(ctx, case_pallet)
    assert err.value.message == (
        f"Pallet {case_pallet.sscc} cannot be loaded: it contains lot PP-2401, which is ON HOLD by quality."
    )
    assert err.value.hint == "Put the pallet aside until quality releases lot PP-2401."
    assert (err.value.code, err.value.params) == ("pallet.contains_held", {"sscc": case_pallet.sscc, "lot": "PP-2401"})
    assert _shipped(station) == 0

    quality.release_lot(ctx, "ewa", "PP-2401", "lab test passed", signature=EWA)
    assert _ship(ctx, case_pallet).status == "shipped"


def test_a_recalled_input_is_named_before_a_held_one(station: bootstrap.Station, case_pallet: Pallet) -> None:
    ctx = station.ctx
    quality.hold_lot(ctx, "ewa", "M01-26327-001", "lab_test_pending", signature=EWA)
    recalled = LotIn(code="BOX-0901", material="CARTON-S", quantity=500, status=LotStatus.RECALLED)
    import_catalog(station.engine, Catalog(lots=[recalled]))
    with pytest.raises(NotAllowedNow, match="it contains lot BOX-0901, which is RECALLED") as err:
        _ship(ctx, case_pallet)
    assert err.value.hint == "Put the pallet aside in quarantine and call quality."
    assert _shipped(station) == 0


def test_the_pallets_own_lot_on_hold_is_refused_too(station: bootstrap.Station, case_pallet: Pallet) -> None:
    ctx = station.ctx
    quality.hold_lot(ctx, "ewa", "M03-26327-001", "lab_test_pending", signature=EWA)
    with pytest.raises(NotAllowedNow, match="it contains lot M03-26327-001, which is ON HOLD"):
        _ship(ctx, case_pallet)


def test_the_dock_refuses_a_pallet_made_at_the_line_from_a_lot_quality_held_there(plant: Plant, server_db: str) -> None:
    """The dock knows what went into the line's pallets only from the plant's feed (its own log has no edge)."""
    a, b = plant.a, plant.b
    first, _second, _torn = build_at_the_line(a)
    operators.sign_in(a.ctx, badge="B4001")
    quality.hold_lot(a.ctx, "ewa", RAW, "lab_test_pending", signature=EWA)
    plant.sync(a)
    plant.sync(b)
    operators.sign_in(b.ctx, badge="B2001")
    with pytest.raises(NotAllowedNow, match=f"it contains lot {RAW}, which is ON HOLD by quality"):
        pallets.ship_pallet(b.ctx, "marta", first, "C100", "SHP-9")
