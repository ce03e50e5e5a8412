"""Use cases: each one validates, records events and updates projections in one transaction. Qt-free."""
