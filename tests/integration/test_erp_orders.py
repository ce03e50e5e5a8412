"""Orders in: an ERP's integration token, its work orders and master data reaching the stations' queues, and the
CSV drop folder; on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import httpx
import pytest

from floorstation.server import cli as server_cli
from tests.integration.officekit import add_users, office_client
from tests.integration.serverkit import LiveServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert server_cli.main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def make_token(capsys: pytest.CaptureFixture[str], server_db: str, name: str = "erp") -> str:
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

    run(capsys, "token", "revoke", "erp", "--db", server_db)
    revoked = httpx.post(url, json=order, headers={"Authorization": f"Bearer {token}"})
    assert revoked.status_code == 401
