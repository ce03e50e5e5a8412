"""Override reasons name the rules they answer and the roles that may sign them (``domain/overrides.py``).

Revision ID: 0010
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Space-separated; empty on every reason known before this revision: the rules and role of before.
    op.add_column("reason_code", sa.Column("rules", sa.Text, nullable=False, server_default=""))
    op.add_column("reason_code", sa.Column("roles", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
