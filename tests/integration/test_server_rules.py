"""What the server checks again in what stations did offline (SQLite and PostgreSQL): a consumption against the
plant's decision on the lot in the plant's order, not the station's clock; an override's signer against the
plant's override rules; a lot two stations together took more of than it holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from floorstation.domain import events as ev
from floorstation.domain.events import Event
from floorstation.server import enrollment
from floorstation.server.ingest import ingest
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import AlarmRow, EventFlagRow
from tests.integration.serverkit import DEMO_PLANT, facts

#: The server's business checks raise their alarms on purpose.
pytestmark = pytest.mark.allow_log_warnings

TASK = "304/2023-10"
YEAR_MS = 365 * 86_400_000


def _consume(lot: str, qty: int, material: str = "RESIN-PP") -> ev.LotConsumed:
    return ev.LotConsumed(
        input_lot=lot, output_lot=None, task_id=TASK, material=material, quantity=ev.Qty(qty), unit="kg"
    )


def _plant(engine: Engine, *stations: str) -> None:
    import_catalog(engine, read_catalog(DEMO_PLANT))
    for station in stations:
        enrollment.create_code(engine, station)


def _flags(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:
        return {(r.event_id, r.code) for r in conn.execute(select(EventFlagRow.event_id, EventFlagRow.code))}


def _alarms(engine: Engine) -> list[tuple[str | None, str, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AlarmRow.station_id, AlarmRow.kind, AlarmRow.detail))]  # type: ignore[misc]


def test_a_consumption_from_a_station_whose_clock_is_years_behind_is_placed_when_it_arrived(
    server_engine: Engine,
) -> None:
    """Quality holds a lot at the lab's terminal; a line whose clock is two years behind uses it afterwards. By its
    clock the use came long before the hold, but the plant cannot trust that clock: the use counts when it
    arrived, after the hold, and is flagged."""
    _plant(server_engine, "ST-BEHIND", "ST-LAB")
    hold = facts(
        "ST-LAB",
        [ev.LotHeld(lot_code="PP-2401", reason="smell")],
        operator_id="ewa",
        signed=True,
        start=datetime.now(UTC) - timedelta(minutes=5),
    )
    ingest(server_engine, "ST-LAB", hold)
    behind = datetime.now(UTC) - timedelta(days=730)
    used = facts(
        "ST-BEHIND",
        [ev.TaskStarted(task_id=TASK, machine_id="M01", work_order="304/2023"), _consume("PP-2401", 5)],
        start=behind,
    )
    ingest(server_engine, "ST-BEHIND", used, clock_offset_ms=2 * YEAR_MS)
    assert (used[1].event_id, "lot_on_hold") in _flags(server_engine)


def test_an_override_signed_by_someone_the_plant_does_not_allow_is_flagged_and_raised(server_engine: Engine) -> None:
    """A station with old master data let a shift lead sign the use of a held lot with "approved by quality", and
    an operator sign a recount: the server's override rules say quality and a shift lead respectively."""
    _plant(server_engine, "ST-LINE")
    start = datetime.now(UTC) - timedelta(minutes=30)
    hold = ev.LotHoldOverridden(
        lot_code="MB-0501", task_id=TASK, status="hold", authorised_by="marta", reason="quality_approved"
    )
    events = facts("ST-LINE", [hold], operator_id="marta", signed=True, start=start)
    events += facts("ST-LINE", [_consume("MB-0501", 1, "MB-BLUE")], after=events[-1], start=start)
    recount = ev.RuleOverridden(
        rule="over_balance", subject="PP-2312", task_id=TASK, authorised_by="anna", reason="stock_recounted"
    )
    events += facts("ST-LINE", [recount], after=events[-1], operator_id="anna", signed=True, start=start)
    allowed = ev.RuleOverridden(
        rule="over_balance", subject="PP-2312", task_id=TASK, authorised_by="marta", reason="stock_recounted"
    )
    events += facts("ST-LINE", [allowed], after=events[-1], operator_id="marta", signed=True, start=start)
    ingest(server_engine, "ST-LINE", events)

    flags = _flags(server_engine)
    assert (events[0].event_id, "override_not_allowed") in flags
    assert (events[3].event_id, "override_not_allowed") in flags
    assert (events[5].event_id, "override_not_allowed") not in flags
    raised = [(kind, detail) for _, kind, detail in _alarms(server_engine)]
    assert [kind for kind, _ in raised] == ["OVERRIDE_NOT_ALLOWED", "OVERRIDE_NOT_ALLOWED"]
    assert "signed by marta (shift_lead, operator)" in raised[0][1] and "allow quality" in raised[0][1]
    assert "signed by anna (operator)" in raised[1][1] and "allow shift_lead" in raised[1][1]


def _two_lines(start: datetime) -> tuple[list[Event], list[Event]]:
    """PP-2402 holds 2,000 kg; each line, offline, uses what it sees there: 1,200 kg and 1,000 kg."""
    a = facts("ST-A", [_consume("PP-2402", 1200)], start=start)
    b = facts("ST-B", [_consume("PP-2402", 1000)], start=start + timedelta(minutes=1))
    return a, b


def test_two_stations_that_together_overdraw_a_lot_flag_the_later_arrival(server_engine: Engine) -> None:
    _plant(server_engine, "ST-A", "ST-B")
    a, b = _two_lines(datetime.now(UTC) - timedelta(hours=1))
    ingest(server_engine, "ST-B", b)
    ingest(server_engine, "ST-A", a)
    assert _flags(server_engine) == {(a[0].event_id, "overdrawn")}, "the later one by receipt order"
    [(station, kind, detail)] = _alarms(server_engine)
    assert (station, kind) == ("ST-A", "LOT_OVERDRAWN")
    assert "Lot PP-2402 is overdrawn: 200 kg more" in detail


def test_an_over_balance_override_answers_the_overdraw(server_engine: Engine) -> None:
    _plant(server_engine, "ST-A", "ST-B")
    start = datetime.now(UTC) - timedelta(hours=1)
    a, _ = _two_lines(start)
    recount = ev.RuleOverridden(
        rule="over_balance", subject="PP-2402", task_id=TASK, authorised_by="marta", reason="stock_recounted"
    )
    b = facts("ST-B", [recount], operator_id="marta", signed=True, start=start)
    b += facts("ST-B", [_consume("PP-2402", 1000)], after=b[-1], start=start)
    ingest(server_engine, "ST-A", a)
    ingest(server_engine, "ST-B", b)
    assert _flags(server_engine) == set()
    assert _alarms(server_engine) == []
