"""The plant's settings kept by the server (its trace profile, edited in the office) and the mock-recall drills.

``plant_setting`` holds one JSON document per key (``trace_profile``: GS1 company prefix, site, partners,
units), with who changed it last. ``recall_drill`` is one timed mock recall: the lot, who started it and when,
the steps as they were done (JSON), and when it was finished, by whom and how long it took.

Revision ID: s0016
Revises: s0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0016"
down_revision = "s0015"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "plant_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "recall_drill",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("lot", sa.Text, nullable=False),
        sa.Column("started_at", sa.String(40), nullable=False),
        sa.Column("started_by", sa.String(64), nullable=False),
        sa.Column("steps_json", sa.Text, nullable=False),
        sa.Column("finished_at", sa.String(40)),
        sa.Column("finished_by", sa.String(64)),
        sa.Column("duration_ms", sa.BigInteger),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_recall_drill_started_at", "recall_drill", ["started_at"])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
