"""``floorstation print``: the command-line contract (exit codes, refusals, the job list)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from floorstation import bootstrap, cli
from tests.integration.print_station import printable
from tests.integration.printer_fakes import FakePrinter, free_port


def test_print_lot_card_then_refuse_then_reprint(station_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    station = bootstrap.build(station_dir)
    try:
        lot = printable(station).lot
    finally:
        station.close()
    fake = FakePrinter()
    base = ["--data-dir", str(station_dir), "print"]
    url = f"escpos+tcp://{fake.url_host}"
    try:
        assert cli.main([*base, "lot-card", lot, "--printer", url, "--operator", "marta"]) == 0
        assert cli.main([*base, "lot-card", lot, "--printer", url]) == 2
        assert "REPRINT" in capsys.readouterr().err.upper()
        assert cli.main([*base, "lot-card", lot, "--printer", url, "--reprint"]) == 0
        assert len(fake.wait_for_jobs(2)) == 2
        assert b"REPRINT" in fake.jobs[1] and b"REPRINT" not in fake.jobs[0]
    finally:
        fake.close()
    off = f"escpos+tcp://127.0.0.1:{free_port()}"
    assert cli.main([*base, "lot-card", "PP-2401", "--printer", off, "--wait", "0"]) == 4
    capsys.readouterr()
    assert cli.main([*base, "jobs", "--all", "--json"]) == 0
    jobs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(j["state"] for j in jobs) == ["done", "done", "queued"]
    assert cli.main([*base, "lot-card", "PP-2401", "--printer", "http://nope"]) == 2


def test_preview_and_bad_urls(station_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "lot.png"
    assert cli.main(["--data-dir", str(station_dir), "print", "preview", "lot-card", "PP-2401", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    assert cli.main(["--data-dir", str(station_dir), "print", "test-card", "--printer", "zpl+tcp://"]) == 2


def test_a_relative_pdf_folder_is_the_stations_data_folder_whatever_the_current_folder(
    station_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    base = ["--data-dir", str(station_dir), "print"]
    assert cli.main([*base, "lot-card", "PP-2401", "--printer", "pdf:cards/"]) == 0
    assert cli.main([*base, "test-card", "--printer", "pdf:test/"]) == 0
    assert [p.suffix for p in (station_dir / "cards").iterdir()] == [".pdf"]
    assert [p.suffix for p in (station_dir / "test").iterdir()] == [".pdf"]
    assert list(elsewhere.iterdir()) == []
