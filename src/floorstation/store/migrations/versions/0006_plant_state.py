"""What the plant knows, downloaded from the server's change feed; who decided a lot's status, and why.

The ``plant_*`` tables hold derived state made at other stations (machine marks and clears, lots, genealogy
edges, lot status decisions). They are filled only by the download (``store/download.py``), never by the
station's own ``rebuild``, and a snapshot replaces them whole. ``lot.status_reason/at/by`` record the latest
local hold or release decision.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("lot", sa.Column("status_reason", sa.Text))
    op.add_column("lot", sa.Column("status_at", sa.Text))
    op.add_column("lot", sa.Column("status_by", sa.Text))
    op.create_table(
        "plant_machine_mark",
        sa.Column("mark_id", sa.Text, primary_key=True),
        sa.Column("machine_id", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("station_id", sa.Text),
        sa.Column("raised_by", sa.Text),
        sa.Column("raised_at", sa.Text, nullable=False),
    )
    op.create_index("ix_plant_machine_mark_machine_id", "plant_machine_mark", ["machine_id"])
    op.create_table(
        "plant_mark_clear",
        sa.Column("mark_id", sa.Text, primary_key=True),
        sa.Column("machine_id", sa.Text),
        sa.Column("station_id", sa.Text),
        sa.Column("cleared_by", sa.Text),
        sa.Column("cleared_at", sa.Text, nullable=False),
    )
    op.create_table(
        "plant_lot",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("material", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("station_id", sa.Text),
        sa.Column("expiry", sa.Text),
        sa.Column("made_on", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("task_id", sa.Text),
        sa.Column("on_hand_milli", sa.BigInteger, nullable=False),
        sa.Column("palletized_milli", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "plant_lot_edge",
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("input_lot", sa.Text, nullable=False),
        sa.Column("output_lot", sa.Text),
        sa.Column("task_id", sa.Text, nullable=False),
        sa.Column("material", sa.Text),
        sa.Column("qty_milli", sa.BigInteger, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("station_id", sa.Text),
        sa.Column("operator_id", sa.Text),
        sa.Column("occurred_at", sa.Text, nullable=False),
    )
    op.create_index("ix_plant_lot_edge_in_out", "plant_lot_edge", ["input_lot", "output_lot"])
    op.create_index("ix_plant_lot_edge_out_in", "plant_lot_edge", ["output_lot", "input_lot"])
    op.create_table(
        "plant_lot_status",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("decided_by", sa.Text),
        sa.Column("decided_at", sa.Text),
        sa.Column("source", sa.Text),
    )


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
