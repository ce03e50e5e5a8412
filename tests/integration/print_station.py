"""A demo station with something to print: a produced lot of CAP-28 (which has a GTIN) on a pallet."""

from __future__ import annotations

from dataclasses import dataclass

from floorstation import bootstrap
from floorstation.app import operators, pallets, printing, tasks
from floorstation.app.printing import PrintContext
from floorstation.domain.ports import Pallet

TASK = "304/2023-10"  # on M01, makes CAP-28 (GTIN 05901234000017)
LEAD = "marta"


@dataclass
class Printable:
    station: bootstrap.Station
    pctx: PrintContext
    worker: printing.PrintWorker
    pallet: Pallet
    lot: str
    plain_lot: str = "PP-2401"
    """A bought-in resin lot: no GTIN, so no GS1 key on its card."""


def printable(station: bootstrap.Station) -> Printable:
    for badge in ("B1001", "B2001"):
        operators.sign_in(station.ctx, badge=badge)
    tasks.start_task(station.ctx, TASK, "anna")
    stopped = tasks.stop_task(station.ctx, TASK, "anna", good=4000)
    assert stopped.output_lot is not None
    pallet = pallets.build_pallet(station.ctx, LEAD, stopped.output_lot, 2000)
    pctx = bootstrap.printing(station)
    return Printable(station, pctx, printing.PrintWorker(pctx), pallet, stopped.output_lot)
