"""What the installed program (the Debian package) relies on: its log reaches the journal under systemd, it finds
its theme and translations outside a checkout, and settings that name no station yet are refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from floorstation import config, paths
from floorstation.domain.errors import InvalidInput

LOG_SOMETHING = """
import logging, sys
from pathlib import Path
from floorstation import logfile
with logfile.recording(Path(sys.argv[1])):
    logging.getLogger("floorstation.runtime").info("started print")
"""


def _log_with_stderr_to(tmp_path: Path, *, journal: bool) -> str:
    """Run the program's logging with standard error to a file, as systemd hands the journal's stream to a unit."""
    (tmp_path / "station").mkdir()
    stderr = tmp_path / "stderr"
    with stderr.open("w") as err:
        status = os.fstat(err.fileno())
        env = {k: v for k, v in os.environ.items() if k != "JOURNAL_STREAM"}
        if journal:
            env["JOURNAL_STREAM"] = f"{status.st_dev}:{status.st_ino}"
        subprocess.run(
            [sys.executable, "-c", LOG_SOMETHING, str(tmp_path / "station")], stderr=err, env=env, check=True
        )
    return stderr.read_text()


def test_under_systemd_the_log_also_goes_to_the_journal(tmp_path: Path) -> None:
    said = _log_with_stderr_to(tmp_path, journal=True)
    assert said.strip() == "INFO floorstation.runtime [MainThread]: started print"
    assert "started print" in (tmp_path / "station" / "logs" / "floorstation.log").read_text()


def test_on_a_terminal_the_log_stays_in_its_file(tmp_path: Path) -> None:
    assert _log_with_stderr_to(tmp_path, journal=False) == ""
    assert "started print" in (tmp_path / "station" / "logs" / "floorstation.log").read_text()


def test_installed_outside_a_checkout_the_resources_are_in_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.resources_dir() == Path(paths.__file__).resolve().parents[2] / "resources"
    installed = tmp_path / "venv" / "lib" / "python3.11" / "site-packages" / "floorstation" / "paths.py"
    monkeypatch.setattr(paths, "__file__", str(installed))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "venv"))
    assert paths.resources_dir() == tmp_path / "venv" / "share" / "floorstation" / "resources"


def test_settings_that_name_no_station_are_refused_with_what_to_set(tmp_path: Path) -> None:
    settings = tmp_path / "station.toml"
    settings.write_text('[station]\nstation_id = ""\nstation_code = "G7"\n')
    with pytest.raises(InvalidInput) as refused:
        config.load(settings)
    assert "station_id not set" in refused.value.message
    assert "station_id and station_code" in (refused.value.hint or "")


def test_a_setting_saved_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    real = tmp_path / "etc" / "station.toml"
    real.write_text('[station]\nstation_id = "ST-07"\nstation_code = "G7"\n')
    link = tmp_path / "station.toml"
    link.symlink_to(real)
    config.save_station_option(link, "name", "Dock 2")
    assert link.is_symlink() and config.load(real).name == "Dock 2"
