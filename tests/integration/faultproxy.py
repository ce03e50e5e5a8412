"""A TCP proxy on loopback that breaks connections on purpose: between a real sync client and a real server.

For each new connection a plan decides where to cut it: after so many bytes of the request (the server never
sees a whole batch) or of the response (the server committed, the station never hears it), or not at all; with
a FIN or a reset (RST); whether to slow it down; or whether to answer an HTTP error itself (500/503/429 with
Retry-After) without the server ever seeing the request. ``tc netem`` is not available on the development
machines, so this is the portable way (sync_trace D4 #2).
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Cut:
    request_bytes: int | None = None
    """Close the connection after forwarding this many bytes towards the server."""
    response_bytes: int | None = None
    """Close the connection after forwarding this many bytes back to the client."""
    delay: float = 0.0
    """Latency: seconds to hold the first chunk of each message (a chunk after a pause) before forwarding it."""
    reset: bool = False
    """Cut with a reset (RST) rather than a clean close."""
    status: int | None = None
    """Answer the first request with this HTTP status (and Retry-After: 1) instead of forwarding it."""


class FaultProxy:
    def __init__(self, target_port: int, plan: Callable[[int], Cut]) -> None:
        self.target = ("127.0.0.1", target_port)
        self.plan = plan
        self.connections = 0
        self.cuts: list[str] = []
        self.answered: list[int] = []
        self._awaiting: set[int] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def awaiting_answer(self) -> bool:
        """Whether some request has been forwarded to the server and no answer has come back yet."""
        with self._lock:
            return bool(self._awaiting)

    def stop(self) -> None:
        _close(self._listener)  # shutdown wakes the thread blocked in accept(); close alone would not
        with self._lock:
            for sock in self._sockets:
                _close(sock)
        self._thread.join(5)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                number = self.connections
                self.connections += 1
            cut = self.plan(number)
            if cut.status is not None:
                threading.Thread(target=self._answer, args=(client, cut.status), daemon=True).start()
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._sockets += [client, upstream]
            pair = (client, upstream)
            threading.Thread(target=self._pump, args=(client, upstream, cut, "request", pair), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, cut, "response", pair), daemon=True).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, cut: Cut, what: str, pair: tuple[socket.socket, ...]
    ) -> None:
        limit = cut.request_bytes if what == "request" else cut.response_bytes
        sent = 0
        cutting = False
        last = 0.0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if cut.delay and time.monotonic() - last > 0.01:
                    time.sleep(cut.delay)
                last = time.monotonic()
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    with self._lock:
                        self.cuts.append(what)
                    cutting = True
                    break
                sink.sendall(data)
                sent += len(data)
                with self._lock:
                    if what == "request":
                        self._awaiting.add(id(pair))
                    else:
                        self._awaiting.discard(id(pair))
        except OSError:
            pass
        with self._lock:
            self._awaiting.discard(id(pair))
        for sock in pair:
            _close(sock, reset=cutting and cut.reset)

    def _answer(self, client: socket.socket, status: int) -> None:
        """Read one whole request, answer ``status`` as an overloaded or failing server would, and close."""
        try:
            client.settimeout(10)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(body) < length:
                chunk = client.recv(65536)
                if not chunk:
                    return
                body += chunk
            payload = json.dumps({"error": "INJECTED", "message": f"injected {status}"}).encode()
            reason = {429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
            client.sendall(
                f"HTTP/1.1 {status} {reason.get(status, 'Error')}\r\ncontent-type: application/json\r\n"
                f"retry-after: 1\r\ncontent-length: {len(payload)}\r\nconnection: close\r\n\r\n".encode()
                + payload
            )
            with self._lock:
                self.answered.append(status)
        except OSError:
            pass
        finally:
            _close(client)


def _close(sock: socket.socket, *, reset: bool = False) -> None:
    # close() alone neither wakes a thread blocked in recv() on the socket nor ends the connection while that
    # thread holds it; shutdown does. SHUT_RD sends nothing, so with SO_LINGER at zero the final close is a RST.
    with contextlib.suppress(OSError):
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RD if reset else socket.SHUT_RDWR)
    sock.close()
