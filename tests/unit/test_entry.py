"""``floorstation --version`` and ``--help`` answer without loading the station (Qt, SQLAlchemy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from floorstation import __version__, cli, entry

HEAVY = ("PySide6", "sqlalchemy", "floorstation.cli", "floorstation.bootstrap")

_LOADED = r"""
import contextlib, io, json, sys
from floorstation import entry
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = entry.main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _ask(*argv: str) -> dict[str, object]:
    env = dict(os.environ, COLUMNS="100")
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *argv], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    answer: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return answer


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_answer_without_loading_qt_or_the_database(argv: list[str]) -> None:
    answer = _ask(*argv)
    assert answer["code"] == 0
    modules = answer["modules"]
    assert isinstance(modules, list)
    loaded = [m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY]
    assert loaded == []


def test_python_m_floorstation_version_prints_the_version_without_loading_the_station() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "floorstation", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == f"floorstation {__version__}"
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
    assert "floorstation.entry" in imported
    assert not {m for m in imported if m.split(".")[0] in ("PySide6", "sqlalchemy")}


def test_the_quick_help_is_the_full_commands_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert entry.quick_answer(["--help"]) == 0
    quick = capsys.readouterr().out
    assert quick == cli._parser().format_help()
    assert "verify-log" in quick


def test_a_command_goes_on_to_the_full_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.quick_answer(["events", "--help"]) is None
    assert entry.quick_answer(["--data-dir", "x"]) is None
