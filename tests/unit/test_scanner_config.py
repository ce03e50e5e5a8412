"""Scanners in station.toml: ``[[scanner]]`` tables, refused with a message when wrong, written back by dump."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from floorstation import config as station_config
from floorstation.devices.scanner_config import DEFAULT_WEDGE, ScannerConfig, ScannerKind, effective
from floorstation.domain.errors import InvalidInput

STATION = '[station]\nstation_id = "ST-09"\nstation_code = "G9"\n'


def load(tmp_path: Path, text: str) -> station_config.StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(STATION + text, encoding="utf-8")
    return station_config.load(path)


def test_no_scanner_tables_means_one_default_wedge(tmp_path: Path) -> None:
    cfg = load(tmp_path, "")
    assert cfg.scanners == ()
    assert effective(cfg.scanners) == (DEFAULT_WEDGE,)
    assert DEFAULT_WEDGE.suffix == "\r" and DEFAULT_WEDGE.min_length == 4 and DEFAULT_WEDGE.max_key_gap_ms == 30


def test_scanners_of_every_kind(tmp_path: Path) -> None:
    cfg = load(
        tmp_path,
        """
badge_pattern = "B[0-9]{4}"

[[scanner]]
id = "front"
kind = "wedge"
max_key_gap_ms = 50
gs_substitute = "#"

[[scanner]]
id = "dock"
kind = "serial"
usb_vid = "0c2e"
usb_pid = "0B61"
usb_serial = "21012B0123"
suffix = "\\r\\n"

[[scanner]]
id = "line1"
kind = "evdev"
name_contains = "Honeywell"
""",
    )
    front, dock, line1 = cfg.scanners
    assert (front.kind, front.max_key_gap_s, front.gs_substitute, front.source) == (
        ScannerKind.WEDGE,
        0.05,
        "#",
        "wedge:front",
    )
    assert (dock.kind, dock.usb_vid, dock.usb_pid, dock.suffix, dock.where) == (
        ScannerKind.SERIAL,
        "0c2e",
        "0B61",
        "\r\n",
        "USB 0c2e:0B61 21012B0123",
    )
    assert (line1.kind, line1.name_contains) == (ScannerKind.EVDEV, "Honeywell")
    assert cfg.rules().badge_pattern == "B[0-9]{4}"


def test_dump_writes_scanners_back(tmp_path: Path) -> None:
    scanners = (
        ScannerConfig(id="dock", kind=ScannerKind.SERIAL, port="/dev/ttyACM0", suffix="\r\n", gs_substitute="#"),
        ScannerConfig(id="front", max_key_gap_ms=45.0),
    )
    original = station_config.StationConfig("ST-09", "G9", badge_pattern="B\\d{4}", scanners=scanners)
    path = tmp_path / "station.toml"
    path.write_text(station_config.dump(original), encoding="utf-8")
    assert station_config.load(path) == original


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[scanner]]\nkind = "wedge"\n', "needs an id"),
        ('[[scanner]]\nid = "a"\nkind = "bluetooth"\n', "kind 'bluetooth' is not one of wedge, serial, evdev"),
        ('[[scanner]]\nid = "a"\ncolour = "red"\n', "unknown settings ['colour']"),
        ('[[scanner]]\nid = "a"\nmin_length = "4"\n', "min_length must be a int"),
        ('[[scanner]]\nid = "a"\nmin_length = true\n', "min_length must be a int"),
        ('[[scanner]]\nid = "a"\nmax_key_gap_ms = 0\n', "max_key_gap_ms must be 1 to 1000"),
        ('[[scanner]]\nid = "a"\nkind = "serial"\n', "needs a port, or usb_vid and usb_pid"),
        ('[[scanner]]\nid = "a"\nkind = "serial"\nusb_vid = "zz"\nusb_pid = "0001"\n', "4 hex digits"),
        ('[[scanner]]\nid = "a"\nkind = "serial"\nport = "loop://"\nsuffix = ""\n', "needs a suffix"),
        ('[[scanner]]\nid = "a"\nkind = "evdev"\n', "needs a device, a name_contains"),
        ('[[scanner]]\nid = "a"\n[[scanner]]\nid = "a"\nkind = "serial"\nport = "x"\n', "same id"),
        ('[[scanner]]\nid = "a"\n[[scanner]]\nid = "b"\n', "more than one wedge scanner"),
        ('[[scanner]]\nid = "a"\ngs_substitute = "##"\n', "one character"),
        ("scanner = 3\n", "unknown settings"),
        ('badge_pattern = "B[0-9"\n', "not a regular expression"),
    ],
)
def test_mistakes_are_refused_with_a_message(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(message)):
        load(tmp_path, text)
