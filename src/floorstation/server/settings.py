"""What an operator can tune about the server: body limits, backpressure, enrollment, the plant's identity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from floorstation.compliance.profile import TraceProfile
from floorstation.server.authority import DEFAULT_MAX_SKEW
from floorstation.server.reporting.period import PlantCalendar
from floorstation.server.sscc import SsccPlan


@dataclass(frozen=True)
class ServerSettings:
    max_body_bytes: int = 8 * 1024 * 1024
    """Largest body an enrolled station may send (an upload batch); 413 above, decided before it is read."""
    max_anonymous_body_bytes: int = 16 * 1024
    """Largest body of a request without a station token (an enrollment is a few hundred bytes)."""
    max_anonymous: int = 16
    """Requests without a station token (enrollment, health, the OpenAPI document) served at once; more get
    503 with Retry-After at once."""
    enroll_grace: timedelta = timedelta(minutes=15)
    max_concurrent_batches: int = 8
    """Batches ingested at once; more wait up to ``busy_wait_s`` for a slot, then get 503 with Retry-After."""
    busy_wait_s: float = 2.0
    retry_after_s: int = 1
    """What Retry-After says (whole seconds) when the server is busy."""
    trace_profile: TraceProfile | None = None
    """Who the plant is (GS1 prefix, site): needed by the EPCIS export of ``GET /v1/recall/{lot}`` (the office)."""
    sscc_plan: SsccPlan | None = None
    """How SSCC serial blocks are given to stations at enrollment; None: stations keep their station.toml range."""
    max_clock_skew: timedelta = DEFAULT_MAX_SKEW
    """A station whose clock is further off the server's (measured at each request), or a lot decision dated
    further ahead of it, is not taken for the plant's lot status (``server/authority.py``)."""
    plant_calendar: PlantCalendar | None = None
    """The plant's time zone and shifts, for the office's reports; None: from ``FLOORSTATION_SERVER_TIMEZONE`` and
    ``FLOORSTATION_SERVER_SHIFTS``."""
    packages_dir: Path | None = None
    """The plant's apt repository (``scripts/apt-repo.sh``) served at ``/packages/`` for the stations' updates;
    None: not served."""
