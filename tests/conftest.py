"""Shared fixtures: a demo station in a temp folder, with a clock the test moves by hand."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from floorstation import bootstrap, cli
from floorstation.domain import pin_hashing

WARSAW_WINTER = timezone(timedelta(hours=1))


class ManualClock:
    """A clock that only moves when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float = 0, *, days: float = 0) -> None:
        self.current += timedelta(seconds=seconds, days=days)


#: The memory-hard step of a station's PIN verifier costs 64 MiB and ~0.4 s per key on purpose (see
#: domain/pin_hashing.py); a test suite that imports the demo plant into a server hundreds of times would spend
#: minutes on it. Tests run the same code with a cheap work factor (the verifier carries its parameters, so a
#: station checks whatever it was given); tests of the cost itself ask for ``production_pin_cost``.
PRODUCTION_SCRYPT_N = pin_hashing.SCRYPT_N
pin_hashing.SCRYPT_N = 2**10


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long runs (marked ``slow``) go first, so that with ``-n 2`` they start at once on both workers and the
    short tests fill in around them, instead of one worker finishing a long run alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def production_pin_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    """The station verifier's real work factor, for a test that measures what a guess costs."""
    monkeypatch.setattr(pin_hashing, "SCRYPT_N", PRODUCTION_SCRYPT_N)


class _Warnings(logging.Handler):
    """Every WARNING or worse logged anywhere (any thread) while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_unexpected_log_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when the code it runs logs a warning or an error it did not expect: a warning nobody reads is
    a bug waiting (qutebrowser's logfail). A test that provokes one on purpose says so with
    ``@pytest.mark.allow_log_warnings``."""
    handler = _Warnings()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_log_warnings") is None:
        said = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in handler.records[:10])
        pytest.fail(f"unexpected log warnings (mark the test allow_log_warnings if they are expected):\n{said}")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 23, 8, 0, 0, tzinfo=WARSAW_WINTER))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo station built per test worker; each test gets its own copy."""
    root = tmp_path_factory.mktemp("demo-template") / "station"
    assert cli.main(["--data-dir", str(root), "init", "--demo"]) == 0
    return root


@pytest.fixture
def station_dir(tmp_path: Path, demo_template: Path) -> Path:
    root = tmp_path / "station"
    shutil.copytree(demo_template, root)
    return root


@pytest.fixture
def station(station_dir: Path, clock: ManualClock) -> Iterator[bootstrap.Station]:
    """A demo-plant station (see resources/demo/plant.json) whose clock is ``clock``."""
    built = bootstrap.build(station_dir, clock=clock)
    yield built
    built.close()
