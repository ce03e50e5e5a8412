"""The station's mode in station.toml: production unless it says otherwise; one of three; and the demo's goods-in
and dispatch stations load as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from floorstation import config as station_config
from floorstation import paths
from floorstation.domain.errors import InvalidInput

STATION = '[station]\nstation_id = "ST-09"\nstation_code = "G9"\n'


def load(tmp_path: Path, text: str) -> station_config.StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return station_config.load(path)


def test_a_station_is_a_production_station_unless_it_says_otherwise(tmp_path: Path) -> None:
    assert load(tmp_path, STATION).mode == "production"
    assert load(tmp_path, STATION + 'mode = "dispatch"\n').mode == "dispatch"


def test_an_unknown_mode_is_refused_naming_the_allowed_ones(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        load(tmp_path, STATION + 'mode = "packing"\n')
    assert "mode 'packing' is not a station mode" in refused.value.message
    assert refused.value.hint == 'Set mode in the [station] table to one of: "production", "goods_in", "dispatch".'


def test_the_mode_is_saved_in_place(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(STATION + "# the dock\n", encoding="utf-8")
    station_config.save_station_option(path, "mode", "goods_in")
    assert station_config.load(path).mode == "goods_in"
    assert "# the dock" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "mode", "station_id"),
    [
        ("station.toml", "production", "ST-01"),
        ("goods-in.toml", "goods_in", "ST-02"),
        ("dispatch.toml", "dispatch", "ST-03"),
    ],
)
def test_the_demo_stations_load_with_their_modes(tmp_path: Path, name: str, mode: str, station_id: str) -> None:
    cfg = load(tmp_path, (paths.resources_dir() / "demo" / name).read_text(encoding="utf-8"))
    assert (cfg.mode, cfg.station_id) == (mode, station_id)
