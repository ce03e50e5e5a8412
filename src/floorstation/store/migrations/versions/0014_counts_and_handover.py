"""Interim counts and handover notes: a task's reworked quantity beside its good and scrap, and the notes left for
the next person at a machine until someone acknowledges them.

Both start empty: no event before this revision counts rework or leaves a note.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("task_state", sa.Column("rework_milli", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "handover_note",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("machine_id", sa.String(64), nullable=False, index=True),
        sa.Column("task_id", sa.String(64)),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("written_by", sa.String(64)),
        sa.Column("written_at", sa.String(40), nullable=False),
        sa.Column("acknowledged_by", sa.String(64)),
        sa.Column("acknowledged_at", sa.String(40)),
    )


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
