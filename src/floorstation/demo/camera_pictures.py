"""The demo's simulated camera: pictures of supplier labels on a bench, drawn at ``floorstation init --demo``.

The demo station's ``[[camera]]`` (``resources/demo/station.toml``) plays this image folder in a loop, so the
demo has a camera whose scans come through the real path: zxing-cpp's writer draws the GS1 symbols, OpenCV
lays the labels on a bench, and the camera decodes the pictures like any other. The pictures are written into
the station's data folder, never kept in the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

FOLDER = "demo-camera"
"""The image folder in the demo station's data folder; the demo's station.toml names it."""
SIZE = (960, 540)
EMPTY_BETWEEN = 5
"""Pictures of the empty bench after each label: in the demo's loop a label comes by every 30 s, not all the time."""


@dataclass(frozen=True, slots=True)
class DemoLabel:
    title: str
    hri: str
    """GS1 element strings as printed under the symbol: ``(01)...(10)...``."""
    matrix: bool
    """GS1 DataMatrix, else GS1-128."""
    tilt: float


LABELS = (
    DemoLabel("Cap 28 mm, blue", "(01)05901234000017(10)SUP-4711(17)281231(30)5000", matrix=True, tilt=-6.0),
    DemoLabel("Cap 38 mm, blue", "(01)05901234000024(10)SUP-4712(17)290630(30)3000", matrix=False, tilt=3.0),
    DemoLabel("Case of 2000 caps 28 mm", "(01)15901234000014(10)SUP-4713(17)290331(30)4", matrix=True, tilt=8.0),
)
"""Goods-in labels of the demo plant's materials that carry a GTIN (resources/demo/plant.json)."""


def write(folder: Path, labels: tuple[DemoLabel, ...] = LABELS) -> list[Path]:
    """Draw the pictures into ``folder`` (created), in the order the camera shows them; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    bench = _bench()
    written = []
    for i, label in enumerate(labels):
        pictures = [_lay(bench, _card(label), label.tilt), *[bench] * EMPTY_BETWEEN]
        for j, picture in enumerate(pictures):
            path = folder / f"{i + 1:02d}-{j}-{'label' if j == 0 else 'empty'}.jpg"
            if not cv2.imwrite(str(path), picture, [cv2.IMWRITE_JPEG_QUALITY, 90]):
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def _bench() -> np.ndarray:
    """A plain grey bench, lit from one side (smooth, so the pictures stay small)."""
    width, height = SIZE
    shade = np.linspace(150, 205, width, dtype=np.float32)[None, :] + np.linspace(0, 20, height)[:, None]
    bench = cv2.cvtColor(shade.clip(0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
    cv2.rectangle(bench, (40, 40), (width - 40, height - 40), (120, 130, 140), 2)
    cv2.putText(bench, "GOODS-IN", (56, 80), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (90, 100, 110), 2)
    return bench


def _card(label: DemoLabel) -> np.ndarray:
    """A white label: title, symbol, and the data in human-readable form under it."""
    fmt = zxingcpp.BarcodeFormat.DataMatrix if label.matrix else zxingcpp.BarcodeFormat.Code128
    symbol = np.asarray(zxingcpp.create_barcode(label.hri, fmt, gs1=True).to_image(scale=1))
    if not label.matrix:
        symbol = np.repeat(symbol[:1], 40, axis=0)  # bars as tall as on a carton label, in modules
    module = 6 if label.matrix else 2
    symbol = cv2.resize(symbol, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    width = max(symbol.shape[1] + 60, 420)
    height = symbol.shape[0] + 130
    card = np.full((height, width), 255, np.uint8)
    cv2.putText(card, label.title, (20, 38), cv2.FONT_HERSHEY_SIMPLEX, 0.75, 0, 2)
    x = (width - symbol.shape[1]) // 2
    card[60 : 60 + symbol.shape[0], x : x + symbol.shape[1]] = symbol
    cv2.putText(card, label.hri, (20, height - 24), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 0, 1)
    return card


def _lay(bench: np.ndarray, card: np.ndarray, tilt: float) -> np.ndarray:
    """``card`` lying on ``bench``, turned by ``tilt`` degrees about the middle of the picture."""
    width, height = SIZE
    h, w = card.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), tilt, 1.0)
    turn[:, 2] += (width / 2 - w / 2, height / 2 - h / 2)
    picture = bench.copy()
    coloured = cv2.cvtColor(card, cv2.COLOR_GRAY2BGR)
    cv2.warpAffine(coloured, turn, SIZE, dst=picture, borderMode=cv2.BORDER_TRANSPARENT)
    return picture
