"""A TCP proxy on loopback that breaks connections on purpose: between a real sync client and a real server.

For each new connection a plan decides where to cut it: after so many bytes of the request (the server never
sees a whole batch) or of the response (the server committed, the station never hears it), or not at all.
``tc netem`` is not available on the development machines, so this is the portable way (sync_trace D4 #2).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Cut:
    request_bytes: int | None = None
    """Close the connection after forwarding this many bytes towards the server."""
    response_bytes: int | None = None
    """Close the connection after forwarding this many bytes back to the client."""


class FaultProxy:
    def __init__(self, target_port: int, plan: Callable[[int], Cut]) -> None:
        self.target = ("127.0.0.1", target_port)
        self.plan = plan
        self.connections = 0
        self.cuts: list[str] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

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
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._sockets += [client, upstream]
            pair = (client, upstream)
            threading.Thread(target=self._pump, args=(client, upstream, cut.request_bytes, "request", pair)).start()
            threading.Thread(target=self._pump, args=(upstream, client, cut.response_bytes, "response", pair)).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, limit: int | None, what: str, pair: tuple[socket.socket, ...]
    ) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    with self._lock:
                        self.cuts.append(what)
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for sock in pair:
            _close(sock)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
