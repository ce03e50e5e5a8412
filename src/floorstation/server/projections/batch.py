"""Projecting a batch of stored events: each event's rows gathered by kind, then written kind by kind."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from floorstation.domain import events as ev
from floorstation.domain.events import Event, Payload
from floorstation.domain.quantities import to_milli
from floorstation.domain.signatures import SIGNATURE_TYPE
from floorstation.server import feed
from floorstation.server.authority import signs
from floorstation.server.projections.collisions import separated
from floorstation.server.projections.genealogy import EDGE
from floorstation.server.projections.lot_status import PENDING_STATUS, REBUILDING, decide, heard, signed_earlier, stand
from floorstation.server.projections.lots import LOT_CREATE, LOT_TOUCH, created, touched
from floorstation.server.projections.machines import CLEAR, MARK
from floorstation.server.projections.pallets import (
    LOT_PALLETIZE,
    LOT_UNPALLETIZE,
    PALLET_BUILT,
    PALLET_SHIPPED,
    PALLET_VOIDED,
    SHIPMENT,
)
from floorstation.server.projections.statements import Statement, pipelined, write
from floorstation.server.projections.tasks import TASK, TASK_EVENTS, TASK_STOP, task_event, task_row
from floorstation.server.projections.work import WORK, count_rows, link_within, link_work, work_row

#: The order the statement groups run in; any order gives the same tables (see the package docstring). The
#: versioned ones come last: the feed's counter is locked from the first of them to the commit.
STATEMENTS = (
    LOT_CREATE,
    TASK,
    TASK_STOP,
    WORK,
    LOT_TOUCH,
    PALLET_BUILT,
    LOT_PALLETIZE,
    LOT_UNPALLETIZE,
    PALLET_VOIDED,
    PALLET_SHIPPED,
    SHIPMENT,
    EDGE,
    MARK,
    CLEAR,
)


_NO_ROWS = frozenset({
    ev.OperatorSignedIn, ev.CardPrinted, ev.HandoverNoted, ev.HandoverAcknowledged, ev.LotHoldOverridden,
    ev.RuleOverridden, ev.RecordSigned,
})  # fmt: skip
"""Payload types ``_apply`` makes no rows of, passed over before its chain of type tests (a signature is read by
its event type further on). A type not named here goes through the chain."""


def apply(
    conn: Connection,
    events: Sequence[Event],
    typed: Mapping[str, Payload],
    *,
    received_at: str | Mapping[str, str] | None = None,
    refused: Collection[str] = (),
    refused_earlier: Sequence[Event] = (),
) -> None:
    """Project ``events`` (stored in this transaction, in arrival order); events without a payload are skipped.
    What changed for the stations goes into the change feed at the end (``server/feed/``).

    ``received_at``: when the server received them (one time for a batch, or per event id; None: now), which
    bounds when a station's lot decision counts (``authority.effective_at``). ``refused``: the lot decisions the
    plant did not take (``authority.judge``); the lot's status is published again so that the deciding station
    hears that it stands as it was. ``refused_earlier``: a stored decision of an earlier batch refused now (its
    signature did not follow it), published the same way."""
    conn.info[PENDING_STATUS] = set()
    try:
        _apply(conn, events, separated(conn, events, typed), received_at, refused)
        for decision in refused_earlier:
            if isinstance(code := decision.payload.get("lot_code"), str):
                stand(conn, code)
                heard(conn, code, decision.event_id)
        feed.save_versions(conn)
    finally:
        conn.info.pop(PENDING_STATUS, None)
        feed.forget_versions(conn)


def _apply(
    conn: Connection,
    events: Sequence[Event],
    typed: Mapping[str, Payload],
    received_at: str | Mapping[str, str] | None,
    refused: Collection[str],
) -> None:
    rows: dict[Statement, list[dict[str, Any]]] = {statement: [] for statement in STATEMENTS}
    decisions: list[tuple[Event, ev.LotHeld | ev.LotReleased]] = []
    for event in events:
        p = typed.get(event.event_id)
        if p is None or type(p) in _NO_ROWS:
            continue
        base = {"station_id": event.station_id, "event_id": event.event_id, "at": event.occurred_at}
        if isinstance(p, ev.LotConsumed):
            rows[EDGE].append(
                {
                    "event_id": event.event_id,
                    "station_id": event.station_id,
                    "input_lot": p.input_lot,
                    "output_lot": p.output_lot,
                    "task_id": p.task_id,
                    "material": p.material,
                    "qty_milli": to_milli(p.quantity),
                    "unit": p.unit,
                    "operator_id": event.operator_id,
                    "occurred_at": event.occurred_at,
                }
            )
            rows[LOT_TOUCH].append(touched(p.input_lot, p.material, p.unit, consumed=to_milli(p.quantity)))
            if p.output_lot:
                rows[LOT_TOUCH].append(touched(p.output_lot, None))
        elif isinstance(p, ev.LotProduced):
            rows[LOT_CREATE].append(
                created(
                    event,
                    p.lot_code,
                    p.material,
                    "produced",
                    task_id=p.task_id,
                    work_order=p.work_order,
                    machine_id=p.machine_id,
                    made_on=p.produced_on.isoformat(),
                    expiry=p.expiry.isoformat() if p.expiry else None,
                )
            )
            rows[TASK].append(task_row(event, p.task_id, p.machine_id, p.work_order))
        elif isinstance(p, ev.LotReceived):
            rows[LOT_CREATE].append(
                created(
                    event,
                    p.lot_code,
                    p.material,
                    "received",
                    made_on=p.received_on.isoformat(),
                    expiry=p.expiry.isoformat() if p.expiry else None,
                    supplier=p.supplier,
                    supplier_lot=p.supplier_lot,
                    gtin=p.gtin,
                    unit=p.unit,
                    initial_milli=to_milli(p.quantity),
                )
            )
        elif isinstance(p, TASK_EVENTS):
            task_event(rows, event, p)
            if isinstance(p, ev.TaskStopped) and p.output_lot and p.good_qty > 0:
                rows[LOT_TOUCH].append(touched(p.output_lot, None, produced=to_milli(p.good_qty)))
        elif isinstance(p, ev.TaskCounted):
            rows[WORK].extend(count_rows(event, p))
            if p.output_lot and p.good_qty > 0:
                rows[LOT_TOUCH].append(touched(p.output_lot, None, produced=to_milli(p.good_qty)))
                rows[TASK_STOP].append(
                    {
                        "event_id": event.event_id,
                        "task_id": p.task_id,
                        "output_lot": p.output_lot,
                        "good_milli": to_milli(p.good_qty),
                        "occurred_at": event.occurred_at,
                    }
                )
        elif isinstance(p, ev.PalletBuilt):
            qty = to_milli(p.quantity)
            rows[PALLET_BUILT].append(
                base
                | {"sscc": p.sscc, "lot_code": p.lot_code, "material": p.material, "qty_milli": qty, "unit": p.unit}
            )
            rows[LOT_TOUCH].append(touched(p.lot_code, p.material, p.unit))
            rows[LOT_PALLETIZE].append(
                {"sscc": p.sscc, "lot_code": p.lot_code, "qty_milli": qty, "event_id": event.event_id}
            )
        elif isinstance(p, ev.PalletVoided):
            rows[LOT_UNPALLETIZE].append({"sscc": p.sscc})
            rows[PALLET_VOIDED].append(base | {"sscc": p.sscc, "reason": p.reason})
        elif isinstance(p, ev.PalletShipped):
            shipped = base | {"sscc": p.sscc, "customer_id": p.customer_id, "shipment_id": p.shipment_id}
            rows[PALLET_SHIPPED].append(shipped)
            rows[SHIPMENT].append(shipped | {"pallets": 1, "first_at": event.occurred_at, "last_at": event.occurred_at})
        elif isinstance(p, ev.OperatorSignedOut):
            rows[WORK].append(work_row(event, p))
        elif isinstance(p, ev.MachineMarkedDown):
            rows[MARK].append(
                base
                | {
                    "mark_id": p.mark_id,
                    "machine_id": p.machine_id,
                    "reason": p.reason,
                    "note": p.note,
                    "operator_id": event.operator_id,
                }
            )
        elif isinstance(p, ev.MachineCleared):
            rows[CLEAR].extend(
                base | {"mark_id": m, "machine_id": p.machine_id, "operator_id": event.operator_id} for m in p.mark_ids
            )
        elif isinstance(p, ev.LotHeld | ev.LotReleased):
            decisions.append((event, p))
    link_within(rows[WORK])
    with pipelined(conn):  # nothing here reads what it wrote: one round trip
        for statement in STATEMENTS:
            if rows[statement] and not statement.versioned:
                write(conn, statement, rows[statement])
        if rows[WORK]:
            link_work(conn, rows[WORK])
    # Quality's decisions at stations: the latest by the server's order wins whatever order they arrive in
    # (record_lot_status). Before the versioned rows: a lot's row is never waited for while the feed's counter is
    # held.
    now = datetime.now(UTC).isoformat(timespec="milliseconds")

    def received(event: Event) -> str:
        return received_at.get(event.event_id, now) if isinstance(received_at, Mapping) else received_at or now

    by_place = {(e.station_id, e.epoch, e.seq): e for e in events}
    for event, decision in decisions:
        if event.event_id in refused:
            stand(conn, decision.lot_code)
            heard(conn, decision.lot_code, event.event_id)
            continue
        signature = by_place.get((event.station_id, event.epoch, event.seq + 1))
        if signature is not None and signs(signature, event):
            decide(conn, event, decision, received(event))
        # else: it waits for its signature, the station's next record (authority.judge)
    for event in events:
        if event.type != SIGNATURE_TYPE or (event.station_id, event.epoch, event.seq - 1) in by_place:
            continue
        for stored, decision, at in signed_earlier(conn, event):
            if stored.event_id in refused:
                stand(conn, decision.lot_code)
                heard(conn, decision.lot_code, stored.event_id)
            else:
                decide(conn, stored, decision, at)
    versioned = [statement for statement in STATEMENTS if rows[statement] and statement.versioned]
    if versioned:
        feed.sequencer(conn)  # the counter's lock and value, read before the writes that take versions from it
    with pipelined(conn):
        for statement in versioned:
            write(conn, statement, rows[statement])
    if conn.info.get(REBUILDING):
        return  # rebuild publishes everything once at its end
    # The change feed stations download (marks, clears and edges are in it already, with their versions): last,
    # so the counter lock is held only from here (or the first versioned row) to the commit.
    feed.publish(
        conn,
        lots={r["code"] for r in rows[LOT_CREATE]} | {r["code"] for r in rows[LOT_TOUCH]},
        statuses=conn.info.get(PENDING_STATUS, set()),
        pallets={r["sscc"] for statement in (PALLET_BUILT, PALLET_VOIDED, PALLET_SHIPPED) for r in rows[statement]},
        compare=False,
    )
