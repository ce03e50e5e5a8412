"""A simulated plant (``floorstation simulate``: several seeds, thousands of actions, holds and releases, wrong,
held and over-balance scans, overrides) leaves an event log that keeps every lot's mass balance and never uses a held
lot without a quality person's signature.

The log is read back on its own, event by event, from the stock and statuses the station started with: no
projection is trusted, so the proof holds for whatever the projections say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from floorstation.app.simulate import ShiftSimulator
from floorstation.domain.events import Event
from floorstation.domain.master import Role
from floorstation.store import eventlog
from tests.integration.test_properties import fresh_station

START = datetime(2026, 11, 23, 6, 0, 0, tzinfo=timezone(timedelta(hours=1)))
PINS = {"marta": "3333", "tomasz": "4444", "ewa": "5555"}


@dataclass
class Books:
    """Each lot's running balance and status as the log tells them, and what broke the rules."""

    balance: dict[str, Decimal]
    status: dict[str, str]
    roles: dict[str, tuple[Role, ...]]
    pallets: dict[str, tuple[str, Decimal]] = field(default_factory=dict)
    awaiting: dict[str, Event] = field(default_factory=dict)
    """Override records not yet signed, by event id."""
    signed: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    """Signed overrides not yet used, by (lot, task): the rules they answer."""
    broken: list[str] = field(default_factory=list)
    consumed: int = 0
    overdrawn_with_override: int = 0
    held_uses: int = 0

    def feed(self, e: Event) -> None:
        p = e.payload
        if e.type == "lot.received":
            self.balance[p["lot_code"]] = self.balance.get(p["lot_code"], Decimal(0)) + Decimal(p["quantity"])
            self.status[p["lot_code"]] = "released"
        elif e.type == "lot.produced":
            self.balance.setdefault(p["lot_code"], Decimal(0))
            self.status[p["lot_code"]] = "released"
        elif e.type in ("task.stopped", "task.counted") and p.get("output_lot"):
            self.balance[p["output_lot"]] = self.balance.get(p["output_lot"], Decimal(0)) + Decimal(p["good_qty"])
        elif e.type in ("lot.held", "lot.released"):
            self.status[p["lot_code"]] = "hold" if e.type == "lot.held" else "released"
        elif e.type in ("lot.hold_overridden", "rule.overridden"):
            self.awaiting[e.event_id] = e
        elif e.type == "record.signed":
            self._signed(e)
        elif e.type == "pallet.built":
            self._take(e, p["lot_code"], Decimal(p["quantity"]), "palletised", frozenset())
            self.pallets[p["sscc"]] = (p["lot_code"], Decimal(p["quantity"]))
        elif e.type == "pallet.voided" and p["sscc"] in self.pallets:
            lot, qty = self.pallets.pop(p["sscc"])
            self.balance[lot] += qty
        elif e.type == "lot.consumed":
            self._consumed(e)

    def _signed(self, e: Event) -> None:
        record = self.awaiting.pop(e.payload["signed_event_id"], None)
        if record is None:
            return
        rp = record.payload
        lot = rp.get("lot_code") or rp["subject"]
        rule = "lot_on_hold" if record.type == "lot.hold_overridden" else rp["rule"]
        signer = e.payload["signer_id"]
        if rule == "lot_on_hold" and Role.QUALITY not in self.roles[signer]:
            self.broken.append(f"seq {e.seq}: the use of held lot {lot} was signed by {signer}, not quality")
        self.signed.setdefault((lot, rp["task_id"]), set()).add(rule)

    def _consumed(self, e: Event) -> None:
        p = e.payload
        lot = p["input_lot"]
        rules = frozenset(self.signed.pop((lot, p["task_id"]), set()))
        self.consumed += 1
        if self.status.get(lot) == "recalled":
            self.broken.append(f"seq {e.seq}: recalled lot {lot} was consumed")
        if self.status.get(lot) == "hold":
            self.held_uses += 1
            if "lot_on_hold" not in rules:
                self.broken.append(f"seq {e.seq}: held lot {lot} was consumed without a quality signature")
        self._take(e, lot, Decimal(p["quantity"]), "consumed", rules)

    def _take(self, e: Event, lot: str, qty: Decimal, how: str, rules: frozenset[str]) -> None:
        left = self.balance.get(lot, Decimal(0))
        if qty > left:
            if "over_balance" in rules:
                self.overdrawn_with_override += 1
            else:
                self.broken.append(f"seq {e.seq}: {qty} of {lot} {how}, only {left} left and no override")
        self.balance[lot] = left - qty


@pytest.mark.slow
@pytest.mark.parametrize("seed", [3, 11, 2026])
def test_a_simulated_plant_keeps_mass_balance_and_quality_signs_every_held_use(demo_template: Path, seed: int) -> None:
    with fresh_station(demo_template) as station:
        with station.ctx.uow() as uow:
            start = uow.all_lots()
            roles = {o.id: o.roles for o in uow.operators()}
        books = Books(
            balance={lot.code: lot.quantity - lot.palletized for lot in start},
            status={lot.code: lot.status.value for lot in start},
            roles=roles,
        )
        sim = ShiftSimulator(station.ctx, start=START, seed=seed, pins=PINS, holds=True)
        report = sim.run(1000)
        with station.engine.connect() as conn:
            for event in eventlog.iter_events(conn):
                books.feed(event)

    assert books.broken == []
    assert books.consumed > 50, report.done
    # The shift did try what the rules are about: over-balance and held scans, refused and overridden.
    assert report.refused["over_balance"] > 0, report.refused
    assert any("lot_on_hold" in rules for rules in report.refused), report.refused
    assert books.overdrawn_with_override + books.held_uses > 0
