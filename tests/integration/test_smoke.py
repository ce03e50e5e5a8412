from floorstation import bootstrap
from floorstation.app import operators, tasks


def test_an_operator_starts_a_task_and_a_production_lot_opens(station: bootstrap.Station) -> None:
    operators.sign_in(station.ctx, badge="B1001")
    state = tasks.start_task(station.ctx, "304/2023-10", "anna")
    assert state.status == "running"
    assert state.crew == ("anna",)
    assert state.output_lot == "M01-26327-001"
