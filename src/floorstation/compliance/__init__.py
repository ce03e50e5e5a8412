"""Traceability exports and recall reports built from station events and master data (DESIGN §8).

Pure: the domain, the standard library and openpyxl. The same code serves the station (its own log) and the
server (the plant's log); where the records come from is the caller's business. See docs/compliance.md.
"""
