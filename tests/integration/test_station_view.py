"""The station at a glance (``views.station_view``), as the home screen, the status bar and the out-of-order
screen draw it: machines with their status, each machine's queue with its state, crew and bill of materials, the
open out-of-order marks (raised here or anywhere in the plant, minus every clear either side has seen), and the
reasons to choose from."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from floorstation import bootstrap, cli
from floorstation.app import machines, operators, tasks, views
from floorstation.app.signatures import Signature
from floorstation.domain.master import ReasonKind
from floorstation.domain.ports import MasterChange
from tests.conftest import ManualClock

TECH = Signature("B3001", "4444")  # Tomasz (maintenance)


def _mark(mark_id: str, machine: str, raised_at: str, note: str = "") -> MasterChange:
    """An out-of-order mark raised at another station, as the plant's change feed brings it down."""
    data: dict[str, object] = {
        "mark_id": mark_id,
        "machine_id": machine,
        "reason": "electrical",
        "note": note,
        "station_id": "ST-09",
        "raised_by": "piotr",
        "raised_at": raised_at,
    }
    return MasterChange("mark", data)


def _cleared(mark_id: str, machine: str) -> MasterChange:
    data: dict[str, object] = {
        "mark_id": mark_id,
        "machine_id": machine,
        "station_id": "ST-09",
        "cleared_by": "tomasz",
        "cleared_at": "2026-11-23T07:59:00.000+01:00",
    }
    return MasterChange("mark", data, deleted=True)


def test_the_station_view_shows_queues_crews_and_the_open_marks_from_here_and_the_plant(
    station: bootstrap.Station, clock: ManualClock
) -> None:
    ctx = station.ctx
    for badge in ("B1002", "B1001", "B2001", "B3001"):
        operators.sign_in(ctx, badge=badge)
        clock.advance(1)
    tasks.start_task(ctx, "304/2023-10", "anna")
    clock.advance(5)
    tasks.start_task(ctx, "304/2023-10", "piotr")  # joins Anna
    clock.advance(5)
    leak = machines.mark_machine_down(ctx, "marta", "M02", "hydraulic_leak", "Oil under the clamp unit")
    clock.advance(60)
    guard = machines.mark_machine_down(ctx, "marta", "M02", "safety_guard")
    machines.clear_marks(ctx, "tomasz", "M02", [guard], signature=TECH)
    sink = bootstrap.change_sink(station)
    sink.apply_changes(
        [
            _mark("PM-open", "M03", "2026-11-23T07:10:00.000+01:00", "Conveyor stops"),
            _mark("PM-fixed", "M03", "2026-11-23T07:20:00.000+01:00"),
            _cleared("PM-fixed", "M03"),
            _cleared("PM-early", "M03"),  # the clear came down before the mark it names
            _mark("PM-cleared-here", "M03", "2026-11-23T07:30:00.000+01:00"),
            _mark(leak, "M02", "2026-11-23T08:00:10.000+01:00", "as the plant has it"),  # our own mark, back
            MasterChange(
                "work_orders",
                {
                    "number": "309/2023",
                    "product": "CASE-28",
                    "planned_qty": "4",
                    "operations": [{"seq": 10, "machine": "M03", "name": "Relabel cases"}],
                },
            ),
        ],
        "cursor-1",
    )
    sink.apply_changes([_mark("PM-early", "M03", "2026-11-23T07:40:00.000+01:00")], "cursor-2")
    machines.clear_marks(ctx, "tomasz", "M03", ["PM-cleared-here"], signature=TECH)

    view = views.station_view(ctx)

    assert [o.id for o in view.signed_in] == ["piotr", "anna", "marta", "tomasz"]
    assert [(m.machine.id, m.status) for m in view.machines] == [("M01", "running"), ("M02", "down"), ("M03", "down")]
    m01, m02, m03 = view.machines
    assert [q.task.id for q in m01.queue] == ["304/2023-10", "308/2023-10"]
    running = m01.queue[0]
    assert (running.state.status, running.state.crew) == ("running", ("anna", "piotr"))
    assert [(line.material, line.qty_per_unit) for line in running.task.bom] == [
        ("MB-BLUE", Decimal("0.00005")),
        ("RESIN-PP", Decimal("0.0025")),
    ]
    assert running.product is not None and running.product.code == "CAP-28"
    assert set(running.materials) >= {"CAP-28", "MB-BLUE", "RESIN-PP"}
    idle = m01.queue[1]
    assert (idle.state.status, idle.state.crew, idle.state.output_lot) == ("idle", (), None)
    assert [q.task.id for q in m03.queue] == ["306/2023-10", "309/2023-10"]
    assert [line.material for line in m03.queue[0].task.bom] == ["CAP-28", "CARTON-S"]
    assert m03.queue[1].task.bom == ()  # an operation with nothing to consume

    assert [(m.mark_id, m.reason, m.note) for m in m02.marks] == [(leak, "hydraulic_leak", "Oil under the clamp unit")]
    assert [(m.mark_id, m.note, m.raised_by) for m in m03.marks] == [("PM-open", "Conveyor stops", "piotr")]
    assert m01.marks == ()

    assert [r.code for r in view.reasons[ReasonKind.OUT_OF_ORDER]] == [
        "electrical",
        "hydraulic_leak",
        "mould_damage",
        "safety_guard",
    ]
    assert view.reason_label(ReasonKind.PAUSE, "material") == "Waiting for material"
    assert set(view.reasons) == set(ReasonKind)


def test_a_station_of_some_machines_sees_only_those(station: bootstrap.Station) -> None:
    view = views.station_view(station.ctx, ["M03", "M01"])

    assert [m.machine.id for m in view.machines] == ["M01", "M03"]
    assert [m.status for m in view.machines] == ["idle", "idle"]
    assert views.station_view(station.ctx, ["M99"]).machines == ()


def test_a_machines_queue_is_in_schedule_order_priority_then_due_date_then_number(
    station_dir: Path, tmp_path: Path
) -> None:
    """Work orders from the plant's CSV files (with and without a due date and a priority) join the demo's
    304/2023 (due 4 Dec) and 308/2023 (due 12 Dec) on M01."""
    folder = tmp_path / "master"
    folder.mkdir()
    (folder / "work_orders.csv").write_text(
        "number,product,planned_qty,due_date,priority\n"
        "9/2026,CAP-28,100,2026-12-08,1\n"
        "10/2026,CAP-28,100,2026-12-08,1\n"
        "100/2026,CAP-28,100,2026-12-08,7\n"
        "11/2026,CAP-28,100,2026-12-08,\n"
        "12/2026,CAP-28,100,,9\n",
        encoding="utf-8",
    )
    (folder / "operations.csv").write_text(
        "work_order,seq,machine,name\n" + "".join(f"{n}/2026,10,M01,Moulding\n" for n in (9, 10, 100, 11, 12)),
        encoding="utf-8",
    )
    for name in ("work_orders.csv", "operations.csv"):
        assert cli.main(["--data-dir", str(station_dir), "import", str(folder / name)]) == 0
    station = bootstrap.build(station_dir)
    try:
        (m01,) = views.station_view(station.ctx, ["M01"]).machines
    finally:
        station.close()
    assert [q.task.work_order for q in m01.queue] == [
        "12/2026",
        "100/2026",
        "9/2026",
        "10/2026",
        "304/2023",
        "11/2026",
        "308/2023",
    ]
    assert [q.task.priority for q in m01.queue][:5] == [9, 7, 1, 1, None]
