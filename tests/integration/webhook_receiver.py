"""A webhook endpoint on loopback, as an ERP's integration would run one: it checks each request's signature and
books each ``Idempotency-Key`` once. It can misbehave on purpose: answer 500, drop the connection after reading
the request, or answer only after the sender has given up (the request was booked: the retry is a duplicate)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from floorstation.server.results.delivery import KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify

OK, FAIL, DROP, SLOW = "ok", "500", "drop", "slow"


class Receiver:
    """``plan(n)`` says how to treat the n-th request (0-based): OK, FAIL, DROP or SLOW."""

    def __init__(self, secret: str, plan: Callable[[int], str] = lambda n: OK) -> None:
        self.secret = secret
        self.plan = plan
        self.requests = 0
        self.bad_signatures = 0
        self.duplicates = 0
        self.booked: dict[str, list[dict[str, Any]]] = {}
        """Items by idempotency key, in the order the keys were first booked."""
        self.arrived = threading.Event()
        """Set whenever a request arrives (the test may act while it is in flight)."""
        self.release = threading.Event()
        """A SLOW answer waits for this (or 30 s) before answering."""
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.handle(self, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, name="webhook-receiver", daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        with self.lock:
            n = self.requests
            self.requests += 1
            how = self.plan(n)
            signed = verify(
                self.secret, handler.headers.get(TIMESTAMP_HEADER, ""), body, handler.headers.get(SIGNATURE_HEADER, "")
            )
            if not signed:
                self.bad_signatures += 1
            key = handler.headers.get(KEY_HEADER, "")
            if signed and key and how in (OK, SLOW):  # booked, whether or not the sender hears the answer
                if key in self.booked:
                    self.duplicates += 1
                else:
                    self.booked[key] = json.loads(body)["events"]
        self.arrived.set()
        if how == DROP:
            handler.close_connection = True
            handler.connection.shutdown(2)
            return
        if how == SLOW:
            self.release.wait(30)
        status = 200 if how in (OK, SLOW) and signed else (401 if not signed else 500)
        try:
            handler.send_response(status)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        except OSError:
            pass  # the sender gave up waiting

    def items(self) -> list[dict[str, Any]]:
        with self.lock:
            return [item for items in self.booked.values() for item in items]

    def wait_for(self, count: int, deliver: Callable[[], object] | None = None, timeout: float = 60) -> None:
        """Until ``count`` items are booked (running ``deliver`` between looks, if given)."""
        deadline = time.monotonic() + timeout
        while len(self.items()) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.items())} of {count} items booked after {timeout} s")
            if deliver is not None:
                deliver()
            else:
                self.arrived.wait(0.05)
                self.arrived.clear()
