"""``floorstation demo --mode``: the goods-in and dispatch demo stations have their own data folders beside the
production demo's, share its embedded server, and get SSCC blocks of their own from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from floorstation import bootstrap, cli


def test_the_demo_stations_share_one_server_and_get_their_own_sscc_blocks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo"
    assert cli.main(["--data-dir", str(demo), "demo", "--headless", "--actions", "0"]) == 0
    assert cli.main(["--data-dir", str(demo), "demo", "--mode", "goods_in", "--headless"]) == 0
    out = capsys.readouterr().out
    assert "station ST-02 created in" in out and str(tmp_path / "demo-goods-in") in out

    blocks = []
    for root, station_id, mode in ((demo, "ST-01", "production"), (tmp_path / "demo-goods-in", "ST-02", "goods_in")):
        station = bootstrap.build(root)
        try:
            assert (station.config.station_id, station.config.mode) == (station_id, mode)
            in_use = bootstrap.sscc_in_use(station)
        finally:
            station.close()
        assert in_use.source == "enrollment"
        blocks.append((in_use.range.first_serial, in_use.range.last_serial))
    assert blocks == [(100_000, 199_999), (200_000, 299_999)]
    assert not (tmp_path / "demo-goods-in" / "server").exists()  # one server, in the production demo's folder
