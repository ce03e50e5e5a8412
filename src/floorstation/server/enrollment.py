"""Enrollment: a one-time code for one station, traded for a long-lived station token.

Only SHA-256 digests of codes and tokens are stored (both are random, so a slow hash adds nothing). A token
never expires; it stops working only when revoked.

A lost answer: the station sent the code, the server committed the token, the answer never arrived. The
station retries with the same code. Within ``grace`` of the first use, and while the token issued then has
never been used, the server issues a fresh token and revokes the unseen one. The unseen token cannot be shown
again because the server does not have it; once a token has been used, the code is spent for good.

When the server has an SSCC plan (the plant's GS1 company prefix), the enrollment also gives the station its
SSCC serial block (``server/sscc.py``), in the same transaction; enrolling again answers the same block.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, insert, select, update

from floorstation.domain.codes import SsccRange
from floorstation.domain.errors import FloorstationError, InvalidInput, NotFound
from floorstation.server import sscc
from floorstation.server.models import EnrollmentCodeRow, StationRow, StationTokenRow

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a screen and typed on a touchscreen
CODE_LENGTH = 12
TOKEN_PREFIX = "fst_"


class EnrollmentRefused(FloorstationError):
    """A code that is unknown, expired, spent, or for another station; ``error`` says which."""

    def __init__(self, error: str, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.error = error


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def qr_content(station_id: str, code: str, server_url: str | None) -> str:
    """What the enrolment QR code holds (the office's Stations page, ``floorstation-server enroll``): a terminal
    that scans it enrols itself (``floorstation.domain.enrolment_code`` reads it)."""
    content = {"station": station_id, "code": code} | ({"server": server_url.rstrip("/")} if server_url else {})
    return json.dumps(content, separators=(",", ":"))


def now_iso(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")


def _station_id_ok(station_id: str) -> bool:
    return 0 < len(station_id) <= 64 and all(ch.isalnum() or ch in "-_." for ch in station_id)


def create_code(engine: Engine, station_id: str, *, valid: timedelta = timedelta(days=7)) -> str:
    """Create the station if needed and a fresh one-time code for it; returns the code (``ABCD-EFGH-JKLM``)."""
    if not _station_id_ok(station_id):
        raise InvalidInput(
            f"{station_id!r} is not a usable station id.", "Use letters, digits and - _ . only, at most 64 characters."
        )
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = datetime.now(UTC)
    with engine.begin() as conn:
        if conn.scalar(select(StationRow.id).where(StationRow.id == station_id)) is None:
            conn.execute(insert(StationRow).values(id=station_id, created_at=now_iso(now)))
        conn.execute(
            insert(EnrollmentCodeRow).values(
                code_hash=digest(raw),
                station_id=station_id,
                created_at=now_iso(now),
                expires_at=now_iso(now + valid),
            )
        )
    return format_code(raw)


@dataclass(frozen=True)
class Enrolled:
    station_id: str
    token: str
    sscc_block: SsccRange | None = None
    """The station's own SSCC serials; None when the server has no SSCC plan."""


def enroll(
    engine: Engine,
    code: str,
    station_id: str,
    *,
    grace: timedelta = timedelta(minutes=15),
    now: datetime | None = None,
    sscc_plan: sscc.SsccPlan | None = None,
) -> Enrolled:
    moment = now or datetime.now(UTC)
    code_hash = digest(normalize_code(code))
    with engine.begin() as conn:
        # Locked: the same code traded at two server processes at once (a retry after a cut answer, sent to
        # another replica) is traded one after the other, the second as the retry it is.
        row = conn.execute(
            select(EnrollmentCodeRow).where(EnrollmentCodeRow.code_hash == code_hash).with_for_update()
        ).first()
        if row is None:
            raise EnrollmentRefused(
                "CODE_UNKNOWN",
                "This enrollment code is not known to the server.",
                "Check the code, or ask the server admin for a new one (floorstation-server enroll STATION).",
            )
        if row.station_id != station_id:
            raise EnrollmentRefused(
                "CODE_FOR_OTHER_STATION",
                f"This enrollment code is for station {row.station_id}, not {station_id}.",
                "Enroll this terminal with a code made for its own station id.",
            )
        if row.used_at is None:
            if datetime.fromisoformat(row.expires_at) < moment:
                raise EnrollmentRefused(
                    "CODE_EXPIRED",
                    "This enrollment code has expired.",
                    "Ask the server admin for a new code for this station.",
                )
        else:
            _replace_unseen_token(conn, code_hash, row.used_at, grace, moment)
        if row.used_at is None:
            conn.execute(
                update(EnrollmentCodeRow)
                .where(EnrollmentCodeRow.code_hash == code_hash)
                .values(used_at=now_iso(moment))
            )
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        conn.execute(
            insert(StationTokenRow).values(
                token_hash=digest(token), station_id=station_id, code_hash=code_hash, created_at=now_iso(moment)
            )
        )
        block = sscc.allocate(conn, station_id, sscc_plan) if sscc_plan is not None else None
    return Enrolled(station_id, token, block)


def _replace_unseen_token(conn: Connection, code_hash: str, used_at: str, grace: timedelta, moment: datetime) -> None:
    spent = EnrollmentRefused(
        "CODE_USED",
        "This enrollment code has already been used.",
        "Ask the server admin for a new code for this station (floorstation-server enroll STATION).",
    )
    if moment - datetime.fromisoformat(used_at) > grace:
        raise spent
    earlier = conn.execute(
        select(StationTokenRow.id, StationTokenRow.first_used_at).where(
            StationTokenRow.code_hash == code_hash, StationTokenRow.revoked_at.is_(None)
        )
    ).all()
    if any(t.first_used_at is not None for t in earlier):
        raise spent
    conn.execute(
        update(StationTokenRow)
        .where(StationTokenRow.id.in_([t.id for t in earlier]))
        .values(revoked_at=now_iso(moment))
    )


def station_of_token(conn: Connection, token: str, now: datetime | None = None) -> str | None:
    """The station a presented token belongs to, or None (unknown or revoked). Marks the token as seen."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = conn.execute(
        select(StationTokenRow.id, StationTokenRow.station_id, StationTokenRow.first_used_at).where(
            StationTokenRow.token_hash == digest(token), StationTokenRow.revoked_at.is_(None)
        )
    ).first()
    if row is None:
        return None
    if row.first_used_at is None:
        conn.execute(update(StationTokenRow).where(StationTokenRow.id == row.id).values(first_used_at=now_iso(now)))
    return str(row.station_id)


def revoke(engine: Engine, station_id: str) -> int:
    """Revoke every live token of a station; returns how many. The station must enroll again."""
    with engine.begin() as conn:
        if conn.scalar(select(StationRow.id).where(StationRow.id == station_id)) is None:
            raise NotFound(f"There is no station {station_id!r} on this server.")
        result = conn.execute(
            update(StationTokenRow)
            .where(StationTokenRow.station_id == station_id, StationTokenRow.revoked_at.is_(None))
            .values(revoked_at=now_iso())
        )
    return int(result.rowcount)
