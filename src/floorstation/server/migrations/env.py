"""Alembic environment of the server: always run on the connection handed in (never from a URL in an ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from floorstation.server.models import Base

connection: Connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="alembic_version_server",
)
with context.begin_transaction():
    context.run_migrations()
