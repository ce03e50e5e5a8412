"""Materials say whether their lots' date is an expiry (use by, GS1 AI 17) or a best-before date (AI 15).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL means expiry, so every material known before this revision keeps printing (17).
    op.add_column("material", sa.Column("date_kind", sa.String(12)))


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
