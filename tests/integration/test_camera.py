"""The camera path end to end: a written 1280x720 video of GS1 labels, played as a file and as a camera.

The video shows, one after another, GS1 DataMatrix and GS1-128 labels (perspective, tilt, blur, noise, a
cluttered background, MJPG compression), each for ``SHOWN_FOR`` frames with empty frames between. Every label
must give exactly one scan with its exact raw data (GS kept) and AIM identifier, and nothing else may be read.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from floorstation.devices.camera import (
    Acceptor,
    AcceptRules,
    Camera,
    CameraAddress,
    CameraState,
    CameraStatus,
    parse_camera_address,
    read_video,
)
from floorstation.devices.decoders import Symbol
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.domain.scanning import GS, ScanEvent

F = zxingcpp.BarcodeFormat
W, H = 1280, 720
FPS = 25
SHOWN_FOR = 16
GAP = 4


@dataclass(frozen=True)
class Label:
    hri: str
    fmt: zxingcpp.BarcodeFormat
    raw: str
    aim: str
    module_px: float


LABELS = [
    Label("(01)05901234123457(10)LOT-42(17)271231", F.DataMatrix, f"010590123412345710LOT-42{GS}17271231", "]d2", 5),
    Label("(01)09501101530003(10)L2024-07(17)270630", F.Code128, f"010950110153000310L2024-07{GS}17270630", "]C1", 2.6),
    Label(
        "(01)09501101530003(17)261231(10)A1B2C3(21)SN0042",
        F.DataMatrix,
        f"01095011015300031726123110A1B2C3{GS}21SN0042",
        "]d2",
        4.5,
    ),
    Label("(00)106141412345678908", F.Code128, "00106141412345678908", "]C1", 3),
    Label("(01)05901234123457(10)LOT-43(17)271231", F.DataMatrix, f"010590123412345710LOT-43{GS}17271231", "]d2", 4),
]
EXPECTED = [(label.raw, label.aim) for label in LABELS]
ONE_D = [(label.raw, label.aim) for label in LABELS if label.fmt == F.Code128]


FOLDER_PACE = "fps=40&hold=10"
"""Each photo in view for a quarter of a second: two decodes even on a loaded test machine."""


def first_frame(i: int) -> int:
    return GAP + i * (SHOWN_FOR + GAP)


TOTAL_FRAMES = first_frame(len(LABELS))


# --- drawing the scene -------------------------------------------------------------------------------------


def background(rng: np.random.Generator) -> np.ndarray:
    """A blotchy grey bench with some printed text and boxes on it: texture a decoder could misread."""
    blotches = rng.normal(170, 30, (H // 24, W // 24)).clip(0, 255).astype(np.uint8)
    bg = cv2.resize(cv2.GaussianBlur(blotches, (0, 0), 1.2), (W, H), interpolation=cv2.INTER_CUBIC)
    for i in range(6):
        x, y = int(rng.integers(0, W - 300)), int(rng.integers(30, H - 30))
        cv2.putText(bg, f"LOT 42 / {i} 0590123", (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 60, 2)
        cv2.rectangle(bg, (x, y + 10), (x + int(rng.integers(40, 200)), y + 14), 40, -1)
    return bg


def label_card(label: Label) -> np.ndarray:
    barcode = zxingcpp.create_barcode(label.hri, label.fmt, gs1=True)
    symbol = np.asarray(barcode.to_image(scale=1))
    if label.fmt == F.Code128:
        symbol = np.repeat(symbol[:1], 45, axis=0)  # bars as tall as on a logistics label, in modules
    symbol = cv2.resize(symbol, None, fx=label.module_px, fy=label.module_px, interpolation=cv2.INTER_NEAREST)
    return cv2.copyMakeBorder(symbol, 25, 25, 25, 25, cv2.BORDER_CONSTANT, value=240)


def place(bg: np.ndarray, card: np.ndarray, pose: tuple[float, float, float]) -> np.ndarray:
    """``card`` held up at ``pose`` (centre x, centre y, tilt in degrees), perspective-warped onto ``bg``."""
    h, w = card.shape
    cx, cy, tilt = pose
    a = math.radians(tilt)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    turn = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    skew = np.array([[0.05, 0.02], [-0.04, 0.0], [0.0, -0.03], [0.03, 0.04]]) * np.array([w, h])
    target = ((corners - np.array([w / 2, h / 2])) @ turn + skew + np.array([cx, cy])).astype(np.float32)
    frame = bg.copy()
    matrix = cv2.getPerspectiveTransform(corners, target)
    cv2.warpPerspective(card, matrix, (W, H), dst=frame, borderMode=cv2.BORDER_TRANSPARENT)
    return frame


def camera_look(frame: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    blurred = cv2.GaussianBlur(frame, (0, 0), float(rng.uniform(0.8, 1.2)))
    noisy = blurred + rng.standard_normal(blurred.shape, dtype=np.float32) * 5
    return cv2.cvtColor(noisy.clip(0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def frames(seed: int = 42) -> Iterator[np.ndarray]:
    rng = np.random.default_rng(seed)
    bg = background(rng)
    for label in LABELS:
        for _ in range(GAP):
            yield camera_look(bg, rng)
        card = label_card(label)
        h, w = card.shape
        base = (rng.uniform(w / 2 + 60, W - w / 2 - 60), rng.uniform(h / 2 + 60, H - h / 2 - 60), rng.uniform(-10, 10))
        for _ in range(SHOWN_FOR):  # a hand is never quite still
            pose = (base[0] + rng.uniform(-3, 3), base[1] + rng.uniform(-3, 3), base[2] + rng.uniform(-1, 1))
            yield camera_look(place(bg, card, pose), rng)
    for _ in range(GAP):
        yield camera_look(bg, rng)


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("camera") / "labels.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, (W, H))
    assert writer.isOpened(), "this OpenCV build cannot write MJPG .avi"
    count = 0
    for frame in frames():
        writer.write(frame)
        count += 1
    writer.release()
    assert count == TOTAL_FRAMES
    return path


@pytest.fixture
def labels_folder(tmp_path: Path) -> Path:
    """Three photos: a GS1 DataMatrix label, nothing, a GS1-128 SSCC label."""
    rng = np.random.default_rng(3)
    bg = background(rng)
    folder = tmp_path / "photos"
    folder.mkdir()
    for name, label in (("01-lot.png", LABELS[0]), ("02-empty.png", None), ("03-sscc.jpg", LABELS[3])):
        frame = bg if label is None else place(bg, label_card(label), (640, 360, 4))
        cv2.imwrite(str(folder / name), camera_look(frame, rng))
    return folder


# --- the acceptance rules, alone --------------------------------------------------------------------------------


def sym(raw: str, aim: str = "]d2") -> Symbol:
    return Symbol(raw, aim, "datamatrix", ())


def feed(acceptor: Acceptor, reads: list[tuple[float, list[Symbol]]]) -> list[tuple[float, str]]:
    return [(t, s.raw) for t, symbols in reads for s in acceptor.feed(t, symbols)]


def test_one_read_is_not_a_scan_two_in_a_row_are() -> None:
    assert feed(Acceptor(), [(0.0, [sym("A")]), (2.0, []), (4.0, [sym("A")])]) == []
    assert feed(Acceptor(), [(0.0, [sym("A")]), (0.04, [sym("A")])]) == [(0.04, "A")]


def test_a_label_in_view_for_a_hundred_frames_is_one_scan() -> None:
    reads = [(i / 25, [sym("A")]) for i in range(100)]
    assert feed(Acceptor(), reads) == [(1 / 25, "A")]


def test_reads_count_if_consecutive_or_within_the_window() -> None:
    slow = [(0.0, [sym("A")]), (0.9, [sym("A")])]  # consecutive decoded frames of a slow decoder
    assert feed(Acceptor(), slow) == [(0.9, "A")]
    missed = [(0.0, [sym("A")]), (0.1, []), (0.2, [sym("A")])]  # one frame not read, within 0.5 s
    assert feed(Acceptor(), missed) == [(0.2, "A")]
    apart = [(0.0, [sym("A")]), (0.3, []), (0.6, [sym("A")]), (0.9, []), (1.2, [sym("A")])]
    assert feed(Acceptor(), apart) == []


def test_the_same_code_counts_again_only_after_it_was_away_for_the_debounce() -> None:
    rules = AcceptRules(debounce_s=2.0)
    seen = [(t / 10, [sym("A")]) for t in range(0, 10)]  # 0.0 .. 0.9 s
    back_soon = [(t / 10, [sym("A")]) for t in range(25, 28)]  # away 1.6 s
    back_late = [(t / 10, [sym("A")]) for t in range(50, 53)]  # away 2.3 s
    assert feed(Acceptor(rules), seen + back_soon + back_late) == [(0.1, "A"), (5.1, "A")]


def test_two_labels_in_one_frame_are_two_scans_and_aim_tells_codes_apart() -> None:
    both = [sym("A"), sym("B"), sym("A", aim="]d1")]
    assert sorted(feed(Acceptor(), [(0.0, both), (0.04, both)])) == [(0.04, "A"), (0.04, "A"), (0.04, "B")]


def test_three_confirmations_when_asked() -> None:
    reads = [(i / 25, [sym("A")]) for i in range(3)]
    assert feed(Acceptor(AcceptRules(confirmations=3)), reads) == [(2 / 25, "A")]


# --- addresses ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("0", CameraAddress("device", 0)),
        ("/dev/video2", CameraAddress("device", "/dev/video2")),
        ("rtsp://10.0.0.7/stream1", CameraAddress("stream", "rtsp://10.0.0.7/stream1")),
        ("file:///srv/clips/dock%201.mp4", CameraAddress("file", "/srv/clips/dock 1.mp4")),
        ("file:///v.avi?fps=60&loop=1", CameraAddress("file", "/v.avi", fps=60.0, loop=True)),
        ("folder:///srv/photos/?hold=5", CameraAddress("folder", "/srv/photos/", hold=5)),
        ("/srv/clips/dock.mp4", CameraAddress("file", "/srv/clips/dock.mp4")),
    ],
)
def test_camera_addresses(address: str, expected: CameraAddress) -> None:
    assert parse_camera_address(address) == expected


@pytest.mark.parametrize("address", ["", "ftp://host/x.mp4", "file://otherhost/x.mp4", "file:///x.mp4?fps=0"])
def test_bad_camera_addresses_are_refused(address: str) -> None:
    with pytest.raises(InvalidInput):
        parse_camera_address(address)


# --- a video file, deterministically -------------------------------------------------------------------------


def test_every_label_in_the_video_is_read_once_with_gs_and_aim(video: Path) -> None:
    start = datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    scans = list(read_video(video, started_at=start))
    assert [(e.raw, e.aim) for _, e in scans] == EXPECTED
    for i, (index, event) in enumerate(scans):
        assert first_frame(i) < index < first_frame(i) + SHOWN_FOR, "read while the label was in view"
        assert event.source == f"video:{video}"
        assert event.at == start + timedelta(seconds=index / FPS)
    assert GS in scans[0][1].raw


def test_pyzbar_reads_the_gs1_128_labels_and_nothing_else(video: Path) -> None:
    scans = list(read_video(video, decoder="pyzbar"))
    assert [(e.raw, e.aim) for _, e in scans] == ONE_D


def test_read_video_refuses_a_missing_file_at_once(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        read_video(tmp_path / "nope.avi")
    with pytest.raises(InvalidInput):
        read_video(tmp_path, decoder="pyzbar", formats=["datamatrix"])


def test_an_image_folder_plays_like_a_video(labels_folder: Path) -> None:
    scans = [(e.raw, e.aim) for _, e in read_video(labels_folder)]
    assert scans == [EXPECTED[0], EXPECTED[3]]


# --- the threaded camera --------------------------------------------------------------------------------------


class Recorder:
    """Collects what a camera reports and lets a test wait for a state without sleeping."""

    def __init__(self) -> None:
        self.scans: list[ScanEvent] = []
        self.states: list[CameraStatus] = []
        self._changed = threading.Condition()

    def on_scan(self, event: ScanEvent) -> None:
        self.scans.append(event)

    def on_state(self, status: CameraStatus) -> None:
        with self._changed:
            self.states.append(status)
            self._changed.notify_all()

    def wait_for(self, state: CameraState, timeout: float = 10.0) -> CameraStatus:
        def reached() -> CameraStatus | None:
            return next((s for s in self.states if s.state is state), None)

        with self._changed:
            assert self._changed.wait_for(reached, timeout), f"no {state} within {timeout} s: {self.states}"
            found = reached()
        assert found is not None
        return found

    def camera(self, address: str, **kwargs: object) -> Camera:
        return Camera(address, on_scan=self.on_scan, on_state=self.on_state, **kwargs)  # type: ignore[arg-type]


def camera_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("camera:")]


def test_the_video_as_a_camera_gives_the_same_scans_and_stops_cleanly(video: Path) -> None:
    seen = Recorder()
    camera = seen.camera(f"file://{video}?fps=75", name="dock-cam")
    camera.start()
    try:
        assert camera.wait_ended(timeout=60)
    finally:
        camera.stop()
    assert [(e.raw, e.aim) for e in seen.scans] == EXPECTED
    assert {e.source for e in seen.scans} == {"camera:dock-cam"}
    assert [s.state for s in seen.states] == [CameraState.CONNECTED, CameraState.ENDED]
    assert camera.stats.captured == TOTAL_FRAMES
    assert camera.stats.decoded + camera.stats.dropped == TOTAL_FRAMES
    preview = camera.preview()
    assert preview is not None
    assert preview.frame.shape == (H, W, 3)
    assert preview.annotated().shape == (H, W, 3)
    assert camera_threads() == []


def test_a_preview_shows_where_the_label_is(labels_folder: Path) -> None:
    seen = Recorder()
    camera = seen.camera(f"folder://{labels_folder}?{FOLDER_PACE}")
    with camera:
        assert camera.wait_ended(timeout=20)
    preview = camera.preview()
    assert preview is not None and preview.index == 29  # the last frame: the newest, not a backlog
    assert [s.raw for s in preview.symbols] == [LABELS[3].raw]
    drawn = preview.annotated((0, 0, 255))
    changed = np.any(drawn != preview.frame, axis=2)
    xs = np.nonzero(changed)[1]
    assert changed.sum() > 100 and 320 < xs.mean() < 960  # the outline is drawn around the label
    assert [(e.raw, e.aim) for e in seen.scans] == [EXPECTED[0], EXPECTED[3]]


class SlowDecoder:
    """Finds nothing, slowly: the camera must drop frames rather than fall behind."""

    name = "slow"
    formats = ("code128",)

    def decode(self, frame: np.ndarray) -> list[Symbol]:
        threading.Event().wait(0.02)
        return []


def test_a_slow_decoder_sees_the_newest_frame_and_the_rest_are_dropped(video: Path) -> None:
    camera = Recorder().camera(f"file://{video}?fps=1000", decoder=SlowDecoder())
    with camera:
        assert camera.wait_ended(timeout=20)
    stats = camera.stats
    assert stats.captured == TOTAL_FRAMES
    assert stats.dropped > stats.decoded > 0
    assert stats.decoded + stats.dropped == TOTAL_FRAMES
    preview = camera.preview()
    assert preview is not None and preview.index == TOTAL_FRAMES - 1


@pytest.mark.parametrize(
    ("address", "state", "says"),
    [
        ("/dev/video-floorstation-missing", CameraState.DISCONNECTED, "No camera at /dev/video-floorstation-missing"),
        ("97", CameraState.DISCONNECTED, "97"),
        ("file:///nonexistent/floorstation.avi", CameraState.ERROR, "No video file"),
        ("ftp://camera.local/x", CameraState.ERROR, "not a camera address"),
        ("rtsp://admin:s3cret@127.0.0.1:1/stream1", CameraState.DISCONNECTED, "rtsp://admin@127.0.0.1:1/stream1"),
    ],
)
def test_a_missing_camera_is_a_state_not_an_exception(address: str, state: CameraState, says: str) -> None:
    seen = Recorder()
    camera = seen.camera(address, reconnect_s=0.05)
    camera.start()
    try:
        status = seen.wait_for(state)
        assert says in status.message
        assert "s3cret" not in status.message + camera.source, "a camera's password is never shown"
        assert camera.status == status
        assert seen.scans == []
        assert camera.preview() is None
    finally:
        camera.stop()
    assert camera.status.state is CameraState.STOPPED
    assert camera_threads() == []


def test_a_camera_that_went_away_shows_no_old_picture(labels_folder: Path) -> None:
    seen = Recorder()
    camera = seen.camera(f"folder://{labels_folder}?{FOLDER_PACE}&loop=1")
    camera.start()
    try:
        seen.wait_for(CameraState.CONNECTED)
        deadline = time.monotonic() + 10
        while camera.preview() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert camera.preview() is not None
    finally:
        camera.stop()
    assert camera.status.state is CameraState.STOPPED
    assert camera.preview() is None


def test_the_address_and_frame_readers_live_in_camera_sources_and_are_still_importable_from_camera() -> None:
    from floorstation.devices import camera, camera_sources

    for name in ("CameraAddress", "CameraUnavailable", "open_frames", "parse_camera_address", "redact"):
        assert getattr(camera, name) is getattr(camera_sources, name)
    assert camera.CameraState is camera_sources.CameraState


def test_a_camera_that_appears_later_is_picked_up_on_the_retry_timer(labels_folder: Path, tmp_path: Path) -> None:
    later = tmp_path / "later"
    seen = Recorder()
    camera = seen.camera(f"folder://{later}?{FOLDER_PACE}", reconnect_s=0.05)
    with camera:
        assert "Retrying" in seen.wait_for(CameraState.ERROR).message
        labels_folder.rename(later)
        assert camera.wait_ended(timeout=20)
    assert [s.state for s in seen.states] == [CameraState.ERROR, CameraState.CONNECTED, CameraState.ENDED]
    assert [(e.raw, e.aim) for e in seen.scans] == [EXPECTED[0], EXPECTED[3]]


def test_stop_ends_a_looping_camera_promptly(video: Path) -> None:
    seen = Recorder()
    camera = seen.camera(f"file://{video}?fps=200&loop=1")
    camera.start()
    seen.wait_for(CameraState.CONNECTED)
    camera.stop(timeout=5)
    assert camera_threads() == []
    assert camera.status.state is CameraState.STOPPED
    assert seen.states[-1].state is CameraState.STOPPED


def test_scans_are_stamped_by_the_injected_clock(labels_folder: Path) -> None:
    class FixedClock:
        def now(self) -> datetime:
            return datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    seen = Recorder()
    with seen.camera(f"folder://{labels_folder}?{FOLDER_PACE}", clock=FixedClock()) as camera:
        assert camera.wait_ended(timeout=20)
    assert {e.at for e in seen.scans} == {FixedClock().now()}
