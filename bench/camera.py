"""Camera decoding (DESIGN §10: ≥ 30 frames/s at 1280x720 on one core, ≥ 99 % of readable frames read).

Frames are synthetic camera pictures made here: a GS1 DataMatrix or GS1-128 label on a cluttered bench,
tilted up to 20° (1D labels up to 8°, some turned upright), perspective, blur, noise and JPEG compression as
from an MJPG webcam, module sizes from small to comfortable; one frame in ten shows no label. The process is
pinned to one CPU and OpenCV to one thread.

Two figures:

* frames/s through our decoder path (``ZxingDecoder.decode``: grey conversion, restricted formats, plain text
  with GS, symbol records), next to a bare ``zxingcpp.read_barcodes`` call with the same options on the same
  frames (the reference; their ratio is our overhead). A bare call with zxing-cpp's defaults (every format,
  inverted pass) and pyzbar are reported in the details.
* the share of readable frames that were read: "readable" means zxing-cpp at its most thorough (defaults, every
  format) read the label's exact data from that frame; "read" means our path returned that exact data and AIM
  identifier. Anything else our path returned counts as a false read (reported; should be 0).
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import zxingcpp

from bench import Result, Session, latency_ms, num, reference, result
from floorstation.devices.decoders import Decoder, ZxingDecoder, make_decoder
from floorstation.domain.scanning import GS

W, H = 1280, 720
SEED = 20261124
LOTS = ("LOT-42", "A1B2C3", "L2024-0917", "X7", "RM-88/2", "24Q3-001")


@dataclass(frozen=True)
class Frame:
    image: np.ndarray
    raw: str | None
    aim: str | None
    fmt: str | None


def _label(rng: np.random.Generator, i: int) -> tuple[str, str, bool]:
    """HRI for the writer, the raw data expected back, and whether it may go on a DataMatrix (SSCCs do not)."""
    if rng.random() < 0.3:
        sscc = _sscc(i)
        return f"(00){sscc}", f"00{sscc}", False
    lot = LOTS[i % len(LOTS)]
    expiry = f"{27 + i % 3}{1 + i % 12:02d}{1 + i % 28:02d}"
    return f"(01)09501101530003(10){lot}(17){expiry}", f"010950110153000310{lot}{GS}17{expiry}", True


def _sscc(i: int) -> str:
    body = f"1061414123456{i:04d}"
    total = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _card(hri: str, fmt: zxingcpp.BarcodeFormat, module: float) -> np.ndarray:
    symbol = np.asarray(zxingcpp.create_barcode(hri, fmt, gs1=True).to_image(scale=1))
    if fmt == zxingcpp.BarcodeFormat.Code128:
        symbol = np.repeat(symbol[:1], 40, axis=0)
    symbol = cv2.resize(symbol, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    return cv2.copyMakeBorder(symbol, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=235)


def _bench_top(rng: np.random.Generator) -> np.ndarray:
    blotches = rng.normal(165, 35, (H // 20, W // 20)).clip(0, 255).astype(np.uint8)
    top = cv2.resize(cv2.GaussianBlur(blotches, (0, 0), 1.0), (W, H), interpolation=cv2.INTER_CUBIC)
    for _ in range(10):
        x, y = int(rng.integers(0, W - 320)), int(rng.integers(30, H - 20))
        cv2.putText(top, f"LOT {rng.integers(1000, 9999)} 05901234", (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 50, 2)
    return top


def _place(top: np.ndarray, card: np.ndarray, rng: np.random.Generator, tilt_deg: float) -> np.ndarray | None:
    h, w = card.shape
    tilt = math.radians(tilt_deg)
    turn = np.array([[math.cos(tilt), math.sin(tilt)], [-math.sin(tilt), math.cos(tilt)]])
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    outline = (corners - np.array([w / 2, h / 2])) @ turn + rng.uniform(-0.06, 0.06, (4, 2)) * np.array([w, h])
    span = outline.max(axis=0) - outline.min(axis=0)
    if span[0] > W - 20 or span[1] > H - 20:
        return None
    centre = rng.uniform(span / 2 + 10, np.array([W, H]) - span / 2 - 10)
    matrix = cv2.getPerspectiveTransform(corners, (outline + centre).astype(np.float32))
    frame = top.copy()
    cv2.warpPerspective(card, matrix, (W, H), dst=frame, borderMode=cv2.BORDER_TRANSPARENT)
    return frame


def _camera_look(frame: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    blurred = cv2.GaussianBlur(frame, (0, 0), float(rng.uniform(0.6, 1.4)))
    noisy = (blurred + rng.standard_normal(blurred.shape, dtype=np.float32) * rng.uniform(3, 7)).clip(0, 255)
    colour = cv2.cvtColor(noisy.astype(np.uint8), cv2.COLOR_GRAY2BGR)
    ok, jpeg = cv2.imencode(".jpg", colour, [cv2.IMWRITE_JPEG_QUALITY, 85])
    decoded = cv2.imdecode(jpeg, cv2.IMREAD_COLOR) if ok else None
    if decoded is None:
        raise RuntimeError("OpenCV could not round-trip a frame through JPEG")
    return np.asarray(decoded, dtype=np.uint8)


def make_frames(n: int, seed: int = SEED) -> list[Frame]:
    rng = np.random.default_rng(seed)
    top = _bench_top(rng)
    frames: list[Frame] = []
    i = 0
    while len(frames) < n:
        i += 1
        if i % 10 == 0:
            frames.append(Frame(_camera_look(top, rng), None, None, None))
            continue
        hri, raw, may_be_matrix = _label(rng, i)
        matrix = may_be_matrix and rng.random() < 0.6
        fmt = zxingcpp.BarcodeFormat.DataMatrix if matrix else zxingcpp.BarcodeFormat.Code128
        module = rng.uniform(3.0, 7.0) if matrix else rng.uniform(2.0, 4.0)
        # A 1D label needs a straight line through all its bars: tilted much, it is unreadable by any decoder.
        tilt = rng.uniform(-20, 20) if matrix else rng.uniform(-8, 8) + (90 if rng.random() < 0.15 else 0)
        placed = _place(top, _card(hri, fmt, module), rng, tilt)
        if placed is None:
            continue
        aim = "]d2" if matrix else "]C1"
        frames.append(Frame(_camera_look(placed, rng), raw, aim, "datamatrix" if matrix else "code128"))
    return frames


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    """Pin this process to one CPU and OpenCV to one thread (zxing-cpp is single-threaded already)."""
    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    affinity = getattr(os, "sched_getaffinity", None)
    before = affinity(0) if affinity else None
    try:
        if before:
            cpu = max(before)
            os.sched_setaffinity(0, {cpu})
            yield f"pinned to CPU {cpu}"
        else:
            yield "not pinned (no sched_setaffinity on this OS); OpenCV on one thread"
    finally:
        if before:
            os.sched_setaffinity(0, before)
        cv2.setNumThreads(threads)


def _timed(fn: Callable[[np.ndarray], Any], frames: list[Frame]) -> tuple[float, list[float], list[Any]]:
    """Frames/s over one pass, the seconds per frame, and what ``fn`` returned for each."""
    samples: list[float] = []
    out: list[Any] = []
    start = time.perf_counter()
    for f in frames:
        t0 = time.perf_counter()
        out.append(fn(f.image))
        samples.append(time.perf_counter() - t0)
    return len(frames) / (time.perf_counter() - start), samples, out


def _best_of(
    rounds: int, **contenders: Callable[[np.ndarray], Any]
) -> Callable[[list[Frame]], dict[str, tuple[float, list[float], list[Any]]]]:
    """Passes of every contender in turn (so machine noise hits all alike); the fastest pass of each is kept."""

    def run(frames: list[Frame]) -> dict[str, tuple[float, list[float], list[Any]]]:
        best: dict[str, tuple[float, list[float], list[Any]]] = {}
        for _ in range(rounds):
            for name, fn in contenders.items():
                timed = _timed(fn, frames)
                if name not in best or timed[0] > best[name][0]:
                    best[name] = timed
        return best

    return run


def _bare_same_options(decoder: ZxingDecoder) -> Callable[[np.ndarray], Any]:
    formats = zxingcpp.BarcodeFormats(tuple(decoder.FORMATS[f] for f in decoder.formats))

    def read(image: np.ndarray) -> Any:
        return zxingcpp.read_barcodes(
            cv2.cvtColor(image, cv2.COLOR_BGR2GRAY),
            formats=formats,
            try_invert=False,
            text_mode=zxingcpp.TextMode.Plain,
        )

    return read


def _thorough(image: np.ndarray) -> set[str]:
    """zxing-cpp's defaults (every format, inverted pass, all tries), raw text: what counts as readable."""
    return {b.text for b in zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)}


def _shares(frames: list[Frame], ours: list[list[Any]], thorough: list[set[str]]) -> dict[str, Any]:
    def hit(f: Frame, found: list[Any]) -> bool:
        return any((s.raw, s.aim) == (f.raw, f.aim) for s in found)

    labelled = [i for i, f in enumerate(frames) if f.raw is not None]
    readable = [i for i in labelled if frames[i].raw in thorough[i]]
    read = [i for i in readable if hit(frames[i], ours[i])]
    false_reads = sum(
        1 for f, found in zip(frames, ours, strict=True) for s in found if (s.raw, s.aim) != (f.raw, f.aim)
    )
    by_format: dict[str, dict[str, int]] = {}
    for i in readable:
        row = by_format.setdefault(str(frames[i].fmt), {"readable": 0, "read": 0})
        row["readable"] += 1
        row["read"] += hit(frames[i], ours[i])
    return {
        "frames_with_label": len(labelled),
        "readable": len(readable),
        "read": len(read),
        "read_of_all_labelled": sum(hit(frames[i], ours[i]) for i in labelled),
        "false_reads": false_reads,
        "by_format": by_format,
        "missed_readable_frames": sorted(set(readable) - set(read))[:20],
    }


def _pyzbar(frames: list[Frame], limit: int) -> dict[str, Any]:
    """The alternative backend on the 1D frames only (zbar reads no DataMatrix), as an informative figure."""
    try:
        decoder: Decoder = make_decoder("pyzbar")
    except Exception as exc:
        return {"skipped": str(exc)}
    one_d = [f for f in frames if f.fmt == "code128"][:limit]
    rate, samples, found = _timed(decoder.decode, one_d)
    read = sum(any((s.raw, s.aim) == (f.raw, f.aim) for s in out) for f, out in zip(one_d, found, strict=True))
    return {"frames": len(one_d), "frames_per_s": num(rate), **latency_ms(samples), "read": read}


def run(session: Session) -> list[Result]:
    n = session.size(200, 50)
    rounds = session.size(2, 1)
    frames = make_frames(n)
    ours = make_decoder("zxing")
    assert isinstance(ours, ZxingDecoder)
    bare = _bare_same_options(ours)
    with one_core() as pinning:
        ours.decode(frames[0].image)  # warm-up
        best = _best_of(rounds, ours=ours.decode, bare=bare)(frames)
        (our_rate, our_samples, our_found), (bare_rate, bare_samples, _) = best["ours"], best["bare"]
        default_rate, _, thorough = _timed(_thorough, frames)
        pyzbar = _pyzbar(frames, session.size(60, 15))
    shares = _shares(frames, our_found, thorough)
    share = 100.0 * shares["read"] / max(1, shares["readable"])
    common = {"frames": len(frames), "size": f"{W}x{H}", "cpu": pinning, "formats": list(ours.formats)}
    return [
        result(
            "camera.decode",
            our_rate,
            "frames/s",
            at_least=30,
            details={
                **common,
                "rounds": rounds,
                **latency_ms(our_samples),
                "reference": reference("bare zxing-cpp read_barcodes, same options", bare_rate, "frames/s"),
                "overhead_ratio": num(bare_rate / our_rate),
                "bare_ms": latency_ms(bare_samples),
                "bare_zxing_defaults_frames_per_s": num(default_rate),
                "pyzbar_1d_only": pyzbar,
            },
        ),
        result("camera.readable_frames_read", share, "%", at_least=99, details={**common, **shares}),
    ]
