"""The print queue: cards waiting for a printer survive a restart.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_job",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("card", sa.String(10), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("printer", sa.Text, nullable=False),
        sa.Column("card_json", sa.Text, nullable=False),
        sa.Column("reprint", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("operator_id", sa.String(64)),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_ms", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("owner", sa.String(100)),
        sa.Column("done_at", sa.String(40)),
        sa.Column("event_id", sa.String(36)),
        sa.CheckConstraint(
            "state IN ('queued', 'printing', 'done', 'uncertain', 'failed', 'cancelled')", name="ck_print_job_state"
        ),
    )
    op.create_index("ix_print_job_state_due", "print_job", ["state", "next_attempt_ms"])
    op.create_index("ix_print_job_subject", "print_job", ["card", "subject"])


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
