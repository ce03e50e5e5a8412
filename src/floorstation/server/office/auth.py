"""Who is using the office: browser sessions, CSRF tokens, and the role check every page and download makes.

A session is a random secret in an HttpOnly, SameSite=Lax cookie (Secure when the request came over HTTPS); the
server keeps only its SHA-256, with the session's own CSRF token, which every form posts back
(:func:`check_csrf`). Station tokens are something else: a request that carries ``Authorization: Bearer`` is
never taken for an office user, and the station endpoints never look at cookies.

``require_role("quality", "manager")`` is the dependency a page declares: not signed in, the browser is sent to
``/login``; signed in with another role, it gets a 403 page that says which roles may. ``admin`` may everything.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated
from urllib.parse import parse_qsl, quote

from fastapi import Depends, Request
from sqlalchemy import Engine, delete, insert, select
from starlette.responses import Response

from floorstation.server.models import OfficeSessionRow, OfficeUserRow
from floorstation.server.office.users import Lockout, OfficeUser

COOKIE = "floorstation_office"
LOGIN_CSRF_COOKIE = "floorstation_login_csrf"
CSRF_FIELD = "csrf"
MAX_FORM_BYTES = 16 * 1024


@dataclass
class OfficeState:
    """What the office keeps on ``app.state.office``."""

    engine: Engine
    lockout: Lockout = field(default_factory=Lockout)
    session_length: timedelta = timedelta(hours=12)
    refresh_s: float = 5.0
    """How often the live parts of a page (the floor, the alarm count) are fetched again."""


@dataclass(frozen=True, slots=True)
class SignedIn:
    """The user of this request and their session's CSRF token (for the forms of the page)."""

    user: OfficeUser
    csrf: str


class LoginRequired(Exception):
    """Not signed in (or the session ended): the browser goes to ``/login``."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class RoleRefused(Exception):
    """Signed in, but this page is for other roles: a 403 page naming them."""

    def __init__(self, signed_in: SignedIn, roles: tuple[str, ...]) -> None:
        super().__init__(", ".join(roles))
        self.signed_in = signed_in
        self.roles = roles


class StationTokenRefused(Exception):
    """A station token on an office page: 401 (stations never use the office)."""


class CsrfRefused(Exception):
    """A form posted without this session's CSRF token: 403."""


def state(request: Request) -> OfficeState:
    found: OfficeState = request.app.state.office
    return found


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def start_session(engine: Engine, user: OfficeUser, length: timedelta) -> tuple[str, str]:
    """A new session of ``user``: (cookie secret, CSRF token)."""
    secret = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = _now()
    with engine.begin() as conn:
        conn.execute(
            insert(OfficeSessionRow).values(
                token_hash=_digest(secret),
                user_id=user.id,
                csrf_token=csrf,
                created_at=now.isoformat(timespec="milliseconds"),
                expires_at=(now + length).isoformat(timespec="milliseconds"),
            )
        )
        conn.execute(
            delete(OfficeSessionRow).where(OfficeSessionRow.expires_at < now.isoformat(timespec="milliseconds"))
        )
    return secret, csrf


def end_session(engine: Engine, secret: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(OfficeSessionRow).where(OfficeSessionRow.token_hash == _digest(secret)))


def session_of(engine: Engine, secret: str) -> SignedIn | None:
    """The live session whose cookie secret this is (None: unknown, expired, or its user disabled)."""
    now = _now().isoformat(timespec="milliseconds")
    with engine.connect() as conn:
        row = conn.execute(
            select(OfficeSessionRow.csrf_token, OfficeUserRow)
            .join(OfficeUserRow, OfficeUserRow.id == OfficeSessionRow.user_id)
            .where(OfficeSessionRow.token_hash == _digest(secret), OfficeSessionRow.expires_at > now)
        ).first()
    if row is None or row.disabled_at is not None:
        return None
    return SignedIn(OfficeUser(row.id, row.name, row.role, row.language), row.csrf_token)


def current(request: Request) -> SignedIn | None:
    """The office user of this request, if signed in (remembered on the request for the templates)."""
    if "office_signed_in" in request.scope.get("state", {}):
        found: SignedIn | None = request.state.office_signed_in
        return found
    secret = request.cookies.get(COOKIE)
    found = session_of(state(request).engine, secret) if secret else None
    request.state.office_signed_in = found
    return found


def _has_bearer(request: Request) -> bool:
    return request.headers.get("authorization", "").lower().startswith("bearer ")


def require_role(*roles: str) -> Callable[[Request], SignedIn]:
    """A FastAPI dependency: the signed-in user, if their role is one of ``roles`` (none given: any role).
    ``admin`` passes every check."""

    def check(request: Request) -> SignedIn:
        if _has_bearer(request):
            raise StationTokenRefused()
        signed_in = current(request)
        if signed_in is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target)
        if roles and signed_in.user.role not in roles and signed_in.user.role != "admin":
            raise RoleRefused(signed_in, roles)
        return signed_in

    return check


SignedInUser = Annotated[SignedIn, Depends(require_role())]
"""A page parameter: any signed-in office user (``signed_in: SignedInUser``)."""


async def read_form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body as a dict (the first value of each field)."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    form: dict[str, str] = {}
    for key, value in pairs:
        form.setdefault(key, value)
    return form


def check_csrf(signed_in: SignedIn, form: dict[str, str]) -> None:
    """Refuse a form that does not carry this session's CSRF token (:class:`CsrfRefused`: answered 403)."""
    if not hmac.compare_digest(form.get(CSRF_FIELD, "").encode(), signed_in.csrf.encode()):
        raise CsrfRefused()


def set_session_cookie(request: Request, response: Response, secret: str, length: timedelta) -> None:
    response.set_cookie(
        COOKIE,
        secret,
        max_age=int(length.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def login_target(next_path: str | None) -> str:
    """Where to go after signing in: a path of this server only (never another site)."""
    if not next_path or not next_path.startswith("/") or next_path.startswith("//") or "\\" in next_path:
        return "/"
    return next_path


def login_url(next_path: str) -> str:
    return "/login" + (f"?next={quote(next_path, safe='/')}" if next_path and next_path != "/" else "")
