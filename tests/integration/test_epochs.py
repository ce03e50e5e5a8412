"""A new epoch is taken without a word only as the station's next epoch, continuing its log or restored from a
backup of it; any other fork of a station's history is stored and raised as an alarm (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from floorstation.server import enrollment
from floorstation.server.ingest import ingest
from floorstation.server.models import AlarmRow, EventFlagRow
from tests.integration.serverkit import chain

#: The server raises its epoch alarms here on purpose.
pytestmark = pytest.mark.allow_log_warnings


def alarms(engine: Engine) -> list[tuple[str, int | None, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AlarmRow.kind, AlarmRow.epoch, AlarmRow.detail))]  # type: ignore[misc]


def flags(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(EventFlagRow.event_id, EventFlagRow.code))]  # type: ignore[misc]


def test_the_next_epoch_continuing_the_log_or_restored_from_a_backup_raises_nothing(server_engine: Engine) -> None:
    enrollment.create_code(server_engine, "ST-A")
    first = chain("ST-A", 5)
    ingest(server_engine, "ST-A", first)
    # Restored from a backup taken after seq 3: epoch 2 continues from there.
    restored = chain("ST-A", 3, epoch=2, prev_hash=first[2].hash)
    assert ingest(server_engine, "ST-A", restored).acked_through == 3
    # And the next epoch after it continues from its end.
    later = chain("ST-A", 2, epoch=3, prev_hash=restored[-1].hash)
    assert ingest(server_engine, "ST-A", later).acked_through == 2
    assert alarms(server_engine) == []
    assert flags(server_engine) == []


def test_a_fork_from_an_older_epoch_is_stored_and_raised_as_an_alarm(server_engine: Engine) -> None:
    enrollment.create_code(server_engine, "ST-A")
    first = chain("ST-A", 5)
    ingest(server_engine, "ST-A", first)
    second = chain("ST-A", 2, epoch=2, prev_hash=first[-1].hash)
    ingest(server_engine, "ST-A", second)

    fork = chain("ST-A", 3, epoch=3, prev_hash=first[1].hash)  # epoch 1 seq 2, while epoch 2 exists
    answer = ingest(server_engine, "ST-A", fork)

    assert answer.acked_through == 3, "stored: exactly once still holds, keyed by (station, epoch, seq)"
    [(kind, epoch, detail)] = alarms(server_engine)
    assert (kind, epoch) == ("EPOCH_FORKED", 3)
    assert "epoch 1 seq 2" in detail and "latest epoch on the server is 2" in detail
    assert flags(server_engine) == [(fork[0].event_id, "epoch_forked")]
    assert [r.status for r in answer.results] == ["flagged"]


def test_an_epoch_that_skips_numbers_is_raised_as_an_alarm(server_engine: Engine) -> None:
    enrollment.create_code(server_engine, "ST-A")
    first = chain("ST-A", 3)
    ingest(server_engine, "ST-A", first)
    ingest(server_engine, "ST-A", chain("ST-A", 1, epoch=7, prev_hash=first[-1].hash))
    assert [kind for kind, _, _ in alarms(server_engine)] == ["EPOCH_FORKED"]
