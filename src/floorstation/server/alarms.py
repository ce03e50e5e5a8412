"""The server's alarm table: things someone at the plant must look at, raised by any part of the server.

An alarm is one row (``AlarmRow``): when, which station (if one), a ``kind`` in capitals that says what it is, the
epoch and seq of the record it is about (if one), and a sentence. Kinds raised today:

- ``HASH_CHAIN_BROKEN``, ``CONFLICTING_EVENT``, ``EVENT_ID_CONFLICT``: an upload refused as altered or forked
  (``server/ingest.py``, written in a transaction of their own, since the batch's is rolled back);
- ``SSCC_COLLISION``: two pallets carry one SSCC (``server/sscc.py``);
- ``LOT_DECISION_REFUSED``: a station's hold or release the plant did not take (``server/authority.py``);
- ``EPOCH_FORKED``: a station started a new epoch that does not continue its log (``server/ingest.py``).

``floorstation-server alarms`` lists them, newest first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, insert, select

from floorstation.server.models import AlarmRow

log = logging.getLogger(__name__)


def raise_alarm(
    conn: Connection,
    kind: str,
    detail: str,
    *,
    station_id: str | None = None,
    epoch: int | None = None,
    seq: int | None = None,
    at: str | None = None,
) -> None:
    """Write an alarm in the caller's transaction (it stands or falls with what it is about)."""
    log.warning("alarm %s%s: %s", kind, f" from {station_id}" if station_id else "", detail)
    conn.execute(
        insert(AlarmRow).values(
            at=at or datetime.now(UTC).isoformat(timespec="milliseconds"),
            station_id=station_id,
            kind=kind,
            epoch=epoch,
            seq=seq,
            detail=detail,
        )
    )


@dataclass(frozen=True)
class Alarm:
    at: str
    station_id: str | None
    kind: str
    epoch: int | None
    seq: int | None
    detail: str

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def counts(engine: Engine) -> dict[str, int]:
    """Alarms raised per station."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(AlarmRow.station_id, func.count())
            .where(AlarmRow.station_id.is_not(None))
            .group_by(AlarmRow.station_id)
        )
        return {str(station): int(n) for station, n in rows}


def recent(engine: Engine, *, limit: int = 100, station_id: str | None = None) -> list[Alarm]:
    query = select(AlarmRow).order_by(AlarmRow.id.desc()).limit(limit)
    if station_id is not None:
        query = query.where(AlarmRow.station_id == station_id)
    with engine.connect() as conn:
        return [Alarm(r.at, r.station_id, r.kind, r.epoch, r.seq, r.detail) for r in conn.execute(query)]
