"""Master data and lot holds go down to stations (GET /v1/changes), each page applied with its cursor."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from floorstation import bootstrap, cli
from floorstation.app import lots, operators, tasks
from floorstation.domain.errors import Refused
from floorstation.domain.master import LotStatus, ReasonKind
from floorstation.server import cli as server_cli
from floorstation.server import enrollment
from floorstation.server.masterdata import import_catalog, read_catalog, set_lot_status
from floorstation.sync import server_credentials
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import DEMO_PLANT, LiveServer, new_station

#: Expired download cursors are logged on purpose.
pytestmark = pytest.mark.allow_log_warnings

TASK = "304/2023-10"


def anna_badge() -> str:
    plant = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    return str(next(o["badge"] for o in plant["operators"] if o["id"] == "anna"))


def lot_status(station: bootstrap.Station, code: str) -> str | None:
    with station.engine.connect() as conn:
        return conn.scalar(text("SELECT status FROM lot WHERE code = :c"), {"c": code})


def test_a_new_station_gets_master_data_and_a_hold_stops_consumption(
    live_server: LiveServer, server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    root = tmp_path / "st"
    new_station(root, "ST-41").close()
    code = enrollment.create_code(live_server.engine, "ST-41")
    assert cli.main(["--data-dir", str(root), "enroll", "--server", live_server.url, "--code", code]) == 0
    assert cli.main(["--data-dir", str(root), "sync", "--once"]) == 0
    assert "master-data changes applied" in capsys.readouterr().out

    station = bootstrap.build(root)
    try:
        ctx = station.ctx
        assert lot_status(station, "PP-2401") == "released"
        operators.sign_in(ctx, badge=anna_badge())
        tasks.start_task(ctx, TASK, "anna")
        lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1)

        hold = ["lot-status", "PP-2401", "hold", "--reason", "Moisture above spec", "--by", "qa.lead"]
        assert server_cli.main([*hold, "--db", server_db]) == 0
        assert "stations get it at their next sync" in capsys.readouterr().out
        enrolled = server_credentials.load(root, "ST-41")
        with SyncClient(enrolled.url, enrolled.token, bootstrap.outbox(station)) as client:
            assert client.download(bootstrap.change_sink(station)) == 2  # the master lot row and the decision
            assert client.download(bootstrap.change_sink(station)) == 0
        assert lot_status(station, "PP-2401") == "hold"
        with pytest.raises(Refused) as refused:
            lots.consume_lot(ctx, TASK, "PP-2401", "anna", quantity=1, confirm_repeat=True)
        assert refused.value.rules == ["lot_on_hold"]
        assert "qa.lead" in str(refused.value) and "Moisture above spec" in str(refused.value)
    finally:
        station.close()


def test_pages_split_anywhere_still_apply(live_server: LiveServer, tmp_path: Path) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    # A material changed after the lots that refer to it: its new version comes in a later page than theirs.
    plant = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    resin = next(m for m in plant["materials"] if m["code"] == "RESIN-PP")
    changed = tmp_path / "materials.json"
    changed.write_text(json.dumps({"materials": [dict(resin, name="Polypropylene, new grade")]}), encoding="utf-8")
    import_catalog(live_server.engine, read_catalog(changed))
    set_lot_status(live_server.engine, "MB-0502", LotStatus.HOLD)

    station = new_station(tmp_path / "st", "ST-42")
    try:
        token = live_server.enroll("ST-42")
        sink = bootstrap.change_sink(station)
        limits: list[int] = []

        class Recording(httpx.HTTPTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                limits.append(int(request.url.params["limit"]))
                return super().handle_request(request)

        with SyncClient(live_server.url, token, bootstrap.outbox(station), transport=Recording()) as client:
            applied = client.download(sink, limit=2)
        assert applied >= 40
        assert limits[0] == 2 and max(limits) > 2, "a page that could not be applied was fetched again, larger"
        assert lot_status(station, "MB-0502") == "hold"
        assert lot_status(station, "PP-2209") == "recalled"
        with station.engine.connect() as conn:
            assert conn.scalar(text("SELECT name FROM material WHERE code = 'RESIN-PP'")) == "Polypropylene, new grade"
            # PINs arrive as verifiers made for this station, never as the hash the server keeps.
            assert conn.scalar(text("SELECT count(*) FROM operator WHERE pin_hash LIKE '$fspv1$%'")) >= 1
            assert conn.scalar(text("SELECT count(*) FROM operator WHERE pin_hash LIKE '%argon2%'")) == 0
    finally:
        station.close()


def test_a_cursor_the_server_no_longer_knows_starts_over(live_server: LiveServer, tmp_path: Path) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    station = new_station(tmp_path / "st", "ST-43")
    try:
        sink = bootstrap.change_sink(station)
        sink.apply_changes([], "999999")  # from before the server was restored from an older backup
        with SyncClient(live_server.url, live_server.enroll("ST-43"), bootstrap.outbox(station)) as client:
            assert client.download(sink) >= 40
        assert lot_status(station, "MB-0501") == "hold"
        assert sink.download_cursor() is not None and int(sink.download_cursor() or 0) < 999999
    finally:
        station.close()


def test_holding_a_lot_the_server_does_not_know_is_refused(server_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert server_cli.main(["lot-status", "NOPE-1", "hold", "--db", server_db]) == 2
    assert "not known to the plant" in capsys.readouterr().err


def test_names_in_other_languages_come_down_with_master_data(
    live_server: LiveServer, server_db: str, tmp_path: Path
) -> None:
    """The demo plant names its materials and reasons in Polish and German too; a station keeps them."""
    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    root = tmp_path / "st"
    new_station(root, "ST-44").close()
    code = enrollment.create_code(live_server.engine, "ST-44")
    assert cli.main(["--data-dir", str(root), "enroll", "--server", live_server.url, "--code", code]) == 0
    assert cli.main(["--data-dir", str(root), "sync", "--once"]) == 0

    station = bootstrap.build(root)
    try:
        with station.ctx.uow() as uow:
            resin = uow.material("RESIN-PP")
            reasons = {r.code: r for r in uow.reasons(ReasonKind.OUT_OF_ORDER)}
        assert resin is not None
        assert dict(resin.names) == {"pl": "Granulat polipropylenowy", "de": "Polypropylen-Granulat"}
        assert dict(reasons["electrical"].labels)["de"] == "Elektrischer Fehler"
        assert (resin.name, reasons["electrical"].label) == ("Polypropylene resin", "Electrical fault")
    finally:
        station.close()
