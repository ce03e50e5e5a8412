"""The plant office's users: names, roles, languages and argon2 password hashes, kept in the server database.

A password is checked against its argon2 hash only. After ``max_failures`` wrong passwords in a row the user is
locked out for ``lockout`` (a good password does not open it before then); a disabled user never signs in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, Row, delete, insert, select, update

from floorstation.domain.errors import FloorstationError, InvalidInput, NotFound
from floorstation.server.models import OfficeSessionRow, OfficeUserRow

log = logging.getLogger(__name__)

ROLES = ("manager", "quality", "planner", "admin", "viewer")
LANGUAGES = ("en", "pl", "de")
MIN_PASSWORD = 8
MAX_NAME = 64

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
"""argon2id at OWASP's recommended minimum (as the terminal's PIN hashes, ``domain/pin_hashing.py``)."""


@dataclass(frozen=True, slots=True)
class OfficeUser:
    id: int
    name: str
    role: str
    language: str
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class Lockout:
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)


class SignInRefused(FloorstationError):
    """A sign-in that did not succeed; ``why`` is ``bad`` (wrong name or password: never says which) or
    ``locked`` (``until``: when it opens again)."""

    def __init__(self, why: str, until: datetime | None = None) -> None:
        super().__init__("Wrong user name or password." if why == "bad" else "Too many wrong passwords.")
        self.why = why
        self.until = until


def _now() -> datetime:
    return datetime.now(UTC)


def _user(row: Row[Any]) -> OfficeUser:
    return OfficeUser(row.id, row.name, row.role, row.language, row.disabled_at is not None)


def _check_new(name: str, role: str, language: str) -> None:
    if not name or len(name) > MAX_NAME or not name.isprintable() or name != name.strip():
        raise InvalidInput(f"{name!r} is not a user name.", f"Give 1 to {MAX_NAME} printable characters.")
    if role not in ROLES:
        raise InvalidInput(f"Unknown role {role!r}.", "Give one of: " + ", ".join(ROLES) + ".")
    if language not in LANGUAGES:
        raise InvalidInput(f"Unknown language {language!r}.", "Give one of: " + ", ".join(LANGUAGES) + ".")


def add_user(engine: Engine, name: str, role: str, password: str, *, language: str = "en") -> OfficeUser:
    """A new office user; a name already taken is refused (disable the old one and pick another name)."""
    _check_new(name, role, language)
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"The password is shorter than {MIN_PASSWORD} characters.", "Give a longer one.")
    hashed = _hasher.hash(password)
    with engine.begin() as conn:
        if conn.scalar(select(OfficeUserRow.id).where(OfficeUserRow.name == name)) is not None:
            raise InvalidInput(f"The office user {name!r} exists already.", "Pick another name.")
        conn.execute(
            insert(OfficeUserRow).values(
                name=name,
                role=role,
                language=language,
                password_hash=hashed,
                created_at=_now().isoformat(timespec="milliseconds"),
                failed_logins=0,
            )
        )
        row = conn.execute(select(OfficeUserRow).where(OfficeUserRow.name == name)).one()
    log.info("office user %s added with role %s", name, role)
    return _user(row)


def list_users(engine: Engine) -> list[OfficeUser]:
    with engine.connect() as conn:
        return [_user(r) for r in conn.execute(select(OfficeUserRow).order_by(OfficeUserRow.name))]


def disable_user(engine: Engine, name: str) -> bool:
    """Disable ``name`` and end their sessions; False if they were disabled already."""
    with engine.begin() as conn:
        row = conn.execute(select(OfficeUserRow).where(OfficeUserRow.name == name)).one_or_none()
        if row is None:
            raise NotFound(f"No office user {name!r}.", "See: floorstation-server user list")
        conn.execute(delete(OfficeSessionRow).where(OfficeSessionRow.user_id == row.id))
        if row.disabled_at is not None:
            return False
        stamp = _now().isoformat(timespec="milliseconds")
        conn.execute(update(OfficeUserRow).where(OfficeUserRow.id == row.id).values(disabled_at=stamp))
    log.info("office user %s disabled", name)
    return True


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH = _hasher.hash("not a password of anyone")


def check_password(
    engine: Engine, name: str, password: str, *, policy: Lockout = Lockout(), now: datetime | None = None
) -> OfficeUser:
    """The user whose password this is, or :class:`SignInRefused`. Every wrong password counts towards the
    lockout; a good one resets the count (unless the user is locked out: then it is refused and not counted)."""
    moment = now or _now()
    refused: SignInRefused | None = None
    with engine.begin() as conn:  # committed whatever the answer: a wrong password must count
        row = conn.execute(select(OfficeUserRow).where(OfficeUserRow.name == name)).one_or_none()
        if row is None or row.disabled_at is not None:
            _verify(_DUMMY_HASH, password)  # as slow as a real check: the answer's time does not tell who exists
            raise SignInRefused("bad")
        until = datetime.fromisoformat(row.locked_until) if row.locked_until else None
        if until is not None and until > moment:
            raise SignInRefused("locked", until)
        if not _verify(row.password_hash, password):
            locked = _count_failure(conn, row, policy, moment)
            refused = SignInRefused("locked", moment + policy.lockout) if locked else SignInRefused("bad")
        else:
            conn.execute(
                update(OfficeUserRow).where(OfficeUserRow.id == row.id).values(failed_logins=0, locked_until=None)
            )
    if refused is not None:
        raise refused
    return _user(row)


def _count_failure(conn: Connection, row: Row[Any], policy: Lockout, moment: datetime) -> bool:
    """Count a wrong password; True when it locks the user out."""
    failures = int(row.failed_logins) + 1
    values: dict[str, object] = {"failed_logins": failures}
    locked = failures >= policy.max_failures
    if locked:
        values = {"failed_logins": 0, "locked_until": (moment + policy.lockout).isoformat(timespec="milliseconds")}
        log.warning("office user %s locked out after %d wrong passwords", row.name, failures)
    conn.execute(update(OfficeUserRow).where(OfficeUserRow.id == row.id).values(**values))
    return locked


def verify_again(engine: Engine, user: OfficeUser, password: str) -> bool:
    """The signed-in user's password again (an electronic signature): True when it is theirs."""
    with engine.connect() as conn:
        hashed = conn.scalar(select(OfficeUserRow.password_hash).where(OfficeUserRow.id == user.id))
    return hashed is not None and _verify(hashed, password)


def set_language(engine: Engine, user: OfficeUser, language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidInput(f"Unknown language {language!r}.")
    with engine.begin() as conn:
        conn.execute(update(OfficeUserRow).where(OfficeUserRow.id == user.id).values(language=language))
