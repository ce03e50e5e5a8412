"""Work orders may carry a priority (an integer, higher first) from master data, so a machine's queue is shown in
schedule order: due date, then priority, then work-order number.

NULL (every work order known before this revision, and master data that gives none) means: no priority.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("work_order", sa.Column("priority", sa.Integer))


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
