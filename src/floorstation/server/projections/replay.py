"""Rebuilding the plant projections from the stored events, through the same code a batch goes through."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select

from floorstation.domain.events import event_from_row
from floorstation.server import feed
from floorstation.server.authority import REFUSED
from floorstation.server.models import PLANT_TABLES, EventFlagRow, EventRow, MasterRecordRow, PlantLotRow
from floorstation.server.projections.batch import apply
from floorstation.server.projections.lot_status import REBUILDING, SERVER_SOURCE, record_lot_status
from floorstation.server.projections.lots import apply_master_lots
from floorstation.server.projections.payloads import parse_payloads

_KEPT = "rebuild_kept_version"
_VERSIONED = (
    ("plant_machine_mark", "mark_id"),
    ("plant_machine_mark_clear", "mark_id"),
    ("plant_lot_edge", "event_id"),
)
"""The projections whose rows carry their change-feed version, and their keys."""


def rebuild(conn: Connection, *, chunk: int = 5000) -> int:
    """Empty every plant projection, put master data's lots back, and replay the stored events in arrival order
    (the lot decisions the plant refused stay left out: their ``decision_refused`` flags say which); returns the
    number of events replayed. Runs in the caller's transaction.

    Status decisions taken at the server (``lot-status``: no event holds them) are kept across the rebuild; the
    change feed is brought up to date once at the end (rows whose state did not change keep their version;
    marks, clears and edges written again get back the version they had, so stations do not download them
    again)."""
    decided = conn.execute(
        select(PlantLotRow).where(PlantLotRow.status_source == SERVER_SOURCE, PlantLotRow.status_at.is_not(None))
    ).all()
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_KEPT}")
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {_KEPT} AS "
        + " UNION ALL ".join(
            f"SELECT '{table}' AS kind, {key} AS key, version FROM {table}" for table, key in _VERSIONED
        )
    )
    for table in PLANT_TABLES:
        conn.execute(delete(table))
    replayed = 0
    after = 0
    refused = set(conn.scalars(select(EventFlagRow.event_id).where(EventFlagRow.code == REFUSED)))
    conn.info[REBUILDING] = True
    try:
        # Master data's lots first: the statuses it gives are what the stations' decisions were weighed against.
        lots = conn.scalars(select(MasterRecordRow.data_json).where(MasterRecordRow.entity == "lots"))
        apply_master_lots(conn, [json.loads(data) for data in lots])
        while True:
            rows = conn.execute(select(EventRow).where(EventRow.id > after).order_by(EventRow.id).limit(chunk)).all()
            if not rows:
                break
            events = [event_from_row(r) for r in rows]
            typed, _invalid = parse_payloads(events)
            received = {r.event_id: r.received_at for r in rows}
            apply(conn, events, typed, received_at=received, refused=refused)
            replayed += len(events)
            after = rows[-1].id
        for d in decided:
            record_lot_status(conn, d.code, d.status, d.status_reason, d.status_by, d.status_at or "", SERVER_SOURCE)
    finally:
        conn.info.pop(REBUILDING, None)
    for name, key in _VERSIONED:
        conn.exec_driver_sql(
            f"UPDATE {name} SET version = k.version FROM {_KEPT} AS k WHERE k.kind = '{name}' AND k.key = {name}.{key}"
        )
    conn.exec_driver_sql(f"DROP TABLE {_KEPT}")
    feed.publish_all(conn)
    return replayed
