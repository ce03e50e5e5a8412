"""Enrollment and authentication against a real server on loopback (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import Connection, select

from floorstation.server import enrollment
from floorstation.server.db import open_database
from floorstation.server.models import EnrollmentCodeRow, StationTokenRow
from floorstation.server.settings import ServerSettings
from floorstation.sync.client import enroll
from tests.integration.serverkit import LiveServer, chain, post_batch


def _enroll(server: LiveServer, code: str, station_id: str) -> httpx.Response:
    return httpx.post(f"{server.url}/v1/enroll", json={"code": code, "station_id": station_id})


def _heartbeat(server: LiveServer, token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    body = {"pending_count": 0, "station_time": "2026-11-23T08:00:00.000+01:00"}
    return httpx.post(f"{server.url}/v1/heartbeat", json=body, headers=headers)


def test_a_code_gives_a_token_that_identifies_the_station(live_server: LiveServer) -> None:
    code = enrollment.create_code(live_server.engine, "ST-07")
    answer = _enroll(live_server, code.lower().replace("-", " "), "ST-07")  # typed sloppily on a touchscreen
    assert answer.status_code == 200
    token = answer.json()["token"]
    assert answer.json()["station_id"] == "ST-07"
    assert _heartbeat(live_server, token).status_code == 200
    assert "x-server-time" in answer.headers
    with live_server.engine.connect() as conn:
        stored = conn.scalars(select(StationTokenRow.token_hash)).all()
    assert stored == [enrollment.digest(token)], "only the token's digest is stored"


def test_a_code_for_another_station_is_refused_and_stays_usable(live_server: LiveServer) -> None:
    code = enrollment.create_code(live_server.engine, "ST-07")
    wrong = _enroll(live_server, code, "ST-08")
    assert wrong.status_code == 403
    assert wrong.json()["error"] == "CODE_FOR_OTHER_STATION"
    assert "for station ST-07, not ST-08" in wrong.json()["message"]
    assert _enroll(live_server, code, "ST-07").status_code == 200


def test_unknown_and_expired_codes_are_refused(live_server: LiveServer) -> None:
    assert _enroll(live_server, "AAAA-BBBB-CCCC", "ST-07").json()["error"] == "CODE_UNKNOWN"
    old = enrollment.create_code(live_server.engine, "ST-07", valid=timedelta(seconds=-1))
    answer = _enroll(live_server, old, "ST-07")
    assert (answer.status_code, answer.json()["error"]) == (403, "CODE_EXPIRED")


def test_retrying_after_a_lost_answer_gives_a_working_token(live_server: LiveServer) -> None:
    code = enrollment.create_code(live_server.engine, "ST-07")
    lost = _enroll(live_server, code, "ST-07").json()["token"]  # the station never saw this answer
    retried = _enroll(live_server, code, "ST-07")
    assert retried.status_code == 200
    token = retried.json()["token"]
    assert token != lost
    assert _heartbeat(live_server, lost).status_code == 401, "the unseen token was revoked"
    assert _heartbeat(live_server, token).status_code == 200
    # Once the station has used its token the code is spent for good.
    again = _enroll(live_server, code, "ST-07")
    assert (again.status_code, again.json()["error"]) == (403, "CODE_USED")
    assert _heartbeat(live_server, token).status_code == 200


def test_the_client_retries_an_enrollment_whose_answer_was_dropped(live_server: LiveServer) -> None:
    code = enrollment.create_code(live_server.engine, "ST-07")

    class DropFirstAnswer(httpx.HTTPTransport):
        dropped = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            if not self.dropped:
                self.dropped += 1
                response.read()
                raise httpx.ReadError("connection reset after the server answered", request=request)
            return response

    transport = DropFirstAnswer()
    token = enroll(live_server.url, code, "ST-07", transport=transport, sleep=lambda _s: None)
    assert transport.dropped == 1
    assert _heartbeat(live_server, token).status_code == 200


def test_requests_without_a_valid_token_are_refused(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-07")
    assert _heartbeat(live_server, None).status_code == 401
    assert _heartbeat(live_server, "fst_not-a-real-token").status_code == 401
    assert _heartbeat(live_server, "garbage").status_code == 401
    missing = post_batch(live_server, None, chain("ST-07", 1))
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert missing.json()["error"] == "UNAUTHORIZED"
    assert post_batch(live_server, token, chain("ST-07", 1)).status_code == 200


def test_a_revoked_token_is_refused(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-07")
    assert enrollment.revoke(live_server.engine, "ST-07") == 1
    answer = post_batch(live_server, token, chain("ST-07", 1))
    assert answer.status_code == 401
    assert "revoked" in answer.json()["message"]
    assert live_server.events() == []


def test_a_station_cannot_upload_another_stations_events(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-07")
    live_server.enroll("ST-08")
    answer = post_batch(live_server, token, chain("ST-08", 3))
    assert answer.status_code == 403
    assert answer.json()["error"] == "WRONG_STATION"
    assert live_server.events() == []


def test_a_huge_body_is_refused_with_413(server_engine: object) -> None:
    server = LiveServer(server_engine, settings=ServerSettings(max_body_bytes=64 * 1024)).start()  # type: ignore[arg-type]
    try:
        token = server.enroll("ST-07")
        big = chain("ST-07", 400)
        answer = post_batch(server, token, big)
        assert answer.status_code == 413
        assert answer.json()["error"] == "TOO_LARGE"
        streamed = httpx.post(
            f"{server.url}/v1/events:batch",
            content=iter([b"x" * 50_000, b"y" * 50_000]),  # chunked: no Content-Length to trust
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        assert streamed.status_code == 413
        assert post_batch(server, token, big[:50]).status_code == 200
        assert len(server.events()) == 50
    finally:
        server.stop()


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"events": []}', b'{"events": [{"seq": 1}]}', b"\x00\xff" * 10],
)
def test_malformed_bodies_get_422_and_change_nothing(live_server: LiveServer, body: bytes) -> None:
    token = live_server.enroll("ST-07")
    answer = httpx.post(
        f"{live_server.url}/v1/events:batch",
        content=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert answer.status_code == 422
    assert answer.json()["error"] == "INVALID_REQUEST"
    assert live_server.events() == []


def test_the_api_is_published_as_openapi(live_server: LiveServer) -> None:
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    assert {"/v1/enroll", "/v1/events:batch", "/v1/heartbeat"} <= set(spec["paths"])


@pytest.mark.pg
@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)  # SQLite runs one write at a time anyway
def test_one_code_traded_at_two_server_processes_at_once_leaves_one_live_token(server_db: str) -> None:
    """A station retries an enrollment whose answer was cut, and the balancer sends the retry to another server
    process while the first is still trading the code: the two trades go one after the other, and only the token
    of the later one works (the station keeps the answer it got last)."""
    first, second = open_database(server_db), open_database(server_db)
    code = enrollment.create_code(first, "ST-31")
    holder = first.connect()
    answers: dict[str, str] = {}
    try:
        # Something else holds the code's row (a trade under way): both trades must wait for it.
        holder.execute(
            select(EnrollmentCodeRow)
            .where(EnrollmentCodeRow.code_hash == enrollment.digest(enrollment.normalize_code(code)))
            .with_for_update()
        )
        trades = [
            threading.Thread(
                target=lambda e=engine, k=key: answers.setdefault(k, enrollment.enroll(e, code, "ST-31").token)
            )
            for key, engine in (("a", first), ("b", second))
        ]
        for trade in trades:
            trade.start()
        deadline = time.monotonic() + 60
        while _waiting_for_locks(holder) < 2:
            assert time.monotonic() < deadline, "the trades did not wait for the code's row"
            time.sleep(0.01)
    finally:
        holder.rollback()
        holder.close()
    for trade in trades:
        trade.join(60)
    assert sorted(answers) == ["a", "b"]
    with first.begin() as conn:
        live = [k for k, token in answers.items() if enrollment.station_of_token(conn, token) == "ST-31"]
        rows = conn.scalars(select(StationTokenRow.revoked_at).where(StationTokenRow.station_id == "ST-31")).all()
    assert len(live) == 1, answers
    assert sorted(r is None for r in rows) == [False, True]
    first.dispose()
    second.dispose()


def _waiting_for_locks(conn: Connection) -> int:
    """Other sessions of this database waiting for a lock (the trades blocked on the code's row)."""
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
        ).scalar_one()
    )
