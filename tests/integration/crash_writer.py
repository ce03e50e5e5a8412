"""A station that records events as fast as it can until it is killed; used by test_crash.py.

Usage: ``python crash_writer.py DATA_DIR``. The maintenance technician (badge B3001) signs in, then machine M01
is marked out of order and put back in service again and again through the real app services. After every
commit the writer prints the seq of the last event in the log and flushes, so each line it printed is an
acknowledgement the station gave: that event must survive whatever happens to the process next.
"""

from __future__ import annotations

import sys
from pathlib import Path

from floorstation import bootstrap
from floorstation.app import machines, operators
from floorstation.app.signatures import Signature
from floorstation.store import eventlog

MACHINE = "M01"


def acknowledge(station: bootstrap.Station) -> None:
    with station.engine.connect() as conn:
        last = eventlog.tail(conn, 1)
    print(last[0].seq, flush=True)


def main(data_dir: Path) -> None:
    station = bootstrap.build(data_dir)
    ctx = station.ctx
    tech = operators.sign_in(ctx, badge="B3001").id
    acknowledge(station)
    while True:
        machines.mark_machine_down(ctx, tech, MACHINE, "hydraulic_leak", "crash test")
        acknowledge(station)
        with ctx.uow() as uow:
            # Also the marks a killed earlier run raised and never got to clear.
            open_marks = [m.mark_id for m in uow.open_marks(MACHINE)]
        machines.clear_marks(ctx, tech, MACHINE, open_marks, "fixed", signature=Signature("B3001", "4444"))
        acknowledge(station)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
