"""SSCC serial blocks given to stations at enrollment (``sscc_block``).

Revision ID: s0004
Revises: s0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sscc_block",
        sa.Column("station_id", sa.String(64), sa.ForeignKey("station.id"), primary_key=True),
        sa.Column("company_prefix", sa.String(12), primary_key=True),
        sa.Column("extension", sa.Integer, primary_key=True),
        sa.Column("first_serial", sa.BigInteger, nullable=False),
        sa.Column("last_serial", sa.BigInteger, nullable=False),
        sa.Column("allocated_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("extension", "company_prefix", "first_serial", name="uq_sscc_block_first"),
    )


def downgrade() -> None:
    op.drop_table("sscc_block")
