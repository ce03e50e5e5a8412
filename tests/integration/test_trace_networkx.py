"""The station's trace (recursive CTEs over lot_edge) agrees with networkx on generated plants.

Plants are written straight into a demo station's ``lot``, ``lot_edge`` and ``pallet`` tables: thousands of
lots, raw lots shared by many production lots, partial consumptions (one lot into many, the same lot scanned
twice), consumptions with no output lot, and rework loops (a lot consumed into one of its own ancestors, or into
itself). networkx is the oracle: within the depth bound ``d`` the trace returns exactly the edges leaving (forward)
or entering (backward) a lot at shortest distance ``< d`` from the traced lot, each at depth distance + 1; with a
bound beyond every distance the lots it names are networkx's descendants or ancestors. Every edge has a task id of
its own, so a returned link names the edge it is.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, delete, insert

from floorstation import bootstrap
from floorstation.domain.genealogy import Genealogy
from floorstation.store.models import Base, LotEdgeRow, LotRow, PalletRow
from floorstation.store.trace import trace

UNBOUNDED_LINKS = 10**7


@dataclass(frozen=True)
class Edge:
    task: str
    input_lot: str
    output_lot: str | None
    milli: int


@dataclass
class Plant:
    lots: list[str]
    edges: list[Edge]
    pallets: dict[str, str]
    """SSCC → lot."""

    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        g.add_nodes_from(self.lots)
        g.add_edges_from((e.input_lot, e.output_lot) for e in self.edges if e.output_lot is not None)
        return g


@functools.cache
def generate(seed: int, n_lots: int, *, window: int = 250) -> Plant:
    """Lots in production order; each production lot consumes 1-5 lots from a recent window, hub raw lots often."""
    rng = random.Random(seed)
    lots = [f"L{i:05d}" for i in range(n_lots)]
    raw = {i for i in range(n_lots) if i < 20 or rng.random() < 0.25}
    hubs = rng.sample(sorted(raw), 8)
    edges: list[Edge] = []

    def consume(src: int, dst: int | None) -> None:
        edges.append(Edge(f"E{len(edges)}", lots[src], None if dst is None else lots[dst], rng.randint(1, 50_000)))

    for i in range(n_lots):
        if i in raw:
            continue
        for src in {rng.randrange(max(0, i - window), i) for _ in range(rng.randint(1, 5))}:
            consume(src, i)
            if rng.random() < 0.05:
                consume(src, i)  # the same lot scanned into the same output twice
        if rng.random() < 0.3:
            consume(rng.choice(hubs), i)  # a silo or a big supplier lot shared by many outputs
    g = Plant(lots, edges, {}).graph()
    for _ in range(n_lots // 40):  # rework: a lot goes back into one of its ancestors, closing a loop
        child = rng.randrange(n_lots // 2, n_lots)
        ancestors = sorted(nx.ancestors(g, lots[child]))
        if ancestors:
            consume(child, lots.index(rng.choice(ancestors)))
            g.add_edge(edges[-1].input_lot, edges[-1].output_lot)
    for i in rng.sample(range(n_lots), n_lots // 100):
        consume(i, i)  # reworked into itself
    for i in rng.sample(range(n_lots), n_lots // 50):
        consume(i, None)  # consumed on a task without an output lot
    pallets = {f"{i:018d}": lots[rng.randrange(n_lots)] for i in range(n_lots // 10)}
    return Plant(lots, edges, pallets)


def write(conn: Connection, plant: Plant) -> None:
    """Replace the station's genealogy with the plant's (in the caller's transaction)."""
    conn.execute(delete(LotEdgeRow))
    conn.execute(delete(PalletRow))
    conn.execute(delete(LotRow).where(LotRow.origin == "generated"))
    rows: dict[type[Base], list[dict[str, Any]]] = {
        LotRow: [{"code": code, "material": "RESIN-PP", "origin": "generated"} for code in plant.lots],
        LotEdgeRow: [
            {
                "input_lot": e.input_lot,
                "output_lot": e.output_lot,
                "task_id": e.task,
                "machine_id": "M01",
                "operator_id": "anna",
                "qty_milli": e.milli,
                "occurred_at": "2026-11-23T08:00:00.000+01:00",
                "event_id": f"ev-{n}",
            }
            for n, e in enumerate(plant.edges)
        ],
        PalletRow: [
            {
                "sscc": sscc,
                "lot_code": lot,
                "material": "RESIN-PP",
                "qty_milli": 1000,
                "unit": "kg",
                "status": "built",
                "built_at": "2026-11-23T09:00:00.000+01:00",
            }
            for sscc, lot in plant.pallets.items()
        ],
    }
    for table, values in rows.items():
        if values:
            conn.execute(insert(table), values)


def expected(plant: Plant, g: nx.DiGraph, lot: str, *, backward: bool, depth: int) -> tuple[set[tuple[str, int]], bool]:
    """(task, link depth) of every edge the trace must return, and whether the bound cut anything off."""
    walk = g.reverse(copy=False) if backward else g
    near = nx.single_source_shortest_path_length(walk, lot, cutoff=depth - 1)
    links = set()
    for e in plant.edges:
        this = e.output_lot if backward else e.input_lot
        if this is not None and this in near:
            links.add((e.task, near[this] + 1))
    full = nx.single_source_shortest_path_length(walk, lot)
    ends = [e.output_lot if backward else e.input_lot for e in plant.edges]
    cut = any(end is not None and full.get(end, -1) >= depth for end in ends)
    return links, cut


def check(plant: Plant, g: nx.DiGraph, got: Genealogy, lot: str, depth: int) -> int:
    """Assert the trace is right; returns in how many directions it was compared with the whole closure."""
    whole = 0
    for backward, links in ((True, got.backward), (False, got.forward)):
        direction = "backward" if backward else "forward"
        want, cut = expected(plant, g, lot, backward=backward, depth=depth)
        assert {(x.task_id, x.depth) for x in links} == want, f"{direction} trace of {lot} to depth {depth}"
        assert len(links) == len(want)  # each edge once, at its shortest depth
        noted = f"{direction}: stopped at depth {depth}" in got.truncated
        reached = any(d == depth for _, d in want)
        assert noted == reached  # the note says the walk reached the bound ...
        assert noted or not cut  # ... so nothing is ever cut off without it
        if not cut:  # the bound cut nothing: the lots named are exactly networkx's closure
            named = {x.input_lot if backward else x.output_lot for x in links} - {None}
            closure = nx.ancestors(g, lot) if backward else nx.descendants(g, lot)
            in_loop = g.has_edge(lot, lot) or any(nx.has_path(g, s, lot) for s in g.successors(lot))
            assert named == closure | ({lot} if in_loop else set())
            whole += 1
    forward_lots = {lot} | {x.output_lot for x in got.forward if x.output_lot}
    assert {p.sscc for p in got.pallets} == {s for s, owner in plant.pallets.items() if owner in forward_lots}
    assert set(got.lots) <= set(plant.lots)
    return whole


@pytest.fixture
def conn(station: bootstrap.Station) -> Iterator[Connection]:
    with station.engine.connect() as connection:
        yield connection
        connection.rollback()


@pytest.mark.slow
def test_trace_matches_networkx_on_a_generated_plant(conn: Connection) -> None:
    plant = generate(seed=204, n_lots=3000)
    write(conn, plant)
    g = plant.graph()
    rng = random.Random(11)
    hubs = sorted(g.nodes, key=g.out_degree, reverse=True)[:5]
    for lot in hubs + rng.sample(plant.lots, 60):
        for depth in (1, 2, 4, 6):
            check(plant, g, trace(conn, lot, max_depth=depth, max_links=UNBOUNDED_LINKS), lot, depth)
    # Deep enough for most walks to end before the bound: then the lots named are networkx's whole closure.
    # (The rework loops join most of the plant into a few thousand links; each such trace takes ~0.1 s.)
    compared = [
        check(plant, g, trace(conn, lot, max_depth=40, max_links=UNBOUNDED_LINKS), lot, 40)
        for lot in hubs[:2] + rng.sample(plant.lots, 5)
    ]
    assert sum(compared) >= 7


def test_link_limit_keeps_the_nearest_links_and_says_so(conn: Connection) -> None:
    plant = generate(seed=7, n_lots=1500)
    write(conn, plant)
    g = plant.graph()
    hub = max(g.nodes, key=lambda n: len(nx.descendants(g, n)))
    full = trace(conn, hub, max_depth=20, max_links=UNBOUNDED_LINKS)
    assert len(full.forward) > 200
    cut = trace(conn, hub, max_depth=20, max_links=200)
    assert "forward: more than 200 links; showing the first 200" in cut.truncated
    assert len(cut.forward) == 200
    kept = {x.task_id for x in cut.forward}
    assert kept <= {x.task_id for x in full.forward}
    assert max(x.depth for x in cut.forward) <= min(x.depth for x in full.forward if x.task_id not in kept)


def test_a_loop_ends_and_is_walked_once(conn: Connection) -> None:
    ring = [f"R{i:02d}" for i in range(50)]
    edges = [Edge(f"E{i}", ring[i], ring[(i + 1) % 50], 1000) for i in range(50)] + [Edge("self", "R00", "R00", 5)]
    plant = Plant(ring, edges, {})
    write(conn, plant)
    g = plant.graph()
    whole = trace(conn, "R10", max_depth=500, max_links=UNBOUNDED_LINKS)
    assert whole.truncated == []  # the bound was never reached: no note
    assert len(whole.forward) == len(whole.backward) == 51
    check(plant, g, whole, "R10", 500)
    short = trace(conn, "R10", max_depth=10, max_links=UNBOUNDED_LINKS)
    assert short.truncated == ["backward: stopped at depth 10", "forward: stopped at depth 10"]
    check(plant, g, short, "R10", 10)


LOTS = [f"X{i}" for i in range(12)]


@st.composite
def small_plants(draw: st.DrawFn) -> Plant:
    pairs = draw(st.lists(st.tuples(st.sampled_from(LOTS), st.sampled_from([*LOTS, None])), max_size=40))
    return Plant(LOTS, [Edge(f"E{i}", a, b, 1000) for i, (a, b) in enumerate(pairs)], {})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plant=small_plants(), lot=st.sampled_from(LOTS), depth=st.integers(min_value=1, max_value=8))
def test_trace_matches_networkx_on_any_small_graph(
    station: bootstrap.Station, plant: Plant, lot: str, depth: int
) -> None:
    with station.engine.connect() as connection:
        write(connection, plant)
        check(plant, plant.graph(), trace(connection, lot, max_depth=depth, max_links=UNBOUNDED_LINKS), lot, depth)
        connection.rollback()


def test_generated_plants_have_what_the_proof_needs() -> None:
    plant = generate(seed=204, n_lots=3000)
    g = plant.graph()
    used = {e.input_lot for e in plant.edges}
    shared = [lot for lot in used if g.out_degree(lot) >= 20]
    assert len(plant.lots) == 3000 and len(plant.edges) > 6000
    assert shared  # raw lots shared by many outputs
    assert any(g.has_edge(x, x) for x in g.nodes)  # reworked into itself
    assert any(len(c) > 1 for c in nx.strongly_connected_components(g))  # into an ancestor
    assert any(e.output_lot is None for e in plant.edges)
    assert len({(e.input_lot, e.output_lot) for e in plant.edges}) < len(plant.edges)  # repeated consumptions
