"""Shift ends from station.toml: which one passed between two looks of the terminal, across midnight too."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from floorstation import config
from floorstation.domain.errors import InvalidInput
from floorstation.domain.shifts import last_shift_end

WARSAW = timezone(timedelta(hours=1))
ENDS = ("06:00", "14:00", "22:00")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=WARSAW)


def test_a_shift_end_between_two_looks_is_found_and_none_otherwise() -> None:
    assert last_shift_end(ENDS, at(23, 13, 59), at(23, 14, 0)) == at(23, 14)
    assert last_shift_end(ENDS, at(23, 14, 0), at(23, 14, 1)) is None  # already seen at the last look
    assert last_shift_end(ENDS, at(23, 8), at(23, 13, 59)) is None
    assert last_shift_end((), at(23, 8), at(24, 8)) is None


def test_a_terminal_asleep_over_midnight_finds_the_latest_end() -> None:
    assert last_shift_end(ENDS, at(23, 21, 50), at(24, 6, 10)) == at(24, 6)


def test_station_toml_refuses_a_shift_end_that_is_not_a_time(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('[station]\nstation_id = "ST-01"\nstation_code = "S1"\nshift_ends = ["14:00", "2pm"]\n')
    with pytest.raises(InvalidInput) as refused:
        config.load(path)
    assert "shift end '2pm' is not a time of day" in refused.value.message

    path.write_text('[station]\nstation_id = "ST-01"\nstation_code = "S1"\nshift_ends = ["06:00", "14:00"]\n')
    loaded = config.load(path)
    assert loaded.rules().shift_ends == ("06:00", "14:00")
    assert 'shift_ends = ["06:00", "14:00"]' in config.dump(loaded)
