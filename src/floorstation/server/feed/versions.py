"""The feed's one version counter: every row's version comes from counter row ``master``, locked (``FOR UPDATE``)
by the writing transaction until it commits, so versions become visible in the order they were handed out and a
cursor (``version > cursor``) never skips a row that committed late. Counter row ``compacted`` keeps the highest
version retention retired (``feed/retention.py``).
"""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from floorstation.server.models import ChangeCounterRow

COUNTER = "master"
COMPACTED = "compacted"


class Sequencer:
    """Hands out versions under the lock of the one counter row, held until the transaction ends."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.value = int(
            conn.execute(
                select(ChangeCounterRow.value).where(ChangeCounterRow.name == COUNTER).with_for_update()
            ).scalar_one()
        )
        self.start = self.value

    def next(self) -> int:
        self.value += 1
        return self.value

    def save(self) -> None:
        if self.value != self.start:
            self.conn.execute(update(ChangeCounterRow).where(ChangeCounterRow.name == COUNTER).values(value=self.value))
            self.start = self.value


_SEQUENCER = "floorstation.feed_sequencer"


def sequencer(conn: Connection) -> Sequencer:
    """The transaction's sequencer: the first call locks the counter; later ones hand out the following
    versions. :func:`save_versions` writes the counter back, :func:`forget_versions` ends its use (always, even
    when the transaction fails, since ``conn.info`` outlives the transaction)."""
    found = conn.info.get(_SEQUENCER)
    if found is None:
        found = conn.info[_SEQUENCER] = Sequencer(conn)
    return found


def sequencer_in_use(conn: Connection) -> Sequencer | None:
    """The transaction's sequencer if :func:`sequencer` made one (its counter lock is held), else None."""
    found: Sequencer | None = conn.info.get(_SEQUENCER)
    return found


def save_versions(conn: Connection) -> None:
    found = conn.info.get(_SEQUENCER)
    if found is not None:
        found.save()


def forget_versions(conn: Connection) -> None:
    conn.info.pop(_SEQUENCER, None)
