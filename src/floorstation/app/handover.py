"""Handover notes: what the person leaving a machine tells the next one (a stuck feeder, a half-done changeover).

A note is an event; it is shown to whoever opens a task on that machine until one of them acknowledges it."""

from __future__ import annotations

from collections.abc import Sequence

from floorstation.app.context import StationContext, required_text, signed_in_operator
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.domain.events import HandoverAcknowledged, HandoverNoted
from floorstation.domain.ports import HandoverNote

MAX_NOTE = 500


def leave_note(
    ctx: StationContext, machine_id: str, operator_id: str, note: str, *, task_id: str | None = None
) -> HandoverNote:
    """Record a note for the next person at ``machine_id`` (about ``task_id`` when given)."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        if uow.machine(machine_id) is None:
            raise NotFound(
                f"Unknown machine {machine_id!r}.",
                "Pick the machine first.",
                code="machine.unknown",
                params={"machine": machine_id},
            )
        text = required_text(note, "note")
        if len(text) > MAX_NOTE:
            raise InvalidInput(
                f"The note is {len(text)} characters long; at most {MAX_NOTE} fit.",
                "Shorten the note and save it again.",
                code="handover.too_long",
                params={"length": str(len(text)), "limit": str(MAX_NOTE)},
            )
        event = uow.record(
            HandoverNoted(machine_id=machine_id, task_id=task_id, note=text), operator_id=operator_id, at=ctx.now()
        )
        uow.commit()
        found = uow.handover_note(event.event_id)
        assert found is not None
        return found


def acknowledge_notes(ctx: StationContext, operator_id: str, note_event_ids: Sequence[str]) -> int:
    """The operator read these notes: they are shown no more. A note someone else acknowledged meanwhile stays as
    it is. Returns how many were acknowledged now."""
    with ctx.uow() as uow:
        signed_in_operator(uow, operator_id)
        recorded = 0
        for note_event_id in note_event_ids:
            found = uow.handover_note(note_event_id)
            if found is None:
                raise NotFound(
                    "That handover note is not on record.",
                    "Nothing to do: open the task again to see the current notes.",
                    code="handover.unknown",
                )
            if not found.acknowledged:
                uow.record(HandoverAcknowledged(note_event_id=note_event_id), operator_id=operator_id, at=ctx.now())
                recorded += 1
        uow.commit()
        return recorded
