"""The kinds of derived rows in the change feed, by the ``entity`` name stations see (``sync/wire.py``)."""

from __future__ import annotations

MARK = "mark"
"""A machine mark: raised (``deleted`` false) or cleared (a tombstone)."""
PLANT_LOT = "plant_lot"
"""A lot made or received at a station: what it is and how much of it the plant has on record."""
LOT_EDGE = "lot_edge"
"""A genealogy edge: input lot went into output lot."""
LOT_STATUS = "lot_status"
"""The plant's latest hold / release / recall decision on a lot."""
PALLET = "pallet"
"""A pallet (SSCC) some station built: what is on it, and whether it is still there, voided or shipped."""
DERIVED = (MARK, PLANT_LOT, LOT_EDGE, LOT_STATUS, PALLET)
