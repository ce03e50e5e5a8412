"""Machine marks, their clears and genealogy edges carry their change-feed version in their own rows.

They never change once written, so the feed reads them where they are (``server/feed.py``) instead of keeping a
copy of each in ``plant_change``. The upgrade moves each row's version over from its ``plant_change`` row and then
removes those rows. A clear whose tombstone was compacted, and the mark it cleared, get the compaction horizon
(never sent again except in a snapshot); a live mark or an edge with no feed row (a server upgraded from before
the feed) gets a fresh version, so stations download it.

Revision ID: s0006
Revises: s0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None

_TABLES = (
    ("plant_machine_mark", "mark_id", "mark"),
    ("plant_machine_mark_clear", "mark_id", "mark"),
    ("plant_lot_edge", "event_id", "lot_edge"),
)


def upgrade() -> None:
    conn = op.get_bind()
    for table, _key, _entity in _TABLES:
        op.add_column(table, sa.Column("version", sa.BigInteger))
    for table, key, entity in _TABLES:
        conn.execute(
            sa.text(
                f"UPDATE {table} SET version = c.version FROM plant_change AS c "
                f"WHERE c.entity = :entity AND c.key = {table}.{key}"
            ),
            {"entity": entity},
        )
    horizon = conn.execute(sa.text("SELECT value FROM change_counter WHERE name = 'compacted'")).scalar() or 0
    conn.execute(sa.text("UPDATE plant_machine_mark_clear SET version = :h WHERE version IS NULL"), {"h": horizon})
    conn.execute(
        sa.text(
            "UPDATE plant_machine_mark SET version = :h WHERE version IS NULL AND EXISTS "
            "(SELECT 1 FROM plant_machine_mark_clear AS c WHERE c.mark_id = plant_machine_mark.mark_id)"
        ),
        {"h": horizon},
    )
    latest = conn.execute(sa.text("SELECT value FROM change_counter WHERE name = 'master'")).scalar_one()
    for table, key in (("plant_machine_mark", "mark_id"), ("plant_lot_edge", "event_id")):
        conn.execute(
            sa.text(
                f"UPDATE {table} SET version = :base + n.n FROM (SELECT {key} AS k, "
                f"row_number() OVER (ORDER BY {key}) AS n FROM {table} WHERE version IS NULL) AS n "
                f"WHERE {table}.{key} = n.k"
            ),
            {"base": latest},
        )
        latest = max(latest, conn.execute(sa.text(f"SELECT MAX(version) FROM {table}")).scalar() or 0)
    conn.execute(sa.text("UPDATE change_counter SET value = :v WHERE name = 'master'"), {"v": latest})
    conn.execute(sa.text("DELETE FROM plant_change WHERE entity IN ('mark', 'lot_edge')"))
    for table, _key, _entity in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column("version", existing_type=sa.BigInteger, nullable=False)
        op.create_index(f"ix_{table}_version", table, ["version"])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
