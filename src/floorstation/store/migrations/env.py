"""Alembic environment: always run on the connection the station hands in (never from a URL in an ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from floorstation.store.models import Base

connection: Connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
