"""Fixtures of the server and sync tests (a real server on loopback), shared by every integration test module."""

from tests.integration.serverkit import live_server, migrated_templates, pg_database, server_db, server_engine

__all__ = ["live_server", "migrated_templates", "pg_database", "server_db", "server_engine"]
