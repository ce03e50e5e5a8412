"""The server's recall report says when more left a lot than it ever held (SQLite and PostgreSQL): a lot of 1,500
caps with 1,000 shipped on a pallet, then 1,500 consumed at the packing line past a shift lead's override, shows
2,500 out of 1,500 in its mass balance."""

from __future__ import annotations

from sqlalchemy import Engine

from floorstation import bootstrap
from floorstation.app import lots, operators, pallets, tasks
from floorstation.app.lots import Override
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.recall import build_recall
from floorstation.store import eventlog
from tests.integration.serverkit import DEMO_PLANT
from tests.integration.test_server_projections import upload

CAPS_LOT = "M01-26327-001"


def test_the_recall_report_shows_a_lot_consumed_past_what_was_left_after_shipping(
    server_engine: Engine, station: bootstrap.Station
) -> None:
    ctx = station.ctx
    for badge in ("B1001", "B1002", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, "304/2023-10", "anna")
    tasks.stop_task(ctx, "304/2023-10", "anna", good=1500)
    shipped = pallets.build_pallet(ctx, "marta", CAPS_LOT, 1000)
    pallets.ship_pallet(ctx, "marta", shipped.sscc, "C100", "SHP-1")
    tasks.start_task(ctx, "306/2023-10", "piotr")
    recounted = Override("B2001", "3333", "stock_recounted")
    lots.consume_lot(ctx, "306/2023-10", CAPS_LOT, "piotr", quantity=1500, override=recounted)

    import_catalog(server_engine, read_catalog(DEMO_PLANT))
    with station.engine.connect() as conn:
        upload(server_engine, list(eventlog.iter_events(conn)))
    with server_engine.connect() as conn:
        report = build_recall(conn, CAPS_LOT).report

    [caps] = [m for m in report.mass_balance if m.lot_code == CAPS_LOT]
    assert (caps.produced, caps.consumed, caps.shipped, caps.overdrawn) == (1500, 1500, 1000, 1000)
    assert caps.problems == ("2500 pcs went out, only 1500 pcs came in",)
    assert CAPS_LOT in {m.lot_code for m in report.discrepancies}
    row = next(r for r in report.as_dict()["mass_balance"] if r["lot_code"] == CAPS_LOT)
    assert (row["overdrawn"], row["difference"]) == ("1000", "0")
