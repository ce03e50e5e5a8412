"""A lot decision taken here gives way to the plant's once the server has judged it.

``lot.status_event`` names the event of this station's latest hold or release of the lot, and
``plant_lot_status.heard`` the station decisions the server had judged when it sent the plant's status (a JSON
list of event ids): once this station's decision is among them, the plant's status is the lot's status here too,
whatever this station's clock said (``store/reads.py``).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lot") as batch:
        batch.add_column(sa.Column("status_event", sa.Text))
    with op.batch_alter_table("plant_lot_status") as batch:
        batch.add_column(sa.Column("heard", sa.Text))


def downgrade() -> None:
    raise RuntimeError("the station database is never downgraded; restore the backup taken before the upgrade")
