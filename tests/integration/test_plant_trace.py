"""A trace at a station walks the plant's genealogy too: what this station recorded, its copy of the plant's
(downloaded from the server's change feed) and, when that copy is behind, the server asked there and then; it says
where each part comes from and, offline, how fresh the copy is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from floorstation import bootstrap, cli
from floorstation.app import lookup, lots, operators, tasks
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import DEMO_PLANT, LiveServer, free_port, new_station

MAKE = "304/2023-10"
"""CAP-28 on M01 at the moulding station."""
PACK = "306/2023-10"
"""CASE-28 on M03 at the packing station: consumes CAP-28."""


def _sync(server: LiveServer, station: bootstrap.Station, token: str, *, download: bool = True) -> None:
    with SyncClient(server.url, token, bootstrap.outbox(station)) as client:
        client.drain()
        if download:
            client.download(bootstrap.change_sink(station))


def _trace(root: Path, lot: str, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    capsys.readouterr()
    assert cli.main(["--data-dir", str(root), "trace", lot, *options]) == 0
    return capsys.readouterr().out


def test_a_lot_made_and_used_at_other_stations_is_traced_with_where_each_part_comes_from(
    live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    moulding = new_station(tmp_path / "a", "ST-A1", plant=True)
    packing = new_station(tmp_path / "b", "ST-B1", plant=True)
    quality_root = tmp_path / "q"
    quality = new_station(quality_root, "ST-Q1", plant=True)
    tokens = {s: live_server.enroll(s) for s in ("ST-A1", "ST-B1", "ST-Q1")}
    server_credentials.save(
        quality_root, server_credentials.ServerCredentials(live_server.url, "ST-Q1", tokens["ST-Q1"])
    )
    try:
        operators.sign_in(moulding.ctx, badge="B1001")
        caps = tasks.start_task(moulding.ctx, MAKE, "anna").output_lot
        assert caps is not None
        lots.consume_lot(moulding.ctx, MAKE, "PP-2401", "anna", quantity=20)
        tasks.stop_task(moulding.ctx, MAKE, "anna", good=500)
        _sync(live_server, moulding, tokens["ST-A1"])
        _sync(live_server, packing, tokens["ST-B1"])
        operators.sign_in(packing.ctx, badge="B1002")
        cases = tasks.start_task(packing.ctx, PACK, "piotr").output_lot
        assert cases is not None
        lots.consume_lot(packing.ctx, PACK, caps, "piotr", quantity=40)
        _sync(live_server, packing, tokens["ST-B1"], download=False)

        # The quality station has never downloaded the plant's changes: its copy is behind, so the server is asked.
        out = _trace(quality_root, cases, capsys)
        assert "plant copy never downloaded; server asked live at" in out
        assert f"{caps} -> {cases}: 40 on M03 by piotr" in out and "[server, live]" in out
        assert "PP-2401" in out

        # After a download the station's own copy answers, and says so; the server is not asked.
        _sync(live_server, quality, tokens["ST-Q1"])
        answer = json.loads(_trace(quality_root, cases, capsys, "--json"))
        assert answer["server_asked_at"] is None and answer["plant_as_of"]
        assert [(x["input_lot"], x["output_lot"], x["depth"], x["source"]) for x in answer["backward"]] == [
            (caps, cases, 1, "plant"),
            ("PP-2401", caps, 2, "plant"),
        ]
        assert answer["backward"][0]["machine_id"] == "M03"  # the task's machine, from master data
        view = lookup.trace_code(quality.ctx, caps)
        assert [(x.output_lot, x.source) for x in view.genealogy.forward] == [(cases, "plant")]

        # Offline with a copy that is behind: the answer says how fresh the copy is.
        with quality.engine.begin() as conn:
            conn.execute(text("UPDATE sync_cursor SET updated_at = '2026-11-20T06:00:00.000+00:00'"))
        dead = f"http://127.0.0.1:{free_port()}"
        server_credentials.save(quality_root, server_credentials.ServerCredentials(dead, "ST-Q1", tokens["ST-Q1"]))
        out = _trace(quality_root, cases, capsys)
        assert "sources: this station; plant copy as of 2026-11-20T06:00:00.000+00:00" in out
        assert "the server could not be asked (The server did not answer" in out
        assert f"{caps} -> {cases}: 40 on M03 by piotr" in out and "[plant copy]" in out

        # A station's own consumptions come back in the feed too; they are shown once, as its own.
        _sync(live_server, packing, tokens["ST-B1"])
        own = lookup.trace_code(packing.ctx, cases, live=False).genealogy
        assert [(x.input_lot, x.source) for x in own.backward] == [(caps, "station"), ("PP-2401", "plant")]
    finally:
        for station in (moulding, packing, quality):
            station.close()
