"""Process-wide workarounds for bugs in the Qt bindings, applied once before the first window.

PySide6 6.12.0 hands back ``None`` from a C++ method that returns nothing (``label.setText``, ``setEnabled`` ...)
without taking a new reference to it, and some calls do the same with ``True``/``False``. On CPython 3.12 and
later these objects are immortal and nothing happens; on 3.11 (this project's floor) every such call takes one
reference away for good, and a terminal that runs for a shift ends in "Fatal Python error: none_dealloc" (the
test suite did, at exit, once it had drawn enough screens). Measured: 1000 ``setText`` calls, -1000 references
to ``None``. Until the bindings are fixed, these three objects get references enough for years of calls —
what CPython 3.12 does by making them immortal.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def keep_singletons_alive() -> None:
    """Give ``None``, ``True`` and ``False`` a reserve of references (CPython before 3.12 only; idempotent)."""
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
