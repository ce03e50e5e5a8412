"""``floorstation scan explain``, ``scan video`` and ``devices`` as the person setting up scanners uses them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
import zxingcpp

from floorstation import cli
from floorstation.domain.scanning import GS, ScanEvent

Capsys = pytest.CaptureFixture[str]
REQUIRED = {"kind", "aim", "gtin", "lot", "expiry", "sscc", "quantity", "errors"}


def run(capsys: Capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def explain(capsys: Capsys, data_dir: Path, *args: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, data_dir, "scan", "explain", *args)
    lines = out.splitlines()
    assert len(lines) == 1, out
    return code, json.loads(lines[0])


@pytest.mark.parametrize(
    "data",
    [
        "]C10105901234000017\\x1d10SUP-1\\x1d17281231\\x1d30250",  # GS written as \x1d
        "]C10105901234000017<GS>10SUP-1<GS>17281231<GS>30250",  # as zxing's escaped text shows it
        f"]C10105901234000017{GS}10SUP-1{GS}17281231{GS}30250",  # the character itself
    ],
)
def test_explain_prints_one_json_object(capsys: Capsys, tmp_path: Path, data: str) -> None:
    code, result = explain(capsys, tmp_path, data)
    assert code == 0
    assert set(result) >= REQUIRED
    assert {k: result[k] for k in REQUIRED} == {
        "kind": "gs1",
        "aim": "]C1",
        "gtin": "05901234000017",
        "lot": "SUP-1",
        "expiry": "2028-12-31",
        "sscc": None,
        "quantity": 250,
        "errors": [],
    }
    assert result["data"] == f"0105901234000017{GS}10SUP-1{GS}17281231{GS}30250"


def test_explain_with_the_aim_given_apart(capsys: Capsys, tmp_path: Path) -> None:
    code, result = explain(capsys, tmp_path, "00106141412345678908", "--aim", "]C1")
    assert (code, result["kind"], result["sscc"], result["symbology"]) == (0, "sscc", "106141412345678908", "GS1-128")


def test_explain_a_junk_scan_exits_1_and_says_what_it_is_not(capsys: Capsys, tmp_path: Path) -> None:
    code, result = explain(capsys, tmp_path, "hello")
    assert code == 1
    assert result["kind"] == "unknown"
    assert "not a code floorstation knows" in result["errors"][0]


def test_explain_a_bad_gs1_label_lists_every_error(capsys: Capsys, tmp_path: Path) -> None:
    code, result = explain(capsys, tmp_path, "]C10109501101530004\\x1d10A\\x1d17261331")
    assert code == 1
    assert len(result["errors"]) == 2
    assert "wrong check digit" in result["errors"][0] and "not a date" in result["errors"][1]


def test_explain_uses_the_stations_badge_pattern(capsys: Capsys, tmp_path: Path) -> None:
    assert explain(capsys, tmp_path, "B1001")[1]["kind"] == "unknown"  # no station here: badges need B:
    station = tmp_path / "station"
    assert run(capsys, station, "init", "--demo")[0] == 0
    code, result = explain(capsys, station, "B1001")
    assert (code, result["kind"], result["badge"]) == (0, "badge", "B1001")
    assert explain(capsys, station, "G1-26327-001")[1]["kind"] == "lot"


def test_explain_refuses_an_aim_that_is_not_one(capsys: Capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, tmp_path, "scan", "explain", "x", "--aim", "C1")
    assert code == 2 and out == ""
    assert "not an AIM identifier" in err and "]C1" in err


def test_video_prints_one_json_line_per_scan(capsys: Capsys, tmp_path: Path) -> None:
    video = tmp_path / "label.avi"
    _write_video(video, "(01)05901234000017(10)SUP-9(17)281231")
    code, out, err = run(capsys, tmp_path, "scan", "video", str(video))
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 1, out
    line = lines[0]
    assert set(line) >= {"frame", "raw", "aim"} | REQUIRED
    assert (line["aim"], line["raw"], line["gtin"], line["lot"], line["expiry"], line["errors"]) == (
        "]d2",
        f"010590123400001710SUP-9{GS}17281231",  # GS only after the variable-length lot
        "05901234000017",
        "SUP-9",
        "2028-12-31",
        [],
    )
    assert "1 scan in" in err


def test_video_handler_explains_what_the_camera_reads(
    capsys: Capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from floorstation.devices import camera

    at = datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=1)))

    def fake_read_video(path: Path, **kwargs: object) -> Iterator[tuple[int, ScanEvent]]:
        yield 3, ScanEvent("M:M01", "]Q1", f"video:{path}", at)
        yield 40, ScanEvent("junk!", None, f"video:{path}", at)

    monkeypatch.setattr(camera, "read_video", fake_read_video)
    code, out, _ = run(capsys, tmp_path, "scan", "video", "clip.mp4")
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["frame"], first["kind"], first["machine"], first["aim"]) == (3, "machine", "M01", "]Q1")
    assert (second["frame"], second["kind"]) == (40, "unknown") and second["errors"]


def test_video_of_a_missing_file_says_so(capsys: Capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "scan", "video", str(tmp_path / "nothing.mp4"))
    assert code == 2 and "nothing.mp4" in err


def test_devices_lists_what_is_there(capsys: Capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path, "devices")
    assert code == 0
    for heading in ("scanners", "serial ports:", "cameras:", "printers:", "keyboards"):
        assert heading in out
    code, out, _ = run(capsys, tmp_path, "devices", "--json")
    found = json.loads(out)
    assert code == 0
    assert set(found) == {"scanners", "configured_cameras", "keyboards", "serial_ports", "cameras", "printers"}
    assert found["configured_cameras"] == []
    assert found["scanners"] == [
        {"id": "wedge", "kind": "wedge", "where": "keyboard input of the terminal's window", "present": "n/a"}
    ]


def test_devices_shows_the_configured_scanners(capsys: Capsys, tmp_path: Path) -> None:
    station = tmp_path / "station"
    assert run(capsys, station, "init", "--demo")[0] == 0
    with (station / "station.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[scanner]]\nid = "dock"\nkind = "serial"\nport = "/dev/serial/by-id/usb-nothing"\n')
    code, out, _ = run(capsys, station, "devices")
    assert code == 0
    assert "dock" in out and "/dev/serial/by-id/usb-nothing: NOT FOUND" in out


def test_devices_shows_the_configured_cameras(capsys: Capsys, tmp_path: Path) -> None:
    station = tmp_path / "station"
    assert run(capsys, station, "init", "--demo")[0] == 0
    with (station / "station.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[camera]]\nid = "dock"\nsource = "/dev/video-floorstation-missing"\n')
        f.write('\n[[camera]]\nid = "gate"\nsource = "rtsp://viewer:secret@10.0.0.7/stream1"\n')
    code, out, _ = run(capsys, station, "devices")
    assert code == 0
    lines = out[out.index("cameras in the station configuration:") :].splitlines()[1:4]
    assert lines[0].split() == [
        "goods-in",
        f"folder://{station}/demo-camera?fps=5&hold=25&loop=1:",
        "found",
        "at",
        f"{station}/demo-camera",
    ]
    assert lines[1].split() == ["dock", "/dev/video-floorstation-missing:", "NOT", "FOUND"]
    assert lines[2].split()[:3] == ["gate", "rtsp://viewer@10.0.0.7/stream1:", "not"]
    assert "secret" not in out
    code, out, _ = run(capsys, station, "devices", "--json")
    assert [c["id"] for c in json.loads(out)["configured_cameras"]] == ["goods-in", "dock", "gate"]


def test_a_camera_mistake_in_the_configuration_says_which_camera(capsys: Capsys, tmp_path: Path) -> None:
    station = tmp_path / "station"
    assert run(capsys, station, "init", "--demo")[0] == 0
    with (station / "station.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[camera]]\nid = "dock"\nsource = "0"\ndecoder = "pyzbar"\nformats = ["datamatrix"]\n')
    code, _, err = run(capsys, station, "devices")
    assert code == 2
    assert "camera 2 (dock): The pyzbar decoder cannot read datamatrix." in err
    assert "use the zxing decoder" in err


def test_init_demo_draws_the_demo_cameras_labels(capsys: Capsys, tmp_path: Path) -> None:
    """What the demo's camera shows: three supplier labels of materials the demo plant has, readable."""
    station = tmp_path / "station"
    assert run(capsys, station, "init", "--demo")[0] == 0
    code, out, _ = run(capsys, station, "scan", "video", str(station / "demo-camera"))
    assert code == 0
    scans = [json.loads(line) for line in out.splitlines()]
    assert [(s["kind"], s["gtin"], s["lot"], s["errors"]) for s in scans] == [
        ("gs1", "05901234000017", "SUP-4711", []),
        ("gs1", "05901234000024", "SUP-4712", []),
        ("gs1", "15901234000014", "SUP-4713", []),
    ]
    assert {s["aim"] for s in scans} <= {"]d2", "]d8", "]C1"}
    assert sum(p.stat().st_size for p in (station / "demo-camera").iterdir()) < 1_000_000


def _write_video(path: Path, hri: str, frames: int = 12, fps: float = 10.0) -> None:
    symbol = np.array(zxingcpp.create_barcode(hri, zxingcpp.BarcodeFormat.DataMatrix, gs1=True).to_image(scale=8))
    frame = np.full((360, 480), 255, np.uint8)
    y, x = (360 - symbol.shape[0]) // 2, (480 - symbol.shape[1]) // 2
    frame[y : y + symbol.shape[0], x : x + symbol.shape[1]] = symbol
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (480, 360))
    try:
        for _ in range(frames):
            writer.write(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR))
    finally:
        writer.release()
