"""The print queue in the station database, in the same transactions as the event log.

``SqlPrintUnitOfWork`` is the ordinary unit of work plus the ``print_job`` table, so that marking a job done and
recording its ``card.printed`` event commit together or not at all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, func, insert, select, update

from floorstation.domain.events import LotReceived
from floorstation.domain.printjobs import JobState, PrintJob
from floorstation.store.models import EventRow, LotRow, PrintJobRow, TaskRow
from floorstation.store.said_column import from_column, to_column
from floorstation.store.uow import SqlUnitOfWork

_OPEN = (JobState.QUEUED.value, JobState.PRINTING.value, JobState.UNCERTAIN.value)


def _job(row: Row[Any]) -> PrintJob:
    return PrintJob(
        id=row.id,
        card=row.card,
        subject=row.subject,
        printer=row.printer,
        card_json=row.card_json,
        reprint=bool(row.reprint),
        operator_id=row.operator_id,
        state=JobState(row.state),
        created_at=row.created_at,
        attempts=row.attempts,
        next_attempt_ms=row.next_attempt_ms,
        last_error=from_column(row.last_error),
        owner=row.owner,
        done_at=row.done_at,
        event_id=row.event_id,
    )


def _columns(job: PrintJob) -> dict[str, Any]:
    return {
        "id": job.id,
        "card": job.card,
        "subject": job.subject,
        "printer": job.printer,
        "card_json": job.card_json,
        "reprint": job.reprint,
        "operator_id": job.operator_id,
        "state": job.state.value,
        "created_at": job.created_at,
        "attempts": job.attempts,
        "next_attempt_ms": job.next_attempt_ms,
        "last_error": to_column(job.last_error),
        "owner": job.owner,
        "done_at": job.done_at,
        "event_id": job.event_id,
    }


class SqlPrintUnitOfWork(SqlUnitOfWork):
    """Implements :class:`floorstation.domain.printjobs.PrintUnitOfWork`."""

    def add_print_job(self, job: PrintJob) -> None:
        self.conn.execute(insert(PrintJobRow).values(**_columns(job)))

    def save_print_job(self, job: PrintJob) -> None:
        values = _columns(job)
        del values["id"]
        done = self.conn.execute(update(PrintJobRow).where(PrintJobRow.id == job.id).values(**values))
        if done.rowcount != 1:
            raise LookupError(f"no print job {job.id}")

    def print_job(self, job_id: str) -> PrintJob | None:
        row = self.conn.execute(select(PrintJobRow).where(PrintJobRow.id == job_id)).first()
        return _job(row) if row else None

    def print_jobs(self, states: tuple[JobState, ...] = (), limit: int = 100) -> list[PrintJob]:
        query = select(PrintJobRow).order_by(PrintJobRow.created_at.desc(), PrintJobRow.id.desc()).limit(limit)
        if states:
            query = query.where(PrintJobRow.state.in_([s.value for s in states]))
        return [_job(r) for r in self.conn.execute(query).all()]

    def open_print_jobs(self, card: str, subject: str) -> list[PrintJob]:
        rows = self.conn.execute(
            select(PrintJobRow)
            .where(PrintJobRow.card == card, PrintJobRow.subject == subject, PrintJobRow.state.in_(_OPEN))
            .order_by(PrintJobRow.id)
        ).all()
        return [_job(r) for r in rows]

    def next_due_print_job(self, now_ms: int) -> PrintJob | None:
        row = self.conn.execute(
            select(PrintJobRow)
            .where(PrintJobRow.state == JobState.QUEUED.value, PrintJobRow.next_attempt_ms <= now_ms)
            .order_by(PrintJobRow.next_attempt_ms, PrintJobRow.id)
            .limit(1)
        ).first()
        return _job(row) if row else None

    def next_retry_ms(self) -> int | None:
        value = self.conn.scalar(
            select(func.min(PrintJobRow.next_attempt_ms)).where(PrintJobRow.state == JobState.QUEUED.value)
        )
        return int(value) if value is not None else None

    def lot_work_order(self, lot_code: str) -> str | None:
        value = self.conn.scalar(
            select(TaskRow.work_order).join(LotRow, LotRow.task_id == TaskRow.id).where(LotRow.code == lot_code)
        )
        return str(value) if value is not None else None

    def lot_receipt(self, lot_code: str) -> LotReceived | None:
        created = self.conn.scalar(select(LotRow.created_event).where(LotRow.code == lot_code))
        if created is None:
            return None
        row = self.conn.execute(
            select(EventRow.payload_json).where(EventRow.event_id == created, EventRow.type == LotReceived.TYPE)
        ).first()
        return LotReceived.model_validate_json(row.payload_json) if row else None

    def pallet_builder(self, sscc: str) -> str | None:
        value = self.conn.scalar(
            select(EventRow.operator_id)
            .where(EventRow.type == "pallet.built", func.json_extract(EventRow.payload_json, "$.sscc") == sscc)
            .limit(1)
        )
        return str(value) if value is not None else None
