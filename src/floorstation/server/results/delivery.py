"""Webhook delivery: from the outbox in the server's database to each endpoint, at least once, in station order.

For each webhook one request is in the outbox at a time (``webhook_delivery``). It is made in one transaction
with the move of the webhook's cursor past what it carries: up to ``batch`` events of one station's log, in its
order, or up to ``batch`` confirmations. Its body and ``Idempotency-Key`` are fixed then, so a retry — after a
5xx, a dropped connection, a timeout or a restart of the server — sends the same bytes under the same key, and
the receiver can drop what it has already booked. It leaves the outbox only when the endpoint answers 2xx; then
the next one is made. A failing endpoint is retried with exponential backoff up to a cap, for ever.

Every request is signed: ``X-Floorstation-Signature: sha256=HEX``, the HMAC-SHA256 with the webhook's secret of
``TIMESTAMP + "." + body``, where ``X-Floorstation-Timestamp`` holds TIMESTAMP (Unix seconds) so a receiver can
refuse an old request replayed (``verify`` below is the receiver's side, docs/erp.md shows it).

``deliver_pending(engine, ...)`` is one round over every webhook; ``keep_delivering`` runs rounds until its stop
event is set (``floorstation-server run`` starts it on a thread of its own). Several server processes may run
rounds at once: each webhook's row is locked while its next request is made, so a request is made once; it may
then be sent by two processes, which its key makes harmless.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, Engine, delete, insert, select, update

from floorstation import __version__
from floorstation.server.ingest import row_to_event
from floorstation.server.models import (
    ConfirmationRow,
    EventRow,
    StationCursorRow,
    WebhookCursorRow,
    WebhookDeliveryRow,
    WebhookRow,
)
from floorstation.server.results import confirmations
from floorstation.server.results.webhooks import DEAD_AFTER_FAILURES, wants_events

log = logging.getLogger(__name__)

KEY_HEADER = "Idempotency-Key"
SIGNATURE_HEADER = "X-Floorstation-Signature"
TIMESTAMP_HEADER = "X-Floorstation-Timestamp"
WEBHOOK_HEADER = "X-Floorstation-Webhook"
_KEYS = uuid.UUID("6f0a3c52-8f0e-4a55-9a53-5d3f1f0f7a11")
"""The namespace of idempotency keys (UUIDv5 of the webhook and the range a request carries)."""


@dataclass(frozen=True)
class DeliverySettings:
    batch: int = 100
    """Events (or confirmations) at most per request."""
    timeout_s: float = 10.0
    """How long an endpoint may take to answer; longer counts as a failure (and is retried)."""
    backoff_first_s: float = 1.0
    """The wait after the first failure; it doubles with each failure in a row, up to ``backoff_cap_s``."""
    backoff_cap_s: float = 600.0
    poll_s: float = 1.0
    """How often ``keep_delivering`` looks for new events."""
    requests_per_round: int = 50
    """Requests at most to one webhook per round, so one busy webhook does not hold up the others."""


@dataclass
class Round:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The value of ``X-Floorstation-Signature`` for ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, max_age_s: float = 300.0) -> bool:
    """The receiver's check: the signature fits and the timestamp is recent (a replayed old request fails)."""
    try:
        age = abs(time.time() - int(timestamp))
    except ValueError:
        return False
    return age <= max_age_s and hmac.compare_digest(sign(secret, timestamp, body), signature)


def keep_delivering(
    engine: Engine,
    stop: threading.Event,
    settings: DeliverySettings | None = None,
    run_round: Callable[[Callable[[], Round]], object] | None = None,
) -> None:
    """Rounds of ``deliver_pending`` until ``stop`` is set. ``run_round`` may wrap each round (e.g. so that only
    one of several server processes runs it)."""
    settings = settings or DeliverySettings()
    with httpx.Client(follow_redirects=False) as client:
        while not stop.is_set():

            def one_round() -> Round:
                return deliver_pending(engine, client=client, settings=settings, stop=stop)

            try:
                if run_round is None:
                    one_round()
                else:
                    run_round(one_round)
            except Exception:  # a database gone away: the next round tries again
                log.exception("webhook delivery round failed")
            stop.wait(settings.poll_s)


def deliver_pending(
    engine: Engine,
    *,
    client: httpx.Client | None = None,
    settings: DeliverySettings | None = None,
    stop: threading.Event | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Round:
    """One round: make the confirmations due, then send each webhook whose retry time has come what it has
    waiting, request after request, until it has nothing left, fails, or ``stop`` is set."""
    settings = settings or DeliverySettings()
    confirmations.make_pending(engine)
    done = Round()
    own_client = client is None
    http = client or httpx.Client(follow_redirects=False)
    try:
        with engine.connect() as conn:
            hooks = conn.execute(select(WebhookRow.id, WebhookRow.next_attempt_at).order_by(WebhookRow.id)).all()
        for hook_id, next_attempt_at in hooks:
            if next_attempt_at is not None and datetime.fromisoformat(next_attempt_at) > now():
                continue
            delivered: _Request | None = None
            for _ in range(settings.requests_per_round):
                # The last request's success is recorded in the transaction that makes the next one.
                request = _next_request(engine, hook_id, settings.batch, delivered, now())
                delivered = None
                if request is None or (stop is not None and stop.is_set()):
                    break
                error = _send(http, request, settings.timeout_s)
                if error is not None:
                    _record_failure(engine, request, error, settings, now())
                    done.failed += 1
                    done.errors.append(error)
                    break
                done.sent += 1
                delivered = request
            if delivered is not None:
                _next_request(engine, hook_id, 0, delivered, now())
            if stop is not None and stop.is_set():
                return done
    finally:
        if own_client:
            http.close()
    return done


@dataclass(frozen=True)
class _Request:
    delivery_id: int
    webhook_id: int
    url: str
    secret: str
    key: str
    body: str


def _next_request(
    engine: Engine, webhook_id: int, batch: int, delivered: _Request | None, at: datetime
) -> _Request | None:
    """The webhook's request in the outbox, or a new one made from what it has waiting (None: nothing; a
    ``batch`` of 0 makes none). ``delivered``: a request the endpoint took (2xx), to take out of the outbox first,
    in the same transaction."""
    with engine.begin() as conn:
        hook = conn.execute(select(WebhookRow).where(WebhookRow.id == webhook_id).with_for_update()).first()
        if hook is None:  # removed meanwhile
            return None
        if delivered is not None:
            conn.execute(delete(WebhookDeliveryRow).where(WebhookDeliveryRow.id == delivered.delivery_id))
            conn.execute(
                update(WebhookRow)
                .where(WebhookRow.id == webhook_id)
                .values(failures=0, failing_since=None, next_attempt_at=None, last_success_at=at.isoformat())
            )
        if batch <= 0:
            return None
        row = conn.execute(
            select(WebhookDeliveryRow)
            .where(WebhookDeliveryRow.webhook_id == webhook_id)
            .order_by(WebhookDeliveryRow.id)
            .limit(1)
        ).first()
        if row is None:
            row = _make_request(conn, hook, batch)
            if row is None:
                return None
        return _Request(row.id, hook.id, hook.url, hook.secret, row.idempotency_key, row.body)


def _make_request(conn: Connection, hook: Any, batch: int) -> Any:
    types = hook.events.split(",")
    wanted = wants_events(types)
    while True:
        station = _oldest_waiting_station(conn, hook.id) if wanted != [] else None
        confirmation = None
        if confirmations.TYPE in types:
            confirmation = conn.execute(
                select(ConfirmationRow.created_at)
                .where(ConfirmationRow.id > hook.confirmation_cursor)
                .order_by(ConfirmationRow.id)
                .limit(1)
            ).first()
        if station is None and confirmation is None:
            return None
        if station is None or (confirmation is not None and confirmation.created_at < station[3]):
            return _confirmations_request(conn, hook, batch)
        made = _events_request(conn, hook, wanted, station, batch)
        if made is not None:
            return made
        # every waiting event of that station was of a type the webhook does not take: its cursor moved on


def _oldest_waiting_station(conn: Connection, webhook_id: int) -> tuple[str, int, int, str, int] | None:
    """The station log (station, epoch, cursor, received_at, acked seq) whose next event for the webhook arrived
    first, or None."""
    cursors = {
        (r.station_id, r.epoch): r.seq
        for r in conn.execute(select(WebhookCursorRow).where(WebhookCursorRow.webhook_id == webhook_id))
    }
    best: tuple[str, int, int, str, int] | None = None
    for station_id, epoch, acked_seq in conn.execute(
        select(StationCursorRow.station_id, StationCursorRow.epoch, StationCursorRow.acked_seq)
    ):
        after = cursors.get((station_id, epoch), 0)
        if acked_seq <= after:
            continue
        received = conn.scalar(
            select(EventRow.received_at)
            .where(EventRow.station_id == station_id, EventRow.epoch == epoch, EventRow.seq > after)
            .order_by(EventRow.seq)
            .limit(1)
        )
        if received is not None and (best is None or received < best[3]):
            best = (station_id, epoch, after, received, acked_seq)
    return best


def _events_request(
    conn: Connection,
    hook: Any,
    wanted: list[str] | None,
    station: tuple[str, int, int, str, int],
    batch: int,
) -> Any:
    station_id, epoch, after, _received, acked_seq = station
    query = select(EventRow).where(
        EventRow.station_id == station_id, EventRow.epoch == epoch, EventRow.seq > after, EventRow.seq <= acked_seq
    )
    if wanted is not None:
        query = query.where(EventRow.type.in_(wanted))
    rows = conn.execute(query.order_by(EventRow.seq).limit(batch)).all()
    last = rows[-1].seq if len(rows) == batch else acked_seq
    _move_cursor(conn, hook.id, station_id, epoch, to=last)
    if not rows:
        return None
    body = json.dumps(
        {"events": [row_to_event(r).as_dict() for r in rows]}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return _store(
        conn, hook, "events", station_id=station_id, epoch=epoch, first=after + 1, last=last, items=len(rows), body=body
    )


def _confirmations_request(conn: Connection, hook: Any, batch: int) -> Any:
    found = confirmations.bodies(conn, hook.confirmation_cursor, batch)
    first, last = found[0][0], found[-1][0]
    conn.execute(update(WebhookRow).where(WebhookRow.id == hook.id).values(confirmation_cursor=last))
    body = '{"events":[' + ",".join(b for _n, b in found) + "]}"
    return _store(
        conn, hook, "confirmations", station_id=None, epoch=None, first=first, last=last, items=len(found), body=body
    )


def _move_cursor(conn: Connection, webhook_id: int, station_id: str, epoch: int, *, to: int) -> None:
    key = {"webhook_id": webhook_id, "station_id": station_id, "epoch": epoch}
    if conn.execute(update(WebhookCursorRow).filter_by(**key).values(seq=to)).rowcount == 0:
        conn.execute(insert(WebhookCursorRow).values(**key, seq=to))


def _store(
    conn: Connection,
    hook: Any,
    kind: str,
    *,
    station_id: str | None,
    epoch: int | None,
    first: int,
    last: int,
    items: int,
    body: str,
) -> Any:
    key = str(uuid.uuid5(_KEYS, f"{hook.id}|{hook.created_at}|{kind}|{station_id}|{epoch}|{first}|{last}"))
    conn.execute(
        insert(WebhookDeliveryRow).values(
            webhook_id=hook.id,
            kind=kind,
            station_id=station_id,
            epoch=epoch,
            first=first,
            last=last,
            items=items,
            idempotency_key=key,
            body=body,
            created_at=datetime.now(UTC).isoformat(),
            attempts=0,
        )
    )
    return conn.execute(select(WebhookDeliveryRow).where(WebhookDeliveryRow.idempotency_key == key)).one()


def _send(client: httpx.Client, request: _Request, timeout_s: float) -> str | None:
    """POST the request; None when the endpoint answered 2xx, else what went wrong (for ``webhook list``)."""
    body = request.body.encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": f"floorstation-server/{__version__}",
        KEY_HEADER: request.key,
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: sign(request.secret, timestamp, body),
        WEBHOOK_HEADER: str(request.webhook_id),
    }
    try:
        response = client.post(request.url, content=body, headers=headers, timeout=timeout_s)
    except httpx.TimeoutException:
        return f"no answer within {timeout_s:g} s"
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {str(exc)[:300] or 'connection failed'}"
    if 200 <= response.status_code < 300:
        return None
    return f"HTTP {response.status_code}: {response.text[:300]}"


def _record_failure(engine: Engine, request: _Request, error: str, settings: DeliverySettings, at: datetime) -> None:
    stamp = at.isoformat()
    with engine.begin() as conn:
        failures = int(conn.scalar(select(WebhookRow.failures).where(WebhookRow.id == request.webhook_id)) or 0) + 1
        wait = min(settings.backoff_cap_s, settings.backoff_first_s * 2 ** (failures - 1))
        wait *= random.uniform(0.8, 1.0)  # stations and webhooks that failed together do not retry together
        conn.execute(
            update(WebhookDeliveryRow)
            .where(WebhookDeliveryRow.id == request.delivery_id)
            .values(attempts=WebhookDeliveryRow.attempts + 1)
        )
        conn.execute(
            update(WebhookRow)
            .where(WebhookRow.id == request.webhook_id)
            .values(
                failures=failures,
                failing_since=conn.scalar(select(WebhookRow.failing_since).where(WebhookRow.id == request.webhook_id))
                or stamp,
                next_attempt_at=(at + timedelta(seconds=wait)).isoformat(),
                last_error_at=stamp,
                last_error=error,
            )
        )
    if failures == DEAD_AFTER_FAILURES:
        log.warning(
            "webhook %s (%s) has failed %d times in a row: %s", request.webhook_id, request.url, failures, error
        )
    else:
        log.info("webhook %s (%s) failed, retried in %.1f s: %s", request.webhook_id, request.url, wait, error)
