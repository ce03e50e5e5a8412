"""What a station knows from the plant: override reasons with the rules they answer and who may sign them
(imported from JSON or CSV, sent down by the server's feed), and the balance of a lot made at another station."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from floorstation import bootstrap
from floorstation.app import operators, pallets
from floorstation.domain.catalog import parse_csv
from floorstation.domain.codes import SsccRange
from floorstation.domain.master import ReasonKind, Role
from floorstation.domain.overrides import OverridePolicy
from floorstation.store.masterdata import import_catalog
from tests.integration.test_sync_pallets import Plant, build_at_the_line, plant

__all__ = ["plant"]


def test_the_rules_and_roles_of_override_reasons_reach_the_dock_through_the_feed(plant: Plant, server_db: str) -> None:
    plant.sync(plant.b)
    with plant.b.ctx.uow() as uow:
        reasons = {r.code: r for r in uow.reasons(ReasonKind.OVERRIDE)}
    quality_approved = reasons["quality_approved"]
    assert (quality_approved.rules, quality_approved.roles) == (("lot_on_hold", "lot_expired"), (Role.QUALITY,))
    policy = OverridePolicy.of(reasons.values())
    assert policy.roles_for("lot_on_hold") == (Role.QUALITY,)
    assert policy.roles_for("not_in_bom") == (Role.SHIFT_LEAD,)
    assert policy.roles_for("lot_recalled") == ()


def test_override_reasons_from_a_csv_file(station: bootstrap.Station, tmp_path: Path) -> None:
    text = (
        "kind,code,label,rules,roles\n"
        "override,retested,Retested in the lab,lot_expired;lot_on_hold,quality;shift_lead\n"
        "override,old_style,Any reason,,\n"
    )
    import_catalog(station.engine, parse_csv(text, "reasons", "reasons.csv"))
    with station.ctx.uow() as uow:
        reasons = {r.code: r for r in uow.reasons(ReasonKind.OVERRIDE)}
    assert (reasons["retested"].rules, reasons["retested"].roles) == (
        ("lot_expired", "lot_on_hold"),
        (Role.QUALITY, Role.SHIFT_LEAD),
    )
    policy = OverridePolicy.of([reasons["retested"], reasons["old_style"]])
    # A shift lead named on a reason still does not sign the use of a held lot; a reason naming no rules
    # answers every overridable rule but a hold.
    assert policy.roles_for("lot_on_hold") == (Role.QUALITY,)
    assert [r.code for r in policy.reasons_for(["not_in_bom"])] == ["old_style"]


def test_a_lot_made_at_the_line_and_palletised_at_the_dock_leaves_its_balance_once(
    plant: Plant, server_db: str
) -> None:
    """The dock's pallet counts at once, before the server's figure, and only once after it comes back."""
    a, b = plant.a, plant.b
    first, _, _ = build_at_the_line(a)  # 5000 caps made, 4000 on pallets (a third pallet voided)
    plant.sync(a)
    plant.sync(b)
    with b.ctx.uow() as uow:
        made = uow.pallet(first)
        assert made is not None
        caps = made.lot_code  # the line's production lot (its code carries the day it was made)

    def balance() -> object:
        with b.ctx.uow() as uow:
            lot = uow.lot(caps)
            assert lot is not None
            return lot.balance

    assert balance() == 1000
    operators.sign_in(b.ctx, badge="B2001")
    dock = replace(b.ctx, rules=replace(b.ctx.rules, sscc=SsccRange(0, "5901234", 50_000, 59_999)))  # its own block
    pallets.build_pallet(dock, "marta", caps, 600)
    assert balance() == 400
    plant.sync(b)
    assert balance() == 400
