"""Cameras in the station configuration: ``[[camera]]`` tables in ``station.toml``, each option once.

A station has no camera unless a table names one. The ``source`` is a camera address (``devices/camera_sources.py``);
a relative path to a video file or an image folder is taken inside the station's data folder, which is how the
demo station points at the label pictures ``floorstation init --demo`` draws. docs/cameras.md shows examples.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from floorstation.domain.errors import InvalidInput


@dataclass(frozen=True)
class CameraConfig:
    id: str = field(metadata={"help": "A short name for this camera, shown on screen (e.g. goods-in)."})
    source: str = field(
        metadata={
            "help": "The camera's address: 0, /dev/video0, /dev/v4l/by-id/..., rtsp://..., file:///clip.mp4 or "
            "folder:///photos/ (a relative path is in the station's data folder)."
        }
    )
    decoder: str = field(default="zxing", metadata={"help": "zxing (default) or pyzbar (no DataMatrix)."})
    formats: tuple[str, ...] = field(
        default=(),
        metadata={"help": "Barcode formats to read (code128, datamatrix, qr, ean13, ean8 ...); empty: those five."},
    )
    confirmations: int = field(default=2, metadata={"help": "Identical reads in a row before a code counts."})
    confirm_window_s: float = field(
        default=0.5, metadata={"help": "Two reads this close (seconds) count as in a row, frames missed between."}
    )
    debounce_s: float = field(
        default=2.0, metadata={"help": "The same code counts again only after it was out of view this long (s)."}
    )
    width: int = field(default=1280, metadata={"help": "Devices: the picture width asked of the camera."})
    height: int = field(default=720, metadata={"help": "Devices: the picture height asked of the camera."})

    @property
    def where(self) -> str:
        """Where the pictures come from, in words, without a password."""
        from floorstation.devices.camera_address import redact

        return redact(self.source)


CAMERA_OPTIONS = {f.name: f for f in fields(CameraConfig)}
_REQUIRED = ("id", "source")
_RANGES: dict[str, tuple[float, float]] = {
    "confirmations": (1, 10),
    "confirm_window_s": (0.01, 10),
    "debounce_s": (0.2, 3600),
    "width": (160, 7680),
    "height": (120, 4320),
}


def parse_cameras(
    tables: object, where: str, *, base: Path | None = None, taken: Collection[str] = ()
) -> tuple[CameraConfig, ...]:
    """The ``[[camera]]`` tables of ``where`` (a file name for messages), validated.

    ``base`` is the folder relative file and folder sources are in; ``taken`` the ids other devices use.
    """
    if tables is None:
        return ()
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InvalidInput(f"{where}: 'camera' must be a list of tables ([[camera]]).", "See docs/cameras.md.")
    cameras = tuple(_camera(t, f"{where}: camera {i + 1}", base) for i, t in enumerate(tables))
    ids = [c.id for c in cameras]
    if len(set(ids)) != len(ids):
        raise InvalidInput(f"{where}: two cameras have the same id.", "Give each [[camera]] its own id.")
    clash = sorted(set(ids) & set(taken))
    if clash:
        raise InvalidInput(
            f"{where}: a camera and a scanner are both called {clash[0]!r}.", "Give each device its own id."
        )
    return cameras


def _camera(table: Mapping[str, Any], where: str, base: Path | None) -> CameraConfig:
    unknown = set(table) - set(CAMERA_OPTIONS)
    if unknown:
        raise InvalidInput(f"{where}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(CAMERA_OPTIONS)}.")
    if not isinstance(table.get("id"), str) or not table["id"].strip():
        raise InvalidInput(f"{where}: needs an id.", 'Add id = "..." (a short name such as "goods-in").')
    where = f"{where} ({table['id']})"
    if not isinstance(table.get("source"), str) or not table["source"].strip():
        raise InvalidInput(
            f"{where}: needs a source.", 'Add source = "0" (the first camera), "/dev/video0" or "file:///clip.mp4".'
        )
    values: dict[str, Any] = {name: _option(name, given, where) for name, given in table.items()}
    if base is not None:
        values["source"] = _resolve(values["source"], base)
    config = CameraConfig(**values)
    _check(config, where)
    return config


def _option(name: str, value: object, where: str) -> object:
    spec = CAMERA_OPTIONS[name]
    if name == "formats":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidInput(f'{where}: formats must be a list of names such as ["datamatrix", "code128"].')
        if not value:
            raise InvalidInput(f"{where}: formats is empty.", "Name at least one format, or leave formats out.")
        return tuple(v.strip().lower() for v in value)
    expected = type(spec.default) if spec.default is not MISSING else str
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, expected) or isinstance(value, bool):
        raise InvalidInput(f"{where}: {name} must be a {_TYPE_NAMES[expected]}, not {value!r}.")
    return value.strip() if isinstance(value, str) else value


_TYPE_NAMES = {str: "text", int: "whole number", float: "number"}


def _resolve(source: str, base: Path) -> str:
    """``source`` with a relative file or folder path made absolute inside ``base``."""
    text = source.strip()
    if text.isdigit():
        return text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("file", "folder"):
        path = unquote(parts.path)
        if parts.netloc or not path or Path(path).is_absolute():
            return text
        return f"{scheme}://{quote(str(base / path))}" + (f"?{parts.query}" if parts.query else "")
    if len(scheme) > 1 or Path(text).is_absolute():
        return text
    return str(base / text)


def _check(c: CameraConfig, where: str) -> None:
    from floorstation.devices.barcode_formats import check_decoder
    from floorstation.devices.camera_address import parse_camera_address

    try:
        parse_camera_address(c.source)
        check_decoder(c.decoder, c.formats or None)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc.message}", exc.hint) from None
    for name, (low, high) in _RANGES.items():
        value = getattr(c, name)
        if not low <= value <= high:
            raise InvalidInput(f"{where}: {name} must be {low:g} to {high:g}, not {value:g}.")


def dump_cameras(cameras: Sequence[CameraConfig]) -> str:
    """``[[camera]]`` tables for ``station.toml``, only the options that differ from their defaults."""
    out: list[str] = []
    for camera in cameras:
        out.append("\n[[camera]]")
        for name, spec in CAMERA_OPTIONS.items():
            value = getattr(camera, name)
            if name not in _REQUIRED and value == spec.default:
                continue
            if isinstance(value, tuple):
                rendered = json.dumps(list(value))
            elif isinstance(value, str):
                rendered = json.dumps(value, ensure_ascii=False)
            else:
                rendered = str(value)
            out.append(f"{name} = {rendered}")
    return "\n".join(out) + ("\n" if out else "")
