"""Where a camera's pictures come from: its address, parsed, and a reader that hands out one frame at a time.

Addresses: ``0`` or ``/dev/video0`` (a device), ``rtsp://`` / ``http(s)://`` (a network camera),
``file:///path/video.mp4`` (a video file, played at its own rate) and ``folder:///path/`` (an image folder,
each image held for a few frames). Files and folders take ``?fps=`` (playback rate), ``?loop=1``, and folders
``?hold=`` (frames per image). A plain path works too. Parsing lives in ``devices/camera_address.py`` (no
OpenCV there, so checking a configuration does not load it).

:func:`open_frames` opens the reader for an address, afresh each time (a device handle is never kept across a
replug); what cannot be opened now raises ``CameraUnavailable`` with the state the camera is in, which the
camera (``devices/camera.py``) reports and retries.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from floorstation.devices.camera_address import CameraAddress, parse_camera_address, redact
from floorstation.devices.status import CameraState
from floorstation.domain.errors import FloorstationError

__all__ = [
    "IMAGE_SUFFIXES",
    "STREAM_TIMEOUT_MS",
    "CameraAddress",
    "CameraUnavailable",
    "Frames",
    "folder_images",
    "open_frames",
    "parse_camera_address",
    "redact",
]

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"})
STREAM_TIMEOUT_MS = 5000
"""How long a network camera may take to answer, so that a dead one cannot hold up ``stop``."""


class Frames(Protocol):
    fps: float | None
    """Frames per second to pace playback at; ``None`` for a live camera (reading waits for the next frame)."""

    def read(self) -> np.ndarray | None:
        """The next frame, or ``None`` at the end of a file or when a camera stopped sending."""
        ...

    def close(self) -> None: ...


class _Capture:
    def __init__(self, capture: cv2.VideoCapture, fps: float | None) -> None:
        self._capture, self.fps = capture, fps

    def read(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        return frame if ok else None

    def close(self) -> None:
        self._capture.release()


class _Folder:
    """Images of a folder in name order, each repeated ``hold`` times like a card held up to a camera."""

    def __init__(self, images: list[Path], hold: int, fps: float | None) -> None:
        self._images, self._hold, self.fps = images, hold, fps
        self._index = 0
        self._current: np.ndarray | None = None

    def read(self) -> np.ndarray | None:
        while True:
            image, repeat = divmod(self._index, self._hold)
            if image >= len(self._images):
                return None
            if repeat == 0:
                self._current = cv2.imread(str(self._images[image]), cv2.IMREAD_COLOR)
            if self._current is not None:
                self._index += 1
                return self._current
            log.warning("cannot read image %s; skipped", self._images[image])
            self._index += self._hold

    def close(self) -> None:
        self._current = None


class CameraUnavailable(FloorstationError):
    """The camera, file or folder cannot be opened now (a status for ``Camera``, an error for ``read_video``)."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        state: CameraState,
        code: str = "",
        params: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, hint, code=code, params=params)
        self.state = state


def folder_images(folder: Path) -> list[Path]:
    """The images a folder camera shows, in the order it shows them."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


def open_frames(address: CameraAddress, *, width: int = 1280, height: int = 720) -> Frames:
    """Open the frame reader for ``address``; raises ``CameraUnavailable`` when it cannot be opened now."""
    if address.kind == "folder":
        folder = Path(str(address.target))
        if not folder.is_dir():
            raise CameraUnavailable(
                f"No image folder at {folder}.",
                state=CameraState.ERROR,
                code="camera.no_folder",
                params={"path": str(folder)},
            )
        images = folder_images(folder)
        if not images:
            raise CameraUnavailable(
                f"No images in {folder}.",
                "Add .png or .jpg files.",
                state=CameraState.ERROR,
                code="camera.no_images",
                params={"path": str(folder)},
            )
        return _Folder(images, address.hold, address.fps or 5.0)
    if address.kind == "file":
        path = Path(str(address.target))
        if not path.is_file():
            raise CameraUnavailable(
                f"No video file at {path}.", state=CameraState.ERROR, code="camera.no_video", params={"path": str(path)}
            )
        capture = cv2.VideoCapture(str(path))
        if not capture.isOpened():
            raise CameraUnavailable(
                f"{path} cannot be played as a video.",
                "Use MJPG .avi or .mp4.",
                state=CameraState.ERROR,
                code="camera.not_a_video",
                params={"path": str(path)},
            )
        own_fps = capture.get(cv2.CAP_PROP_FPS)
        return _Capture(capture, address.fps or (own_fps if 0 < own_fps < 1000 else 25.0))
    if address.kind == "device":
        target = address.target
        node = Path(target) if isinstance(target, str) else Path(f"/dev/video{target}")
        # Asking OpenCV for a missing device only fills the log with backend noise.
        if sys.platform.startswith("linux") and not node.exists():
            raise CameraUnavailable(
                f"No camera at {node}.",
                "Check the cable.",
                state=CameraState.DISCONNECTED,
                code="camera.missing",
                params={"camera": str(node)},
            )
        api = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
        capture = cv2.VideoCapture(str(node) if isinstance(target, str) else target, api)
        if not capture.isOpened():
            raise CameraUnavailable(
                f"Camera {target} cannot be opened.",
                "Is another program using it? Does this user have access to video devices?",
                state=CameraState.DISCONNECTED,
                code="camera.busy",
                params={"camera": str(target)},
            )
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        return _Capture(capture, None)
    timeouts = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, STREAM_TIMEOUT_MS, cv2.CAP_PROP_READ_TIMEOUT_MSEC, STREAM_TIMEOUT_MS]
    capture = cv2.VideoCapture(str(address.target), cv2.CAP_FFMPEG, timeouts)
    if not capture.isOpened():
        shown = redact(str(address.target))
        raise CameraUnavailable(
            f"No picture from {shown}.",
            state=CameraState.DISCONNECTED,
            code="camera.no_picture",
            params={"camera": shown},
        )
    return _Capture(capture, None)
