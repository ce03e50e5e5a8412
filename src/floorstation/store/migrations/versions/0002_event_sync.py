"""Sync state of each event, kept beside the immutable event rows.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_sync",
        sa.Column("event_id", sa.String(36), sa.ForeignKey("event.event_id"), primary_key=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("acked_at", sa.String(40)),
        sa.CheckConstraint("state IN ('pending', 'acked', 'flagged', 'rejected')", name="ck_event_sync_state"),
    )
    op.create_table(
        "station_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
