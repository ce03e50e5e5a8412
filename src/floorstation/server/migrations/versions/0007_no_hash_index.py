"""The event table loses its (station, hash) index.

Every stored event paid for it (a 64-character key in a B-tree: a tenth of storing a batch), and it served one
lookup: where the first event of a station's new epoch links to (``server/ingest.py``), once per epoch. That
lookup now reads the station's epoch cursors first (the common case: the new epoch continues where the last one
ended) and otherwise the station's events through the (station, epoch, seq) key.

Revision ID: s0007
Revises: s0006
"""

from __future__ import annotations

from alembic import op

revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_event_station_hash", table_name="event")


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
