"""The plant's lot keeps the station decisions the server has judged on it.

``plant_lot.decisions_heard`` is a JSON list of the event ids of the holds and releases stations uploaded for the
lot, taken or not; it goes to the stations with the lot's status, so that a station gives way to the plant's
status once its own decision is among them (``server/authority.py``). A projection column: ``rebuild`` fills it
from the stored events.

Revision ID: s0008
Revises: s0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database that was given the column by an earlier run of this step (a copy set back to an older revision
    # to be upgraded again, as the upgrade tests do) keeps it.
    if "decisions_heard" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("plant_lot")}:
        op.add_column("plant_lot", sa.Column("decisions_heard", sa.Text))


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
