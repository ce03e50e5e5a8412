"""Quantities typed at the keypad, the offline lot rules, and machine marks that converge in any order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from floorstation.domain import rules
from floorstation.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied, Refused
from floorstation.domain.marks import Mark, MarkSet
from floorstation.domain.master import BomLine, Lot, LotStatus, Operator, Role, Task
from floorstation.domain.quantities import MAX_QUANTITY, fmt, from_milli, parse_quantity, to_milli

TODAY = date(2026, 11, 23)

# --- quantities ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12", Decimal(12)),
        (" 12 ", Decimal(12)),
        ("1,5", Decimal("1.5")),
        ("0.125", Decimal("0.125")),
        ("2.500", Decimal("2.5")),
        (7, Decimal(7)),
        (0.1, Decimal("0.1")),
        (Decimal("3.10"), Decimal("3.1")),
        ("1000000", MAX_QUANTITY),
    ],
)
def test_sensible_quantities_are_accepted(typed: object, expected: Decimal) -> None:
    assert parse_quantity(typed) == expected


@pytest.mark.parametrize("typed", ["0", 0, "0.000", "-0"])
def test_zero_is_refused_unless_allowed(typed: object) -> None:
    with pytest.raises(InvalidInput, match="must be more than zero") as err:
        parse_quantity(typed, what="good quantity")
    assert "good quantity" in err.value.message
    assert parse_quantity(typed, allow_zero=True) == 0


@pytest.mark.parametrize("typed", ["-1", -0.5, "-0,001"])
def test_negative_is_refused(typed: object) -> None:
    with pytest.raises(InvalidInput, match="must be more than zero"):
        parse_quantity(typed, allow_zero=True)


@pytest.mark.parametrize("typed", ["abc", "", "NaN", "nan", float("nan"), "inf", float("inf"), "-Infinity", None])
def test_what_is_not_a_number_is_refused(typed: object) -> None:
    with pytest.raises(InvalidInput, match="is not a number") as err:
        parse_quantity(typed)
    assert "keypad" in err.value.hint


@pytest.mark.parametrize("typed", [1e9, "1e9", "1000000.001", 10**12])
def test_absurd_quantities_are_refused(typed: object) -> None:
    with pytest.raises(InvalidInput, match="cannot be right") as err:
        parse_quantity(typed)
    assert "Check the number" in err.value.hint


@pytest.mark.parametrize("typed", ["1.2345", "0,0001", "1e-4"])
def test_more_than_three_decimals_is_refused(typed: object) -> None:
    with pytest.raises(InvalidInput, match="more than three decimals") as err:
        parse_quantity(typed)
    assert "Round it" in err.value.hint


@pytest.mark.parametrize("typed", [True, False])
def test_a_bool_is_not_a_quantity(typed: bool) -> None:
    with pytest.raises(InvalidInput, match="must be a number"):
        parse_quantity(typed, allow_zero=True)


@given(st.decimals(min_value=Decimal("0.001"), max_value=MAX_QUANTITY, places=3))
def test_accepted_quantities_are_stored_exactly(qty: Decimal) -> None:
    parsed = parse_quantity(str(qty))
    assert parsed == qty
    assert from_milli(to_milli(parsed)) == qty
    assert Decimal(fmt(parsed)) == qty
    assert "E" not in fmt(parsed)


# --- lot rules ------------------------------------------------------------------------------------------------

TASK = Task(
    id="304/2023-10",
    work_order="304/2023",
    seq=10,
    machine_id="M01",
    name="Mould caps 28 mm",
    product="CAP-28",
    planned_qty=Decimal(20000),
    bom=(BomLine("MB-BLUE", Decimal("0.00005")), BomLine("RESIN-PP", Decimal("0.0025"))),
)
PP_2401 = Lot("PP-2401", "RESIN-PP", Decimal(1500), expiry=date(2028, 3, 31))
PP_2402 = Lot("PP-2402", "RESIN-PP", Decimal(2000), expiry=date(2029, 6, 30))
PP_2312 = Lot("PP-2312", "RESIN-PP", Decimal(400), expiry=date(2025, 6, 30))
PP_2209 = Lot("PP-2209", "RESIN-PP", Decimal(300), LotStatus.RECALLED, expiry=date(2027, 1, 31))
MB_0501 = Lot("MB-0501", "MB-BLUE", Decimal(60), LotStatus.HOLD, expiry=date(2027, 5, 1))
BOX_0901 = Lot("BOX-0901", "CARTON-S", Decimal(500))
MOULD_DAMAGE = Mark("m1", "M01", "mould_damage", "cavity 3 cracked")


def test_a_good_lot_breaks_no_rule() -> None:
    assert rules.lot_violations(TASK, PP_2401, TODAY, machine_down=[]) == []


def test_recalled_lot_is_refused_and_cannot_be_overridden() -> None:
    [violation] = rules.lot_violations(TASK, PP_2209, TODAY, machine_down=[])
    assert violation.rule == "lot_recalled"
    assert not violation.overridable
    assert "RECALLED" in violation.message
    assert "quarantine" in violation.hint
    refused = Refused([violation])
    assert not refused.overridable
    assert "cannot be overridden" in refused.hint


def test_lot_on_hold_is_refused_but_a_quality_person_may_sign_its_use() -> None:
    [violation] = rules.lot_violations(TASK, MB_0501, TODAY, machine_down=[])
    assert violation.rule == "lot_on_hold"
    assert violation.overridable
    assert violation.signers == ("quality",)
    assert "ON HOLD" in violation.message
    assert "A quality person may sign this" in Refused([violation]).hint


def test_expired_lot_is_refused_from_the_day_after_its_expiry() -> None:
    [violation] = rules.lot_violations(TASK, PP_2312, TODAY, machine_down=[])
    assert violation.rule == "lot_expired"
    assert violation.overridable
    assert "expired on 2025-06-30" in violation.message
    assert rules.lot_violations(TASK, PP_2312, date(2025, 6, 30), machine_down=[]) == []
    assert rules.lot_violations(TASK, PP_2312, date(2025, 7, 1), machine_down=[])[0].rule == "lot_expired"


def test_lot_not_in_the_bill_of_materials_names_what_the_task_needs() -> None:
    [violation] = rules.lot_violations(TASK, BOX_0901, TODAY, machine_down=[])
    assert violation.rule == "not_in_bom"
    assert "CARTON-S" in violation.message
    assert "304/2023-10" in violation.message
    assert "MB-BLUE, RESIN-PP" in violation.message


def test_consuming_on_a_machine_marked_down_is_refused() -> None:
    [violation] = rules.lot_violations(TASK, PP_2401, TODAY, machine_down=[MOULD_DAMAGE])
    assert violation.rule == "machine_down"
    assert "M01" in violation.message
    assert "out of order" in violation.message


def test_every_violation_of_a_scan_is_listed_at_once() -> None:
    bad = Lot("X-1", "CARTON-S", Decimal(5), LotStatus.RECALLED, expiry=date(2026, 1, 1))
    found = rules.lot_violations(TASK, bad, TODAY, machine_down=[MOULD_DAMAGE])
    assert [v.rule for v in found] == ["lot_recalled", "lot_expired", "not_in_bom", "machine_down"]
    refused = Refused(found)
    assert refused.rules == ["lot_recalled", "lot_expired", "not_in_bom", "machine_down"]
    assert not refused.overridable
    assert "RECALLED" in refused.message
    assert "expired" in refused.message


def test_balance_is_checked_against_what_is_left() -> None:
    assert rules.balance_violation(PP_2401, Decimal(1500)) is None
    over = rules.balance_violation(PP_2401, Decimal("1500.001"))
    assert over is not None
    assert over.rule == "over_balance"
    assert "only 1500 left" in over.message


def test_fefo_suggests_the_usable_lot_that_expires_first() -> None:
    resin = [PP_2402, PP_2209, PP_2312, PP_2401]
    assert rules.fefo_choice(resin, TODAY) == PP_2401
    empty = Lot("PP-2400", "RESIN-PP", Decimal(0), expiry=date(2027, 1, 1))
    assert rules.fefo_choice([*resin, empty], TODAY) == PP_2401
    assert rules.fefo_choice([PP_2209, PP_2312, MB_0501], TODAY) is None
    no_expiry = Lot("PP-NOEXP", "RESIN-PP", Decimal(10))
    assert rules.fefo_choice([no_expiry, PP_2402], TODAY) == PP_2402


def test_fefo_warns_when_a_later_expiring_lot_is_used() -> None:
    resin = [PP_2401, PP_2402, PP_2209, PP_2312]
    warning = rules.fefo_warning(PP_2402, resin, TODAY)
    assert warning is not None
    assert (warning.chosen, warning.suggested) == ("PP-2402", "PP-2401")
    assert "PP-2401" in warning.message
    assert "2028-03-31" in warning.message
    assert "FEFO" in warning.message
    assert rules.fefo_warning(PP_2401, resin, TODAY) is None


def test_fefo_does_not_warn_between_lots_expiring_the_same_day() -> None:
    twin = Lot("PP-2401B", "RESIN-PP", Decimal(5), expiry=PP_2401.expiry)
    assert rules.fefo_warning(twin, [PP_2401, twin], TODAY) is None


ANNA = Operator("anna", "Anna Nowak", "B1001", frozenset({Role.OPERATOR}))
MARTA = Operator("marta", "Marta Kowalska", "B2001", frozenset({Role.OPERATOR, Role.SHIFT_LEAD}))


def test_require_role_names_the_role_and_who_to_ask() -> None:
    rules.require_role(MARTA, Role.SHIFT_LEAD, action="build pallets")
    with pytest.raises(PermissionDenied, match="Anna Nowak cannot build pallets") as err:
        rules.require_role(ANNA, Role.SHIFT_LEAD, action="build pallets")
    assert "shift lead role" in err.value.message
    assert "Ask a shift lead" in err.value.hint
    with pytest.raises(PermissionDenied, match="maintenance or admin role"):
        rules.require_role(MARTA, Role.MAINTENANCE, Role.ADMIN, action="put a machine back in service")


def test_machine_with_open_marks_cannot_start_work() -> None:
    rules.require_machine_up("Injection press 1", [])
    leak = Mark("m2", "M01", "hydraulic_leak")
    with pytest.raises(NotAllowedNow, match="Injection press 1 is out of order") as err:
        rules.require_machine_up("Injection press 1", [MOULD_DAMAGE, leak])
    assert "hydraulic_leak, mould_damage" in err.value.message
    assert "Maintenance" in err.value.hint


# --- machine marks: an add-wins observed-remove set -------------------------------------------------------------


def test_a_clear_removes_only_the_marks_it_names() -> None:
    marks = MarkSet()
    marks.mark_down(MOULD_DAMAGE)
    seen = [m.mark_id for m in marks.open_marks("M01")]
    marks.mark_down(Mark("m2", "M01", "hydraulic_leak"))  # raised after the technician looked
    marks.clear(seen)
    assert [m.mark_id for m in marks.open_marks("M01")] == ["m2"]
    assert marks.is_down("M01")
    marks.clear(["m2"])
    assert not marks.is_down("M01")


def test_a_clear_that_arrives_before_its_mark_still_removes_it() -> None:
    marks = MarkSet()
    marks.clear(["m1"])
    marks.mark_down(MOULD_DAMAGE)
    assert not marks.is_down("M01")
    assert marks.open_marks() == []


def test_marks_of_one_machine_do_not_take_another_down() -> None:
    marks = MarkSet()
    marks.mark_down(MOULD_DAMAGE)
    assert marks.is_down("M01")
    assert not marks.is_down("M02")


MARK_IDS = [f"m{i}" for i in range(6)]
Op = tuple[str, Mark | tuple[str, ...]]


@st.composite
def mark_histories(draw: st.DrawFn) -> list[Op]:
    ids = draw(st.lists(st.sampled_from(MARK_IDS), min_size=1, unique=True))
    ops: list[Op] = [("mark", Mark(i, draw(st.sampled_from(["M01", "M02"])), "electrical")) for i in ids]
    clears = draw(st.lists(st.lists(st.sampled_from(ids), min_size=1, unique=True), max_size=4))
    ops += [("clear", tuple(c)) for c in clears]
    return ops


def _replay(ops: list[Op]) -> MarkSet:
    marks = MarkSet()
    for kind, arg in ops:
        if kind == "mark":
            assert isinstance(arg, Mark)
            marks.mark_down(arg)
        else:
            assert isinstance(arg, tuple)
            marks.clear(arg)
    return marks


@given(st.data())
def test_any_delivery_order_gives_the_same_open_marks(data: st.DataObject) -> None:
    ops = data.draw(mark_histories())
    shuffled = data.draw(st.permutations(ops))
    redelivered = shuffled + data.draw(st.lists(st.sampled_from(ops), max_size=3))
    cleared = {i for kind, arg in ops if kind == "clear" for i in arg}
    expected = sorted(arg.mark_id for kind, arg in ops if isinstance(arg, Mark) and arg.mark_id not in cleared)
    for order in (ops, shuffled, redelivered):
        marks = _replay(order)
        assert [m.mark_id for m in marks.open_marks()] == expected
        for machine in ("M01", "M02"):
            assert marks.open_marks(machine) == _replay(ops).open_marks(machine)
