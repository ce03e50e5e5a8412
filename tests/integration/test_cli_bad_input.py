"""The command lines given what a person gets wrong: each answer is one or two lines saying what to do, with exit
code 2, never a traceback; files the server writes are its owner's only and never written through a symlink.
The master-data formats (shared by ``floorstation import`` and ``floorstation-server import``) are fuzzed with
hypothesis: any bytes are imported or refused with one line naming the file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from floorstation import cli as station_cli
from floorstation.domain.catalog import parse_file
from floorstation.domain.errors import InvalidInput
from floorstation.server import cli
from floorstation.server.masterdata import import_catalog
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
    import_catalog(server_engine, parse_file(DEMO_PLANT.read_bytes(), "plant.json"))
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


NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet="0123456789.e-+", max_size=12),
)
LOT = st.fixed_dictionaries(
    {"code": st.text(max_size=24), "material": st.sampled_from(["M1", "", "x" * 70]), "quantity": NUMBERS},
    optional={"status": st.text(max_size=10), "expiry": st.text(max_size=12)},
)
MATERIAL = st.fixed_dictionaries(
    {"code": st.sampled_from(["M1", "M2", ""]), "name": st.text(max_size=10), "unit": st.text(max_size=4)},
    optional={"shelf_life_days": NUMBERS, "gtin": st.text(alphabet="0123456789", max_size=15)},
)
CATALOGS = st.fixed_dictionaries(
    {}, optional={"materials": st.lists(MATERIAL, max_size=3), "lots": st.lists(LOT, max_size=3)}
)
FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(data=st.one_of(st.binary(max_size=300), CATALOGS.map(lambda c: json.dumps(c, allow_nan=True).encode())))
def test_any_json_file_is_read_or_refused_with_a_named_reason(data: bytes) -> None:
    try:
        parse_file(data, "plant.json")
    except InvalidInput as exc:
        assert exc.message.startswith("plant.json") and "\n" not in exc.message


CSV_CELL = st.one_of(st.text(max_size=8), NUMBERS.map(str))


@FUZZ
@given(
    kind=st.sampled_from(["materials", "lots", "operators", "work_orders"]),
    rows=st.lists(st.lists(CSV_CELL, min_size=1, max_size=5), max_size=4),
    junk=st.binary(max_size=40),
)
def test_any_csv_file_is_read_or_refused_with_a_named_reason(kind: str, rows: list[list[str]], junk: bytes) -> None:
    header = {"materials": "code,name,unit,shelf_life_days", "lots": "code,material,quantity,expiry"}.get(kind, "id")
    text = header + "\n" + "\n".join(",".join(r) for r in rows)
    for data in (text.encode(), text.encode() + junk):
        try:
            parse_file(data, f"{kind}.csv")
        except InvalidInput as exc:
            assert exc.message.startswith(f"{kind}.csv") and "\n" not in exc.message


def test_whatever_the_fuzzer_reads_the_server_can_store(server_engine: Engine) -> None:
    """What parses is stored without a database error: the bounds on quantities and days fit the columns."""
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
