"""Where the station keeps its server URL and token: ``server.json`` in the data folder, readable by its owner only.

Kept out of ``station.toml`` (which people edit and copy between stations) and out of the database (whose
backups would carry the token).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from floorstation.domain.errors import FloorstationError

FILE_NAME = "server.json"


@dataclass(frozen=True)
class ServerCredentials:
    url: str
    station_id: str
    token: str
    ca_bundle: str | None = None
    """A CA bundle for the server's certificate (HTTPS with a plant's own CA); None: the system's CAs."""

    @property
    def verify(self) -> bool | str:
        return self.ca_bundle or True


def path_in(root: Path) -> Path:
    return root / FILE_NAME


def save(root: Path, credentials: ServerCredentials) -> Path:
    target = path_in(root)
    tmp = target.with_suffix(".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(credentials), out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return target


def load(root: Path, station_id: str) -> ServerCredentials:
    source = path_in(root)
    if not source.is_file():
        raise FloorstationError(
            "This station is not enrolled with a server yet; its events stay here until it is.",
            "Run: floorstation enroll --server URL --code CODE (the code comes from floorstation-server enroll).",
            code="sync.not_enrolled",
        )
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        credentials = ServerCredentials(**data)
    except (ValueError, TypeError) as exc:
        raise FloorstationError(
            f"{source} cannot be read: {exc}.",
            "Enroll the station again.",
            code="sync.token_unreadable",
            params={"path": str(source), "cause": str(exc)},
        ) from None
    if credentials.station_id != station_id:
        raise FloorstationError(
            f"{source} holds the token of station {credentials.station_id}, but this is {station_id}.",
            "Enroll this station with its own code.",
            code="sync.other_token",
            params={"path": str(source), "other": credentials.station_id, "station": station_id},
        )
    return credentials
