"""Malformed requests get a 4xx that names the field (and, in an upload, the event), never a 500; what a station
would retry forever is either taken (a payload the plant cannot read is stored and flagged) or refused with the
event named, which the station shows on its screen while master data and heartbeats keep flowing."""

from __future__ import annotations

import httpx
import pytest

from floorstation.domain.events import LotConsumed
from floorstation.server import admin
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.sync import wire
from floorstation.sync.client import SyncClient
from floorstation.sync.worker import SyncWorker
from floorstation.ui import error_texts
from tests.integration.memstation import MemStation
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts, post_batch, rehash

DEEP = "[" * 1000 + "]" * 1000


def consumption(station_id: str, **quantity: object) -> list:
    payload = LotConsumed(task_id="T1", input_lot="MB-0501", output_lot="L2", material="M1", quantity=5, unit="kg")
    events = facts(station_id, [payload])
    if quantity:
        events = [rehash(events[0], payload={**events[0].payload, **quantity})]
    return events


@pytest.mark.parametrize("path", [wire.BATCH_PATH, wire.HEARTBEAT_PATH, wire.ENROLL_PATH])
def test_json_nested_a_thousand_deep_is_a_4xx_naming_the_body(live_server: LiveServer, path: str) -> None:
    token = live_server.enroll("ST-A")
    for headers in ({}, {"Authorization": f"Bearer {token}"}):
        for body in (DEEP, '{"events": ' + DEEP + "}"):
            answer = httpx.post(
                live_server.url + path, content=body, headers={**headers, "Content-Type": "application/json"}
            )
            assert 400 <= answer.status_code < 500, (headers, answer.status_code, answer.text)
            problem = wire.Problem.model_validate(answer.json())
            if answer.status_code != 401:
                assert problem.field is not None and problem.field in problem.message


def test_an_event_with_an_unreadable_time_is_refused_naming_it_and_nothing_is_stored(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-A")
    [good] = consumption("ST-A")
    for when in ("not-a-time-at-all", "2026-13-45T99:00:00+01:00", "2026-11-23T06:00:00"):
        bad = rehash(good, occurred_at=when)
        answer = post_batch(live_server, token, [bad])
        assert answer.status_code == 422, answer.text
        problem = wire.Problem.model_validate(answer.json())
        assert (problem.error, problem.field, problem.event_id, problem.seq) == (
            "INVALID_REQUEST",
            "occurred_at",
            bad.event_id,
            1,
        )
        assert bad.event_id in problem.message and "occurred_at" in problem.message
    assert live_server.count() == 0


@pytest.mark.parametrize("quantity", [10**30, 1e30, "1e400", 10**19])
def test_a_quantity_beyond_anything_countable_is_stored_flagged_and_the_station_goes_on(
    live_server: LiveServer, quantity: object
) -> None:
    token = live_server.enroll("ST-A")
    [huge] = consumption("ST-A", quantity=quantity)
    answer = post_batch(live_server, token, [huge])
    assert answer.status_code == 200, answer.text
    [flag] = answer.json()["results"]
    assert flag["status"] == "flagged" and "quantity" in flag["message"]
    after = facts(
        "ST-A",
        [LotConsumed(task_id="T1", input_lot="MB-0501", output_lot="L2", material="M1", quantity=5, unit="kg")],
        after=huge,
    )
    assert post_batch(live_server, token, after).json()["acked_through"] == 2


def test_heartbeat_values_are_bounded_and_named(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-A")
    base = {"pending_count": 1, "station_time": "2026-12-01T08:00:00.000+01:00"}
    for field, value in (
        ("oldest_pending_age_s", 1e308),
        ("app_version", "<script>alert(1)</script>"),
        ("clock_offset_ms", 10**18),
        ("station_time", "yesterday"),
        ("disk_free_bytes", -1),
    ):
        answer = httpx.post(
            live_server.url + wire.HEARTBEAT_PATH,
            json={**base, field: value},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert answer.status_code == 422, (field, answer.text)
        assert answer.json()["field"] == field
    [station] = admin.stations(live_server.engine)
    assert station.oldest_pending_age_s is None and station.app_version is None


def test_a_station_whose_event_is_refused_says_which_and_why_and_keeps_syncing_the_rest(
    live_server: LiveServer,
) -> None:
    """The station's sync worker against a real server: the refused event is named on its status line (through
    the catalogue, in the terminal's language), the master data still comes down, the heartbeat still goes up,
    and it keeps trying on its backoff rather than giving up."""
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    token = live_server.enroll("ST-M")
    station = MemStation("ST-M")
    station.cards(2)
    bad = rehash(station.events[1], type="card.printed." + "x" * 60)  # no type is that long
    station.events[1] = bad
    station.cards(1)  # continues the chain after the bad one: never sent while it waits

    class Sink:
        rows = 0

        def download_cursor(self) -> str | None:
            return None

        def apply_changes(self, changes: list, cursor: str | None) -> None:
            Sink.rows += len(changes)

        def replace_all(self, changes: list, cursor: str | None) -> None:
            Sink.rows += len(changes)

    worker = SyncWorker(lambda: SyncClient(live_server.url, token, station), station, changes=Sink())  # type: ignore[arg-type]
    delay = worker.run_once()
    worker.stop()
    status = worker.status()
    assert status.online and status.pending == 2, "the event before the refused one went up"
    said = status.last_error
    assert said is not None and getattr(said, "code", "") == "sync.refused_event", said
    assert said.params["event"] == bad.event_id and said.params["field"] == "type"
    shown = error_texts.stored_error_text(said)
    assert f"The server refused event {bad.event_id} (seq 2): type:" in shown
    assert Sink.rows > 0, "master data came down while the event waits"
    [listed] = [s for s in admin.stations(live_server.engine) if s.station_id == "ST-M"]
    assert listed.pending_count == 2, "the heartbeat went up"
    assert live_server.count() == 1 and 0 < delay <= 300, "tried again later, on the backoff"
    assert station.refusal is not None and bad.event_id in station.refusal
