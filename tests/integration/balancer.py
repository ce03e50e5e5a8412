"""A round-robin TCP load balancer on loopback, in front of several server processes (replicas).

Each new connection goes to the next replica in turn; one that refuses the connection (dead) is skipped, the way
a load balancer's health check takes a dead backend out. A connection stays on its replica until either side
closes it, so a replica killed mid-request cuts the requests it was serving, as in production.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class Balancer:
    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.served = [0] * len(ports)
        """Connections handed to each replica."""
        self._next = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, name="balancer", daemon=True)

    def start(self) -> Balancer:
        self._thread.start()
        return self

    def stop(self) -> None:
        _close(self._listener)
        with self._lock:
            for sock in self._sockets:
                _close(sock)
        self._thread.join(5)

    def _upstream(self) -> socket.socket | None:
        for _ in range(len(self.ports)):
            with self._lock:
                index = self._next
                self._next = (self._next + 1) % len(self.ports)
            try:
                upstream = socket.create_connection(("127.0.0.1", self.ports[index]), timeout=5)
            except OSError:
                continue
            upstream.settimeout(None)
            with self._lock:
                self.served[index] += 1
            return upstream
        return None

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = self._upstream()
            if upstream is None:
                _close(client)
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
