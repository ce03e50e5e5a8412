"""The change feed stations download: master data and derived state, versioned by one counter.

``versions``: the counter and the transaction's sequencer; ``write``: the changing derived rows written in
their latest state; ``read``: a page after a cursor, or a snapshot; ``retention``: old tombstones retired behind a
horizon; ``entities``: the kinds of derived rows.
"""

from floorstation.server.feed.entities import DERIVED, LOT_EDGE, LOT_STATUS, MARK, PALLET, PLANT_LOT
from floorstation.server.feed.read import (
    Change,
    Counters,
    changes_after,
    counters,
    cursor_expired,
    snapshot,
    snapshot_page,
)
from floorstation.server.feed.retention import DEFAULT_RETENTION, RETIRE, Compacted, compact, keep_retiring, retire_once
from floorstation.server.feed.versions import (
    COMPACTED,
    COUNTER,
    Sequencer,
    forget_versions,
    save_versions,
    sequencer,
)
from floorstation.server.feed.write import Record, publish, publish_all, publish_pallets

__all__ = [
    "COMPACTED",
    "COUNTER",
    "DEFAULT_RETENTION",
    "DERIVED",
    "LOT_EDGE",
    "LOT_STATUS",
    "MARK",
    "PALLET",
    "PLANT_LOT",
    "RETIRE",
    "Change",
    "Compacted",
    "Counters",
    "Record",
    "Sequencer",
    "changes_after",
    "compact",
    "counters",
    "cursor_expired",
    "forget_versions",
    "keep_retiring",
    "publish",
    "publish_all",
    "publish_pallets",
    "retire_once",
    "save_versions",
    "sequencer",
    "snapshot",
    "snapshot_page",
]
