"""Kill a recording station at random moments: nothing it acknowledged may be lost, and the log stays sound."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from floorstation.store import eventlog
from floorstation.store.db import make_engine

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 60


def run_and_kill(data_dir: Path, delay: float, stderr_path: Path) -> list[int]:
    """Start the writer, SIGKILL it ``delay`` seconds after its first line; return the seqs it acknowledged."""
    with (
        stderr_path.open("wb") as stderr,
        subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)], stdout=subprocess.PIPE, stderr=stderr, text=True
        ) as proc,
    ):
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()
            if not first.endswith("\n"):
                proc.wait()
                pytest.fail(f"the writer stopped before its first commit:\n{stderr_path.read_text()}")
            time.sleep(delay)
            proc.kill()
            rest, _ = proc.communicate()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == -9, f"the writer ended on its own:\n{stderr_path.read_text()}"
    lines = (first + rest).split("\n")
    # A line without its newline was cut by the kill mid-write; complete lines only are acknowledgements.
    return [int(line) for line in lines[:-1]]


def stored_seqs(db: Path) -> tuple[set[int], list[str]]:
    conn = sqlite3.connect(db)
    try:
        seqs = {row[0] for row in conn.execute("SELECT seq FROM event")}
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    return seqs, integrity


@pytest.mark.slow
def test_events_acknowledged_before_a_kill_survive_it(station_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(20261123)
    db = station_dir / "station.db"
    acknowledged: set[int] = set()
    for kill in range(KILLS):
        delay = rng.uniform(0.020, 0.200)
        reported = run_and_kill(station_dir, delay, tmp_path / "writer.err")
        assert reported, "the writer printed its first line, so at least one seq"
        acknowledged.update(reported)

        seqs, integrity = stored_seqs(db)
        assert integrity == ["ok"], f"after kill {kill}"
        lost = sorted(acknowledged - seqs)
        assert not lost, f"after kill {kill} (at {delay * 1000:.0f} ms): acknowledged seqs {lost[:10]} are gone"
        engine = make_engine(db)
        try:
            checked, problem = eventlog.verify(engine)
        finally:
            engine.dispose()
        assert problem is None, f"after kill {kill}: {problem}"
        assert checked == len(seqs) == max(seqs)

    # The kills really landed while the writer was busy: each run acknowledged new events.
    assert len(acknowledged) > 2 * KILLS
