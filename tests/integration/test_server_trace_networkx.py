"""The server's plant-wide trace agrees with networkx, on SQLite and PostgreSQL.

The generated plants of ``test_trace_networkx`` (thousands of lots, raw lots shared by dozens of outputs, partial
consumptions, the same lot scanned twice, consumptions without an output lot, rework loops into an ancestor or
into the lot itself) reach the server the way a plant's do: as hash-chained events of three stations, uploaded
over HTTP to a real server on loopback (one per backend, shared by the tests, which only read), so the
projections and the recursive CTEs are checked together.
networkx is the oracle for every link (each once, at its shortest depth), for the whole closure when the bound
cut nothing off, and for the pallets and customers of the forward lots. A trace that hits its depth or link
bound says which, and so does the recall report built on it.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import networkx as nx
import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from floorstation.domain import events as ev
from floorstation.domain.events import Payload
from floorstation.domain.genealogy import Genealogy
from floorstation.server import cli as server_cli
from floorstation.server.db import open_database
from floorstation.server.recall import build_recall
from floorstation.server.trace import trace
from tests.integration.serverkit import LiveServer, facts, post_batch
from tests.integration.test_trace_networkx import UNBOUNDED_LINKS, Plant, check, generate

STATIONS = ("ST-MOULD", "ST-MIX", "ST-DOCK")
BATCH = 500


def machine_of(task: str) -> str:
    return f"M{int(task[1:]) % 7:02d}"


def operator_of(station: str) -> str:
    return f"op-{station[3:].lower()}"


def customer_of(sscc: str) -> str | None:
    """Every other pallet is shipped, to one of three customers."""
    n = int(sscc)
    return None if n % 2 else f"C{n % 3}"


def station_payloads(plant: Plant) -> dict[str, list[Payload]]:
    """What each station recorded: goods-in of the raw lots, task starts and consumptions, pallets and shipments."""
    outputs = {e.output_lot for e in plant.edges if e.output_lot}
    log: dict[str, list[Payload]] = {s: [] for s in STATIONS}
    for n, lot in enumerate(plant.lots):
        if lot not in outputs:
            log["ST-MIX"].append(
                ev.LotReceived(
                    lot_code=lot,
                    material="RESIN-PP",
                    quantity=Decimal(500),
                    unit="kg",
                    supplier=f"Supplier {n % 4}",
                    supplier_lot=f"S-{lot}",
                    received_on="2026-11-20",
                )
            )
    for n, e in enumerate(plant.edges):
        station = STATIONS[n % 2]
        log[station].append(ev.TaskStarted(task_id=e.task, machine_id=machine_of(e.task), work_order=f"WO-{e.task}"))
        log[station].append(
            ev.LotConsumed(
                input_lot=e.input_lot,
                output_lot=e.output_lot,
                task_id=e.task,
                material="RESIN-PP",
                quantity=Decimal(e.milli) / 1000,
                unit="kg",
            )
        )
    for sscc, lot in plant.pallets.items():
        log["ST-DOCK"].append(
            ev.PalletBuilt(sscc=sscc, lot_code=lot, material="RESIN-PP", quantity=Decimal(1), unit="kg")
        )
        customer = customer_of(sscc)
        if customer:
            log["ST-DOCK"].append(ev.PalletShipped(sscc=sscc, customer_id=customer, shipment_id=f"DN-{customer}"))
    return log


def upload(server: LiveServer, plant: Plant) -> None:
    """Each station's log, hash-chained, in batches over HTTP, the way the sync client sends it."""
    for station, payloads in station_payloads(plant).items():
        token = server.enroll(station)
        log = facts(station, payloads, operator_id=operator_of(station))
        for i in range(0, len(log), BATCH):
            answer = post_batch(server, token, log[i : i + BATCH])
            assert answer.status_code == 200, answer.text
            assert answer.json()["acked_through"] == log[min(i + BATCH, len(log)) - 1].seq


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server per backend with the generated plant uploaded, shared by the tests here (they only read)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"
    else:
        database: str = request.getfixturevalue("pg_database")
        schema = f"t_{uuid.uuid4().hex[:12]}"
        dsn = make_url(database).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{database}?options=-csearch_path%3D{schema}"
    engine = open_database(url)
    server = LiveServer(engine).start()
    try:
        upload(server, generate(seed=204, n_lots=3000))
        yield server
    finally:
        server.stop()
        engine.dispose()


@pytest.fixture
def plant(loaded: LiveServer) -> Plant:
    return generate(seed=204, n_lots=3000)


@pytest.fixture
def engine(loaded: LiveServer) -> Engine:
    return loaded.engine


def check_details(plant: Plant, got: Genealogy) -> None:
    """Machines, operators, suppliers and customers come through the projections as the stations recorded them."""
    for x in got.backward + got.forward:
        assert x.machine_id == machine_of(x.task_id)
        assert x.operator_id in {operator_of(s) for s in STATIONS[:2]}
        assert x.occurred_at.startswith("2026-11-23T")
    inputs = {x.input_lot for x in got.backward}
    outputs = {e.output_lot for e in plant.edges}
    for lot in inputs - outputs:
        assert got.lots[lot].supplier_lot == f"S-{lot}", "a raw lot names its supplier's lot"
    for p in got.pallets:
        assert p.customer_id == customer_of(p.sscc)
        assert p.status == ("shipped" if p.customer_id else "built")


@pytest.mark.slow
def test_server_trace_matches_networkx_on_a_generated_plant(engine: Engine, plant: Plant) -> None:
    g = plant.graph()
    rng = random.Random(11)
    hubs = sorted(g.nodes, key=g.out_degree, reverse=True)[:5]
    compared = 0
    with engine.connect() as conn:
        for lot in hubs + rng.sample(plant.lots, 40):
            for depth in (1, 2, 4, 6):
                got = trace(conn, lot, max_depth=depth, max_links=UNBOUNDED_LINKS)
                check(plant, g, got, lot, depth)
                check_details(plant, got)
        # Deep enough for most walks to end before the bound: then the lots named are networkx's whole closure.
        for lot in hubs[:2] + rng.sample(plant.lots, 5):
            compared += check(plant, g, trace(conn, lot, max_depth=40, max_links=UNBOUNDED_LINKS), lot, 40)
    assert compared >= 7
    assert any(customer_of(s) for s in plant.pallets) and any(not customer_of(s) for s in plant.pallets)


def test_the_link_bound_keeps_the_nearest_links_and_says_so(engine: Engine, plant: Plant) -> None:
    g = plant.graph()
    hub = max(g.nodes, key=g.out_degree)
    with engine.connect() as conn:
        full = trace(conn, hub, max_depth=6, max_links=UNBOUNDED_LINKS)
        assert len(full.forward) > 300
        cut = trace(conn, hub, max_depth=6, max_links=300)
    assert not any("links" in note for note in full.truncated)
    assert cut.truncated[0] == f"forward: more than 300 links; showing the nearest {len(cut.forward)}"
    assert 250 <= len(cut.forward) <= 300
    kept = {x.task_id for x in cut.forward}
    assert set(cut.forward) <= set(full.forward)
    assert max(x.depth for x in cut.forward) <= min(x.depth for x in full.forward if x.task_id not in kept)


def test_a_recall_that_hits_a_bound_is_incomplete_and_says_which(engine: Engine, plant: Plant, tmp_path: Path) -> None:
    g = plant.graph()
    hub = max(g.nodes, key=g.out_degree)
    with engine.connect() as conn:
        whole = build_recall(conn, hub)
        shallow = build_recall(conn, hub, max_depth=2)
        narrow = build_recall(conn, hub, limit=100)
    reach = nx.single_source_shortest_path_length(g, hub)
    assert whole.report.complete and whole.report.notes == ()
    assert whole.lots == set(reach) | {hub}
    shipped = {s for s, lot in plant.pallets.items() if lot in whole.lots and customer_of(s)}
    assert {p.sscc for p in whole.report.shipped} == shipped
    assert whole.report.customers == sorted({c for s in shipped if (c := customer_of(s))})

    assert not shallow.report.complete
    assert "forward: stopped at depth 2" in shallow.report.notes
    assert shallow.lots == {lot for lot, d in reach.items() if d <= 2} | {hub}
    assert not narrow.report.complete
    assert any(note.startswith("forward: more than 100 links; showing the nearest") for note in narrow.report.notes)
    assert len(narrow.lots) <= 101

    # What the quality lead sees: the JSON report says it is incomplete and why; the command says so on stderr.
    out = tmp_path / "recall.json"
    url = engine.url.render_as_string(hide_password=False)
    assert server_cli.main(["recall", hub, "--db", url, "--max-depth", "2", "--output", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["complete"] is False
    assert "forward: stopped at depth 2" in report["notes"]
