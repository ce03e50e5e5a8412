"""Pure domain: master data, events, rules, codes. No I/O, no Qt, no SQLAlchemy."""
