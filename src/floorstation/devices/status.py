"""A camera's own states, and how they show as a device's state (``domain.devices``).

Cameras have a few more states than other devices (a file played to its end, a camera stopped on purpose);
:func:`camera_device_status` is the one place that says how they show.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from floorstation.domain.devices import DeviceState, DeviceStatus


class CameraState(enum.StrEnum):
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    ERROR = "error"
    ENDED = "ended"
    """A file or folder played to its end (it is not retried)."""
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class CameraStatus:
    state: CameraState
    message: str = ""


_CAMERA_STATES = {
    CameraState.CONNECTED: DeviceState.CONNECTED,
    CameraState.DISCONNECTED: DeviceState.DISCONNECTED,
    CameraState.ERROR: DeviceState.ERROR,
    CameraState.ENDED: DeviceState.DISCONNECTED,
    CameraState.STOPPED: DeviceState.DISCONNECTED,
}


def camera_device_status(device_id: str, status: CameraStatus, where: str = "") -> DeviceStatus:
    """A camera's state as a device state: a played-out file and a stopped camera send no pictures, so they
    are ``disconnected``; the camera's own message is the detail, ``where`` it reads from when it has none."""
    detail = status.message or (where if status.state is CameraState.CONNECTED else status.state.value)
    return DeviceStatus(device_id, "camera", _CAMERA_STATES[status.state], detail)
