"""The ``floorstation`` command as a person at a terminal uses it (DESIGN §9): messages and exit codes."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from floorstation import cli

Capsys = pytest.CaptureFixture[str]
ENVELOPE = {"event_id", "station_id", "epoch", "seq", "type", "occurred_at", "operator_id", "payload", "hash"}
FROZEN_NOW = datetime(2026, 11, 23, 14, 0, 0, tzinfo=timezone(timedelta(hours=1)))


def run(capsys: Capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def query(data_dir: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(data_dir / "station.db")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- init ------------------------------------------------------------------------------------------------


def test_init_demo_creates_a_private_station_with_the_demo_plant(tmp_path: Path, capsys: Capsys) -> None:
    root = tmp_path / "station"
    code, out, err = run(capsys, root, "init", "--demo")
    assert code == 0, err
    assert "demo plant loaded" in out
    assert "station ST-01 created" in out
    assert query(root, "SELECT count(*) FROM machine") == [(3,)]
    assert mode(root) == 0o700
    assert mode(root / "station.toml") == 0o600
    assert mode(root / "station.db") == 0o600


def test_init_twice_is_refused_and_keeps_the_station(tmp_path: Path, capsys: Capsys) -> None:
    root = tmp_path / "station"
    assert run(capsys, root, "init", "--demo")[0] == 0
    config_before = (root / "station.toml").read_text(encoding="utf-8")

    code, out, err = run(capsys, root, "init", "--demo")
    assert code == 2
    assert "already holds a station" in err
    assert out == ""
    assert (root / "station.toml").read_text(encoding="utf-8") == config_before
    assert query(root, "SELECT count(*) FROM operator") == [(6,)]


def test_init_without_demo_needs_an_id_and_a_code(tmp_path: Path, capsys: Capsys) -> None:
    root = tmp_path / "station"
    code, _, err = run(capsys, root, "init", "--station-id", "ST-07")
    assert code == 2
    assert "--station-id and --station-code" in err
    assert not (root / "station.toml").exists()

    code, out, err = run(capsys, root, "init", "--station-id", "ST-07", "--station-code", "G7")
    assert code == 0, err
    assert "station ST-07 created" in out
    assert 'station_code = "G7"' in (root / "station.toml").read_text(encoding="utf-8")
    assert query(root, "SELECT count(*) FROM machine") == [(0,)]


# --- import ----------------------------------------------------------------------------------------------


def test_import_a_json_file(station_dir: Path, tmp_path: Path, capsys: Capsys) -> None:
    plant = tmp_path / "more.json"
    plant.write_text(
        json.dumps(
            {
                "materials": [{"code": "LID-1", "name": "Lid", "unit": "pcs", "gtin": "05901234000048"}],
                "customers": [{"id": "C300", "name": "Hanseatic Foods GmbH"}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, station_dir, "import", str(plant))
    assert code == 0, err
    assert "imported 1 materials, 1 customers" in out
    assert query(station_dir, "SELECT gtin FROM material WHERE code = 'LID-1'") == [("05901234000048",)]
    assert query(station_dir, "SELECT name FROM customer WHERE id = 'C300'") == [("Hanseatic Foods GmbH",)]


def test_import_csv_files(station_dir: Path, tmp_path: Path, capsys: Capsys) -> None:
    customers = tmp_path / "customers.csv"
    customers.write_text("id,name\nC300,Hanseatic Foods GmbH\nC301,Riga Water SIA\n", encoding="utf-8")
    materials = tmp_path / "materials.csv"
    materials.write_text(
        "code,name,unit,gtin,shelf_life_days\nLID-1,Lid,pcs,05901234000048,365\nTAPE-B,Brown tape,m,,\n",
        encoding="utf-8",
    )

    code, out, err = run(capsys, station_dir, "import", str(customers))
    assert code == 0, err
    assert "imported 2 customers" in out
    code, out, err = run(capsys, station_dir, "import", str(materials))
    assert code == 0, err
    assert "imported 2 materials" in out

    assert query(station_dir, "SELECT id FROM customer WHERE id LIKE 'C30%' ORDER BY id") == [
        ("C300",),
        ("C301",),
    ]
    assert query(
        station_dir, "SELECT code, gtin, shelf_life_days FROM material WHERE code IN ('LID-1', 'TAPE-B') ORDER BY code"
    ) == [("LID-1", "05901234000048", 365), ("TAPE-B", None, None)]


def table_counts(data_dir: Path) -> dict[str, int]:
    return {
        table: query(data_dir, f"SELECT count(*) FROM {table}")[0][0]
        for table in ("material", "machine", "operator", "work_order", "task", "bom_line", "lot", "customer")
    }


def test_import_refuses_an_unknown_section(station_dir: Path, tmp_path: Path, capsys: Capsys) -> None:
    bad = tmp_path / "plant.json"
    bad.write_text(
        json.dumps({"customers": [{"id": "C300", "name": "Hanseatic"}], "suppliers": [{"id": "S1", "name": "Basell"}]}),
        encoding="utf-8",
    )
    before = table_counts(station_dir)
    code, out, err = run(capsys, station_dir, "import", str(bad))
    assert code == 2
    assert "suppliers" in err
    assert "imported" not in out
    assert table_counts(station_dir) == before


def test_import_refuses_a_wrong_gtin_check_digit_and_names_the_line(
    station_dir: Path, tmp_path: Path, capsys: Capsys
) -> None:
    bad = tmp_path / "materials.csv"
    bad.write_text(
        "code,name,unit,gtin\nLID-1,Lid,pcs,05901234000048\nLID-2,Big lid,pcs,05901234000049\n", encoding="utf-8"
    )
    before = table_counts(station_dir)
    code, _, err = run(capsys, station_dir, "import", str(bad))
    assert code == 2
    assert "materials.csv line 3" in err
    assert "gtin" in err
    assert "check digit" in err
    assert table_counts(station_dir) == before
    assert query(station_dir, "SELECT code FROM material WHERE code = 'LID-1'") == []


def test_import_refuses_a_reference_to_a_missing_material_and_imports_nothing(
    station_dir: Path, tmp_path: Path, capsys: Capsys
) -> None:
    bad = tmp_path / "orders.json"
    bad.write_text(
        json.dumps(
            {
                "materials": [{"code": "LID-1", "name": "Lid", "unit": "pcs"}],
                "customers": [{"id": "C300", "name": "Hanseatic"}],
                "work_orders": [{"number": "400/2026", "product": "CAP-99", "planned_qty": "5000"}],
            }
        ),
        encoding="utf-8",
    )
    before = table_counts(station_dir)
    code, out, err = run(capsys, station_dir, "import", str(bad))
    assert code == 2
    assert "Work order 400/2026" in err
    assert "CAP-99" in err
    assert "imported" not in out
    # All of the file or nothing: the valid material and customer before the bad row are not there either.
    assert table_counts(station_dir) == before
    assert query(station_dir, "SELECT code FROM material WHERE code = 'LID-1'") == []


# --- simulate, events ------------------------------------------------------------------------------------


class FrozenDatetime(datetime):
    """``simulate`` plays the shift that ended now; a fixed now makes the seeded shift the same every day."""

    @classmethod
    def now(cls, tz: Any = None) -> Any:
        return FROZEN_NOW if tz is None else FROZEN_NOW.astimezone(tz)


@pytest.fixture
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "datetime", FrozenDatetime)


@pytest.fixture(scope="module")
def simulated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-template") / "station"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(cli, "datetime", FrozenDatetime)
        assert cli.main(["--data-dir", str(root), "init", "--demo"]) == 0
        assert cli.main(["--data-dir", str(root), "simulate", "--actions", "300", "--seed", "1", "--quiet"]) == 0
    return root


@pytest.fixture
def simulated(tmp_path: Path, simulated_template: Path) -> Path:
    root = tmp_path / "station"
    shutil.copytree(simulated_template, root)
    return root


def test_simulate_prints_a_summary(station_dir: Path, frozen_now: None, capsys: Capsys) -> None:
    code, out, err = run(capsys, station_dir, "simulate", "--actions", "60", "--seed", "3")
    assert code == 0, err
    summary = re.search(r"^60 actions: (\d+) done, (\d+) refused; (\d+) events in the log$", out, re.MULTILINE)
    assert summary, out
    done, refused, total = map(int, summary.groups())
    assert done + refused <= 60
    assert total == query(station_dir, "SELECT count(*) FROM event")[0][0] > 0
    assert re.search(r"^  done     sign_in\s+\d+$", out, re.MULTILINE)
    # Without --quiet the shift is told as it happens, one line per action done or refused.
    assert len(re.findall(r"^\d\d:\d\d ", out, re.MULTILINE)) >= done


def test_events_json_prints_one_envelope_per_line(simulated: Path, capsys: Capsys) -> None:
    code, out, err = run(capsys, simulated, "events", "--json")
    assert code == 0, err
    lines = out.splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) == query(simulated, "SELECT count(*) FROM event")[0][0]
    for event in events:
        assert set(event) >= ENVELOPE
        assert isinstance(event["payload"], dict)
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert {e["station_id"] for e in events} == {"ST-01"}


def test_events_tail_prints_the_last_ones(simulated: Path, capsys: Capsys) -> None:
    total = query(simulated, "SELECT count(*) FROM event")[0][0]
    code, out, err = run(capsys, simulated, "events", "--tail", "5")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 5
    assert [int(line.split()[0]) for line in lines] == list(range(total - 4, total + 1))

    code, out, _ = run(capsys, simulated, "events", "--tail", "5", "--json")
    assert code == 0
    assert [json.loads(line)["seq"] for line in out.splitlines()] == list(range(total - 4, total + 1))


# --- trace -----------------------------------------------------------------------------------------------


def middle_lot(data_dir: Path) -> tuple[str, set[str], set[str]]:
    """A lot made at the station that both consumed lots and went into another: (lot, inputs, outputs)."""
    rows = query(
        data_dir,
        "SELECT DISTINCT made.output_lot FROM lot_edge AS made JOIN lot_edge AS used "
        "ON used.input_lot = made.output_lot ORDER BY 1",
    )
    assert rows, "the seeded shift made a lot that went on into another"
    lot = rows[0][0]
    inputs = {r[0] for r in query(data_dir, "SELECT input_lot FROM lot_edge WHERE output_lot = ?", lot)}
    outputs = {r[0] for r in query(data_dir, "SELECT output_lot FROM lot_edge WHERE input_lot = ?", lot)}
    return lot, inputs, outputs


def test_trace_shows_backward_and_forward(simulated: Path, capsys: Capsys) -> None:
    lot, inputs, outputs = middle_lot(simulated)
    code, out, err = run(capsys, simulated, "trace", lot)
    assert code == 0, err
    assert out.startswith(f"lot {lot}: ")
    backward, _, forward = out.partition("forward (where it went):")
    assert "backward (what went into it):" in backward
    for source in inputs:
        assert re.search(rf"^\s+{re.escape(source)}\b.* -> {re.escape(lot)}: ", backward, re.MULTILINE), source
    for target in outputs:
        assert re.search(rf"^\s+{re.escape(lot)} -> {re.escape(target)}: ", forward, re.MULTILINE), target


def test_trace_json(simulated: Path, capsys: Capsys) -> None:
    lot, inputs, outputs = middle_lot(simulated)
    code, out, err = run(capsys, simulated, "trace", lot, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert {"backward", "forward", "pallets"} <= set(result)
    assert result["lot"] == lot
    assert {x["input_lot"] for x in result["backward"] if x["depth"] == 1} == inputs
    assert {x["output_lot"] for x in result["forward"] if x["depth"] == 1} == outputs
    assert all(x["output_lot"] == lot for x in result["backward"] if x["depth"] == 1)
    downstream = {lot} | {x["output_lot"] for x in result["forward"]}
    marks = ", ".join("?" * len(downstream))
    pallets = query(simulated, f"SELECT sscc FROM pallet WHERE lot_code IN ({marks})", *sorted(downstream))
    assert sorted(p["sscc"] for p in result["pallets"]) == sorted(r[0] for r in pallets)


def test_trace_of_an_unknown_lot_is_refused(simulated: Path, capsys: Capsys) -> None:
    code, out, err = run(capsys, simulated, "trace", "NO-SUCH-LOT")
    assert code == 2
    assert "'NO-SUCH-LOT' is not known" in err
    assert out == ""


def test_demo_fresh_never_deletes_a_real_station(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real"
    assert cli.main(["--data-dir", str(real), "init", "--station-id", "ST-09", "--station-code", "S9"]) == 0
    assert cli.main(["--data-dir", str(real), "demo", "--fresh", "--actions", "1"]) == 2
    assert "not the demo" in capsys.readouterr().err
    assert (real / "station.db").exists()


def test_demo_fresh_starts_the_demo_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo"
    assert cli.main(["--data-dir", str(demo), "demo", "--headless", "--actions", "30"]) == 0
    assert cli.main(["--data-dir", str(demo), "demo", "--headless", "--fresh", "--actions", "0"]) == 0
    out = capsys.readouterr().out.rstrip().splitlines()
    assert out[-2] == "event log OK: 0 events, hash chain intact"
    assert ": 0 events uploaded" in out[-1], "the fresh demo's station and its embedded server start over"
