"""A lot's balance at the station: what is palletised or shipped is not there to consume, a consumption past the
balance needs an override, and the refusal that matters (wrong material, hold) comes before the quantity."""

from __future__ import annotations

from dataclasses import replace

import pytest

from floorstation import bootstrap
from floorstation.app import lots, machines, operators, pallets, tasks, views
from floorstation.app.context import StationContext
from floorstation.app.lots import Override
from floorstation.domain.catalog import Catalog, ReasonIn
from floorstation.domain.errors import InvalidInput, Refused
from floorstation.domain.master import ReasonKind, Role
from floorstation.store import eventlog
from floorstation.store.masterdata import import_catalog

CAPS = "304/2023-10"  # M01 makes CAP-28 (lot M01-26327-001)
PACKING = "306/2023-10"  # M03 packs CAP-28 into cases: 2000 caps and 1 carton per case, 10 cases
CAPS_LOT = "M01-26327-001"
RECOUNTED = Override("B2001", "3333", "stock_recounted")


@pytest.fixture
def ctx(station: bootstrap.Station) -> StationContext:
    """Anna made 1,500 caps; Marta (shift lead) palletised 1,000 of them and shipped the pallet; Piotr runs the
    packing line."""
    for badge in ("B1001", "B1002", "B2001"):
        operators.sign_in(station.ctx, badge=badge)
    ctx = station.ctx
    tasks.start_task(ctx, CAPS, "anna")
    tasks.stop_task(ctx, CAPS, "anna", good=1500)
    pallet = pallets.build_pallet(ctx, "marta", CAPS_LOT, 1000)
    pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SHP-1")
    tasks.start_task(ctx, PACKING, "piotr")
    return ctx


def _count(station: bootstrap.Station) -> int:
    with station.engine.connect() as conn:
        return eventlog.count(conn)


def test_shipped_quantity_leaves_the_balance_and_is_never_consumed_again(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    before = _count(station)
    with pytest.raises(Refused) as err:
        lots.consume_lot(ctx, PACKING, CAPS_LOT, "piotr", quantity=1500)
    assert err.value.rules == ["over_balance"]
    assert "only 500 left on record, less than 1500" in err.value.message
    assert _count(station) == before
    prompt = lots.consumption_prompt(ctx, PACKING, CAPS_LOT, "piotr")
    assert (prompt.balance, prompt.need, prompt.suggested, prompt.unit) == (500, 20000, 500, "pcs")
    detail = views.task_detail(ctx, PACKING)
    assert detail is not None
    [caps] = [n for n in detail.needs if n.line.material == "CAP-28"]
    assert caps.suggested_lot is not None and caps.suggested_lot.code == CAPS_LOT
    assert caps.suggested_qty == 500  # the FEFO hint no longer offers the shipped 1,000
    used = lots.consume_lot(ctx, PACKING, CAPS_LOT, "piotr")
    assert used.quantity == 500
    with ctx.uow() as uow:
        lot = uow.lot(CAPS_LOT)
        assert lot is not None
        assert lot.balance == 0
    with pytest.raises(InvalidInput, match="nothing left on record"):
        lots.consume_lot(ctx, PACKING, CAPS_LOT, "piotr", confirm_repeat=True)


def test_past_the_balance_within_the_plant_tolerance_is_booked_with_a_warning(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    tolerant = replace(ctx, rules=replace(ctx.rules, over_balance_tolerance_percent=2.0))
    result = lots.consume_lot(tolerant, PACKING, CAPS_LOT, "piotr", quantity=510)  # 10 over: 2 % of 510 is 10.2
    assert result.overridden == ()
    assert "10 more than lot M01-26327-001 has on record" in result.warnings[0]
    assert result.beyond_balance == 10
    with pytest.raises(Refused) as err:
        lots.consume_lot(tolerant, PACKING, CAPS_LOT, "piotr", quantity=100, confirm_repeat=True)
    assert err.value.rules == ["over_balance"]
    over = lots.consume_lot(tolerant, PACKING, CAPS_LOT, "piotr", quantity=100, confirm_repeat=True, override=RECOUNTED)
    assert over.overridden == ("over_balance",)


def test_a_wrong_material_with_nothing_left_is_refused_for_the_material_first(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    lots.consume_lot(ctx, PACKING, "BOX-0901", "piotr", quantity=500)  # every carton of the lot used
    tasks.start_task(ctx, CAPS, "anna")
    for action in (
        lambda: lots.consume_lot(ctx, CAPS, "BOX-0901", "anna"),
        lambda: lots.consumption_prompt(ctx, CAPS, "BOX-0901", "anna"),
    ):
        with pytest.raises(Refused) as err:
            action()
        assert err.value.rules == ["not_in_bom"]
        assert "not in the bill of materials" in err.value.message


def test_a_held_lot_is_used_only_with_a_quality_signature(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.start_task(ctx, CAPS, "anna")
    with pytest.raises(Refused) as err:
        lots.consume_lot(ctx, CAPS, "MB-0501", "anna", quantity=1)
    [held] = err.value.violations
    assert held.signers == ("quality",)
    assert "quality person may sign" in err.value.hint
    before = _count(station)
    lead_says_quality = Override("B2001", "3333", "quality_approved")  # a shift lead, "approved by quality"
    with pytest.raises(Exception, match="Marta Kowalska cannot sign the use of a lot on hold: it needs the quality"):
        lots.consume_lot(ctx, CAPS, "MB-0501", "anna", quantity=1, override=lead_says_quality)
    with pytest.raises(InvalidInput, match="'Lot recounted: it holds more than on record' is not a reason to"):
        lots.consume_lot(ctx, CAPS, "MB-0501", "anna", quantity=1, override=RECOUNTED)
    assert _count(station) == before
    used = lots.consume_lot(
        ctx, CAPS, "MB-0501", "anna", quantity=1, override=Override("B4001", "5555", "quality_approved")
    )
    assert used.overridden == ("lot_on_hold",)


def test_a_wrong_material_is_not_approved_by_quality(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.start_task(ctx, CAPS, "anna")
    with pytest.raises(InvalidInput, match="'Approved by quality' is not a reason to override not_in_bom"):
        lots.consume_lot(
            ctx, CAPS, "BOX-0901", "anna", quantity=1, override=Override("B4001", "5555", "quality_approved")
        )
    used = lots.consume_lot(
        ctx, CAPS, "BOX-0901", "anna", quantity=1, override=Override("B2001", "3333", "substitute_approved")
    )
    assert used.overridden == ("not_in_bom",)


def test_who_may_override_which_rule_is_master_data(station: bootstrap.Station, ctx: StationContext) -> None:
    tasks.start_task(ctx, CAPS, "anna")
    with pytest.raises(Refused) as err:
        lots.consume_lot(ctx, CAPS, "BOX-0901", "anna", quantity=1)
    assert err.value.violations[0].signers == ("shift_lead",)
    reason = ReasonIn(
        kind=ReasonKind.OVERRIDE,
        code="substitute_approved",
        label="Approved substitute material",
        rules=["not_in_bom"],
        roles=[Role.QUALITY],
    )
    import_catalog(station.engine, Catalog(reasons=[reason]))
    with pytest.raises(Refused) as err:
        lots.consume_lot(ctx, CAPS, "BOX-0901", "anna", quantity=1)
    assert err.value.violations[0].signers == ("quality",)
    assert "quality person may sign" in err.value.hint
    gone = ReasonIn(kind=ReasonKind.OVERRIDE, code="machine_checked", label="Machine checked", rules=["other"])
    import_catalog(station.engine, Catalog(reasons=[gone]))
    machines.mark_machine_down(ctx, "anna", "M01", "mould_damage", "")
    with pytest.raises(Refused) as err:
        lots.consume_lot(ctx, CAPS, "PP-2401", "anna", quantity=1)
    assert err.value.rules == ["machine_down"]
    assert not err.value.overridable  # no reason of the plant's answers it: nobody may override it
