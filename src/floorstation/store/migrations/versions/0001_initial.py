"""The first released station schema: event log, master data, projections.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

S = sa.String
I = sa.Integer  # noqa: E741


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("event_id", S(36), primary_key=True),
        sa.Column("station_id", S(64), nullable=False),
        sa.Column("epoch", I, nullable=False),
        sa.Column("seq", I, nullable=False),
        sa.Column("type", S(64), nullable=False),
        sa.Column("schema_version", I, nullable=False),
        sa.Column("occurred_at", S(40), nullable=False),
        sa.Column("operator_id", S(64)),
        sa.Column("payload_json", sa.Text, nullable=False),
        sa.Column("prev_hash", S(64), nullable=False),
        sa.Column("hash", S(64), nullable=False),
        sa.UniqueConstraint("station_id", "epoch", "seq", name="uq_event_station_epoch_seq"),
    )
    # Facts are never changed or removed: the database itself refuses it, whatever code runs.
    op.execute(
        "CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'events are immutable'); END"
    )
    op.execute(
        "CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'events are immutable'); END"
    )
    op.create_table(
        "log_head",
        sa.Column("station_id", S(64), primary_key=True),
        sa.Column("epoch", I, nullable=False),
        sa.Column("seq", I, nullable=False),
        sa.Column("hash", S(64), nullable=False),
    )
    op.create_table(
        "operator",
        sa.Column("id", S(64), primary_key=True),
        sa.Column("name", S(200), nullable=False),
        sa.Column("badge", S(64), nullable=False, unique=True),
        sa.Column("roles", S(200), nullable=False),
        sa.Column("pin_hash", S(200)),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "machine",
        sa.Column("id", S(64), primary_key=True),
        sa.Column("name", S(200), nullable=False),
        sa.Column("code", S(10), nullable=False, unique=True),
    )
    op.create_table(
        "material",
        sa.Column("code", S(64), primary_key=True),
        sa.Column("name", S(200), nullable=False),
        sa.Column("unit", S(16), nullable=False),
        sa.Column("gtin", S(14)),
        sa.Column("lot_tracked", sa.Boolean, nullable=False),
        sa.Column("shelf_life_days", I),
    )
    op.create_table(
        "work_order",
        sa.Column("number", S(64), primary_key=True),
        sa.Column("product", S(64), sa.ForeignKey("material.code"), nullable=False),
        sa.Column("planned_milli", I, nullable=False),
        sa.Column("due_date", S(10)),
    )
    op.create_table(
        "task",
        sa.Column("id", S(64), primary_key=True),
        sa.Column("work_order", S(64), sa.ForeignKey("work_order.number"), nullable=False),
        sa.Column("seq", I, nullable=False),
        sa.Column("machine_id", S(64), sa.ForeignKey("machine.id"), nullable=False),
        sa.Column("name", S(200), nullable=False),
        sa.Column("parameters_json", sa.Text, nullable=False),
    )
    op.create_table(
        "bom_line",
        sa.Column("task_id", S(64), sa.ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("material", S(64), sa.ForeignKey("material.code"), primary_key=True),
        sa.Column("qty_per_unit", S(40), nullable=False),
    )
    op.create_table(
        "reason_code",
        sa.Column("kind", S(20), primary_key=True),
        sa.Column("code", S(64), primary_key=True),
        sa.Column("label", S(200), nullable=False),
    )
    op.create_table(
        "customer",
        sa.Column("id", S(64), primary_key=True),
        sa.Column("name", S(200), nullable=False),
    )
    op.create_table(
        "lot",
        sa.Column("code", S(64), primary_key=True),
        sa.Column("material", S(64), sa.ForeignKey("material.code"), nullable=False),
        sa.Column("origin", S(10), nullable=False),
        sa.Column("initial_milli", I, nullable=False),
        sa.Column("status", S(10), nullable=False),
        sa.Column("expiry", S(10)),
        sa.Column("made_on", S(10)),
        sa.Column("supplier", S(200)),
        sa.Column("supplier_lot", S(64)),
        sa.Column("task_id", S(64)),
        sa.Column("created_event", S(36)),
    )
    op.create_index("ix_lot_material", "lot", ["material"])
    op.create_table(
        "lot_stock",
        sa.Column("lot_code", S(64), sa.ForeignKey("lot.code"), primary_key=True),
        sa.Column("produced_milli", I, nullable=False),
        sa.Column("consumed_milli", I, nullable=False),
        sa.Column("palletized_milli", I, nullable=False),
    )
    op.create_table(
        "lot_edge",
        sa.Column("id", I, primary_key=True, autoincrement=True),
        sa.Column("input_lot", S(64), nullable=False),
        sa.Column("output_lot", S(64)),
        sa.Column("task_id", S(64), nullable=False),
        sa.Column("machine_id", S(64)),
        sa.Column("operator_id", S(64)),
        sa.Column("qty_milli", I, nullable=False),
        sa.Column("occurred_at", S(40), nullable=False),
        sa.Column("event_id", S(36), nullable=False),
    )
    op.create_index("ix_lot_edge_in_out", "lot_edge", ["input_lot", "output_lot"])
    op.create_index("ix_lot_edge_out_in", "lot_edge", ["output_lot", "input_lot"])
    op.create_index("ix_lot_edge_task_in", "lot_edge", ["task_id", "input_lot"])
    op.create_table(
        "signed_in",
        sa.Column("operator_id", S(64), primary_key=True),
        sa.Column("since", S(40), nullable=False),
        sa.Column("method", S(20), nullable=False),
    )
    op.create_table(
        "task_state",
        sa.Column("task_id", S(64), primary_key=True),
        sa.Column("status", S(10), nullable=False),
        sa.Column("output_lot", S(64)),
        sa.Column("good_milli", I, nullable=False),
        sa.Column("scrap_milli", I, nullable=False),
        sa.Column("started_at", S(40)),
        sa.Column("pause_reason", S(64)),
    )
    op.create_table(
        "task_crew",
        sa.Column("task_id", S(64), primary_key=True),
        sa.Column("operator_id", S(64), primary_key=True),
        sa.Column("since", S(40), nullable=False),
    )
    op.create_table(
        "machine_mark",
        sa.Column("mark_id", S(64), primary_key=True),
        sa.Column("machine_id", S(64), nullable=False),
        sa.Column("reason", S(64), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("raised_by", S(64)),
        sa.Column("raised_at", S(40), nullable=False),
    )
    op.create_index("ix_machine_mark_machine_id", "machine_mark", ["machine_id"])
    op.create_table(
        "machine_mark_clear",
        sa.Column("mark_id", S(64), primary_key=True),
        sa.Column("cleared_by", S(64)),
        sa.Column("cleared_at", S(40), nullable=False),
        sa.Column("event_id", S(36), nullable=False),
    )
    op.create_table(
        "pallet",
        sa.Column("sscc", S(18), primary_key=True),
        sa.Column("lot_code", S(64), nullable=False),
        sa.Column("material", S(64), nullable=False),
        sa.Column("qty_milli", I, nullable=False),
        sa.Column("unit", S(16), nullable=False),
        sa.Column("status", S(10), nullable=False),
        sa.Column("built_at", S(40), nullable=False),
        sa.Column("customer_id", S(64)),
        sa.Column("shipment_id", S(64)),
        sa.Column("shipped_at", S(40)),
    )
    op.create_index("ix_pallet_lot_code", "pallet", ["lot_code"])


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
