"""PINs: how the plant keeps them, and what a station gets to check one offline.

The server keeps a PIN only as an Argon2id hash (made from the clear PIN at import; the clear PIN is never
stored). A station never gets that hash. It gets a *station verifier* (:func:`station_verifier`): the hash's
Argon2id parameters and salt without its output, the parameters and salt of a second, memory-hard step (scrypt,
64 MiB), and an HMAC of the result keyed to the station and the person. To check a PIN the station repeats both
steps and compares the HMAC, so each guess costs whoever holds the verifier one Argon2id and one scrypt (see
:func:`guess_cost`), and a verifier copied to another station never matches there (its HMAC names the station it
was made for). docs/architecture.md ("PINs at the stations") has the threat model.

A station whose master data was imported locally (the demo, a station without a server) keeps Argon2id hashes;
:func:`verify_pin` checks both kinds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@cache
def _hasher() -> PasswordHasher:
    """OWASP's minimum for Argon2id: the hash the server keeps (and a locally imported station's). argon2 is
    loaded on the first PIN, not with the terminal's first screen."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


VERIFIER_PREFIX = "$fspv1$"
"""A station verifier (in the station's ``operator.pin_hash`` column) starts with this."""

SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
"""The memory-hard step of a station verifier: 128 * N * r bytes = 64 MiB and 2 * N * r BlockMix rounds a
guess; about 0.3 s on a terminal's core, so signing in with a PIN stays quick while guessing crawls."""
_SCRYPT_MAXMEM = 256 * 1024 * 1024
_MAC_CONTEXT = b"floorstation station pin verifier v1"


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


@dataclass(frozen=True, slots=True)
class GuessCost:
    """What checking one guessed PIN against a piece of PIN material costs, counted (not timed)."""

    memory_bytes: int
    """The largest block of memory one guess must fill (the memory-hard steps run one after the other)."""
    kib_passes: int
    """KiB of memory written per guess, summed over every pass of every memory-hard step."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _argon2_parts(pin_hash: str) -> tuple[str, bytes]:
    """An Argon2id PHC string split into its settings (everything but the output) and its output."""
    settings, _, output = pin_hash.rpartition("$")
    return settings, _unb64(output)


def _argon2_raw(settings: str, pin: str) -> bytes:
    """The Argon2id output for ``pin`` under ``settings`` (a PHC string without its output)."""
    from argon2 import Type, extract_parameters
    from argon2.low_level import hash_secret_raw

    params = extract_parameters(settings + "$" + _b64(b"\0" * 32))
    salt = _unb64(settings.rsplit("$", 1)[1])
    return hash_secret_raw(
        pin.encode(),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        type=Type.ID,
        version=params.version,
    )


def _scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=32)


def _mac(key: bytes, station_id: str, operator_id: str) -> bytes:
    message = b"\0".join((_MAC_CONTEXT, station_id.encode(), operator_id.encode()))
    return hmac.new(key, message, hashlib.sha256).digest()


def pin_key_settings(pin_hash: str) -> tuple[str, dict[str, int | str]]:
    """The Argon2id settings (a PHC string without its output) and the scrypt step for this hash."""
    settings, _ = _argon2_parts(pin_hash)
    salt = hashlib.sha256(b"floorstation scrypt salt\0" + settings.encode()).digest()[:16]
    return settings, {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)}


def pin_key(pin_hash: str) -> bytes:
    """The key both steps lead to, from the hash the server keeps (no clear PIN needed). Costs one scrypt: the
    server keeps it per hash."""
    _, scrypt = pin_key_settings(pin_hash)
    _, output = _argon2_parts(pin_hash)
    return _scrypt(output, _unb64(str(scrypt["salt"])), SCRYPT_N, SCRYPT_R, SCRYPT_P)


def station_verifier(pin_hash: str, station_id: str, operator_id: str, *, key: bytes | None = None) -> str:
    """What station ``station_id`` gets to check ``operator_id``'s PIN: never the hash itself.

    ``key``: :func:`pin_key` of this hash when the caller already has it (it costs a scrypt)."""
    settings, scrypt = pin_key_settings(pin_hash)
    mac = _mac(pin_key(pin_hash) if key is None else key, station_id, operator_id)
    body = {"argon2": settings, "scrypt": scrypt, "mac": _b64(mac)}
    return VERIFIER_PREFIX + _b64(json.dumps(body, sort_keys=True, separators=(",", ":")).encode())


def _verifier_body(verifier: str) -> dict[str, object]:
    body = json.loads(_unb64(verifier[len(VERIFIER_PREFIX) :]))
    if not isinstance(body, dict):
        raise ValueError("not a verifier")
    return body


def _check_verifier(verifier: str, pin: str, station_id: str, operator_id: str) -> bool:
    body = _verifier_body(verifier)
    scrypt = body["scrypt"]
    if not isinstance(scrypt, dict):
        raise ValueError("not a verifier")
    raw = _argon2_raw(str(body["argon2"]), pin)
    key = _scrypt(raw, _unb64(str(scrypt["salt"])), int(scrypt["n"]), int(scrypt["r"]), int(scrypt["p"]))
    return hmac.compare_digest(_mac(key, station_id, operator_id), _unb64(str(body["mac"])))


def verify_pin(
    pin_hash: str | None, pin: str, *, station_id: str | None = None, operator_id: str | None = None
) -> bool:
    """Whether ``pin`` matches the material a station holds: an Argon2id hash (local import), or a station
    verifier, which matches only at the station and for the person it was made for (``station_id``,
    ``operator_id``; without them a verifier never matches)."""
    if not pin_hash or not pin:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError

    if pin_hash.startswith(VERIFIER_PREFIX):
        if station_id is None or operator_id is None:
            return False
        try:
            return _check_verifier(pin_hash, pin, station_id, operator_id)
        except (ValueError, KeyError, TypeError, InvalidHashError):
            return False
    try:
        return _hasher().verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def guess_cost(pin_material: str) -> GuessCost:
    """What one guess against this material costs: the memory-hard work, counted from its parameters."""
    if pin_material.startswith(VERIFIER_PREFIX):
        body = _verifier_body(pin_material)
        settings = str(body["argon2"])
        scrypt = body["scrypt"]
        assert isinstance(scrypt, dict)
        n, r, p = int(scrypt["n"]), int(scrypt["r"]), int(scrypt["p"])
        # scrypt's ROMix fills N blocks of 128 * r bytes, then reads N of them back: 2 passes, p times.
        scrypt_bytes = 128 * r * n
        scrypt_kib_passes = 2 * p * scrypt_bytes // 1024
    else:
        settings, _ = _argon2_parts(pin_material)
        scrypt_bytes = scrypt_kib_passes = 0
    from argon2 import extract_parameters

    params = extract_parameters(settings + "$" + _b64(b"\0" * 32))
    argon2_bytes = params.memory_cost * 1024
    return GuessCost(
        memory_bytes=max(argon2_bytes, scrypt_bytes),
        kib_passes=params.memory_cost * params.time_cost + scrypt_kib_passes,
    )
