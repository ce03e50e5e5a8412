"""The command lines given what a person gets wrong: each answer is one or two lines saying what to do, with exit
code 2, never a traceback; files the server writes are its owner's only and never written through a symlink.
(The master-data formats themselves are fuzzed in ``tests/unit/test_catalog_fuzz.py``.)"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine

from floorstation import cli as station_cli
from floorstation.server import cli
from floorstation.server.masterdata import import_catalog, read_catalog
from tests.integration.serverkit import DEMO_PLANT

Capsys = pytest.CaptureFixture[str]


def refused(capsys: Capsys, *args: str) -> str:
    """Run the server command; it must refuse with exit 2 and one or two lines, no traceback."""
    capsys.readouterr()
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code == cli.EXIT_USER_ERROR, (code, out, err)
    assert "Traceback" not in err and 1 <= len(err.strip().splitlines()) <= 2, err
    return err


def test_an_existing_sqlite_database_is_made_private(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "server.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    assert cli.main(["migrate", "--db", f"sqlite:///{path}"]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("days", ["1e9", "-1", "0", "nan", "inf", "seven"])
def test_enroll_valid_days_out_of_range_is_refused_in_one_line(server_db: str, capsys: Capsys, days: str) -> None:
    err = refused(capsys, "enroll", "ST-01", "--valid-days", days, "--db", server_db)
    assert ("--valid-days" in err and "1 to 3650" in err) or "not a number" in err


def test_recall_output_is_private_refuses_symlinks_and_missing_folders(
    server_db: str, server_engine: Engine, tmp_path: Path, capsys: Capsys
) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    lot = json.loads(DEMO_PLANT.read_text())["lots"][0]["code"]
    report = tmp_path / "recall.json"
    assert cli.main(["recall", lot, "--output", str(report), "--db", server_db]) == 0
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert json.loads(report.read_text())

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    err = refused(capsys, "recall", lot, "--output", str(link), "--db", server_db)
    assert "symbolic link" in err
    assert victim.read_text() == "keep me"

    err = refused(capsys, "recall", lot, "--output", str(tmp_path / "no" / "such" / "r.json"), "--db", server_db)
    assert "does not exist" in err
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("server.db"))
    assert left == ["link.json", "recall.json", "victim.txt"], "no temporary file left behind"


BAD_FILES = {
    "latin1.csv": ("code,name,unit\nM1,Gew\xfcrz,kg\n".encode("latin-1"), "line 2"),
    "huge.json": (b'{"lots": [{"code": "L1", "material": "M1", "quantity": 1e400}]}', "lots.0.quantity"),
    "int64.json": (b'{"lots": [{"code": "L1", "material": "M1", "quantity": 9223372036854775808}]}', "quantity"),
    "deep.json": (b'{"materials": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
    "nul.csv": (b"code,name,unit\nM1,a\x00b,kg\n", "line"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_master_data_file_is_named_in_one_or_two_lines(
    name: str, server_db: str, tmp_path: Path, capsys: Capsys
) -> None:
    data, where = BAD_FILES[name]
    path = tmp_path / name.replace("latin1", "materials").replace("nul", "materials")
    path.write_bytes(data)
    err = refused(capsys, "import", str(path), "--db", server_db)
    assert path.name in err and where in err, err


def test_a_duplicate_row_says_which_key(server_db: str, tmp_path: Path, capsys: Capsys, station_dir: Path) -> None:
    path = tmp_path / "reasons.json"
    row = {"kind": "pause", "code": "BRK", "label": "Break"}
    path.write_text(json.dumps({"reasons": [row, row], "materials": [{"code": "M", "name": "m", "unit": "kg"}] * 2}))
    err = refused(capsys, "import", str(path), "--db", server_db)
    assert "{" not in err and "appears twice" in err
    capsys.readouterr()
    assert station_cli.main(["--data-dir", str(station_dir), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "{" not in err and "appears twice" in err and "Traceback" not in err


def test_the_station_import_names_a_bad_file_too(station_dir: Path, tmp_path: Path, capsys: Capsys) -> None:
    for name, (data, where) in sorted(BAD_FILES.items()):
        path = tmp_path / name.replace("latin1", "materials").replace("nul", "materials")
        path.write_bytes(data)
        capsys.readouterr()
        assert station_cli.main(["--data-dir", str(station_dir), "import", str(path)]) == 2, name
        err = capsys.readouterr().err
        assert path.name in err and where in err and "Traceback" not in err, err


def test_whatever_the_fuzzer_reads_the_server_can_store(server_engine: Engine) -> None:
    """What parses is stored without a database error: the bounds on quantities and days fit the columns."""
    from floorstation.domain.catalog import parse_file

    catalog = parse_file(
        json.dumps(
            {
                "materials": [{"code": "M1", "name": "m", "unit": "kg", "shelf_life_days": 36_600}],
                "lots": [{"code": "L1", "material": "M1", "quantity": "1000000000000"}],
            }
        ).encode(),
        "plant.json",
    )
    assert import_catalog(server_engine, catalog) == {"materials": 1, "lots": 1}
