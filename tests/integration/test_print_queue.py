"""The print queue: a card waits for a printer that is off or out of paper, survives a killed terminal, and is
printed exactly once — unless someone asks for a reprint, which is recorded as one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from floorstation import bootstrap
from floorstation.app import printing
from floorstation.domain.errors import NotAllowedNow
from floorstation.domain.printjobs import JobState
from floorstation.store import eventlog
from tests.conftest import ManualClock
from tests.integration.print_station import Printable, printable
from tests.integration.printer_fakes import PAPER_OUT, FakePrinter, free_port


@pytest.fixture
def setup(station: bootstrap.Station) -> Printable:
    return printable(station)


def _printed(station: bootstrap.Station) -> list[dict[str, object]]:
    with station.engine.connect() as conn:
        return [e.payload for e in eventlog.iter_events(conn) if e.type == "card.printed"]


def test_printer_off_then_on_prints_once(setup: Printable, clock: ManualClock) -> None:
    port = free_port()
    url = f"escpos+tcp://127.0.0.1:{port}"
    job = printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url)
    waiting = setup.worker.run_once()
    assert waiting is not None and waiting.state is JobState.QUEUED and waiting.attempts == 1
    assert waiting.last_error is not None and "does not answer" in waiting.last_error
    assert setup.worker.run_once() is None  # not due again before its retry time
    clock.advance(3)
    again = setup.worker.run_once()
    assert again is not None and again.state is JobState.QUEUED and again.attempts == 2
    assert _printed(setup.station) == []

    fake = FakePrinter(port=port)
    try:
        clock.advance(5)
        done = setup.worker.run_once()
        assert done is not None and done.id == job.id and done.state is JobState.DONE
        clock.advance(120)
        assert setup.worker.run_once() is None
        assert len(fake.wait_for_jobs(1)) == 1
        time.sleep(0.1)
        assert len(fake.jobs) == 1
    finally:
        fake.close()
    assert _printed(setup.station) == [
        {"card": "pallet", "subject": setup.pallet.sscc, "printer": url, "reprint": False}
    ]


def test_paper_out_waits_until_paper_is_loaded(setup: Printable, clock: ManualClock) -> None:
    fake = FakePrinter()
    fake.status[4] = PAPER_OUT
    try:
        url = f"escpos+tcp://{fake.url_host}"
        printing.request_card(setup.pctx, "marta", "lot", setup.lot, url)
        waiting = setup.worker.run_once()
        assert waiting is not None and waiting.state is JobState.QUEUED
        assert waiting.last_error is not None and "out of paper" in waiting.last_error
        assert fake.wait_for_jobs(1, timeout=0.3) == []  # asked for status, sent nothing
        fake.status[4] = 0x12
        clock.advance(3)
        done = setup.worker.run_once()
        assert done is not None and done.state is JobState.DONE
        assert len(fake.wait_for_jobs(1)) == 1
    finally:
        fake.close()


def test_zpl_paper_out_from_host_status(setup: Printable, clock: ManualClock) -> None:
    from tests.integration.printer_fakes import HS_PAPER_OUT, HS_READY

    fake = FakePrinter(hs_reply=HS_PAPER_OUT)
    try:
        printing.request_card(setup.pctx, None, "pallet", setup.pallet.sscc, f"zpl+tcp://{fake.url_host}")
        waiting = setup.worker.run_once()
        assert waiting is not None and waiting.state is JobState.QUEUED and "out of paper" in str(waiting.last_error)
        fake.hs_reply = HS_READY
        clock.advance(3)
        assert setup.worker.run_once() is not None
        [job] = fake.wait_for_jobs(1)
        assert job.startswith(b"^XA") and job.rstrip().endswith(b"^XZ")
    finally:
        fake.close()


def test_a_second_card_needs_reprint_and_is_recorded_as_one(setup: Printable, tmp_path: Path) -> None:
    url = f"pdf://{tmp_path}/cards/"
    printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url)
    with pytest.raises(NotAllowedNow, match="already printed or is waiting"):  # queued, not printed yet
        printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url)
    setup.worker.run_once()
    with pytest.raises(NotAllowedNow, match="Reprint"):
        printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url)
    job = printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url, reprint=True)
    assert job.reprint
    done = setup.worker.run_once()
    assert done is not None and done.state is JobState.DONE
    assert [p["reprint"] for p in _printed(setup.station)] == [False, True]
    with setup.station.engine.connect() as conn:
        last = eventlog.tail(conn, 1)[0]
    assert last.event_id == done.event_id and last.operator_id == "marta"  # job and event: one transaction
    assert sorted(p.name for p in (tmp_path / "cards").iterdir()) == [
        f"pallet-{setup.pallet.sscc}-reprint.pdf",
        f"pallet-{setup.pallet.sscc}.pdf",
    ]


def test_a_reprint_of_a_card_never_printed_is_a_first_print(setup: Printable, tmp_path: Path) -> None:
    job = printing.request_card(setup.pctx, "marta", "lot", setup.lot, f"pdf://{tmp_path}/x.pdf", reprint=True)
    assert not job.reprint


# --- real processes, killed ----------------------------------------------------------------------------------


def _cli(station_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "floorstation", "--data-dir", str(station_dir), *args]


def _jobs(station_dir: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(station_dir / "station.db")
    try:
        return list(conn.execute("SELECT state, attempts FROM print_job"))
    finally:
        conn.close()


def _wait(predicate: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.fixture
def real_clock_setup(station_dir: Path) -> Printable:
    station = bootstrap.build(station_dir)
    try:
        return printable(station)
    finally:
        station.close()


def test_killed_with_the_job_queued_prints_once_after_restart(real_clock_setup: Printable, station_dir: Path) -> None:
    port = free_port()
    url = f"escpos+tcp://127.0.0.1:{port}"
    proc = subprocess.Popen(
        _cli(station_dir, "print", "pallet-card", real_clock_setup.pallet.sscc, "--printer", url, "--wait", "60"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Queued again after its first try (not caught between claiming and putting it back: that is "printing").
        _wait(lambda: any(state == "queued" and attempts >= 1 for state, attempts in _jobs(station_dir)))
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert [state for state, _ in _jobs(station_dir)] == ["queued"]
    fake = FakePrinter(port=port)
    try:
        done = subprocess.run(
            _cli(station_dir, "print", "run", "--wait", "20"), check=False, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert len(fake.wait_for_jobs(1)) == 1
        again = subprocess.run(_cli(station_dir, "print", "run"), check=False, capture_output=True, text=True)
        assert again.returncode == 0
        time.sleep(0.1)
        assert len(fake.jobs) == 1
    finally:
        fake.close()
    assert [state for state, _ in _jobs(station_dir)] == ["done"]


def test_killed_while_sending_is_left_for_a_person_not_resent(real_clock_setup: Printable, station_dir: Path) -> None:
    fake = FakePrinter(answer=False)  # takes the connection, never answers the status query
    url = f"escpos+tcp://{fake.url_host}?timeout=30"
    try:
        proc = subprocess.Popen(
            _cli(station_dir, "print", "lot-card", real_clock_setup.lot, "--printer", url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait(lambda: fake.queries >= 1 and [s for s, _ in _jobs(station_dir)] == ["printing"])
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait()
        fake.answer = True
        run = subprocess.run(_cli(station_dir, "print", "run"), check=False, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert "uncertain" in run.stdout
        time.sleep(0.2)
        assert fake.jobs == []  # nothing resent on its own
        job_id = run.stdout.split()[0]
        retried = subprocess.run(
            _cli(station_dir, "print", "retry", job_id), check=False, capture_output=True, text=True
        )
        assert retried.returncode == 0, retried.stderr
        assert len(fake.wait_for_jobs(1)) == 1
    finally:
        fake.close()
