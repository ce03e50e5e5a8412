"""Provisioning from the server (docs/deploy.md, "Provisioning stations"): the configuration the server keeps for a
station reaches it with the heartbeat answer, the station's own station.toml wins key by key, and the station
hears which version the plant runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from floorstation import __version__, bootstrap, cli, paths
from floorstation.server import cli as server_cli
from floorstation.server import enrollment
from floorstation.sync import server_credentials
from tests.integration.serverkit import LiveServer, new_station

Capsys = pytest.CaptureFixture[str]


def server_command(capsys: Capsys, server_db: str, *args: str) -> str:
    capsys.readouterr()
    assert server_cli.main([*args[:1], *args[1:2], "--db", server_db, *args[2:]]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def sync_round(station: bootstrap.Station) -> object:
    worker = bootstrap.sync_worker(station)
    try:
        worker.run_once()
        status = worker.status()
    finally:
        worker.stop()
    assert status.last_error is None
    return status


def enrolled_station(root: Path, live_server: LiveServer, station_id: str) -> bootstrap.Station:
    station = new_station(root, station_id)
    token = live_server.enroll(station_id)
    server_credentials.save(root, server_credentials.ServerCredentials(live_server.url, station_id, token))
    return station


def test_configuration_pushed_from_the_server_reaches_the_station_and_station_toml_wins(
    live_server: LiveServer, server_db: str, tmp_path: Path, capsys: Capsys
) -> None:
    root = tmp_path / "st"
    enrolled_station(root, live_server, "ST-50").close()
    config_file = paths.config_path(root)
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace("# tap_guard_ms = 350", "tap_guard_ms = 200"),
        encoding="utf-8",
    )
    station = bootstrap.build(root)
    fragment = tmp_path / "dock.toml"
    fragment.write_text(
        '[station]\nname = "Dock 2"\n\n[[printer]]\nname = "dock"\nurl = "pdf:cards/"\nrole = "both"\n',
        encoding="utf-8",
    )
    shown = server_command(
        capsys, server_db, "station", "config", "ST-50", "--set", "mode=goods_in", "--set", "tap_guard_ms=500",
        "--file", str(fragment),
    )  # fmt: skip
    assert 'mode = "goods_in"' in shown
    assert "tap_guard_ms = 500" in shown
    assert "[[printer]]" in shown

    try:
        status = sync_round(station)
    finally:
        station.close()
    assert status.config is not None  # type: ignore[attr-defined]
    assert status.config.mode == "goods_in"  # type: ignore[attr-defined]
    assert set(status.config.restart) == {"name", "printers"}  # type: ignore[attr-defined]

    capsys.readouterr()
    assert cli.main(["--data-dir", str(root), "config", "show"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")}
    assert lines["mode"].endswith("# server") and '"goods_in"' in lines["mode"]
    assert lines["tap_guard_ms"].endswith("# station.toml") and "200" in lines["tap_guard_ms"]
    assert lines["name"].endswith("# server") and '"Dock 2"' in lines["name"]
    assert lines["[printer]"].endswith("# server") and "dock" in lines["[printer]"]
    assert lines["station_id"].endswith("# station.toml")
    assert lines["idle_sign_out_seconds"].endswith("# default")

    restarted = bootstrap.build(root)
    try:
        config = restarted.config
        assert (config.mode, config.name, config.tap_guard_ms) == ("goods_in", "Dock 2", 200)
        assert [p.name for p in config.printers] == ["dock"]
    finally:
        restarted.close()


def test_a_configuration_the_station_cannot_take_is_refused_and_the_station_keeps_its_own(
    live_server: LiveServer, server_db: str, tmp_path: Path, capsys: Capsys
) -> None:
    root = tmp_path / "st"
    station = enrolled_station(root, live_server, "ST-51")
    server_command(capsys, server_db, "station", "config", "ST-51", "--set", "mode=warehouse")
    try:
        status = sync_round(station)
    finally:
        station.close()
    outcome = status.config  # type: ignore[attr-defined]
    assert outcome is not None
    assert outcome.refused is not None and "mode 'warehouse' is not a station mode" in outcome.refused
    assert not (root / "server-config.json").exists()
    again = bootstrap.build(root)
    try:
        assert again.config.mode == "production"
    finally:
        again.close()


def test_the_station_hears_which_version_the_plant_runs(
    live_server: LiveServer, server_db: str, tmp_path: Path, capsys: Capsys
) -> None:
    station = enrolled_station(tmp_path / "st", live_server, "ST-52")
    try:
        assert sync_round(station).plant_version == __version__  # type: ignore[attr-defined]
        out = server_command(capsys, server_db, "plant-version", "set", "99.1.0")
        assert out.strip() == "the plant runs 99.1.0; stations behind it say so"
        assert sync_round(station).plant_version == "99.1.0"  # type: ignore[attr-defined]
    finally:
        station.close()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(tmp_path / "st"), "sync", "--once"]) == 0
    assert f"the plant runs 99.1.0; this station runs {__version__}: update it" in capsys.readouterr().out
    assert json.loads(server_command(capsys, server_db, "station", "config", "ST-52", "--json")) == {}


def test_floorstation_enroll_takes_the_text_of_the_offices_qr_code(
    live_server: LiveServer, tmp_path: Path, capsys: Capsys
) -> None:
    root = tmp_path / "st"
    new_station(root, "ST-53").close()
    qr = enrollment.qr_content("ST-53", enrollment.create_code(live_server.engine, "ST-53"), live_server.url)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(root), "enroll", "--code", qr]) == 0, capsys.readouterr().err
    assert f"station ST-53 enrolled with {live_server.url}" in capsys.readouterr().out
    assert server_credentials.load(root, "ST-53").url == live_server.url
