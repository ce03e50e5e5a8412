"""SSCC serial blocks: the server gives every enrolled station a block of serial references of its own under the
plant's GS1 company prefix, so no two stations ever make the same SSCC; and an SSCC built at two stations anyway
(a station on its station.toml range, a copied configuration) raises an alarm when the second one arrives.

Blocks are handed out in order from ``first_serial`` (by default above the 1-99,999 that ``station.toml`` gives a
station nobody configured, so a block never overlaps what unenrolled stations made), one block per station and
prefix, kept for good: enrolling the same station again answers the block it already has. Allocation holds a
lock on the block table (SQLite: every transaction holds the write lock), so two enrollments at once cannot take
the same block.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, insert, select, text

from floorstation.domain.codes import SsccRange
from floorstation.domain.errors import FloorstationError, InvalidInput
from floorstation.domain.events import Event, PalletBuilt, Payload
from floorstation.server.lookups import among
from floorstation.server.models import PlantPalletRow, SsccBlockRow

ENV_PREFIX = "FLOORSTATION_SERVER_GS1_PREFIX"
ENV_BLOCK = "FLOORSTATION_SERVER_SSCC_BLOCK"
COLLISION = "sscc_collision"


@dataclass(frozen=True)
class SsccPlan:
    """How the plant's SSCC serials are shared out (server setting)."""

    company_prefix: str
    """The plant's GS1 company prefix; every block is under it."""
    extension: int = 0
    block_size: int = 100_000
    first_serial: int = 100_000
    """Where the first block starts (below it: the station.toml default range)."""

    def __post_init__(self) -> None:
        SsccRange(self.extension, self.company_prefix, 0, 0)  # the prefix and extension digit are checked there
        if self.block_size < 1 or not 0 <= self.first_serial <= self.max_serial:
            raise InvalidInput(
                f"An SSCC block of {self.block_size} serials from {self.first_serial} does not fit under the "
                f"GS1 company prefix {self.company_prefix}.",
                f"Use a block size of at least 1 and a first serial up to {self.max_serial}.",
            )

    @property
    def max_serial(self) -> int:
        return int(10 ** (16 - len(self.company_prefix))) - 1


def plan_from_environment(company_prefix: str | None = None) -> SsccPlan | None:
    """The plan from ``FLOORSTATION_SERVER_GS1_PREFIX`` (else ``company_prefix``, the trace profile's) and
    ``FLOORSTATION_SERVER_SSCC_BLOCK`` (serials per station, default 100,000); None without a prefix."""
    prefix = os.environ.get(ENV_PREFIX) or company_prefix
    if not prefix:
        return None
    size = os.environ.get(ENV_BLOCK, "")
    if size and not size.isdigit():
        raise InvalidInput(f"{ENV_BLOCK}={size!r} is not a whole number.", "Give the serials per station, e.g. 100000.")
    return SsccPlan(prefix, block_size=int(size) if size else 100_000)


def allocate(conn: Connection, station_id: str, plan: SsccPlan) -> SsccRange:
    """The station's block under the plan's prefix: the one it already has, else the next free one."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE sscc_block IN SHARE ROW EXCLUSIVE MODE"))
    mine = SsccBlockRow.station_id == station_id
    same = (SsccBlockRow.company_prefix == plan.company_prefix, SsccBlockRow.extension == plan.extension)
    held = conn.execute(select(SsccBlockRow).where(mine, *same)).first()
    if held is not None:
        return SsccRange(held.extension, held.company_prefix, held.first_serial, held.last_serial)
    top = conn.scalar(select(func.max(SsccBlockRow.last_serial)).where(*same))
    first = max(plan.first_serial, (top + 1) if top is not None else 0)
    last = min(first + plan.block_size - 1, plan.max_serial)
    if first > plan.max_serial:
        raise FloorstationError(
            f"Every SSCC serial under the GS1 company prefix {plan.company_prefix} is given out; station "
            f"{station_id} gets no block.",
            "Use a smaller block size for new stations, or another extension digit or company prefix.",
        )
    conn.execute(
        insert(SsccBlockRow).values(
            station_id=station_id,
            extension=plan.extension,
            company_prefix=plan.company_prefix,
            first_serial=first,
            last_serial=last,
            allocated_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        )
    )
    return SsccRange(plan.extension, plan.company_prefix, first, last)


def collisions(conn: Connection, events: Sequence[Event], typed: Mapping[str, Payload]) -> dict[str, str]:
    """Why each ``pallet.built`` of ``events`` is a collision: its SSCC was built at another station already
    (by event id). Checked before the batch is projected; the first station to report a pallet keeps it."""
    built = {e.event_id: p.sscc for e in events if isinstance(p := typed.get(e.event_id), PalletBuilt)}
    if not built:
        return {}
    owners = {
        row.sscc: row.built_station
        for row in conn.execute(
            select(PlantPalletRow.sscc, PlantPalletRow.built_station).where(
                among(conn, PlantPalletRow.sscc, built.values()), PlantPalletRow.built_station.is_not(None)
            )
        )
    }
    found: dict[str, str] = {}
    for event in events:
        sscc = built.get(event.event_id)
        owner = owners.get(sscc) if sscc else None
        if owner is not None and owner != event.station_id:
            found[event.event_id] = (
                f"SSCC {sscc} was built at station {owner} already and again at {event.station_id} "
                f"(seq {event.seq}): two pallets carry one SSCC. Give {event.station_id} its own SSCC block "
                "(enroll it again) and relabel one of the pallets."
            )
    return found
