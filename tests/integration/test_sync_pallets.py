"""Pallets built at a production station reach the dispatch station through the plant's change feed (real
server on loopback, SQLite and PostgreSQL): the dock scans and ships them, a voided one is refused with where,
when and why, a pallet shipped here is not offered again before the server's word comes back, and the server's
recall of the raw lot consumed at the line names the customer the dock shipped to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from floorstation import bootstrap
from floorstation.app import lookup, lots, operators, pallets, tasks, views
from floorstation.app.signatures import Signature
from floorstation.domain.errors import NotAllowedNow, NotFound
from floorstation.server import cli as server_cli
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import PlantChangeRow, PlantPalletRow
from floorstation.store.models import PalletElsewhereRow
from floorstation.store.projections import rebuild
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import DEMO_PLANT, LiveServer, new_station

#: The server's flags are logged by the client on purpose.
pytestmark = pytest.mark.allow_log_warnings

RAW = "PP-2401"
MAKE = "304/2023-10"
LEAD = Signature("B2001", "3333")  # Marta


class Plant:
    """Line station A (production) and the dock B (dispatch), enrolled with one server."""

    def __init__(self, server: LiveServer, root: Path) -> None:
        self.server = server
        self.a = new_station(root / "a", "ST-A1", plant=True)
        self.b = new_station(root / "b", "ST-DOCK", plant=True)
        self.tokens = {"ST-A1": server.enroll("ST-A1"), "ST-DOCK": server.enroll("ST-DOCK")}

    def sync(self, station: bootstrap.Station) -> None:
        token = self.tokens[station.config.station_id]
        with SyncClient(self.server.url, token, bootstrap.outbox(station)) as client:
            client.drain()
            client.download(bootstrap.change_sink(station))
        assert bootstrap.outbox(station).stats().pending == 0


@pytest.fixture
def plant(live_server: LiveServer, tmp_path: Path) -> Plant:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    made = Plant(live_server, tmp_path)
    yield made  # type: ignore[misc]
    made.a.close()
    made.b.close()


def build_at_the_line(a: bootstrap.Station) -> tuple[str, str, str]:
    """Caps moulded from the raw lot, on two pallets; a third pallet voided."""
    for badge in ("B1001", "B2001"):
        operators.sign_in(a.ctx, badge=badge)
    caps = tasks.start_task(a.ctx, MAKE, "anna").output_lot
    assert caps is not None
    lots.consume_lot(a.ctx, MAKE, RAW, "anna", quantity=20)
    tasks.stop_task(a.ctx, MAKE, "anna", good=5000)
    first = pallets.build_pallet(a.ctx, "marta", caps, 2000).sscc
    second = pallets.build_pallet(a.ctx, "marta", caps, 2000).sscc
    torn = pallets.build_pallet(a.ctx, "marta", caps, 1000).sscc
    pallets.void_pallet(a.ctx, "marta", torn, "label torn", signature=LEAD)
    return first, second, torn


def test_the_dock_ships_pallets_built_at_the_line_and_the_recall_names_its_customer(
    plant: Plant, server_db: str, tmp_path: Path
) -> None:
    a, b = plant.a, plant.b
    first, second, torn = build_at_the_line(a)
    plant.sync(a)
    operators.sign_in(b.ctx, badge="B2001")

    # Before its sync the dock has never heard of the line's pallets.
    with pytest.raises(NotFound, match="is not known at this station"):
        pallets.ship_pallet(b.ctx, "marta", first, "C100", "DN-1")
    assert views.dispatch_board(b.ctx, "DN-1").ready == ()

    plant.sync(b)
    board = views.dispatch_board(b.ctx, "DN-1")
    assert [p.sscc for p in board.ready] == sorted([first, second])  # the voided one is not offered
    assert board.ready[0].lot_code and board.ready[0].quantity == 2000
    assert lookup.identify(b.ctx, first).kind == "pallet"
    assert lookup.identify(b.ctx, "00" + second).kind == "pallet"

    with pytest.raises(NotAllowedNow) as refused:
        pallets.ship_pallet(b.ctx, "marta", torn, "C100", "DN-1")
    assert refused.value.message.startswith(f"Pallet {torn} was voided at station ST-A1 on ")
    assert "(label torn)" in refused.value.message

    for sscc in (first, second):
        assert pallets.ship_pallet(b.ctx, "marta", sscc, "C100", "DN-1").status == "shipped"

    # Shipped here, not yet synced: not offered again, and a second scan is refused naming this station.
    board = views.dispatch_board(b.ctx, "DN-1")
    assert board.ready == ()
    assert [(p.sscc, p.customer_id) for p in board.loaded] == [(s, "C100") for s in sorted([first, second])]
    with pytest.raises(NotAllowedNow, match=f"Pallet {first} was already shipped to C100 on DN-1 at this station on "):
        pallets.ship_pallet(b.ctx, "marta", first, "C200", "DN-2")
    # The dock's own log gives the same picture when replayed.
    with b.engine.begin() as conn:
        before = conn.execute(select(PalletElsewhereRow).order_by(PalletElsewhereRow.sscc)).all()
        rebuild(conn)
        assert conn.execute(select(PalletElsewhereRow).order_by(PalletElsewhereRow.sscc)).all() == before

    plant.sync(b)
    plant.sync(a)
    with pytest.raises(NotAllowedNow, match=f"Pallet {second} was already shipped to C100 on DN-1 at station ST-DOCK"):
        pallets.ship_pallet(a.ctx, "marta", second, "C100", "DN-9")
    assert views.dispatch_board(b.ctx, "DN-1").ready == ()

    # The server: the line's build and the dock's shipment in one row (keyed by SSCC), in the feed as shipped.
    with plant.server.engine.connect() as conn:
        row = conn.execute(select(PlantPalletRow).where(PlantPalletRow.sscc == first)).one()
        published = conn.scalar(
            select(PlantChangeRow.data_json).where(PlantChangeRow.entity == "pallet", PlantChangeRow.key == first)
        )
    assert (row.built_station, row.shipped_station, row.customer_id) == ("ST-A1", "ST-DOCK", "C100")
    assert published is not None and json.loads(published)["state"] == "shipped"

    out = tmp_path / "recall.json"
    assert server_cli.main(["recall", RAW, "--db", server_db, "--output", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [c["customer_id"] for c in report["customers"]] == ["C100"]
    shipped = {p["sscc"] for c in report["customers"] for s in c["shipments"] for p in s["pallets"]}
    assert shipped == {first, second}


def test_a_snapshot_brings_the_plants_pallets_and_keeps_what_the_dock_shipped(plant: Plant, server_db: str) -> None:
    a, b = plant.a, plant.b
    first, second, _torn = build_at_the_line(a)
    plant.sync(a)
    plant.sync(b)
    operators.sign_in(b.ctx, badge="B2001")
    pallets.ship_pallet(b.ctx, "marta", first, "C100", "DN-1")
    # Every station starts over from a snapshot (after a server restore); the dock's shipment is still its own.
    assert server_cli.main(["compact-changes", "--all-stations", "--db", server_db]) == 0
    with SyncClient(plant.server.url, plant.tokens["ST-DOCK"], bootstrap.outbox(b)) as client:
        client.download(bootstrap.change_sink(b))
    assert [p.sscc for p in views.dispatch_board(b.ctx, "DN-1").ready] == [second]
    with pytest.raises(NotAllowedNow, match="at this station"):
        pallets.ship_pallet(b.ctx, "marta", first, "C100", "DN-1")
