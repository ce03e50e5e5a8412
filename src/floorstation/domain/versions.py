"""Whether a station runs behind the plant's version (``1.4.0`` < ``1.10.0``; ``1.5.0.dev3+g1a2b3c`` < ``1.5.0``)."""

from __future__ import annotations

import re

_RELEASE = re.compile(r"^(\d+(?:\.\d+)*)(.*)$")


def _key(version: str) -> tuple[tuple[int, ...], bool, str]:
    match = _RELEASE.match(version.strip().lstrip("vV"))
    if match is None:
        return (), False, version
    numbers = tuple(int(n) for n in match.group(1).split("."))
    while numbers and numbers[-1] == 0:
        numbers = numbers[:-1]
    rest = match.group(2)
    return numbers, not rest.lstrip(".").startswith(("dev", "a", "b", "rc")), rest


def is_behind(own: str, plant: str | None) -> bool:
    """True when ``own`` is older than ``plant`` (a pre-release or development build counts as older than its
    release); a version that cannot be read is behind whenever it differs."""
    if not plant or own == plant:
        return False
    mine, theirs = _key(own), _key(plant)
    if not mine[0] or not theirs[0]:
        return own != plant
    return (mine[0], mine[1]) < (theirs[0], theirs[1])
