"""The server's schema and its admin command line (``floorstation-server``), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from floorstation.domain.errors import StoreError
from floorstation.server import cli
from floorstation.server.db import ENV_DB, open_database
from floorstation.server.models import Base
from tests.integration.serverkit import DEMO_PLANT, LiveServer, chain, post_batch


def test_the_models_match_the_migrations(server_engine: Engine) -> None:
    with server_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": "alembic_version_server"})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_database_from_a_newer_server_is_refused(server_db: str) -> None:
    engine = open_database(server_db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version_server SET version_num = 's9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="does not know"):
        open_database(server_db)
    assert cli.main(["stations", "--db", server_db]) == 2


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert cli.main(list(args)) == 0
    return capsys.readouterr().out


def test_enroll_prints_a_code_or_json(server_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "enroll", "ST-01", "--db", server_db)
    assert "enrollment code for station ST-01:" in out
    data = json.loads(run(capsys, "enroll", "ST-02", "--json", "--db", server_db))
    assert data["station"] == "ST-02"
    assert len(data["code"]) == 14
    assert cli.main(["enroll", "bad id!", "--db", server_db]) == 2
    assert "not a usable station id" in capsys.readouterr().err


def test_the_qr_code_holds_the_enrollment() -> None:
    art = cli.qr_text("ST-01", "ABCD-EFGH-JKLM", "https://server:8470")
    lines = art.splitlines()
    assert len(lines) > 10
    assert len({len(line) for line in lines}) == 1, "a square of half-block characters"
    assert set(art) <= set(" \xa0\u2580\u2584\u2588\n")


def test_import_uses_the_station_format_and_refuses_bad_files(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "imported 6 materials, 3 machines, 6 operators" in run(capsys, "import", str(DEMO_PLANT), "--db", server_db)
    engine = open_database(server_db)
    with engine.connect() as conn:
        operators = conn.execute(text("SELECT data_json FROM master_record WHERE entity = 'operators'")).scalars()
        assert all('"pin"' not in row and "argon2" in row for row in operators), "PINs are stored hashed only"
    engine.dispose()
    bad = tmp_path / "lots.csv"
    bad.write_text("code,material,quantity\nL1,NO-SUCH-MATERIAL,5\n", encoding="utf-8")
    assert cli.main(["import", str(bad), "--db", server_db]) == 2
    assert "refers to material 'NO-SUCH-MATERIAL'" in capsys.readouterr().err


def test_stations_and_export_events(
    live_server: LiveServer, server_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DB, server_db)  # every command also reads FLOORSTATION_SERVER_DB
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 4)
    post_batch(live_server, token, events)
    table = run(capsys, "stations")
    assert "ST-01" in table and "yes" in table
    listed = [json.loads(line) for line in run(capsys, "stations", "--json").splitlines()]
    assert listed[0]["events"] == 4
    lines = run(capsys, "export-events", "--station", "ST-01", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [e.as_dict() for e in events]
    assert lines[0] == json.dumps(events[0].as_dict(), ensure_ascii=False, sort_keys=True)
    assert run(capsys, "export-events", "--station", "ST-99") == ""
    assert "revoked 1 token" in run(capsys, "revoke", "ST-01")
