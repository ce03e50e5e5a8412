"""The shape of master data a station reads, so that a plant can update the server before its stations.

A station reads master data strictly (an unknown field is an error in a file an operator imports), and a station
built before a field existed refuses a row that carries it. So a station says which shape it reads (the ``shape``
parameter of ``GET /v1/changes`` and ``GET /v1/snapshot``, :data:`floorstation.sync.wire.FEED_SHAPE`), and the
server leaves out of each row what came after that shape. A station that says nothing reads shape 1.

Shapes:

1. the first: work orders without ``status`` and ``priority``.
2. work orders with ``status`` (released, on hold, closed, cancelled) and ``priority``.

A station on shape 1 keeps a closed or cancelled work order in its queue (it cannot tell), and sorts its queue
by due date alone; the office shows such a station as behind the plant's version until it is updated.
"""

from __future__ import annotations

from collections.abc import Iterable

from floorstation.server.feed.read import Change
from floorstation.sync.wire import FEED_SHAPE

FIRST = 1
LATEST = FEED_SHAPE

_ADDED: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"work_orders": ("status", "priority")},
}
"""Per shape, the fields of each master-data list that shape added."""


def shape_of(value: int | None) -> int:
    """The shape a station asked for: the first when it said nothing, the latest when it asked for a newer one
    (it reads everything this server sends)."""
    if value is None or value < FIRST:
        return FIRST
    return min(value, LATEST)


def _unknown_to(shape: int) -> dict[str, frozenset[str]]:
    fields: dict[str, set[str]] = {}
    for added_in, lists in _ADDED.items():
        if added_in > shape:
            for entity, names in lists.items():
                fields.setdefault(entity, set()).update(names)
    return {entity: frozenset(names) for entity, names in fields.items()}


_UNKNOWN = {shape: _unknown_to(shape) for shape in range(FIRST, LATEST + 1)}


def for_shape(changes: Iterable[Change], shape: int) -> list[Change]:
    """``changes`` as a station reading ``shape`` can read them: the fields added after it left out."""
    unknown = _UNKNOWN[shape_of(shape)]
    if not unknown:
        return list(changes)
    out: list[Change] = []
    for change in changes:
        drop = unknown.get(change.entity)
        if drop and not drop.isdisjoint(change.data):
            data = {k: v for k, v in change.data.items() if k not in drop}
            out.append(Change(change.version, change.entity, data, change.deleted))
        else:
            out.append(change)
    return out
