"""Orders in through a CSV drop folder (``floorstation-server watch DIR``): good rows imported, bad rows reported
with their line and reason, every file moved to done/ or rejected/ with its report, once, across a stop."""

from __future__ import annotations

import json
import os
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from floorstation.server import cli as server_cli
from floorstation.server.dropfolder import DropFolder, watch
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import MasterRecordRow
from tests.integration.serverkit import DEMO_PLANT

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def stored(engine: Engine, entity: str, key: str) -> dict[str, object] | None:
    with engine.connect() as conn:
        data = conn.scalar(
            select(MasterRecordRow.data_json).where(MasterRecordRow.entity == entity, MasterRecordRow.key == key)
        )
    return json.loads(data) if data is not None else None


def versions(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.max(MasterRecordRow.version))) or 0)


def report_of(path: Path) -> dict[str, object]:
    return json.loads(path.with_name(path.name + ".report.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_a_good_file_is_imported_and_filed_in_done_with_its_report(server_engine: Engine, tmp_path: Path) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "work_orders-0712.csv").write_text(
        "number,product,planned_qty,due_date,priority,status\n"
        "401/2026,CAP-28,5000,2026-12-20,3,\n"
        "304/2023,CAP-28,20000,2026-12-04,,closed\n",
        encoding="utf-8",
    )
    reports = DropFolder(server_engine, drop, settle=timedelta(0)).take_in()
    assert [(r.file, r.outcome, r.accepted, r.rejected) for r in reports] == [
        ("work_orders-0712.csv", "done", [2, 3], [])
    ]
    assert not (drop / "work_orders-0712.csv").exists()
    report = report_of(drop / "done" / "work_orders-0712.csv")
    assert report["outcome"] == "done" and report["list"] == "work_orders"
    assert report["accepted_rows"] == 2 and report["rejected_rows"] == 0
    assert stored(server_engine, "work_orders", "401/2026") is not None
    closed = stored(server_engine, "work_orders", "304/2023")
    assert closed is not None and closed["status"] == "closed"
    # The operation the demo gave 304/2023 stays with it: the file gave none.
    assert [op["machine"] for op in closed["operations"]] == ["M01"]  # type: ignore[index,union-attr]


def test_a_bad_file_imports_its_good_rows_and_reports_each_bad_one(server_engine: Engine, tmp_path: Path) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "work_orders.csv").write_text(
        "number,product,planned_qty,due_date\n"
        "402/2026,CAP-28,100,2026-12-21\n"  # good
        "403/2026,NO-SUCH,100,2026-12-21\n"  # unknown material
        "404/2026,CAP-28,-3,2026-12-21\n"  # a quantity below zero
        "402/2026,CAP-28,100,2026-12-22\n"  # the same order twice
        "405/2026,CAP-28,100,21.12.2026\n",  # a date in the wrong form
        encoding="utf-8",
    )
    (drop / "prices.csv").write_text("code,price\nX,1\n", encoding="utf-8")
    (drop / "materials.csv.part").write_text("code,name,unit\n", encoding="utf-8")  # still being written
    folder = DropFolder(server_engine, drop, settle=timedelta(0))
    reports = {r.file: r for r in folder.take_in()}
    assert set(reports) == {"work_orders.csv", "prices.csv"}
    report = report_of(drop / "rejected" / "work_orders.csv")
    assert report["outcome"] == "rejected"
    assert report["accepted_lines"] == [2] and report["accepted_rows"] == 1
    reasons = {r["line"]: r["reason"] for r in report["rejected"]}  # type: ignore[union-attr]
    assert set(reasons) == {3, 4, 5, 6}
    assert "NO-SUCH" in reasons[3] and "not in master data" in reasons[3]
    assert "planned_qty" in reasons[4] and "greater than 0" in reasons[4]
    assert "line 2" in reasons[5]
    assert "due_date" in reasons[6]
    assert stored(server_engine, "work_orders", "402/2026") is not None
    assert stored(server_engine, "work_orders", "403/2026") is None

    whole = report_of(drop / "rejected" / "prices.csv")
    assert whole["rejected"] == [
        {
            "line": 0,
            "reason": "prices.csv is not a CSV file named after a master-data list. Name it after one of: materials, "
            "machines, operators, work_orders, operations, lots, reasons, customers (e.g. work_orders.csv or "
            "work_orders-0712.csv).",
        }
    ]
    assert (drop / "materials.csv.part").exists()

    # Fixed and dropped again under the same name: filed beside the first, the good rows are not changed twice.
    before = versions(server_engine)
    (drop / "work_orders.csv").write_text(
        "number,product,planned_qty,due_date\n402/2026,CAP-28,100,2026-12-21\n403/2026,CAP-28,100,2026-12-21\n",
        encoding="utf-8",
    )
    (again,) = folder.take_in()
    assert again.outcome == "done"
    assert report_of(drop / "done" / "work_orders.csv")["accepted_rows"] == 2
    assert versions(server_engine) == before + 1  # only 403/2026 was new


def test_a_file_still_changing_waits_for_the_next_pass(server_engine: Engine, tmp_path: Path) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    drop = tmp_path / "drop"
    drop.mkdir()
    path = drop / "customers.csv"
    path.write_text("id,name\nC901,Baltic Foods\n", encoding="utf-8")
    written = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    folder = DropFolder(server_engine, drop, settle=timedelta(seconds=60))
    assert folder.take_in(written) == []  # just written: it may still be growing
    assert path.exists()
    assert [r.outcome for r in folder.take_in(written)] == ["done"]  # unchanged since the last pass


def test_a_stop_between_import_and_move_does_not_import_twice(server_engine: Engine, tmp_path: Path) -> None:
    """A stop after the rows were committed, before the file was moved: the next pass (a new process) only moves
    it. A stop before the commit: the next pass imports it."""
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "customers.csv").write_text("id,name\nC902,Gdansk Dairy\n", encoding="utf-8")
    folder = DropFolder(server_engine, drop, settle=timedelta(0))

    moved: list[Path] = []

    class Stopped(Exception):
        pass

    def stop_before_the_move(claimed: Path, name: str, report: object) -> None:
        moved.append(claimed)
        raise Stopped

    folder._file_away = stop_before_the_move  # type: ignore[method-assign,assignment]
    with pytest.raises(Stopped):
        folder.take_in()
    assert moved and moved[0].exists() and stored(server_engine, "customers", "C902") is not None
    before = versions(server_engine)
    # The customer was changed by the ERP meanwhile; the file must not undo it.
    from floorstation.domain.catalog import CustomerIn
    from floorstation.server.masterdata import upsert

    upsert(server_engine, "customers", CustomerIn(id="C902", name="Gdansk Dairy S.A."))
    (report,) = DropFolder(server_engine, drop, settle=timedelta(0)).take_in()
    assert report.outcome == "done" and report.accepted == [2]
    assert versions(server_engine) == before + 1
    assert stored(server_engine, "customers", "C902") == {"id": "C902", "name": "Gdansk Dairy S.A."}
    assert (drop / "done" / "customers.csv").exists() and not any((drop / ".taking").iterdir())

    # Stopped before the commit: the claimed file is taken in at the next pass.
    claimed = drop / ".taking" / "0123abcd__customers-2.csv"
    claimed.write_text("id,name\nC903,Lodz Foods\n", encoding="utf-8")
    (report,) = DropFolder(server_engine, drop, settle=timedelta(0)).take_in()
    assert report.file == "customers-2.csv" and report.outcome == "done"
    assert stored(server_engine, "customers", "C903") is not None


def test_watch_once_from_the_command_line(server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert server_cli.main(["import", str(DEMO_PLANT), "--db", server_db]) == 0
    drop = tmp_path / "drop"
    drop.mkdir()
    path = drop / "materials.csv"
    path.write_text("code,name,unit\nFOIL-20,Foil 20 um,m\n", encoding="utf-8")
    old = (NOW - timedelta(minutes=5)).timestamp()
    os.utime(path, (old, old))
    capsys.readouterr()
    assert server_cli.main(["watch", str(drop), "--once", "--db", server_db]) == 0
    assert "materials.csv: done, 1 rows taken, 0 refused" in capsys.readouterr().out
    assert server_cli.main(["watch", str(tmp_path / "nowhere"), "--once", "--db", server_db]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_the_watch_loop_takes_files_in_until_it_is_stopped(server_engine: Engine, tmp_path: Path) -> None:
    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    drop = tmp_path / "drop"
    drop.mkdir()
    stop = threading.Event()
    loop = threading.Thread(
        target=watch, args=(DropFolder(server_engine, drop, settle=timedelta(0)), stop, 0.05), name="drop-folder"
    )
    loop.start()
    try:
        part = drop / "customers.csv.part"
        part.write_text("id,name\nC904,Poznan Juices\n", encoding="utf-8")
        part.rename(drop / "customers.csv")
        deadline = time.monotonic() + 30
        while not (drop / "done" / "customers.csv.report.json").exists():
            assert time.monotonic() < deadline, "the file was not taken in"
            time.sleep(0.05)
    finally:
        stop.set()
        loop.join(30)
    assert not loop.is_alive()
    assert stored(server_engine, "customers", "C904") == {"id": "C904", "name": "Poznan Juices"}
