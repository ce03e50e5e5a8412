"""Results out: webhooks with their delivery outbox, and production confirmations.

``webhook`` (an ERP's endpoint, the event types it takes, its secret and its health), ``webhook_cursor`` (how far
each webhook has taken each station's log, per epoch: no row per event), ``webhook_delivery`` (the outbox: the
request being delivered, its exact body and idempotency key, until the endpoint answers 2xx), ``confirmation``
(one per task stop, numbered in commit order by the ``confirmation`` counter row), ``confirmation_source`` (how
far confirmations have been made from each station's log) and ``confirmation_open`` (what a task has gathered
since its last stop at a station).

Revision ID: s0013
Revises: s0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0013"
down_revision = "s0012"
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "webhook",
        sa.Column("id", _BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("events", sa.Text, nullable=False),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("confirmation_cursor", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failing_since", sa.String(40)),
        sa.Column("next_attempt_at", sa.String(40)),
        sa.Column("last_success_at", sa.String(40)),
        sa.Column("last_error_at", sa.String(40)),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "webhook_cursor",
        sa.Column("webhook_id", sa.BigInteger, sa.ForeignKey("webhook.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("station_id", sa.String(64), primary_key=True),
        sa.Column("epoch", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "webhook_delivery",
        sa.Column("id", _BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("webhook_id", sa.BigInteger, sa.ForeignKey("webhook.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("station_id", sa.String(64)),
        sa.Column("epoch", sa.Integer),
        sa.Column("first", sa.BigInteger, nullable=False),
        sa.Column("last", sa.BigInteger, nullable=False),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False, unique=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_webhook_delivery_webhook", "webhook_delivery", ["webhook_id", "id"])
    op.create_table(
        "confirmation",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False, unique=True),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("task_id", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "confirmation_source",
        sa.Column("station_id", sa.String(64), primary_key=True),
        sa.Column("epoch", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "confirmation_open",
        sa.Column("station_id", sa.String(64), primary_key=True),
        sa.Column("task_id", sa.Text, primary_key=True),
        sa.Column("gathered", sa.Text, nullable=False),
    )
    counter = sa.table("change_counter", sa.column("name", sa.String), sa.column("value", sa.BigInteger))
    op.bulk_insert(counter, [{"name": "confirmation", "value": 0}])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
