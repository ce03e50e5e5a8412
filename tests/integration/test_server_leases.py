"""Periodic work shared by several server processes on one database (``server/leases.py``): a job another process
is running is skipped, a job with a period runs once per period between them, and a job that failed is tried
again by the next process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from floorstation.server import leases
from floorstation.server.db import open_database


@pytest.fixture
def two_processes(server_db: str) -> Iterator[tuple[Engine, Engine]]:
    """Two engines on one database: each server process has its own connections."""
    first, second = open_database(server_db), open_database(server_db)
    yield first, second
    first.dispose()
    second.dispose()


def test_a_job_another_process_is_running_is_skipped(two_processes: tuple[Engine, Engine]) -> None:
    first, second = two_processes
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def long_job() -> str:
        started.set()
        assert release.wait(30)
        ran.append("first")
        return "done"

    answers: list[str | None] = []
    worker = threading.Thread(
        target=lambda: answers.append(leases.run_once_across_replicas(first, "webhooks", long_job))
    )
    worker.start()
    try:
        assert started.wait(30)
        assert leases.run_once_across_replicas(second, "webhooks", lambda: ran.append("second")) is None
    finally:
        release.set()
        worker.join(30)
    assert answers == ["done"] and ran == ["first"]
    # Once the first has finished, the job is free again (no period: mutual exclusion only).
    assert leases.run_once_across_replicas(second, "webhooks", lambda: "again") == "again"
    assert leases.runs(first, "webhooks") == 2


def test_a_daily_job_runs_once_a_day_between_processes_and_again_after_a_failure(
    two_processes: tuple[Engine, Engine],
) -> None:
    first, second = two_processes
    day = timedelta(days=1)

    def failing() -> None:
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        leases.run_once_across_replicas(first, "feed-retention", failing, every=day)
    assert leases.run_once_across_replicas(second, "feed-retention", lambda: "retired", every=day) == "retired", (
        "a failed run does not count as done"
    )
    assert leases.run_once_across_replicas(first, "feed-retention", lambda: "twice", every=day) is None
    assert leases.run_once_across_replicas(second, "feed-retention", lambda: "twice", every=day) is None
    assert leases.run_once_across_replicas(first, "feed-retention", lambda: "now", every=timedelta(0)) == "now"
    assert leases.runs(second, "feed-retention") == 3
