"""Production confirmations: per work-order operation, what an ERP books, from ``GET /v1/confirmations`` (paged,
ordered, stable, late uploads after the cursor) and as the webhook type ``confirmation``; SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from floorstation.domain.events import (
    Event,
    LotConsumed,
    LotProduced,
    TaskPaused,
    TaskResumed,
    TaskStarted,
    TaskStopped,
)
from floorstation.server import cli
from floorstation.server.results.delivery import DeliverySettings, deliver_pending
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts
from tests.integration.webhook_receiver import DROP, FAIL, OK, SLOW, Receiver

TASK = "304/2023-10"
SECRET = "s3cret-for-the-erp-0123456789"


def shift(station_id: str, *, output_lot: str, good: str, after: Event | None = None) -> list[Event]:
    """Anna starts the task, a lot is made, resin is consumed, Piotr joins, a pause, and Piotr stops it."""
    first = facts(
        station_id,
        [
            TaskStarted(task_id=TASK, machine_id="M01", work_order="304/2023"),
            LotProduced(
                lot_code=output_lot,
                material="CAP-28",
                task_id=TASK,
                work_order="304/2023",
                machine_id="M01",
                produced_on=date(2026, 11, 23),
            ),
            LotConsumed(
                input_lot="PP-2401",
                output_lot=output_lot,
                task_id=TASK,
                material="RESIN-PP",
                quantity=Decimal("12.5"),
                unit="kg",
            ),
        ],
        after=after,
        operator_id="anna",
    )
    second = facts(
        station_id,
        [
            TaskStarted(task_id=TASK, machine_id="M01", work_order="304/2023", joined=True),
            TaskPaused(task_id=TASK, reason="setup"),
            TaskResumed(task_id=TASK),
            TaskStopped(
                task_id=TASK,
                good_qty=Decimal(good),
                scrap_qty=Decimal("12"),
                scrap_reason="short_shot",
                output_lot=output_lot,
            ),
        ],
        after=first[-1],
        operator_id="piotr",
    )
    return first + second


def upload(server: LiveServer, token: str, events: list[Event]) -> None:
    response = httpx.post(
        f"{server.url}/v1/events:batch",
        json={"events": [e.as_dict() for e in events]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text


def integration_token(server_db: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert cli.main(["token", "add", "erp", "--scope", "integration", "--json", "--db", server_db]) == 0
    return str(json.loads(capsys.readouterr().out)["token"])


def page(server: LiveServer, token: str, since: str | int = 0, limit: int = 100) -> dict[str, Any]:
    response = httpx.get(
        f"{server.url}/v1/confirmations",
        params={"since": since, "limit": limit},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


@pytest.fixture
def plant(server_db: str, live_server: LiveServer) -> LiveServer:
    assert cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    return live_server


def test_a_stop_is_confirmed_per_work_order_operation_with_lots_times_operators_and_its_record(
    server_db: str, plant: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    token = integration_token(server_db, capsys)
    events = shift("ST-A", output_lot="M01-26327-001", good="1000")
    upload(plant, plant.enroll("ST-A"), events)

    got = page(plant, token)
    (confirmation,) = got["confirmations"]
    started, produced, consumed, stop = events[0], events[1], events[2], events[-1]
    assert confirmation == {
        "type": "confirmation",
        "number": 1,
        "confirmation_id": stop.event_id,
        "task_id": "304/2023-10",
        "work_order": "304/2023",
        "operation": "10",
        "last_operation": True,
        "product": "CAP-28",
        "unit": "pcs",
        "machine_id": "M01",
        "station_id": "ST-A",
        "started_at": started.occurred_at,
        "ended_at": stop.occurred_at,
        "good_qty": "1000",
        "scrap_qty": "12",
        "scrap_reason": "short_shot",
        "scrap_by_reason": [{"reason": "short_shot", "qty": "12"}],
        "rework_qty": "0",
        "finished": None,  # a stop from a station that does not ask whether the operation is done
        "output_lot": produced.payload["lot_code"],
        "consumed": [
            {
                "lot": "PP-2401",
                "material": "RESIN-PP",
                "quantity": "12.5",
                "unit": "kg",
                "into_lot": "M01-26327-001",
                "event_id": consumed.event_id,
            }
        ],
        "operators": ["anna", "piotr"],
        "source": {"station_id": "ST-A", "epoch": 1, "seq": stop.seq, "event_id": stop.event_id, "hash": stop.hash},
    }
    assert got["next"] == "1" and got["more"] is False


def test_pages_are_ordered_stable_and_a_late_upload_comes_after_the_cursor_already_given(
    server_db: str, plant: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    token = integration_token(server_db, capsys)
    a1 = shift("ST-A", output_lot="M01-26327-001", good="1000")
    a2 = shift("ST-A", output_lot="M01-26327-002", good="800", after=a1[-1])
    upload(plant, plant.enroll("ST-A"), a1 + a2)

    first = page(plant, token, limit=1)
    assert [c["good_qty"] for c in first["confirmations"]] == ["1000"] and first["more"] is True
    second = page(plant, token, since=first["next"], limit=1)
    assert [c["good_qty"] for c in second["confirmations"]] == ["800"]
    assert second["confirmations"][0]["consumed"][0]["into_lot"] == "M01-26327-002", "each stop its own lots"
    held = second["next"]
    assert page(plant, token, since=held)["confirmations"] == []

    # A station that was offline uploads a shift that happened before the ones already confirmed.
    b1 = shift("ST-B", output_lot="M02-26327-001", good="300")
    upload(plant, plant.enroll("ST-B"), b1)
    late = page(plant, token, since=held)
    assert [(c["station_id"], c["good_qty"]) for c in late["confirmations"]] == [("ST-B", "300")]
    again = page(plant, token)
    assert again["confirmations"][:2] == first["confirmations"] + second["confirmations"], "what was given stays"
    assert [c["number"] for c in again["confirmations"]] == [1, 2, 3]


def test_only_an_integration_token_reads_confirmations(plant: LiveServer) -> None:
    url = f"{plant.url}/v1/confirmations"
    assert httpx.get(url, timeout=30).status_code == 401
    station = plant.enroll("ST-A")
    refused = httpx.get(url, headers={"Authorization": f"Bearer {station}"}, timeout=30)
    assert refused.status_code == 403 and refused.json()["error"] == "INTEGRATION_TOKEN_REQUIRED"


def test_a_bad_cursor_is_refused_and_says_so(
    server_db: str, plant: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    token = integration_token(server_db, capsys)
    response = httpx.get(
        f"{plant.url}/v1/confirmations", params={"since": "yesterday"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 422 and "since" in response.text


@pytest.mark.allow_log_warnings
def test_confirmations_reach_a_misbehaving_webhook_each_once_in_order(
    server_db: str, server_engine: Engine, plant: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    faults = {0: FAIL, 1: DROP, 3: SLOW, 4: FAIL}
    fast = DeliverySettings(batch=1, timeout_s=1.0, backoff_first_s=0, backoff_cap_s=0)
    with Receiver(SECRET, plan=lambda n: faults.get(n, OK)) as receiver:
        capsys.readouterr()
        assert (
            cli.main(
                ["webhook", "add", receiver.url, "--events", "confirmation", "--secret", SECRET, "--db", server_db]
            )
            == 0
        )
        a1 = shift("ST-A", output_lot="M01-26327-001", good="1000")
        a2 = shift("ST-A", output_lot="M01-26327-002", good="800", after=a1[-1])
        b1 = shift("ST-B", output_lot="M02-26327-001", good="300")
        upload(plant, plant.enroll("ST-A"), a1 + a2)
        upload(plant, plant.enroll("ST-B"), b1)
        receiver.wait_for(3, deliver=lambda: deliver_pending(server_engine, settings=fast))
    got = receiver.items()
    assert [c["type"] for c in got] == ["confirmation"] * 3
    assert sorted(c["confirmation_id"] for c in got) == sorted(e.event_id for e in (a1[-1], a2[-1], b1[-1]))
    assert [c["number"] for c in got] == [1, 2, 3]
    assert receiver.duplicates >= 1 and receiver.bad_signatures == 0


def test_a_confirmation_webhook_added_later_gets_only_the_stops_that_arrive_after_it(
    server_db: str, server_engine: Engine, plant: LiveServer
) -> None:
    a1 = shift("ST-A", output_lot="M01-26327-001", good="1000")
    a2 = shift("ST-A", output_lot="M01-26327-002", good="800", after=a1[-1])
    token = plant.enroll("ST-A")
    upload(plant, token, a1)  # stored, not yet confirmed by anyone
    fast = DeliverySettings(backoff_first_s=0, backoff_cap_s=0)
    with Receiver(SECRET) as receiver:
        args = ["webhook", "add", receiver.url, "--events", "confirmation", "--secret", SECRET, "--db", server_db]
        assert cli.main(args) == 0
        upload(plant, token, a2)
        receiver.wait_for(1, deliver=lambda: deliver_pending(server_engine, settings=fast))
        deliver_pending(server_engine, settings=fast)
    assert [c["good_qty"] for c in receiver.items()] == ["800"]


def test_a_confirmation_gathered_over_many_small_steps_is_the_same_as_made_at_once(
    server_db: str, server_engine: Engine, plant: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from floorstation.server.results import confirmations

    a1 = shift("ST-A", output_lot="M01-26327-001", good="1000")
    a2 = shift("ST-A", output_lot="M01-26327-002", good="800", after=a1[-1])
    upload(plant, plant.enroll("ST-A"), a1 + a2)
    assert confirmations.make_pending(server_engine, chunk=1) == 2  # one record per transaction
    got = page(plant, integration_token(server_db, capsys))["confirmations"]
    assert [(c["started_at"], c["operators"], [u["into_lot"] for u in c["consumed"]]) for c in got] == [
        (a1[0].occurred_at, ["anna", "piotr"], ["M01-26327-001"]),
        (a2[0].occurred_at, ["anna", "piotr"], ["M01-26327-002"]),
    ]
