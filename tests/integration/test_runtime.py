"""The runtime starts every running piece of the station in one order and stops them all in the reverse one."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import pytest

from floorstation import paths, runtime


def _open_files(path: Path) -> list[str]:
    """This process's open descriptors on ``path`` or its WAL and shared-memory files."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def test_stopping_the_runtime_ends_every_thread_it_started_in_reverse_order_and_closes_the_database(
    station_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="floorstation.runtime")
    before = set(threading.enumerate())
    running = runtime.build(station_dir)
    running.start()
    running.start_background()
    handle = running.handle()
    assert handle.sync_status().pending == 0  # a read through the database thread
    started = {t.name.rsplit("_", 1)[0] for t in set(threading.enumerate()) - before}
    assert {"station-db", "print-worker", "floorstation-sync"} <= started

    running.stop()

    assert [t.name for t in set(threading.enumerate()) - before if t.is_alive()] == []
    assert _open_files(paths.database_path(station_dir)) == []
    said = [(r.getMessage().split()[0], r.args[0]) for r in caplog.records if r.name == runtime.__name__ and r.args]
    order = [name for verb, name in said if verb == "started"]
    assert order == ["database", "print", "gs1", "devices", "sync"]
    assert [name for verb, name in said if verb == "stopped"] == order[::-1]


def test_a_piece_the_screen_attaches_is_stopped_before_the_rest(station_dir: Path) -> None:
    seen: list[str] = []

    class Filter:
        name = "wedge"

        def start(self) -> None:
            seen.append("wedge started")

        def stop(self) -> None:
            seen.append(f"wedge stopped, database thread {'open' if not running.executor.closed else 'closed'}")

    running = runtime.build(station_dir)
    running.start()
    running.handle().attach(Filter())
    running.stop()

    assert seen == ["wedge started", "wedge stopped, database thread open"]


def test_a_transaction_of_the_running_station_outside_its_database_thread_is_a_bug(station_dir: Path) -> None:
    from floorstation.app import operators
    from floorstation.app.executor import WrongThread

    running = runtime.build(station_dir)
    running.start()
    try:
        with pytest.raises(WrongThread, match="not on the station-db thread"):
            operators.sign_in(running.ctx, badge="B1001")
        signed = running.executor.call(operators.sign_in, running.ctx, badge="B1001")
    finally:
        running.stop()

    assert signed.id == "anna"
