"""The station's side of protocol v1 over HTTP (httpx): enrollment, upload of the outbox, heartbeat.

Delivery is at least once; the server's dedupe makes the effect exactly once. An answer is recorded locally
(one transaction, through the :class:`~floorstation.domain.ports.Outbox` port) only after it arrived, so every
crash window ends with the same events being sent again and acknowledged as duplicates.
"""

from __future__ import annotations

import logging
import re
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from floorstation import __version__
from floorstation.domain.codes import SsccRange
from floorstation.domain.errors import FloorstationError, InvalidInput
from floorstation.domain.ports import ChangeSink, MasterChange, Outbox
from floorstation.sync import wire

log = logging.getLogger(__name__)

MAX_PAGE = 100_000
SNAPSHOT_PAGE = 5_000
"""Rows a page of a snapshot holds (``fetch_snapshot``)."""
Verify = bool | str
"""httpx's TLS verification: True (system CAs), False, or the path of a CA bundle."""

BATCH_SIZE = 1000
"""Events per upload: a backlog drains in batches of this size (each batch pays the server's projections once)."""

CONNECT_TIMEOUT = 5.0
"""Seconds to open a connection: on a plant network a server that takes longer is not there."""
ANSWER_TIMEOUT = 20.0
"""Seconds to wait for each read of an answer (a big batch on a busy server takes a few): a server that accepts
connections and never answers is given up on after this, and the station counts as offline."""


class SyncError(FloorstationError):
    """The server could not be reached, or refused; ``retry`` says whether trying later can help."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        status: int | None = None,
        error: str = "",
        retry_after: float | None = None,
        code: str = "",
        params: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, hint, code=code, params=params)
        self.status = status
        self.error = error
        self.retry_after = retry_after
        """Seconds the server asked us to wait (Retry-After on 429 and 503), when it said."""


class Unreachable(SyncError):
    pass


class ServerRefused(SyncError):
    pass


def _refusal(response: httpx.Response, what: str) -> ServerRefused:
    try:
        problem: wire.Problem | None = wire.Problem.model_validate(response.json())
    except (ValueError, ValidationError):
        problem = None
    message, error = (
        (problem.message, problem.error) if problem else (response.text[:200] or response.reason_phrase, "")
    )
    if problem is not None and problem.event_id and problem.field:
        # One event the server cannot take: named, so the screen says which and why (docs/sync.md).
        reason = message.rpartition(f"{problem.field}: ")[2] or message
        seq = "?" if problem.seq is None else str(problem.seq)
        return ServerRefused(
            f"The server refused event {problem.event_id} (seq {seq}): {problem.field}: {reason}",
            _REFUSED_EVENT_HINT,
            status=response.status_code,
            error=error,
            code="sync.refused_event",
            params={"event": problem.event_id, "seq": seq, "field": problem.field, "reason": reason},
        )
    hints = {
        401: "Enroll this station again: floorstation enroll --server URL --code CODE.",
        403: "The server refused this station; ask the server admin.",
        413: "The request was too large for the server.",
    }
    events = _EVENTS.fullmatch(what)
    kind = {401: "_token", 403: "_station", 413: "_too_large"}.get(response.status_code, "")
    facts = {"status": str(response.status_code), "message": message}
    facts |= {"first": events.group(1), "last": events.group(2)} if events else {"what": what}
    return ServerRefused(
        f"The server refused {what} ({response.status_code}): {message}",
        hints.get(response.status_code, ""),
        status=response.status_code,
        error=error,
        code=("sync.refused_events" if events else "sync.refused") + kind,
        params=facts,
    )


_EVENTS = re.compile(r"events (\d+)\.\.(\d+)")
_REFUSED_EVENT_HINT = "It stays here with the events after it, which wait; tell the server admin."


def _http_client(base_url: str, verify: Verify, timeout: float, transport: httpx.BaseTransport | None) -> httpx.Client:
    return httpx.Client(
        base_url=base_url.rstrip("/"),
        verify=ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify,
        timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT)),
        transport=transport,
        headers={"User-Agent": f"floorstation/{__version__}", "X-Protocol-Version": str(wire.PROTOCOL_VERSION)},
    )


@dataclass(frozen=True)
class Enrollment:
    """What the server answered an enrollment: the station's token and, when the server shares SSCC serials out,
    the station's own block of them."""

    token: str
    sscc_block: SsccRange | None = None


def enroll(
    server_url: str,
    code: str,
    station_id: str,
    *,
    verify: Verify = True,
    attempts: int = 3,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Trade a one-time code for this station's token (see :func:`enroll_station`)."""
    return enroll_station(
        server_url, code, station_id, verify=verify, attempts=attempts, transport=transport, sleep=sleep
    ).token


def enroll_station(
    server_url: str,
    code: str,
    station_id: str,
    *,
    verify: Verify = True,
    attempts: int = 3,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Enrollment:
    """Trade a one-time code for this station's token and SSCC block. A lost answer is retried with the same
    code, which the server honours for a grace period (and answers the same block)."""
    body = wire.EnrollRequest(code=code, station_id=station_id, app_version=__version__).model_dump()
    with _http_client(server_url, verify, 30.0, transport) as http:
        for attempt in range(1, attempts + 1):
            try:
                response = http.post(wire.ENROLL_PATH, json=body)
            except httpx.TransportError as exc:
                if attempt == attempts:
                    raise Unreachable(
                        f"Cannot reach the server at {server_url}: {exc}.",
                        "Check the URL and network.",
                        code="sync.enroll_unreachable",
                        params={"url": server_url, "cause": str(exc)},
                    ) from exc
                sleep(min(2.0**attempt, 10.0))
                continue
            if response.status_code != 200:
                raise _refusal(response, "the enrollment")
            answer = wire.EnrollResponse.model_validate(response.json())
            block = answer.sscc_block
            if block is None:
                return Enrollment(answer.token)
            try:
                given = SsccRange(block.extension, block.company_prefix, block.first_serial, block.last_serial)
            except InvalidInput as exc:
                raise ServerRefused(
                    f"The server gave this station an SSCC block it cannot use: {exc.message}",
                    "Ask the server admin to check the plant's GS1 company prefix and SSCC block size.",
                    code="sync.sscc_block_unusable",
                    params={"cause": exc.message},
                ) from None
            return Enrollment(answer.token, given)
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Round:
    """What one upload round did."""

    sent: int
    acked: int
    flagged: int
    more: bool
    """Whether there may be more to send right away."""


class SyncClient:
    """Uploads the outbox in batches, one in flight, oldest first."""

    def __init__(
        self,
        server_url: str,
        token: str,
        outbox: Outbox,
        *,
        batch_size: int = BATCH_SIZE,
        verify: Verify = True,
        timeout: float = ANSWER_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.outbox = outbox
        self.batch_size = batch_size
        self.clock_offset_ms: int | None = None
        """Server time minus this station's time, from the last answer's ``X-Server-Time`` (measured around each
        request: the middle of sending and receiving)."""
        self._clock = clock
        self._refused_at: tuple[int, int] | None = None
        """(epoch, seq) of an event the server refused by name: batches end before it until it is sent alone."""
        self.waiting_since: float | None = None
        """When (``time.monotonic``) the request in flight was sent; None between requests. A status reader on
        another thread tells from it that a server has stopped answering long before the timeout gives up."""
        self._http = _http_client(server_url, verify, timeout, transport)
        self._http.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self._send("POST", path, json=body)

    def _send(self, method: str, path: str, **options: Any) -> httpx.Response:
        sent = self._clock()
        headers = {**options.pop("headers", {}), wire.STATION_TIME_HEADER: _station_time(sent)}
        self.waiting_since = time.monotonic()
        try:
            response = self._http.request(method, path, headers=headers, **options)
        except httpx.TransportError as exc:
            cause = f"{exc.__class__.__name__}: {exc}"
            raise Unreachable(
                f"The server did not answer: {cause}.", code="sync.no_answer", params={"cause": cause}
            ) from exc
        finally:
            self.waiting_since = None
        stamp = response.headers.get(wire.SERVER_TIME_HEADER)
        if stamp:
            try:
                middle = (sent + self._clock()) / 2
                self.clock_offset_ms = round((datetime.fromisoformat(stamp).timestamp() - middle) * 1000)
            except ValueError:
                pass
        if response.status_code >= 500 or response.status_code == 429:
            wait = retry_after(response.headers.get("Retry-After"))
            raise Unreachable(
                f"The server is busy or in trouble ({response.status_code}); trying again "
                + (f"in {wait:g} s." if wait is not None else "later."),
                status=response.status_code,
                retry_after=wait,
                code="sync.busy_wait" if wait is not None else "sync.busy",
                params={"status": str(response.status_code)} | ({"wait": f"{wait:g}"} if wait is not None else {}),
            )
        return response

    def upload_batch(self) -> Round:
        """Send the oldest pending events (one epoch, at most ``batch_size``) and record the answer."""
        events = self.outbox.pending_json(self.batch_size)
        if not events:
            return Round(0, 0, 0, more=False)
        epoch = events[0].epoch
        events = [e for e in events if e.epoch == epoch]
        if self._refused_at is not None and self._refused_at[0] == epoch and events[0].seq < self._refused_at[1]:
            events = [e for e in events if e.seq < self._refused_at[1]]
        else:
            self._refused_at = None
        body = wire.batch_body(e.json for e in events)
        response = self._send("POST", wire.BATCH_PATH, content=body, headers={"Content-Type": "application/json"})
        if response.status_code == 413 and self.batch_size > 1:
            self.batch_size = max(1, self.batch_size // 2)
            log.info("batch too large for the server; sending %d events at a time", self.batch_size)
            return Round(0, 0, 0, more=True)
        if response.status_code == 409:
            problem = _problem(response)
            if problem and problem.error == "GAP" and problem.expected_seq is not None:
                if problem.expected_seq >= events[0].seq:
                    raise SyncError(
                        f"The server asks for seq {problem.expected_seq}, which this batch started before.",
                        code="sync.gap_behind",
                        params={"seq": str(problem.expected_seq)},
                    )
                # The server holds less than this station recorded as acknowledged: resend from where it is.
                log.warning("server expects epoch %d seq %d; resending from there", epoch, problem.expected_seq)
                self.outbox.rewind(epoch, problem.expected_seq - 1)
                return Round(len(events), 0, 0, more=True)
        if response.status_code != 200:
            refusal = _refusal(response, f"events {events[0].seq}..{events[-1].seq}")
            named = _problem(response)
            if named is not None and named.event_id and named.seq is not None and named.seq > events[0].seq:
                # One event the server will not take: the events before it go up first, then it is refused alone.
                self._refused_at = (epoch, named.seq)
                return Round(len(events), 0, 0, more=True)
            if response.status_code != 401:  # a token problem says nothing about these events
                self.outbox.record_refusal(epoch, events[0].seq, events[-1].seq, refusal.said)
            raise refusal
        answer = wire.BatchResponse.model_validate(response.json())
        flagged = {r.seq: r.code or "" for r in answer.results if r.status == "flagged"}
        if answer.epoch != epoch:
            raise SyncError(
                f"The server answered for epoch {answer.epoch} to a batch of epoch {epoch}.",
                code="sync.wrong_epoch",
                params={"answered": str(answer.epoch), "epoch": str(epoch)},
            )
        # Only what this batch showed the server: never acknowledge local events it has not compared.
        acked = self.outbox.mark_acked(epoch, min(answer.acked_through, events[-1].seq), flagged)
        for result in answer.results:
            if result.status == "flagged":
                log.warning("server flagged seq %d: %s", result.seq, result.message)
        return Round(len(events), acked, len(flagged), more=acked > 0)

    def drain(self, *, max_batches: int | None = None) -> Round:
        """Upload until nothing is pending (or ``max_batches``); raises :class:`SyncError` on the first failure.

        ``more`` of the result says whether events are still pending."""
        sent = acked = flagged = 0
        batches = 0
        while max_batches is None or batches < max_batches:
            done = self.upload_batch()
            batches += 1
            sent, acked, flagged = sent + done.sent, acked + done.acked, flagged + done.flagged
            if not done.more:
                break
        return Round(sent, acked, flagged, more=bool(self.outbox.pending_json(1)))

    def download(self, sink: ChangeSink, *, limit: int = 1000) -> int:
        """Fetch the change feed (master data and the plant's derived state) page by page, each applied with its
        cursor; a cursor the server no longer serves (410) is replaced by a snapshot. Returns rows applied."""
        applied = 0
        restarted = False
        while True:
            cursor = sink.download_cursor() or ""
            response = self._send(
                "GET", wire.CHANGES_PATH, params={"cursor": cursor, "limit": limit, "shape": wire.FEED_SHAPE}
            )
            if response.status_code == 410 and not restarted:
                restarted = True
                problem = _problem(response)
                if problem is None or not problem.snapshot:  # a server from before snapshots
                    log.warning("the server no longer knows download cursor %s; fetching all master data", cursor)
                    sink.apply_changes([], None)
                    continue
                log.warning("download cursor %r expired (%s); fetching a snapshot", cursor, problem.message)
                applied += self.fetch_snapshot(sink, problem.snapshot)
                continue
            if response.status_code != 200:
                raise _refusal(response, "the download of changes")
            page = wire.ChangesResponse.model_validate(response.json())
            changes = [MasterChange(c.entity, c.data, c.deleted) for c in page.changes]
            try:
                sink.apply_changes(changes, page.next_cursor)
            except InvalidInput:
                # A row may refer to one that changed again later and so comes in a later page: take more at once.
                if page.has_more and limit < MAX_PAGE:
                    limit = min(MAX_PAGE, limit * 4)
                    continue
                raise
            applied += len(changes)
            if not page.has_more:
                return applied

    def fetch_snapshot(self, sink: ChangeSink, path: str = wire.SNAPSHOT_PATH, *, limit: int = SNAPSHOT_PAGE) -> int:
        """Replace everything downloaded with the server's full current state, a page at a time: the first page
        replaces, the others add, and the cursor is stored with the last one only (cut off in between, the station
        has no cursor and starts over). A server from before paging answers with all of it at once. Returns rows."""
        if not path.startswith("/") or path.startswith("//"):
            path = wire.SNAPSHOT_PATH  # only ever a path on this server, never another host
        params: dict[str, str | int] = {"limit": limit, "shape": wire.FEED_SHAPE}
        applied = 0
        while True:
            response = self._send("GET", path, params=params)
            if response.status_code != 200:
                raise _refusal(response, "the snapshot download")
            page = wire.SnapshotResponse.model_validate(response.json())
            changes = [MasterChange(c.entity, c.data, c.deleted) for c in page.changes]
            cursor = None if page.has_more else page.cursor
            try:
                if "after" not in params:  # the first page
                    sink.replace_all(changes, cursor)
                else:
                    sink.apply_changes(changes, cursor)
            except InvalidInput:
                # A row may refer to one of a later page: take more at once (as the change feed does).
                if page.has_more and int(params["limit"]) < MAX_PAGE:
                    params["limit"] = min(MAX_PAGE, int(params["limit"]) * 4)
                    continue
                raise
            applied += len(changes)
            if not page.has_more:
                log.info("snapshot applied: %d rows, cursor %s", applied, page.cursor)
                return applied
            params.update(through=page.cursor, after=page.next_after or "0")

    def trace(self, lot: str) -> dict[str, Any] | None:
        """The server's plant-wide trace of ``lot`` (``Genealogy.as_dict``); None when the server knows nothing of
        it. Raises like every request when the server cannot be reached or refuses."""
        response = self._send("GET", f"{wire.TRACE_PATH}/{quote(lot, safe='')}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise _refusal(response, "the trace")
        answer: dict[str, Any] = response.json()
        return answer

    def heartbeat(
        self, *, app_version: str = __version__, disk_free_bytes: int | None = None
    ) -> wire.HeartbeatResponse:
        """Tell the server how this station is doing; its answer says the plant's version and the configuration
        it keeps for this station."""
        stats = self.outbox.stats()
        now = datetime.fromtimestamp(self._clock(), UTC)
        oldest = None
        if stats.oldest_pending_at:
            oldest = max(0.0, (now - datetime.fromisoformat(stats.oldest_pending_at)).total_seconds())
        body = wire.Heartbeat(
            app_version=app_version,
            pending_count=stats.pending,
            oldest_pending_age_s=oldest,
            clock_offset_ms=None
            if self.clock_offset_ms is None
            else max(-wire.MAX_CLOCK_OFFSET_MS, min(wire.MAX_CLOCK_OFFSET_MS, self.clock_offset_ms)),
            station_time=now.astimezone().isoformat(timespec="milliseconds"),
            disk_free_bytes=disk_free_bytes,
        )
        response = self._post(wire.HEARTBEAT_PATH, body.model_dump())
        if response.status_code != 200:
            raise _refusal(response, "the heartbeat")
        try:
            return wire.HeartbeatResponse.model_validate(response.json())
        except (ValueError, ValidationError):
            return wire.HeartbeatResponse(server_time="")  # an older server's answer, or none worth reading


def _station_time(stamp: float) -> str:
    return datetime.fromtimestamp(stamp, UTC).astimezone().isoformat(timespec="milliseconds")


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _problem(response: httpx.Response) -> wire.Problem | None:
    try:
        return wire.Problem.model_validate(response.json())
    except (ValueError, ValidationError):
        return None
