"""The worked example: confirmations booked into ERPNext. A site on loopback replays the exchange in
tests/data/erpnext/ and checks that every request has the shape ERPNext takes; booking again books nothing."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from floorstation.server import cli
from tests.integration.serverkit import DEMO_PLANT, LiveServer
from tests.integration.test_confirmations import shift, upload

EXCHANGE = Path(__file__).resolve().parents[1] / "data" / "erpnext" / "confirmation_exchange.json"
KEY, SECRET = "a1b2c3d4e5f6a7b", "9f8e7d6c5b4a3f2"


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


class FakeErpNext:
    """Answers the recorded requests in order; any request that differs from the recording is kept as a
    mismatch (and answered 417)."""

    def __init__(self, expected: list[dict[str, Any]]) -> None:
        self.expected = list(expected)
        self.mismatches: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.answer(self, None)

            def do_POST(self) -> None:
                site.answer(self, json.loads(self.rfile.read(int(self.headers["Content-Length"]))))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        parts = urlsplit(handler.path)
        got = {"method": handler.command, "path": parts.path.replace("%20", " ")}
        got |= {"json": body} if body is not None else {"query": {k: _value(v) for k, v in parse_qsl(parts.query)}}
        if handler.headers.get("Authorization") != f"token {KEY}:{SECRET}":
            self.mismatches.append(f"no API key on {got['path']}")
        expected = self.expected.pop(0) if self.expected else None
        if expected is None or expected["request"] != got:
            self.mismatches.append(f"expected {expected and expected['request']}\n     got {got}")
            status, data = 417, {"exc": "not the recorded request"}
        else:
            status, data = expected["response"]["status"], expected["response"]["json"]
        raw = json.dumps(data).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        handler.wfile.write(raw)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def site_file(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "erpnext.toml"
    path.write_text(
        f'url = "{url}"\napi_key = "{KEY}"\napi_secret = "{SECRET}"\n'
        'company = "Caps and Closures Sp. z o.o."\nsource_warehouse = "Stores - CC"\n'
        'target_warehouse = "Finished Goods - CC"\n\n[employees]\nanna = "HR-EMP-00001"\npiotr = "HR-EMP-00002"\n'
    )
    return path


def test_a_confirmation_is_booked_into_erpnext_once_as_the_recorded_exchange_shows(
    server_db: str, live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    events = shift("ST-A", output_lot="M01-26327-001", good="1000")
    upload(live_server, live_server.enroll("ST-A"), events)
    recorded = json.loads(EXCHANGE.read_text().replace("{confirmation_id}", events[-1].event_id))
    cursor = tmp_path / "erpnext.cursor"

    for run, expected in enumerate(recorded["runs"]):
        site = FakeErpNext(expected)
        try:
            if run == 1:
                cursor.unlink()  # the cursor lost: everything is offered again
            capsys.readouterr()
            args = ["erpnext-push", "--site", str(site_file(tmp_path, site.url)), "--cursor-file", str(cursor)]
            assert cli.main([*args, "--db", server_db]) == 0, capsys.readouterr().err
            out = capsys.readouterr().out
        finally:
            site.close()
        assert site.mismatches == [], "\n".join(site.mismatches)
        assert site.expected == [], f"run {run + 1}: requests not made: {site.expected}"
        assert cursor.read_text().strip() == "1"
        if run == 0:
            assert "time log on PO-JOB00017" in out and "stock entry MAT-STE-2026-00042 (Manufacture)" in out
        else:
            assert "already booked" in out and "(Manufacture)" not in out


def test_an_erpnext_refusal_says_what_to_check_and_keeps_the_cursor(
    server_db: str, live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    upload(live_server, live_server.enroll("ST-A"), shift("ST-A", output_lot="M01-26327-001", good="1000"))
    site = FakeErpNext([])  # answers every request 417
    cursor = tmp_path / "erpnext.cursor"
    try:
        args = ["erpnext-push", "--site", str(site_file(tmp_path, site.url)), "--cursor-file", str(cursor)]
        assert cli.main([*args, "--db", server_db]) == 2
    finally:
        site.close()
    err = capsys.readouterr().err
    assert "ERPNext answered 417" in err and "not booked twice" in err
    assert not cursor.exists()
