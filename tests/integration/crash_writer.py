"""A station that records events as fast as it can until it is killed; used by test_crash.py.

Usage: ``python crash_writer.py DATA_DIR`` (acknowledgements on stdout), or :func:`write_until_killed` in a process
of its own (test_crash.py forks one from a server that has the station's code imported already, so sixty kills do
not pay sixty interpreter starts). The maintenance technician (badge B3001) signs in, then machine M01 is marked
out of order and put back in service again and again through the real app services. After every commit the writer
sends the seq of the last event in the log, so each seq it sent is an acknowledgement the station gave: that event
must survive whatever happens to the process next.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from floorstation import bootstrap
from floorstation.app import machines, operators
from floorstation.app.signatures import Signature
from floorstation.store import eventlog

MACHINE = "M01"
FAILED = b"!"
"""What a writer that stopped on an error sends before its traceback."""


def main(data_dir: Path, acknowledge: Callable[[int], None]) -> None:
    station = bootstrap.build(data_dir)
    ctx = station.ctx

    def last_seq() -> int:
        with station.engine.connect() as conn:
            return eventlog.tail(conn, 1)[0].seq

    tech = operators.sign_in(ctx, badge="B3001").id
    acknowledge(last_seq())
    while True:
        machines.mark_machine_down(ctx, tech, MACHINE, "hydraulic_leak", "crash test")
        acknowledge(last_seq())
        with ctx.uow() as uow:
            # Also the marks a killed earlier run raised and never got to clear.
            open_marks = [m.mark_id for m in uow.open_marks(MACHINE)]
        machines.clear_marks(ctx, tech, MACHINE, open_marks, "fixed", signature=Signature("B3001", "4444"))
        acknowledge(last_seq())


def write_until_killed(data_dir: Path, acks: Connection) -> None:
    """:func:`main`, each acknowledgement one message on ``acks`` (a message is written whole or not at all)."""
    try:
        main(data_dir, lambda seq: acks.send_bytes(str(seq).encode()))
    except BaseException:
        acks.send_bytes(FAILED + traceback.format_exc().encode())
        raise


if __name__ == "__main__":
    main(Path(sys.argv[1]), lambda seq: print(seq, flush=True))
