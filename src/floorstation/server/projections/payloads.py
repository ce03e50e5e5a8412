"""Stored events read back for projecting: their typed payloads, and the events that cannot be projected."""

from __future__ import annotations

import re
from collections.abc import Sequence

from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import Event, Payload, parse_payload

_NUL = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")
"""A NUL character in a payload's canonical JSON (``\\u0000`` not itself behind an escaped backslash)."""


def parse_payloads(
    events: Sequence[Event], encoded: Sequence[str] | None = None
) -> tuple[dict[str, Payload], dict[str, str]]:
    """Typed payloads by event id, and why the others could not be read (stored, flagged, not projected).
    ``encoded``: the payloads' canonical JSON, one per event in order, when the caller has made it already (the
    NUL check then reads the text instead of walking the payload)."""
    typed: dict[str, Payload] = {}
    invalid: dict[str, str] = {}
    for i, event in enumerate(events):
        try:
            if _nul_in(encoded[i]) if encoded is not None else _has_nul(event.payload):
                raise InvalidInput(f"The {event.type} payload contains a NUL character.")
            typed[event.event_id] = parse_payload(event.type, event.schema_version, event.payload)
        except InvalidInput as exc:
            invalid[event.event_id] = exc.message
    return typed, invalid


def _nul_in(text: str) -> bool:
    """NUL in canonical JSON: the plain substring test first (almost every payload fails it at C speed; the
    pattern costs more than the rest of reading the payload)."""
    return "\\u0000" in text and _NUL.search(text) is not None


def _has_nul(value: object) -> bool:
    """NUL anywhere in a payload's keys or strings: kept (escaped) in the event's JSON, never projected, since
    PostgreSQL's text columns cannot hold it. (Walking the few fields of a payload costs less than encoding it.)"""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False
