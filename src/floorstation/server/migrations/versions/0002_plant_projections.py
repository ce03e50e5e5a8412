"""Plant-wide projections: lots, genealogy edges, tasks, pallets, shipments, machine marks and clears.

Left empty here: ``floorstation.server.db.upgrade`` fills them from the events already stored (with the code of
the running server, as ``floorstation-server rebuild`` does) when it upgrades a database from before this one.

Revision ID: s0002
Revises: s0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "plant_lot",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("material", sa.Text),
        sa.Column("in_master", sa.Boolean, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("station_id", sa.Text),
        sa.Column("created_event", sa.Text),
        sa.Column("created_at", sa.Text),
        sa.Column("task_id", sa.Text),
        sa.Column("work_order", sa.Text),
        sa.Column("machine_id", sa.Text),
        sa.Column("made_on", sa.Text),
        sa.Column("expiry", sa.Text),
        sa.Column("supplier", sa.Text),
        sa.Column("supplier_lot", sa.Text),
        sa.Column("gtin", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("initial_milli", sa.BigInteger, nullable=False),
        sa.Column("produced_milli", sa.BigInteger, nullable=False),
        sa.Column("consumed_milli", sa.BigInteger, nullable=False),
        sa.Column("palletized_milli", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_plant_lot_material", "plant_lot", ["material"])
    op.create_index("ix_plant_lot_station", "plant_lot", ["station_id"])
    op.create_table(
        "plant_lot_edge",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Text, nullable=False, unique=True),
        sa.Column("station_id", sa.Text, nullable=False),
        sa.Column("input_lot", sa.Text, nullable=False),
        sa.Column("output_lot", sa.Text),
        sa.Column("task_id", sa.Text, nullable=False),
        sa.Column("material", sa.Text, nullable=False),
        sa.Column("qty_milli", sa.BigInteger, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("operator_id", sa.Text),
        sa.Column("occurred_at", sa.Text, nullable=False),
    )
    op.create_index("ix_plant_lot_edge_in_out", "plant_lot_edge", ["input_lot", "output_lot"])
    op.create_index("ix_plant_lot_edge_out_in", "plant_lot_edge", ["output_lot", "input_lot"])
    op.create_index("ix_plant_lot_edge_task", "plant_lot_edge", ["task_id"])
    op.create_table(
        "plant_task",
        sa.Column("task_id", sa.Text, primary_key=True),
        sa.Column("machine_id", sa.Text, nullable=False),
        sa.Column("work_order", sa.Text, nullable=False),
        sa.Column("station_id", sa.Text, nullable=False),
    )
    op.create_table(
        "plant_pallet",
        sa.Column("sscc", sa.Text, primary_key=True),
        sa.Column("lot_code", sa.Text),
        sa.Column("material", sa.Text),
        sa.Column("qty_milli", sa.BigInteger),
        sa.Column("unit", sa.Text),
        sa.Column("built_station", sa.Text),
        sa.Column("built_event", sa.Text),
        sa.Column("built_at", sa.Text),
        sa.Column("customer_id", sa.Text),
        sa.Column("shipment_id", sa.Text),
        sa.Column("shipped_station", sa.Text),
        sa.Column("shipped_event", sa.Text),
        sa.Column("shipped_at", sa.Text),
        sa.Column("voided_event", sa.Text),
        sa.Column("voided_at", sa.Text),
        sa.Column("void_reason", sa.Text),
    )
    op.create_index("ix_plant_pallet_lot", "plant_pallet", ["lot_code"])
    op.create_index("ix_plant_pallet_shipment", "plant_pallet", ["shipment_id"])
    op.create_table(
        "plant_shipment",
        sa.Column("shipment_id", sa.Text, primary_key=True),
        sa.Column("customer_id", sa.Text, nullable=False),
        sa.Column("pallets", sa.Integer, nullable=False),
        sa.Column("first_shipped_at", sa.Text, nullable=False),
        sa.Column("last_shipped_at", sa.Text, nullable=False),
    )
    op.create_index("ix_plant_shipment_customer", "plant_shipment", ["customer_id"])
    op.create_table(
        "plant_machine_mark",
        sa.Column("mark_id", sa.Text, primary_key=True),
        sa.Column("machine_id", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("station_id", sa.Text, nullable=False),
        sa.Column("raised_by", sa.Text),
        sa.Column("raised_at", sa.Text, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
    )
    op.create_index("ix_plant_machine_mark_machine_id", "plant_machine_mark", ["machine_id"])
    op.create_table(
        "plant_machine_mark_clear",
        sa.Column("mark_id", sa.Text, primary_key=True),
        sa.Column("machine_id", sa.Text, nullable=False),
        sa.Column("station_id", sa.Text, nullable=False),
        sa.Column("cleared_by", sa.Text),
        sa.Column("cleared_at", sa.Text, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
