"""Tasks' state in the plant projections, and the stops that reported into an output lot.

``plant_task`` gains the task's latest start and stop and the state its latest start, pause, resume or stop left
it in; ``plant_task_stop`` holds each ``task.stopped`` naming an output lot. A recall reads both instead of every
task event of the plant. The upgrade fills them from the stored events (``server/db.py`` runs
``projections.backfill_tasks`` after it).

Revision ID: s0005
Revises: s0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("plant_task", sa.Column("started_at", sa.Text))
    op.add_column("plant_task", sa.Column("stopped_at", sa.Text))
    op.add_column("plant_task", sa.Column("state", sa.Text))
    op.add_column("plant_task", sa.Column("state_key", sa.Text))
    op.create_table(
        "plant_task_stop",
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("task_id", sa.Text, nullable=False),
        sa.Column("output_lot", sa.Text, nullable=False),
        sa.Column("good_milli", sa.BigInteger, nullable=False),
        sa.Column("occurred_at", sa.Text, nullable=False),
    )
    op.create_index("ix_plant_task_stop_output", "plant_task_stop", ["output_lot", "task_id"])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
