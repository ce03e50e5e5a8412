"""Webhooks: every event reaches a misbehaving endpoint, each once by its Idempotency-Key, in each station's
order, signed; a server killed mid-delivery picks up from its outbox; a dead endpoint shows with its backlog."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from floorstation.domain.events import Event
from floorstation.server import cli
from floorstation.server.results import webhooks
from floorstation.server.results.delivery import DeliverySettings, deliver_pending, keep_delivering
from tests.integration.officekit import add_users, office_client
from tests.integration.serverkit import LiveServer, ServerProcess, chain
from tests.integration.webhook_receiver import DROP, FAIL, OK, SLOW, Receiver

SECRET = "s3cret-for-the-erp-0123456789"
FAST = DeliverySettings(batch=7, timeout_s=1.0, backoff_first_s=0, backoff_cap_s=0)


def add_webhook(db: str, url: str, *extra: str) -> int:
    out = _cli_json(db, "webhook", "add", url, "--secret", SECRET, "--json", *extra)
    return int(out[0]["id"])


def _cli_json(db: str, *args: str) -> list[dict[str, Any]]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert cli.main([*args, "--db", db]) == 0
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


def upload(server: LiveServer | ServerProcess, token: str, events: list[Event], size: int = 5) -> None:
    for i in range(0, len(events), size):
        response = httpx.post(
            f"{server.url}/v1/events:batch",
            json={"events": [e.as_dict() for e in events[i : i + size]]},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert response.status_code == 200, response.text


def assert_each_once_in_station_order(receiver: Receiver, sent: list[Event]) -> None:
    got = receiver.items()
    assert sorted(e["event_id"] for e in got) == sorted(e.event_id for e in sent)
    seqs: dict[tuple[str, int], list[int]] = defaultdict(list)
    for item in got:
        seqs[item["station_id"], item["epoch"]].append(item["seq"])
    for station, order in seqs.items():
        assert order == sorted(order), f"{station} arrived out of order"
    by_id = {e.event_id: e.as_dict() for e in sent}
    assert all(item == by_id[item["event_id"]] for item in got), "the envelope is the one export-events writes"
    assert receiver.bad_signatures == 0


@pytest.mark.slow
@pytest.mark.allow_log_warnings
def test_every_event_arrives_once_in_station_order_through_500s_drops_and_slow_answers(
    server_db: str, server_engine: Engine, live_server: LiveServer
) -> None:
    faults = {1: FAIL, 2: DROP, 4: SLOW, 5: FAIL, 7: DROP, 9: SLOW, 10: FAIL, 11: FAIL}
    with Receiver(SECRET, plan=lambda n: faults.get(n, OK)) as receiver:
        add_webhook(server_db, receiver.url)
        a, b = chain("ST-A", 23), chain("ST-B", 18)
        upload(live_server, live_server.enroll("ST-A"), a[:10])
        upload(live_server, live_server.enroll("ST-B"), b)
        deliver_pending(server_engine, settings=FAST)
        upload(live_server, live_server.enroll("ST-A"), a[10:])  # arrives while the endpoint is failing

        receiver.wait_for(len(a) + len(b), deliver=lambda: deliver_pending(server_engine, settings=FAST))

    assert_each_once_in_station_order(receiver, a + b)
    assert receiver.duplicates >= 2, "the slow answers were booked, then sent again under the same key"
    (listed,) = webhooks.status(server_engine)
    assert listed.backlog == 0 and not listed.dead and listed.last_success_at is not None


def test_a_webhook_takes_only_the_types_it_asks_for_and_only_what_arrives_after_it_was_added(
    server_db: str, server_engine: Engine, live_server: LiveServer
) -> None:
    events = chain("ST-A", 6)
    token = live_server.enroll("ST-A")
    upload(live_server, token, events[:3])
    with Receiver(SECRET) as receiver:
        add_webhook(server_db, receiver.url, "--events", "card.printed")
        with Receiver(SECRET) as other:
            add_webhook(server_db, other.url, "--events", "task.stopped")
            upload(live_server, token, events[3:])
            receiver.wait_for(3, deliver=lambda: deliver_pending(server_engine, settings=FAST))
            deliver_pending(server_engine, settings=FAST)
            assert other.requests == 0, "no event of its type: nothing is sent"
    assert [e["seq"] for e in receiver.items()] == [4, 5, 6]


@pytest.mark.slow
@pytest.mark.allow_log_warnings
def test_a_server_killed_mid_delivery_sends_the_rest_and_the_cut_request_again_under_its_key(
    server_db: str, server_engine: Engine
) -> None:
    requests_seen: list[int] = []

    def plan(n: int) -> str:
        requests_seen.append(n)
        return SLOW if n == 2 else OK  # the third request is in flight when the server dies

    a, b = chain("ST-A", 30), chain("ST-B", 12)
    with Receiver(SECRET, plan=plan) as receiver:
        add_webhook(server_db, receiver.url)
        options = ["--webhook-timeout-s", "20", "--webhook-retry-s", "0.05", "--webhook-batch", "5"]
        server = ServerProcess(server_db, extra=options).start()
        try:
            upload(server, _token(server, server_engine, "ST-A"), a, size=30)
            upload(server, _token(server, server_engine, "ST-B"), b, size=12)
            receiver.wait_for(1)
            deadline_hit = not _wait(lambda: receiver.requests >= 3)
            assert not deadline_hit, "the third request did not arrive"
            server.kill()  # SIGKILL while the third request waits for its answer
            receiver.release.set()
            server.start()
            receiver.wait_for(len(a) + len(b))
        finally:
            server.kill()
    assert_each_once_in_station_order(receiver, a + b)
    assert receiver.duplicates >= 1, "the request cut by the kill was sent again under the same key"


@pytest.mark.allow_log_warnings
def test_the_delivery_thread_stopped_mid_request_and_started_again_sends_every_event_once(
    server_db: str, server_engine: Engine, live_server: LiveServer
) -> None:
    import threading

    events = chain("ST-A", 20)
    with Receiver(SECRET, plan=lambda n: SLOW if n == 1 else OK) as receiver:
        add_webhook(server_db, receiver.url)
        upload(live_server, live_server.enroll("ST-A"), events)
        settings = DeliverySettings(batch=4, timeout_s=30, backoff_first_s=0.01, poll_s=0.05)
        stop = threading.Event()
        first = threading.Thread(target=keep_delivering, args=(server_engine, stop, settings), daemon=True)
        first.start()
        assert _wait(lambda: receiver.requests >= 2), "the second request did not arrive"
        stop.set()  # while the second request waits for its answer
        receiver.release.set()
        first.join(60)
        assert not first.is_alive()
        again = threading.Event()
        second = threading.Thread(target=keep_delivering, args=(server_engine, again, settings), daemon=True)
        second.start()
        try:
            receiver.wait_for(len(events))
        finally:
            again.set()
            second.join(60)
    assert_each_once_in_station_order(receiver, events)


def _token(server: ServerProcess, engine: Engine, station_id: str) -> str:
    from floorstation.server import enrollment

    code = enrollment.create_code(engine, station_id)
    response = httpx.post(f"{server.url}/v1/enroll", json={"code": code, "station_id": station_id}, timeout=30)
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


def _wait(condition: Any, timeout: float = 60) -> bool:
    import threading
    import time

    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            return False
        tick.wait(0.02)
    return True


@pytest.mark.slow
@pytest.mark.allow_log_warnings
def test_a_dead_endpoint_shows_in_the_list_with_its_backlog_until_it_answers_again(
    server_db: str, server_engine: Engine, live_server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    down = True
    with Receiver(SECRET, plan=lambda n: FAIL if down else OK) as receiver:
        hook_id = add_webhook(server_db, receiver.url)
        events = chain("ST-A", 12)
        upload(live_server, live_server.enroll("ST-A"), events)
        for _ in range(webhooks.DEAD_AFTER_FAILURES):
            deliver_pending(server_engine, settings=FAST)
        (listed,) = _cli_json(server_db, "webhook", "list", "--json")
        assert listed["dead"] is True and listed["backlog"] == 12
        assert listed["last_error"].startswith("HTTP 500")
        assert cli.main(["webhook", "list", "--db", server_db]) == 0
        text = capsys.readouterr().out
        assert "DEAD" in text and "backlog: 12" in text
        add_users(server_engine)
        with office_client(live_server.url, "manager") as office:
            page = office.get("/alarms").text
            assert "Results are not reaching the ERP" in page and receiver.url in page
        with office_client(live_server.url, "quality") as office:
            assert "Results are not reaching the ERP" not in office.get("/alarms").text

        down = False
        receiver.wait_for(12, deliver=lambda: deliver_pending(server_engine, settings=FAST))
        (listed,) = _cli_json(server_db, "webhook", "list", "--json")
        assert listed["dead"] is False and listed["backlog"] == 0
        with office_client(live_server.url, "manager") as office:
            assert "Results are not reaching the ERP" not in office.get("/alarms").text

        assert cli.main(["webhook", "remove", str(hook_id), "--db", server_db]) == 0
        assert _cli_json(server_db, "webhook", "list", "--json") == []


def test_a_bad_webhook_command_says_what_to_fix(server_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["webhook", "add", "ftp://erp/hook", "--db", server_db]) == 2
    assert "not an http:// or https:// address" in capsys.readouterr().err
    assert cli.main(["webhook", "add", "https://erp/hook", "--events", "task.stoped", "--db", server_db]) == 2
    assert "Unknown event type(s): task.stoped" in capsys.readouterr().err
    assert cli.main(["webhook", "add", "https://erp/hook", "--events", "*,confirmation", "--db", server_db]) == 0
    assert "signing secret (shown once" in capsys.readouterr().out
    (listed,) = _cli_json(server_db, "webhook", "list", "--json")
    assert listed["events"] == ["*", "confirmation"] and listed["backlog"] == 0
    assert cli.main(["webhook", "remove", "42", "--db", server_db]) == 2
    assert "There is no webhook 42" in capsys.readouterr().err
