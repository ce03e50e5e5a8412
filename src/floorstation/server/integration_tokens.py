"""API tokens for systems that talk to the server on the plant's behalf (an ERP): made, listed and revoked with
``floorstation-server token``, checked on every request of the integration endpoints.

A token is 32 random bytes (``fsi_`` and URL-safe base64), shown once when it is made; the server keeps only its
SHA-256 (the secret is random, so a slow hash adds nothing). It never expires; it stops working when revoked. Its
``scope`` says what it opens: ``integration`` (work orders and master data in, results out). Station tokens
(``fst_``) and office sign-ins are other credentials and never open these endpoints.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select, update

from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server.models import IntegrationTokenRow

TOKEN_PREFIX = "fsi_"
SCOPES = ("integration",)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
TOUCH_EVERY = timedelta(minutes=1)
"""``last used`` is written at most this often per token (an ERP polling every second writes once a minute)."""


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A token as ``token list`` shows it: never the secret, which the server does not have."""

    name: str
    scope: str
    created_at: str
    last_used_at: str | None
    revoked_at: str | None


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling an integration endpoint: the token's name and scope."""

    name: str
    scope: str


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")


def add_token(engine: Engine, name: str, scope: str = "integration") -> str:
    """A new token named ``name``; returns the secret, which is shown once and never stored."""
    if not _NAME.match(name):
        raise InvalidInput(
            f"{name!r} is not a usable token name.",
            "Use letters, digits and . _ - only (starting with a letter or digit), at most 64 characters.",
        )
    if scope not in SCOPES:
        raise InvalidInput(f"There is no scope {scope!r}.", f"Use one of: {', '.join(SCOPES)}.")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        live = conn.scalar(
            select(IntegrationTokenRow.id).where(
                IntegrationTokenRow.name == name, IntegrationTokenRow.revoked_at.is_(None)
            )
        )
        if live is not None:
            raise InvalidInput(
                f"There is already a token named {name!r}.",
                f"Revoke it first (floorstation-server token revoke {name}) or choose another name.",
            )
        conn.execute(
            insert(IntegrationTokenRow).values(name=name, scope=scope, token_hash=_digest(secret), created_at=_now())
        )
    return secret


def list_tokens(engine: Engine) -> list[TokenInfo]:
    """Every token ever made, revoked ones too, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(IntegrationTokenRow).order_by(IntegrationTokenRow.id)).all()
    return [TokenInfo(r.name, r.scope, r.created_at, r.last_used_at, r.revoked_at) for r in rows]


def revoke_token(engine: Engine, name: str) -> None:
    """Revoke the live token named ``name``: the next request that presents it gets 401."""
    with engine.begin() as conn:
        done = conn.execute(
            update(IntegrationTokenRow)
            .where(IntegrationTokenRow.name == name, IntegrationTokenRow.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
    if not done.rowcount:
        raise NotFound(f"There is no live token named {name!r}.", "See the tokens with: floorstation-server token list")


def caller_of(engine: Engine, secret: str, now: datetime | None = None) -> Caller | None:
    """The live token a presented secret is, or None (unknown or revoked). Records when it was last used."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    moment = now or datetime.now(UTC)
    with engine.begin() as conn:
        row = conn.execute(
            select(
                IntegrationTokenRow.id,
                IntegrationTokenRow.name,
                IntegrationTokenRow.scope,
                IntegrationTokenRow.last_used_at,
            ).where(IntegrationTokenRow.token_hash == _digest(secret), IntegrationTokenRow.revoked_at.is_(None))
        ).first()
        if row is None:
            return None
        if row.last_used_at is None or datetime.fromisoformat(row.last_used_at) < moment - TOUCH_EVERY:
            conn.execute(
                update(IntegrationTokenRow).where(IntegrationTokenRow.id == row.id).values(last_used_at=_now(moment))
            )
    return Caller(str(row.name), str(row.scope))
