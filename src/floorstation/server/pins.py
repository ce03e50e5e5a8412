"""What a station gets of the operators' PINs: a verifier made for that station, never the hash the server keeps.

The feed's operator rows carry the Argon2id hash in ``pin_hash`` (master data, as imported) and the key the
verifiers are made from in ``pin_key`` (computed at import: it costs a scrypt per PIN, not per station). On the way
out to a station the hash is replaced by :func:`floorstation.domain.pin_hashing.station_verifier` for that station
and person, and the key is left out. A row imported before keys were kept gets its key computed at its first
download and kept in memory here by hash (importing the operators again stores it).
"""

from __future__ import annotations

import base64
import threading
from collections import OrderedDict
from collections.abc import Iterable

from floorstation.domain.pin_hashing import pin_key, station_verifier
from floorstation.server.feed import Change

OPERATORS = "operators"
ARGON2ID = "$argon2id$"
PIN_KEY = "pin_key"
"""The server-only field of an operator row: the key behind the PIN's station verifiers (base64)."""
_KEPT = 10_000
"""Keys kept (an operator's is 32 bytes): a plant's workforce many times over."""

_keys: OrderedDict[str, bytes] = OrderedDict()
_lock = threading.Lock()


def encode_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _key(pin_hash: str, stored: object) -> bytes:
    if isinstance(stored, str) and stored:
        return base64.b64decode(stored)
    with _lock:
        found = _keys.get(pin_hash)
        if found is not None:
            _keys.move_to_end(pin_hash)
            return found
    key = pin_key(pin_hash)
    with _lock:
        _keys[pin_hash] = key
        while len(_keys) > _KEPT:
            _keys.popitem(last=False)
    return key


def for_station(changes: Iterable[Change], station_id: str) -> list[Change]:
    """The feed as ``station_id`` gets it: each operator's PIN hash replaced by a verifier for this station."""
    out: list[Change] = []
    for change in changes:
        if change.entity != OPERATORS:
            out.append(change)
            continue
        data = dict(change.data)
        stored_key = data.pop(PIN_KEY, None)
        pin_hash = data.get("pin_hash")
        if isinstance(pin_hash, str) and pin_hash.startswith(ARGON2ID):
            key = _key(pin_hash, stored_key)
            data["pin_hash"] = station_verifier(pin_hash, station_id, str(data["id"]), key=key)
        elif pin_hash is not None:
            data["pin_hash"] = None  # nothing a station could check safely: the person signs in by badge
        out.append(Change(change.version, change.entity, data, change.deleted))
    return out
