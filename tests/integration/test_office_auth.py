"""The plant office's door, over HTTP on loopback: signing in and out, lockout, CSRF, roles, and the line between
office sessions and station tokens (neither opens the other's endpoints)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine, func, select

from floorstation.server.alarms import raise_alarm
from floorstation.server.db import open_database
from floorstation.server.models import AlarmRow
from floorstation.server.office.users import add_user
from tests.integration.officekit import PASSWORD, add_users, csrf_of, login_form, office_client, sign_in
from tests.integration.serverkit import LiveServer, chain, post_batch


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('office') / 'server.db'}")
    add_users(engine)
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def test_signing_in_opens_the_live_floor_with_a_safe_cookie(server: LiveServer) -> None:
    with office_client(server.url) as client:
        assert client.get("/").headers["location"] == "/login"
        answer = sign_in(client, "manager")
        assert answer.status_code == 303 and answer.headers["location"] == "/"
        cookie = answer.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
        page = client.get("/")
        assert page.status_code == 200
        assert "Live floor" in page.text and "manager" in page.text and "Sign out" in page.text


def test_the_cookie_is_secure_under_https(server: LiveServer) -> None:
    """Behind a TLS proxy on the same host (uvicorn takes its X-Forwarded-Proto), the cookie is sent over HTTPS only."""
    with office_client(server.url) as client:
        csrf = login_form(client)
        answer = client.post(
            "/login",
            data={"username": "viewer", "password": PASSWORD, "csrf": csrf},
            headers={"X-Forwarded-Proto": "https"},
        )
        assert answer.status_code == 303 and "Secure" in answer.headers["set-cookie"]


def test_a_wrong_password_or_an_unknown_user_get_the_same_answer(server: LiveServer) -> None:
    with office_client(server.url) as client:
        wrong = sign_in(client, "planner", "not the password")
        unknown = sign_in(client, "nobody", PASSWORD)
        for answer in (wrong, unknown):
            assert answer.status_code == 401 and "Wrong user name or password." in answer.text
        assert client.get("/").status_code == 303


@pytest.mark.allow_log_warnings  # a lockout and the seeded plant's alarms are logged as warnings
def test_after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while(server: LiveServer) -> None:
    add_user(server.engine, "locky", "planner", PASSWORD)
    with office_client(server.url) as client:
        answers = [sign_in(client, "locky", "guess") for _ in range(5)]
        assert [a.status_code for a in answers] == [401, 401, 401, 401, 429]
        right = sign_in(client, "locky")
        assert right.status_code == 429 and "locked until" in right.text
        assert sign_in(client, "planner").status_code == 303  # the others are not locked out


@pytest.mark.allow_log_warnings  # a lockout and the seeded plant's alarms are logged as warnings
def test_a_form_without_the_session_csrf_token_changes_nothing(server: LiveServer) -> None:
    alarm_id = raise_alarm_in(server.engine)
    with office_client(server.url, "quality") as client:
        refused = client.post(f"/alarms/alarm/{alarm_id}/ack", data={"note": "looked at it"})
        assert refused.status_code == 403 and "Nothing was changed" in refused.text
        forged = client.post(f"/alarms/alarm/{alarm_id}/ack", data={"note": "looked at it", "csrf": "forged"})
        assert forged.status_code == 403
        assert f'id="alarm-{alarm_id}"' in client.get("/alarms").text  # still open
        assert client.post("/logout", data={}).status_code == 403
        assert client.get("/").status_code == 200  # still signed in
    with office_client(server.url) as client:
        login_form(client)
        no_token = client.post("/login", data={"username": "quality", "password": PASSWORD})
        assert no_token.status_code == 403 and "floorstation_office" not in no_token.headers.get("set-cookie", "")


def test_signing_out_ends_the_session_on_the_server(server: LiveServer) -> None:
    with office_client(server.url, "planner") as client:
        cookie = client.cookies["floorstation_office"]
        csrf = csrf_of(client.get("/").text)
        assert client.post("/logout", data={"csrf": csrf}).headers["location"] == "/login"
        replayed = httpx.get(f"{server.url}/", cookies={"floorstation_office": cookie})
        assert replayed.status_code == 303 and replayed.headers["location"] == "/login"


def test_a_viewer_is_kept_out_of_admin_pages(server: LiveServer) -> None:
    with office_client(server.url, "viewer") as client:
        page = client.get("/stations")
        assert page.status_code == 403
        assert "This page is for these roles:" in page.text and "admin" in page.text and "viewer" in page.text
        assert (
            client.post("/stations/enrol", data={"csrf": csrf_of(client.get("/").text), "station_id": "X"}).status_code
            == 403
        )
        assert client.get("/").status_code == 200
    with office_client(server.url) as client:
        assert client.get("/stations").headers["location"] == "/login?next=/stations"


def test_a_station_token_never_opens_the_office(server: LiveServer) -> None:
    token = server.enroll("ST-DOOR")
    auth = {"Authorization": f"Bearer {token}"}
    for path in ("/", "/alarms", "/stations", "/floor/fragment"):
        answer = httpx.get(f"{server.url}{path}", headers=auth)
        assert answer.status_code == 401 and "Station tokens do not open the plant office" in answer.text
    recall = httpx.get(f"{server.url}/v1/recall/ANY", headers=auth)
    assert recall.status_code == 401 and recall.json()["error"] == "UNAUTHORIZED"


def test_an_office_session_never_uploads_events(server: LiveServer) -> None:
    with office_client(server.url, "admin") as client:
        events = chain("ST-COOKIE", 1)
        answer = client.post("/v1/events:batch", json={"events": [e.as_dict() for e in events]})
        assert answer.status_code == 401 and answer.json()["error"] == "UNAUTHORIZED"
    before = server.count()
    assert post_batch(server, None, events).status_code == 401
    assert server.count() == before


@pytest.mark.allow_log_warnings  # a lockout and the seeded plant's alarms are logged as warnings
def test_an_acknowledged_alarm_leaves_the_count_and_keeps_its_note(server: LiveServer) -> None:
    alarm_id = raise_alarm_in(server.engine)
    with office_client(server.url, "quality") as client:
        before = int(client.get("/alarms/count").text)
        page = client.get("/alarms")
        assert "SSCC_COLLISION" in page.text and 'id="alarm-count" data-refresh="/alarms/count"' in page.text
        done = client.post(
            f"/alarms/alarm/{alarm_id}/ack", data={"note": "pallet relabelled", "csrf": csrf_of(page.text)}
        )
        assert done.status_code == 303
        assert int(client.get("/alarms/count").text) == before - 1
        assert f'id="alarm-{alarm_id}"' not in client.get("/alarms").text
        history = client.get("/alarms", params={"all": "1"}).text
        assert "pallet relabelled" in history and "quality" in history
    with office_client(server.url, "viewer") as viewer:
        assert '/ack"' not in viewer.get("/alarms").text  # a viewer sees the alarms, with no form to acknowledge


def raise_alarm_in(engine: Engine) -> int:
    """An SSCC collision alarm in the server's table, as ingest raises one: its id."""
    with engine.begin() as conn:
        raise_alarm(conn, "SSCC_COLLISION", "Two pallets carry SSCC 059012340000000017.", station_id="ST-A")
        return int(conn.scalar(select(func.max(AlarmRow.id))) or 0)


def test_each_user_sees_the_office_in_their_own_language(server: LiveServer) -> None:
    add_user(server.engine, "pawel", "viewer", PASSWORD, language="pl")
    with office_client(server.url, "pawel") as client:
        page = client.get("/")
        assert '<html lang="pl">' in page.text and "Hala na żywo" in page.text and "Wyloguj" in page.text
        switched = client.post("/language", data={"language": "de", "next": "/alarms", "csrf": csrf_of(page.text)})
        assert switched.headers["location"] == "/alarms"
        assert "Werksbüro" not in (alarms := client.get("/alarms").text) and "Abmelden" in alarms
    with office_client(server.url, "viewer") as other:
        assert "Sign out" in other.get("/").text  # the choice was pawel's only
