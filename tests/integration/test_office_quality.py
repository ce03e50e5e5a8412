"""Quality and lots in the office, over HTTP on loopback, against lots a real station made and synced: a lot held
with a reason and the signer's password (refused with a wrong one), the decision in the change feed, and a real
station refusing the lot after its next sync; a lot found by its code, its supplier's lot or a pallet's SSCC, with
its genealogy and recall links."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from floorstation import bootstrap
from floorstation.app import lots, operators, tasks
from floorstation.domain.errors import Refused
from floorstation.domain.events import LotConsumed, LotProduced, TaskStarted, TaskStopped
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import PlantLotRow
from floorstation.sync import wire
from floorstation.sync.client import SyncClient
from tests.integration.officekit import PASSWORD, add_users, csrf_of, office_client
from tests.integration.serverkit import DEMO_PLANT, T0, LiveServer, facts, new_station, post_batch

MADE = "C28-0042"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('office-quality') / 'server.db'}")
    import_catalog(engine, read_catalog(DEMO_PLANT))
    add_users(engine)
    live = LiveServer(engine).start()
    token = live.enroll("ST-Q")
    records = facts(
        "ST-Q",
        [
            TaskStarted(task_id="304/2023-10", machine_id="M01", work_order="304/2023"),
            LotProduced(
                lot_code=MADE,
                material="CAP-28",
                task_id="304/2023-10",
                work_order="304/2023",
                machine_id="M01",
                produced_on=T0.date(),
            ),
            LotConsumed(
                input_lot="PP-2401",
                output_lot=MADE,
                task_id="304/2023-10",
                material="RESIN-PP",
                quantity=Decimal(20),
                unit="kg",
            ),
            TaskStopped(task_id="304/2023-10", good_qty=Decimal(5000), scrap_qty=Decimal(0), output_lot=MADE),
        ],
    )
    assert post_batch(live, token, records).status_code == 200
    yield live
    live.stop()
    engine.dispose()


def status(server: LiveServer, lot: str) -> str:
    with server.engine.connect() as conn:
        return str(conn.scalar(select(PlantLotRow.status).where(PlantLotRow.code == lot)))


def test_a_lot_is_held_only_with_the_signers_password(server: LiveServer) -> None:
    with office_client(server.url, "quality") as client:
        page = client.get("/quality")
        assert "Electronic signature" in page.text and "quality" in page.text
        decision = {"lot": MADE, "action": "hold", "reason": "lab test pending", "csrf": csrf_of(page.text)}
        wrong = client.post("/quality/decide", data={**decision, "password": "not mine"})
        assert wrong.status_code == 422 and "nothing was signed or changed" in wrong.text
        assert status(server, MADE) == "released"
        done = client.post("/quality/decide", data={**decision, "password": PASSWORD})
        assert done.status_code == 303
        page = client.get(done.headers["location"]).text
        assert f"Lot {MADE}: released → hold" in page
        held = re.search(rf'<tr data-lot="{MADE}">(.*?)</tr>', page, re.S)
        assert held is not None and "lab test pending" in held.group(1) and "quality" in held.group(1)
    assert status(server, MADE) == "hold"
    token = server.enroll("ST-Q2")
    feed = httpx.get(f"{server.url}{wire.SNAPSHOT_PATH}", headers={"Authorization": f"Bearer {token}"}).json()
    assert any(MADE in str(change["data"]) and "hold" in str(change["data"]) for change in feed["changes"])


def test_a_planner_may_not_decide_on_lots(server: LiveServer) -> None:
    with office_client(server.url, "planner") as client:
        assert client.get("/quality").status_code == 403
        csrf = csrf_of(client.get("/").text)
        refused = client.post("/quality/decide", data={"lot": MADE, "action": "recalled", "reason": "x", "csrf": csrf})
        assert refused.status_code == 403
    assert status(server, MADE) != "recalled"


def test_a_lot_is_found_with_its_genealogy_and_recall_downloads(server: LiveServer) -> None:
    with office_client(server.url, "manager") as client:
        page = client.get("/lots", params={"q": "BP240117"}).text  # the supplier's lot of PP-2401
        assert "<h2>PP-2401" in page and "Where it went" in page and MADE in page
        assert "/v1/recall/PP-2401?format=epcis" in page
        made = client.get("/lots", params={"q": MADE}).text
        assert "PP-2401" in made.split("Where it came from")[1]
        picture = re.search(r'<svg class="genealogy".*?</svg>', made, re.S)
        assert picture is not None and ">PP-2401</text>" in picture.group(0) and f">{MADE}</text>" in picture.group(0)
        assert "No lot matches" in client.get("/lots", params={"q": "NOPE"}).text
    with office_client(server.url, "viewer") as viewer:
        page = viewer.get("/lots", params={"q": "PP-2401"}).text
        assert "Where it went" in page and "/v1/recall/" not in page


def test_a_lot_held_in_the_office_is_refused_at_a_station_after_its_next_sync(
    server: LiveServer, tmp_path: Path
) -> None:
    station = new_station(tmp_path / "st", "ST-HELD", plant=True)
    try:
        token = server.enroll("ST-HELD")
        with SyncClient(server.url, token, bootstrap.outbox(station)) as client:
            while client.download(bootstrap.change_sink(station)):
                pass
            operators.sign_in(station.ctx, badge="B1001")
            tasks.start_task(station.ctx, "305/2023-10", "anna")
            with office_client(server.url, "quality") as office:
                csrf = csrf_of(office.get("/quality").text)
                decision = {"lot": "PP-2402", "action": "hold", "reason": "moisture above spec", "csrf": csrf}
                assert office.post("/quality/decide", data={**decision, "password": PASSWORD}).status_code == 303
            while client.download(bootstrap.change_sink(station)):
                pass
        with pytest.raises(Refused) as refused:
            lots.consume_lot(station.ctx, "305/2023-10", "PP-2402", "anna", quantity=1)
        assert refused.value.rules == ["lot_on_hold"]
        assert "moisture above spec" in str(refused.value) and "quality" in str(refused.value)
    finally:
        station.close()
