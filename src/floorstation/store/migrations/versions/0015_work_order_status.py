"""Work orders carry their status from the plant's planning: ``released``, ``on_hold``, ``closed`` or
``cancelled``. Closed and cancelled orders leave the machines' queues; an order on hold stays, marked, and its
tasks cannot be started.

NULL (every work order known before this revision, and master data that gives none) means: released.

Revision ID: 0015
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("work_order", sa.Column("status", sa.String(16)))


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
