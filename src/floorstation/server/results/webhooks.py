"""Webhooks: the endpoints (an ERP, a middleware) the server POSTs new events and confirmations to.

``add`` starts a webhook at what the server holds now: it gets what arrives after (``replay=True``: everything
stored too). ``status`` says for each how far behind it is (the backlog) and whether it is dead: failing for
``DEAD_AFTER_FAILURES`` attempts in a row. A dead webhook is still retried (every ``backoff cap``), and shown in
``webhook list`` and on the office's alarms page until it answers again.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, and_, delete, func, insert, select, update
from sqlalchemy.orm import aliased

from floorstation.domain import events as ev
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server.models import (
    ConfirmationRow,
    EventRow,
    StationCursorRow,
    WebhookCursorRow,
    WebhookDeliveryRow,
    WebhookRow,
)
from floorstation.server.results import confirmations

ALL = "*"
DEAD_AFTER_FAILURES = 8
"""Failed attempts in a row after which a webhook is shown as dead (with the default backoff, about 2 minutes
of failing)."""


@dataclass(frozen=True)
class WebhookStatus:
    id: int
    url: str
    events: list[str]
    created_at: str
    last_success_at: str | None
    last_error_at: str | None
    last_error: str | None
    failures: int
    failing_since: str | None
    next_attempt_at: str | None
    backlog: int
    """Events and confirmations for it not yet acknowledged by the endpoint (in the outbox or not taken yet)."""
    dead: bool

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def event_types(text: str | None) -> list[str]:
    """``--events`` as a list: comma-separated event types and/or ``confirmation``; none or ``*``: all events."""
    if not text or text.strip() == ALL:
        return [ALL]
    known = set(ev.PAYLOAD_TYPES) | {confirmations.TYPE, ALL}
    wanted = [t.strip() for t in text.split(",") if t.strip()]
    unknown = [t for t in wanted if t not in known]
    if unknown or not wanted:
        raise InvalidInput(
            f"Unknown event type(s): {', '.join(unknown or [text])}.",
            f"Give {confirmations.TYPE}, * (every event) or event types, separated by commas: "
            f"{', '.join(sorted(known - {ALL}))}.",
        )
    return sorted(set(wanted))


def add(
    engine: Engine, url: str, *, events: str | None = None, secret: str | None = None, replay: bool = False
) -> tuple[int, str]:
    """Register ``url``; returns its id and the signing secret (made here when none is given)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput(f"{url!r} is not an http:// or https:// address.", "Give the endpoint's full URL.")
    types = event_types(events)
    if secret is not None and len(secret) < 16:
        raise InvalidInput("The secret is shorter than 16 characters.", "Give a longer one, or leave it out.")
    secret = secret or secrets.token_urlsafe(32)
    now = datetime.now(UTC).isoformat()
    if not replay:
        confirmations.make_pending(engine)  # the stops the server holds are "before", confirmed or not yet
    with engine.begin() as conn:
        webhook_id = int(
            conn.execute(
                insert(WebhookRow)
                .values(url=url, events=",".join(types), secret=secret, created_at=now, confirmation_cursor=0)
                .returning(WebhookRow.id)
            ).scalar_one()
        )
        if not replay:
            start_at_now(conn, webhook_id)
    return webhook_id, secret


def start_at_now(conn: Connection, webhook_id: int) -> None:
    """The webhook's cursors at what the server holds: it gets only what arrives from now on."""
    for station_id, epoch, acked_seq in conn.execute(
        select(StationCursorRow.station_id, StationCursorRow.epoch, StationCursorRow.acked_seq)
    ):
        conn.execute(
            insert(WebhookCursorRow).values(webhook_id=webhook_id, station_id=station_id, epoch=epoch, seq=acked_seq)
        )
    conn.execute(
        update(WebhookRow)
        .where(WebhookRow.id == webhook_id)
        .values(confirmation_cursor=confirmations.last_number(conn))
    )


def remove(engine: Engine, webhook_id: int) -> str:
    """Forget a webhook, its cursors and its outbox; returns its URL."""
    with engine.begin() as conn:
        url = conn.scalar(select(WebhookRow.url).where(WebhookRow.id == webhook_id))
        if url is None:
            raise NotFound(f"There is no webhook {webhook_id}.", "See floorstation-server webhook list.")
        for table in (WebhookDeliveryRow, WebhookCursorRow):
            conn.execute(delete(table).where(table.webhook_id == webhook_id))
        conn.execute(delete(WebhookRow).where(WebhookRow.id == webhook_id))
    return str(url)


def status(engine: Engine) -> list[WebhookStatus]:
    with engine.connect() as conn:
        hooks = conn.execute(select(WebhookRow).order_by(WebhookRow.id)).all()
        return [
            WebhookStatus(
                id=h.id,
                url=h.url,
                events=h.events.split(","),
                created_at=h.created_at,
                last_success_at=h.last_success_at,
                last_error_at=h.last_error_at,
                last_error=h.last_error,
                failures=h.failures,
                failing_since=h.failing_since,
                next_attempt_at=h.next_attempt_at,
                backlog=_backlog(conn, h),
                dead=h.failures >= DEAD_AFTER_FAILURES,
            )
            for h in hooks
        ]


def dead(engine: Engine) -> list[WebhookStatus]:
    return [s for s in status(engine) if s.dead]


def wants_events(types: list[str]) -> list[str] | None:
    """The event types a webhook takes: None for all, [] for none (confirmations only)."""
    if ALL in types:
        return None
    return [t for t in types if t != confirmations.TYPE]


def _backlog(conn: Connection, hook: Any) -> int:
    types = hook.events.split(",")
    in_outbox = int(
        conn.scalar(
            select(func.coalesce(func.sum(WebhookDeliveryRow.items), 0)).where(WebhookDeliveryRow.webhook_id == hook.id)
        )
        or 0
    )
    waiting = 0
    wanted = wants_events(types)
    if wanted != []:
        cursor = aliased(WebhookCursorRow)
        query = (
            select(func.count())
            .select_from(EventRow)
            .outerjoin(
                cursor,
                and_(
                    cursor.webhook_id == hook.id,
                    cursor.station_id == EventRow.station_id,
                    cursor.epoch == EventRow.epoch,
                ),
            )
            .where(EventRow.seq > func.coalesce(cursor.seq, 0))
        )
        if wanted is not None:
            query = query.where(EventRow.type.in_(wanted))
        waiting += int(conn.scalar(query) or 0)
    if confirmations.TYPE in types:
        waiting += int(
            conn.scalar(
                select(func.count()).select_from(ConfirmationRow).where(ConfirmationRow.id > hook.confirmation_cursor)
            )
            or 0
        )
    return in_outbox + waiting
