"""The log head a connection keeps from its last commit is used only while nothing else has written the file."""

from __future__ import annotations

from datetime import datetime

from floorstation import bootstrap
from floorstation.domain.events import STORED_COLUMNS, MachineMarkedDown, canonical_json, chain_hash
from floorstation.store import eventlog

AT = datetime.fromisoformat("2026-11-23T08:00:00+01:00")


def _append(uow_factory: object, n: int = 1) -> None:
    for i in range(n):
        with uow_factory() as uow:  # type: ignore[operator]
            uow.record(
                MachineMarkedDown(machine_id="M01", mark_id=f"m-{id(uow)}-{i}", reason="x"), operator_id="tomasz", at=AT
            )
            uow.commit()


def test_appends_from_two_connections_and_a_write_beside_the_unit_of_work_keep_one_chain(
    station: bootstrap.Station,
) -> None:
    other = bootstrap.build(station.root)  # a second engine on the same file, as a second process would have
    try:
        _append(station.ctx.uow, 3)
        _append(other.ctx.uow, 2)  # committed by another connection: the first one's kept head is stale
        _append(station.ctx.uow, 2)
        # An event written on the same connection beside the unit of work (by hand, chained as it should be).
        with station.engine.connect() as conn:
            driver = conn.connection.driver_connection
            conn.begin()
            epoch, seq, prev = driver.execute("SELECT epoch, seq, hash FROM log_head").fetchone()
            fields = {
                "event_id": "0192f0c0-0000-7000-8000-0000000000ff",
                "station_id": station.config.station_id,
                "epoch": epoch,
                "seq": seq + 1,
                "type": "operator.signed_out",
                "schema_version": 1,
                "occurred_at": AT.isoformat(timespec="milliseconds"),
                "operator_id": "tomasz",
                "payload_json": canonical_json({"reason": "manual"}),
                "prev_hash": prev,
            }
            digest = chain_hash(**fields)
            driver.execute(
                f"INSERT INTO event ({', '.join(STORED_COLUMNS)}) VALUES ({', '.join('?' * len(STORED_COLUMNS))})",
                (*fields.values(), digest),
            )
            driver.execute("UPDATE log_head SET seq = ?, hash = ?", (seq + 1, digest))
            conn.commit()
        _append(station.ctx.uow, 2)
        checked, problem = eventlog.verify(station.engine)
        assert problem is None
        with station.engine.connect() as conn:
            seqs = [e.seq for e in eventlog.tail(conn, None)]
        assert seqs == list(range(1, len(seqs) + 1))
        assert checked == len(seqs)
    finally:
        other.close()


def test_a_unit_of_work_left_without_commit_leaves_the_chain_as_it_was(station: bootstrap.Station) -> None:
    _append(station.ctx.uow, 2)
    with station.engine.connect() as conn:
        before = eventlog.count(conn)
    with station.ctx.uow() as uow:
        uow.record(MachineMarkedDown(machine_id="M01", mark_id="dropped", reason="x"), operator_id="tomasz", at=AT)
    _append(station.ctx.uow, 1)
    assert eventlog.verify(station.engine) == (before + 1, None)
