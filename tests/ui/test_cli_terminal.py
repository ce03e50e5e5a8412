"""`floorstation` and `floorstation demo` start the terminal on the station, with its sync thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from floorstation import cli
from floorstation.ui import application


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replaces the Qt event loop: records how the terminal would have been started."""
    calls: list[dict[str, Any]] = []

    def run(station: Any, **options: Any) -> int:
        calls.append({"station_id": station.config.station_id, **options, "sync": station.sync_status()})
        return 0

    monkeypatch.setattr(application, "run", run)
    return calls


def test_floorstation_without_a_command_starts_the_kiosk_terminal(
    station_dir: Path, started: list[dict[str, Any]]
) -> None:
    assert cli.main(["--data-dir", str(station_dir), "--fullscreen"]) == 0

    [call] = started
    assert (call["station_id"], call["fullscreen"], call["demo"]) == ("ST-01", True, False)
    assert call["sync"].online is False
    assert call["sync"].pending == 0


def test_floorstation_demo_creates_the_plant_and_starts_the_terminal_with_the_demo_panel(
    tmp_path: Path, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "demo"
    assert cli.main(["--data-dir", str(root), "demo", "--actions", "0"]) == 0

    [call] = started
    assert (call["station_id"], call["fullscreen"], call["demo"]) == ("ST-01", False, True)
    assert (root / "DEMO").exists()
    assert "event log OK" in capsys.readouterr().out


def test_floorstation_on_an_empty_folder_says_how_to_create_a_station(
    tmp_path: Path, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "nothing")]) == 2
    assert "floorstation init" in capsys.readouterr().err
    assert started == []


def test_the_sync_and_device_threads_start_once_the_first_screen_is_up(
    station_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def run(station: Any, **options: Any) -> int:
        seen["before"] = station.sync_status()
        station.after_first_screen()  # what the terminal calls 0.2 s after its first screen
        seen["after"] = station.sync_status()
        seen["devices"] = station.devices.statuses()
        return 0

    monkeypatch.setattr(application, "run", run)
    assert cli.main(["--data-dir", str(station_dir)]) == 0

    assert (seen["before"].online, seen["before"].last_error) == (False, "starting")
    assert type(seen["after"]).__name__ == "SyncStatus"
    assert [s.kind for s in seen["devices"]] == ["wedge", "camera"]  # the demo station's
