"""Drawing the next lot code and SSCC from what the station has already used."""

from __future__ import annotations

from datetime import date

from floorstation.domain.ports import StationData
from floorstation.domain.settings import StationRules


def next_lot_code(data: StationData, rules: StationRules, *, machine_code: str, day: date) -> str:
    pattern = rules.lot_pattern
    prefix = pattern.prefix(machine=machine_code, station=rules.station_code, day=day)
    seq = data.count_lots_with_prefix(prefix) + 1
    while True:
        code = pattern.render(machine=machine_code, station=rules.station_code, day=day, seq=seq)
        if data.lot(code) is None:  # a lot with this code may have come in from master data: skip it
            return code
        seq += 1


def next_sscc(data: StationData, rules: StationRules) -> str:
    serials = [s for sscc in data.used_sscc_serials() if (s := rules.sscc.serial_of(sscc)) is not None]
    return rules.sscc.sscc(max(serials) + 1 if serials else rules.sscc.first_serial)
