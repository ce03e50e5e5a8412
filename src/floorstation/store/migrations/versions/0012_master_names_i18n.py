"""Materials and reason codes may carry their names in other languages (``name_i18n``, ``label_i18n``: JSON
objects such as ``{"pl": "Granulat PP", "de": "PP-Granulat"}``), so the terminal says them in its language.

NULL (every row known before this revision, and master data that gives none) means: the one name there is.

Revision ID: 0012
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("material", sa.Column("name_i18n", sa.JSON))
    op.add_column("reason_code", sa.Column("label_i18n", sa.JSON))


def downgrade() -> None:
    raise RuntimeError("station databases are never downgraded; restore the backup taken before the upgrade")
