"""The station's outbox (SQLite) as the sync client uses it: what goes up is exactly what the station stored and
hashed, and an acknowledgement records every event it covers, in one transaction with the upload position."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from floorstation import bootstrap, paths
from floorstation.domain.events import CardPrinted, Event, LotHoldOverridden, verify_chain
from floorstation.store import eventlog
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import T0, LiveServer, new_station, record_cards

#: The server's flags are logged by the client on purpose.
pytestmark = pytest.mark.allow_log_warnings

AWKWARD = 'Drukarka "hala 2" \\ C:\\druk\nłódź\tżółć 😀 \x01 </script>'
"""Text a JSON encoder has to escape or pass through: quotes, backslashes, control characters, non-ASCII."""


def record_awkward(station: bootstrap.Station, n: int) -> None:
    """Cards printed on a printer with an awkward name, some without an operator, and an override of a hold
    (which the server flags for review)."""
    with station.ctx.uow() as uow:
        for i in range(n):
            uow.record(
                CardPrinted(card="pallet", subject=f"ŁOT-{i}", printer=AWKWARD, reprint=i % 2 == 1),
                operator_id=None if i % 3 == 0 else "anna",
                at=T0 + timedelta(minutes=i),
            )
        uow.record(
            LotHoldOverridden(lot_code="L-1", task_id="T-1", status="hold", authorised_by="lead", reason=AWKWARD),
            operator_id="lead",
            at=T0 + timedelta(minutes=n),
        )
        uow.commit()


def raise_epoch(station: bootstrap.Station, root: Path) -> bootstrap.Station:
    """The station as restored from a backup: it carries on in epoch 2 (docs/sync.md)."""
    station.close()
    config = paths.config_path(root)
    config.write_text(config.read_text(encoding="utf-8").replace("epoch = 1", "epoch = 2"), encoding="utf-8")
    return bootstrap.build(root)


def local_events(station: bootstrap.Station) -> list[Event]:
    with station.engine.connect() as conn:
        return list(eventlog.iter_events(conn))


def sync_rows(station: bootstrap.Station) -> dict[tuple[int, int], tuple[str, str | None, bool]]:
    """(epoch, seq) -> (state, last_error, whether acked_at is set) of every event that has an event_sync row."""
    with station.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT e.epoch, e.seq, s.state, s.last_error, s.acked_at IS NOT NULL FROM event_sync s "
                "JOIN event e ON e.event_id = s.event_id"
            )
        ).all()
    return {(r[0], r[1]): (r[2], r[3], bool(r[4])) for r in rows}


def test_what_goes_up_is_every_event_exactly_as_the_station_stored_and_hashed_it(
    live_server: LiveServer, tmp_path: Path
) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-51")
    record_awkward(station, 6)
    station = raise_epoch(station, root)
    try:
        record_awkward(station, 3)
        outbox = bootstrap.outbox(station)
        events = outbox.pending(100)
        assert [(e.epoch, e.seq) for e in events] == [(1, s) for s in range(1, 8)] + [(2, s) for s in range(1, 5)]
        encoded = outbox.pending_json(100)
        assert [(e.epoch, e.seq, json.loads(e.json)) for e in encoded] == [
            (e.epoch, e.seq, e.as_dict()) for e in events
        ]
        assert [(e.epoch, e.seq) for e in outbox.pending_json(9)] == [(e.epoch, e.seq) for e in events[:9]]

        token = live_server.enroll("ST-51")
        with SyncClient(live_server.url, token, outbox, batch_size=4) as client:
            done = client.drain()
        assert (done.acked, done.flagged, done.more) == (11, 2, False)
        held = live_server.events("ST-51")
        assert held == local_events(station) == events
        assert verify_chain(held) is None
        assert held[0].payload["printer"] == AWKWARD
        assert outbox.pending_json(100) == []
        states = {key: state for key, (state, _error, _at) in sync_rows(station).items()}
        assert states == {(e.epoch, e.seq): "flagged" if e.type == "lot.hold_overridden" else "acked" for e in events}
    finally:
        station.close()


def test_an_acknowledgement_records_each_event_it_covers_and_nothing_else(tmp_path: Path) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-52")
    record_cards(station, 10)
    outbox = bootstrap.outbox(station)
    outbox.record_refusal(1, 1, 10, "The server refused events 1..10 (422): INVALID_REQUEST")
    assert outbox.stats().refusal is not None

    assert outbox.mark_acked(1, 6, {2: "hold_overridden", 5: "lot_on_hold"}) == 6
    rows = sync_rows(station)
    assert {seq: rows[(1, seq)][0] for seq in range(1, 7)} == {
        1: "acked",
        2: "flagged",
        3: "acked",
        4: "acked",
        5: "flagged",
        6: "acked",
    }
    assert all(error is None and acked for error, acked in (rows[(1, s)][1:] for s in range(1, 7)))
    assert all(
        rows[(1, s)] == ("pending", "The server refused events 1..10 (422): INVALID_REQUEST", False)
        for s in range(7, 11)
    ), "events the answer did not cover keep why they were refused"
    assert [e.seq for e in outbox.pending_json(100)] == [7, 8, 9, 10]
    assert outbox.stats().pending == 4

    assert outbox.mark_acked(1, 6, {}) == 0, "the same answer again changes nothing"
    assert outbox.mark_acked(1, 3, {}) == 0, "nor does an older one"
    assert sync_rows(station) == rows

    assert outbox.mark_acked(1, 99, {}) == 4, "only events the station has"
    assert {state for state, _error, _at in sync_rows(station).values()} == {"acked", "flagged"}
    assert len(sync_rows(station)) == 10
    assert outbox.stats().pending == 0
    station.close()


def test_an_answer_for_a_later_epoch_acknowledges_nothing_while_an_earlier_one_is_pending(tmp_path: Path) -> None:
    root = tmp_path / "st"
    station = new_station(root, "ST-53")
    record_cards(station, 3)
    station = raise_epoch(station, root)
    try:
        record_cards(station, 2)
        outbox = bootstrap.outbox(station)
        assert outbox.mark_acked(2, 2, {}) == 0
        assert sync_rows(station) == {}
        assert [(e.epoch, e.seq) for e in outbox.pending_json(10)] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2)]
        assert outbox.mark_acked(1, 3, {}) == 3
        assert outbox.mark_acked(2, 2, {}) == 2
        assert len(sync_rows(station)) == 5
        assert outbox.pending_json(10) == []
    finally:
        station.close()
