"""The snapshot a station fetches when its cursor expired: read by the server a page at a time, never built in
memory; a station follows the pages, and one from before paging gets the whole of it streamed in one answer."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from floorstation import bootstrap
from floorstation.app import machines, operators
from floorstation.domain.events import MachineCleared
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.sync import wire
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import DEMO_PLANT, LiveServer, new_station


def _badge(operator_id: str) -> str:
    plant = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    return str(next(o["badge"] for o in plant["operators"] if o["id"] == operator_id))


class _Stations:
    def __init__(self, server: LiveServer, root: Path) -> None:
        self.server = server
        self.a = new_station(root / "a", "ST-A1", plant=True)
        self.b = new_station(root / "b", "ST-B1", plant=True)
        self.tokens = {"a": server.enroll("ST-A1"), "b": server.enroll("ST-B1")}

    def client(self, name: str, transport: httpx.HTTPTransport | None = None) -> SyncClient:
        station = self.a if name == "a" else self.b
        return SyncClient(self.server.url, self.tokens[name], bootstrap.outbox(station), transport=transport)


@pytest.fixture
def stations(live_server: LiveServer, tmp_path: Path) -> Iterator[_Stations]:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    made = _Stations(live_server, tmp_path)
    yield made
    made.a.close()
    made.b.close()


class _Watching(httpx.HTTPTransport):
    """Counts the snapshot's pages and runs ``between`` once, after the first."""

    def __init__(self, between: Callable[[], None]) -> None:
        super().__init__()
        self.pages = 0
        self.between = between

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = super().handle_request(request)
        if request.url.path == wire.SNAPSHOT_PATH:
            self.pages += 1
            if self.pages == 1:
                self.between()
        return answer


def _open_marks(station: bootstrap.Station, machine: str) -> list[str]:
    with station.ctx.uow() as uow:
        return [m.mark_id for m in uow.open_marks(machine)]


def _sync(stations: _Stations, name: str) -> None:
    station = stations.a if name == "a" else stations.b
    with stations.client(name) as client:
        client.drain()
        client.download(bootstrap.change_sink(station))


def test_a_snapshot_in_pages_with_the_plant_changing_between_them_ends_in_the_plant_s_state(
    stations: _Stations,
) -> None:
    a = stations.a.ctx
    operators.sign_in(a, badge=_badge("anna"))
    old = machines.mark_machine_down(a, "anna", "M02", "electrical")
    _sync(stations, "a")
    made_later: list[str] = []

    def meanwhile() -> None:
        """While B reads the pages: A clears the mark B may have in its first page, and raises a new one."""
        with a.uow() as uow:
            uow.record(MachineCleared(machine_id="M02", mark_ids=(old,)), operator_id="anna", at=a.now())
            uow.commit()
        made_later.append(machines.mark_machine_down(a, "anna", "M02", "hydraulic_leak"))
        _sync(stations, "a")

    watching = _Watching(meanwhile)
    sink = bootstrap.change_sink(stations.b)
    with stations.client("b", watching) as client:
        rows = client.fetch_snapshot(sink, limit=7)
        assert watching.pages >= 3, "the snapshot came in pages of 7 rows"
        assert rows > 20, "master data and the plant's state"
        client.download(sink)
    assert _open_marks(stations.b, "M02") == made_later, "the mark cleared meanwhile is gone, the new one is there"
    with stations.client("b") as client:
        assert client.download(sink) == 0, "up to date"


def test_a_station_from_before_paging_gets_the_whole_snapshot_streamed(stations: _Stations) -> None:
    operators.sign_in(stations.a.ctx, badge=_badge("anna"))
    machines.mark_machine_down(stations.a.ctx, "anna", "M02", "electrical")
    _sync(stations, "a")
    headers = {"Authorization": f"Bearer {stations.tokens['b']}"}
    with httpx.Client(base_url=stations.server.url, headers=headers) as http:
        whole = http.get(wire.SNAPSHOT_PATH)
        assert whole.status_code == 200
        assert "content-length" not in whole.headers, "streamed (chunked), not built as one body first"
        answer = wire.SnapshotResponse.model_validate(whole.json())
        paged: list[wire.MasterChange] = []
        params: dict[str, str | int] = {"limit": 5}
        while True:
            page = wire.SnapshotResponse.model_validate(http.get(wire.SNAPSHOT_PATH, params=params).json())
            paged += page.changes
            if not page.has_more:
                break
            params.update(through=page.cursor, after=page.next_after or "")
    assert answer.changes == paged, "the same rows in the same order"
    assert answer.cursor == page.cursor
    assert not answer.has_more
    assert any(c.entity == "mark" for c in answer.changes) and any(c.entity == "operators" for c in answer.changes)
