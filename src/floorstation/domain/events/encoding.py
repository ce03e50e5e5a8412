"""An event's stored text made fast: its time (ISO 8601, milliseconds) and its payload's canonical JSON.

Each function gives exactly what the plain way gives (``datetime.isoformat``, :func:`payload_dict` and
:func:`canonical_json`), only cheaper for the shapes nearly every event has: what stays the same from one event to
the next (the date and minute, a payload type's sorted field names) is written once.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import datetime
from operator import itemgetter
from typing import Any, Literal

from floorstation.domain.events.chain import _TEXT, canonical_json
from floorstation.domain.events.payloads import Payload, payload_dict

_TWO = tuple(f"{n:02d}" for n in range(60))
_THREE = tuple(f"{n:03d}" for n in range(1000))
_MINUTES: dict[tuple[Any, ...], tuple[str, str]] = {}
"""(year, month, day, hour, minute, UTC offset) -> the text before the seconds and after the milliseconds."""
_KEPT_MINUTES = 256


def iso_millis(at: datetime) -> str:
    """``at.isoformat(timespec="milliseconds")``.

    The text depends only on the wall-clock fields and the UTC offset, so the part before the seconds and the
    offset are kept for each minute: the C isoformat's formatting cost more than the rest of recording an event.
    """
    if type(at) is not datetime:
        return at.isoformat(timespec="milliseconds")
    key = (at.year, at.month, at.day, at.hour, at.minute, at.utcoffset())
    parts = _MINUTES.get(key)
    if parts is None:
        text = at.isoformat(timespec="milliseconds")
        if len(_MINUTES) >= _KEPT_MINUTES:
            _MINUTES.clear()
        parts = _MINUTES[key] = (text[:17], text[23:])
    return f"{parts[0]}{_TWO[at.second]}.{_THREE[at.microsecond // 1000]}{parts[1]}"


Encoder = Callable[[Payload], tuple[dict[str, Any], str]]


def payload_encoder(cls: type[Payload]) -> Encoder:
    """:func:`encode_payload` for payloads of one type, the way to write them chosen once."""
    encoder = _ENCODERS.get(cls)
    if encoder is None:
        encoder = _ENCODERS[cls] = _encoder(cls)
    return encoder


def encode_payload(payload: Payload) -> tuple[dict[str, Any], str]:
    """``(payload_dict(payload), canonical_json(payload_dict(payload)))``, the second without encoding the
    first again when the payload is all text."""
    return payload_encoder(payload.__class__)(payload)


_ENCODERS: dict[type[Payload], Encoder] = {}


def _encoder(cls: type[Payload]) -> Encoder:
    """Its fields as they are when the schema's JSON dump is no more than that (:func:`_as_they_are`); its JSON
    from a template of its sorted keys when every field is text."""
    if not _as_they_are(cls):

        def dumped(payload: Payload) -> tuple[dict[str, Any], str]:
            body = payload_dict(payload)
            return body, canonical_json(body)

        return dumped
    left_out = cls.LEFT_OUT_WHEN_NONE
    if left_out or not all(_is_text(f.annotation) for f in cls.model_fields.values()):

        def as_they_are(payload: Payload) -> tuple[dict[str, Any], str]:
            body = dict(payload.__dict__)
            for name in left_out:
                if body.get(name) is None:
                    body.pop(name, None)
            return body, canonical_json(body)

        return as_they_are
    names = sorted(cls.model_fields)
    template = "{" + ",".join(f"{_TEXT(name)}:%s" for name in names) + "}"
    values = itemgetter(*names) if len(names) > 1 else _one(names[0])

    def all_text(payload: Payload) -> tuple[dict[str, Any], str]:
        body = dict(payload.__dict__)
        return body, template % tuple(map(_TEXT, values(body)))

    return all_text


def _one(name: str) -> Callable[[dict[str, Any]], tuple[str, ...]]:
    def values(body: dict[str, Any]) -> tuple[str, ...]:
        return (body[name],)

    return values


_AS_IS = (str, bool, type(None))


def _as_they_are(cls: type[Payload]) -> bool:
    """True when ``model_dump(mode="json")`` of this type is its fields' values as they are: each field text, a
    yes/no or None, with no alias, exclusion or serializer of its own."""
    decorators = cls.__pydantic_decorators__
    if decorators.field_serializers or decorators.model_serializers or cls.model_computed_fields:
        return False
    if cls.model_config.get("extra") == "allow":
        return False
    for field in cls.model_fields.values():
        if field.alias is not None or field.serialization_alias is not None or field.exclude:
            return False
        if any(type(m).__module__ != "annotated_types" for m in field.metadata):
            return False  # a serializer or a type of its own rides in the metadata
        if not _leaves_as_is(field.annotation):
            return False
    return True


def _leaves_as_is(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return all(type(arg) in _AS_IS for arg in typing.get_args(annotation))
    if origin is typing.Union or origin is types.UnionType:
        return all(_leaves_as_is(arg) for arg in typing.get_args(annotation))
    return annotation in _AS_IS


def _is_text(annotation: Any) -> bool:
    if typing.get_origin(annotation) is Literal:
        return all(type(arg) is str for arg in typing.get_args(annotation))
    return annotation is str
