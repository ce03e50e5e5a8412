"""Electronic signatures on critical records (21 CFR Part 11 §11.50, §11.70, §11.200; EU GMP Annex 11 §14).

A critical record (an override, a machine put back in service, a lot held or released, a pallet voided) is
followed in the same transaction by a ``record.signed`` event naming it by id and hash. This module says which
records need one, what each signature means, and checks a log: every signature must sit right after the record
it names and carry that record's hash (so it cannot be copied to another record), and every critical record must
be signed. Pure: the station's and the server's ``verify-log`` both use it.
"""

from __future__ import annotations

from collections.abc import Iterable

from floorstation.domain.events import ChainProblem, Event

SIGNATURE_TYPE = "record.signed"

OVERRIDE = "I approve this override"
MACHINE_FIXED = "I confirm the machine is fixed"
LOT_HELD = "Lot held"
LOT_RELEASED = "Lot released"
PALLET_VOIDED = "Pallet voided"

#: The event types that need a signature, and the meaning their signature carries.
MEANINGS: dict[str, str] = {
    "lot.hold_overridden": OVERRIDE,
    "rule.overridden": OVERRIDE,
    "machine.cleared": MACHINE_FIXED,
    "lot.held": LOT_HELD,
    "lot.released": LOT_RELEASED,
    "pallet.voided": PALLET_VOIDED,
}


class SignatureCheck:
    """Fed a station's events in (epoch, seq) order; remembers the first signature problem.

    A log written before signatures existed has unsigned critical records; they are tolerated until the log's
    first signature, and from then on every critical record must be signed (``legacy_unsigned`` counts them).
    """

    def __init__(self) -> None:
        self.problem: ChainProblem | None = None
        self.problem_epoch = 0
        """The epoch of the record ``problem`` names (``ChainProblem`` carries only its seq)."""
        self.signed = 0
        self.legacy_unsigned = 0
        self._seen_signature = False
        self._waiting: Event | None = None
        """A critical record whose signature must come next."""
        self._previous: Event | None = None

    def feed(self, event: Event) -> None:
        if self.problem is None:
            self._check(event)
        self._previous = event

    def _check(self, event: Event) -> None:
        waiting, self._waiting = self._waiting, None
        if event.type == SIGNATURE_TYPE:
            self._check_signature(event)
            return
        if waiting is not None:
            self._unsigned(waiting)
            if self.problem is not None:
                return
        if event.type in MEANINGS:
            self._waiting = event

    def _fail(self, event: Event, problem: str) -> None:
        self.problem = ChainProblem(event.seq, event.event_id, problem)
        self.problem_epoch = event.epoch

    def _unsigned(self, record: Event) -> None:
        if self._seen_signature:
            self._fail(record, f"this {record.type} record is not signed")
        else:
            self.legacy_unsigned += 1

    def _check_signature(self, event: Event) -> None:
        self._seen_signature = True
        payload = event.payload
        named = payload.get("signed_event_id")
        before = self._previous
        if before is None or named != before.event_id:
            self._fail(event, f"this signature names record {named}, not the record before it (copied or moved)")
        elif payload.get("signed_event_hash") != before.hash:
            self._fail(event, f"this signature's record hash is not the hash of seq {before.seq} it signs (altered)")
        elif before.type not in MEANINGS:
            self._fail(event, f"this signature signs a {before.type} record, which is never signed")
        else:
            self.signed += 1

    def finish(self) -> ChainProblem | None:
        """Call after the last event: a critical record at the very end without its signature."""
        if self.problem is None and self._waiting is not None:
            self._unsigned(self._waiting)
            self._waiting = None
        return self.problem


def check_signatures(events: Iterable[Event]) -> ChainProblem | None:
    """The first signature problem of one station's log in (epoch, seq) order, or None."""
    check = SignatureCheck()
    for event in events:
        check.feed(event)
    return check.finish()
