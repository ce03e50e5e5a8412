"""The station's rule settings, as the domain sees them (loaded from the station configuration)."""

from __future__ import annotations

from dataclasses import dataclass, field

from floorstation.domain.codes import LotCodePattern, SsccRange


@dataclass(frozen=True, slots=True)
class StationRules:
    station_id: str
    #: Short code of the station, used in lot codes made at goods-in (where there is no machine).
    station_code: str
    sscc: SsccRange
    lot_pattern: LotCodePattern = field(default_factory=LotCodePattern)
    #: The same lot scanned into the same task again within this many seconds asks before it is recorded.
    repeat_scan_seconds: float = 10.0
    #: How far past a lot's balance a consumption may go without an override, in percent of the quantity used (a
    #: scale's error, a rounded count); beyond it the consumption needs an override, or is refused.
    over_balance_tolerance_percent: float = 0.0
    #: Ask for the PIN after a badge scan too (sign-in by picking a name always asks).
    pin_with_badge: bool = False
    #: A regular expression a bare badge scan matches in full; empty: badge labels carry the ``B:`` prefix.
    badge_pattern: str = ""
    epoch: int = 1
    #: A signed-in person takes over as the one who acts with a tap on their name only within this many seconds of
    #: their last badge scan or PIN; after that the tap asks for the badge or the PIN again (0: always asks).
    acting_proof_seconds: float = 60.0
    #: A person not on a task crew and not seen at the terminal (their badge, PIN, or a touch while they act) for
    #: this many seconds is signed out (0: never).
    idle_sign_out_seconds: float = 600.0
    #: Local times ("HH:MM") at which shifts end: everyone still signed in is signed out then.
    shift_ends: tuple[str, ...] = ()
    #: Machine ids this station is configured for: their lots carry the machine code alone (empty: none is).
    machines: tuple[str, ...] = ()
