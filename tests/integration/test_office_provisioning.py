"""Provisioning in the plant office (admins): the plant's version against each station's, and the configuration
the server sends a station, edited as a station.toml fragment."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import httpx
import pytest

from floorstation import __version__
from floorstation.server import provisioning
from floorstation.server.db import open_database
from tests.integration.officekit import add_users, csrf_of, office_client
from tests.integration.serverkit import LiveServer


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('office-provisioning') / 'server.db'}")
    add_users(engine)
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def heartbeat(server: LiveServer, station_id: str, version: str) -> dict[str, object]:
    token = server.enroll(station_id)
    body = {"app_version": version, "pending_count": 0, "station_time": "2026-12-07T10:00:00.000+00:00"}
    answer = httpx.post(f"{server.url}/v1/heartbeat", json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    result: dict[str, object] = answer.json()
    return result


def row(page: str, station_id: str) -> str:
    found = re.search(rf'<tr data-station="{station_id}">(.*?)</tr>', page, re.S)
    assert found is not None, page[:2000]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1)))).strip()


def test_the_stations_page_shows_each_stations_version_against_the_plants(server: LiveServer) -> None:
    heartbeat(server, "ST-OLD", "0.0.9")
    answer = heartbeat(server, "ST-NOW", "2.0.0")
    assert answer["plant_version"] == __version__
    with office_client(server.url, "admin") as client:
        page = client.get("/stations").text
        assert f"Every station should run {__version__}" in html.unescape(page)
        assert f"0.0.9 behind {__version__}" in row(page, "ST-OLD")

        csrf = csrf_of(page)
        assert client.post("/stations/plant-version", data={"version": "2.0.0", "csrf": csrf}).status_code == 303
        page = client.get("/stations").text
        assert "0.0.9 behind 2.0.0" in row(page, "ST-OLD")
        assert "behind" not in row(page, "ST-NOW")
        assert heartbeat(server, "ST-NEXT", "1.0.0")["plant_version"] == "2.0.0"

        bad = client.post("/stations/plant-version", data={"version": "two point oh", "csrf": csrf})
        assert bad.status_code == 422
        assert "'two point oh' is not a version." in html.unescape(bad.text)
        assert 'value="two point oh"' in bad.text  # what was typed stays in the field


def test_an_admin_edits_the_configuration_a_station_receives(server: LiveServer) -> None:
    with office_client(server.url, "admin") as client:
        page = client.get("/stations/ST-DOCK/config")
        assert page.status_code == 200
        csrf = csrf_of(page.text)
        fragment = '[station]\nmode = "goods_in"\n\n[[printer]]\nname = "dock"\nurl = "pdf:cards/"\n'
        saved = client.post("/stations/ST-DOCK/config", data={"config": fragment, "csrf": csrf})
        assert saved.status_code == 303
        shown = client.get(saved.headers["location"]).text
        assert "takes it at its next heartbeat" in shown
        assert 'mode = "goods_in"' in html.unescape(shown)
        assert provisioning.read(server.engine, "ST-DOCK") == {
            "station": {"mode": "goods_in"},
            "printer": [{"name": "dock", "url": "pdf:cards/"}],
        }
        assert heartbeat(server, "ST-DOCK", __version__)["config"] == provisioning.read(server.engine, "ST-DOCK")

        broken = '[station]\nstation_id = "ST-OTHER"\nmode = "goods_in'
        refused = client.post("/stations/ST-DOCK/config", data={"config": broken, "csrf": csrf})
        assert refused.status_code == 422
        assert "is not valid TOML" in refused.text and "nothing was saved" in refused.text
        assert broken in html.unescape(refused.text)  # what was typed is kept to be fixed
        local = client.post("/stations/ST-DOCK/config", data={"config": broken + '"', "csrf": csrf})
        assert local.status_code == 422 and "station_id cannot be set from the server" in local.text
        dated = client.post("/stations/ST-DOCK/config", data={"config": "[station]\nname = 2026-12-07", "csrf": csrf})
        assert dated.status_code == 422 and "holds a date or time" in dated.text
        assert provisioning.read(server.engine, "ST-DOCK")["station"] == {"mode": "goods_in"}

    with office_client(server.url, "manager") as client:
        assert client.get("/stations/ST-DOCK/config").status_code in (303, 403)
