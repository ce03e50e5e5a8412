"""A station reduced to its event log and outbox, in memory: the real sync client and worker run against it
through the ``Outbox`` port, so simulations and load tests can have many stations without their databases."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime, timedelta

from floorstation.domain.events import GENESIS_HASH, CardPrinted, Event, Payload, event_hash, payload_dict
from floorstation.domain.ports import EncodedEvent, OutboxStats
from tests.integration.serverkit import T0


class MemStation:
    """A hash-chained log (one epoch) and the position the server acknowledged. Implements ``Outbox``."""

    def __init__(self, station_id: str, *, start: datetime = T0, step: timedelta = timedelta(seconds=1)) -> None:
        self.station_id = station_id
        self.events: list[Event] = []
        self.acked = 0
        self.flagged: dict[int, str] = {}
        self.refusal: str | None = None
        self._at = start
        self._step = step
        self._lock = threading.Lock()

    def record(self, payload: Payload, *, operator_id: str = "anna", at: datetime | None = None) -> Event:
        with self._lock:
            seq = len(self.events) + 1
            prev = self.events[-1].hash if self.events else GENESIS_HASH
            self._at = at or self._at + self._step
            fields = {
                "event_id": str(uuid.uuid4()),
                "station_id": self.station_id,
                "epoch": 1,
                "seq": seq,
                "type": payload.TYPE,
                "schema_version": payload.VERSION,
                "occurred_at": self._at.isoformat(timespec="milliseconds"),
                "operator_id": operator_id,
                "payload": payload_dict(payload),
                "prev_hash": prev,
            }
            event = Event(hash=event_hash(**fields), **fields)
            self.events.append(event)
            return event

    def cards(self, n: int) -> None:
        for i in range(n):
            self.record(CardPrinted(card="lot", subject=f"{self.station_id}-{len(self.events) + i}", printer="P1"))

    # --- the Outbox port ---------------------------------------------------------------------------------

    def pending(self, limit: int) -> list[Event]:
        with self._lock:
            return self.events[self.acked : self.acked + limit]

    def pending_json(self, limit: int) -> list[EncodedEvent]:
        return [EncodedEvent(e.epoch, e.seq, json.dumps(e.as_dict(), ensure_ascii=False)) for e in self.pending(limit)]

    def mark_acked(self, epoch: int, through_seq: int, flagged: dict[int, str]) -> int:
        with self._lock:
            assert epoch == 1
            assert through_seq <= len(self.events), "acknowledged an event this station never recorded"
            newly = max(0, through_seq - self.acked)
            self.acked = max(self.acked, through_seq)
            self.flagged.update(flagged)
            return newly

    def rewind(self, epoch: int, seq: int) -> None:
        with self._lock:
            self.acked = min(self.acked, seq)

    def stats(self) -> OutboxStats:
        with self._lock:
            left = self.events[self.acked :]
            return OutboxStats(len(left), left[0].occurred_at if left else None, self.refusal if left else None)

    def pending_count(self) -> int:
        with self._lock:
            return len(self.events) - self.acked

    def record_refusal(self, epoch: int, first_seq: int, last_seq: int, message: str) -> None:
        with self._lock:
            self.refusal = message
