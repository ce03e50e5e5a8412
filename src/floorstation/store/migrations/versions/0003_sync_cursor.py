"""Sync cursors: how far the server has acknowledged this station's log (and, later, downloads).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_cursor",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("position", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
