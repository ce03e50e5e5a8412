"""Who may make the server read a body, and how much of one: a request to a station endpoint without a valid
token is refused from its headers, a body declared over the limit is refused from its Content-Length, and a
client without a token cannot hold more than a few requests open. Measured by the server's own count of body
bytes it read, against a real server on loopback, with raw sockets that send the headers and a sliver of the
body and then wait for the answer (a server that reads the body first never answers them)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine

from floorstation.server.settings import ServerSettings
from floorstation.sync import wire
from tests.integration.serverkit import LiveServer, chain

EIGHT_MB = 8 * 1024 * 1024
SLIVER = b"{" + b" " * 65_535


def ask_with_a_sliver(server: LiveServer, path: str, headers: dict[str, str], declared: int) -> tuple[int, bytes]:
    """Send the request line, headers declaring ``declared`` body bytes, and only 64 KiB of them; return the
    status and body of the answer (the socket's timeout ends a wait for an answer that never comes)."""
    head = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{server.port}", "Content-Type: application/json"]
    head += [f"{k}: {v}" for k, v in headers.items()] + [f"Content-Length: {declared}", "", ""]
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall("\r\n".join(head).encode() + SLIVER)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer) < answer.index(b"\r\n\r\n") + 40:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    status = int(answer.split(b" ", 2)[1])
    return status, answer.partition(b"\r\n\r\n")[2]


@pytest.fixture
def small_server(server_engine: Engine) -> Iterator[LiveServer]:
    settings = ServerSettings(max_body_bytes=1024 * 1024, max_anonymous=2)
    server = LiveServer(server_engine, settings=settings).start()
    yield server
    server.stop()


def test_many_large_bodies_without_a_valid_token_are_refused_unread(live_server: LiveServer) -> None:
    live_server.enroll("ST-A")
    door = live_server.app.state.door
    before = door.body_bytes_read  # the enrollment's own body
    tokens = [{}, {"Authorization": "Bearer fst_not-a-token-of-this-server"}, {"Authorization": "Basic x"}]
    answers: list[tuple[int, bytes]] = []
    lock = threading.Lock()

    def attack(i: int) -> None:
        path = (wire.BATCH_PATH, wire.HEARTBEAT_PATH)[i % 2]
        found = ask_with_a_sliver(live_server, path, tokens[i % 3], EIGHT_MB)
        with lock:
            answers.append(found)

    threads = [threading.Thread(target=attack, args=(i,)) for i in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [status for status, _ in answers] == [401] * 32
    assert all(b"UNAUTHORIZED" in body for _, body in answers)
    assert door.body_bytes_read == before, "not one byte of the bodies was read"
    assert door.unauthenticated == 32
    health = httpx.get(live_server.url + "/v1/health", timeout=30)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    status, _ = ask_with_a_sliver(live_server, wire.ENROLL_PATH, {}, EIGHT_MB)
    assert status == 413, "an enrollment is a few hundred bytes: a large one is refused from its headers"
    assert door.body_bytes_read == before


def test_an_upload_declared_over_the_limit_is_refused_unread_and_one_within_it_is_taken(
    small_server: LiveServer,
) -> None:
    token = small_server.enroll("ST-A")
    status, body = ask_with_a_sliver(
        small_server, wire.BATCH_PATH, {"Authorization": f"Bearer {token}"}, 2 * 1024 * 1024
    )
    assert (status, b"TOO_LARGE" in body) == (413, True)
    assert small_server.app.state.door.body_bytes_read < 100_000  # the enrollment's body, nothing of the upload

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"events": ['
        for _ in range(40):
            yield b" " * 65536

    streamed = httpx.post(
        small_server.url + wire.BATCH_PATH,
        content=chunks(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=30,
    )
    assert streamed.status_code == 413
    # Refused once past the limit: what was read is the limit plus what the server had already taken off the
    # socket in its last reads (up to 256 KiB each, more under load), far less than the 2.5 MiB sent.
    assert small_server.app.state.door.body_bytes_read < 1024 * 1024 + 512 * 1024

    fits = httpx.post(
        small_server.url + wire.BATCH_PATH,
        json={"events": [e.as_dict() for e in chain("ST-A", 3)]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert fits.status_code == 200 and fits.json()["acked_through"] == 3


def test_a_client_without_a_token_cannot_hold_more_than_a_few_requests_open(small_server: LiveServer) -> None:
    """Two enrollments whose bodies never finish arriving hold both places for clients without a token: a third
    is answered 503 at once; the health check and enrolled stations are served all the while."""
    token = small_server.enroll("ST-A")
    held = []
    for _ in range(2):
        sock = socket.create_connection(("127.0.0.1", small_server.port), timeout=30)
        head = f"POST {wire.ENROLL_PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\n"
        sock.sendall(head.encode() + b'{"code": "')
        held.append(sock)
    try:
        refused = None
        for _ in range(200):  # until the two slow enrollments are in (each is accepted as soon as it is read)
            refused = httpx.post(small_server.url + wire.ENROLL_PATH, json={"code": "ABCD-EFGH", "station_id": "X"})
            if refused.status_code == 503:
                break
        assert refused is not None and refused.status_code == 503, refused.text if refused else None
        assert refused.json()["error"] == "BUSY" and refused.headers["Retry-After"] == "1"
        assert httpx.get(small_server.url + "/v1/health").status_code == 200
        heartbeat = httpx.post(
            small_server.url + wire.HEARTBEAT_PATH,
            json={"pending_count": 0, "station_time": "2026-12-01T08:00:00.000+01:00"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert heartbeat.status_code == 200, heartbeat.text
    finally:
        for sock in held:
            sock.close()
