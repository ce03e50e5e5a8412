"""A station's clock offset is kept whatever its size.

``station.clock_offset_ms`` was a 32-bit integer: a station clock more than 24.8 days off the server's (a lost
CMOS battery puts it years back) could not be kept as measured. It is a 64-bit integer now. SQLite's INTEGER
already holds 64 bits; PostgreSQL's column type changes.

Revision ID: s0009
Revises: s0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0009"
down_revision = "s0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("station", "clock_offset_ms", type_=sa.BigInteger, existing_type=sa.Integer)


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
