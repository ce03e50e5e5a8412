"""Work registration typed for the reports: ``plant_work_event``.

One row per task start, join, pause, resume and stop and per operator sign-out, with its time in UTC
milliseconds and the time of its task's next fact (where its run or pause ends), so the office's reports add
up run and pause time in SQL without ordering a task's facts again. The upgrade fills it from the stored
events (``server/db.py`` runs ``projections.backfill_work`` after it).

Revision ID: s0011
Revises: s0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0011"
down_revision = "s0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plant_work_event",
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("task_id", sa.Text),
        sa.Column("operator_id", sa.Text),
        sa.Column("reason", sa.Text),
        sa.Column("at_ms", sa.BigInteger, nullable=False),
        sa.Column("next_ms", sa.BigInteger),
        sa.Column("station_id", sa.Text, nullable=False),
        sa.Column("epoch", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("good_milli", sa.BigInteger, nullable=False),
        sa.Column("scrap_milli", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_plant_work_event_task", "plant_work_event", ["task_id", "at_ms"])
    op.create_index("ix_plant_work_event_at", "plant_work_event", ["at_ms", "next_ms"])
    op.create_index("ix_plant_work_event_operator", "plant_work_event", ["operator_id", "at_ms"])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
