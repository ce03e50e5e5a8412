"""No traceback for a person at the command line: damaged databases, unexpected errors and bad import files are
told in one or two lines with the exit code the README documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from floorstation import cli, paths
from tests.integration.test_cli import Capsys, query, run


def remove_database(root: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{root / 'station.db'}{extra}").unlink(missing_ok=True)


def assert_told(err: str) -> list[str]:
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 2, err
    assert "Traceback" not in err
    return lines


@pytest.fixture
def worked(station_dir: Path, capsys: Capsys) -> Path:
    assert run(capsys, station_dir, "simulate", "--actions", "40", "--seed", "2", "--quiet")[0] == 0
    return station_dir


def test_verify_log_on_garbage_in_the_middle_of_the_file_exits_3(worked: Path, capsys: Capsys) -> None:
    database = worked / "station.db"
    size = database.stat().st_size
    with database.open("r+b") as f:
        f.seek(size // 2)
        f.write(bytes(range(256)) * 32)

    code, out, err = run(capsys, worked, "verify-log")
    assert code == cli.EXIT_TAMPERED == 3
    assert out == ""
    [said, hint] = assert_told(err)
    assert said.startswith("event log BROKEN: The station database")
    assert "damaged" in said
    assert "floorstation restore" in hint


def test_verify_log_on_a_file_that_is_not_a_database_exits_3(worked: Path, capsys: Capsys) -> None:
    remove_database(worked)
    (worked / "station.db").write_text("these are not the pages of a database\n" * 200, encoding="utf-8")

    code, out, err = run(capsys, worked, "verify-log")
    assert code == 3
    assert out == ""
    [said, _] = assert_told(err)
    assert "is damaged (file is not a database)" in said

    code, _, err = run(capsys, worked, "events")  # every other command says the same, exit 3
    assert code == 3
    assert "is damaged" in assert_told(err)[0]


@pytest.mark.allow_log_warnings  # the traceback goes to the log file on purpose
def test_an_unexpected_error_is_two_lines_and_its_traceback_goes_to_the_log(station_dir: Path, capsys: Capsys) -> None:
    remove_database(station_dir)
    (station_dir / "station.db").mkdir()  # something SQLite cannot open, which no message foresaw

    code, _, err = run(capsys, station_dir, "events")
    assert code == cli.EXIT_BUG == 70
    [said, hint] = assert_told(err)
    assert said.startswith("floorstation: unexpected error (")
    log_file = paths.log_path(station_dir)
    assert str(log_file) in hint
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "floorstation events failed" in logged


def test_the_exit_codes_are_documented_in_the_readme() -> None:
    readme = (paths.resources_dir().parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    for code in ("0", "1", "2", "3", "4", "70"):
        assert f"`{code}`" in section, code


# --- floorstation import ----------------------------------------------------------------------------------


def imported(capsys: Capsys, root: Path, file: Path) -> tuple[int, list[str]]:
    before = query(root, "SELECT count(*) FROM material") + query(root, "SELECT count(*) FROM lot")
    code, out, err = run(capsys, root, "import", str(file))
    assert out == ""
    assert query(root, "SELECT count(*) FROM material") + query(root, "SELECT count(*) FROM lot") == before
    return code, assert_told(err)


def test_import_of_a_file_that_is_not_utf8_names_the_file_and_line(
    station_dir: Path, tmp_path: Path, capsys: Capsys
) -> None:
    file = tmp_path / "materials.csv"
    file.write_bytes("code,name,unit\nLID-2,Lid,pcs\nLID-3,Deckel für Gläser,pcs\n".encode("cp1252"))

    code, [said, hint] = imported(capsys, station_dir, file)
    assert code == 2
    assert said == "floorstation: materials.csv line 3: byte 0xfc is not UTF-8 text."
    assert "UTF-8" in hint


@pytest.mark.parametrize(
    ("quantity", "told"),
    [
        ("1e400", "lots.0.quantity: Input should be a finite number"),
        (str(2**70), "lots.0.quantity: Input should be less than or equal to 1000000000000"),
        (str(2**63), "lots.0.quantity: Input should be less than or equal to 1000000000000"),
    ],
)
def test_import_of_a_quantity_past_what_a_plant_holds_names_the_row_and_field(
    station_dir: Path, tmp_path: Path, capsys: Capsys, quantity: str, told: str
) -> None:
    file = tmp_path / "lots.json"
    file.write_text(
        '{"lots": [{"code": "L-BIG", "material": "RESIN-PP", "quantity": ' + quantity + "}]}", encoding="utf-8"
    )
    code, [said, _] = imported(capsys, station_dir, file)
    assert code == 2
    assert said.startswith("floorstation: lots.json: ")
    assert told in said


def test_import_of_a_shelf_life_past_a_century_names_the_row_and_field(
    station_dir: Path, tmp_path: Path, capsys: Capsys
) -> None:
    file = tmp_path / "plant.json"
    file.write_text(
        json.dumps({"materials": [{"code": "LID-9", "name": "Lid", "unit": "pcs", "shelf_life_days": 2**64}]}),
        encoding="utf-8",
    )
    code, [said, _] = imported(capsys, station_dir, file)
    assert code == 2
    assert said == "floorstation: plant.json: materials.0.shelf_life_days: Input should be less than or equal to 36600"


def test_import_of_deeply_nested_data_is_refused_in_one_line(station_dir: Path, tmp_path: Path, capsys: Capsys) -> None:
    file = tmp_path / "deep.json"
    file.write_text('{"materials": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, [said, _] = imported(capsys, station_dir, file)
    assert code == 2
    assert said == "floorstation: deep.json: the JSON is nested too deeply."


def test_import_of_a_bill_of_materials_past_64_bits_names_the_row_and_field(
    station_dir: Path, tmp_path: Path, capsys: Capsys
) -> None:
    file = tmp_path / "plant.json"
    file.write_text(
        json.dumps(
            {
                "work_orders": [
                    {
                        "number": "WO-9",
                        "product": "LID-9",
                        "planned_qty": 10,
                        "operations": [{"seq": 1, "machine": "M01", "name": "Mould", "bom": {"RESIN": 2**70}}],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    code, [said, _] = imported(capsys, station_dir, file)
    assert code == 2
    assert said.startswith("floorstation: plant.json: ")
    assert said.endswith("BOM quantity of RESIN must be more than zero and at most 1000000000000")
