"""What waits to go up, as the terminal's status strip reads it every few seconds: from the log's head and the
upload position, and always the number a count of the rows gives."""

from __future__ import annotations

from floorstation import bootstrap
from floorstation.app import operators
from floorstation.domain.events import OperatorSignedOut
from floorstation.store.uow import SqlUnitOfWork


def test_the_pending_count_is_the_number_of_events_the_server_has_not_acknowledged(
    station: bootstrap.Station,
) -> None:
    outbox = bootstrap.outbox(station)
    epoch = station.ctx.rules.epoch

    def counted() -> int:
        assert outbox.pending_count() == outbox.stats().pending
        return outbox.pending_count()

    assert counted() == 0
    for badge in ("B1001", "B1002", "B2001"):
        operators.sign_in(station.ctx, badge=badge)
    assert counted() == 3
    outbox.mark_acked(epoch, 2, {})
    assert counted() == 1

    # Restored from a backup: the next epoch continues the log while an event of the old one still waits.
    with SqlUnitOfWork(station.engine, station.config.station_id, epoch + 1) as uow:
        uow.record(OperatorSignedOut(), operator_id="anna", at=station.ctx.now())
        uow.record(OperatorSignedOut(), operator_id="piotr", at=station.ctx.now())
        uow.commit()
    assert counted() == 3
    outbox.mark_acked(epoch, 3, {})
    assert counted() == 2
    outbox.mark_acked(epoch + 1, 2, {})
    assert counted() == 0
