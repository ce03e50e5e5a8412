"""Every ``station.toml`` example in the docs, and the demo's own, loads as written.

A reader copies these into a terminal's configuration; an example that no longer loads would stop a station.
An example without a ``[station]`` table (a fragment) is loaded below a minimal one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from floorstation import config as station_config
from floorstation import paths

DOCS = Path(__file__).resolve().parents[2] / "docs"
STATION = '[station]\nstation_id = "ST-09"\nstation_code = "G9"\n'
TOML_BLOCK = re.compile(r"^```toml\n(.*?)^```", re.S | re.M)


def blocks() -> dict[str, str]:
    """Each TOML example of the scanner and camera pages, by page and number."""
    found = {}
    for page in ("scanners.md", "cameras.md"):
        for i, block in enumerate(TOML_BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))):
            found[f"{page}-{i + 1}"] = block
    return found


def the_one(*words: str) -> str:
    (text,) = [b for b in blocks().values() if all(w in b for w in words)]
    return text


def load(tmp_path: Path, text: str) -> station_config.StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(text if "[station]" in text else STATION + text, encoding="utf-8")
    return station_config.load(path)


def test_the_docs_have_examples_with_scanners_and_cameras() -> None:
    assert sum("[[scanner]]" in b for b in blocks().values()) >= 1
    assert sum("[[camera]]" in b for b in blocks().values()) >= 3


@pytest.mark.parametrize("text", list(blocks().values()), ids=list(blocks()))
def test_a_docs_example_loads(tmp_path: Path, text: str) -> None:
    cfg = load(tmp_path, text)
    assert len(cfg.scanners) == text.count("[[scanner]]")
    assert len(cfg.cameras) == text.count("[[camera]]")


def test_the_docs_example_with_scanners_and_cameras(tmp_path: Path) -> None:
    cfg = load(tmp_path, the_one("[[scanner]]", "[[camera]]"))
    assert [(s.id, s.kind.value) for s in cfg.scanners] == [("front", "wedge"), ("dock", "serial")]
    assert [(c.id, c.source, c.decoder) for c in cfg.cameras] == [("table", "/dev/video0", "zxing")]


def test_the_network_camera_example_keeps_its_password_off_screen(tmp_path: Path) -> None:
    goods_in, dock = load(tmp_path, the_one("rtsp://")).cameras
    assert (goods_in.formats, dock.decoder, dock.formats, dock.debounce_s) == (
        ("datamatrix", "code128"),
        "pyzbar",
        ("code128",),
        5.0,
    )
    assert dock.where == "rtsp://viewer@10.0.0.7/stream1"


def test_the_demo_station_has_a_looping_camera_in_its_data_folder(tmp_path: Path) -> None:
    text = (paths.resources_dir() / "demo" / "station.toml").read_text(encoding="utf-8")
    (camera,) = load(tmp_path, text).cameras
    assert camera.id == "goods-in"
    assert camera.source == f"folder://{tmp_path}/demo-camera?fps=5&hold=25&loop=1"
