"""Orders in: an ERP's integration token, its work orders and master data reaching the stations' queues, and the
CSV drop folder; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from floorstation import bootstrap, cli
from floorstation.app import operators, tasks, views
from floorstation.domain.errors import NotAllowedNow
from floorstation.domain.ports import MasterChange
from floorstation.server import cli as server_cli
from floorstation.sync.client import SyncClient
from tests.integration.officekit import add_users, office_client
from tests.integration.serverkit import DEMO_PLANT, LiveServer, new_station


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert server_cli.main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def make_token(capsys: pytest.CaptureFixture[str], server_db: str, name: str = "erp") -> str:
    capsys.readouterr()
    made = json.loads(run(capsys, "token", "add", name, "--scope", "integration", "--json", "--db", server_db))
    return str(made["token"])


def test_tokens_are_added_listed_and_revoked_from_the_command_line(
    server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "token", "add", "erp-prod", "--scope", "integration", "--db", server_db)
    secret = out.splitlines()[1]
    assert secret.startswith("fsi_") and len(secret) > 40
    assert "Shown once" in out
    made = json.loads(run(capsys, "token", "add", "erp-test", "--scope", "integration", "--json", "--db", server_db))
    assert made["name"] == "erp-test" and made["token"].startswith("fsi_") and made["token"] != secret

    assert server_cli.main(["token", "add", "erp-prod", "--scope", "integration", "--db", server_db]) == 2
    assert "already a token named 'erp-prod'" in capsys.readouterr().err

    listed = [json.loads(line) for line in run(capsys, "token", "list", "--json", "--db", server_db).splitlines()]
    assert [(t["name"], t["scope"], t["last_used"], t["revoked"]) for t in listed] == [
        ("erp-prod", "integration", None, None),
        ("erp-test", "integration", None, None),
    ]
    assert secret not in run(capsys, "token", "list", "--db", server_db)

    assert "revoked" in run(capsys, "token", "revoke", "erp-prod", "--db", server_db)
    assert server_cli.main(["token", "revoke", "erp-prod", "--db", server_db]) == 2
    assert "no live token named 'erp-prod'" in capsys.readouterr().err
    table = run(capsys, "token", "list", "--db", server_db)
    assert "erp-prod\tintegration" in table and "revoked 20" in table
    # The name is free again once revoked: a new token replaces it.
    assert run(capsys, "token", "add", "erp-prod", "--scope", "integration", "--db", server_db)


def test_only_an_integration_token_opens_the_integration_api(
    live_server: LiveServer, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    token = make_token(capsys, server_db)
    url = f"{live_server.url}/v1/work-orders"
    order = {"number": "1/2027", "product": "CAP-28-BLUE", "planned_qty": "10"}

    station_token = live_server.enroll("ST-01")
    refused = httpx.post(url, json=order, headers={"Authorization": f"Bearer {station_token}"})
    assert refused.status_code == 403
    assert refused.json()["error"] == "INTEGRATION_TOKEN_REQUIRED"
    assert "station token" in refused.json()["message"] and "integration token" in refused.json()["message"]

    add_users(live_server.engine)
    with office_client(live_server.url, "admin") as browser:
        office = browser.post("/v1/work-orders", json=order)
    assert office.status_code == 403
    assert "office sign-in" in office.json()["message"]

    assert httpx.post(url, json=order).status_code == 401
    unknown = httpx.post(url, json=order, headers={"Authorization": "Bearer fsi_notatoken"})
    assert unknown.status_code == 401 and "unknown or revoked" in unknown.json()["message"]

    taken = httpx.post(url, json=order, headers={"Authorization": f"Bearer {token}"})
    assert taken.status_code == 422 and taken.json()["error"] == "UNKNOWN_REFERENCE"  # in, but no such product
    (listed,) = [json.loads(line) for line in run(capsys, "token", "list", "--json", "--db", server_db).splitlines()]
    assert listed["last_used"] is not None

    run(capsys, "token", "revoke", "erp", "--db", server_db)
    revoked = httpx.post(url, json=order, headers={"Authorization": f"Bearer {token}"})
    assert revoked.status_code == 401


def erp(live_server: LiveServer, token: str) -> httpx.Client:
    return httpx.Client(base_url=live_server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def queue(station: bootstrap.Station, machine: str) -> list[tuple[str, str]]:
    (found,) = views.station_view(station.ctx, [machine]).machines
    return [(q.task.work_order, q.task.order_status.value) for q in found.queue]


ORDER = {
    "number": "309/2023",
    "product": "CAP-28",
    "planned_qty": "12000",
    "due_date": "2026-12-20",
    "operations": [
        {
            "seq": 10,
            "machine": "M01",
            "name": "Mould caps 28 mm",
            "parameters": {"mould": "T-28-8", "cycle": "18 s"},
            "bom": {"RESIN-PP": "0.0025", "MB-BLUE": "0.00005"},
        }
    ],
}


def test_an_order_from_the_erp_reaches_the_station_queue_and_a_closed_one_leaves_it(
    live_server: LiveServer, server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    token = make_token(capsys, server_db)
    station = new_station(tmp_path / "st", "ST-51")
    try:
        sync = SyncClient(live_server.url, live_server.enroll("ST-51"), bootstrap.outbox(station))
        sink = bootstrap.change_sink(station)
        with erp(live_server, token) as client, sync:
            made = client.post("/v1/work-orders", json=ORDER)
            assert made.status_code == 201, made.text
            assert made.json()["created"] and made.json()["changed"]
            again = client.post("/v1/work-orders", json=ORDER)
            assert again.status_code == 200
            assert not again.json()["changed"] and again.json()["version"] == made.json()["version"]

            sync.download(sink)
            assert queue(station, "M01") == [
                ("304/2023", "released"),
                ("308/2023", "released"),
                ("309/2023", "released"),
            ]

            # A rush: the planner gives 309/2023 a priority, and it goes to the front of the queue.
            assert client.patch("/v1/work-orders/309/2023", json={"priority": 50}).status_code == 200
            sync.download(sink)
            assert [n for n, _ in queue(station, "M01")] == ["309/2023", "304/2023", "308/2023"]

            # On hold: still shown, marked, and cannot be started.
            held = client.patch("/v1/work-orders/308%2F2023", json={"status": "on_hold"})
            assert held.status_code == 200 and held.json()["changed"]
            sync.download(sink)
            assert ("308/2023", "on_hold") in queue(station, "M01")
            operators.sign_in(station.ctx, badge="B1001")
            with pytest.raises(NotAllowedNow, match="308/2023 is on hold"):
                tasks.start_task(station.ctx, "308/2023-10", "anna")

            # Work under way on an order that is closed meanwhile stays until it is stopped.
            tasks.start_task(station.ctx, "304/2023-10", "anna")
            for number in ("304/2023", "309/2023"):
                closed = client.patch(f"/v1/work-orders/{number}", json={"status": "closed"})
                assert closed.status_code == 200
            # The ERP sends the order again without a status: it stays closed.
            assert client.post("/v1/work-orders", json=ORDER).json()["changed"] is False
            sync.download(sink)
            assert queue(station, "M01") == [("304/2023", "closed"), ("308/2023", "on_hold")]
            tasks.stop_task(station.ctx, "304/2023-10", "anna", good=10, scrap=0)
            assert queue(station, "M01") == [("308/2023", "on_hold")]
            with pytest.raises(NotAllowedNow, match="304/2023 is closed"):
                tasks.start_task(station.ctx, "304/2023-10", "anna")

            assert client.patch("/v1/work-orders/308/2023", json={"status": "released"}).status_code == 200
            sync.download(sink)
            tasks.start_task(station.ctx, "308/2023-10", "anna")
            assert client.patch("/v1/work-orders/999/2023", json={"status": "closed"}).status_code == 404
    finally:
        station.close()


def test_materials_operators_and_customers_reach_the_station(
    live_server: LiveServer, server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token = make_token(capsys, server_db)
    station = new_station(tmp_path / "st", "ST-52")
    try:
        with erp(live_server, token) as client:
            for path, body in (
                ("/v1/materials", {"code": "GRANULE-X", "name": "Granule X", "unit": "kg", "shelf_life_days": 30}),
                (
                    "/v1/operators",
                    {"id": "ola", "name": "Ola Lis", "badge": "B7001", "roles": ["operator"], "pin": "4821"},
                ),
                ("/v1/customers", {"id": "C900", "name": "Baltic Foods"}),
            ):
                answer = client.post(path, json=body)
                assert answer.status_code == 201, answer.text
            # The operator's name is corrected; the PIN the server has stays.
            renamed = {"id": "ola", "name": "Ola Lis-Nowak", "badge": "B7001", "roles": ["operator"]}
            assert client.post("/v1/operators", json=renamed).json()["changed"] is True
        with SyncClient(live_server.url, live_server.enroll("ST-52"), bootstrap.outbox(station)) as sync:
            sync.download(bootstrap.change_sink(station))
        with station.ctx.uow() as uow:
            assert uow.material("GRANULE-X") is not None
            assert uow.customer("C900") is not None
            person = uow.operator("ola")
            assert person is not None and person.name == "Ola Lis-Nowak" and person.pin_hash
    finally:
        station.close()


def test_a_bad_body_is_refused_with_the_path_of_every_field_at_fault(
    live_server: LiveServer, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    token = make_token(capsys, server_db)
    with erp(live_server, token) as client:
        bad = dict(ORDER, planned_qty="-5", operations=[dict(ORDER["operations"][0], seq=0)])  # type: ignore[arg-type]
        refused = client.post("/v1/work-orders", json=bad)
        assert refused.status_code == 422
        fields = {e["field"] for e in refused.json()["errors"]}
        assert fields == {"planned_qty", "operations.0.seq"}

        unknown = dict(ORDER, product="NO-SUCH", operations=[dict(ORDER["operations"][0], machine="M99")])  # type: ignore[arg-type]
        refused = client.post("/v1/work-orders", json=unknown)
        assert refused.status_code == 422
        assert refused.json()["error"] == "UNKNOWN_REFERENCE"
        assert [e["field"] for e in refused.json()["errors"]] == ["product", "operations.0.machine"]
        assert "NO-SUCH" in refused.json()["message"]

        assert client.patch("/v1/work-orders/304/2023", json={"status": "done"}).json()["field"] == "status"
        assert client.patch("/v1/work-orders/304/2023", json={}).status_code == 422
        assert client.post("/v1/materials", json={"code": "X", "unit": "kg"}).json()["errors"][0]["field"] == "name"
        # Nothing of the refused bodies was stored.
        assert client.post("/v1/work-orders", json=ORDER).status_code == 201


def test_the_integration_api_is_described_in_openapi_with_examples(live_server: LiveServer) -> None:
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    post = spec["paths"]["/v1/work-orders"]["post"]
    assert post["tags"] == ["integration"]
    examples = post["requestBody"]["content"]["application/json"]["examples"]
    assert examples["new order"]["value"]["operations"][0]["machine"] == "M01"
    assert {"401", "403", "422"} <= set(post["responses"])
    for path in ("/v1/materials", "/v1/operators", "/v1/customers"):
        assert spec["paths"][path]["post"]["tags"] == ["integration"]
    assert spec["paths"]["/v1/work-orders/{number}"]["patch"]["requestBody"]["content"]["application/json"]["examples"]


def test_an_unknown_integration_token_costs_the_server_no_body(
    live_server: LiveServer, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused at the door from its headers: not a byte of the body is read; a live token may send a body larger
    than the 16 KiB a request without a token may (a work order with a long bill of materials)."""
    door = live_server.app.state.door
    before = door.body_bytes_read
    large = {"number": "1/2027", "product": "CAP-28", "planned_qty": "10", "padding": "x" * 2_000_000}
    refused = httpx.post(f"{live_server.url}/v1/work-orders", json=large, headers={"Authorization": "Bearer fsi_x"})
    assert refused.status_code == 401
    assert door.body_bytes_read == before

    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    token = make_token(capsys, server_db)
    operation = dict(ORDER["operations"][0])  # type: ignore[index]
    long_order = dict(
        ORDER, operations=[dict(operation, seq=seq, name=f"Step {seq} " + "x" * 200) for seq in range(1, 200)]
    )
    with erp(live_server, token) as client:
        answer = client.post("/v1/work-orders", json=long_order)
    assert len(answer.request.content) > 16 * 1024
    assert answer.status_code == 201, answer.text


def test_a_station_older_than_the_server_still_reads_work_orders_with_a_status(
    live_server: LiveServer, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plant updates its server before its stations: a station that does not say which shape of master data it
    reads gets work orders without the fields it would refuse (status, priority); a current one gets them."""
    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    token = make_token(capsys, server_db)
    station = {"Authorization": f"Bearer {live_server.enroll('ST-52')}"}
    with erp(live_server, token) as client:
        assert client.post("/v1/work-orders", json=ORDER).status_code == 201
        assert client.patch("/v1/work-orders/309/2023", json={"status": "on_hold", "priority": 50}).status_code == 200

    def orders(path: str, **params: object) -> dict[str, dict[str, object]]:
        answer = httpx.get(f"{live_server.url}{path}", params=params, headers=station, timeout=30)
        assert answer.status_code == 200, answer.text
        rows = [c["data"] for c in answer.json()["changes"] if c["entity"] == "work_orders"]
        return {str(row["number"]): row for row in rows}

    for older in (orders("/v1/changes"), orders("/v1/snapshot"), orders("/v1/snapshot", limit=1000)):
        assert {"304/2023", "309/2023"} <= set(older)
        assert all("status" not in row and "priority" not in row for row in older.values())
        assert older["309/2023"]["due_date"] == "2026-12-20"
    for current in (orders("/v1/changes", shape=2), orders("/v1/snapshot", shape=2), orders("/v1/snapshot", shape=9)):
        assert (current["309/2023"]["status"], current["309/2023"]["priority"]) == ("on_hold", 50)


@pytest.mark.allow_log_warnings
def test_a_station_reads_master_data_fields_newer_than_itself_and_a_file_stays_strict(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server newer than the station may send fields the station does not know: it reads the rest of the row
    and logs what it left out; a master-data file an operator imports still refuses an unknown field."""
    station = new_station(tmp_path / "st", "ST-53", plant=True)
    try:
        newer = dict(ORDER, colour="blue")
        newer["operations"] = [dict(ORDER["operations"][0], tool_life=5000)]  # type: ignore[index]
        with caplog.at_level("WARNING", logger="floorstation.store.download"):
            bootstrap.change_sink(station).apply_changes([MasterChange("work_orders", newer)], "7")
        assert ("309/2023", "released") in queue(station, "M01")
        assert "WorkOrderIn.colour" in caplog.text and "OperationIn.tool_life" in caplog.text
        assert bootstrap.change_sink(station).download_cursor() == "7"
    finally:
        station.close()

    plant = tmp_path / "orders.json"
    plant.write_text(json.dumps({"work_orders": [newer]}), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--data-dir", str(tmp_path / "st"), "import", str(plant)]) != 0
    assert "tool_life: Extra inputs are not permitted" in capsys.readouterr().err
