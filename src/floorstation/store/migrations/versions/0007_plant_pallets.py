"""Pallets built anywhere in the plant, downloaded, so a dispatch station can ship pallets built at the lines;
and what this station did to pallets built elsewhere.

``plant_pallet`` is filled only by the download (``store/download.py``; the feed's ``pallet`` rows) and replaced
whole by a snapshot. ``pallet_elsewhere`` is a projection of this station's own ``pallet.shipped`` /
``pallet.voided`` events for pallets it did not build (its ``pallet`` table has only its own), rebuilt from the
event log like the other projections, so a pallet shipped here and not yet back from the server is not offered
again.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plant_pallet",
        sa.Column("sscc", sa.Text, primary_key=True),
        sa.Column("lot_code", sa.Text, nullable=False),
        sa.Column("material", sa.Text),
        sa.Column("qty_milli", sa.BigInteger, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("station_id", sa.Text),
        sa.Column("built_at", sa.Text),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("customer_id", sa.Text),
        sa.Column("shipment_id", sa.Text),
        sa.Column("shipped_station", sa.Text),
        sa.Column("shipped_at", sa.Text),
        sa.Column("voided_station", sa.Text),
        sa.Column("voided_at", sa.Text),
        sa.Column("void_reason", sa.Text),
    )
    op.create_index("ix_plant_pallet_state", "plant_pallet", ["state"])
    op.create_table(
        "pallet_elsewhere",
        sa.Column("sscc", sa.Text, primary_key=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("customer_id", sa.Text),
        sa.Column("shipment_id", sa.Text),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
    )


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
