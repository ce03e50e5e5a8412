"""A camera as a scan source: frames in, one ``ScanEvent`` per symbol shown, however long it stays in view.

Two threads per camera (no Qt): the capture thread reads frames (``devices/camera_sources.py`` opens them, from a
device, a network stream, a video file or an image folder) and keeps only the newest in a one-slot buffer; the
decode thread takes whatever is newest, decodes it and feeds the acceptance rules. A frame the decoder was too
busy for is replaced, never queued, so a slow decoder adds no lag. Scans and state changes go to plain
callbacks, called on those worker threads: the UI's bridge posts them to the GUI thread.

Acceptance (``AcceptRules``): a code counts once it was read twice in a row (in consecutive decoded frames, or
within ``window_s``), which stops one-frame misreads from texture; after that the same code is ignored until
it has been out of view for ``debounce_s``, so a label held in front of the camera for 100 frames is one scan.

A camera that cannot be opened or stops sending frames is a status (``disconnected`` / ``error``), retried
every ``reconnect_s``; it never raises. ``read_video`` plays a file through the same decoder and rules with no
threads and no dropped frames, for ``floorstation scan video FILE`` and for tests.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

from floorstation.devices.camera_sources import (
    IMAGE_SUFFIXES,
    STREAM_TIMEOUT_MS,
    CameraAddress,
    CameraUnavailable,
    Frames,
    open_frames,
    parse_camera_address,
    redact,
)
from floorstation.devices.decoders import Decoder, Symbol, make_decoder
from floorstation.devices.status import CameraState, CameraStatus
from floorstation.domain.errors import FloorstationError, NotFound, Said
from floorstation.domain.ports import Clock
from floorstation.domain.scanning import ScanEvent

__all__ = [
    "IMAGE_SUFFIXES",
    "STREAM_TIMEOUT_MS",
    "AcceptRules",
    "Acceptor",
    "Camera",
    "CameraAddress",
    "CameraState",
    "CameraStats",
    "CameraStatus",
    "CameraUnavailable",
    "Preview",
    "open_frames",
    "parse_camera_address",
    "read_video",
    "redact",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AcceptRules:
    confirmations: int = 2
    """Identical reads needed before a code counts (in consecutive decoded frames or within ``window_s``)."""
    window_s: float = 0.5
    debounce_s: float = 2.0
    """A code accepted once is accepted again only after it has been out of view this long."""


class Acceptor:
    """The acceptance rules as a pure state machine over (time, symbols of one decoded frame)."""

    def __init__(self, rules: AcceptRules | None = None) -> None:
        self.rules = rules or AcceptRules()
        self._frame = 0
        self._pending: dict[tuple[str | None, str], tuple[int, float, int]] = {}  # key -> (reads, last t, frame)
        self._accepted: dict[tuple[str | None, str], float] = {}  # key -> last time seen

    def feed(self, t: float, symbols: Sequence[Symbol]) -> list[Symbol]:
        """The symbols of a frame decoded at ``t`` (seconds, monotonic) that count as new scans now."""
        self._frame += 1
        rules, accepted = self.rules, []
        for symbol in {(s.aim, s.raw): s for s in symbols}.values():
            key = (symbol.aim, symbol.raw)
            seen = self._accepted.get(key)
            if seen is not None and t - seen < rules.debounce_s:
                self._accepted[key] = t
                continue
            reads, last_t, last_frame = self._pending.get(key, (0, t, 0))
            reads = reads + 1 if last_frame == self._frame - 1 or t - last_t <= rules.window_s else 1
            if reads >= rules.confirmations:
                self._pending.pop(key, None)
                self._accepted[key] = t
                accepted.append(symbol)
            else:
                self._pending[key] = (reads, t, self._frame)
        if self._frame % 64 == 0:
            self._forget(t)
        return accepted

    def _forget(self, t: float) -> None:
        horizon = max(self.rules.window_s, self.rules.debounce_s)
        self._pending = {k: v for k, v in self._pending.items() if t - v[1] <= horizon}
        self._accepted = {k: v for k, v in self._accepted.items() if t - v < self.rules.debounce_s}


@dataclass(frozen=True, slots=True)
class Preview:
    """The newest decoded frame (BGR, as captured) and the symbols found in it; the UI draws it.

    ``frame`` is shared with the camera's threads: read it, do not change it (``annotated`` draws on a copy).
    """

    frame: np.ndarray
    symbols: tuple[Symbol, ...]
    index: int

    def annotated(self, color: tuple[int, int, int] = (0, 200, 0)) -> np.ndarray:
        """A copy of the frame with each symbol's outline drawn on it."""
        out = self.frame.copy()
        for s in self.symbols:
            if len(s.corners) >= 2:
                cv2.polylines(out, [np.array(s.corners, dtype=np.int32)], True, color, 3)
        return out


@dataclass
class CameraStats:
    captured: int = 0
    decoded: int = 0
    dropped: int = 0
    """Frames replaced in the one-slot buffer before the decoder got to them."""


class _NewestFrame:
    """A one-slot buffer: ``put`` replaces what the reader has not taken yet."""

    def __init__(self, stats: CameraStats) -> None:
        self._cond = threading.Condition()
        self._item: tuple[np.ndarray, float, int] | None = None
        self._stats = stats
        self.closed = False

    def put(self, frame: np.ndarray, t: float, index: int) -> None:
        with self._cond:
            if self._item is not None:
                self._stats.dropped += 1
            self._item = (frame, t, index)
            self._stats.captured += 1
            self._cond.notify()

    def take(self, timeout: float) -> tuple[np.ndarray, float, int] | None:
        with self._cond:
            if self._item is None and not self.closed:
                self._cond.wait(timeout)
            item, self._item = self._item, None
            return item

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()


class Camera:
    """A camera (or a file or folder played as one) that reports scans and its state through callbacks.

    ``on_scan`` and ``on_state`` are called on the camera's worker threads and must not block for long.
    ``decoder`` is a name for ``make_decoder`` (with ``formats``) or a ready ``Decoder``; ``name`` makes the
    scan source ``camera:<name>`` (default: the address, without its password); ``clock`` stamps the scans.
    """

    def __init__(
        self,
        address: str,
        *,
        on_scan: Callable[[ScanEvent], None],
        on_state: Callable[[CameraStatus], None] | None = None,
        decoder: str | Decoder = "zxing",
        formats: Sequence[str] | None = None,
        rules: AcceptRules | None = None,
        reconnect_s: float = 2.0,
        width: int = 1280,
        height: int = 720,
        name: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.address = address
        self.source = f"camera:{name or redact(address)}"
        self.stats = CameraStats()
        self._on_scan, self._on_state = on_scan, on_state
        self._decoder, self._formats, self._rules = decoder, formats, rules or AcceptRules()
        self._reconnect_s, self._size, self._clock = reconnect_s, (width, height), clock
        self._status = CameraStatus(CameraState.DISCONNECTED, "Not started.")
        self._status_lock = threading.Lock()  # also keeps state callbacks in order
        self._stopping = threading.Event()
        self._slot = _NewestFrame(self.stats)
        self._preview: Preview | None = None
        self._threads: list[threading.Thread] = []

    @property
    def status(self) -> CameraStatus:
        return self._status

    def preview(self) -> Preview | None:
        """The newest decoded frame with its symbols; ``None`` before the first one and while the camera is away
        (unplugged, stopped, in error), so a screen never shows an old picture as if it were live. A file or
        folder played to its end keeps its last frame."""
        if self._status.state not in (CameraState.CONNECTED, CameraState.ENDED):
            return None
        return self._preview

    def start(self) -> None:
        if self._threads:
            raise RuntimeError(f"{self.source} is already started")
        try:
            address = parse_camera_address(self.address)
            decoder = _decoder(self._decoder, self._formats)
        except FloorstationError as exc:
            self._publish(CameraState.ERROR, str(exc))
            return
        self._threads = [
            threading.Thread(target=self._capture_loop, args=(address,), name=f"{self.source} capture", daemon=True),
            threading.Thread(target=self._decode_loop, args=(decoder,), name=f"{self.source} decode", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop both threads and release the device; safe to call more than once."""
        self._stopping.set()
        self._slot.close()
        for thread in self._threads:
            thread.join(timeout)
        if any(t.is_alive() for t in self._threads):
            log.warning("%s did not stop within %.1f s", self.source, timeout)
        if self._status.state is not CameraState.ENDED:
            self._publish(CameraState.STOPPED, "")

    def wait_ended(self, timeout: float) -> bool:
        """For files and folders: wait until every frame was played and the last one decoded."""
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return self._status.state is CameraState.ENDED

    def __enter__(self) -> Camera:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _publish(self, state: CameraState, message: str) -> None:
        with self._status_lock:
            status = CameraStatus(state, message)
            if status == self._status:
                return
            self._status = status
            log.info("%s: %s %s", self.source, state, message)
            if self._on_state is None:
                return
            try:
                self._on_state(status)
            except Exception:
                log.exception("camera state callback failed")

    def _capture_loop(self, address: CameraAddress) -> None:
        index = 0
        while not self._stopping.is_set():
            try:
                frames = open_frames(address, width=self._size[0], height=self._size[1])
            except CameraUnavailable as exc:
                retry = f"{self._reconnect_s:g}"
                self._publish(
                    exc.state, Said(f"{exc} Retrying every {retry} s.", exc.code, {**exc.params, "retry": retry})
                )
                self._stopping.wait(self._reconnect_s)
                continue
            self._publish(CameraState.CONNECTED, "")
            try:
                index = self._play(frames, index)
            finally:
                frames.close()
            if self._stopping.is_set():
                break
            if address.finite:
                self._slot.close()  # the decoder finishes the last frame, then reports the end
                return
            if not address.loop:
                retry = f"Retrying every {self._reconnect_s:g} s."
                self._publish(CameraState.DISCONNECTED, f"The camera stopped sending pictures. {retry}")
                self._stopping.wait(self._reconnect_s)

    def _play(self, frames: Frames, index: int) -> int:
        started, played = time.monotonic(), 0
        while not self._stopping.is_set():
            frame = frames.read()
            if frame is None:
                break
            self._slot.put(frame, time.monotonic(), index)
            index += 1
            played += 1
            if frames.fps is not None:
                self._stopping.wait(max(0.0, started + played / frames.fps - time.monotonic()))
        return index

    def _decode_loop(self, decoder: Decoder) -> None:
        acceptor, failing = Acceptor(self._rules), False
        while not self._stopping.is_set():
            item = self._slot.take(timeout=0.2)
            if item is None:
                if self._slot.closed:
                    break
                continue
            frame, t, index = item
            try:
                symbols = decoder.decode(frame)
            except Exception as exc:  # a decoder bug must not end the camera; say so once, keep trying
                if not failing:
                    log.exception("%s: decoding frame %d failed", self.source, index)
                    self._publish(CameraState.ERROR, f"The {decoder.name} decoder failed: {exc}")
                failing = True
                continue
            if failing:
                failing = False
                self._publish(CameraState.CONNECTED, "")
            self.stats.decoded += 1
            self._preview = Preview(frame, tuple(symbols), index)
            for symbol in acceptor.feed(t, symbols):
                self._emit(ScanEvent(symbol.raw, symbol.aim, self.source, self._now()))
        if not self._stopping.is_set():
            self._publish(CameraState.ENDED, "The whole file was played.")

    def _emit(self, event: ScanEvent) -> None:
        try:
            self._on_scan(event)
        except Exception:
            log.exception("scan callback failed for %s", self.source)

    def _now(self) -> datetime:
        return self._clock.now() if self._clock else datetime.now().astimezone()


def read_video(
    path: str | Path,
    *,
    decoder: str | Decoder = "zxing",
    formats: Sequence[str] | None = None,
    rules: AcceptRules | None = None,
    started_at: datetime | None = None,
) -> Iterator[tuple[int, ScanEvent]]:
    """Every accepted scan in a video file (or image folder) as ``(frame index, ScanEvent)``, deterministically.

    Every frame is decoded, none dropped; the rules run on the file's own time (frame index / fps), and each
    scan's ``at`` is ``started_at`` (default: now) plus that time. Raises at once ``NotFound`` for a missing
    path and ``InvalidInput`` for a bad decoder or format; ``CameraUnavailable`` when iteration finds the file
    cannot be played.
    """
    p = Path(path)
    if not p.exists():
        raise NotFound(f"No video file at {p}.", "Check the path.")
    address = CameraAddress("folder" if p.is_dir() else "file", str(p))
    return _play_through(address, _decoder(decoder, formats), Acceptor(rules), started_at, f"video:{p}")


def _play_through(
    address: CameraAddress, decoder: Decoder, acceptor: Acceptor, started_at: datetime | None, source: str
) -> Iterator[tuple[int, ScanEvent]]:
    frames = open_frames(address)
    fps = frames.fps or 25.0
    start = started_at or datetime.now().astimezone()
    try:
        index = 0
        while (frame := frames.read()) is not None:
            t = index / fps
            for symbol in acceptor.feed(t, decoder.decode(frame)):
                yield index, ScanEvent(symbol.raw, symbol.aim, source, start + timedelta(seconds=t))
            index += 1
    finally:
        frames.close()


def _decoder(decoder: str | Decoder, formats: Sequence[str] | None) -> Decoder:
    return make_decoder(decoder, formats) if isinstance(decoder, str) else decoder
