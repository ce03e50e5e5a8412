"""Where the station keeps its files: platformdirs defaults, overridable by --data-dir / FLOORSTATION_DATA_DIR."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "FLOORSTATION_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    if env := os.environ.get(ENV_DATA_DIR):
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("floorstation", appauthor=False))


def database_path(root: Path) -> Path:
    return root / "station.db"


def config_path(root: Path) -> Path:
    return root / "station.toml"


def backup_dir(root: Path) -> Path:
    return root / "backups"


def log_path(root: Path) -> Path:
    """The station's rotating log (INFO and up, Qt's messages, the traceback of anything unexpected)."""
    return root / "logs" / "floorstation.log"


def resources_dir() -> Path:
    """The theme, translations and demo plant: the checkout's resources/ folder when the project runs from its
    checkout (installed editable), else ``<environment>/share/floorstation/resources`` (where the Debian package
    puts them, ``make package``)."""
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "floorstation" / "resources"
