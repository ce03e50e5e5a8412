"""Kill a recording station at random moments: nothing it acknowledged may be lost, and the log stays sound."""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from floorstation.store import eventlog
from floorstation.store.db import make_engine
from tests.integration import crash_writer

KILLS = 60
BUSY_AFTER = 3
"""Acknowledgements a writer has sent when its random kill delay starts."""


@pytest.fixture(scope="module")
def processes() -> ForkServerContext:
    """Writer processes forked from a server process that has imported the station's code once: each is a process
    of its own (its own engine, connections and file handles, SIGKILLed like any), without an interpreter start."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([crash_writer.__name__])
    return context


def run_and_kill(processes: ForkServerContext, data_dir: Path, delay: float) -> list[int]:
    """Start a writer, SIGKILL it ``delay`` seconds after its third acknowledgement; return the seqs it
    acknowledged."""
    acks, sending_end = processes.Pipe(duplex=False)
    proc = processes.Process(target=crash_writer.write_until_killed, args=(data_dir, sending_end), daemon=True)
    proc.start()
    sending_end.close()
    received: list[bytes] = []
    try:
        # Killed once it is busy writing (its first commits made, whatever the machine's load): at a random moment
        # of its loop, never before it got going.
        while len(received) < BUSY_AFTER:
            try:
                received.append(acks.recv_bytes())
            except EOFError:
                proc.join(30)
                pytest.fail(f"the writer stopped after {len(received)} commits (exit code {proc.exitcode})")
            if received[-1].startswith(crash_writer.FAILED):
                break
        time.sleep(delay)
        proc.kill()
        proc.join(30)
        while True:  # what it sent before the kill (a message is in the pipe whole or not at all)
            try:
                received.append(acks.recv_bytes())
            except EOFError:
                break
    finally:
        if proc.exitcode is None:
            proc.kill()
            proc.join(30)
        acks.close()
    failed = [m for m in received if m.startswith(crash_writer.FAILED)]
    assert not failed, f"the writer stopped on an error:\n{failed[0][1:].decode()}"
    assert proc.exitcode == -9, f"the writer ended on its own (exit code {proc.exitcode})"
    return [int(m) for m in received]


def stored_seqs(db: Path) -> tuple[set[int], list[str]]:
    conn = sqlite3.connect(db)
    try:
        seqs = {row[0] for row in conn.execute("SELECT seq FROM event")}
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    return seqs, integrity


@pytest.mark.slow
def test_events_acknowledged_before_a_kill_survive_it(station_dir: Path, processes: ForkServerContext) -> None:
    rng = random.Random(20261123)
    db = station_dir / "station.db"
    acknowledged: set[int] = set()
    for kill in range(KILLS):
        delay = rng.uniform(0.020, 0.200)
        reported = run_and_kill(processes, station_dir, delay)
        assert len(reported) >= BUSY_AFTER, "the writer was killed once busy, so after its first seqs"
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
