"""The station's local SQLite store: event log, projections, master data, migrations."""
