"""Interim counts in the reports' work registration: ``plant_work_event`` gets the reworked quantity of a count.

A ``task.counted`` event becomes rows of kind ``count`` (one per scrap reason it names, the first also carrying
its good and rework); counts do not end a run or pause segment. No event before this revision is a count, so
nothing needs filling.

Revision ID: s0014
Revises: s0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0014"
down_revision = "s0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("plant_work_event", sa.Column("rework_milli", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
