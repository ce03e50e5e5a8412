"""Derived state in the change feed; who decided a plant lot's status, and why.

``plant_change`` holds, per (entity, key), the latest state of a piece of derived state that every station
downloads (machine marks, plant lots, genealogy edges, lot status decisions), versioned by the same counter as
``master_record``. A row with ``deleted`` set is a tombstone (e.g. a cleared mark), kept for the retention and then
compacted; the ``compacted`` counter row is the highest version compaction removed: older cursors get 410.

Revision ID: s0003
Revises: s0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("plant_lot", sa.Column("status_reason", sa.Text))
    op.add_column("plant_lot", sa.Column("status_at", sa.Text))
    op.add_column("plant_lot", sa.Column("status_by", sa.Text))
    op.add_column("plant_lot", sa.Column("status_source", sa.Text))
    op.create_table(
        "plant_change",
        sa.Column("entity", sa.String(20), primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("data_json", sa.Text, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_plant_change_version", "plant_change", ["version"])
    # Only tombstones (a few) are indexed, for compaction: the many live rows cost no index upkeep.
    deleted = sa.text("deleted")
    op.create_index(
        "ix_plant_change_tombstone", "plant_change", ["updated_at"], postgresql_where=deleted, sqlite_where=deleted
    )
    counter = sa.table("change_counter", sa.column("name", sa.String), sa.column("value", sa.BigInteger))
    op.bulk_insert(counter, [{"name": "compacted", "value": 0}])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
