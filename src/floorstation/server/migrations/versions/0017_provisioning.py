"""Provisioning: the configuration the server keeps per station. The plant's version is a row of ``plant_setting``
(s0016), so it needs no table of its own.

Revision ID: s0017
Revises: s0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0017"
down_revision = "s0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station_config",
        sa.Column("station_id", sa.String(64), primary_key=True),
        sa.Column("config", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("station_config")
