"""Drawing the next lot code and SSCC from what the station has already used."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from floorstation.app.context import StationContext
from floorstation.domain.codes import SsccRange
from floorstation.domain.ports import StationData
from floorstation.domain.station_rules import StationRules

#: The serial range ``station.toml`` gives a station nobody changed it for: every such station shares it.
DEFAULT_SSCC_SERIALS = (1, 99_999)


def lot_source(rules: StationRules, machine_id: str, machine_code: str) -> str:
    """What ``{machine}`` stands for in a lot made on ``machine_id`` at this station.

    The machine code alone when the station is configured for the machine (``machines`` in station.toml: the
    machine is this station's, so no other station draws from its sequence) or when the pattern names the station
    itself; otherwise the machine code and the station code (``M01-G1``): a station on the default configuration
    (``machines = []``) may run any machine, and so may another one, and the station code keeps their lots apart.
    """
    if machine_id in rules.machines or "{station" in rules.lot_pattern.template:
        return machine_code
    return f"{machine_code}-{rules.station_code}"


def next_lot_code(data: StationData, rules: StationRules, *, machine_code: str, day: date) -> str:
    pattern = rules.lot_pattern
    prefix = pattern.prefix(machine=machine_code, station=rules.station_code, day=day)
    seq = data.count_lots_with_prefix(prefix) + 1
    while True:
        code = pattern.render(machine=machine_code, station=rules.station_code, day=day, seq=seq)
        if data.lot(code) is None:  # a lot with this code may have come in from master data: skip it
            return code
        seq += 1


@dataclass(frozen=True, slots=True)
class SsccRangeInUse:
    """Where this station's next SSCCs come from, and whether that is safe with other stations about."""

    range: SsccRange
    source: Literal["enrollment", "station.toml"]

    @property
    def shared_default(self) -> bool:
        """The station.toml default range: two stations left on it allocate the same SSCCs."""
        return self.source == "station.toml" and (self.range.first_serial, self.range.last_serial) == (
            DEFAULT_SSCC_SERIALS
        )

    def describe(self) -> str:
        r = self.range
        where = "allocated by the server at enrollment" if self.source == "enrollment" else "from station.toml"
        return f"{r.extension}·{r.company_prefix}·{r.first_serial}–{r.last_serial} ({where})"

    def warning(self) -> str | None:
        if self.shared_default:
            return (
                "This station uses the default SSCC range of station.toml: another station left on it makes the "
                "same SSCCs. Enroll the station with the server (it allocates a block of its own)."
            )
        return None


def sscc_range(data: StationData, rules: StationRules) -> SsccRangeInUse:
    """The block the server allocated at enrollment, else the range of ``station.toml``."""
    block = data.sscc_block()
    return SsccRangeInUse(block, "enrollment") if block is not None else SsccRangeInUse(rules.sscc, "station.toml")


def next_sscc(data: StationData, rules: StationRules) -> str:
    used = sscc_range(data, rules).range
    serials = [s for sscc in data.used_sscc_serials() if (s := used.serial_of(sscc)) is not None]
    return used.sscc(max(serials) + 1 if serials else used.first_serial)


def sscc_range_in_use(ctx: StationContext) -> SsccRangeInUse:
    """:func:`sscc_range` in a transaction of its own (for the settings screen and the command line)."""
    with ctx.uow() as uow:
        return sscc_range(uow, ctx.rules)
