"""Plant-wide projections on the server: lots, genealogy edges, tasks, pallets, shipments and machine marks.

:func:`apply` runs in the transaction that stores a batch, and :func:`rebuild` replays the stored events through
the same code, so the two cannot drift. Events of different stations arrive in any order (a pallet may be
shipped at the dock before the line's upload says it was built), so every write is an upsert whose result does
not depend on that order: counters add up, marks and clears are sets (the add-wins observed-remove set of
DESIGN §3), the build and the shipment of a pallet fill separate columns, and master data wins over events for
the columns that describe a lot. Where two events of the same kind claim one row (a lot code produced twice),
the one that arrived first wins, in arrival order, which rebuild replays (``event.id``).

A batch's rows of one kind are merged per row they name (as running them one by one would have left it) and
written by multi-row statements, and the kinds in the fixed order of ``batch.STATEMENTS``; the kinds commute (a
pallet built and voided in one batch nets to zero whichever runs first), so grouping does not change the
result, and rebuild (other batch boundaries) gives the same tables.
"""

from floorstation.server.projections.batch import apply
from floorstation.server.projections.collisions import collisions_of, plant_code, separated
from floorstation.server.projections.lot_status import MASTER_SOURCE, SERVER_SOURCE, record_lot_status
from floorstation.server.projections.lots import apply_master_lots
from floorstation.server.projections.payloads import parse_payloads
from floorstation.server.projections.replay import rebuild
from floorstation.server.projections.tasks import backfill_tasks
from floorstation.server.projections.work import backfill_work, event_ms, link_work

__all__ = [
    "MASTER_SOURCE",
    "SERVER_SOURCE",
    "apply",
    "apply_master_lots",
    "backfill_tasks",
    "backfill_work",
    "collisions_of",
    "event_ms",
    "link_work",
    "parse_payloads",
    "plant_code",
    "rebuild",
    "record_lot_status",
    "separated",
]
