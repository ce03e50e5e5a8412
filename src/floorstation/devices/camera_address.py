"""A camera's address: ``0`` or ``/dev/video0`` (a device), ``rtsp://`` / ``http(s)://`` (a network camera),
``file:///path/video.mp4`` (a video file) and ``folder:///path/`` (an image folder), with ``?fps=``, ``?loop=1`` and
(folders) ``?hold=``; see ``devices/camera_sources.py``, which opens them.

Parsing needs no OpenCV, so a station's configuration is checked at start-up without loading it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

from floorstation.domain.errors import InvalidInput

__all__ = ["CameraAddress", "parse_camera_address", "redact"]


@dataclass(frozen=True, slots=True)
class CameraAddress:
    """A parsed camera address (see the module docstring for the forms)."""

    kind: Literal["device", "stream", "file", "folder"]
    target: int | str
    """Device index, device path, stream URL, or file/folder path."""
    fps: float | None = None
    """Playback rate (frames/s) for files and folders; ``None``: the file's own rate, 5 for folders."""
    loop: bool = False
    hold: int = 3
    """Folders: how many frames each image stays in view (the rules need two reads)."""

    @property
    def finite(self) -> bool:
        return self.kind in ("file", "folder") and not self.loop


def parse_camera_address(address: str) -> CameraAddress:
    """Raises ``InvalidInput`` for something that cannot be a camera address."""
    text = address.strip()
    if not text:
        raise InvalidInput("The camera address is empty.", "Use a device such as 0 or /dev/video0, or a file.")
    if text.isdigit():
        return CameraAddress("device", int(text))
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("rtsp", "rtsps", "http", "https"):
        return CameraAddress("stream", text)
    if scheme in ("file", "folder"):
        if parts.netloc not in ("", "localhost"):
            raise InvalidInput(f"{address!r}: only local files can be a camera.", "Write file:///path/video.mp4.")
        query = parse_qs(parts.query)
        try:
            fps = float(query["fps"][-1]) if "fps" in query else None
            hold = int(query["hold"][-1]) if "hold" in query else 3
        except ValueError as exc:
            raise InvalidInput(f"{address!r}: fps and hold must be numbers.") from exc
        if (fps is not None and fps <= 0) or hold < 1:
            raise InvalidInput(f"{address!r}: fps must be above 0 and hold at least 1.")
        loop = query.get("loop", ["0"])[-1].lower() in ("1", "true", "yes")
        kind: Literal["file", "folder"] = "file" if scheme == "file" else "folder"
        return CameraAddress(kind, unquote(parts.path), fps=fps, loop=loop, hold=hold)
    if len(scheme) > 1:
        raise InvalidInput(
            f"{address!r} is not a camera address.",
            "Use 0, /dev/video0, rtsp://..., file:///path/video.mp4 or folder:///path/.",
        )
    if text.startswith("/dev/"):
        return CameraAddress("device", text)
    return CameraAddress("folder" if Path(text).is_dir() else "file", text)


def redact(address: str) -> str:
    """The address without a password, for scan sources, logs and the screen."""
    parts = urlsplit(address)
    if parts.password is None:
        return address
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return parts._replace(netloc=netloc).geturl()
