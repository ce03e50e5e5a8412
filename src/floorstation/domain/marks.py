"""Machine status as an add-wins observed-remove set of out-of-order marks (DESIGN §3).

``machine.marked_down`` adds a mark with a fresh id; ``machine.cleared`` removes exactly the mark ids its
author saw. A machine is down while any mark is open. Because a clear names marks rather than saying "the
machine is fine now", the result is the same in whatever order the events arrive, and a mark raised offline is
never cleared by someone who had not seen it. No clock decides anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Mark:
    mark_id: str
    machine_id: str
    reason: str
    note: str = ""
    raised_by: str | None = None
    raised_at: str | None = None


@dataclass(slots=True)
class MarkSet:
    added: dict[str, Mark] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)

    def mark_down(self, mark: Mark) -> None:
        self.added.setdefault(mark.mark_id, mark)

    def clear(self, mark_ids: tuple[str, ...] | list[str]) -> None:
        self.removed.update(mark_ids)

    def open_marks(self, machine_id: str | None = None) -> list[Mark]:
        return sorted(
            (
                m
                for mid, m in self.added.items()
                if mid not in self.removed and (machine_id is None or m.machine_id == machine_id)
            ),
            key=lambda m: m.mark_id,
        )

    def is_down(self, machine_id: str) -> bool:
        return bool(self.open_marks(machine_id))
