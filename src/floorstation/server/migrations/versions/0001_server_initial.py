"""The first server schema: stations, codes, tokens, cursors, events, flags, alarms, master data, sequencer.

Revision ID: s0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("last_contact_at", sa.String(40)),
        sa.Column("app_version", sa.String(40)),
        sa.Column("pending_count", sa.Integer),
        sa.Column("oldest_pending_age_s", sa.Float),
        sa.Column("clock_offset_ms", sa.Integer),
        sa.Column("disk_free_bytes", sa.BigInteger),
    )
    op.create_table(
        "enrollment_code",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("station_id", sa.String(64), sa.ForeignKey("station.id"), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=False),
        sa.Column("used_at", sa.String(40)),
    )
    op.create_table(
        "station_token",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("station_id", sa.String(64), sa.ForeignKey("station.id"), nullable=False),
        sa.Column("code_hash", sa.String(64)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("first_used_at", sa.String(40)),
        sa.Column("revoked_at", sa.String(40)),
    )
    op.create_index("ix_station_token_station_id", "station_token", ["station_id"])
    op.create_table(
        "station_cursor",
        sa.Column("station_id", sa.String(64), sa.ForeignKey("station.id"), primary_key=True),
        sa.Column("epoch", sa.Integer, primary_key=True),
        sa.Column("acked_seq", sa.Integer, nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "event",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(36), nullable=False, unique=True),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("epoch", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("occurred_at", sa.String(40), nullable=False),
        sa.Column("operator_id", sa.String(64)),
        sa.Column("payload_json", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("flagged", sa.Boolean, nullable=False),
        sa.UniqueConstraint("station_id", "epoch", "seq", name="uq_event_station_epoch_seq"),
    )
    op.create_index("ix_event_station_hash", "event", ["station_id", "hash"])
    op.create_table(
        "event_flag",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(36), sa.ForeignKey("event.event_id"), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("reviewed_at", sa.String(40)),
    )
    op.create_index("ix_event_flag_event_id", "event_flag", ["event_id"])
    op.create_table(
        "alarm",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("station_id", sa.String(64)),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("epoch", sa.Integer),
        sa.Column("seq", sa.Integer),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_alarm_station_id", "alarm", ["station_id"])
    op.create_table(
        "master_record",
        sa.Column("entity", sa.String(20), primary_key=True),
        sa.Column("key", sa.String(140), primary_key=True),
        sa.Column("data_json", sa.Text, nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_master_record_version", "master_record", ["version"])
    counter = op.create_table(
        "change_counter",
        sa.Column("name", sa.String(20), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(counter, [{"name": "master", "value": 0}])


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
