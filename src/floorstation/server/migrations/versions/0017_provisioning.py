"""Provisioning: the configuration the server keeps per station, and plant-wide settings (the plant's version).

Revision ID: s0017
Revises: s0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0017"
down_revision = "s0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station_config",
        sa.Column("station_id", sa.String(64), primary_key=True),
        sa.Column("config", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "plant_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("plant_setting")
    op.drop_table("station_config")
