"""The reports' shift figures: per task and shift of the plant calendar, the run and pause time (per pause reason
and per crew member), the pieces reported and the share of each stop's run, worked out from ``plant_work_event``
for the shifts that have ended; and the tasks whose facts changed since (written by ingest). A partial index finds
the runs and pauses still open (the tasks at work now).

The tables start empty: the first report after the upgrade works out every shift (``reporting.cells``).

Revision ID: s0018
Revises: s0017
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "s0018"
down_revision = "s0017"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _cell(name: str, *columns: sa.Column[Any]) -> None:
    op.create_table(
        name,
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("task_id", sa.Text, nullable=False),
        sa.Column("ws", sa.BigInteger, nullable=False),
        sa.Column("we", sa.BigInteger, nullable=False),
        *columns,
    )
    op.create_index(f"ix_{name}_task", name, ["task_id"])


def upgrade() -> None:
    _cell(
        "plant_report_task",
        *(
            sa.Column(name, sa.BigInteger, nullable=False)
            for name in ("run_ms", "pause_ms", "good_milli", "scrap_milli", "rework_milli", "n")
        ),
        sa.Column("timed", sa.Integer, nullable=False),
    )
    _cell("plant_report_pause", sa.Column("reason", sa.Text), sa.Column("ms", sa.BigInteger, nullable=False))
    _cell(
        "plant_report_crew",
        sa.Column("operator_id", sa.Text),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("ms", sa.BigInteger, nullable=False),
    )
    _cell(
        "plant_report_credit",
        sa.Column("operator_id", sa.Text),
        sa.Column("good_milli", sa.BigInteger, nullable=False),
        sa.Column("scrap_milli", sa.BigInteger, nullable=False),
    )
    _cell(
        "plant_report_share",
        sa.Column("stop_ms", sa.BigInteger, nullable=False),
        sa.Column("prev_ms", sa.BigInteger),
        sa.Column("good_milli", sa.BigInteger, nullable=False),
        sa.Column("scrap_milli", sa.BigInteger, nullable=False),
        sa.Column("run_ms", sa.BigInteger, nullable=False),
        sa.Column("in_window_ms", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "plant_report_dirty",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("task_id", sa.Text),
        sa.Column("operator_id", sa.Text),
        sa.Column("at_ms", sa.BigInteger, nullable=False),
    )
    where = sa.text("next_ms IS NULL AND kind IN ('start', 'join', 'pause', 'resume')")
    op.create_index(
        "ix_plant_work_event_open", "plant_work_event", ["task_id"], postgresql_where=where, sqlite_where=where
    )
    op.create_table("plant_report_todo", sa.Column("task_id", sa.Text, primary_key=True))
    op.create_table(
        "plant_report_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("calendar", sa.Text, nullable=False),
        sa.Column("horizon_ms", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("the server database is never downgraded; restore a backup taken before the upgrade")
