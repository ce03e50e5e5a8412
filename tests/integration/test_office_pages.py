"""The plant office's pages over HTTP on loopback: the live floor from uploaded records, enrolling and revoking a
station from the stations page, and the ``floorstation-server user`` commands."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from floorstation.domain.events import MachineMarkedDown, TaskPaused, TaskStarted
from floorstation.server import cli
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, read_catalog
from tests.integration.officekit import add_users, csrf_of, office_client, sign_in
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts, post_batch


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('office-pages') / 'server.db'}")
    import_catalog(engine, read_catalog(DEMO_PLANT))
    add_users(engine)
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def card(page: str, machine: str) -> str:
    found = re.search(rf'<article class="card machine[^"]*" data-machine="{machine}">(.*?)</article>', page, re.S)
    assert found is not None, page
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0))))


def test_the_live_floor_shows_each_machine_as_its_stations_recorded_it(server: LiveServer) -> None:
    token = server.enroll("ST-FLOOR")
    records = facts(
        "ST-FLOOR",
        [
            TaskStarted(task_id="304/2023-10", machine_id="M01", work_order="304/2023"),
            TaskStarted(task_id="305/2023-10", machine_id="M02", work_order="305/2023"),
            TaskPaused(task_id="305/2023-10", reason="material"),
            MachineMarkedDown(machine_id="M03", mark_id="MK-1", reason="mould_damage", note="cavity 3 cracked"),
        ],
        operator_id="anna",
    )
    assert post_batch(server, token, records).status_code == 200
    with office_client(server.url, "viewer") as client:
        floor = client.get("/floor/fragment").text
        m01, m02, m03 = card(floor, "M01"), card(floor, "M02"), card(floor, "M03")
        assert "running" in m01 and "304/2023-10" in m01 and "Crew: Anna Nowak" in m01 and "0 / 20000 good" in m01
        assert "paused" in m02 and "305/2023-10" in m02
        paused_at = records[2].occurred_at  # since the pause, not since the start
        assert (
            f'<time datetime="{datetime.fromisoformat(paused_at).astimezone(UTC).isoformat(timespec="microseconds")}"'
            in floor
        )
        assert "down" in m03 and "Mould damaged: cavity 3 cracked" in m03
        station = re.search(r'<tr data-station="ST-FLOOR">(.*?)</tr>', floor, re.S)
        assert station is not None and "online" in station.group(1)


def test_an_admin_enrols_a_station_with_a_code_and_qr_and_revokes_it(server: LiveServer) -> None:
    with office_client(server.url, "admin") as client:
        csrf = csrf_of(client.get("/stations").text)
        page = client.post("/stations/enrol", data={"station_id": "ST-NEW", "csrf": csrf})
        assert page.status_code == 200
        code = re.search(r'id="enrol-code">([^<]+)<', page.text)
        assert code is not None and "<svg" in page.text
        enrolled = httpx.post(f"{server.url}/v1/enroll", json={"code": code.group(1), "station_id": "ST-NEW"})
        assert enrolled.status_code == 200
        token = enrolled.json()["token"]
        heartbeat = {"pending_count": 0, "station_time": "2026-12-07T10:00:00.000+00:00"}
        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.post(f"{server.url}/v1/heartbeat", json=heartbeat, headers=auth).status_code == 200
        bad = client.post("/stations/enrol", data={"station_id": "no spaces please", "csrf": csrf})
        assert bad.status_code == 422 and "1 to 64 letters" in bad.text
        revoked = client.post("/stations/ST-NEW/revoke", data={"csrf": csrf})
        assert revoked.status_code == 303
        assert "ST-NEW is revoked" in client.get(revoked.headers["location"]).text
        assert httpx.post(f"{server.url}/v1/heartbeat", json=heartbeat, headers=auth).status_code == 401


def test_the_user_commands_add_list_and_disable_office_users(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = server.engine.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    add = ["user", "add", "--password-stdin", "--db", db]
    assert cli.main([*add, "zofia", "--role", "quality", "--language", "pl"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert cli.main([*add, "jan", "--role", "viewer"]) == 2
    assert "shorter than 8" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        cli.main([*add, "jan", "--role", "boss"])
    assert usage.value.code == 2 and "invalid choice: 'boss'" in capsys.readouterr().err
    assert cli.main(["user", "list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"zofia\s+quality\s+pl\s+active", listed) and "jan" not in listed
    with office_client(server.url) as client:
        assert sign_in(client, "zofia", "a long enough password").status_code == 303
        assert client.get("/").status_code == 200
        assert cli.main(["user", "disable", "zofia", "--db", db]) == 0
        assert client.get("/").status_code == 303  # the session ended with the user
        assert sign_in(client, "zofia", "a long enough password").status_code == 401
    assert cli.main(["user", "disable", "nobody", "--db", db]) == 2
