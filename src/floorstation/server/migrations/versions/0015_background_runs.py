"""Periodic work run once across server processes: ``background_run``.

Several ``floorstation-server run`` processes on one PostgreSQL share the plant's periodic work (the change
feed's retention, ...). A PostgreSQL advisory lock keeps two of them from running a job at once; this table says
when one last finished it, so the others skip it until its period has passed (``server/leases.py``).

Revision ID: s0015
Revises: s0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0015"
down_revision = "s0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "background_run",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("runs", sa.Integer, nullable=False),
        sa.Column("last_started_at", sa.String(40), nullable=False),
        sa.Column("last_finished_at", sa.String(40)),
        sa.Column("last_process", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
