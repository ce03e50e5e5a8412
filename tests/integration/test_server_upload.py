"""Upload of events: exactly once, in order, chain verified, violations flagged (real server, real HTTP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from floorstation.domain.events import GENESIS_HASH, LotConsumed, LotHoldOverridden, payload_dict, verify_chain
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.models import AlarmRow, EventFlagRow, EventRow
from tests.integration.serverkit import DEMO_PLANT, LiveServer, chain, post_batch, rehash

#: Broken chains and conflicts raise the server's alarms on purpose.
pytestmark = pytest.mark.allow_log_warnings


def _alarms(server: LiveServer) -> list[str]:
    with server.engine.connect() as conn:
        return list(conn.scalars(select(AlarmRow.kind).order_by(AlarmRow.id)))


def test_a_batch_is_stored_in_order_and_acknowledged(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 20)
    answer = post_batch(live_server, token, events[:12])
    assert answer.status_code == 200
    assert answer.json() == {"epoch": 1, "acked_through": 12, "accepted": 12, "results": []}
    assert post_batch(live_server, token, events[12:]).json()["acked_through"] == 20
    assert live_server.events("ST-01") == events
    assert verify_chain(live_server.events("ST-01")) is None


def test_a_repeated_or_overlapping_batch_is_recognised_as_duplicates(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 15)
    post_batch(live_server, token, events[:10])
    again = post_batch(live_server, token, events[:10]).json()
    assert (again["acked_through"], again["accepted"]) == (10, 0)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 10
    overlap = post_batch(live_server, token, events[5:]).json()
    assert (overlap["acked_through"], overlap["accepted"]) == (15, 5)
    assert [r["seq"] for r in overlap["results"]] == [6, 7, 8, 9, 10]
    assert live_server.events("ST-01") == events


def test_a_gap_is_refused_with_the_expected_seq(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 10)
    post_batch(live_server, token, events[:4])
    answer = post_batch(live_server, token, events[6:])
    assert answer.status_code == 409
    assert answer.json()["error"] == "GAP"
    assert answer.json()["expected_seq"] == 5
    assert len(live_server.events()) == 4
    assert post_batch(live_server, token, events[4:]).json()["acked_through"] == 10


def test_a_batch_with_a_hole_or_mixed_epochs_is_refused(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 5)
    holed = post_batch(live_server, token, [*events[:2], *events[3:]])
    assert (holed.status_code, holed.json()["error"]) == (422, "BATCH_NOT_CONTIGUOUS")
    assert live_server.events() == []


def test_an_altered_event_is_refused_and_raises_an_alarm(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 6)
    post_batch(live_server, token, events[:2])
    tampered = list(events[2:])
    payload = dict(tampered[1].payload, subject="SOMETHING-ELSE")
    tampered[1] = type(tampered[1])(**{**tampered[1].as_dict(), "payload": payload})  # hash left as it was
    answer = post_batch(live_server, token, tampered)
    assert answer.status_code == 409
    assert answer.json()["error"] == "HASH_CHAIN_BROKEN"
    assert answer.json()["seq"] == 4
    assert _alarms(live_server) == ["HASH_CHAIN_BROKEN"]
    assert len(live_server.events()) == 2, "nothing of the refused batch was stored"
    assert post_batch(live_server, token, events[2:]).json()["acked_through"] == 6


def test_an_event_that_does_not_link_to_its_predecessor_is_refused(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 4)
    post_batch(live_server, token, events[:2])
    unlinked = rehash(events[2], prev_hash="ab" * 32)
    answer = post_batch(live_server, token, [unlinked])
    assert (answer.status_code, answer.json()["error"]) == (409, "HASH_CHAIN_BROKEN")
    not_genesis = post_batch(
        live_server, live_server.enroll("ST-02"), [rehash(chain("ST-02", 1)[0], prev_hash="cd" * 32)]
    )
    assert not_genesis.status_code == 409
    assert _alarms(live_server) == ["HASH_CHAIN_BROKEN", "HASH_CHAIN_BROKEN"]


def test_a_different_event_under_a_stored_seq_is_refused_and_raises_an_alarm(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 5)
    post_batch(live_server, token, events)
    forked = rehash(events[2], payload=dict(events[2].payload, printer="P9"))
    answer = post_batch(live_server, token, [forked])
    assert (answer.status_code, answer.json()["error"]) == (409, "CONFLICTING_EVENT")
    assert _alarms(live_server) == ["CONFLICTING_EVENT"]
    assert live_server.events() == events


def test_a_new_epoch_continues_the_chain_from_a_stored_event(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    first = chain("ST-01", 5)
    post_batch(live_server, token, first)
    # A station restored from a backup taken after seq 3 starts epoch 2 from there.
    second = chain("ST-01", 3, epoch=2, prev_hash=first[2].hash)
    answer = post_batch(live_server, token, second)
    assert (answer.status_code, answer.json()["acked_through"]) == (200, 3)
    stray = chain("ST-01", 1, epoch=3, prev_hash="ef" * 32)
    assert post_batch(live_server, token, stray).status_code == 409
    assert [(e.epoch, e.seq) for e in live_server.events()] == [(1, s) for s in range(1, 6)] + [(2, 1), (2, 2), (2, 3)]


def _consumed(lot: str, **fields: object) -> dict[str, object]:
    payload = LotConsumed(
        input_lot=lot, output_lot=None, task_id="304/2023-10", material="RESIN-PP", quantity="2.5", unit="kg"
    )
    return {"type": "lot.consumed", "payload": payload_dict(payload), **fields}


def test_a_business_rule_violation_is_stored_and_flagged_never_refused(live_server: LiveServer, tmp_path: Path) -> None:
    plant = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    held = plant["lots"][0]["code"]
    for lot in plant["lots"]:
        lot["status"] = "hold" if lot["code"] == held else "released"
        lot.pop("expiry", None)
    path = tmp_path / "plant.json"
    path.write_text(json.dumps(plant), encoding="utf-8")
    import_catalog(live_server.engine, read_catalog(path))
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 1, **_consumed(held))
    override = LotHoldOverridden(
        lot_code=held, task_id="304/2023-10", status="hold", authorised_by="ewa", reason="quality_approved"
    )
    events += chain(
        "ST-01",
        1,
        first_seq=2,
        prev_hash=events[-1].hash,
        type="lot.hold_overridden",
        payload=payload_dict(override),
        operator_id="ewa",
    )
    events += chain("ST-01", 1, first_seq=3, prev_hash=events[-1].hash, **_consumed(held))
    answer = post_batch(live_server, token, events)
    assert answer.status_code == 200
    assert answer.json()["acked_through"] == 3
    assert [(r["seq"], r["status"], r["code"]) for r in answer.json()["results"]] == [
        (1, "flagged", "lot_on_hold"),
        (2, "flagged", "hold_overridden"),  # quality reviews every override of a hold
    ]
    with live_server.engine.connect() as conn:
        flags = conn.execute(select(EventFlagRow.event_id, EventFlagRow.code)).all()
        flagged = conn.scalars(select(EventRow.seq).where(EventRow.flagged).order_by(EventRow.seq)).all()
    assert sorted(tuple(f) for f in flags) == sorted(
        [(events[0].event_id, "lot_on_hold"), (events[1].event_id, "hold_overridden")]
    )
    assert flagged == [1, 2], "the overridden consumption is not flagged"
    assert live_server.events() == events


def test_an_event_the_server_cannot_read_is_kept_and_flagged(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-01")
    events = chain("ST-01", 2, type="robot.waved", payload={"arm": "left"})
    answer = post_batch(live_server, token, events).json()
    assert answer["acked_through"] == 2
    assert {r["code"] for r in answer["results"]} == {"payload_invalid"}
    assert live_server.events() == events


def test_two_stations_keep_separate_logs(live_server: LiveServer) -> None:
    a, b = live_server.enroll("ST-01"), live_server.enroll("ST-02")
    assert post_batch(live_server, a, chain("ST-01", 3)).status_code == 200
    assert post_batch(live_server, b, chain("ST-02", 4)).status_code == 200
    assert [e.seq for e in live_server.events("ST-02")] == [1, 2, 3, 4]
    assert chain("ST-01", 1)[0].prev_hash == GENESIS_HASH
